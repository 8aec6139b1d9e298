"""Shared fixtures: the repository's paths, the default edition, small edition files."""

from __future__ import annotations

import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest

from frontpage.book.page import DEFAULT_EDITION, ROOT
from frontpage.parse.reading import read_edition
from tests.books import build_book, failure
from tests.pdfpages import make_page

DEV = ROOT / "data" / "editions" / "dev"
"""The dev editions (tuned on); the held-out ones are only scored, never used as fixtures."""


# Which full book build a test needs, by the fixture it (or a fixture it uses) asks for. Under
# `make test` (pytest-xdist, `--dist loadgroup`) each group runs on one worker, so each book is
# built once, by the worker whose tests read it, and the two builds run side by side.
BOOK_GROUPS = (("pdf_book", "other-books"), ("hostile_book", "other-books"), ("html", "default-book"))

# Whole modules kept on one worker, by module name: their module-scoped fixtures are expensive
# (test_corpus starts a LocalCluster; test_browser starts one Chromium and reads the default book).
MODULE_GROUPS = {"test_corpus": "corpus", "test_browser": "default-book"}

# The groups start first, longest first, one per worker: "other-books" is two full builds in a row
# (the hostile book, then the PDF's book over a copy of it), "default-book" one build and the
# browser tests. The thousands of quick tests then fill in around them on whichever worker is
# free. (xdist would otherwise queue the groups by their number of tests: the two builds in a row,
# six tests, started only after the corpus group, and could finish last with the other worker idle.)
GROUP_ORDER = ("other-books", "default-book", "corpus")


@pytest.hookimpl(trylast=True)
def pytest_configure(config):
    if getattr(config.option, "dist", "no") == "loadgroup":
        config.option.loadscopereorder = False  # keep the queue in collection order (GROUP_ORDER first)


def _groups_of(item) -> set[str]:
    """Every xdist group a test's fixtures and module ask for."""
    groups = {g for fixture, g in BOOK_GROUPS if fixture in item.fixturenames}
    module = getattr(item, "module", None)
    name = module.__name__.rpartition(".")[2] if module is not None else ""
    if name in MODULE_GROUPS:
        groups.add(MODULE_GROUPS[name])
    return groups


@pytest.hookimpl(trylast=True)  # after xdist's own hook: see _name_the_group
def pytest_collection_modifyitems(config, items):
    for item in items:
        groups = _groups_of(item)
        if len(groups) > 1:
            # each book is built once, on the worker of its group, so a test cannot also need a
            # book (or module) that runs on another
            raise pytest.UsageError(
                f"{item.nodeid} needs fixtures of {len(groups)} xdist groups ({', '.join(sorted(groups))}): "
                "the groups run on different workers; split the test or change BOOK_GROUPS/MODULE_GROUPS")
        if groups:
            group = groups.pop()
            item.add_marker(pytest.mark.xdist_group(group))
            if getattr(config.option, "loadgroup", False):  # an xdist worker under --dist loadgroup
                _name_the_group(item, group)
    items.sort(key=_queue_place)  # stable: each group, and the rest, keep their own order


def _queue_place(item) -> int:
    marker = item.get_closest_marker("xdist_group")
    group = marker.args[0] if marker else None
    return GROUP_ORDER.index(group) if group in GROUP_ORDER else len(GROUP_ORDER)


def _name_the_group(item, group: str) -> None:
    """Tell ``--dist loadgroup`` the test's group. xdist (3.8) passes a worker's groups to its
    scheduler by renaming each grouped test ``<nodeid>@<group>`` through ``item._nodeid``; since
    pytest 9.2 a node's id lives in ``item._id`` and that rename is lost: every group was silently
    spread over both workers, and each worker built its own copy of every book its tests touched
    (two default books and two hostile books a run). The rename is done here the way this pytest
    reads it; a grouped test whose id still lacks its group stops the run rather than slow it."""
    suffix = f"@{group}"
    if not item.nodeid.endswith(suffix):
        from _pytest.nodeid import NodeId

        item._id = NodeId.parse(item.nodeid + suffix)
    if not item.nodeid.endswith(suffix):
        raise pytest.UsageError(f"{item.nodeid}: its xdist group {group} is not in its id, so "
                                "--dist loadgroup would spread the group over the workers")


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
def html(tmp_path_factory) -> Path:
    """The book built for the default edition (as `make book` builds it) into a folder of its own;
    returns its ``_build/html``. Never the repository's ``_build``: a `make book` running beside
    the tests (or a reader's built book) must not race with, or be replaced by, the tests' build."""
    out = tmp_path_factory.mktemp("default")
    r = build_book(out)
    assert r.returncode == 0, failure(r)
    return out / "_build" / "html"


@pytest.fixture(scope="session")
def hostile_book(tmp_path_factory) -> Path:
    """The book built for ``tests/editions/hostile.txt`` (markup in every part of the page) into
    a folder of its own; returns its ``_build/html``."""
    out = tmp_path_factory.mktemp("hostile")
    r = build_book(out, ROOT / "tests" / "editions" / "hostile.txt")
    assert r.returncode == 0, failure(r)
    return out / "_build" / "html"


@pytest.fixture(scope="session")
def pdf_book(hostile_book, tmp_path_factory) -> SimpleNamespace:
    """The book for a one-page PDF (the sample page generator's), built into a copy of the
    hostile book's output: the build must see a changed edition and start from scratch.
    ``result`` is the build's process, ``pdf`` the page's path, ``html`` the new book and
    ``before`` the copied book's ``01_edition.html`` as it was before the build."""
    out = tmp_path_factory.mktemp("pdf-book")
    shutil.copytree(hostile_book.parent, out / "_build")
    before = (out / "_build/html/book/01_edition.html").read_text(encoding="utf-8")
    pdf = out / "page.pdf"
    pdf.write_bytes(make_page(3, 6)[0])
    r = build_book(out, pdf)
    assert r.returncode == 0, failure(r)
    return SimpleNamespace(result=r, pdf=pdf, html=out / "_build" / "html", before=before)
