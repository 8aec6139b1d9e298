"""Tables the book offers for download, written by the build before the chapters run."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

import csv
from typing import TextIO

from ..parse.layout import line_width
from ..parse.reading import read_edition

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
                 "subject", "period", "period_text", "comparison", "sentence", "line", "part"]


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
    from ..parse.articles import parse_articles
    from ..numbers.checks import check_claims
    from ..numbers.claims import extract_claims
    from ..parse.provenance import edition_date, read_sidecar

    edition = read_edition(edition_path)
    when = edition_date(edition, read_sidecar(edition_path))[0]
    articles = parse_articles(edition, when)
    claims = extract_claims(edition, articles, when)
    checks = check_claims([c for c in claims if c.kind not in ("date", "period")],
                          {a.id: a.linked_to for a in articles if a.linked_to})
    folder.mkdir(parents=True, exist_ok=True)
    tables = {
        "lines.csv": lines_table(edition),
        "articles.csv": articles_frame(articles),
        "claims.csv": claims_frame([c for c in claims if c.kind not in ("date", "period")]),
        "dates-and-periods.csv": claims_frame([c for c in claims if c.kind in ("date", "period")]),
        "checks.csv": pd.DataFrame([k.as_dict() for k in checks],
                                   columns=["id", "rule", "status", "statement", "formula", "value", "unit", "claims",
                                            "article_id", "source"]),
    }
    written = []
    for name, df in tables.items():
        with (folder / name).open("w", encoding="utf-8", newline="") as fh:
            write_table(df, fh)
        written.append(folder / name)
    return written
