"""Word segmentation with jieba, once per process, with the project's user dictionary.

jieba's defaults cut names and set phrases apart (何春阳 → 何 / 春阳, 碳中和 → 碳 / 中 / 和,
跨省通办 → 跨省 / 通办). ``data/reference/userdict.txt`` lists the names, places and terms
this kind of page uses; :func:`dictionary_fixes` shows, for an edition, which of them
jieba's defaults would have got wrong.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ..parse.tokenizer import USER_DICT, default_tokenizer, tokenizer

HAN = re.compile(r"[\u4e00-\u9fff]+")


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


@lru_cache(maxsize=1024)  # chapters segment the same article text for several tables
def words(text: str) -> tuple[str, ...]:
    """Tokens of ``text`` (user dictionary applied), whitespace dropped, -化 kept on its word."""
    return tuple(_attach_hua(w for w in tokenizer().lcut(text) if w.strip()))


def _attach_hua(tokens) -> list[str]:
    """jieba cuts unseen -化 words before the suffix (绿色 / 化发展, 定制 / 化): give 化 back to its word.

    Only when what follows 化 is nothing or a word of its own, so 化解, 化为, 化工 stay whole.
    """
    freq = tokenizer().FREQ
    out: list[str] = []
    for w in tokens:
        rest = w[1:]
        if (w.startswith("化") and (not rest or (len(rest) >= 2 and freq.get(rest)))
                and out and len(out[-1]) >= 2 and HAN.fullmatch(out[-1]) and not out[-1].endswith("化")):
            out[-1] += "化"
            if not rest:
                continue
            w = rest
        out.append(w)
    return out


@lru_cache(maxsize=1024)
def tagged(text: str) -> tuple[tuple[str, str], ...]:
    """(token, part-of-speech) pairs (jieba's tags: nr person, ns place, nt organisation, v verb …)."""
    return tuple((p.word, p.flag) for p in pos_tokenizer().lcut(text) if p.word.strip())


def dictionary_fixes(counted: dict[str, int]) -> list[dict]:
    """User-dictionary entries that occur (``counted``: entry → occurrences, from
    :func:`frontpage.words.count.counts`) and how jieba's defaults would cut them."""
    rows = []
    for word, tag in user_terms():
        n = counted.get(word, 0)
        if not n:
            continue
        default = default_tokenizer().lcut(word)
        rows.append({"term": word, "tag": tag, "occurrences": n, "default cut": " / ".join(default),
                     "default wrong": len(default) > 1})
    return rows
