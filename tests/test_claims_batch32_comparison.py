"""Comparison classes of batch 32's round, written as invented sentences: none is copied from an edition. Each table
holds cases that failed before its class was fixed and near misses the new rule must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from tests.snippets import claims_of


def _read(text: str, when: date = date(2022, 5, 6)) -> dict:
    return {c.quote: (c.comparison, c.projection) for c in claims_of(text, when)}


# --- a growth rate forecast or targeted at a level (增速有望保持在…): still growth over the same period, 同比 -------------
@pytest.mark.parametrize("text, quote, expected", [
    ("预计二季度全县经济增速有望保持在5.8%左右。", "5.8%左右", ("同比", "forecast")),
    ("预计三季度全区规模以上工业增加值增速将回升至6%—7%。", "6%—7%", ("同比", "forecast")),
    ("力争今年上半年全县固定资产投资增速保持在12%以上。", "12%以上", ("同比", "target")),
    ("预计今年全市社会消费品零售总额增幅维持在5%左右。", "5%左右", ("同比", "forecast")),
    # near misses: a level that is not a growth rate, a fall's rate, an actual level, a yearly average, no period
    ("预计今年全县城镇化率达到63%。", "63%", (None, "forecast")),
    ("预计一季度全县居民消费价格降幅收窄至0.4%。", "0.4%", (None, "forecast")),
    ("一季度，全县规模以上工业增加值增速回升至6.4%。", "6.4%", (None, None)),
    ("预计“十四五”期间全县经济年均增速保持在6%左右。", "6%左右", (None, "forecast")),
])
def test_a_growth_rate_held_at_a_level_is_year_on_year(text, quote, expected):
    assert _read(text)[quote] == expected
