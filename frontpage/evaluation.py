"""Scoring the claims extractor against a hand-annotated table.

A gold row and an extracted claim match when they are in the same article and quote
the same surface text on the same raw line (one line either way is allowed, for a
number split from its unit); failing that, the same value and unit in the same article.
Each gold row matches at most one claim. Dates and periods are context, not claims:
they are left out on both sides.
"""

from __future__ import annotations

import csv
import math
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .numbers.claims import CONTEXT_KINDS, Claim

REQUIRED_RATE = 0.98  # the tests fail when precision, recall or value accuracy on an annotated edition falls below

VALUE_FIELDS = ("value", "low", "high", "unit", "kind", "qualifier")


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
    note: str = ""


def read_gold(path: Path) -> list[Gold]:
    """A gold claims CSV (see data/annotations/README.md); empty cells are None."""
    def num(x: str) -> float | None:
        return float(x) if x.strip() else None

    def opt(x: str) -> str | None:
        return x if x.strip() else None

    with Path(path).open(encoding="utf-8", newline="") as fh:
        return [Gold(r["article_id"], int(r["line"]), r["quote"], num(r["value"]), num(r["low"]), num(r["high"]),
                     r["unit"], r["kind"], opt(r["qualifier"]), opt(r["direction"]), r["subject"], opt(r["period"]),
                     opt(r["comparison"]), r.get("note", "")) for r in csv.DictReader(fh)]


def _same_number(a, b) -> bool:
    if a is None or b is None or (isinstance(a, float) and math.isnan(a)) or (isinstance(b, float) and math.isnan(b)):
        return (a is None or (isinstance(a, float) and math.isnan(a))) and (b is None or (isinstance(b, float) and math.isnan(b)))
    return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-9)


@dataclass
class Score:
    gold: int
    extracted: int
    matched: int
    value_correct: int
    subject_correct: int
    period_correct: int
    table: pd.DataFrame

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

    @property
    def subject_accuracy(self) -> float:
        return self.subject_correct / self.matched if self.matched else 1.0

    @property
    def period_accuracy(self) -> float:
        return self.period_correct / self.matched if self.matched else 1.0

    def summary(self) -> dict[str, float]:
        return {"gold": self.gold, "extracted": self.extracted, "matched": self.matched,
                "precision": self.precision, "recall": self.recall, "f1": self.f1,
                "value_accuracy": self.value_accuracy, "subject_accuracy": self.subject_accuracy,
                "period_accuracy": self.period_accuracy}


def pooled(scores: list[Score]) -> Score:
    """One score over several editions: counts added, tables stacked (so rates are over all claims)."""
    counts = ("gold", "extracted", "matched", "value_correct", "subject_correct", "period_correct")
    tables = [s.table for s in scores if len(s.table)]
    return Score(**{c: sum(getattr(s, c) for s in scores) for c in counts},
                 table=pd.concat(tables, ignore_index=True) if tables else pd.DataFrame())


