"""Value, table and projection classes met in the twelfth batch, written as invented sentences: none is copied
from an edition. Each row holds at least one check that failed before its class was fixed; a check that held
before (a guard) shares its row."""

from __future__ import annotations

from datetime import date

import pytest

from frontpage.numbers.tables import table_figures
from tests.snippets import claims_of

D = date(2024, 5, 14)

BOUNDS = [
    # 及以上 and 及以下 are the bound hedges 以上 and 以下 with 及 ('and'): the figure itself is included
    ("及以上 is a lower bound", "补贴对象为年销售额500万元及以上的商贸企业。", "500万元及以上", "lower_bound"),
    ("及以下 is an upper bound", "每个班额控制在45人及以下。", "45人及以下", "upper_bound"),
    ("以上 (guard)", "补贴对象为年销售额500万元以上的商贸企业。", "500万元以上", "lower_bound"),
    # a figure right after a noun naming a limit is the limit itself: 以内 bounds what is held under it
    ("the limit a debt is held within", "全县债务余额52.1亿元，在上级下达的限额60.5亿元以内。", "60.5亿元", None),
    ("a quota named", "企业新增用工在核定额度300人以内。", "300人", None),
    ("以内 after a verb stays a bound (guard)", "项目总投资控制在5亿元以内。", "5亿元以内", "upper_bound"),
    ("a quota that is up to a figure stays a bound (guard)", "单户贷款额度为30万元以内。", "30万元以内", "upper_bound"),
]


@pytest.mark.parametrize("name, text, quote, qualifier", BOUNDS, ids=[b[0] for b in BOUNDS])
def test_bound(name, text, quote, qualifier):
    found = claims_of(text, D)
    assert [c.qualifier for c in found if c.quote == quote] == [qualifier], [(c.quote, c.qualifier) for c in found]


def test_the_level_held_under_a_limit_keeps_no_bound():
    """在限额…以内: the debt figure before is a plain level as well."""
    found = claims_of("全县债务余额52.1亿元，在上级下达的限额60.5亿元以内。", D)
    assert [(c.quote, c.value, c.qualifier) for c in found] == [
        ("52.1亿元", 5210000000, None), ("60.5亿元", 6050000000, None)]


TABLE_LABELS = [
    # the parser joins digits parted by a space, so 表1 runs into the year of its title: no claim
    ("表N before its title's year", "详见表1　2023年主要产品产量。", []),
    ("附表N", "附表3 2024年数据如下。", []),
    ("代表 is no table (guard)", "全县共有各级人大代表1203人。", [("1203人", 1203)]),
]


@pytest.mark.parametrize("name, text, expected", TABLE_LABELS, ids=[t[0] for t in TABLE_LABELS])
def test_a_table_label_is_no_claim(name, text, expected):
    assert [(c.quote, c.value) for c in claims_of(text, D)] == expected


UNIT_LINE_TABLE = ("四、工业\n全年全县规模以上工业增加值增长6.1%。\n"
                   "表2　2023年分行业增加值增速\n单位：%\n"
                   "食品加工业　８．４\n纺织业　－２．６\n医药制造业　１２．０\n"
                   "五、投资\n全年固定资产投资增长4.2%。\n")


def test_a_table_under_a_unit_line_gives_its_figures():
    """表2 … / 单位：% / rows of a label and one figure (full-width digits and minus): each figure is a growth
    rate in % of its row's label, its sign the direction, 同比 by convention, the title's year its period."""
    found = [c for c in claims_of(UNIT_LINE_TABLE, date(2024, 3, 20), lead="") if 5 <= c.line <= 7]
    assert [(c.quote, c.value, c.unit, c.direction, c.comparison, c.subject, c.period) for c in found] == [
        ("８．４", 8.4, "%", "increase", "同比", "食品加工业", "2023"),
        ("－２．６", -2.6, "%", "decrease", "同比", "纺织业", "2023"),
        ("１２．０", 12.0, "%", "increase", "同比", "医药制造业", "2023")]


def test_a_unit_line_alone_makes_no_table_of_prose():
    """单位：万元 over a sentence (guard): the sentence is read as a sentence."""
    found = claims_of("单位：万元\n今年全县投入资金1200万元。\n", D, lead="")
    assert [(c.quote, c.value) for c in found] == [("1200万元", 12000000)]


def test_a_bare_growth_column_is_year_on_year_and_the_title_block_dates_it():
    """增速（%） with no base written is 同比 (official statistics); the period comes from a box label two
    title lines above the heading (【数说前三季度】 over 全县主要经济指标), not only from the line just above."""
    lines = list(enumerate(["【数说前三季度】", "全县主要经济指标", "指标  总量（亿元）  增速（%）",
                            "地区生产总值  512.3  4.9", "一般公共预算收入  31.2  -1.5"], start=1))
    rows = table_figures(lines, date(2025, 11, 3))
    assert [(f.quote, f.comparison, f.period) for f in rows] == [
        ("512.3", None, "2025-01/2025-09"), ("4.9", "同比", "2025-01/2025-09"),
        ("31.2", None, "2025-01/2025-09"), ("-1.5", "同比", "2025-01/2025-09")]


def test_a_sentence_above_the_heading_does_not_date_the_table():
    """The title block ends at a line of prose (guard): a period in the paragraph above is not the table's."""
    lines = list(enumerate(["去年全县生产总值增长5.2%，", "主要指标", "指标  总量（亿元）  增速（%）",
                            "地区生产总值  512.3  4.9"], start=1))
    assert [f.period for f in table_figures(lines, date(2025, 11, 3))] == [None, None]


PROJECTIONS = [
    # 控制在 before a bounded figure lays the ceiling down (the annotation brief's standards): a target
    ("控制在…以内", "今年全县PM2.5平均浓度控制在30微克/立方米以内。", "30微克/立方米以内", "target"),
    ("控制在…以内 after this year", "2024年，全区政府债务率控制在110%以内。", "110%以内", "target"),
    ("控制在…以内 last year is a result (guard)", "去年全县城镇登记失业率控制在3.4%以内。", "3.4%以内", None),
    ("控制在…左右 describes a level (guard)", "全县食堂套餐价格普遍控制在12元左右。", "12元左右", None),
    ("控制在 an achieved level is no target (guard)", "去年城镇调查失业率控制在5.1%。", "5.1%", None),
    # 预期增长 is a plan's expected-target rate (as 预期目标); 预期寿命 is a statistic
    ("预期增长", "全县规模以上工业增加值预期增长6%左右。", "6%左右", "target"),
    ("预期提高", "全县森林覆盖率预期提高1个百分点。", "1个百分点", "target"),
    ("预期寿命 is no plan (guard)", "全市人均预期寿命达到79.5岁。", "79.5岁", None),
]


@pytest.mark.parametrize("name, text, quote, projection", PROJECTIONS, ids=[p[0] for p in PROJECTIONS])
def test_projection(name, text, quote, projection):
    found = claims_of(text, D)
    assert [c.projection for c in found if c.quote == quote] == [projection], [(c.quote, c.projection) for c in found]
