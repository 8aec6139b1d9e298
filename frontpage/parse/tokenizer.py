"""jieba's tokenizer, built once per process: as shipped, and with the project's user dictionary
(``data/reference/userdict.txt``). Here, below both, so that the claims extractor (a word boundary
check, :mod:`frontpage.numbers.word_bounds`) and the word chapters (:mod:`frontpage.words.segment`)
share one copy; jieba is imported on first use only."""

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
