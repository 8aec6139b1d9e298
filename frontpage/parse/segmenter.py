"""jieba with the project's user dictionary, built once per process: the one tokenizer of the package.

The parse and numbers layers ask it one question, whether a run of characters ends where a word ends
(:func:`word_ends_at`, :func:`first_word`); ``frontpage.words.segment`` cuts whole texts with it.
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
