"""Field and claim classes met in the seventeenth batch (value, range, unit, projection, period), written as
invented sentences: none is copied from an edition. Each test held at least one check that failed before its
class was fixed."""

from __future__ import annotations

from datetime import date

from frontpage.numbers.numerals import parse_number
from tests.snippets import claims_of


def test_a_scale_after_yu_scales_only_the_section_below_yi():
    """一亿二千余万元: 余 parts the numeral from its 万, which scales only the 二千 below the 亿 already written
    (120 million, not (一亿二千) × 万); the same with Arabic digits (1亿2000余万)."""
    assert parse_number("一亿二千", "万") == 120_000_000
    assert parse_number("1亿2000", "万") == 120_000_000
    assert parse_number("5", "万") == 50_000
    found = claims_of("去年，青松县通过“一卡通”发放各类补贴资金三亿五千余万元。", date(2024, 3, 1))
    assert [(c.quote, c.value, c.qualifier) for c in found] == [("三亿五千余万元", 350_000_000, "lower_bound")]
