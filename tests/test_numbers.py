"""Numerals and scales: exact values, and refusal of what is not a number."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from frontpage.numbers.numerals import halfwidth, parse_chinese, parse_number, small_count


@pytest.mark.parametrize("token, scale, expected", [
    ("1802.4", "亿", 180240000000), ("1.8", "万", 18000), ("45.6", "万", 456000), ("24.2", "亿", 2420000000),
    ("1,234.5", "", 1234.5), ("４９．１", "", 49.1), ("三千二百", "万", 32000000), ("两", "", 2), ("十", "", 10),
    ("一万二千", "", 12000), ("三十二", "万", 320000), ("2.7", "万亿", 2700000000000), ("0.6", "", 0.6),
])
def test_values(token, scale, expected):
    value = parse_number(token, scale)
    assert value == expected and type(value) is type(expected)


@pytest.mark.parametrize("text, expected", [
    ("一百二十三", 123), ("三千二百万", 32000000), ("两千零五", 2005), ("十二", 12), ("二十", 20),
    ("一亿五千万", 150000000), ("零", 0), ("十万", 100000),
])
def test_chinese_numerals(text, expected):
    assert parse_chinese(text) == expected


@pytest.mark.parametrize("bad", ["十四五", "一一", "三去", "", "1,23", "1.2.3"])
def test_not_numbers(bad):
    with pytest.raises(ValueError):
        parse_number(bad)


def test_halfwidth_keeps_length():
    s = "全市地区生产总值１２３４．５亿元，增长８．２％"
    assert len(halfwidth(s)) == len(s) and "1234.5" in halfwidth(s) and "8.2%" in halfwidth(s)


@settings(deadline=None)  # no time limit per example: a busy machine is not a failure
@given(st.integers(min_value=0, max_value=99_999_999))
def test_arabic_round_trip(n):
    assert parse_number(str(n)) == n
    assert parse_number(f"{n:,}") == n


@settings(deadline=None)
@given(st.integers(min_value=1, max_value=9999))
def test_chinese_round_trip(n):
    digits = "零一二三四五六七八九"
    units = [(1000, "千"), (100, "百"), (10, "十")]
    out, zero = "", False
    for value, unit in units:
        d = n // value % 10
        if d:
            if zero and out:
                out += "零"
            out += digits[d] + unit
            zero = False
        elif out:
            zero = True
    if n % 10:
        if zero and out:
            out += "零"
        out += digits[n % 10]
    assert parse_chinese(out) == n


@pytest.mark.parametrize("token, expected", [
    ("3", 3), ("12", 12), ("三", 3), ("两", 2), ("十", 10), ("十二", 12), ("二十", 20), ("３", 3),
    ("十四五", 0), ("", 0), ("年", 0),
])
def test_small_count(token, expected):
    assert small_count(token) == expected
