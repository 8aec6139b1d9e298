"""How far two careful annotators agree on the same claims: the ceiling of the claim scores.

Some annotated editions were annotated twice, independently: the first annotation is the gold
(beside the edition, ``<name>.claims.csv``); the second, made later from the same brief by an
annotator who saw neither the first one nor the code, is in ``data/annotations/second/``. Scoring
the second against the first with the same matcher the extractor is scored with says how often
two people read a field the same way; an extractor cannot be expected to agree with one
annotator more often than another annotator does.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import pandas as pd

from ..paths import ANNOTATIONS
from .claims import Score, read_gold, score

SECOND = ANNOTATIONS / "second"
"""The second annotations, one ``<edition name>.claims.csv`` each (same columns as the gold)."""

AGREEMENT_METRICS = {
    "claims_recall": "claims found (recall)", "claims_precision": "claims right (precision)",
    "value_accuracy": "values right (of matched claims)", "subject_agreement": "subject agrees",
    "period_agreement": "period agrees", "comparison_agreement": "comparison agrees",
    "direction_agreement": "direction agrees", "projection_agreement": "projection agrees",
}
"""The claim metrics compared, with their names in words (as the appendix's other tables)."""


@dataclass(frozen=True)
class DoubleAnnotation:
    """One edition annotated twice: the gold (first) and the independent second annotation."""

    name: str
    first: Path
    second: Path

    @cached_property
    def score(self) -> Score:
        """The second annotation scored against the first, as if it were an extractor's output."""
        return score(read_gold(self.second), read_gold(self.first))


def double_annotations(golds: dict[str, Path], folder: Path = SECOND) -> list[DoubleAnnotation]:
    """The editions with a second annotation in ``folder``, given every edition's gold claims path
    by name (a second annotation without a gold is an error: it would be silently unscored)."""
    out = []
    for second in sorted(Path(folder).glob("*.claims.csv")):
        name = second.name.removesuffix(".claims.csv")
        if name not in golds:
            raise ValueError(f"{second}: no annotated edition named {name!r} has gold claims")
        out.append(DoubleAnnotation(name, golds[name], second))
    return out


def _claim_metrics(s: Score) -> dict[str, float | None]:
    return {"claims_recall": s.recall, "claims_precision": s.precision, "value_accuracy": s.value_accuracy,
            **{f"{f}_agreement": s.agreement(f) for f in ("subject", "period", "comparison", "direction",
                                                           "projection")}}


def _mean(values: list[float | None]) -> float | None:
    present = [v for v in values if v is not None and not pd.isna(v)]
    return sum(present) / len(present) if present else None


def agreement_table(doubles: list[DoubleAnnotation], today: dict[str, Score],
                    first_contact: pd.DataFrame) -> pd.DataFrame:
    """One row per claim metric; columns: a second annotator against the gold, the extractor today
    against the same gold, and the extractor at first contact (``first_contact``: one row per
    edition, as :func:`.failures.first_contact_table`), each the mean over the doubly annotated
    editions. ``today`` maps an edition's name to the extractor's score on it."""
    people = [_claim_metrics(d.score) for d in doubles]
    machine = [_claim_metrics(today[d.name]) for d in doubles if d.name in today]
    names = {d.name for d in doubles}
    fc = first_contact[first_contact["edition"].isin(names)] if len(first_contact) else first_contact
    rows = []
    for metric, label in AGREEMENT_METRICS.items():
        rows.append({"metric": label,
                     "a second annotator": _mean([p[metric] for p in people]),
                     "the extractor today": _mean([m[metric] for m in machine]),
                     "the extractor at first contact": _mean(list(pd.to_numeric(fc[metric], errors="coerce")))
                     if metric in fc else None})
    return pd.DataFrame(rows)


def weakest(doubles: list[DoubleAnnotation], field: str = "subject") -> tuple[str, float] | None:
    """The edition on which the two annotators agree least on ``field``, and that agreement."""
    scored = [(d.name, d.score.agreement(field)) for d in doubles if d.score.agreement(field) is not None]
    return min(scored, key=lambda pair: pair[1]) if scored else None
