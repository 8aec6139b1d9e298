"""Where the project's files are. Importing this is cheap (no pandas, no matplotlib)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
"""The repository root (the package is installed in editable mode from it)."""

DATA = ROOT / "data"
REFERENCE = DATA / "reference"
ANNOTATIONS = DATA / "annotations"
DEFAULT_EDITION = DATA / "raw" / "chongqing-daily_2021-04-22_p1.txt"
