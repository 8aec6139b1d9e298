"""上月, 上个月, 上月份 name the month before the edition's (as 去年 names the year before, and 上月末 already named
that month): a figure of 上月 takes it as its period. Before, only 上月末/上月底 was a period. Near misses: 上月 after
比/较/环比 is the base of a comparison (the claim keeps its own month), and 上月21日 is a day, not the month."""

from datetime import date

import pytest

from tests.snippets import claims_of

DAY = date(2025, 3, 18)


def _claim(text: str, quote: str):
    return next(c for c in claims_of(text, DAY) if c.quote == quote)


LAST_MONTH = [
    ("上月，全市受理消费类投诉6250件。", "6250件"),
    ("全县上个月新增市场主体1870户，挽回损失86.5万元。", "86.5万元"),
    ("上月份，全区接待游客42万人次。", "42万人次"),
]

UNCHANGED = [
    ("2月份，全市居民消费价格比上月上涨0.4%。", "0.4%", "2025-02"),
    ("全市2月居民消费价格较上个月下降0.2%。", "0.2%", "2025-02"),
    ("截至上月末，全市经营主体达8.6万户。", "8.6万户", "2025-02"),
]


@pytest.mark.parametrize("text, quote", LAST_MONTH)
def test_last_month_is_the_month_before_the_editions(text, quote):
    assert _claim(text, quote).period == "2025-02"


@pytest.mark.parametrize("text, quote, period", UNCHANGED)
def test_a_base_or_a_month_end_is_unchanged(text, quote, period):
    assert _claim(text, quote).period == period


def test_a_day_of_last_month_is_not_the_month():
    assert _claim("上月21日，全市举办招聘会12场。", "12场").period != "2025-02"
