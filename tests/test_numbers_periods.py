"""Periods by class, written from the annotation conventions (the held-out annotation brief and the
notes on Chinese statistical prose): one invented sentence in, the period of one claim out.

The edition's date matters: a figure for 全年 or 年末 printed in March is last year's (a bulletin
reviews the year before), a target for 全年 is this year's."""

from __future__ import annotations

from datetime import date

import pytest

from frontpage.numbers.claims import CONTEXT_KINDS, extract_claims
from frontpage.parse.articles import parse_articles
from frontpage.parse.reading import decode_edition

SPRING = date(2025, 3, 1)  # a bulletin's season: last year is over, this one has barely begun
SUMMER = date(2024, 7, 20)  # a Saturday in the second half


def claim(text: str, quote: str, when: date):
    ed = decode_edition(("本报讯 " + text).encode("utf-8"))
    found = [c for c in extract_claims(ed, parse_articles(ed, when), when) if c.kind not in CONTEXT_KINDS]
    hits = [c for c in found if c.quote == quote]
    assert hits, [(c.quote, c.period) for c in found]
    return hits[0]


# (class, sentence, quote, edition date, period)
PERIODS = [
    ("全年 of a reported figure is the last ended year",
     "全年全市粮食产量812.4万吨，比上年增长2.2%。", "812.4万吨", SPRING, "2024"),
    ("全年 carries to the next sentence of the paragraph",
     "全年全市粮食产量812.4万吨。油料产量33.1万吨，增长1.9%。", "33.1万吨", SPRING, "2024"),
    ("全年 on a December page is the year it closes",
     "全年全市粮食产量812.4万吨，比上年增长2.2%。", "812.4万吨", date(2024, 12, 28), "2024"),
    ("全年 of a forecast is this year",
     "预计全年全市生产总值增长5%左右。", "5%左右", SUMMER, "2024"),
    ("全年 of a target is this year", "力争全年新增市场主体3万户。", "3万户", SUMMER, "2024"),
    ("年末 of a stock is the last ended year, as 2024年末 is (batches 3-4; batch 2 wrote 12-31)",
     "年末全市户籍人口318万人，比上年末减少1.2万人。", "318万人", SPRING, "2024"),
    ("比上年末 is a base, so 年末 stays the period",
     "年末全市户籍人口318万人，比上年末减少1.2万人。", "1.2万人", SPRING, "2024"),
    ("年底前 is a deadline this year", "确保年底前全市充电桩总数达到1.2万个。", "1.2万个", SUMMER, "2024"),
    ("今年年底 is this year", "预计到今年年底全市5G基站将达2.4万个。", "2.4万个", SUMMER, "2024"),
    # a stock at a month's end takes the month (annotation brief, clarified for the sixth batch)
    ("截至N月末 is that month", "截至6月末，全市个体工商户总量达42.7万户。", "42.7万户", SUMMER, "2024-06"),
    ("截至N月末 of last year's month", "截至11月末，全市存款余额达1.9万亿元。", "1.9万亿元", SPRING, "2024-11"),
    ("截至N月底 is that month", "截至5月底，全县累计发放贷款8.6亿元。", "8.6亿元", SUMMER, "2024-05"),
    ("a span of days", "7月8日至12日，全市日均用电量为1.6亿千瓦时。", "1.6亿千瓦时", SUMMER, "2024-07-08/2024-07-12"),
    ("a span of days across months", "6月28日至7月2日，景区共接待游客9.3万人次。", "9.3万人次", SUMMER,
     "2024-06-28/2024-07-02"),
    ("上周 is last week's working days", "上周全市新房网签成交1260套。", "1260套", SUMMER, "2024-07-08/2024-07-12"),
    ("a base with 的 is not the period", "上半年，全市接待游客1800万人次，恢复至2019年同期的九成。", "九成", SUMMER,
     "2024-H1"),
    ("the period of the number before (由…的) is not this one's",
     "全市湿地面积由2015年的36万亩增加到52万亩。", "52万亩", SUMMER, None),
    ("由…的 gives the first number its period",
     "全市湿地面积由2015年的36万亩增加到52万亩。", "36万亩", SUMMER, "2015"),
    ("a section heading run into its text does not hide the period",
     "三、工业全年规模以上工业增加值增长6.2%。", "6.2%", SPRING, "2024"),
    ("a daily average belongs to the period that opens the sentence",
     "1至5月，全市日均客运量为210万人次。", "210万人次", SUMMER, "2024-01/2024-05"),
]


@pytest.mark.parametrize("cls, text, quote, when, period", PERIODS, ids=[p[0] for p in PERIODS])
def test_period_by_class(cls, text, quote, when, period):
    assert claim(text, quote, when).period == period


# (class, sentence, quote, edition date, comparison): the convention that ties a bare rate to a period
BARE_RATES = [
    ("bare 增长 in a year's statistics is 同比", "全年全市粮食产量812.4万吨，增长2.2%。", "2.2%", SPRING, "同比"),
    ("bare 下跌 over a span of days is not 同比", "7月8日至12日，市场综合指数下跌1.4%。", "1.4%", SUMMER, None),
]


@pytest.mark.parametrize("cls, text, quote, when, comparison", BARE_RATES, ids=[b[0] for b in BARE_RATES])
def test_bare_rate_by_period(cls, text, quote, when, comparison):
    assert claim(text, quote, when).comparison == comparison
