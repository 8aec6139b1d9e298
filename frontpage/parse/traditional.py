"""Traditional characters read as simplified, one character for one: the one table the package uses.

A page set partly in traditional characters (本報訊, 約15億元) is matched on a simplified copy;
the copy has the same length, so offsets into it are offsets into the text as printed, and
what the book shows is always the text as printed.
"""

from __future__ import annotations

from functools import cache


@cache
def _table() -> dict[int, str]:
    """Traditional → simplified, from OpenCC's character tables (Apache-2.0, shipped with
    ``opencc-purepy``): each traditional character to its first simplified reading. A character
    OpenCC also keeps as itself (於 → 于 or 於) is mapped only when it is no simplified character
    (not a key of ``STCharacters.txt``): 於, 徵, 昇 are read as 于, 征, 升, while 沈 and 么, which
    simplified text writes too, are left alone. Empty when the package is missing (then only
    simplified text is matched)."""
    try:
        from importlib.resources import files

        dicts = files("opencc_purepy").joinpath("dicts")
        text = dicts.joinpath("TSCharacters.txt").read_text(encoding="utf-8")
        simplified_chars = {line.partition("\t")[0] for line in
                            dicts.joinpath("STCharacters.txt").read_text(encoding="utf-8").splitlines()}
    except (ImportError, FileNotFoundError, OSError):
        return {}
    out = {}
    for line in text.splitlines():
        key, _, values = line.partition("\t")
        readings = values.split()
        if len(key) == 1 and readings and len(readings[0]) == 1 and readings[0] != key \
                and (key not in readings or key not in simplified_chars):
            out[ord(key)] = readings[0]
    return out


@cache
def _traditional_set() -> frozenset[str]:
    return frozenset(chr(k) for k in _table())


def simplified(text: str) -> str:
    """``text`` with traditional characters made simplified (約15億元 → 约15亿元), same length."""
    table = _table()
    return text.translate(table) if table and not _traditional_set().isdisjoint(text) else text
