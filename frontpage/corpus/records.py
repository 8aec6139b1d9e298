"""One edition → its rows in the corpus tables; a batch of editions → Arrow tables.

This is what the Dask workers run (:func:`process_batch`). Everything an edition yields comes
from :mod:`frontpage.pipeline`, section by section (:func:`~frontpage.pipeline.iter_sections`),
so a long edition is read in bounded memory and its records are those of ``edition claims``.
An edition that cannot be read, or that the pipeline fails on, becomes one row with status
``error`` and a one-line message: the batch, and the run, go on.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, fields
from pathlib import Path

import pyarrow as pa

from ..numbers.claims import CONTEXT_KINDS, Claim
from ..parse.reading import DEFAULT_MAX_BYTES, EditionError
from ..pipeline import Page, iter_sections, read_page
from .schema import table

ERROR_CHARS = 300
"""An error message is cut to one line of at most this many characters."""


@dataclass(frozen=True)
class Item:
    """One edition to process: its key (path under the corpus folder), where it is, its sha256."""

    key: str
    path: str
    sha256: str
    size: int


def file_sha256(path: str | Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def one_line(exc: BaseException) -> str:
    """``exc`` as one short line; a failure that is not bad input names its class."""
    text = " ".join(str(exc).split()) or type(exc).__name__
    if not isinstance(exc, EditionError):
        text = f"{type(exc).__name__}: {text}"
    return text[:ERROR_CHARS]


def article_row(key: str, article) -> dict:
    d = article.as_dict()
    d["lines"] = ";".join(f"{x}-{y}" for x, y in d["lines"])
    return {"edition": key, **d}


CLAIM_FIELDS = tuple(f.name for f in fields(Claim))


def claim_row(key: str, claim: Claim) -> dict:
    """``claim.as_dict()`` with the edition's key, without ``asdict``'s deep copy (every field is a
    scalar): the records were an eighth of the run's time that way."""
    row = {"edition": key}
    for name in CLAIM_FIELDS:
        row[name] = getattr(claim, name)
    return row


def _page_number(page: Page) -> int | None:
    given = (page.provenance or {}).get("page")
    return int(given) if given is not None else page.masthead.page


FLUSH_ROWS = 4000
"""Rows held as Python records before they are packed into an Arrow table (a few times smaller)."""


class Rows:
    """Rows of one table, packed into Arrow every :data:`FLUSH_ROWS`: a long edition's records take
    Arrow's room, not Python's, while its sections are read."""

    def __init__(self, name: str) -> None:
        self.name, self.rows, self.tables, self.count = name, [], [], 0

    def extend(self, rows) -> None:
        before = len(self.rows)
        self.rows.extend(rows)
        self.count += len(self.rows) - before
        if len(self.rows) >= FLUSH_ROWS:
            self.flush()

    def flush(self) -> None:
        if self.rows:
            self.tables.append(table(self.name, self.rows))
            self.rows = []

    def take(self, other: Rows) -> None:
        """Append ``other``'s rows after this one's, in order."""
        if other.tables:
            self.flush()
            self.tables.extend(other.tables)
            self.count += sum(t.num_rows for t in other.tables)
        self.extend(other.rows)

    def table(self) -> pa.Table:
        self.flush()
        return pa.concat_tables(self.tables) if self.tables else table(self.name, [])


def edition_rows(item: Item, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[dict, Rows, Rows]:
    """(edition row, article rows, claim rows) of one edition; an error row and no records when it fails."""
    row = {"edition": item.key, "sha256": item.sha256, "bytes": item.size}
    articles, claims = Rows("articles"), Rows("claims")
    try:
        page = read_page(item.path, max_bytes=max_bytes)
        context = 0
        for arts, found in iter_sections(page, with_context=True):
            articles.extend(article_row(item.key, a) for a in arts)
            claims.extend(claim_row(item.key, c) for c in found)
            context += sum(1 for c in found if c.kind in CONTEXT_KINDS)
        row.update(sha256=page.edition.sha256, bytes=page.edition.size, date=page.date,
                   date_source=page.date_source, paper=(page.provenance or {}).get("paper"),
                   page=_page_number(page), lines=len(page.edition.lines), articles=articles.count,
                   claims=claims.count - context, context=context, status="ok")
        return row, articles, claims
    except Exception as exc:  # noqa: BLE001 - a bad edition is recorded, never fatal to the run
        row.update(status="error", error=one_line(exc).replace(item.path, item.key))
        return row, Rows("articles"), Rows("claims")


def process_batch(items: list[Item], max_bytes: int = DEFAULT_MAX_BYTES) -> dict[str, pa.Table]:
    """The corpus tables of a batch of editions, rows in the batch's order."""
    editions: list[dict] = []
    articles, claims = Rows("articles"), Rows("claims")
    for item in items:
        edition, arts, found = edition_rows(item, max_bytes)
        editions.append(edition)
        articles.take(arts)
        claims.take(found)
    return {"editions": table("editions", editions), "articles": articles.table(), "claims": claims.table()}
