"""The one entry point every chapter uses: which edition, and everything parsed from it.

    from frontpage.book import load
    page = load()          # the edition named by $EDITION (a text layer or a page PDF), else the one in data/raw/

``load`` caches per file content, so chapters and repeated cells share one parse. The
records come from :mod:`frontpage.pipeline`, the one wiring of the pipeline.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from ..paths import DEFAULT_EDITION, ROOT  # noqa: F401 (re-exported)
from ..pipeline import PROVINCE_NAMES, Page, read_page  # noqa: F401 (re-exported)
from ..parse.provenance import edition_date, read_sidecar, sidecar_path  # noqa: F401 (re-exported)
from .figures import use_cjk_fonts

ENV_VAR = "EDITION"
PAGE_VAR = "EDITION_PAGE"


def edition_path() -> Path:
    """The edition the book analyses: ``$EDITION`` (relative paths from the repository root) or the default."""
    value = os.environ.get(ENV_VAR, "").strip()
    if not value:
        return DEFAULT_EDITION
    p = Path(value).expanduser()
    return p if p.is_absolute() else (ROOT / p)


def edition_page() -> int | None:
    """For a PDF edition: which page the book reads, ``$EDITION_PAGE`` (default: the first)."""
    value = os.environ.get(PAGE_VAR, "").strip()
    return int(value) if value.isdigit() and int(value) >= 1 else None


@lru_cache(maxsize=8)
def _load(path: str, size: int, mtime_ns: int, page: int | None = None) -> Page:
    return read_page(path, page=page)


def load(path: str | os.PathLike[str] | None = None) -> Page:
    """Read and parse the edition (default: :func:`edition_path`), set up figures, return the Page."""
    use_cjk_fonts()
    p = Path(path) if path is not None else edition_path()
    try:
        st = p.stat()
        key = (str(p.resolve()), st.st_size, st.st_mtime_ns)
    except OSError:
        key = (str(p), -1, -1)  # read_page raises the proper error
    return _load(*key, edition_page())
