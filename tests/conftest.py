"""Shared fixtures: the repository's paths, the default edition, small edition files."""

from __future__ import annotations

from pathlib import Path

import pytest

from frontpage.book import DEFAULT_EDITION, ROOT
from frontpage.reading import read_edition

EDITIONS = ROOT / "tests" / "editions"


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def edition():
    return read_edition(DEFAULT_EDITION)


@pytest.fixture(scope="session")
def raw_bytes() -> bytes:
    return DEFAULT_EDITION.read_bytes()
