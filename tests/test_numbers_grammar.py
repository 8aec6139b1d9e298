"""Number grammar, class by class: each row an input sentence and the claims a reader of Chinese
statistical prose takes from it (quote, value, unit, kind, qualifier), written from the conventions
(``data/editions/heldout/ANNOTATION-BRIEF.md``, ``shared/notes/chinese-statistics.md``), not from output."""

from __future__ import annotations

from datetime import date

import pytest

from frontpage.numbers.claims import CONTEXT_KINDS, extract_claims
from frontpage.numbers.numerals import parse_number
from frontpage.parse.traditional import simplified
from frontpage.parse.articles import parse_articles
from frontpage.parse.reading import decode_edition

DAY = date(2025, 7, 20)


def claims_of(text: str, day: date = DAY) -> list:
    edition = decode_edition(f"本报讯 {text}\n".encode())
    return [c for c in extract_claims(edition, parse_articles(edition, day), day) if c.kind not in CONTEXT_KINDS]


def only(text: str):
    found = claims_of(text)
    assert len(found) == 1, [(c.quote, c.value) for c in found]
    return found[0]


# (sentence, quote, value, unit, kind, qualifier)
GRAMMAR = [
    # Chinese-numeral decimals, never rounded or cut at the point
    ("增速回落四点五个百分点。", "四点五个百分点", -4.5, "pp", "percentage_point", None),
    ("居民消费价格上涨百分之零点五。", "百分之零点五", 0.5, "%", "percent", None),
    ("夏粮自给率达到百分之一百二十点五。", "百分之一百二十点五", 120.5, "%", "percent", None),
    ("开工率达八点五成。", "八点五成", 85, "%", "percent", None),
    # Arabic digits with Chinese places: one number, never two
    ("新能源汽车产量5万5千辆。", "5万5千辆", 55000, "vehicle", "count", None),
    ("城镇就业25万6千人。", "25万6千人", 256000, "person", "count", None),
    ("发放消费券2千零30万元。", "2千零30万元", 20300000, "CNY", "money", None),
    # signs
    ("利润总额同比-3.5%。", "-3.5%", -3.5, "%", "percent", None),
    ("进口同比负3.9%。", "负3.9%", -3.9, "%", "percent", None),
    ("民间投资增长-3.5%。", "-3.5%", -3.5, "%", "percent", None),
    ("钢铁行业增速为-2.1%。", "-2.1%", -2.1, "%", "percent", None),
    # fractions and shares, as percentages
    ("网络消费占比三分之一。", "三分之一", 33.333333, "%", "percent", None),
    ("核心产业占比约四分之一。", "约四分之一", 25, "%", "percent", "approx"),
    ("民营企业占比超过2/3。", "超过2/3", 66.666667, "%", "percent", "lower_bound"),
    ("不合格率为千分之三。", "千分之三", 0.3, "%", "percent", None),
    ("投诉率低于万分之五。", "低于万分之五", 0.05, "%", "percent", "upper_bound"),
    ("景区门票五折优惠。", "五折", 50, "%", "percent", None),
    # traditional characters in a simplified page: quoted as printed, read as simplified
    ("意向投資約15億元。", "約15億元", 1_500_000_000, "CNY", "money", "approx"),
    ("接待遊客約286萬人次。", "約286萬人次", 2_860_000, "person-time", "count", "approx"),
    ("遊客增長百分之十八點六。", "百分之十八點六", 18.6, "%", "percent", None),
    ("全州有民宿三百餘家。", "三百餘家", 300, "organisation", "count", "lower_bound"),
    ("新開通兩條自駕遊線路。", "兩條", 2, "item", "count", None),
    ("港澳青年超過2100人。", "超過2100人", 2100, "person", "count", "lower_bound"),
    # temperatures, lengths, weights, concentrations
    ("最低气温降至零下五度。", "零下五度", -5, "°C", "measure", None),
    ("白天最高气温仅-3℃。", "-3℃", -3, "°C", "measure", None),
    ("大棚温度保持在25摄氏度左右。", "25摄氏度左右", 25, "°C", "measure", "approx"),
    ("城区降雪10厘米。", "10厘米", 10, "cm", "measure", None),
    ("主干道积雪2毫米。", "2毫米", 2, "mm", "measure", None),
    ("烹调油摄入量52克。", "52克", 52, "g", "measure", None),
    ("PM2.5平均浓度35微克/立方米。", "35微克/立方米", 35, "µg/m3", "measure", None),
    ("本月用电量120度。", "120度", 120, "kWh", "measure", None),
    # currencies after the number
    ("发行债券300亿人民币。", "300亿人民币", 30_000_000_000, "CNY", "money", None),
    ("营收12亿欧元。", "12亿欧元", 1_200_000_000, "EUR", "money", None),
    ("物流成本不到一美元。", "不到一美元", 1, "USD", "money", "upper_bound"),
    ("平均亩产近一吨。", "近一吨", 1, "t", "measure", "upper_bound"),
    # measure words
    ("查处非法营运案件8宗。", "8宗", 8, "case", "count", None),
    ("破获电诈案件872起。", "872起", 872, "case", "count", None),
    ("打了5口热源井。", "5口", 5, "well", "count", None),
    ("开通城乡公交3路。", "3路", 3, "route", "count", None),
    ("加开高峰班次12班。", "12班", 12, "trip", "count", None),
    ("进出量12万辆次左右。", "12万辆次左右", 120000, "vehicle-time", "count", "approx"),
    ("连续16个季度保持优良。", "16个季度", 16, "quarter", "duration", None),
    ("铝锭均价18650元/吨。", "18650元/吨", 18650, "CNY/t", "money", None),
    ("债权申报期限为60日。", "60日", 60, "day", "duration", None),
    # ages: a statistic is a claim
    ("患者平均年龄42岁。", "42岁", 42, "year", "measure", None),
    ("人均预期寿命79.6岁。", "79.6岁", 79.6, "year", "measure", None),
    # scale words with no digit
    ("社会消费品零售总额超万亿元。", "超万亿元", 10**12, "CNY", "money", "lower_bound"),
    ("网上零售额突破千亿元。", "突破千亿元", 10**11, "CNY", "money", "lower_bound"),
    ("专项资金不少于10亿元。", "不少于10亿元", 10**9, "CNY", "money", "lower_bound"),
    ("旅游收入逾24.3亿元。", "逾24.3亿元", 2_430_000_000, "CNY", "money", "lower_bound"),
    # counts of a noun with no measure word (Arabic digits)
    ("活动覆盖10省份。", "10省份", 10, "province", "count", None),
    ("其中4县入选。", "4县", 4, "county", "count", None),
]


