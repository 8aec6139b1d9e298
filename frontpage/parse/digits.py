"""The Chinese digits, one table for the package, and the small numbers the page prints for itself.

The parse layer reads page numbers (``（下转二版）``); :mod:`frontpage.numbers.numerals`, a
layer above, reads every other number and takes its digit table from here, so there is one.
"""

from __future__ import annotations

DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
"""Chinese digit → value (零 and 〇 are both zero; 两 is two before a unit)."""

TEN = "十"


def page_number(token: str) -> int:
    """A page number as printed, as an int: ``2``, ``二``, ``十``, ``十二``, ``二十三``; a section letter
    before the digits (``A2``) is dropped. ``ValueError`` for anything else (``三四``)."""
    token = token.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    if token.isdigit():
        return int(token)
    tens, ten, ones = token.partition(TEN)
    if not ten:
        tens, ones = "", token
    if (tens and tens not in DIGITS) or (ones and ones not in DIGITS) or not (ten or ones):
        raise ValueError(f"not a page number: {token!r}")
    return (DIGITS[tens] if tens else 1 if ten else 0) * 10 + (DIGITS[ones] if ones else 0)
