"""Tables the book offers for download, written by the build before the chapters run."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

import csv
from typing import TextIO

from .layout import line_width
from .reading import read_edition

ARTICLE_COLUMNS = ["id", "kind", "kicker", "headline", "subheadlines", "source", "byline", "dateline",
                   "dateline_place", "continues_on", "continued_from", "linked_to", "chars", "lines", "text"]


def articles_frame(articles) -> pd.DataFrame:
    """One row per article; lists joined (subheadlines with " | ", byline with "、", lines as 1-5;9-9)."""
    rows = []
    for a in articles:
        d = a.as_dict()
        d["subheadlines"] = " | ".join(d["subheadlines"])
        d["byline"] = "、".join(d["byline"])
        d["lines"] = ";".join(f"{x}-{y}" for x, y in d["lines"])
        rows.append({k: d[k] for k in ARTICLE_COLUMNS})
    df = pd.DataFrame(rows, columns=ARTICLE_COLUMNS)
    for col in ("continues_on", "continued_from", "chars"):
        df[col] = df[col].astype("Int64")
    return df


def write_table(df: pd.DataFrame, out: TextIO) -> None:
    """CSV with a header, every field quoted where needed, UTF-8, LF line ends."""
    df.to_csv(out, index=False, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)


def lines_table(edition) -> pd.DataFrame:
    return pd.DataFrame(
        {"line": range(1, len(edition.lines) + 1), "width_em": [line_width(s) for s in edition.lines],
         "text": list(edition.lines)}
    )


def write_downloads(edition_path: Path, folder: Path) -> list[Path]:
    """Write the downloadable CSV tables for the edition at ``edition_path`` into ``folder``."""
    edition = read_edition(edition_path)
    folder.mkdir(parents=True, exist_ok=True)
    out = folder / "lines.csv"
    lines_table(edition).to_csv(out, index=False, encoding="utf-8")
    return [out]
