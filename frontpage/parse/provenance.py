"""An edition's provenance record (``<name>.provenance.json`` beside it) and its date."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from .masthead import read_masthead
from .reading import Edition


def sidecar_path(path: Path) -> Path:
    """Where an edition's provenance record lives: ``<name>.provenance.json`` beside it."""
    return path.with_name(path.stem + ".provenance.json")


def read_sidecar(path: Path | None) -> dict | None:
    """The provenance record beside an edition, or None when there is none."""
    if path is None:
        return None
    side = sidecar_path(Path(path))
    if not side.is_file():
        return None
    return json.loads(side.read_text(encoding="utf-8"))


def edition_date(edition: Edition, record: dict | None = None, override: date | None = None) -> tuple[date | None, str]:
    """The date the edition was published, and where it comes from.

    An explicit ``override`` wins, then the provenance record's ``date``, then the
    page's own evidence (:func:`frontpage.parse.masthead.read_masthead`); None when all are silent.
    """
    if override is not None:
        return override, "given"
    if record and record.get("date"):
        return date.fromisoformat(record["date"]), "provenance record"
    inferred = read_masthead(edition).date
    return inferred, ("inferred from the page" if inferred else "unknown")
