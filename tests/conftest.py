"""Shared fixtures: the repository's paths, the default edition, small edition files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from frontpage.book.page import DEFAULT_EDITION, ROOT
from frontpage.parse.reading import read_edition

DEV = ROOT / "data" / "editions" / "dev"
"""The dev editions (tuned on); the held-out ones are only scored, never used as fixtures."""


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def edition():
    return read_edition(DEFAULT_EDITION)


@pytest.fixture(scope="session")
def raw_bytes() -> bytes:
    return DEFAULT_EDITION.read_bytes()


@pytest.fixture(scope="session")
def html() -> Path:
    """The book built for the default edition into _build/html (as `make book` does)."""
    env = {k: v for k, v in os.environ.items() if k != "EDITION"}
    r = subprocess.run([sys.executable, "-m", "frontpage.book.build"], cwd=ROOT, env=env, capture_output=True, text=True)
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]
    return ROOT / "_build" / "html"
