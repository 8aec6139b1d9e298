"""Table, period, comparison, projection and claim classes met in the fourteenth batch (second pass),
written as invented sentences, tables and pages: none is copied from an edition. Each test held at least
one check that failed before its class was fixed; a check that held before (a guard) shares its test."""

from __future__ import annotations

from datetime import date

import pytest

from frontpage.numbers.tables import table_figures
from tests.snippets import claims_of

D = date(2023, 7, 24)  # a Monday


def _numbered(texts: list[str], first: int = 10) -> list[tuple[int, str]]:
    return [(first + k, t) for k, t in enumerate(texts)]


def test_a_dash_in_a_table_set_one_cell_a_line_keeps_its_place():
    """A row printing — where it has no total (规上工业增加值 / — / 7.5): the dash is no claim, the row and the
    rows after it are still read."""
    lines = _numbered(["【图说上半年】", "指标", "总量（亿元）", "同比增长（%）", "地区生产总值", "86.4", "6.2",
                       "规上工业增加值", "—", "7.5", "税收收入", "9.8", "-2.4"])
    rows = table_figures(lines, D)
    assert [(f.quote, f.subject, f.period, f.comparison, f.direction) for f in rows] == [
        ("86.4", "地区生产总值", "2023-H1", None, None), ("6.2", "地区生产总值", "2023-H1", "同比", "increase"),
        ("7.5", "规上工业增加值", "2023-H1", "同比", "increase"), ("9.8", "税收收入", "2023-H1", None, None),
        ("-2.4", "税收收入", "2023-H1", "同比", "decrease")]


PAGE = """青山日报

2023年7月24日 星期一

本报讯（记者 王 林）
7月22日，记者从县统计局获悉，上半
年，全县地区生产总值86.4亿元，同比
增长6.2%。

7月20日，游客在青山湖畔拍照。
本报记者 李 明 摄

【图说上半年】

指标
总量（亿元）
同比增长（%）

地区生产总值
86.4
6.2

规上工业增加值
—
7.5

税收收入
9.8
-2.4

本报讯 近日，省经信厅公布名单，我县共有2家企业入选。
"""


def test_a_table_set_one_cell_a_line_split_over_items_is_read_whole():
    """The parser gives the title and heading cells, and a last row, to items of their own: each row is
    still read in its column's unit with the title's period, once."""
    rows = [(c.line, c.quote, c.value, c.subject, c.period, c.comparison) for c in claims_of(PAGE, D, lead="")
            if 14 < c.line < 31]
    assert rows == [(20, "86.4", 8640000000, "地区生产总值", "2023-H1", None),
                    (21, "6.2", 6.2, "地区生产总值", "2023-H1", "同比"),
                    (25, "7.5", 7.5, "规上工业增加值", "2023-H1", "同比"),
                    (28, "9.8", 980000000, "税收收入", "2023-H1", None),
                    (29, "-2.4", -2.4, "税收收入", "2023-H1", "同比")]


BREAKDOWNS = [
    # 分产业看 / 分行业看 opening a paragraph: the figures of the paragraph before, broken down, of its period
    ("分产业看", "上半年，全县地区生产总值86.4亿元，同比增长6.2%。\n\n分产业看，第一产业、第二产业增加值分别增长"
     "3.1%和7.4%。", "7.4%", "2023-H1", "同比"),
    ("分行业看", "1—6月，全县规模以上工业增加值同比增长8.1%。\n\n分行业看，食品加工业增加值增长12.5%。", "12.5%",
     "2023-01/2023-06", "同比"),
    ("its own period wins (guard)", "上半年，全县地区生产总值86.4亿元，同比增长6.2%。\n\n分季度看，二季度增长7.1%。",
     "7.1%", "2023-Q2", "同比"),
    ("从…看 is no breakdown (guard)", "上半年，全县新开工项目86个。\n\n从项目类型看，产业项目占比52.3%。", "52.3%",
     None, None),
]


@pytest.mark.parametrize("name, text, quote, period, comparison", BREAKDOWNS, ids=[t[0] for t in BREAKDOWNS])
def test_a_breakdown_paragraph_keeps_the_period_of_the_figures_before(name, text, quote, period, comparison):
    found = [c for c in claims_of(text, D) if c.quote == quote]
    assert [(c.period, c.comparison) for c in found] == [(period, comparison)], [(c.quote, c.period) for c in found]


def test_what_is_done_by_a_cut_off_day_after_a_plan_is_no_target():
    """计划…, 截至5月10日已完成…, 完成计划的…: the figures done by the day are actual, of that day; the plan stays a target."""
    text = "今年全县玉米计划播种面积18.5万亩，截至5月10日已完成播种15.2万亩，完成计划的82.2%。"
    got = {c.quote: (c.projection, c.period) for c in claims_of(text, D)}
    assert got == {"18.5万亩": ("target", "2023"), "15.2万亩": (None, "2023-05-10"), "82.2%": (None, "2023-05-10")}


