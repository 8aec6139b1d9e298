"""Where words begin and end in a short phrase, by the project's jieba tokenizer
(:mod:`frontpage.parse.tokenizer`, the one :mod:`frontpage.words.segment` uses), dictionary words
only (no word guessed for unknown characters, so 超汛限水位 keeps 超 apart): a cut the extractor
makes inside a word (准备|金余额, 检出|限以下) is no cut between words. jieba loads on first use, and
only phrases that need the check (a verb that is also a noun's modifier, a bare 超) are segmented."""

from __future__ import annotations

from functools import lru_cache

from ..parse.tokenizer import tokenizer


@lru_cache(maxsize=65536)
def word_bounds(phrase: str) -> frozenset[int]:
    """The offsets of ``phrase`` where a word begins or ends (0 and ``len(phrase)`` included)."""
    out, at = {0, len(phrase)}, 0
    for w in tokenizer().lcut(phrase, HMM=False):
        start = phrase.find(w, at)
        if start < 0:
            continue
        at = start + len(w)
        out.update((start, at))
    return frozenset(out)


def spans_words(phrase: str, start: int, end: int) -> bool:
    """Whether ``phrase[start:end]`` begins and ends where words do (帮扶 in 帮扶干部, not 准备 in 准备金)."""
    bounds = word_bounds(phrase)
    return start in bounds and end in bounds
