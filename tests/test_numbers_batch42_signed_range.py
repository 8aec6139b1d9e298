"""A range whose high end carries its own minus sign (-9℃～-2℃, 零下9℃至零下2℃): both ends are read
signed, as one range. Before, the first was split into two temperatures and the second read as
-9 to 0 (the 零 of 零下 taken as the high end) plus a stray 2℃: a wrong value."""

import pytest

from tests.snippets import claims_of

SIGNED_RANGES = [
    ("明天阴有小雪，气温-9℃～-2℃。", "-9℃～-2℃", -9, -2),
    ("夜间气温零下9℃至零下2℃。", "零下9℃至零下2℃", -9, -2),
    ("最低气温-12℃到-6℃。", "-12℃到-6℃", -12, -6),
    ("气温零下5度至3度。", "零下5度至3度", -5, 3),
]

UNCHANGED = [  # near misses: an unsigned high end, a plain range, a month span before a rate
    ("气温-3℃～5℃。", "-3℃～5℃", -3, 5),
    ("夜间最低气温5～8℃。", "5～8℃", 5, 8),
]


@pytest.mark.parametrize("sentence, quote, low, high", SIGNED_RANGES + UNCHANGED)
def test_a_range_keeps_the_sign_of_each_end(sentence, quote, low, high):
    found = [(c.quote, c.low, c.high, c.unit) for c in claims_of(sentence)]
    assert found == [(quote, low, high, "°C")]


def test_a_month_span_and_a_rate_range_are_not_signed():
    assert [(c.quote, c.value) for c in claims_of("1-2月增长5.1%。")] == [("5.1%", 5.1)]
    assert [(c.quote, c.low, c.high) for c in claims_of("预计增长3%-5%。")] == [("3%-5%", 3, 5)]
