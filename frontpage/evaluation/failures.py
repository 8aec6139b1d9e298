"""The known-failures table and the first-contact record.

``data/annotations/known_failures.csv`` lists every disagreement with the gold that we know of
and have not fixed: ``edition, item, field, what, why``. The tests read it as expected
failures: a disagreement not in the table fails them (something broke), and so does a row
whose failure has gone (something was fixed: take the row out, so the table stays true).

``data/editions/first_contact.csv`` keeps each held-out edition's scores from the day it was
added, before any change was made for it: ``edition, split, recorded, commit, metric, value``.
Rows are only ever appended (:func:`record_first_contact`), never rewritten.
"""

from __future__ import annotations

import csv
import re
from datetime import date
from pathlib import Path

import pandas as pd

from ..paths import ANNOTATIONS, DATA

KNOWN_FAILURES = ANNOTATIONS / "known_failures.csv"
FIRST_CONTACT = DATA / "editions" / "first_contact.csv"
KNOWN_COLUMNS = ["edition", "item", "field", "what", "why"]
FIRST_CONTACT_COLUMNS = ["edition", "split", "recorded", "commit", "metric", "value"]


def read_known_failures(path: Path = KNOWN_FAILURES) -> pd.DataFrame:
    """The known-failures table (empty, with its columns, when there is none)."""
    if not path.is_file():
        return pd.DataFrame(columns=KNOWN_COLUMNS)
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def compare_with_known(found: pd.DataFrame, known: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(unexpected, fixed): disagreements not in the table, and table rows that no longer fail.

    ``found`` has the columns of :func:`frontpage.evaluation.disagreements`; only the editions
    present in ``found``'s evaluation are compared (``editions`` column of ``found``).
    """
    key = ["edition", "item", "field"]
    editions = set(found["edition"]) | set(found.attrs.get("editions", ()))
    known = known[known["edition"].isin(editions)] if len(known) else known
    merged = found.merge(known[key].drop_duplicates(), on=key, how="left", indicator=True)
    unexpected = merged[merged["_merge"] == "left_only"].drop(columns="_merge")
    back = known.merge(found[key].drop_duplicates(), on=key, how="left", indicator=True)
    fixed = back[back["_merge"] == "left_only"].drop(columns="_merge")
    return unexpected.reset_index(drop=True), fixed.reset_index(drop=True)


def read_first_contact(path: Path = FIRST_CONTACT) -> pd.DataFrame:
    """The first-contact record (empty, with its columns, when there is none)."""
    if not path.is_file():
        return pd.DataFrame(columns=FIRST_CONTACT_COLUMNS)
    return pd.read_csv(path, dtype={"edition": str, "split": str, "recorded": str, "commit": str, "metric": str},
                       keep_default_na=False)


def awaiting_first_contact(splits: dict[str, str], path: Path = FIRST_CONTACT) -> list[str]:
    """The held-out editions (``splits``: name → split) with no first-contact score yet, by name:
    their scores and disagreements are not to be read, written or printed before it is recorded."""
    scored = set(read_first_contact(path)["edition"])
    return sorted(n for n, split in splits.items() if split == "heldout" and n not in scored)


def record_first_contact(name: str, split: str, metrics: dict, commit: str, path: Path = FIRST_CONTACT,
                         when: date | None = None) -> int:
    """Append ``metrics`` as ``name``'s first-contact score; refuse if it already has one."""
    existing = read_first_contact(path)
    if name in set(existing["edition"]):
        raise ValueError(f"{name} already has a first-contact score: it is recorded once, never rewritten")
    new = not path.is_file()
    with path.open("a", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        if new:
            w.writerow(FIRST_CONTACT_COLUMNS)
        rows = [(name, split, (when or date.today()).isoformat(), commit, k, "" if v is None else repr(round(v, 6))
                 if isinstance(v, float) else v) for k, v in metrics.items()]
        w.writerows(rows)
    return len(rows)


def first_contact_table(path: Path = FIRST_CONTACT) -> pd.DataFrame:
    """One row per edition, one column per metric, as first recorded."""
    fc = read_first_contact(path)
    if not len(fc):
        return pd.DataFrame()
    fc["value"] = pd.to_numeric(fc["value"], errors="coerce")
    keys = ["edition", "split", "recorded", "commit"]
    wide = fc.set_index(keys + ["metric"])["value"].unstack("metric")
    wide.columns.name = None
    wide = wide.reindex(pd.MultiIndex.from_frame(fc[keys].drop_duplicates()))  # in the order recorded
    return wide.reset_index()


_BATCH_NAME = re.compile(r"b(\d+)-")


def blind_batch(edition: str, commit: str) -> str:
    """Which blind batch a first-contact record belongs to: the batch its name gives (``b31-…`` →
    ``b31``, so a batch scored in two halves by two commits stays one batch), else the commit that
    recorded it (the first batch's names carry no number)."""
    m = _BATCH_NAME.match(edition)
    return f"b{m.group(1)}" if m else commit


def blind_batches(table: pd.DataFrame) -> pd.Series:
    """:func:`blind_batch` for every row of a first-contact table."""
    return pd.Series([blind_batch(e, c) for e, c in zip(table["edition"], table["commit"])], index=table.index,
                     dtype=object)


def latest_blind_batch(table: pd.DataFrame) -> pd.DataFrame:
    """The rows of :func:`first_contact_table` for the most recently recorded blind batch (the
    held-out editions of the last batch, whichever commits recorded them): the current estimate
    for a new page."""
    held = table[table["split"] == "heldout"] if len(table) else table
    if not len(held):
        return held
    batch = blind_batches(held)
    return held[batch == batch.iloc[-1]]
