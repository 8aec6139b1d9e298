"""Tables the book offers for download, written by the build before the chapters run."""

from __future__ import annotations

import csv
import re
from pathlib import Path
from typing import TextIO

import pandas as pd

from ..numbers.claims import CLAIM_COLUMNS
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


def claim_row(claim) -> dict:
    """A claim as the documented record (see data/README.md), keys in CLAIM_COLUMNS order."""
    return claim.record()


def claims_frame(claims) -> pd.DataFrame:
    df = pd.DataFrame([claim_row(c) for c in claims], columns=CLAIM_COLUMNS)
    df["line"] = df["line"].astype("Int64")
    return df


def write_table(df: pd.DataFrame, out: TextIO) -> None:
    """CSV with a header, every field quoted where needed, UTF-8, LF line ends."""
    df.to_csv(out, index=False, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)


def write_csv(df: pd.DataFrame, path: Path) -> Path:
    """``df`` as CSV at ``path`` in UTF-8 with a BOM (so Excel reads the Chinese); lists joined with 、."""
    path.parent.mkdir(parents=True, exist_ok=True)
    flat = df.apply(lambda col: col.map(lambda v: "、".join(map(str, v)) if isinstance(v, (list, tuple)) else v))
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        write_table(flat, fh)
    return path


def write_workbook(sheets: dict[str, pd.DataFrame], path: Path) -> Path:
    """One Excel sheet per table. Every text cell is stored as text: a cell that starts with ``=``
    is never a formula (text from an edition is data)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    book.remove(book.active)
    for title, df in sheets.items():
        sheet = book.create_sheet(sheet_title(title, book.sheetnames))
        sheet.append([str(c) for c in df.columns])
        for row in df.itertuples(index=False, name=None):
            sheet.append([_excel_value(v) for v in row])
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in sheet.iter_rows(min_row=2):
            for cell in row:
                if isinstance(cell.value, str):
                    cell.data_type = "s"
        sheet.freeze_panes = "A2"
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
    return path


def sheet_title(title: str, taken: list[str]) -> str:
    """An Excel sheet name: at most 31 characters, none of ``[]:*?/\\``, unique in the workbook."""
    base = re.sub(r"[\[\]:*?/\\]", " ", title).strip()[:31] or "table"
    name, n = base, 1
    while name in taken:
        n += 1
        name = f"{base[:28]} {n}"
    return name


def _excel_value(v):
    if v is None or v is pd.NA or (isinstance(v, float) and pd.isna(v)):
        return None
    if isinstance(v, (list, tuple)):
        return "、".join(map(str, v))
    if hasattr(v, "item") and not isinstance(v, str):  # numpy scalars
        return v.item()
    return v if isinstance(v, (int, float, str)) else str(v)


def lines_table(edition) -> pd.DataFrame:
    return pd.DataFrame(
        {"line": range(1, len(edition.lines) + 1), "width_em": [line_width(s) for s in edition.lines],
         "text": list(edition.lines)}
    )


CLAIMS_CHAPTER = "03_claims"
"""The chapter whose tables go into the claims workbook (with every field of the claims, the
dates and periods, and the checks)."""


def write_downloads(edition_path: Path, folder: Path) -> list[Path]:
    """Write the downloadable tables for the edition at ``edition_path`` into ``folder``: CSVs in
    UTF-8 with a BOM, and ``claims.xlsx`` (run after the chapters, which wrote the tables they show)."""
    page = read_page(edition_path)
    tables = {
        "lines.csv": lines_table(page.edition),
        "articles.csv": articles_frame(page.articles),
        "claims.csv": claims_frame(page.claims),
        "dates-and-periods.csv": claims_frame(page.context),
        "checks.csv": pd.DataFrame([k.as_dict() for k in page.checks],
                                   columns=["id", "rule", "status", "statement", "formula", "value", "unit", "claims",
                                            "article_id", "source"]),
    }
    written = [write_csv(df, folder / name) for name, df in tables.items()]
    sheets = {"claims (every field)": tables["claims.csv"]}
    for shown in sorted(folder.glob(f"{CLAIMS_CHAPTER}--*.csv")):
        title = shown.stem.split("--", 1)[1].replace("-", " ")
        sheets[title] = pd.read_csv(shown, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    sheets["dates and periods"] = tables["dates-and-periods.csv"]
    sheets["checks"] = tables["checks.csv"]
    written.append(write_workbook(sheets, folder / "claims.xlsx"))
    return written
