"""Every chapter executes top to bottom in a fresh kernel: no error, nothing on stderr."""

from __future__ import annotations

import nbformat
import pytest
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

from frontpage.book.page import ROOT

NOTEBOOKS = sorted((ROOT / "book").glob("*.ipynb"))


def execute(nb, folder, attempts: int = 3) -> None:
    """Run ``nb`` in a fresh kernel. A kernel that dies while starting (another process took the
    port jupyter_client picked for it, between choosing and binding: it happens on a busy
    machine) is started again; an error inside a cell is never retried."""
    for attempt in range(1, attempts + 1):
        client = NotebookClient(nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(folder)}})
        try:
            client.execute()
            return
        except CellExecutionError:
            raise
        except (RuntimeError, TimeoutError):  # the kernel did not come up
            if attempt == attempts or _started(nb):
                raise


def _started(nb) -> bool:
    """True once any cell has run (the kernel was up: a later failure is the notebook's own)."""
    return any(c.get("execution_count") for c in nb.cells if c.cell_type == "code")


@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_executes_cleanly(path, monkeypatch):
    monkeypatch.delenv("EDITION", raising=False)
    nb = nbformat.read(path, as_version=4)
    execute(nb, path.parent)
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
