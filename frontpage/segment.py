"""Word segmentation with jieba, once per process, with the project's user dictionary.

jieba's defaults cut names and set phrases apart (何春阳 → 何 / 春阳, 碳中和 → 碳 / 中 / 和,
跨省通办 → 跨省 / 通办). ``data/reference/userdict.txt`` lists the names, places and terms
this kind of page uses; :func:`dictionary_fixes` shows, for an edition, which of them
jieba's defaults would have got wrong.
"""

from __future__ import annotations

import logging
import tempfile
from functools import lru_cache
from pathlib import Path

from .paths import REFERENCE

USER_DICT = REFERENCE / "userdict.txt"


def _quiet() -> None:
    import jieba

    jieba.setLogLevel(logging.WARNING)  # "Building prefix dict…" goes to stderr otherwise


@lru_cache(maxsize=1)
def default_tokenizer():
    """jieba's tokenizer as shipped (for comparison only)."""
    import jieba

    _quiet()
    tk = jieba.Tokenizer()
    tk.tmp_dir = tempfile.gettempdir()
    tk.initialize()
    return tk


@lru_cache(maxsize=1)
def tokenizer():
    """jieba with the project's user dictionary."""
    import jieba

    _quiet()
    tk = jieba.Tokenizer()
    tk.tmp_dir = tempfile.gettempdir()
    tk.initialize()
    tk.load_userdict(str(USER_DICT))
    return tk


@lru_cache(maxsize=1)
def pos_tokenizer():
    from jieba import posseg

    return posseg.POSTokenizer(tokenizer())


def user_terms() -> list[tuple[str, str]]:
    """(word, POS tag) of every user-dictionary entry."""
    out = []
    for line in Path(USER_DICT).read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if parts:
            out.append((parts[0], parts[2] if len(parts) > 2 else ""))
    return out


def words(text: str) -> list[str]:
    """Tokens of ``text`` (user dictionary applied), whitespace dropped."""
    return [w for w in tokenizer().lcut(text) if w.strip()]


def tagged(text: str) -> list[tuple[str, str]]:
    """(token, part-of-speech) pairs (jieba's tags: nr person, ns place, nt organisation, v verb …)."""
    return [(p.word, p.flag) for p in pos_tokenizer().lcut(text) if p.word.strip()]


def dictionary_fixes(text: str) -> list[dict]:
    """User-dictionary entries that occur in ``text`` and how jieba's defaults would cut them."""
    rows = []
    for word, tag in user_terms():
        n = text.count(word)
        if not n:
            continue
        default = default_tokenizer().lcut(word)
        rows.append({"term": word, "tag": tag, "occurrences": n, "default cut": " / ".join(default),
                     "default wrong": len(default) > 1})
    return rows
