"""The corpus tables' columns, as Arrow schemas: every part file of a dataset has the same one,
whatever its batch holds (a batch with no projection at all still has a string column)."""

from __future__ import annotations

import pyarrow as pa

KEY = pa.field("edition", pa.string(), nullable=False)
"""An edition's key in every table: its path under the corpus folder, with forward slashes."""

EDITIONS = pa.schema([
    KEY,
    pa.field("sha256", pa.string()), pa.field("bytes", pa.int64()),
    pa.field("date", pa.date32()), pa.field("date_source", pa.string()),
    pa.field("paper", pa.string()), pa.field("page", pa.int32()),
    pa.field("lines", pa.int32()), pa.field("articles", pa.int32()),
    pa.field("claims", pa.int32()), pa.field("context", pa.int32()),
    pa.field("status", pa.string()), pa.field("error", pa.string()),
])

ARTICLES = pa.schema([
    KEY,
    pa.field("id", pa.string()), pa.field("kind", pa.string()), pa.field("headline", pa.string()),
    pa.field("kicker", pa.string()), pa.field("subheadlines", pa.list_(pa.string())),
    pa.field("source", pa.string()), pa.field("byline", pa.list_(pa.string())),
    pa.field("dateline", pa.string()), pa.field("dateline_place", pa.string()),
    pa.field("continues_on", pa.int32()), pa.field("continued_from", pa.int32()),
    pa.field("linked_to", pa.string()), pa.field("text", pa.string()), pa.field("chars", pa.int32()),
    pa.field("lines", pa.string()), pa.field("notes", pa.list_(pa.string())),
])

CLAIMS = pa.schema([
    KEY,
    pa.field("id", pa.string()), pa.field("article_id", pa.string()), pa.field("quote", pa.string()),
    pa.field("value", pa.float64()), pa.field("low", pa.float64()), pa.field("high", pa.float64()),
    pa.field("unit", pa.string()), pa.field("kind", pa.string()), pa.field("qualifier", pa.string()),
    pa.field("direction", pa.string()), pa.field("subject", pa.string()), pa.field("period", pa.string()),
    pa.field("period_text", pa.string()), pa.field("comparison", pa.string()),
    pa.field("projection", pa.string()), pa.field("sentence", pa.string()), pa.field("line", pa.int32()),
    pa.field("part", pa.string()),
])

TABLES = {"editions": EDITIONS, "articles": ARTICLES, "claims": CLAIMS}
"""Dataset name → schema. The editions table is written last for each batch (see :mod:`.store`)."""


def table(name: str, rows: list[dict]) -> pa.Table:
    """``rows`` as an Arrow table with the dataset's schema (columns in its order)."""
    schema = TABLES[name]
    return pa.Table.from_arrays([pa.array([r.get(f.name) for r in rows], type=f.type) for f in schema],
                                schema=schema)
