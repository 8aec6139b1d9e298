"""`make lab`: JupyterLab on the project's environment, opened on book/, whose kernel runs the
chapters as the build does; and a downloaded chapter, with its how-to-run cell, runs there."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import nbformat
import pytest

from frontpage.book.build import RUN_TAG, add_run_instructions
from frontpage.book.page import ROOT

pytestmark = pytest.mark.slow

TOKEN = "frontpage-test"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def api(port: int, path: str):
    req = urllib.request.Request(f"http://127.0.0.1:{port}/api/{path}", headers={"Authorization": f"token {TOKEN}"})
    with urllib.request.urlopen(req, timeout=5) as r:
        return json.load(r)


@pytest.fixture
def lab():
    """`make lab` on this interpreter's environment (BIN), without reinstalling it (STAMP=)."""
    if not shutil.which("make"):
        pytest.skip("no make")
    port = free_port()
    args = f"--no-browser --port={port} --ServerApp.token={TOKEN} --ServerApp.port_retries=0"
    proc = subprocess.Popen(["make", "--no-print-directory", "lab", f"BIN={Path(sys.executable).parent}", "STAMP=",
                             f"LAB_ARGS={args}"], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            start_new_session=True)
    try:
        for _ in range(120):
            try:
                api(port, "status")
                break
            except OSError:
                assert proc.poll() is None, proc.stderr.read().decode()[-2000:]
                time.sleep(0.5)
        yield port
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)


def test_make_lab_opens_book_with_the_environments_kernel(lab):
    listed = {c["name"] for c in api(lab, "contents")["content"]}
    chapters = {p.name for p in (ROOT / "book").glob("*.ipynb")}
    assert chapters and chapters <= listed, chapters - listed
    specs = api(lab, "kernelspecs")
    wanted = {json.loads(p.read_text(encoding="utf-8"))["metadata"]["kernelspec"]["name"]
              for p in (ROOT / "book").glob("*.ipynb")}
    assert wanted <= set(specs["kernelspecs"]), (wanted, list(specs["kernelspecs"]))
    for name in wanted:  # "python" is replaced by the server's own interpreter (jupyter_client)
        argv0 = specs["kernelspecs"][name]["spec"]["argv"][0]
        assert argv0 in ("python", "python3", sys.executable), argv0


def test_a_downloaded_chapter_runs_top_to_bottom_on_the_lab_kernel(tmp_path, monkeypatch):
    """The download (with its first cell added by the build) executed with the kernel spec its
    metadata names, resolved as `make lab` resolves it, in book/ as in the build."""
    from nbclient import NotebookClient

    chapter = ROOT / "book" / "09_glossary.ipynb"
    shutil.copy(chapter, tmp_path / chapter.name)
    assert add_run_instructions(tmp_path) == [tmp_path / chapter.name]
    assert add_run_instructions(tmp_path) == []  # once only
    nb = nbformat.read(tmp_path / chapter.name, as_version=4)
    assert RUN_TAG in nb.cells[0].metadata["tags"] and "make lab" in nb.cells[0].source
    monkeypatch.setenv("JUPYTER_PREFER_ENV_PATH", "1")
    monkeypatch.delenv("EDITION", raising=False)
    NotebookClient(nb, timeout=600, kernel_name=nb.metadata.kernelspec.name,
                   resources={"metadata": {"path": str(ROOT / "book")}}).execute()
    errors = [o for c in nb.cells for o in c.get("outputs", []) if o.output_type == "error"
              or (o.output_type == "stream" and o.name == "stderr")]
    assert not errors, errors
    assert any(c.get("outputs") for c in nb.cells if c.cell_type == "code")
