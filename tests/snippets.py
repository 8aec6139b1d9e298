"""Parsing a made-up snippet of a layout class, for the segmenter's tests, and reading the claims
of an invented sentence, for the extractor's."""

from __future__ import annotations

from datetime import date

from frontpage.numbers.claims import CONTEXT_KINDS, extract_claims
from frontpage.parse.articles import coverage_problems, parse_articles
from frontpage.parse.reading import decode_edition

DAY = date(2024, 7, 20)
"""The edition date of an invented claims sentence, unless a test gives one."""


def raw(*lines: str) -> str:
    """A pdftotext -raw page: no blank line anywhere."""
    return "\n".join(lines) + "\n"


def page(*paragraphs: str) -> str:
    """A page set with a blank line between paragraphs."""
    return "\n\n".join(paragraphs) + "\n"


def parse(text: str):
    """The snippet's articles (furniture included); every line must end up in exactly one part."""
    ed = decode_edition(text.encode("utf-8"))
    arts = parse_articles(ed)
    assert coverage_problems(ed, arts) == []
    return arts


def stories(text: str):
    """The snippet's articles without the page furniture."""
    return [a for a in parse(text) if a.kind != "furniture"]


def claims_of(text: str, when: date = DAY, lead: str = "本报讯 ") -> list:
    """The claims (not dates or periods) of ``text`` printed as a story of ``when`` after ``lead``
    (``lead=""``: ``text`` is a whole page, its display lines included)."""
    ed = decode_edition((lead + text).encode("utf-8"))
    return [c for c in extract_claims(ed, parse_articles(ed, when), when) if c.kind not in CONTEXT_KINDS]


def one(text: str, quote: str, when: date = DAY):
    """The first claim of ``text`` quoting ``quote``; the test fails, listing what was found, if none."""
    found = claims_of(text, when)
    hits = [c for c in found if c.quote == quote]
    assert hits, [(c.quote, c.value, c.unit) for c in found]
    return hits[0]


def subjects_of(text: str, quote: str, when: date = DAY) -> list[str]:
    """The subjects of every claim of ``text`` quoting ``quote``; the test fails, listing what was
    found, if none."""
    found = claims_of(text, when)
    hits = [c.subject for c in found if c.quote == quote]
    assert hits, [(c.quote, c.subject) for c in found]
    return hits
