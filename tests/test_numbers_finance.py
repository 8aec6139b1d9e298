"""A finance page's numbers by class: units (基点, bp, index points, shares, lots, a price per share,
per mille), names that hold a number (10年期国债), and the signs of falls (下跌, 跌幅, 涨跌幅为-1.2%),
written from the annotation conventions with invented sentences."""

from __future__ import annotations

import pytest

from tests.snippets import claims_of




# (class, sentence, quote, value, unit, kind)
UNITS = [
    ("basis points", "个人住房贷款利率同比下降25个基点。", "25个基点", -25, "bp", "percentage_point"),
    ("basis points as bp", "1年期国债收益率年内累计下行12bp。", "12bp", -12, "bp", "percentage_point"),
    ("an index level with a decimal", "恒生指数收于17650.25点。", "17650.25点", 17650.25, "point", "measure"),
    ("an index range", "预计指数将在2900点至3100点区间震荡。", "2900点至3100点", None, "point", "measure"),
    ("shares with a scale", "全天成交量4.1亿股。", "4.1亿股", 410_000_000, "share", "count"),
    ("a price per share", "该股收盘价为8.06元/股。", "8.06元/股", 8.06, "CNY/share", "money"),
    ("board lots", "盘中最大卖单达3.5万手。", "3.5万手", 35000, "lot", "count"),
    ("per mille", "全市人口自然增长率为1.8‰。", "1.8‰", 1.8, "‰", "percent"),
    ("a currency named before the amount", "基金会捐资港币120万元。", "120万元", 1_200_000, "HKD", "money"),
    ("livestock heads", "年末牛存栏86.4万头。", "86.4万头", 864_000, "head", "count"),
    ("calendar days", "合同工期240日历天。", "240日历天", 240, "day", "duration"),
]


@pytest.mark.parametrize("cls, text, quote, value, unit, kind", UNITS, ids=[u[0] for u in UNITS])
def test_finance_units(cls, text, quote, value, unit, kind):
    hits = [c for c in claims_of(text) if c.quote == quote]
    assert hits, [(c.quote, c.value, c.unit) for c in claims_of(text)]
    c = hits[0]
    assert (c.value, c.unit, c.kind) == (value, unit, kind)


# (class, sentence, quotes that must not be claims)
NOT_CLAIMS = [
    ("a clock time is no index level", "上午9点，市场开盘。", ["9点"]),
    ("a bond's term is its name", "10年期国债收益率收于1.92%。", ["10年"]),
    ("股东 is a word", "公司有3股东。", ["3股"]),
    ("二手 is a word", "全市二手房成交1200套。", ["二手"]),
    ("the three sectors are a name", "三次产业结构为6.8:38.2:55.0。", ["三次"]),
    ("a building number in an address", "拍卖标的位于滨河路16号5栋3单元802室。", ["5栋"]),
]


@pytest.mark.parametrize("cls, text, quotes", NOT_CLAIMS, ids=[n[0] for n in NOT_CLAIMS])
def test_finance_not_claims(cls, text, quotes):
    found = [c.quote for c in claims_of(text)]
    assert not any(q in f for q in quotes for f in found), found


# (class, sentence, quote, value, direction)
SIGNS = [
    ("下跌 is a fall", "创业板指全周下跌2.4%。", "2.4%", -2.4, "decrease"),
    ("跌幅 is a fall", "上证指数收于2960.13点，周跌幅0.8%。", "0.8%", -0.8, "decrease"),
    ("涨幅 is a rise", "上证指数收于2960.13点，周涨幅0.8%。", "0.8%", 0.8, "increase"),
    ("涨跌幅 takes the sign printed", "沪深300指数周涨跌幅为-1.1%。", "-1.1%", -1.1, "decrease"),
    ("上行 is a rise", "10年期国债收益率较前一交易日上行3个基点。", "3个基点", 3, "increase"),
    ("收窄至 is a level", "两种国债利差收窄至28个基点。", "28个基点", 28, None),
    ("分别下跌 gives every item the fall", "地产和建材板块分别下跌3.2%和2.7%。", "2.7%", -2.7, "decrease"),
]


@pytest.mark.parametrize("cls, text, quote, value, direction", SIGNS, ids=[s[0] for s in SIGNS])
def test_finance_signs(cls, text, quote, value, direction):
    hits = [c for c in claims_of(text) if c.quote == quote]
    assert hits, [(c.quote, c.value) for c in claims_of(text)]
    assert (hits[0].value, hits[0].direction) == (value, direction)


def test_a_rate_alone_carries_the_index_and_its_fall():
    """周跌幅 has no noun of its own: it is the rate of the index named before."""
    level, rate = claims_of("深证成指收于9840.52点，周跌幅1.35%。")
    assert (level.subject, rate.subject, rate.value) == ("深证成指", "深证成指", -1.35)
