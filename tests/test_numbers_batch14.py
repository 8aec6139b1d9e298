"""Period, comparison, projection and value classes met in the fourteenth batch, written as invented
sentences: none is copied from an edition. Each test held at least one check that failed before its class
was fixed; a check that held before (a guard) shares its test."""

from __future__ import annotations

from datetime import date

import pytest

from tests.snippets import claims_of

D = date(2023, 8, 17)  # a Thursday

PERIODS = [
    # a span of days with an hour after its first day (the hours are no period of their own)
    ("a span of days with hours", "8月13日20时至16日20时，全区平均降雨量142.5毫米。", "142.5毫米",
     "2023-08-13/2023-08-16"),
    ("a span of days with its year", "2023年8月9日至11日，全市接待游客3.2万人次。", "3.2万人次",
     "2023-08-09/2023-08-11"),
    # a span of days of the edition's month, no month printed
    ("a span of days without a month", "据市气象台预报，18日至19日，全市有中到大雨，过程雨量40至70毫米。",
     "40至70毫米", "2023-08-18/2023-08-19"),
    # 截至 + a day of the month (with the hour): the day the figure runs to
    ("截至 a day with its hour", "截至16日18时，全区累计转移群众8600人。", "8600人", "2023-08-16"),
    ("截至 a day, the next clause", "截至16日8时，全市中型水库蓄水量2.15亿立方米，较常年同期偏多9.4%。",
     "9.4%", "2023-08-16"),
    # a span of months of one year: the second month has no year of its own
    ("a span of months with its year", "2023年5月至7月，我局共抽检食品样品342批次。", "342批", "2023-05/2023-07"),
    ("one month with its year (guard)", "2023年7月，全市接待游客86万人次。", "86万人次", "2023-07"),
    # a week of a month: Monday to Sunday, the first week holding the month's first Thursday
    ("a week of the month", "8月第二周，全市生猪出栏均价为每公斤16.8元。", "每公斤16.8元",
     "2023-08-07/2023-08-13"),
    ("a week of a month beginning on a Saturday", "7月第一周，全市猪肉均价为每公斤26.5元。", "每公斤26.5元",
     "2023-07-03/2023-07-09"),
]


@pytest.mark.parametrize("name, text, quote, period", PERIODS, ids=[t[0] for t in PERIODS])
def test_periods_of_days_weeks_and_months(name, text, quote, period):
    found = [c for c in claims_of(text, D) if c.quote == quote]
    assert [c.period for c in found] == [period], [(c.quote, c.period) for c in claims_of(text, D)]


def test_a_period_after_the_source_of_a_forecast_dates_the_forecast():
    """据…预报，18日至19日，…: a period standing as a clause of its own after who forecasts it opens the
    sentence, for every forecast of it; one inside a clause that goes on is that clause's only (guard)."""
    found = claims_of("据市气象台预计，18日至19日，全市有中到大雨，过程雨量40至70毫米，最高气温31℃左右。", D)
    assert [(c.quote, c.period, c.projection) for c in found] == [
        ("40至70毫米", "2023-08-18/2023-08-19", "forecast"), ("31℃左右", "2023-08-18/2023-08-19", "forecast")]
    found = claims_of("据县农业农村局预测，今年全县晚稻单产预计达到每亩460公斤，总产有望突破8万吨。", D)
    assert [(c.quote, c.period) for c in found if c.quote == "突破8万吨"] == [("突破8万吨", None)]


def test_a_weather_box_label_line_dates_its_temperatures():
    """今日天气：晴转多云 / 24℃～33℃ 南风: the label's day dates the temperatures printed under it."""
    text = ("清河日报\nQINGHE RIBAO\n\n2023年8月17日\n星期四\n\n今日天气：晴转多云\n24℃～33℃ 南风2级\n\n"
            "全县秋粮长势良好\n\n本报讯 今年全县秋粮播种面积52.4万亩。\n")
    found = [c for c in claims_of(text, D, lead="") if c.unit == "°C"]
    assert [(c.period, c.projection) for c in found] == [("2023-08-17", "forecast")]


MEASURE_WORDS = [
    # measure words of counted things not listed before, and a flow rate per second
    ("顶: tents", "省里调运救灾帐篷860顶。", "860顶", 860, "tent"),
    ("面: flags", "活动向各村赠送国旗1500面。", "1500面", 1500, "flag"),
    ("尾: fish", "全县增殖放流鱼苗80万尾。", "80万尾", 800000, "fish"),
    ("a flow rate", "水文站实测流量2460立方米/秒。", "2460立方米/秒", 2460, "m3/s"),
]


@pytest.mark.parametrize("name, text, quote, value, unit", MEASURE_WORDS, ids=[t[0] for t in MEASURE_WORDS])
def test_measure_words_of_counted_things(name, text, quote, value, unit):
    found = [(c.quote, c.value, c.unit) for c in claims_of(text, D)]
    assert (quote, value, unit) in found, found


def test_mian_after_a_chinese_numeral_is_a_side_not_a_count():
    """四面八方, 两面: 面 after a Chinese numeral is a word, not a count of flags (guard)."""
    assert [c.quote for c in claims_of("游客从四面八方赶来，两面墙上挂满了照片。", D)] == []


def test_tiqian_moves_a_date_but_shortens_a_span():
    """开采时间比往年提前6天: how far a date moved earlier, no change of an amount (no sign, no direction);
    工期比计划提前3个月 (guard): a span finished ahead is shorter, a decrease."""
    c = next(c for c in claims_of("今年春茶开采时间比往年提前6天左右。", D) if c.quote == "6天左右")
    assert (c.value, c.direction, c.comparison) == (6, None, "比往年")
    c = next(c for c in claims_of("该项目工期比计划提前3个月。", D) if c.quote == "3个月")
    assert (c.value, c.direction) == (-3, "decrease")


def test_fenbie_after_a_written_base_is_not_part_of_it():
    """比2019年同期分别增长…: 分别 pairs the values with their items; the base is 比2019."""
    found = claims_of("全市接待游客860万人次，实现旅游收入52.3亿元，比2019年同期分别增长18.5%和22.1%。", D)
    assert [c.comparison for c in found if c.unit == "%"] == ["比2019", "比2019"]


def test_a_table_column_against_the_start_of_the_year():
    """库存量 比年初增减 under a 单位 column: a change of a stock since the year began keeps its base as printed."""
    from frontpage.numbers.tables import table_figures

    lines = [(20, "表：2024年3月末某县主要粮食品种库存情况"), (21, "品种 单位 库存量 比年初增减 增长（%）"),
             (22, "稻谷 万吨 42.7 5.3 9.1"), (23, "玉米 万吨 18.6 -2.4 -4.2")]
    rows = table_figures(lines, D)
    assert [(f.quote, f.comparison) for f in rows if f.direction] == [
        ("5.3", "比年初"), ("9.1", "同比"), ("-2.4", "比年初"), ("-4.2", "同比")]
