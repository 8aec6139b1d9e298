"""An estimate (预计, 估计) of a period just over, printed at the head of its sentence (2023年，全市地区生产总值预计突破
1200亿元，增长7.5%左右 in January 2024), dates every figure of the sentence with that period: a preliminary result of
the year, not a forecast of years to come. Before, a forecast took no past period from outside its clause. Near
misses: 将 (will) under a past year named in the sentence takes none (…去年…，估值将达10亿美元), and a figure in the
period's own clause keeps it as before."""

from datetime import date

import pytest

from tests.snippets import claims_of

DAY = date(2024, 1, 8)


def _period(text: str, quote: str) -> str | None:
    return next(c.period for c in claims_of(text, DAY) if c.quote == quote)


ESTIMATES = [
    ("2023年，全市地区生产总值预计突破860亿元，增长6.5%左右。", "6.5%左右", "2023"),
    ("2023年，全市地区生产总值预计突破860亿元，增长6.5%左右。", "突破860亿元", "2023"),
    ("2023年全县一般公共预算收入预计完成21.6亿元，增长4.2%，低于年度目标0.8个百分点。", "0.8个百分点", "2023"),
]

UNCHANGED = [
    ("2023年全县一般公共预算收入预计完成21.6亿元。", "21.6亿元", "2023"),
]


@pytest.mark.parametrize("text, quote, period", ESTIMATES)
def test_an_estimate_of_a_year_just_over_takes_that_year(text, quote, period):
    assert _period(text, quote) == period


@pytest.mark.parametrize("text, quote, period", UNCHANGED)
def test_a_figure_in_the_periods_own_clause_is_unchanged(text, quote, period):
    assert _period(text, quote) == period


def test_will_under_a_past_year_takes_no_past_year():
    text = "去年在该县成立的一家科技企业，近来获得多家基金青睐，估值将达5亿美元。"
    assert _period(text, "5亿美元") != "2023"
