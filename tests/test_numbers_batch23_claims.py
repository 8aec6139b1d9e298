"""Claim classes of batch 23's misses and wrong values, written as invented sentences and pages: none is
copied from an edition. Each test held at least one check that failed before its class was fixed, and holds
near-misses where the new rule must not fire."""

from __future__ import annotations

from datetime import date

import pytest

from tests.snippets import claims_of

D = date(2024, 10, 25)


def _found(text: str) -> dict:
    return {c.quote: c for c in claims_of(text + "\n")}


BRACKETED_UNIT_LINE = ("全市消费市场稳中有升。\n\n"
                       "前三季度全市主要商品零售额增速\n（单位：%）\n"
                       "日用品类 7.4\n金银珠宝类 10.2\n家电类 -2.8\n本报记者 制图\n")


def test_a_bracketed_unit_line_over_rows_gives_their_unit():
    """（单位：%） in brackets, as 单位：% bare: every row under it a figure in that unit, a growth title's sign
    the direction; and a row's figure takes no word of the next row as its unit (7.4 ⏎ 金银… is no 7.4金)."""
    found = claims_of(BRACKETED_UNIT_LINE, D, lead="")
    assert [(c.quote, c.value, c.unit, c.direction, c.subject) for c in found] == [
        ("7.4", 7.4, "%", "increase", "日用品类"), ("10.2", 10.2, "%", "increase", "金银珠宝类"),
        ("-2.8", -2.8, "%", "decrease", "家电类")]


@pytest.mark.parametrize("unit_line, unit, value", [
    ("（单位：万元）", "CNY", 12000000), ("(单位:万吨)", "t", 12000000), ("单位：万元", "CNY", 12000000)])
def test_a_unit_line_bracketed_or_not(unit_line, unit, value):
    found = claims_of(f"全县主要产品产量\n{unit_line}\n粮食 1200\n蔬菜 800\n", D, lead="")
    assert [(c.quote, c.value, c.unit) for c in found][:1] == [("1200", value, unit)]


def test_a_bracketed_unit_line_alone_makes_no_table_of_prose():
    """（单位：万元） over a sentence (guard): the sentence is read as a sentence."""
    found = claims_of("（单位：万元）\n今年全县投入资金1200万元。\n", D, lead="")
    assert [(c.quote, c.value) for c in found] == [("1200万元", 12000000)]


TITLE_UNIT_TABLE = ("全县经济运行稳中向好。\n\n前三季度全县主要指标增速（%）\n"
                    "地区生产总值 6.2\n固定资产投资 -1.4\n制图：本报记者\n")


def test_a_title_naming_its_unit_in_a_bracket_over_rows():
    """…主要指标增速（%） over rows of a label and one figure: the bracket is their unit, the title's period
    and growth word theirs."""
    found = claims_of(TITLE_UNIT_TABLE, D, lead="")
    assert [(c.quote, c.value, c.unit, c.direction, c.comparison, c.subject, c.period) for c in found] == [
        ("6.2", 6.2, "%", "increase", "同比", "地区生产总值", "2024-01/2024-09"),
        ("-1.4", -1.4, "%", "decrease", "同比", "固定资产投资", "2024-01/2024-09")]


@pytest.mark.parametrize("text, expected", [
    # guards: a bracketed unit ending a sentence, a title over prose, a title over a row of two figures
    ("全县粮食产量增长3.2%（%）。\n地区生产总值 6.2\n", [("3.2%", 3.2)]),
    ("前三季度全县主要指标增速（%）\n全县地区生产总值增长6.2%。\n", [("6.2%", 6.2)]),
    ("主要产品产量（万吨）\n粮食 2023 12.5\n", []),
])
def test_a_bracket_unit_title_needs_rows_under_it(text, expected):
    assert [(c.quote, c.value) for c in claims_of(text, D, lead="")] == expected


