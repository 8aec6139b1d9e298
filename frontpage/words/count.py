"""How often a term occurs on the page: one function, :func:`count`, used by every chapter.

**The agreed text.** What is counted is an article's headline-like parts and its body
(:data:`COUNTED_ROLES`: headline, kicker, subheadlines, body), each as the parser
returns it: raw lines joined across their wraps, so a phrase broken at the end of a
printed line is still one phrase. Bylines, captions' credits, teasers and continuation
marks are not counted. Counting the raw file instead misses every phrase that a column
break cuts in two (高质量发展 is 18 on the raw lines of the 2021-04-22 page, 24 in its
articles); that is why the chapters once disagreed.

**Fixed phrases count once, longest match wins.** The project's fixed phrases (every
glossary term and user-dictionary entry of two or more Chinese characters, and every
numbered formula found by its shape, such as 三去一降一补) are matched left to right,
longest first, before anything else; jieba (with the user dictionary) cuts the text
between them. So 脱贫攻坚战 is one occurrence of 脱贫攻坚战 and none of 脱贫攻坚, and
高质量发展 is never also counted as 发展.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..parse.articles import Article
from .glossary import glossary
from .segment import dictionary_fixes, user_terms, words

COUNTED_ROLES = ("headline", "kicker", "subheadline", "body")
"""The parts of an article whose text is counted (see the module doc)."""
HAN_ONLY = re.compile(r"[\u4e00-\u9fff]{2,}")
NUMERAL = "[一二三四五六七八九十两]"
FORMULA = re.compile(
    NUMERAL + r"大[\u4e00-\u9fff]{2,4}(?=[，。、；：“”\s]|$)"
    r"|一[\u4e00-\u9fff]一[\u4e00-\u9fff](?![\u4e00-\u9fff]一)"
    rf"|{NUMERAL}[\u4e00-\u9fff]{NUMERAL}[\u4e00-\u9fff]{NUMERAL}[\u4e00-\u9fff]"
    r"|十[一二三四五六七八九]五"
    rf"|{NUMERAL}个(?:全面|维护|意识|自信|确立|注重|坚持|着力)"
)
"""Numbered formulas by their shape: 三大工程, 一企一策, 三去一降一补, 十四五, 四个全面."""
NOT_FORMULA = re.compile(rf"^一[个种家批项步条处次位名]|^{NUMERAL}大[国型量力批]")
"""Shapes that are counts or adjectives, not formulas: 一个, 一批, 五大国, 三大型."""


def article_text(article: Article) -> str:
    """The agreed text of one article: its :data:`COUNTED_ROLES` parts, one per line."""
    return "\n".join(p.text for p in article.parts if p.role in COUNTED_ROLES)


@lru_cache(maxsize=1)
def fixed_phrases() -> frozenset[str]:
    """Glossary terms and user-dictionary entries of two or more Chinese characters."""
    found = {t for t in glossary() if HAN_ONLY.fullmatch(t)}
    found |= {w for w, _ in user_terms() if HAN_ONLY.fullmatch(w)}
    return frozenset(found)


def is_formula(token: str) -> bool:
    """Whether a token is a numbered formula by its shape (三大工程) rather than a count (一批)."""
    return bool(FORMULA.fullmatch(token)) and not NOT_FORMULA.match(token)


def _with_offsets(text: str) -> list[tuple[int, int, str]]:
    """jieba's words of ``text`` (user dictionary applied) with where each starts and ends."""
    out, at = [], 0
    for w in words(text):
        start = text.find(w, at)
        out.append((start, start + len(w), w))
        at = start + len(w)
    return out


def _phrase_at(text: str, i: int, ends: set[int], longest: int) -> int:
    """The end of the longest fixed phrase or formula starting at ``i`` and ending where a word ends, else ``i``."""
    phrases = fixed_phrases()
    shape = FORMULA.match(text, i)
    shape_end = shape.end() if shape and not NOT_FORMULA.match(shape.group(0)) else -1
    for n in range(min(longest, len(text) - i), 1, -1):
        if i + n in ends and (text[i:i + n] in phrases or i + n == shape_end):
            return i + n
    return i


@lru_cache(maxsize=1024)
def text_tokens(text: str) -> tuple[str, ...]:
    """The tokens of ``text``: jieba's words, with every run of them that spells a fixed phrase or a
    formula joined into one token, leftmost first, longest first (a phrase never cuts a word in two)."""
    cut = _with_offsets(text)
    ends = {e for _, e, _ in cut}
    longest = max(max(map(len, fixed_phrases()), default=0), 8)
    out: list[str] = []
    k = 0
    while k < len(cut):
        start, end, w = cut[k]
        stop = _phrase_at(text, start, ends, longest)
        if stop > end:
            out.append(text[start:stop])
            while k < len(cut) and cut[k][1] <= stop:
                k += 1
            continue
        out.append(w)
        k += 1
    return tuple(out)


def article_tokens(article: Article) -> tuple[str, ...]:
    """The tokens of an article's agreed text."""
    return text_tokens(article_text(article))


def occurrences(articles: list[Article]) -> dict[str, Counter]:
    """Article id → Counter of its tokens: what every count on the page is read from."""
    return {a.id: Counter(article_tokens(a)) for a in articles}


def count(term: str, articles: list[Article]) -> int:
    """How often ``term`` occurs on the page, as a token of the agreed text (see the module doc)."""
    return sum(c[term] for c in occurrences(articles).values())


def counts(terms: list[str], articles: list[Article]) -> dict[str, int]:
    """:func:`count` for several terms at once."""
    per = occurrences(articles)
    return {t: sum(c[t] for c in per.values()) for t in terms}


def is_set_phrase(token: str) -> bool:
    """A slogan, a named policy (the glossary's ``slogan`` and ``policy`` entries) or a numbered formula."""
    g = glossary().get(token)
    return (g is not None and g.category in ("slogan", "policy")) or is_formula(token)


def most_repeated_phrase(articles: list[Article]) -> tuple[str, int] | None:
    """The set phrase (:func:`is_set_phrase`) the page repeats most, with its :func:`count`; None if none."""
    total: Counter = Counter()
    for c in occurrences(articles).values():
        total.update({t: n for t, n in c.items() if is_set_phrase(t)})
    if not total:
        return None
    return min(total.items(), key=lambda kv: (-kv[1], kv[0]))


def user_dictionary_fixes(articles: list[Article]) -> list[dict]:
    """The user-dictionary entries on the page, with their :func:`count`, and how jieba alone would cut them."""
    return dictionary_fixes(counts([w for w, _ in user_terms()], articles))
