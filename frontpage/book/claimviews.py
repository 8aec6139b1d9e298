"""Tables of claims for readers: formatted values, summaries by kind and by article."""

from __future__ import annotations

import csv
import re
from collections import Counter
from functools import lru_cache

import pandas as pd

from dataclasses import dataclass

from .anatomy import display_headline
from ..english import unit_words
from ..paths import REFERENCE
from ..numbers.checks import COMPARED, Check, confirmed_claims
from ..numbers.claims import CLAIM_KINDS, Claim
from ..words.english import english_of, gloss_of


def number_text(x) -> str:
    """18000 → 18,000; 2.6 → 2.6; 180240000000 → 180,240,000,000."""
    if x is None:
        return ""
    if float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,.10g}"


HEDGE_WORDS = {"approx": "about ", "lower_bound": "over ", "upper_bound": "under "}
"""A claim's qualifier as the words before its value."""


def value_text(c: Claim) -> str:
    """A claim's value for reading: the number (or range) and its unit, with the hedge in words.
    A unit that is a word agrees with the number (1 day, over 10 days, 275 people); a symbol
    stays as printed (CNY, km, %)."""
    core = f"{number_text(c.low)}–{number_text(c.high)}" if c.value is None else number_text(c.value)
    unit = {"%": "%", "pp": " pp", "×": "×"}.get(c.unit, f" {unit_words(c.value, c.unit)}" if c.unit else "")
    hedge = HEDGE_WORDS.get(c.qualifier or "", "")
    return f"{hedge}{core}{unit}"


def readers_table(claims: list[Claim]) -> pd.DataFrame:
    """The claims table as the chapter shows it (one row a claim; the CSV download has every field).
    "subject, in English" is the subject's gloss (≈ marks a word-by-word gloss); "status" says whether
    the figure is a result or a projection (forecast, target)."""
    return pd.DataFrame([{
        "article": c.article_id, "id": c.id, "quote": c.quote, "value": value_text(c), "kind": c.kind.replace("_", " "),
        "subject": c.subject, "subject, in English": english_of(c.subject), "period": c.period or "",
        "comparison": COMPARISON_WORDS.get(c.comparison or "", c.comparison or ""),
        "change": {"increase": "up", "decrease": "down"}.get(c.direction or "", ""),
        "status": c.projection or "result", "line": c.line,
    } for c in claims], columns=["article", "id", "quote", "value", "kind", "subject", "subject, in English", "period",
                                 "comparison", "change", "status", "line"])


COMPARISON_WORDS = {"同比": "同比 (year on year)", "环比": "环比 (on the previous period)", "累计": "累计 (cumulative)",
                    "共计": "共计 (in all)"}
"""The comparisons with their English, as the tables print them."""


def gloss_columns(frame: pd.DataFrame, columns: dict[str, str]) -> pd.DataFrame:
    """``frame`` with an English column after each Chinese one (``columns``: Chinese column → English column's
    name) and one column saying where the English comes from (glossary, translation, CC-CEDICT, word by word)."""
    out = frame.copy()
    for col, eng in columns.items():
        at = list(out.columns).index(col) + 1
        out.insert(at, eng, [english_of(str(v)) for v in out[col]])
    first = next(iter(columns))
    out["English from"] = [gloss_of(str(v)).source for v in frame[first]]
    return out


@dataclass(frozen=True)
class CheckTally:
    """What the checks of a page amount to; the opening page and the checks chapter both read this."""

    compared: int        # comparisons of like with like (consistent or inconsistent)
    inconsistent: int
    derived: int         # derived figures (implied)
    projections: int     # forecasts and targets, not checked as facts
    outside: int         # claims only an outside source can confirm
    claims: int          # claims on the page
    confirmed: int       # claims whose figure a consistent comparison confirms

    @property
    def share_outside(self) -> float:
        """The share of the page's claims that rest on its word alone (outside source needed)."""
        return self.outside / self.claims if self.claims else 0.0


def check_tally(checks: list[Check], claims: list[Claim]) -> CheckTally:
    """Count the checks by what they are (see :class:`CheckTally`)."""
    status = Counter(k.status for k in checks)
    confirmed = confirmed_claims(checks)
    return CheckTally(sum(status[s] for s in COMPARED), status["inconsistent"], status["implied"],
                      status["projection"], status["unverifiable"], len(claims), len(confirmed))


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
                          "subject": c.subject, "subject, in English": english_of(c.subject), "sentence": c.sentence,
                          "line": c.line} for c in claims],
                        columns=["id", "article", "quote", "value", "subject", "subject, in English", "sentence", "line"])


