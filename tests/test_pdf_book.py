"""The whole book for a page PDF (slow: a full build), and a bad PDF stopping the build in one line."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from frontpage.book.page import ROOT
from tests.pdfpages import make_page

pytestmark = pytest.mark.slow


def _build(output, edition, page: str | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("EDITION", "EDITION_PAGE")}
    env["EDITION"] = str(edition)
    if page is not None:
        env["EDITION_PAGE"] = page
    return subprocess.run([sys.executable, "-m", "frontpage.book.build", "--output", str(output)], cwd=ROOT, env=env,
                          capture_output=True, text=True)


def test_a_page_pdf_builds_the_whole_book(tmp_path):
    edition = tmp_path / "page.pdf"
    edition.write_bytes(make_page(3, 6)[0])
    r = _build(tmp_path / "out", edition)
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]
    html = tmp_path / "out" / "_build" / "html" / "book"
    source = (html / "11_source.html").read_text(encoding="utf-8")
    assert 'class="fp-pageview"' in source and "data:image/png;base64," in source
    assert "page.pdf, page 1 of 1 (PDF)" in (html / "01_edition.html").read_text(encoding="utf-8")


def test_a_page_that_is_not_there_stops_the_build_in_one_line(tmp_path):
    edition = tmp_path / "page.pdf"
    edition.write_bytes(make_page(3, 6)[0])
    r = _build(tmp_path / "out", edition, page="2")
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert r.stderr.strip() == f"build: error: {edition}: no page 2 (the PDF has 1 page)"