def test_a_row_figure_takes_no_word_of_the_next_row_as_its_unit():
    """单位：% / 日用品类 7.4 / 金银珠宝类 10.2: the row's figure is the table's, no 7.4金 (medals) read across
    the line break; a sentence's figure cut from its unit by a line break (guard) still takes it."""
    found = claims_of("全县经济平稳。\n\n全县主要商品零售额增速\n单位：%\n日用品类 7.4\n金银珠宝类 10.2\n"
                      "家电类 -2.8\n", D, lead="")
    assert [(c.quote, c.unit) for c in found] == [("7.4", "%"), ("10.2", "%"), ("-2.8", "%")]
    found = claims_of("全县全年完成固定资产投资24.2\n亿元，同比增长3.1%。\n", D)
    assert [(c.quote, c.value) for c in found] == [("24.2亿元", 2420000000), ("3.1%", 3.1)]


RAW_BULLETIN = ("3\n综合\n青川县2024年国民经济和社会发展\n统计公报\n一、综合\n初步核算，全年全县地区生产总值\n"
                "186.20亿元，按不变价格计算，\n比上年增长5.1%。其中，第一产业增加值\n31.23亿元，增长3.2%；第二产业增\n"
                "加值69.65亿元，增长6.0%。\n二、价格\n全年居民消费价格比上年上涨\n0.6%。其中，食品烟酒、医疗保健价格\n"
                "分别上涨1.4%和2.2%；\n衣着、居住、交通通信价格\n分别下降0.3%、0.5%和\n1.6%。工业生产者出厂价格下降0.9%。\n"
                "表1 2024年全县分行业增加值\n单位：亿元\n指标 绝对数 比上年增长（%）\n地区生产总值 186.20 5.1\n"
                "工业 62.40 6.3\n")


def test_a_list_of_figures_cut_before_its_last_item_is_read_whole():
    """…分别下降0.3%、0.5%和 / 1.6%。: a paragraph the parser ended on a list's 和 (or 、) after a figure goes on
    in the next; the last item keeps the list's verb (a fall, signed) — and the sentence after it its own."""
    found = {(c.line, c.quote): c for c in claims_of(RAW_BULLETIN, date(2025, 3, 20), lead="")}
    assert [(found[k].value, found[k].direction) for k in [(16, "0.3%"), (17, "1.6%"), (17, "0.9%")]] == [
        (-0.3, "decrease"), (-1.6, "decrease"), (-0.9, "decrease")]


@pytest.mark.parametrize("text, quote, unit", [
    # a money unit over bases joined by a middle dot (人·月, 户·月, 吨·公里): one unit, the bases' units joined
    ("全县城市低保标准由650元/人·月提高到700元/人·月。", "700元/人·月", "CNY/person-month"),
    ("全县城市低保标准由650元/人·\n月提高到700元/人·月。", "650元/人·月", "CNY/person-month"),
    ("农村低保标准提高到5400元/人·年。", "5400元/人·年", "CNY/person-year"),
    ("培训补贴按120元/人·天发放。", "120元/人·天", "CNY/person-day"),
    ("车票价格为0.8元/人·次。", "0.8元/人·次", "CNY/person-time"),
    ("物业管理费按20元/户·月收取。", "20元/户·月", "CNY/household-month"),
    ("铁路运价为0.35元/吨·公里。", "0.35元/吨·公里", "CNY/t-km"),
    # a household base is a unit too (batch 28's gold: 元/户 → CNY/household)
    ("保洁费每月15元/户。", "15元/户", "CNY/household"),
    # not fired: a slash before a single person or a period stays out (元/人, 元/月: CNY, as before), two
    # slashes (元/人/月), no slash (每人每月), a count over 年 (人次/年 is no money or measure), a price per tonne as before
    ("误工补助标准为100元/人。", "100元", "CNY"),
    ("护理员月薪4500元/月。", "4500元", "CNY"),
    ("高龄津贴提高到300元/人/月。", "300元", "CNY"),
    ("每人每月补助200元。", "200元", "CNY"),
    ("全县年接待游客120万人次/年。", "120万人次", "person-time"),
    ("煤炭价格为860元/吨。", "860元/吨", "CNY/t"),
])
def test_a_money_unit_over_bases_joined_by_a_middle_dot(text, quote, unit):
    assert _found(text)[quote].unit == unit


