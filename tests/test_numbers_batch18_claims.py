"""Claim classes (recall and precision, values and units) met in the eighteenth batch, written as invented
tables and sentences: none is copied from an edition. Each test held at least one check that failed before its
class was fixed; a check that held before (a guard) shares its test."""

from __future__ import annotations

from datetime import date

from frontpage.numbers.tables import table_figures
from tests.snippets import claims_of, raw

WHEN = date(2019, 3, 9)


def test_a_table_under_a_unit_line_with_date_columns_and_a_change_column():
    """单位：元/公斤 over a heading row whose label is letter-spaced (品 种), whose columns are days (3月8日 3月1日)
    and a change column with its own unit (环比(%)): the day columns take the 单位 line's unit and their own
    day as period; the change column its bracket's unit, the sign as direction and 环比 as comparison."""
    lines = list(enumerate(["3月8日城区主要蔬菜批发价格", "单位：元/公斤", "品 种 3月8日 3月1日 环比(%)",
                            "芹菜 4.60 4.20 +9.5", "黄瓜 6.10 6.40 -4.7"], start=1))
    rows = table_figures(lines, WHEN)
    assert [(f.quote, f.value, f.unit, f.subject, f.period, f.direction, f.comparison) for f in rows] == [
        ("4.60", 4.6, "CNY/kg", "芹菜", "2019-03-08", None, None),
        ("4.20", 4.2, "CNY/kg", "芹菜", "2019-03-01", None, None),
        ("+9.5", 9.5, "%", "芹菜", "2019-03-08", "increase", "环比"),
        ("6.10", 6.1, "CNY/kg", "黄瓜", "2019-03-08", None, None),
        ("6.40", 6.4, "CNY/kg", "黄瓜", "2019-03-01", None, None),
        ("-4.7", -4.7, "%", "黄瓜", "2019-03-08", "decrease", "环比")]


def test_a_change_column_headed_by_its_comparison_alone_is_a_growth_column():
    """品名 均价（元/斤） 环比（%）: a column headed 环比 (or 同比) alone holds signed changes against that base."""
    lines = list(enumerate(["品名 均价（元/斤） 环比（%）", "草鱼 7.50 2.7", "鲢鱼 5.20 -1.9"], start=1))
    rows = table_figures(lines, WHEN)
    assert [(f.quote, f.direction, f.comparison) for f in rows] == [
        ("7.50", None, None), ("2.7", "increase", "环比"), ("5.20", None, None), ("-1.9", "decrease", "环比")]
    lines = list(enumerate(["地区 产量（万吨） 同比（%）", "东乡 3.2 -0.8"], start=1))
    assert [(f.quote, f.direction, f.comparison) for f in table_figures(lines, WHEN)] == [
        ("3.2", None, None), ("-0.8", "decrease", "同比")]
