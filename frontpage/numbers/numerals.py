"""Numbers as Chinese print writes them: Arabic, Chinese numerals, scales, full width.

``1802.4亿`` → 180,240,000,000; ``1.8万`` → 18,000; ``三千二百万`` → 32,000,000;
``两`` → 2; ``４９．１`` → 49.1. :func:`parse_number` refuses what is not a well-formed
number (``十四五`` is a name, not 145), so a caller never gets a silently wrong value.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

_LATIN = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
FULLWIDTH = str.maketrans("０１２３４５６７８９．％，－～＋" + "".join(chr(ord(c) + 0xFEE0) for c in _LATIN + _LATIN.lower()),
                          "0123456789.%,-~+" + _LATIN + _LATIN.lower())
"""Full-width digits, signs and Latin letters (ＰＭ２．５) to ASCII, one character for one, so offsets still match."""

from ..parse.digits import DIGITS  # the one Chinese digit table (the parse layer reads page numbers with it)
SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
SCALES = {"万亿": 10**12, "千亿": 10**11, "百亿": 10**10, "十亿": 10**9, "亿": 10**8,
          "千万": 10**7, "百万": 10**6, "十万": 10**5, "万": 10**4}
CN_NUMERAL = "零〇一二两三四五六七八九十百千万亿"
POINT = "点"  # 四点五: the decimal point of a Chinese numeral


@lru_cache(maxsize=1024)
def halfwidth(text: str) -> str:
    """A copy of ``text`` with full-width digits, signs and Latin letters made ASCII (same length). Cached: the
    table readers ask for the same lines many times, and a translation through a dict costs per character."""
    return text.translate(FULLWIDTH)


def parse_arabic(token: str) -> Decimal:
    """``1,234.5`` → 1234.5 (thousands separators allowed only in groups of three)."""
    t = halfwidth(token)
    if "," in t and not re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", t):
        raise ValueError(f"not a number: {token!r}")
    if not re.fullmatch(r"[\d,]+(?:\.\d+)?", t):
        raise ValueError(f"not a number: {token!r}")
    return Decimal(t.replace(",", ""))


def _tokens(s: str) -> list:
    """A numeral as digits (Chinese digits and Arabic runs as ints) and unit characters: 2千零30 → [2, 千, 零, 30]."""
    return [int(t) if t.isdigit() else DIGITS.get(t, t) if t not in "零〇" else t for t in re.findall(r"\d+|.", s)]


def _section(s: str) -> int:
    """A numeral below 10,000: 三千二百零五 → 3205; 十二 → 12; 5千 → 5000 (Arabic digits mixed in)."""
    if not s:
        raise ValueError("empty numeral")
    total, digit, last_unit = 0, None, 10**9
    for tok in _tokens(s):
        if tok in ("零", "〇") and digit is None and total:
            continue  # 两千零五: 零 holds an empty place
        if isinstance(tok, int):
            if digit is not None:
                raise ValueError(f"two digits in a row: {s!r}")  # 十四五: a name, not a number
            digit = tok
        elif tok in SMALL_UNITS:
            unit = SMALL_UNITS[tok]
            if unit >= last_unit or (digit is not None and digit >= 10):
                raise ValueError(f"units out of order: {s!r}")
            total += (1 if digit is None else digit) * unit
            digit, last_unit = None, unit
        else:
            raise ValueError(f"not a numeral: {s!r}")
    if digit is not None:
        total += digit
    return total


def parse_chinese(s: str) -> int | float:
    """A Chinese numeral, scales and a decimal point included: 一百二十三 → 123; 三千二百万 → 32,000,000;
    一亿五千万 → 150,000,000; 四点五 → 4.5; Arabic digits mixed in: 5万5千 → 55,000, 2千零30 → 2030."""
    if not s or any(c not in CN_NUMERAL + POINT and not c.isdigit() for c in s):
        raise ValueError(f"not a Chinese numeral: {s!r}")
    if POINT in s:
        head, _, tail = s.partition(POINT)
        if not tail or any(c not in DIGITS for c in tail) or not head:
            raise ValueError(f"not a decimal numeral: {s!r}")
        return exact(Decimal(parse_chinese(head)) + Decimal("0." + "".join(str(DIGITS[c]) for c in tail)))
    total = 0
    rest = s
    if "亿" in rest:  # 三十万亿: the count of 亿 may itself write 万 (30万 × 1亿), 一万二千亿 likewise
        head, _, rest = rest.partition("亿")
        total += (parse_chinese(head) if "万" in head else _section(head) if head else 1) * 10**8
    if "万" in rest:
        head, _, rest = rest.partition("万")
        if total and head[:1] in ("零", "〇"):  # 一亿零五百万: 零 holds the empty ten-millions
            head = head.lstrip("零〇") or "零"
        total += (_section(head) if head else 1) * 10**4
    if rest:
        rest = rest.lstrip("零〇")
        total += _section(rest) if rest else 0
    return total


def digit_by_digit(token: str) -> str | None:
    """A numeral written one digit after another, Arabic or Chinese, as its digits: ``八五`` → ``"85"``,
    ``85`` → ``"85"``, ``二〇二四`` → ``"2024"``; None when ``token`` writes a place (十, 百) or a decimal point."""
    t = halfwidth(token)
    if t.isdigit():
        return t
    if t and all(c in DIGITS and c != "两" for c in t):
        return "".join(str(DIGITS[c]) for c in t)
    return None


def small_count(token: str) -> int:
    """A small count as a date or period writes it, Arabic or Chinese: ``3`` → 3, ``三`` → 3,
    ``两`` → 2, ``十二`` → 12; 0 when ``token`` is not a number (``十四五``, ``""``)."""
    t = halfwidth(token)
    if t.isdigit():
        return int(t)
    try:
        return parse_chinese(t)
    except ValueError:
        return 0


def parse_number(token: str, scale: str = "") -> int | float:
    """An Arabic or Chinese number token times an optional scale word (万, 亿, 千万 …).

    Exact: 1802.4 亿 → 180240000000 (an int when whole, else a float). A scale word after a numeral
    that already writes a larger one scales only the section below it: 一亿二千 万 → 120,000,000.
    """
    t = halfwidth(token)
    factor = (SCALES.get(scale) or SMALL_UNITS.get(scale)) if scale else 1
    if factor is None:
        raise ValueError(f"not a scale word: {scale!r}")
    higher = max((i for i, c in enumerate(t) if SCALES.get(c, 0) > factor), default=-1)
    if scale and 0 <= higher < len(t) - 1:
        # 一亿二千余万: the scale after 余 multiplies only the section below the 亿 already written
        return exact(Decimal(str(parse_chinese(t[:higher + 1]))) + Decimal(str(parse_chinese(t[higher + 1:]))) * factor)
    value = parse_arabic(t) if re.fullmatch(r"[\d,]+(?:\.\d+)?", t) else Decimal(str(parse_chinese(t)))
    return exact(value * factor)


def exact(value: Decimal) -> int | float:
    """A Decimal as an int when whole, else as the nearest float."""
    return int(value) if value == value.to_integral_value() else float(value)
