"""A stock told as it stands now (目前, 当前, 如今, 截至目前 opening its sentence) is no flow over the months to date
that its paragraph opened with (前两个月, 1至2月): it takes none of them. Before, it inherited the months. Near
misses: the same stock with no 目前 still takes them, a year the paragraph opened with is still taken (the majority of
the annotated pages), and a period in the claim's own clause still dates it."""

from datetime import date

import pytest

from tests.snippets import claims_of

DAY = date(2024, 3, 20)


def _period(text: str, quote: str) -> str | None:
    return next(c.period for c in claims_of(text, DAY) if c.quote == quote)


NONE = [
    ("前两个月，全市外贸进出口总额86.4亿元，同比增长6.1%。目前，全市已集聚外贸企业1320余家，建成海外仓18个。", "1320余家"),
    ("前两个月，全市外贸进出口总额86.4亿元，同比增长6.1%。目前，全市已集聚外贸企业1320余家，建成海外仓18个。", "18个"),
    ("1至2月，全县新增市场主体2150户。当前，全县共有市场主体4.6万户。", "4.6万户"),
]

UNCHANGED = [
    ("前两个月，全市外贸进出口总额86.4亿元。全市已集聚外贸企业1320余家。", "1320余家", "2024-01/2024-02"),
    ("2023年，全市外贸进出口总额86.4亿元。目前，全市已集聚外贸企业1320余家。", "1320余家", "2023"),
    ("前两个月，全市外贸进出口总额86.4亿元。目前，3月份进出口额已达40亿元。", "40亿元", "2024-03"),
]


@pytest.mark.parametrize("text, quote", NONE)
def test_a_stock_as_it_stands_now_takes_no_months_to_date(text, quote):
    assert _period(text, quote) is None


@pytest.mark.parametrize("text, quote, period", UNCHANGED)
def test_no_now_a_year_or_its_own_period_is_unchanged(text, quote, period):
    assert _period(text, quote) == period
