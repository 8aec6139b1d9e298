"""Every chapter executes top to bottom in a fresh kernel: no error, nothing on stderr.

The book's build executes every chapter afresh (``execute_notebooks: force``) and keeps the
executed copies in ``_build/jupyter_execute``; these tests read those copies rather than
executing every chapter a second time. (The build itself also fails on an error or on stderr
output: ``test_book.test_the_build_fails_loudly``.)"""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

from frontpage.book.page import ROOT

NOTEBOOKS = sorted((ROOT / "book").glob("*.ipynb"))


def executed_copy(html: Path, chapter: Path) -> Path:
    """Where the build keeps ``chapter`` as it executed it."""
    return html.parent / "jupyter_execute" / chapter.parent.relative_to(ROOT) / f"{chapter.stem}.ipynb"


@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_executes_cleanly(path, html):
    nb = nbformat.read(executed_copy(html, path), as_version=4)
    source = nbformat.read(path, as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert [c.source for c in code] == [c.source for c in source.cells if c.cell_type == "code"], "stale copy"
    assert code and all(c.get("execution_count") for c in code), "a code cell did not run"
    problems = []
    for i, cell in enumerate(nb.cells):
        for out in cell.get("outputs", []):
            if out.output_type == "error":
                problems.append(f"cell {i}: {out.ename}: {out.evalue}")
            elif out.output_type == "stream" and out.name == "stderr":
                problems.append(f"cell {i} wrote to stderr: {out.text[:300]}")
    assert not problems, "\n".join(problems)


def test_every_chapter_is_in_the_table_of_contents():
    """Only chapters in _toc.yml are built (only_build_toc_files): none may be left out silently."""
    import yaml

    toc = yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8"))
    listed = {toc["root"]} | {c["file"] for part in toc["parts"] for c in part["chapters"]}
    notebooks = {f"book/{p.stem}" for p in NOTEBOOKS}
    assert NOTEBOOKS and notebooks <= listed, f"not in _toc.yml: {sorted(notebooks - listed)}"
