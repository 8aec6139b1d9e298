"""The annotated editions: which there are, where their gold lives, and the rules they obey.

``data/editions/dev/`` holds editions the parser and the extractor were tuned on;
``data/editions/heldout/`` holds editions annotated blind (by an annotator who never saw the
code or its output), frozen by ``SHA256SUMS`` when added and scored at first contact
(``data/editions/first_contact.csv``) before anything was changed for them. The book's own
page is a dev edition too (its gold is in ``data/annotations/``).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from ..paths import ANNOTATIONS, DATA, DEFAULT_EDITION

EDITIONS = DATA / "editions"
SPLITS = ("dev", "heldout")


@dataclass(frozen=True)
class Annotated:
    """One hand-annotated edition: its text and whichever gold tables it has."""

    name: str
    split: str
    edition: Path
    articles: Path | None
    claims: Path | None

    @property
    def layout(self) -> str:
        """The kind of text layer, one of :data:`LAYOUTS`: ``-raw`` when the edition's provenance
        says it was extracted with ``pdftotext -raw`` (no blank lines, lines in content order),
        else ``report`` for a report page (a work report, a statistics bulletin: ``-report-`` in
        its name), else ``front-page style`` (the default extraction, as the book's own page)."""
        provenance = _beside(self.edition, ".provenance.json")
        extraction = json.loads(provenance.read_text(encoding="utf-8")).get("extraction", "") if provenance else ""
        if "-raw" in str(extraction):
            return "-raw"
        return "report" if "-report-" in self.name else "front-page style"


LAYOUTS = ("front-page style", "-raw", "report")
"""The kinds of text layer the evaluation groups editions by (:attr:`Annotated.layout`)."""


def _beside(edition: Path, suffix: str) -> Path | None:
    p = edition.with_name(edition.stem + suffix)
    return p if p.is_file() else None


def annotated_editions(splits: tuple[str, ...] = SPLITS) -> list[Annotated]:
    """Every annotated edition of the given splits: the book's page first, then by split and name."""
    out = []
    if "dev" in splits:
        out.append(Annotated(DEFAULT_EDITION.stem, "dev", DEFAULT_EDITION, ANNOTATIONS / "articles.json",
                             ANNOTATIONS / "claims.csv"))
    for split in splits:
        for edition in sorted((EDITIONS / split).glob("*.txt")):
            articles, claims = _beside(edition, ".articles.json"), _beside(edition, ".claims.csv")
            if articles or claims:
                out.append(Annotated(edition.stem, split, edition, articles, claims))
    return out


def checksum_problems(folder: Path = EDITIONS / "heldout") -> list[str]:
    """Files of ``folder`` that differ from, or are missing in, its ``SHA256SUMS`` (empty: frozen)."""
    sums = folder / "SHA256SUMS"
    if not sums.is_file():
        return [f"{sums}: missing"]
    listed = {}
    for line in sums.read_text(encoding="utf-8").splitlines():
        if line.strip():
            digest, name = line.split(maxsplit=1)
            listed[name.lstrip("*")] = digest
    unlisted = sorted(f.name for f in folder.iterdir() if f.name not in listed and f.name not in ("SHA256SUMS", "README.md"))
    problems = [f"{name}: not in SHA256SUMS" for name in unlisted]
    for name, digest in listed.items():
        p = folder / name
        if not p.is_file():
            problems.append(f"{name}: listed but missing")
        elif hashlib.sha256(p.read_bytes()).hexdigest() != digest:
            problems.append(f"{name}: changed since it was frozen")
    return problems
