"""Every chapter executes top to bottom in a fresh kernel: no error, nothing on stderr."""

from __future__ import annotations

import nbformat
import pytest
from jupyter_client.manager import KernelManager
from nbclient import NotebookClient

from frontpage.book.page import ROOT

NOTEBOOKS = sorted((ROOT / "book").glob("*.ipynb"))


@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_executes_cleanly(path, monkeypatch):
    monkeypatch.delenv("EDITION", raising=False)
    nb = nbformat.read(path, as_version=4)
    # A kernel over IPC sockets, not TCP ports: no port can be taken by another process between
    # the kernel manager choosing it and the kernel binding it (a busy machine made that happen).
    km = KernelManager(kernel_name="python3", transport="ipc")
    NotebookClient(nb, km=km, timeout=600, resources={"metadata": {"path": str(path.parent)}}).execute()
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
