"""Tables the book offers for download, written by the build before the chapters run."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import TextIO

import pandas as pd

from ..parse.layout import line_width
from ..pipeline import read_page

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


CLAIM_COLUMNS = ["id", "article_id", "quote", "value", "low", "high", "unit", "kind", "qualifier", "direction",
                 "subject", "period", "period_text", "comparison", "projection", "sentence", "line", "part"]


def claim_row(claim) -> dict:
    """A claim as the documented record (see data/README.md), keys in CLAIM_COLUMNS order."""
    d = claim.as_dict()
    return {k: d[k] for k in CLAIM_COLUMNS}


def claims_frame(claims) -> pd.DataFrame:
    df = pd.DataFrame([claim_row(c) for c in claims], columns=CLAIM_COLUMNS)
    df["line"] = df["line"].astype("Int64")
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
    page = read_page(edition_path)
    folder.mkdir(parents=True, exist_ok=True)
    tables = {
        "lines.csv": lines_table(page.edition),
        "articles.csv": articles_frame(page.articles),
        "claims.csv": claims_frame(page.claims),
        "dates-and-periods.csv": claims_frame(page.context),
        "checks.csv": pd.DataFrame([k.as_dict() for k in page.checks],
                                   columns=["id", "rule", "status", "statement", "formula", "value", "unit", "claims",
                                            "article_id", "source"]),
    }
    written = []
    for name, df in tables.items():
        with (folder / name).open("w", encoding="utf-8-sig", newline="") as fh:  # a BOM: Excel reads it as UTF-8
            write_table(df, fh)
        written.append(folder / name)
    return written
