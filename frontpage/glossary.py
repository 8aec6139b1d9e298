"""Chinese terms in English: the glossary, pinyin, and glosses of headlines.

``data/reference/glossary.csv`` holds terms with an English rendering and a category;
``data/reference/headline_glosses.csv`` holds hand translations of this edition's
headlines. A headline with no translation gets a word-by-word gloss from the glossary
(longest match first), marked as such, so another edition still shows something honest.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache

from .paths import REFERENCE


@dataclass(frozen=True)
class Term:
    term: str
    english: str
    category: str


@lru_cache(maxsize=1)
def glossary() -> dict[str, Term]:
    """Term → :class:`Term`, from ``data/reference/glossary.csv``."""
    with (REFERENCE / "glossary.csv").open(encoding="utf-8") as fh:
        return {r["term"]: Term(r["term"], r["english"], r["category"]) for r in csv.DictReader(fh)}


@lru_cache(maxsize=1)
def headline_glosses() -> dict[str, str]:
    with (REFERENCE / "headline_glosses.csv").open(encoding="utf-8") as fh:
        return {r["text"]: r["english"] for r in csv.DictReader(fh)}


@lru_cache(maxsize=4096)
def pinyin(text: str) -> str:
    """Tone-marked pinyin, syllables of a word run together, words apart: 制造业 → zhìzàoyè."""
    from pypinyin import Style, lazy_pinyin

    return "".join(lazy_pinyin(text, style=Style.TONE, errors="default"))


def word_gloss(text: str) -> str:
    """Glossary terms found in ``text``, longest first, in order: ``重庆 Chongqing · 制造业 manufacturing``."""
    terms = glossary()
    longest = max((len(t) for t in terms), default=0)
    out, i = [], 0
    while i < len(text):
        for n in range(min(longest, len(text) - i), 0, -1):
            t = terms.get(text[i:i + n])
            if t is not None and (n > 1 or text[i:i + n].isascii()):
                out.append(f"{t.term} {t.english}")
                i += n
                break
        else:
            i += 1
    return " · ".join(out)


def gloss(text: str) -> tuple[str, str]:
    """(English, how): a hand translation when there is one, else a word-by-word gloss, else ``""``."""
    if not text:
        return "", "none"
    known = headline_glosses().get(text)
    if known:
        return known, "translated"
    words = word_gloss(text)
    return (words, "word by word") if words else ("", "none")
