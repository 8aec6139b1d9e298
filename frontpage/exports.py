"""Tables the book offers for download, written by the build before the chapters run."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from .layout import line_width
from .reading import read_edition


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
