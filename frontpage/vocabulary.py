"""The extractor's vocabularies, read from ``data/reference/vocabulary/*.csv``: one copy each.

Every table has an ``entry`` column (the word as printed) and an ``origin`` column saying
why the entry is there: ``rule`` (a general convention of Chinese news or statistical prose),
``reference: <work>`` (a standard list), or ``example: <where>`` (the example that motivated
it; such an entry must still state a general rule, never one edition's sentence). Other
columns are the table's own (a hedge's meaning, a verb's direction …).

Importing this is cheap; tables are read once, on first use.
"""

from __future__ import annotations

import csv
from functools import cache

from .paths import REFERENCE

VOCABULARY = REFERENCE / "vocabulary"


@cache
def table(name: str) -> tuple[dict[str, str], ...]:
    """The rows of ``vocabulary/<name>.csv`` as dicts, in file order."""
    path = VOCABULARY / f"{name}.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        return tuple(dict(row) for row in csv.DictReader(fh))


def words(name: str, **where: str) -> tuple[str, ...]:
    """The ``entry`` column of ``name``, optionally only rows whose columns equal ``where``."""
    return tuple(r["entry"] for r in table(name) if all(r.get(k) == v for k, v in where.items()))


def mapping(name: str, column: str) -> dict[str, str]:
    """``entry`` → ``column`` for every row of ``name``."""
    return {r["entry"]: r[column] for r in table(name)}


def alternation(name: str, **where: str) -> str:
    """A regular-expression alternation of the entries, longest first (so 中新社 wins over 中新)."""
    import re

    return "|".join(re.escape(w) for w in sorted(words(name, **where), key=len, reverse=True))


@cache
def reference(name: str) -> tuple[dict[str, str], ...]:
    """The rows of ``data/reference/<name>.csv`` (a reference table with its own columns, such as
    ``holidays.csv``), in file order."""
    with (REFERENCE / f"{name}.csv").open(encoding="utf-8", newline="") as fh:
        return tuple(dict(row) for row in csv.DictReader(fh))


def names() -> list[str]:
    """Every vocabulary table there is."""
    return sorted(p.stem for p in VOCABULARY.glob("*.csv"))
