"""jieba's tokenizer, once per process, with the project's user dictionary: the word segmentation the
package uses. It lives in the parse layer so that the segmenter can read a line's first word
(:mod:`frontpage.parse.unit_words`); :mod:`frontpage.words.segment` builds on it."""

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
