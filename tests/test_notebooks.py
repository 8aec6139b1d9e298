"""Every chapter executes top to bottom in a fresh kernel: no error, nothing on stderr."""

from __future__ import annotations

import os

import nbformat
import pytest
from nbclient import NotebookClient

from frontpage.book.page import ROOT

NOTEBOOKS = sorted((ROOT / "book").glob("*.ipynb"))


@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_executes_cleanly(path, monkeypatch):
    monkeypatch.delenv("EDITION", raising=False)
    nb = nbformat.read(path, as_version=4)
    NotebookClient(nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}).execute()
    problems = []
    for i, cell in enumerate(nb.cells):
        for out in cell.get("outputs", []):
            if out.output_type == "error":
                problems.append(f"cell {i}: {out.ename}: {out.evalue}")
            elif out.output_type == "stream" and out.name == "stderr":
                problems.append(f"cell {i} wrote to stderr: {out.text[:300]}")
    assert not problems, "\n".join(problems)


def test_there_are_chapters():
    assert len(NOTEBOOKS) >= 1
    assert os.environ.get("EDITION") is None or True
