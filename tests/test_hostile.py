"""A hostile edition: HTML, javascript: links, Markdown and MyST in every part of the page and in
its provenance record. In the built book all of it must be text, none of it markup."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.slow

MUST_SHOW_AS_TEXT = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "{glue:text}`n_claims`",
    "**重庆**",
    "$$x^2$$",
    "[点击这里](javascript:alert(1))",
    "<script>alert('paper')</script>",
]


@pytest.fixture(scope="module")
def pages(hostile_book) -> dict[str, BeautifulSoup]:
    """Every page of the hostile edition's book (the ``hostile_book`` fixture), parsed."""
    return {str(p.relative_to(hostile_book)): BeautifulSoup(p.read_text(encoding="utf-8"), "html.parser")
            for p in hostile_book.rglob("*.html") if "_static" not in p.parts}


def test_no_script_from_the_edition_runs(pages):
    for name, soup in pages.items():
        for script in soup.find_all("script"):
            assert "alert(" not in (script.string or "") and "alert(" not in script.get("src", ""), name


def test_no_attribute_carries_the_edition_s_code(pages):
    for name, soup in pages.items():
        for tag in soup.find_all(True):
            for attr, value in tag.attrs.items():
                text = " ".join(value) if isinstance(value, list) else str(value)
                assert "alert(" not in text, f"{name}: <{tag.name} {attr}={text!r}>"
                if attr == "href":
                    assert not text.strip().lower().startswith("javascript:"), f"{name}: {text!r}"
        assert not soup.find_all("img", src="x"), name


def test_the_edition_s_markup_shows_as_text(pages):
    text = "\n".join(soup.get_text() for soup in pages.values())
    missing = [s for s in MUST_SHOW_AS_TEXT if s not in text]
    assert not missing, missing


def test_markdown_from_the_edition_is_not_rendered(pages):
    for name, soup in pages.items():
        for strong in soup.find_all(["strong", "b"]):
            assert strong.get_text() != "重庆", name  # **重庆** stayed text
        assert not soup.find_all(class_="math"), name  # $$x^2$$ stayed text
    source = pages["book/11_source.html"].get_text()
    assert "{glue:text}`n_claims`" in source and "<a href=\"javascript:alert(1)\">链" in source