TWO_COUNTS = [
    # 两 before a count's measure word counts, wherever it stands (not only after a verb)
    ("after 和", "镇长和两名技术员连夜赶到现场。", "两名", 2),
    ("opening its clause", "我市两所中学入选省级示范校。", "两所", 2),
    ("after a verb (guard)", "全区新增两家省级专精特新企业。", "两家", 2),
    # but not things already named (的, 这) or a formula in quotes, nor an idiom
    ("after 的 (guard)", "相隔最远的两户村民相距6公里。", "两户", None),
    ("after 这", "这两家企业去年营收均超过1亿元。", "两家", None),
    ("a formula in quotes (guard)", "坚持“两个毫不动摇”，全年新增企业30家。", "两个", None),
    ("an idiom", "产业和生态两条腿都要硬，全村新种茶园200亩。", "两条", None),
    ("the items a 分别 list pairs (guard)", "两项指标分别提高2.4和0.8个百分点。", "两项", None),
]


@pytest.mark.parametrize("name, text, quote, value", TWO_COUNTS, ids=[t[0] for t in TWO_COUNTS])
def test_liang_before_a_measure_word_counts(name, text, quote, value):
    found = [c.value for c in claims_of(text, D) if c.quote == quote]
    assert found == ([value] if value else []), [(c.quote, c.value) for c in claims_of(text, D)]


SCALE_WORDS = [
    # 半价: half the price, read as 五折 (50 %)
    ("半价", "景区门票每张60元，老年人半价。", "半价", 50, "%", None),
    # a scale word alone after a hedge of 'over' (the brief: 超万亿元, 突破千亿元)
    ("突破亿吨", "全省港口货物吞吐量突破亿吨。", "突破亿吨", 100000000, "t", "lower_bound"),
    ("超万人", "开幕式当天，超万人涌入会场。", "超万人", 10000, "person", "lower_bound"),
    ("经过 is no hedge (guard)", "经过万人投票，方案最终确定。", None, None, None, None),
    # a Chinese numeral with 余/多 and a scale word, its noun saying what it counts
    ("二十余万", "全省二十余万名医务人员坚守岗位，三十余万党员参与服务。", "三十余万", 300000, "person", "lower_bound"),
    ("十多万", "十多万群众观看了演出。", "十多万", 100000, "person", "lower_bound"),
    ("an idiom's number (guard)", "十万火急，抢险队连夜出发。", None, None, None, None),
]


@pytest.mark.parametrize("name, text, quote, value, unit, qualifier", SCALE_WORDS, ids=[t[0] for t in SCALE_WORDS])
def test_half_prices_and_scale_words_without_digits(name, text, quote, value, unit, qualifier):
    found = claims_of(text, D)
    if quote is None:
        assert found == [], [(c.quote, c.value) for c in found]
        return
    assert [(c.value, c.unit, c.qualifier) for c in found if c.quote == quote] == [(value, unit, qualifier)], \
        [(c.quote, c.value) for c in found]


COMPARISONS = [
    # items of a list parted by 、 in one clause: each number takes the comparison of its own item
    ("环比 in the item after 同比", "全县商品房均价同比持平、环比下降1.3%。", "1.3%", "环比"),
    ("同比 in the item after 环比", "6月份猪肉价格环比持平、同比上涨8.6%。", "8.6%", "同比"),
    ("one item names it (guard)", "6月份猪肉价格同比上涨8.6%。", "8.6%", "同比"),
]


@pytest.mark.parametrize("name, text, quote, comparison", COMPARISONS, ids=[t[0] for t in COMPARISONS])
def test_each_item_of_a_list_keeps_its_own_comparison(name, text, quote, comparison):
    assert [c.comparison for c in claims_of(text, D) if c.quote == quote] == [comparison]


PER_HEAD = [
    # a standard per head and year (每户每年1500元) is a level: it takes the period opening its sentence
    ("每户每年 after a year opening the sentence", "今年，全县困难家庭取暖补贴提高到每户每年1200元。", "1200元", "2023"),
    ("每生每年 in a 分别 list", "2022年，全县小学、初中生均公用经费分别为每生每年700元、900元。", "900元", "2022"),
    # a yearly rate keeps only its own clause's period (guards)
    ("每年 a yearly rate", "今年，全县新建农家书屋12个，每年培训农民3000人次。", "3000人次", None),
    ("年均", "过去五年，全县地区生产总值年均增长6.2%。", "6.2%", None),
]


@pytest.mark.parametrize("name, text, quote, period", PER_HEAD, ids=[t[0] for t in PER_HEAD])
def test_a_standard_per_head_and_year_takes_the_period_of_its_sentence(name, text, quote, period):
    assert [c.period for c in claims_of(text, D) if c.quote == quote] == [period]
