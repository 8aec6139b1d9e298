"""Tables of claims for readers: formatted values, summaries by kind and by article."""

from __future__ import annotations

from collections import Counter

import pandas as pd

from .anatomy import display_headline
from ..english import unit_words
from ..numbers.claims import CLAIM_KINDS, Claim


def number_text(x) -> str:
    """18000 → 18,000; 2.6 → 2.6; 180240000000 → 180,240,000,000."""
    if x is None:
        return ""
    if float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,.10g}"


def value_text(c: Claim) -> str:
    """A claim's value for reading: the number (or range) and its unit, with the hedge in words.
    A unit that is a word agrees with the number (1 day, over 10 days, 275 people); a symbol
    stays as printed (CNY, km, %)."""
    core = f"{number_text(c.low)}–{number_text(c.high)}" if c.value is None else number_text(c.value)
    unit = {"%": "%", "pp": " pp", "×": "×"}.get(c.unit, f" {unit_words(c.value, c.unit)}" if c.unit else "")
    hedge = {"approx": "about ", "lower_bound": "over ", "upper_bound": "under "}.get(c.qualifier or "", "")
    return f"{hedge}{core}{unit}"


def readers_table(claims: list[Claim]) -> pd.DataFrame:
    """The claims table as the chapter shows it (one row a claim; the CSV download has every field)."""
    return pd.DataFrame([{
        "article": c.article_id, "id": c.id, "quote": c.quote, "value": value_text(c), "kind": c.kind.replace("_", " "),
        "subject": c.subject, "period": c.period or "", "comparison": c.comparison or "",
        "change": {"increase": "up", "decrease": "down"}.get(c.direction or "", ""), "line": c.line,
    } for c in claims], columns=["article", "id", "quote", "value", "kind", "subject", "period", "comparison", "change", "line"])


def by_kind(claims: list[Claim]) -> pd.DataFrame:
    counts = Counter(c.kind for c in claims)
    rows = [{"kind": k.replace("_", " "), "claims": counts[k]} for k in CLAIM_KINDS if counts[k]]
    return pd.DataFrame(rows, columns=["kind", "claims"])


def by_article(claims: list[Claim], articles) -> pd.DataFrame:
    counts = Counter(c.article_id for c in claims)
    rows = [{"article": a.id, "kind": a.kind, "headline": display_headline(a), "claims": counts[a.id],
             "per 1,000 characters": 1000 * counts[a.id] / max(len(a.text.replace("\n", "")), 1) if a.text else None}
            for a in articles if counts[a.id]]
    return pd.DataFrame(rows, columns=["article", "kind", "headline", "claims", "per 1,000 characters"])


def sentences_table(claims: list[Claim]) -> pd.DataFrame:
    """Each claim beside its source sentence (the quote is highlighted by the table helper)."""
    return pd.DataFrame([{"id": c.id, "article": c.article_id, "quote": c.quote, "value": value_text(c),
                          "subject": c.subject, "sentence": c.sentence, "line": c.line} for c in claims],
                        columns=["id", "article", "quote", "value", "subject", "sentence", "line"])