# --- context: growth rates measured against an unusual base ----------------------------------

def _months(period: str | None) -> tuple[int, int] | None:
    """A period as (first month, last month), months counted from year 0: 2021-Q1 → (2021·12, 2021·12+2).
    Spans (2010/2020, 2021-01/2021-02) take the first's start and the last's end; days are their month."""
    if not period:
        return None
    ends = [_one(p) for p in period.split("/")]
    return (ends[0][0], ends[-1][1]) if all(ends) else None


def _one(p: str) -> tuple[int, int] | None:
    m = re.fullmatch(r"(\d{4})(?:-(Q[1-4]|H[12]|\d{2})(?:-\d{2})?)?", p)
    if not m:
        return None
    y, part = int(m.group(1)) * 12, m.group(2)
    if part is None:
        return y, y + 11
    if part.startswith("Q"):
        q = int(part[1]) - 1
        return y + 3 * q, y + 3 * q + 2
    if part.startswith("H"):
        h = int(part[1]) - 1
        return y + 6 * h, y + 6 * h + 5
    return y + int(part) - 1, y + int(part) - 1


@lru_cache(maxsize=1)
def unusual_bases() -> tuple[dict[str, str], ...]:
    """The rows of ``data/reference/unusual_bases.csv``: periods whose figures were unusually low."""
    with (REFERENCE / "unusual_bases.csv").open(encoding="utf-8", newline="") as fh:
        return tuple(csv.DictReader(fh))


def base_effect(claim: Claim) -> dict[str, str] | None:
    """The unusual base a year-on-year claim is measured against, if any: of the rows of
    :func:`unusual_bases` that overlap the claim's period one year earlier, the smallest that holds
    it whole (2021-H1 → 2020-H1, 2021-03 → 2020-Q1), else the smallest."""
    span = _months(claim.period)
    if claim.comparison != "同比" or span is None:
        return None
    base = (span[0] - 12, span[1] - 12)
    hits = [(r, _months(r["period"])) for r in unusual_bases()]
    hits = [(r, m) for r, m in hits if m and m[0] <= base[1] and base[0] <= m[1]]
    # the smallest row that holds the whole base period, else the smallest that overlaps it
    return min(hits, key=lambda rm: (not (rm[1][0] <= base[0] and base[1] <= rm[1][1]), rm[1][1] - rm[1][0]))[0] \
        if hits else None


def base_effects_table(claims: list[Claim]) -> pd.DataFrame:
    """Each year-on-year claim measured against an unusual base (what happened then: :func:`base_notes`)."""
    rows = []
    for c in claims:
        r = base_effect(c)
        if r:
            rows.append({"id": c.id, "article": c.article_id, "quote": c.quote, "subject": c.subject,
                         "subject, in English": english_of(c.subject), "period": c.period,
                         "measured against": r["period"], "then": f"{r['measure']}: {float(r['value']):+g}%",
                         "line": c.line})
    return pd.DataFrame(rows, columns=["id", "article", "quote", "subject", "subject, in English", "period",
                                       "measured against", "then", "line"])


def base_notes(claims: list[Claim]) -> str:
    """What happened in each unusual base period the claims are measured against, and what follows, in prose."""
    seen: dict[str, dict[str, str]] = {}
    for c in claims:
        r = base_effect(c)
        if r:
            seen.setdefault(r["period"], r)
    return " ".join(f"{p}: {r['what happened']}. So {r['consequence']}." for p, r in seen.items())


def projections_table(claims: list[Claim]) -> pd.DataFrame:
    """The forecasts and targets, apart from the results."""
    return pd.DataFrame([{"id": c.id, "article": c.article_id, "quote": c.quote, "value": value_text(c),
                          "subject": c.subject, "subject, in English": english_of(c.subject),
                          "projection": c.projection, "sentence": c.sentence, "line": c.line}
                         for c in claims if c.projection],
                        columns=["id", "article", "quote", "value", "subject", "subject, in English", "projection",
                                 "sentence", "line"])
