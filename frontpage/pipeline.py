"""The one wiring of the pipeline: read → date → articles → claims → context → checks.

The book (:func:`frontpage.book.load`), the downloads, the evaluation and the ``edition``
command all get an edition's records from here, so they can never disagree::

    page = read_page("data/raw/chongqing-daily_2021-04-22_p1.txt")
    page.articles, page.claims, page.context, page.checks

A long edition goes section by section in bounded memory with :func:`iter_sections`.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from pathlib import Path

from .numbers.checks import Check, check_claims
from .numbers.claims import CONTEXT_KINDS, Claim, extract_claims, iter_claims
from .parse.articles import Article, parse_articles
from .parse.masthead import Masthead, read_masthead
from .parse.profile import Profile, profile
from .parse.provenance import edition_date, read_sidecar
from .parse.reading import DEFAULT_MAX_BYTES, Edition, read_edition
from .vocabulary import words
from .words.english import named

PROVINCE_NAMES = list(words("provinces"))
"""Province-level names (short forms): candidates for "whose paper is this"."""


@dataclass
class Page:
    """One edition and everything derived from it, each computed once, on first use."""

    edition: Edition
    provenance: dict | None
    given_date: date | None = None

    @cached_property
    def _dated(self) -> tuple[date | None, str]:
        return edition_date(self.edition, self.provenance, self.given_date)

    @property
    def date(self) -> date | None:
        """The edition's date: given, else its provenance record's, else read from the page."""
        return self._dated[0]

    @property
    def date_source(self) -> str:
        """Where :attr:`date` comes from, in words."""
        return self._dated[1]

    @cached_property
    def profile(self) -> Profile:
        return profile(self.edition)

    @cached_property
    def masthead(self) -> Masthead:
        return read_masthead(self.edition, places=PROVINCE_NAMES)

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
        """Derived figures and consistency checks of the claims."""
        return check_claims(self.claims, {a.id: a.linked_to for a in self.articles if a.linked_to}, named)

    def expect(self, name: str, value) -> None:
        """Fail loudly when a key count drifts from the hand-checked value in the provenance record.

        Editions without a record (or without that count in it) are not checked.
        """
        expected = (self.provenance or {}).get("expected", {}).get(name)
        if expected is not None and expected != value:
            raise AssertionError(f"{name}: computed {value!r}, hand-checked {expected!r} "
                                 f"(the provenance record); the parser or the data changed")


def read_page(path: str | os.PathLike[str], *, date: date | None = None, encoding: str | None = None,
              max_bytes: int = DEFAULT_MAX_BYTES, page: int | None = None) -> Page:
    """Read the edition at ``path`` (raising :class:`~frontpage.parse.reading.EditionError` on bad
    input) with its provenance record, if any; everything else is derived lazily. A page PDF is
    read too (page ``page`` of it, default 1: :mod:`frontpage.parse.pdf`)."""
    edition = read_edition(path, encoding=encoding, max_bytes=max_bytes, page=page)
    return page_of(edition, date)


def page_of(edition: Edition, date: date | None = None) -> Page:
    """The :class:`Page` of an edition already read (its provenance record read from beside it)."""
    return Page(edition=edition, provenance=read_sidecar(Path(edition.path)) if edition.path else None,
                given_date=date)


def iter_sections(page: Page, *, with_context: bool = False) -> Iterator[tuple[list[Article], list[Claim]]]:
    """(articles, claims) one section of the edition at a time, ids as :attr:`Page.claims` gives
    them: the same records as the whole-page properties, in bounded memory for a long edition."""
    for articles, claims in iter_claims(page.edition, page.date, with_context=with_context):
        yield articles, claims
