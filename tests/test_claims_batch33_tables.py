"""Batch 33, flattened tables: a column headed by a year and a plan's word (2030年目标) holds that year's targets;
one headed by a year and an outcome's word (2026年实际) that year's reported figures. Invented pages, with near
misses: a heading naming a period alone, and a heading naming no period."""

from datetime import date

from tests.snippets import claims_of

D = date(2027, 6, 20)


def _rows(header: str, *rows: str) -> dict:
    text = "全市规划实施情况良好。\n\n附表 规划主要指标进展\n" + header + "\n" + "\n".join(rows) + "\n"
    return {c.quote: c for c in claims_of(text, D, lead="")}


def test_a_plans_year_column_holds_targets_and_an_outcomes_year_column_reports():
    c = _rows("指标 单位 2030年目标 2026年实际", "全市生产总值 亿元 1600 1322.4", "森林覆盖率 % 48 46.7")
    assert (c["1600"].period, c["1600"].projection) == ("2030", "target")
    assert (c["1322.4"].period, c["1322.4"].projection) == ("2026", None)
    assert (c["48"].period, c["48"].projection) == ("2030", "target")
    assert (c["46.7"].period, c["46.7"].projection) == ("2026", None)


def test_a_completed_value_column_is_reported():
    c = _rows("指标 单位 2030年目标值 2026年完成值", "新能源汽车保有量 万辆 30 12.6")
    assert (c["30"].projection, c["12.6"].period, c["12.6"].projection) == ("target", "2026", None)


def test_a_heading_naming_a_period_alone_is_unchanged():
    c = _rows("指标 单位 2025年 2026年", "全市生产总值 亿元 1250.8 1322.4")
    assert (c["1250.8"].period, c["1250.8"].projection) == ("2025", None)
    assert (c["1322.4"].period, c["1322.4"].projection) == ("2026", None)


def test_a_heading_naming_no_period_gives_none():
    c = _rows("指标 单位 目标值 实际值", "全市生产总值 亿元 1600 1322.4")
    assert c["1600"].projection is None and c["1322.4"].period != "2026"
