"""Building the book from a test: ``make book`` for an edition, into the repository or a folder.

A full build takes a couple of minutes, so the slow tests share the few they need (fixtures in
``conftest.py``), each in a folder of its own: the default edition's book, the hostile edition's book, and
the sample page PDF's book built over a copy of the hostile one (which also shows that a
changed edition is never served stale)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from frontpage.book.page import ROOT


def build_book(output: Path | None = None, edition: Path | None = None,
               page: str | None = None) -> subprocess.CompletedProcess:
    """Run ``python -m frontpage.book.build`` for ``edition`` (the default edition when None)
    into ``output/_build/html`` (the repository's ``_build/html`` when None), output captured."""
    env = {k: v for k, v in os.environ.items() if k not in ("EDITION", "EDITION_PAGE")}
    if edition is not None:
        env["EDITION"] = str(edition)
    if page is not None:
        env["EDITION_PAGE"] = page
    cmd = [sys.executable, "-m", "frontpage.book.build"]
    if output is not None:
        cmd += ["--output", str(output)]
    return subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)


def failure(r: subprocess.CompletedProcess) -> str:
    """The tail of a build's output, for an assertion message."""
    return r.stdout[-3000:] + r.stderr[-3000:]
