"""Reading an edition from a page PDF (frontpage.parse.pdf), on pages generated here (tests/pdfpages.py)."""

from __future__ import annotations

import io
import subprocess
import sys
import time
from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from frontpage.evaluation.articles import pooled_articles, score_articles
from frontpage.parse.articles import coverage_problems, parse_articles
from frontpage.parse.pdf import (DamagedPdf, EncryptedPdf, NoTextLayer, NotAPdf, PageOutOfRange, pdf_edition,
                                 read_pdf_page)
from frontpage.parse.reading import decode_edition, read_edition
from frontpage.pipeline import read_page
from tests.pdfpages import make_page, require_cjk_system_font

SEEDS = range(24)


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pdf")
    out = []
    for seed in SEEDS:
        columns = 4 + seed % 3
        data, gold = make_page(seed, columns)
        path = folder / f"page-{seed}.pdf"
        path.write_bytes(data)
        out.append((path, gold))
    return out


def test_headlines_and_starts_are_found_on_generated_pages(pages):
    require_cjk_system_font()
    scores = [score_articles(read_page(path).articles, gold) for path, gold in pages]
    pooled = pooled_articles(scores)
    assert pooled.headline_recall >= 0.95 and pooled.headline_precision >= 0.95, pooled.summary()
    assert pooled.start_recall >= 0.95 and pooled.start_precision >= 0.95, pooled.summary()


def test_the_generated_pages_hold_what_the_issue_asks_for(pages):
    kinds = Counter(g["kind"] for _, gold in pages for g in gold)
    assert {"news", "wire", "caption", "box", "teaser"} <= set(kinds)
    heads = " ".join(g["headline"] for _, gold in pages for g in gold)
    assert any(ch in heads for ch in "鎮區縣農電業")  # a traditional-character item


def test_letter_spaced_display_headline_is_joined(pages):
    for path, gold in pages[:4]:
        edition = read_edition(path)
        assert gold[0]["headline"] in edition.lines, gold[0]["headline"]  # one line, no spaces


def _pdf_characters(path) -> Counter:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return Counter(c["text"] for c in pdf.pages[0].chars if c["text"].strip())


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 10**6), columns=st.integers(4, 6))
def test_every_character_of_the_pdf_is_in_exactly_one_part(tmp_path, seed, columns):
    require_cjk_system_font()  # without one, PDFium has no glyph for some characters and drops them
    data, _ = make_page(seed, columns)
    path = tmp_path / f"p{seed}.pdf"
    path.write_bytes(data)
    edition = read_edition(path)
    text = Counter(ch for line in edition.lines for ch in line if not ch.isspace())
    assert text == _pdf_characters(path)  # nothing lost, nothing invented on the way to text
    assert coverage_problems(edition, parse_articles(edition)) == []


def test_each_line_keeps_its_page_and_box(pages):
    path, _ = pages[0]
    edition = read_edition(path)
    width, height = edition.page_size
    assert len(edition.boxes) == len(edition.hints) == len(edition.lines)
    for line, box in zip(edition.lines, edition.boxes):
        assert (box is None) == (not line.strip())
        if box is not None:
            assert box.page == 1 and 0 <= box.x0 < box.x1 <= width and 0 <= box.top < box.bottom <= height


def test_the_text_written_out_reads_as_a_text_edition(pages, tmp_path):
    """`edition text page.pdf > page.txt`: the same lines, read by the text path (without the
    geometry's hints); its articles can then be compared with the PDF path's."""
    path, gold = pages[1]
    edition = read_edition(path)
    out = subprocess.run([sys.executable, "-m", "frontpage.cli", "text", str(path)], capture_output=True, text=True,
                         check=True).stdout
    as_text = decode_edition(out.encode("utf-8"))
    assert list(as_text.lines) == list(edition.lines) and as_text.hints is None
    assert parse_articles(as_text)  # the text path reads it too


def test_captions_and_boxes_are_seen(pages):
    seen = Counter(h for path, _ in pages[:8] for h in read_edition(path).hints)
    assert seen["caption"] and seen["box"] and seen["head"] and seen["body"]


def test_reading_a_page_takes_under_a_second(pages):
    path, _ = pages[2]
    read_page(path).articles  # imports
    start = time.perf_counter()
    read_page(path).articles
    assert time.perf_counter() - start < 1.0


# --- bad PDFs: one line, no traceback -----------------------------------------------------------

def _canvas_pdf(draw, **kwargs) -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, **kwargs)
    draw(c)
    c.showPage()
    c.save()
    return buf.getvalue()


def _scanned(c) -> None:
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    c.drawImage(ImageReader(Image.new("L", (60, 90), 128)), 50, 50, 400, 600)


def _encrypted() -> bytes:
    from reportlab.lib import pdfencrypt

    return _canvas_pdf(lambda c: c.drawString(100, 100, "text"),
                       encrypt=pdfencrypt.StandardEncryption("secret", ownerPassword="owner"))


