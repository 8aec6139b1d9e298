"""The learned line-role model against the rules, on the batches that were a clean test of both.

``benchmarks/line_roles.py`` predicts each blind batch with a model trained only on the editions
annotated before it. Only a batch still held out when both sides were scored is a clean test
(the parser that receives the model's line roles is tuned on every batch in ``dev/``), so the
model's scores on those batches are kept in ``data/editions/learned_line_roles.csv``, one row per
batch as the benchmark printed them that day; the rules' side is not copied there but read from
the first-contact record of the same commit.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ..paths import DATA
from .failures import first_contact_table

LEARNED = DATA / "editions" / "learned_line_roles.csv"
COMPARED = {"headline_recall": "headlines", "start_recall": "starts", "count_ratio": "found/true"}


def read_learned(path: Path = LEARNED) -> pd.DataFrame:
    """The learned model's scores on each clean-test batch, as measured."""
    return pd.read_csv(path, dtype={"commit": str, "measured_on": str})


def rules_against_model(learned: pd.DataFrame, first_contact: pd.DataFrame) -> pd.DataFrame:
    """One row per clean-test batch: its number, edition count, and for headlines found, starts found
    and articles found per annotated, the rules' mean first-contact score beside the model's."""
    rows = []
    for rec in learned.to_dict("records"):
        batch = first_contact[(first_contact["commit"] == rec["commit"]) & (first_contact["split"] == "heldout")]
        if not len(batch):
            raise ValueError(f"learned_line_roles.csv: commit {rec['commit']} recorded no held-out first contact")
        row = {"batch": int(rec["batch"]), "editions": len(batch)}
        for metric, short in COMPARED.items():
            row[f"{short}, rules"] = float(pd.to_numeric(batch[metric]).mean())
            row[f"{short}, model"] = float(rec[f"model_{metric}"])
        rows.append(row)
    return pd.DataFrame(rows)


def clean_test_table(path: Path = LEARNED) -> pd.DataFrame:
    """:func:`rules_against_model` over the recorded clean tests and the first-contact record."""
    return rules_against_model(read_learned(path), first_contact_table())


def headline_verdict(table: pd.DataFrame) -> dict:
    """Who found more headlines on each clean-test batch, compared at the two decimals the model's
    scores are kept to: the number of batches each side led, ties, the mean over batches of each
    side's score, and whether the rules stay (they led on more batches than the model and their
    mean is not lower)."""
    rules = table["headlines, rules"].round(2)
    model = table["headlines, model"].round(2)
    led = {"rules": int((rules > model).sum()), "model": int((model > rules).sum()), "tied": int((rules == model).sum())}
    means = {"rules": float(table["headlines, rules"].mean()), "model": float(table["headlines, model"].mean())}
    return {"led": led, "mean": means, "rules_stay": led["rules"] > led["model"] and means["rules"] >= means["model"]}
