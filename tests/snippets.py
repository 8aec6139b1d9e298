"""Parsing a made-up snippet of a layout class, for the segmenter's tests."""

from __future__ import annotations

from frontpage.parse.articles import coverage_problems, parse_articles
from frontpage.parse.reading import decode_edition


def parse(text: str):
    """The snippet's articles (furniture included); every line must end up in exactly one part."""
    ed = decode_edition(text.encode("utf-8"))
    arts = parse_articles(ed)
    assert coverage_problems(ed, arts) == []
    return arts


def stories(text: str):
    """The snippet's articles without the page furniture."""
    return [a for a in parse(text) if a.kind != "furniture"]
