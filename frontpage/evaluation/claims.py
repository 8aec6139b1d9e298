"""Scoring extracted claims against a hand-annotated table.

A gold row and an extracted claim match when they quote the same surface text on the same
raw line (one line either way is allowed, for a number split from its unit); failing that,
the same value and unit within a line. The article a claim was filed under is compared like
any other field, so a segmentation disagreement is not a missed claim. Each gold row matches
at most one claim. Dates and periods are context, not claims: left out on both sides.

Over matched claims, the value fields (value, bounds, unit, kind, hedge) are scored together
as "value", and each context field on its own: subject, period, comparison, direction, and
projection (only where the gold table has that column; older tables marked targets as the
comparison ``target``, which both sides read as projection ``target``).
"""

from __future__ import annotations

import csv
import math
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ..numbers.claims import CONTEXT_KINDS

VALUE_FIELDS = ("value", "low", "high", "unit", "kind", "qualifier")
CONTEXT_FIELDS = ("subject", "period", "comparison", "direction", "projection")


@dataclass(frozen=True)
class Gold:
    """One hand-annotated claim (a row of a gold claims CSV)."""

    article_id: str
    line: int
    quote: str
    value: float | None
    low: float | None
    high: float | None
    unit: str
    kind: str
    qualifier: str | None
    direction: str | None
    subject: str
    period: str | None
    comparison: str | None
    projection: str | None = None
    projection_annotated: bool = False
    note: str = ""


def _num(x: str | None) -> float | None:
    return float(x) if x and x.strip() else None


def _opt(x: str | None) -> str | None:
    return x if x and x.strip() else None


def read_gold(path: Path) -> list[Gold]:
    """A gold claims CSV (see data/annotations/README.md); empty cells are None."""
    with Path(path).open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        has_projection = "projection" in (reader.fieldnames or [])
        rows = []
        for r in reader:
            comparison, projection = _split_target(_opt(r["comparison"]), _opt(r.get("projection")))
            rows.append(Gold(r["article_id"], int(r["line"]), r["quote"], _num(r["value"]), _num(r["low"]),
                             _num(r["high"]), r["unit"], r["kind"], _opt(r["qualifier"]), _opt(r["direction"]),
                             r["subject"], _opt(r["period"]), comparison, projection,
                             has_projection or projection is not None, r.get("note", "")))
        return rows


def _split_target(comparison: str | None, projection: str | None) -> tuple[str | None, str | None]:
    """The older convention's comparison ``target`` is a projection, not a base."""
    if comparison == "target":
        return None, projection or "target"
    return comparison, projection


def same_number(a, b) -> bool:
    """Equal numbers, or both missing (None or NaN)."""
    def missing(x) -> bool:
        return x is None or (isinstance(x, float) and math.isnan(x))

    if missing(a) or missing(b):
        return missing(a) and missing(b)
    return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-9)


def extracted_field(claim, name: str):
    """A field of an extracted claim, read the way the gold is (``target`` comparison → projection)."""
    comparison, projection = _split_target(getattr(claim, "comparison", None) or None,
                                           getattr(claim, "projection", None) or None)
    if name == "comparison":
        return comparison
    if name == "projection":
        return projection
    return getattr(claim, name, None) or None


@dataclass
class Score:
    """How an extractor's claims agree with one gold table (or several, pooled)."""

    gold: int
    extracted: int
    matched: int
    value_correct: int
    agree: dict[str, int] = field(default_factory=dict)
    scored: dict[str, int] = field(default_factory=dict)
    table: pd.DataFrame = field(default_factory=pd.DataFrame)

    @property
    def precision(self) -> float:
        return self.matched / self.extracted if self.extracted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def value_accuracy(self) -> float:
        return self.value_correct / self.matched if self.matched else 1.0

    def agreement(self, name: str) -> float | None:
        """Share of matched claims whose ``name`` agrees with the gold (None when not annotated)."""
        n = self.scored.get(name, 0)
        return self.agree.get(name, 0) / n if n else None

    def summary(self) -> dict[str, float | None]:
        return {"gold": self.gold, "extracted": self.extracted, "matched": self.matched,
                "precision": self.precision, "recall": self.recall, "f1": self.f1,
                "value_accuracy": self.value_accuracy,
                **{f"{name}_agreement": self.agreement(name) for name in CONTEXT_FIELDS}}


def pooled(scores: list[Score]) -> Score:
    """One score over several editions: counts added, tables stacked (so rates are over all claims)."""
    tables = [s.table for s in scores if len(s.table)]
    return Score(gold=sum(s.gold for s in scores), extracted=sum(s.extracted for s in scores),
                 matched=sum(s.matched for s in scores), value_correct=sum(s.value_correct for s in scores),
                 agree={f: sum(s.agree.get(f, 0) for s in scores) for f in CONTEXT_FIELDS},
                 scored={f: sum(s.scored.get(f, 0) for s in scores) for f in CONTEXT_FIELDS},
                 table=pd.concat(tables, ignore_index=True) if tables else pd.DataFrame())


