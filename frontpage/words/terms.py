"""The language of the page: frequent terms, where they occur, what is distinctive, set formulas.

Text is segmented by jieba with the project's user dictionary (``frontpage.words.segment``);
a *term* is a token of two or more Chinese characters that is not a function word.
Distinctiveness is tf-idf over the page's articles: a term used often in one article and
rarely in the others. Slogans and numbered formulas (三大工程, 三去一降一补, 一企一策, 十四五)
are found by their shapes and by the glossary's ``slogan`` entries.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from ..parse.articles import Article
from ..vocabulary import words as words_of
from .english import gloss_of
from .glossary import glossary
from .count import article_tokens, is_formula, occurrences

STOPWORDS = frozenset(words_of("stopwords"))
"""Function words and formulas of news prose (data/reference/vocabulary/stopwords.csv): never a term."""
NUMBERISH = re.compile(r"^[近前后每]?[一二三四五六七八九十两百千万]+[年月天日次个]?$|^[近前后][一二三四五六七八九十两]+")


@dataclass
class FrequentTerm:
    """A term of the page with how often it occurs, in how many articles, and its English."""

    term: str
    count: int
    articles: int
    english: str
    category: str


def tokens(article: Article) -> list[str]:
    """The article's terms, in order: its tokens (:func:`frontpage.words.count.article_tokens`, the one
    cut every count uses) of two or more Chinese characters that are neither function words nor numbers."""
    return [w for w in article_tokens(article) if len(w) >= 2 and re.fullmatch(r"[\u4e00-\u9fff]+", w) and w not in STOPWORDS
            and not NUMBERISH.match(w)]


def english(term: str) -> tuple[str, str]:
    """(English, category): the glossary's, else :func:`frontpage.words.english.gloss_of` (CC-CEDICT, or a
    word-by-word gloss marked ≈), else ``""``."""
    g = glossary().get(term)
    if g:
        return g.english, g.category
    return gloss_of(term).english, ""


def frequent(articles: list[Article], n: int = 25) -> list[FrequentTerm]:
    per_article = {a.id: Counter(tokens(a)) for a in articles}  # tokens(a) ⊂ count.article_tokens(a): same counts
    total: Counter = Counter()
    for c in per_article.values():
        total.update(c)
    out = []
    for term, count in total.most_common(n):
        eng, cat = english(term)
        out.append(FrequentTerm(term, count, sum(1 for c in per_article.values() if term in c), eng, cat))
    return out


def spread(articles: list[Article], terms: list[str]) -> dict[str, dict[str, int]]:
    """term → {article id: count} for the given terms."""
    per_article = {a.id: Counter(tokens(a)) for a in articles}
    return {t: {aid: c[t] for aid, c in per_article.items() if c[t]} for t in terms}


def distinctive(articles: list[Article], k: int = 3, min_tokens: int = 20) -> dict[str, list[tuple[str, float]]]:
    """For each article with at least ``min_tokens`` terms, its ``k`` highest tf-idf terms (used twice or more)."""
    counts = {a.id: Counter(tokens(a)) for a in articles}
    counts = {aid: c for aid, c in counts.items() if sum(c.values()) >= min_tokens}
    n = len(counts)
    df = Counter(t for c in counts.values() for t in c)
    out = {}
    for aid, c in counts.items():
        size = sum(c.values())
        scored = [(t, (v / size) * math.log((n + 1) / (df[t] + 0.5))) for t, v in c.items() if v >= 2]
        out[aid] = sorted(scored, key=lambda x: (-x[1], x[0]))[:k]
    return out


def formulas(articles: list[Article]) -> list[tuple[str, int, list[str], str]]:
    """(formula, occurrences, articles, English) for numbered formulas and glossary slogans, counted as
    tokens of the one cut every chapter uses (:mod:`frontpage.words.count`: longest match, once each)."""
    slogans = {t for t, g in glossary().items() if g.category == "slogan"}
    per = occurrences(articles)
    found = sorted({t for c in per.values() for t in c if t in slogans or is_formula(t)})
    rows = [(f, sum(c[f] for c in per.values()), [aid for aid, c in per.items() if c[f]], english(f)[0]) for f in found]
    return sorted(rows, key=lambda r: (-r[1], r[0]))


def izations(articles: list[Article]) -> list[tuple[str, int]]:
    """Words in -化 (-ization), a hallmark of policy prose: 智能化, 高端化, 绿色化 …"""
    c: Counter = Counter()
    for a in articles:
        c.update(t for t in tokens(a) if t.endswith("化") and len(t) >= 3)
    return c.most_common()