def score(claims: list[Claim], gold: list[Gold]) -> Score:
    """Match extracted claims to gold rows and count what agrees (see module doc)."""
    pred = [c for c in claims if c.kind not in CONTEXT_KINDS]
    used: set[int] = set()
    rows = []
    matched = value_ok = subject_ok = period_ok = 0
    for g in gold:
        # claims are matched on where they are printed; the article they were filed under is
        # compared like any other field (a segmentation disagreement is not a missed claim)
        cands = [i for i, c in enumerate(pred) if i not in used]
        cands.sort(key=lambda i: pred[i].article_id != g.article_id)
        pick = next((i for i in cands if pred[i].quote == g.quote and pred[i].line == g.line), None)
        if pick is None:
            pick = next((i for i in cands if pred[i].quote == g.quote and abs(pred[i].line - g.line) <= 1), None)
        if pick is None:
            pick = next((i for i in cands if pred[i].unit == g.unit and _same_number(pred[i].value, g.value)
                         and _same_number(pred[i].low, g.low) and _same_number(pred[i].high, g.high)
                         and abs(pred[i].line - g.line) <= 1), None)
        if pick is None:
            rows.append({"status": "missed", "article_id": g.article_id, "line": g.line, "gold quote": g.quote,
                         "extracted quote": "", "gold subject": g.subject, "extracted subject": "", "problems": ""})
            continue
        used.add(pick)
        c = pred[pick]
        matched += 1
        problems = [] if c.article_id == g.article_id else [f"article: {c.article_id} (gold {g.article_id})"]
        for f in VALUE_FIELDS:
            gv, cv = getattr(g, f), getattr(c, f)
            same = _same_number(gv, cv) if f in ("value", "low", "high") else (gv or None) == (cv or None)
            if not same:
                problems.append(f"{f}: {cv!r} (gold {gv!r})")
        value_ok += not [p for p in problems if not p.startswith("article")]
        if c.subject == g.subject:
            subject_ok += 1
        else:
            problems.append(f"subject: {c.subject!r} (gold {g.subject!r})")
        if (c.period or None) == (g.period or None):
            period_ok += 1
        else:
            problems.append(f"period: {c.period!r} (gold {g.period!r})")
        if (c.comparison or None) != (g.comparison or None):
            problems.append(f"comparison: {c.comparison!r} (gold {g.comparison!r})")
        rows.append({"status": "matched", "article_id": g.article_id, "line": g.line, "gold quote": g.quote,
                     "extracted quote": c.quote, "gold subject": g.subject, "extracted subject": c.subject,
                     "problems": "; ".join(problems)})
    for i, c in enumerate(pred):
        if i not in used:
            rows.append({"status": "extra", "article_id": c.article_id, "line": c.line, "gold quote": "",
                         "extracted quote": c.quote, "gold subject": "", "extracted subject": c.subject, "problems": ""})
    return Score(gold=len(gold), extracted=len(pred), matched=matched, value_correct=value_ok,
                 subject_correct=subject_ok, period_correct=period_ok, table=pd.DataFrame(rows))


@dataclass(frozen=True)
class Annotated:
    name: str
    edition: Path
    gold: Path


def annotated_editions() -> list[Annotated]:
    """Every edition with a hand-annotated claims table: the project's edition and the test editions."""
    from .paths import ANNOTATIONS, DEFAULT_EDITION, ROOT

    out = [Annotated(DEFAULT_EDITION.stem, DEFAULT_EDITION, ANNOTATIONS / "claims.csv")]
    for gold in sorted((ROOT / "tests" / "editions").glob("*.claims.csv")):
        edition = gold.with_name(gold.name.removesuffix(".claims.csv") + ".txt")
        if edition.is_file():
            out.append(Annotated(edition.stem, edition, gold))
    return out


def gold_for(edition: Path) -> Path | None:
    """The hand annotation of ``edition``: ``<name>.claims.csv`` beside it, or the project's table for its edition."""
    beside = edition.with_name(edition.stem + ".claims.csv")
    if beside.is_file():
        return beside
    for a in annotated_editions():
        if a.edition.resolve() == edition.resolve() or (a.edition.is_file() and edition.is_file()
                                                         and a.edition.read_bytes() == edition.read_bytes()):
            return a.gold
    return None


def evaluate(edition_path: Path, gold_path: Path) -> Score:
    """Parse and extract ``edition_path`` as the book does, then score it against ``gold_path``."""
    from .parse.articles import parse_articles
    from .numbers.claims import extract_claims
    from .parse.provenance import edition_date, read_sidecar
    from .parse.reading import read_edition

    ed = read_edition(edition_path)
    when = edition_date(ed, read_sidecar(edition_path))[0]
    return score(extract_claims(ed, parse_articles(ed, when), when), read_gold(gold_path))


def evaluate_all() -> dict[str, Score]:
    """Every annotated edition's score (:func:`annotated_editions`), by edition name."""
    return {a.name: evaluate(a.edition, a.gold) for a in annotated_editions()}


def scores_table(scores: dict[str, Score]) -> pd.DataFrame:
    """One row per edition: counts and rates (:meth:`Score.summary`)."""
    return pd.DataFrame([{"edition": name, **s.summary()} for name, s in scores.items()])


def disagreements(scores: dict[str, Score]) -> pd.DataFrame:
    """Claims missed, claims extra, and matches with a field that differs, with their edition."""
    rows = [{"edition": name, **r} for name, s in scores.items() if len(s.table)
            for r in s.table[(s.table.status != "matched") | (s.table.problems != "")].to_dict("records")]
    return pd.DataFrame(rows)
