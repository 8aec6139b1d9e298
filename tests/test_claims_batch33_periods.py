"""Batch 33, periods: statistics that run on from the period a report's lead set.

A paragraph that opens on statistics naming no period (食品中，猪肉价格上涨8.6%) in a story no headline or
heading dates keeps the period of the statistics before it, and with it the implied 同比 of a bare change
rate. Invented sentences; near misses where the period must not run on: a stock with no change rate, a
paragraph that names its own period or whose first sentence is no statistics, a day (an event), a
figure against a written base, a forecast.
"""

from datetime import date

from tests.snippets import claims_of

WHEN = date(2024, 7, 20)


def _by_quote(text: str) -> dict:
    return {c.quote: c for c in claims_of(text, WHEN)}


def _page(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs) + "\n"


def test_a_paragraph_of_bare_rates_keeps_the_lead_period():
    c = _by_quote(_page("记者从县统计局获悉，上半年，全县居民消费价格同比上涨0.7%，涨幅比一季度回落0.1个百分点。",
                        "水产品中，鱼类价格上涨5.2%，虾蟹价格下降3.6%。",
                        "核心指数上涨0.4%。"))
    assert (c["5.2%"].period, c["5.2%"].comparison) == ("2024-H1", "同比")
    assert (c["3.6%"].period, c["3.6%"].comparison) == ("2024-H1", "同比")
    assert (c["0.4%"].period, c["0.4%"].comparison) == ("2024-H1", "同比")


def test_a_level_in_a_paragraph_of_statistics_keeps_it_too():
    c = _by_quote(_page("记者从市统计局获悉，1—5月，全市规上工业增加值增长6.1%。",
                        "新能源汽车产量2.7万辆，增长33.5%；光伏电池产量下降4.2%。"))
    assert c["2.7万辆"].period == "2024-01/2024-05"
    assert c["33.5%"].period == "2024-01/2024-05"


def test_a_box_label_naming_only_a_period_dates_the_figures_under_it():
    text = ("本报讯 记者从市发改委获悉，全市经济运行总体平稳，主要指标好于预期。\n\n【数说】\n1—4月\n"
            "全市外贸进出口总额126亿元\n同比增长7.3%\n")
    c = {x.quote: x for x in claims_of(text, WHEN, lead="")}
    assert (c["7.3%"].period, c["7.3%"].comparison) == ("2024-01/2024-04", "同比")
    assert c["126亿元"].period == "2024-01/2024-04"


def test_a_stock_with_no_change_rate_takes_no_period():
    c = _by_quote(_page("记者从县统计局获悉，上半年，全县居民消费价格同比上涨0.7%。",
                        "全县现有农贸市场36个，摊位2100余个。"))
    assert c["36个"].period is None


def test_a_paragraph_naming_its_own_period_keeps_its_own():
    c = _by_quote(_page("记者从县统计局获悉，上半年，全县居民消费价格同比上涨0.7%。",
                        "6月份，全县居民消费价格上涨0.3%。"))
    assert c["0.3%"].period == "2024-06"


def test_no_statistics_before_the_paragraphs_own_period_keeps_none():
    c = _by_quote(_page("记者从县统计局获悉，上半年，全县居民消费价格同比上涨0.7%。",
                        "口岸推行预约通关，货车平均通关时间由原来的3小时压缩至40分钟。今年以来，口岸进出口货值增长12.5%。"))
    assert c["40分钟"].period is None


def test_a_day_does_not_run_on():
    c = _by_quote(_page("7月12日，全县夏粮收购首日入库小麦1200吨，增长8.5%。",
                        "优质小麦收购量增长12.4%。"))
    assert c["12.4%"].period is None


def test_a_rate_against_a_written_base_does_not_take_it():
    c = _by_quote(_page("记者从县统计局获悉，上半年，全县居民消费价格同比上涨0.7%。",
                        "全县过夜游客人均停留2.1天，比去年增加0.2天。"))
    assert c["2.1天"].period is None


def test_a_forecast_is_no_statistics():
    c = _by_quote(_page("记者从县统计局获悉，上半年，全县居民消费价格同比上涨0.7%。",
                        "业内人士认为，猪肉价格将上涨10%左右。"))
    assert c["10%左右"].period != "2024-H1"


def test_a_headline_period_still_wins():
    text = ("二季度全县物价运行平稳\n\n本报讯 记者从县统计局获悉，上半年，全县居民消费价格同比上涨0.7%。\n\n"
            "水产品中，鱼类价格上涨5.2%。\n")
    c = {x.quote: x for x in claims_of(text, WHEN, lead="")}
    assert c["5.2%"].period == "2024-Q2"


# A span of years written with 到 (2016年到2019年) is a span, not a target year (到2019年)

def test_a_past_span_of_years_with_dao_is_reported():
    c = {x.quote: x for x in claims_of("2017年到2020年，他累计修复古籍超过1200册。", date(2025, 5, 20))}
    assert (c["超过1200册"].period, c["超过1200册"].projection) == ("2017/2020", None)


def test_a_span_of_years_still_to_come_is_planned():
    c = {x.quote: x for x in claims_of("2025年到2027年，全县计划新建乡村公路260公里。", date(2025, 5, 20))}
    assert (c["260公里"].period, c["260公里"].projection) == ("2025/2027", "target")


def test_dao_a_year_alone_is_still_a_target_year():
    c = {x.quote: x for x in claims_of("到2027年，全县乡村公路总里程达到3200公里。", date(2025, 5, 20))}
    assert (c["3200公里"].period, c["3200公里"].projection) == ("2027", "target")
