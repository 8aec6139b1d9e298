"""A table's title naming a part of a year after the year (2021年上半年…主要经济指标): its cells are of that part.

Class: a statistics box prints its table under a title that names the year and then the part of it the
figures cover (2021年上半年, 2023年前三季度, 2024年下半年, 2022年四季度). The cells take that part of
that year as their period, not the bare year the title opens with: a half-year's GDP is not the year's.
Near misses: a title naming a year alone keeps the year; a title naming the part without a year takes the
last such part ended by the edition's date; a title with a year and a month span keeps the span."""

from datetime import date

import pytest

from frontpage.numbers.periods import title_period
from tests.snippets import claims_of

ROWS = "指标 绝对额（亿元） 同比增长（%）\n地区生产总值 1286.4 12.6\n社会消费品零售总额 542.6 21.7\n"


@pytest.mark.parametrize("title, period", [
    ("2021年上半年某市主要经济指标", "2021-H1"),
    ("2020年前三季度全县主要经济指标", "2020-01/2020-09"),
    ("2020年下半年某区主要指标", "2020-H2"),
    ("2020年四季度全市主要经济指标", "2020-Q4"),
    ("2021年某市主要经济指标", "2021"),
    ("上半年某市主要经济指标", "2021-H1"),
    ("2021年1—5月某市主要经济指标", "2021-01/2021-05"),
])
def test_a_tables_cells_take_the_part_of_the_year_its_title_names(title, period):
    found = claims_of("【数说】\n" + title + "\n" + ROWS, date(2021, 7, 21), lead="")
    assert [(c.quote, c.period) for c in found] == [(q, period) for q in ("1286.4", "12.6", "542.6", "21.7")]


@pytest.mark.parametrize("text, period, quote", [
    ("2021年上半年主要指标", "2021-H1", "2021年上半年"),
    ("2019年 前三季度", "2019-01/2019-09", "2019年 前三季度"),
    ("2021年主要指标", "2021", "2021年"),
    ("2021年、上半年", "2021", "2021年"),
])
def test_the_period_a_title_names(text, period, quote):
    assert title_period(text, date(2021, 7, 21)) == (period, quote)
