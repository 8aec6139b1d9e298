"""Chinese terms in English: the glossary, pinyin, and glosses of headlines.

``data/reference/glossary.csv`` holds terms with an English rendering and a category;
``data/reference/headline_glosses.csv`` holds hand translations of this edition's
headlines. The English of any item (glossary, translation, CC-CEDICT, else a word-by-word
gloss marked ≈) is :func:`frontpage.words.english.gloss_of`, the one function every chapter uses.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache

from ..paths import REFERENCE
from ..vocabulary import words


@dataclass(frozen=True)
class GlossaryEntry:
    """A glossary row: the Chinese term, its English, and its category (person, place, institution, slogan …)."""

    term: str
    english: str
    category: str


@lru_cache(maxsize=1)
def glossary() -> dict[str, GlossaryEntry]:
    """Term → :class:`GlossaryEntry`, from ``data/reference/glossary.csv``."""
    with (REFERENCE / "glossary.csv").open(encoding="utf-8") as fh:
        return {r["term"]: GlossaryEntry(r["term"], r["english"], r["category"]) for r in csv.DictReader(fh)}


@lru_cache(maxsize=1)
def headline_glosses() -> dict[str, str]:
    with (REFERENCE / "headline_glosses.csv").open(encoding="utf-8") as fh:
        return {r["text"]: r["english"] for r in csv.DictReader(fh)}


@lru_cache(maxsize=4096)
def pinyin(text: str) -> str:
    """Tone-marked pinyin, syllables of a word run together, words apart: 制造业 → zhìzàoyè."""
    from pypinyin import Style, lazy_pinyin

    return "".join(lazy_pinyin(text, style=Style.TONE, errors="default"))


@lru_cache(maxsize=1)
def compound_surnames() -> frozenset[str]:
    """Two-character surnames (欧阳, 司马 …), from ``data/reference/vocabulary/surnames.csv``."""
    return frozenset(words("surnames", compound="yes"))


def name_pinyin(name: str) -> str:
    """A Chinese personal name in pinyin, surname first, each part capitalised: 陈敏尔 → Chén Mǐn'ěr."""
    from pypinyin import Style, lazy_pinyin

    if not name or not all("\u4e00" <= c <= "\u9fff" for c in name):
        return pinyin(name)
    k = 2 if name[:2] in compound_surnames() else 1
    parts = []
    for chunk in (name[:k], name[k:]):
        syllables = lazy_pinyin(chunk, style=Style.TONE)
        if not syllables:  # a name that is all surname (a compound one such as 司马 alone)
            continue
        text = syllables[0] + "".join(("'" + s) if s[:1] in "aāáǎàoōóǒòeēéěè" else s for s in syllables[1:])
        parts.append(text[:1].upper() + text[1:])
    return " ".join(p for p in parts if p)
