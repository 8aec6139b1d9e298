"""Counted phrases: a number and the words that agree with it, for 0, 1 and many."""

from __future__ import annotations

import re
from types import SimpleNamespace

import nbformat
import pytest

from frontpage.book.claimviews import value_text
from frontpage.english import agree, counted, plural, unit_words
from frontpage.paths import ROOT


@pytest.mark.parametrize("noun, expected", [
    ("claim", "claims"), ("article", "articles"), ("county", "counties"), ("day", "days"),
    ("batch", "batches"), ("box", "boxes"), ("person", "people"), ("aircraft", "aircraft"),
    ("person-time", "person-times"), ("vehicle-time", "vehicle-times"),
    ("quantitative claim", "quantitative claims"), ("held-out edition", "held-out editions"),
    ("claim is", "claims are"), ("person has", "people have"), ("entry", "entries"),
])
def test_plural(noun, expected):
    assert plural(noun) == expected


# (singular, plural given or None, expected for 0, for 1, for 2)
PHRASES = [
    ("article", None, "0 articles", "1 article", "2 articles"),
    ("claim is", "claims are", "0 claims are", "1 claim is", "2 claims are"),
    ("claim is", None, "0 claims are", "1 claim is", "2 claims are"),
    ("is hedged", "are hedged", "0 are hedged", "1 is hedged", "2 are hedged"),
    ("person", None, "0 people", "1 person", "2 people"),
    ("piece of evidence", "pieces of evidence", "0 pieces of evidence", "1 piece of evidence", "2 pieces of evidence"),
    ("entry", None, "0 entries", "1 entry", "2 entries"),
    ("story continues", "stories continue", "0 stories continue", "1 story continues", "2 stories continue"),
    ("time", None, "0 times", "1 time", "2 times"),
]


@pytest.mark.parametrize("singular, plural_, zero, one, two", PHRASES)
def test_counted_phrases_for_zero_one_and_many(singular, plural_, zero, one, two):
    assert [counted(n, singular, plural_) for n in (0, 1, 2)] == [zero, one, two]


def test_counted_numbers():
    assert counted(1_234, "character") == "1,234 characters"
    assert counted(1.0, "day") == "1 day"
    assert counted(1.5, "day") == "1.5 days"
    assert agree(1, "is") == "is" and agree(3, "is") == "are" and agree(0, "has") == "have"


@pytest.mark.parametrize("value, unit, expected", [
    (1, "day", "day"), (10, "day", "days"), (1, "person", "person"), (275, "person", "people"),
    (0.5, "year", "years"), (None, "item", "items"),  # a range is plural
    (2, "person-time", "person-times"), (1, "county", "county"),
    (1, "CNY", "CNY"), (275, "CNY", "CNY"), (10, "km", "km"), (10, "kWh", "kWh"), (10, "mu", "mu"),
    (10, "TEU", "TEU"), (10, "°C", "°C"), (10, "µg/m3", "µg/m3"), (10, "CNY/t", "CNY/t"), (10, "t", "t"),
])
def test_unit_words(value, unit, expected):
    assert unit_words(value, unit) == expected


def claim(value, unit, qualifier=None, low=None, high=None):
    return SimpleNamespace(value=value, unit=unit, qualifier=qualifier, low=low, high=high)


@pytest.mark.parametrize("c, expected", [
    (claim(275, "person"), "275 people"),
    (claim(1, "person"), "1 person"),
    (claim(10, "day", "lower_bound"), "over 10 days"),
    (claim(1, "day", "approx"), "about 1 day"),
    (claim(1, "item"), "1 item"),
    (claim(None, "item", low=3, high=5), "3–5 items"),
    (claim(1_500, "km"), "1,500 km"),
    (claim(1, "km"), "1 km"),
    (claim(180_240_000_000, "CNY"), "180,240,000,000 CNY"),
    (claim(30.8, "%"), "30.8%"),
    (claim(1.5, "pp"), "1.5 pp"),
    (claim(2, "×"), "2×"),
    (claim(3, ""), "3"),
])
def test_value_text_makes_word_units_agree_and_leaves_symbols(c, expected):
    assert value_text(c) == expected


# A word right after a glued value that does not agree with a number ("besides" only looks plural).
NOT_AGREEING = {"besides"}


@pytest.mark.parametrize("path", sorted((ROOT / "book").glob("*.ipynb")), ids=lambda p: p.stem)
def test_no_chapter_writes_a_plural_after_a_glued_number(path):
    """A count in the prose is glued with its noun and verb (``counted``), so "{glue:text}`n` claims
    are" (which reads "1 claims are" on a page with one) cannot come back: no glued value in the
    Markdown is followed by a plural-looking word or by are/have/were."""
    bad = []
    for cell in nbformat.read(path, as_version=4).cells:
        if cell.cell_type != "markdown":
            continue
        for m in re.finditer(r"\{glue:text\}`([^`]+)`\s+([A-Za-z-]+)", cell.source):
            word = m.group(2).lower()
            if word not in NOT_AGREEING and (word.endswith("s") or word in ("are", "have", "were")):
                bad.append(m.group(0))
    assert not bad, bad
