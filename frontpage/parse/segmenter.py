"""jieba with the project's user dictionary, built once per process: the one tokenizer of the package.

The parse and numbers layers ask it where words begin and end in a short phrase, dictionary words only (no
word guessed for unknown characters): :func:`word_ends_at`, :func:`first_word`, :func:`word_bounds`,
:func:`spans_words` (a cut the extractor makes inside a word, 准备|金余额 or 检出|限以下, is no cut between
words). jieba loads on first use. ``frontpage.words.segment`` cuts whole texts with it.
"""

from __future__ import annotations

import logging
import tempfile
from functools import lru_cache

from ..paths import REFERENCE

USER_DICT = REFERENCE / "userdict.txt"


def _new_tokenizer():
    import jieba

    jieba.setLogLevel(logging.WARNING)  # "Building prefix dict…" goes to stderr otherwise
    tk = jieba.Tokenizer()
    tk.tmp_dir = tempfile.gettempdir()
    tk.initialize()
    return tk


@lru_cache(maxsize=1)
def default_tokenizer():
    """jieba's tokenizer as shipped (for comparison only)."""
    return _new_tokenizer()


@lru_cache(maxsize=1)
def tokenizer():
    """jieba with the project's user dictionary."""
    tk = _new_tokenizer()
    tk.load_userdict(str(USER_DICT))
    return tk


@lru_cache(maxsize=4096)
def _dictionary_words(text: str) -> tuple[str, ...]:
    return tuple(tokenizer().cut(text, HMM=False))


def first_word(text: str) -> str:
    """The first dictionary word (no guessed new words) that the tokenizer cuts from ``text``, "" for none."""
    cut = _dictionary_words(text)
    return cut[0] if cut else ""


def word_ends_at(text: str, end: int) -> bool:
    """True when the dictionary words of ``text`` have a boundary after its first ``end`` characters; False when
    those characters begin a longer word (人 of 人民群众, 万家 of 万家灯火, 本 of 本校)."""
    at = 0
    for w in _dictionary_words(text[:end + 8]):
        at += len(w)
        if at >= end:
            return at == end
    return True


@lru_cache(maxsize=65536)
def word_bounds(phrase: str) -> frozenset[int]:
    """The offsets of ``phrase`` where a dictionary word begins or ends (0 and ``len(phrase)`` included)."""
    out, at = {0, len(phrase)}, 0
    for w in _dictionary_words(phrase):
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
