"""The one entry point every chapter uses: which edition, and everything parsed from it.

    from frontpage.book.page import load
    page = load()          # the edition named by $EDITION, else the one in data/raw/

``load`` caches per file content, so chapters and repeated cells share one parse.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from functools import cached_property, lru_cache
from pathlib import Path

from .figures import use_cjk_fonts
from ..parse.masthead import Masthead, read_masthead
from ..parse.profile import Profile, profile
from ..parse.provenance import edition_date, read_sidecar, sidecar_path  # noqa: F401 (re-exported)
from ..parse.articles import Article, parse_articles
from ..numbers.checks import Check, check_claims
from ..numbers.claims import CONTEXT_KINDS, Claim, extract_claims
from ..parse.reading import Edition, read_edition

from ..paths import DEFAULT_EDITION, ROOT  # noqa: E402,F401 (re-exported)
ENV_VAR = "EDITION"

# Province-level names, short forms, for "whose paper is this" (the gazetteer holds the full set).
PROVINCE_NAMES = [
    "北京", "天津", "上海", "重庆", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "江苏", "浙江",
    "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "四川", "贵州",
    "云南", "西藏", "陕西", "甘肃", "青海", "宁夏", "新疆", "香港", "澳门", "台湾",
]


def edition_path() -> Path:
    """The edition the book analyses: ``$EDITION`` (relative paths from the repository root) or the default."""
    value = os.environ.get(ENV_VAR, "").strip()
    if not value:
        return DEFAULT_EDITION
    p = Path(value).expanduser()
    return p if p.is_absolute() else (ROOT / p)


@dataclass
class Page:
    """One edition and what the book derives from it, computed on first use."""

    edition: Edition
    provenance: dict | None

    @cached_property
    def profile(self) -> Profile:
        return profile(self.edition)

    @cached_property
    def date(self) -> date | None:
        """The edition's date: its provenance record's, else read from the page."""
        return edition_date(self.edition, self.provenance)[0]

    @cached_property
    def articles(self) -> list[Article]:
        return parse_articles(self.edition, self.date)

    @cached_property
    def all_claims(self) -> list[Claim]:
        """Claims and context rows (dates, periods), in reading order."""
        return extract_claims(self.edition, self.articles, self.date)

    @property
    def claims(self) -> list[Claim]:
        """The quantitative claims (no dates or periods)."""
        return [c for c in self.all_claims if c.kind not in CONTEXT_KINDS]

    @property
    def context(self) -> list[Claim]:
        """Dates and periods named on the page."""
        return [c for c in self.all_claims if c.kind in CONTEXT_KINDS]

    @cached_property
    def checks(self) -> list[Check]:
        """Derived figures and consistency checks of the claims (``frontpage.numbers.checks``)."""
        return check_claims(self.claims, {a.id: a.linked_to for a in self.articles if a.linked_to})

    @cached_property
    def masthead(self) -> Masthead:
        return read_masthead(self.edition, places=PROVINCE_NAMES)

    def expect(self, name: str, value) -> None:
        """Fail loudly when a key count drifts from the hand-checked value in the provenance record.

        Editions without a record (or without that count in it) are not checked.
        """
        expected = (self.provenance or {}).get("expected", {}).get(name)
        if expected is not None and expected != value:
            raise AssertionError(f"{name}: computed {value!r}, hand-checked {expected!r} "
                                 f"(data/raw/*.provenance.json); the parser or the data changed")


@lru_cache(maxsize=8)
def _load(path: str, size: int, mtime_ns: int) -> Page:
    edition = read_edition(path)
    return Page(edition=edition, provenance=read_sidecar(Path(path)))


def load(path: str | os.PathLike[str] | None = None) -> Page:
    """Read and parse the edition (default: :func:`edition_path`), set up figures, return the Page."""
    use_cjk_fonts()
    p = Path(path) if path is not None else edition_path()
    try:
        st = p.stat()
        key = (str(p.resolve()), st.st_size, st.st_mtime_ns)
    except OSError:
        key = (str(p), -1, -1)  # read_edition raises the proper error
    return _load(*key)