_LEAD = "全县经济运行稳中向好。\n\n"


@pytest.mark.parametrize("text, expected", [
    # a title's bracket holding a figure (a year, a count) is no unit: its rows are no claims
    ("全县重点项目推进情况（2024年）\n青石镇 12\n白沙镇 8\n", []),
    ("全县重点项目推进情况（5年）\n青石镇 12\n白沙镇 8\n", [("5年", 5, "year", None, None)]),
    ("全县重点项目推进情况（30个）\n青石镇 12\n白沙镇 8\n", [("30个", 30, "item", None, None)]),
    ("全县重点项目推进情况（12项）\n青石镇 12\n白沙镇 8\n", [("12项", 12, "item", None, None)]),
    ("2024年民生实事（10件）\n青石镇 12\n白沙镇 8\n", [("10件", 10, "item", None, "2024")]),
    # a line whose figure runs on into a unit opening the next line's sentence is prose, not a row
    (_LEAD + "今年前三季度各项指标增速（%）\n全县地区生产总值 6.2\n亿元，同比增长6.2%。\n",
     [("6.2亿元", 620000000, "CNY", None, "2024-01/2024-09"), ("6.2%", 6.2, "%", "increase", "2024-01/2024-09")]),
    # a row naming another measure (a yield per mu, a rate) does not take the title's unit
    ("全县各乡镇粮食播种面积（万亩）\n青石镇 12.5\n亩产 450\n", [("12.5", 125000, "mu", None, None)]),
    ("一季度全县主要指标（亿元）\n地区生产总值 62.3\n增速 5.1\n",
     [("62.3", 6230000000, "CNY", None, "2024-Q1")]),
    ("一季度全县主要指标（亿元）\n地区生产总值 62.3\n比重 35.2\n",
     [("62.3", 6230000000, "CNY", None, "2024-Q1")]),
    ("全县各镇蔬菜产量（万吨）\n青石镇 3.2\n平均单产 2.6\n", [("3.2", 32000, "t", None, None)]),
    # guard: under a percent title a rate row is read in it
    ("一季度全县主要指标（%）\n地区生产总值增速 5.1\n一产比重 12.3\n",
     [("5.1", 5.1, "%", None, "2024-Q1"), ("12.3", 12.3, "%", None, "2024-Q1")]),
    # rows labelled with their own period are of it, not of a period in the lines above
    ("全县规上工业增加值增速（%）\n1-3月 5.2\n1-6月 6.1\n全县固定资产投资增速（%）\n1-3月 3.0\n1-6月 4.2\n",
     [("5.2", 5.2, "%", "increase", "2024-01/2024-03"), ("6.1", 6.1, "%", "increase", "2024-01/2024-06"),
      ("3.0", 3, "%", "increase", "2024-01/2024-03"), ("4.2", 4.2, "%", "increase", "2024-01/2024-06")]),
])
def test_a_title_unit_only_over_rows_of_its_measure(text, expected):
    """A title's bracket is a unit only when it holds no figure; a line cut from its unit is prose; a row naming a
    rate or a measure per something takes no title unit but a percent; a row labelled with a period is of it."""
    assert [(c.quote, c.value, c.unit, c.direction, c.period) for c in claims_of(text, D, lead="")] == expected


@pytest.mark.parametrize("after", ["年末生猪存栏86万头，比上年末下降4.3%。", "2024年，全县粮食总产量再创新高。"])
def test_a_row_over_a_sentence_opening_on_a_time_word_stays_a_row(after):
    """Guard: the next line opens on 年 or a year, not on the unit the row's figure runs on into: the row is read."""
    text = f"全县农业生产稳定。\n\n表1 2024年全县主要农产品产量\n产品名称 产量（万吨） 比上年增长（%）\n粮食 72.4 1.8\n猪肉 21.6 -1.5\n{after}\n"
    found = [(c.quote, c.subject) for c in claims_of(text, D, lead="")]
    assert ("21.6", "猪肉") in found and ("-1.5", "猪肉") in found
