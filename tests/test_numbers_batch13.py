"""Value, table and period classes met in the thirteenth batch, written as invented sentences and tables:
none is copied from an edition. Each test held at least one check that failed before its class was fixed;
a check that held before (a guard) shares its test."""

from __future__ import annotations

from datetime import date

import pytest

from frontpage.numbers.tables import table_figures
from tests.snippets import claims_of

D = date(2024, 5, 14)

TO_A_LEVEL = [
    # a change verb then 为 ('to become') gives the new level, as 降至 and 提高到 do: no sign, no direction
    ("减少为", "审批材料由12份减少为4份。", "4份", 4, None),
    ("缩短为", "平均通关时间由48小时缩短为6小时。", "6小时", 6, None),
    ("提高为", "补助标准由每人300元提高为450元。", "450元", 450, None),
    ("减少 alone stays a change (guard)", "审批材料减少4份。", "4份", -4, "decrease"),
]


@pytest.mark.parametrize("name, text, quote, value, direction", TO_A_LEVEL, ids=[t[0] for t in TO_A_LEVEL])
def test_a_change_verb_then_wei_is_a_level(name, text, quote, value, direction):
    found = [c for c in claims_of(text, D) if c.quote == quote]
    assert [(c.value, c.direction) for c in found] == [(value, direction)], [(c.quote, c.value) for c in claims_of(text, D)]


def _numbered(texts: list[str], first: int = 10) -> list[tuple[int, str]]:
    return [(first + k, t) for k, t in enumerate(texts)]


def test_a_table_flattened_one_cell_a_line():
    """表2 … / the heading cells one a line (品种 / 面积（万亩） / 比上年增长（%）) / each row's label and
    figures one a line: each figure on its own line, in its column's unit, negative growth a decrease."""
    lines = _numbered(["表2　2023年主要经济作物种植面积", "品种", "面积（万亩）", "比上年增长（%）",
                       "茶叶", "36.5", "2.1", "　柑橘", "18.2", "-1.4", "二、林业"])
    rows = table_figures(lines, date(2024, 3, 1))
    assert [(f.line, f.quote, f.value, f.unit, f.direction, f.comparison, f.subject, f.period) for f in rows] == [
        (15, "36.5", 365000, "mu", None, None, "茶叶", "2023"),
        (16, "2.1", 2.1, "%", "increase", "同比", "茶叶", "2023"),
        (18, "18.2", 182000, "mu", None, None, "柑橘", "2023"),
        (19, "-1.4", -1.4, "%", "decrease", "同比", "柑橘", "2023")]


def test_single_lines_with_no_unit_heading_are_no_table():
    """Short lines and bare figures with no unit in a heading (guard): no table is read."""
    lines = _numbered(["名单", "第一组", "第二组", "张三", "3", "4", "李四", "5", "6"])
    assert table_figures(lines, D) == []


def test_a_table_with_year_columns_and_units_in_its_row_labels():
    """指标 2019年 2024年 / a label naming its unit in brackets over a line of its figures: each figure is of
    its column's year, in the label's unit, the label (without the bracket) its subject."""
    lines = _numbered(["【数读五年】", "指标        2019年     2024年", "粮食产量（万吨）",
                       "52.4        58.1", "森林覆盖率（%）", "61.5        63.2", "本报讯 近日，"])
    rows = table_figures(lines, date(2025, 1, 6))
    assert [(f.line, f.quote, f.value, f.unit, f.subject, f.period, f.direction) for f in rows] == [
        (13, "52.4", 524000, "t", "粮食产量", "2019", None), (13, "58.1", 581000, "t", "粮食产量", "2024", None),
        (15, "61.5", 61.5, "%", "森林覆盖率", "2019", None), (15, "63.2", 63.2, "%", "森林覆盖率", "2024", None)]


W = date(2019, 5, 8)  # a Wednesday

PERIODS = [
    # a span of days in brackets after the phrase that opens its clause dates the clause
    ("a bracketed span after a holiday", "端午小长假期间（6月7日至9日），全县接待游客12.4万人次。", "12.4万人次",
     "2019-06-07/2019-06-09"),
    # 自…起至…止: a span opening its clause
    ("自…起至…止", "自2019年5月20日起至7月31日止，该路段封闭施工，封闭长度约800米。", "约800米",
     "2019-05-20/2019-07-31"),
    ("自…起, one day, dates nothing (guard)", "自5月20日起，全区新开通5条公交线路。", "5条", None),
    # a bare day of the month opening its clause (its base after 比 is no period)
    ("a bare day opening its clause", "受大风影响，6日全市客流比5日减少约三成。", "约三成", "2019-05-06"),
    ("N日内 is a duration, no day (guard)", "申请材料齐全的，15日内办结率达到90%。", "90%", None),
    # 本周: the edition's week, Monday to Sunday
    ("本周", "本周全市将迎来一次降温过程，预计累计降雨量20至40毫米。", "20至40毫米", "2019-05-06/2019-05-12"),
]


@pytest.mark.parametrize("name, text, quote, period", PERIODS, ids=[p[0] for p in PERIODS])
def test_period(name, text, quote, period):
    found = claims_of(text, W)
    assert [c.period for c in found if c.quote == quote] == [period], [(c.quote, c.period) for c in found]


def test_a_holiday_dated_in_brackets_dates_the_headline():
    """The headline names the holiday; the body dates it in brackets after its name: the headline's figure is
    of that span too."""
    page = ("端午小长假全县接待游客\n12.4万人次\n\n本报讯 端午小长假期间（6月7日至9日），全县共接待游客"
            "12.4万人次，同比增长8.1%。\n")
    found = claims_of(page, W, lead="")
    assert [(c.line, c.period) for c in found if c.quote == "12.4万人次"] == [
        (2, "2019-06-07/2019-06-09"), (4, "2019-06-07/2019-06-09")]