@pytest.mark.parametrize("sentence, quote, value, unit, kind, qualifier", GRAMMAR)
def test_number_grammar(sentence, quote, value, unit, kind, qualifier):
    c = only(sentence)
    assert (c.quote, c.unit, c.kind, c.qualifier) == (quote, unit, kind, qualifier)
    assert c.value == pytest.approx(value, rel=1e-9)


NOT_CLAIMS = [
    "年满60周岁以上老年人可免费乘车。",  # a person's age (and 周岁 is not weeks)
    "患者是一名58岁的男子。",
    "替换购置于2013-2018年的老车。",  # a span of years: context
    "在线报名：https://ex.example/a%20b",  # a percent-encoded URL
    "一、过去五年工作回顾。",  # a period
    "十多年前，这里还是荒地。",
    "一季度、三季度情况良好。",  # quarters are periods
    "西南五省签署协议。",  # a group, not a count
    "江川省人民法院二〇二四年二月二十八日",  # a date in Chinese numerals
    "三口之家年收入稳定。",
    "两年平均增长的势头不变。",  # 两年平均 is a comparison, not a duration
]


@pytest.mark.parametrize("sentence", NOT_CLAIMS)
def test_not_claims(sentence):
    assert claims_of(sentence) == []


def test_shared_unit_of_a_respectively_list():
    found = claims_of("数字化改造投资、技术改造投资、设备投资分别增长3.3、1.4、1.1倍。")
    assert [(c.quote, c.value, c.unit) for c in found] == [("3.3", 3.3, "×"), ("1.4", 1.4, "×"), ("1.1倍", 1.1, "×")]


def test_shared_scale_and_unit():
    found = claims_of("铝板带、铝型材产量分别为12.4、18.9万吨。")
    assert [(c.value, c.unit) for c in found] == [(124000, "t"), (189000, "t")]


def test_every_claim_has_a_value():
    for text in ("替换购置于2013-2018年的老车，共120辆。", "工期3至5年。", "约2.6%-16.4%的增幅。"):
        for c in claims_of(text):
            assert c.value is not None or (c.low is not None and c.high is not None), c


@pytest.mark.parametrize("token, scale, value", [
    ("四点五", "", 4.5), ("零点五", "", 0.5), ("一百二十点五", "", 120.5), ("5万5千", "", 55000),
    ("25万6千", "", 256000), ("2千零30", "万", 20_300_000), ("万", "亿", 10**12), ("千", "亿", 10**11),
])
def test_parse_number_mixed_and_decimal(token, scale, value):
    assert parse_number(token, scale) == value


@pytest.mark.parametrize("bad", ["十四五", "四点", "点五", "5万五千五百五十五十"])
def test_parse_number_refuses_non_numbers(bad):
    with pytest.raises(ValueError):
        parse_number(bad)


def test_simplified_keeps_length_and_leaves_simplified_text_alone():
    assert simplified("約15億元，兩地簽約項目23個，超過2100人") == "约15亿元，两地签约项目23个，超过2100人"
    page = "全省地区生产总值同比增长5.3%，两年平均增长5.1%。"
    assert simplified(page) == page