BAD = {
    "encrypted": (_encrypted, EncryptedPdf, "encrypted"),
    "scanned": (lambda: _canvas_pdf(_scanned), NoTextLayer, "OCR is not done"),
    "blank": (lambda: _canvas_pdf(lambda c: None), NoTextLayer, "no text layer"),
    "truncated": (lambda: make_page(1)[0][:3000], DamagedPdf, "damaged"),
    "garbage": (lambda: b"%PDF-1.4\n" + bytes(range(256)) * 8, DamagedPdf, "damaged"),
    "not a pdf": (lambda: "本报讯 not a PDF at all".encode(), NotAPdf, "not a PDF"),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_a_bad_pdf_fails_with_one_clear_line(tmp_path, name):
    make, error, words = BAD[name]
    path = tmp_path / "bad.pdf"
    path.write_bytes(make())
    with pytest.raises(error, match=words):
        read_edition(path)
    r = subprocess.run([sys.executable, "-m", "frontpage.cli", "articles", str(path)], capture_output=True, text=True)
    assert r.returncode == 2 and r.stdout == ""
    assert r.stderr.count("\n") == 1 and "Traceback" not in r.stderr and words in r.stderr


def test_a_page_that_is_not_there(pages):
    path, _ = pages[0]
    with pytest.raises(PageOutOfRange, match="no page 3 .the PDF has 1 page"):
        read_edition(path, page=3)


def test_page_two_of_two(tmp_path):
    from reportlab.pdfgen import canvas

    from tests.pdfpages import FONT, _register

    _register()
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    for text in ("第一版的新闻。", "第二版的新闻。"):
        c.setFont(FONT, 12)
        c.drawString(72, 700, text)
        c.showPage()
    c.save()
    path = tmp_path / "two.pdf"
    path.write_bytes(buf.getvalue())
    assert read_edition(path).lines[0] == "第一版的新闻。"
    second = read_edition(path, page=2)
    assert second.lines[0] == "第二版的新闻。" and second.page == 2 and second.pages == 2
    page, _ = read_pdf_page(path, 2)
    assert page.pages == 2


def test_the_pdf_edition_is_the_same_every_time(pages):
    path, _ = pages[3]
    assert pdf_edition(path).text == pdf_edition(path).text


def test_the_source_appendix_outlines_every_item_on_the_page(pages):
    from frontpage.book.source import page_view_html
    from frontpage.parse.pdf import boxes_of

    page = read_page(pages[0][0])
    html = page_view_html(page.edition, page.articles).markup
    assert html.startswith('<figure class="fp-pageview"><svg') and "data:image/png;base64," in html
    outlined = sum(len(boxes_of(page.edition, [n for x, y in a.lines for n in range(x, y + 1)])) for a in page.articles)
    assert html.count("<rect ") == outlined >= len(page.articles)
    for a in page.articles:
        assert f'href="#L{a.lines[0][0]}"' in html
    assert "<script" not in html and "Page 1 of 1 of page-0.pdf" in html


def test_a_text_edition_has_no_page_view_and_no_boxes(tmp_path):
    from frontpage.book.source import page_view_html

    path = tmp_path / "e.txt"
    path.write_text("本报讯 今天天气很好。\n", encoding="utf-8")
    page = read_page(path)
    assert page.edition.boxes is None and page_view_html(page.edition, page.articles).markup == ""
    with pytest.raises(Exception, match="--page is for a PDF"):
        read_edition(path, page=2)


def test_an_items_boxes_are_one_a_column(pages):
    from frontpage.parse.pdf import boxes_of

    edition = read_edition(pages[0][0])
    articles = parse_articles(edition)
    longest = max(articles, key=lambda a: len(a.text))
    boxes = boxes_of(edition, [n for x, y in longest.lines for n in range(x, y + 1)])
    body_lines = sum(y - x + 1 for x, y in longest.lines)
    assert 1 <= len(boxes) < body_lines  # lines merged into column blocks
    assert all(b.x1 - b.x0 < edition.page_size[0] for b in boxes)


def test_fake_bold_overprinting_is_read_once(tmp_path):
    """Headlines set in fake bold draw each character twice, a fraction of a point apart."""
    from reportlab.pdfgen import canvas

    from tests.pdfpages import FONT, _register

    _register()
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    for dx in (0.0, 0.3):
        c.setFont(FONT, 24)
        c.drawString(72 + dx, 700, "全市经济稳中向好")
    c.setFont(FONT, 10)
    c.drawString(72, 660, "本报讯 一季度全市经济运行稳中向好。")
    c.showPage()
    c.save()
    path = tmp_path / "bold.pdf"
    path.write_bytes(buf.getvalue())
    edition = read_edition(path)
    assert edition.lines[0] == "全市经济稳中向好" and edition.hints[0] == "head"
