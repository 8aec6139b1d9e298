"""Subject classes of batch 44: a table row's label that prints its row's unit in a bracket at its end
(茶叶（吨）, 水产品（万吨）) names what is measured without that bracket, in every column, a growth column's too;
a bracket that holds no unit (城区（含开发区）) stays. Invented tables, none copied from an edition."""

from __future__ import annotations

from tests.snippets import claims_of, raw


def _subjects(*rows: str) -> dict[str, str]:
    text = raw("本报讯 前三季度，全市农业生产总体平稳。", *rows, "资料来源：市统计局")
    return {c.quote: c.subject for c in claims_of(text, lead="")}


def test_a_unit_bracket_is_no_part_of_a_row_label():
    found = _subjects("表：前三季度全市主要农产品产量", "产品名称 产量 同比增长（%）",
                      "茶叶（吨） 3260 8.4", "水产品（万吨） 2.15 -3.2", "食用菌（万吨） 1.08 5.6")
    assert (found["8.4"], found["-3.2"], found["5.6"]) == ("茶叶", "水产品", "食用菌")


def test_a_bracket_that_names_no_unit_stays_in_the_label():
    found = _subjects("表：前三季度各地区一般公共预算收入增速", "地区 增速（%）",
                      "城区（含开发区） 6.2", "北部山区 4.8", "南部片区 5.1")
    assert (found["6.2"], found["4.8"]) == ("城区（含开发区）", "北部山区")
