"""The whole book for a page PDF (slow: a full build, shared with the stale-build test), and a
bad PDF stopping the build in one line."""

from __future__ import annotations

import pytest

from tests.books import build_book
from tests.pdfpages import make_page

pytestmark = pytest.mark.slow


def test_a_page_pdf_builds_the_whole_book(pdf_book):
    html = pdf_book.html / "book"
    source = (html / "11_source.html").read_text(encoding="utf-8")
    assert 'class="fp-pageview"' in source and "data:image/png;base64," in source
    assert "page.pdf, page 1 of 1 (PDF)" in (html / "01_edition.html").read_text(encoding="utf-8")


def test_a_page_that_is_not_there_stops_the_build_in_one_line(tmp_path):
    edition = tmp_path / "page.pdf"
    edition.write_bytes(make_page(3, 6)[0])
    r = build_book(tmp_path / "out", edition, page="2")
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert r.stderr.strip() == f"build: error: {edition}: no page 2 (the PDF has 1 page)"