def _match_tests(g: Gold) -> tuple:
    """The ways a claim can match gold row ``g``, strictest first."""
    return (lambda c: c.quote == g.quote and c.line == g.line,
            lambda c: c.quote == g.quote and abs(c.line - g.line) <= 1,
            lambda c: (c.unit == g.unit and same_number(c.value, g.value) and same_number(c.low, g.low)
                       and same_number(c.high, g.high) and abs(c.line - g.line) <= 1))


def _pairing(pred: list, gold: list[Gold]) -> dict[int, int]:
    """Gold row index -> extracted claim index. Every gold row's strictest match is taken before
    any looser one, so a looser match of one row never takes a claim another row quotes exactly
    (a 30日 on one line paired with the 30日内 on the next, which its own row then misses)."""
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for tier in range(3):
        for gi, g in enumerate(gold):
            if gi in pairs:
                continue
            test = _match_tests(g)[tier]
            cands = sorted((i for i in range(len(pred)) if i not in used),
                           key=lambda i: pred[i].article_id != g.article_id)
            pick = next((i for i in cands if test(pred[i])), None)
            if pick is not None:
                pairs[gi] = pick
                used.add(pick)
    return pairs


def _value_problems(c, g: Gold) -> list[str]:
    out = []
    for f in VALUE_FIELDS:
        gv, cv = getattr(g, f), getattr(c, f)
        same = same_number(gv, cv) if f in ("value", "low", "high") else (gv or None) == (cv or None)
        if not same:
            out.append(f"{f}: {cv!r} (gold {gv!r})")
    return out


def _row(status: str, g: Gold | None, c, field_name: str = "", problem: str = "") -> dict:
    return {"status": status, "article_id": g.article_id if g else c.article_id, "line": g.line if g else c.line,
            "gold quote": g.quote if g else "", "extracted quote": c.quote if c is not None else "",
            "gold subject": g.subject if g else "", "extracted subject": (c.subject if c is not None else ""),
            "field": field_name, "problems": problem}


def score(claims: list, gold: list[Gold]) -> Score:
    """Match extracted claims to gold rows and count what agrees (see module doc).

    The table has one row per gold claim missed (``status`` missed), per extracted claim no
    gold row matched (extra), per matched claim (matched; ``problems`` lists what differs) and
    one row per field that differs (``status`` wrong, ``field`` the field): the rows the
    known-failures table names.
    """
    pred = [c for c in claims if c.kind not in CONTEXT_KINDS]
    pairs = _pairing(pred, gold)
    used = set(pairs.values())
    rows: list[dict] = []
    agree = {f: 0 for f in CONTEXT_FIELDS}
    scored = {f: 0 for f in CONTEXT_FIELDS}
    value_ok = 0
    for gi, g in enumerate(gold):
        pick = pairs.get(gi)
        if pick is None:
            rows.append(_row("missed", g, None))
            continue
        c = pred[pick]
        problems = _value_problems(c, g)
        value_ok += not problems
        wrong = [("value", "; ".join(problems))] if problems else []
        for f in CONTEXT_FIELDS:
            if f == "projection" and not g.projection_annotated:
                continue
            scored[f] += 1
            gv, cv = getattr(g, f) or None, extracted_field(c, f)
            if gv == cv:
                agree[f] += 1
            else:
                wrong.append((f, f"{f}: {cv!r} (gold {gv!r})"))
        if c.article_id != g.article_id:
            problems.append(f"article: {c.article_id} (gold {g.article_id})")
        rows.append(_row("matched", g, c, problem="; ".join(problems + [w for f, w in wrong if f != "value"])))
        rows.extend(_row("wrong", g, c, f, w) for f, w in wrong)
    rows.extend(_row("extra", None, c) for i, c in enumerate(pred) if i not in used)
    return Score(gold=len(gold), extracted=len(pred), matched=len(used), value_correct=value_ok,
                 agree=agree, scored=scored, table=pd.DataFrame(rows))


def failures(s: Score) -> list[tuple[str, str, str]]:
    """(item, field, what) for every disagreement: ``claim:<line>:<quote>`` (``#2`` after the
    second claim of the same quote on one line) and ``missed``, ``extra`` or the field that differs."""
    out: list[tuple[str, str, str]] = []
    gold_seen: list[str] = []
    extra_seen: list[str] = []
    key = ""
    for r in s.table.to_dict("records") if len(s.table) else []:
        if r["status"] in ("matched", "missed"):
            key = _numbered_claim(f"claim:{r['line']}:{r['gold quote']}", gold_seen)
        if r["status"] == "missed":
            out.append((key, "missed", "not found"))
        elif r["status"] == "extra":
            out.append((_numbered_claim(f"claim:{r['line']}:{r['extracted quote']}", extra_seen), "extra",
                        "no such claim in the gold"))
        elif r["status"] == "wrong":
            out.append((key, r["field"], r["problems"]))
    return out


def _numbered_claim(key: str, seen: list[str]) -> str:
    """``key`` the first time it is seen, then ``key#2``, ``key#3`` …"""
    n = seen.count(key)
    seen.append(key)
    return key + (f"#{n + 1}" if n else "")
