"""Traditional characters read as simplified, one character for one: the one table the package uses.

A page set partly in traditional characters (本報訊, 約15億元) is matched on a simplified copy;
the copy has the same length, so offsets into it are offsets into the text as printed, and
what the book shows is always the text as printed.
"""

from __future__ import annotations

from functools import cache


@cache
def _table() -> dict[int, str]:
    """Traditional → simplified, from OpenCC's character table (Apache-2.0, shipped with
    ``opencc-purepy``); characters with more than one reading, or simplified already, are left
    alone. Empty when the package is missing (then only simplified text is matched)."""
    try:
        from importlib.resources import files

        text = files("opencc_purepy").joinpath("dicts", "TSCharacters.txt").read_text(encoding="utf-8")
    except (ImportError, FileNotFoundError, OSError):
        return {}
    out = {}
    for line in text.splitlines():
        key, _, values = line.partition("\t")
        first = values.split()
        if len(key) == 1 and first and len(first[0]) == 1 and key not in first:
            out[ord(key)] = first[0]
    return out


@cache
def _traditional_set() -> frozenset[str]:
    return frozenset(chr(k) for k in _table())


def simplified(text: str) -> str:
    """``text`` with traditional characters made simplified (約15億元 → 约15亿元), same length."""
    table = _table()
    return text.translate(table) if table and not _traditional_set().isdisjoint(text) else text
