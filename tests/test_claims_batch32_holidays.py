"""Holiday period classes of batch 32, written as invented pages and sentences: none is copied from an edition.
Each test held at least one check that failed before its class was fixed, and near misses the new rule must
leave alone."""

from __future__ import annotations

from datetime import date

from tests.snippets import claims_of

DOUBLE = ("双节假期\n\n"
          "全县接待游客86.2万人次 旅游收入7.4亿元\n\n"
          "本报讯（记者 林 森）记者从县文旅局获悉，全县旅游市场平稳有序。\n")


def _periods(text: str, when: date, lead: str = "本报讯 ") -> list[tuple]:
    return [(c.quote, c.period) for c in claims_of(text, when, lead=lead)]


def test_a_double_festival_kicker_dates_the_headline_in_a_year_the_two_meet():
    """双节 (中秋 and 国庆) over a figures headline: the one break the two share in a year they meet; in a year
    they do not, or in winter (双节 is then 元旦 and 春节), no span."""
    span = "2023-09-29/2023-10-06"
    assert _periods(DOUBLE, date(2023, 10, 7), lead="") == [("86.2万人次", span), ("7.4亿元", span)]
    assert _periods(DOUBLE, date(2024, 10, 8), lead="") == [("86.2万人次", None), ("7.4亿元", None)]
    assert _periods(DOUBLE, date(2024, 1, 10), lead="") == [("86.2万人次", None), ("7.4亿元", None)]


def test_the_first_days_of_a_holiday():
    """假期前三天, 国庆假期前两天: the break's first N days; not 假期前 alone ('before the break'), nor more days
    than the break has."""
    when = date(2024, 10, 8)
    assert _periods("国庆假期前三天，全区景区接待游客12.6万人次。", when) == [
        ("12.6万人次", "2024-10-01/2024-10-03")]
    assert _periods("国庆假期，全区接待游客40万人次。假期前两天，古镇日均客流达到2.1万人次。", when) == [
        ("40万人次", "2024-10-01/2024-10-07"), ("2.1万人次", "2024-10-01/2024-10-02")]
    assert _periods("国庆假期前，全区检查景区36家。", when) == [("36家", None)]
    assert _periods("国庆假期前十天，全区检查景区36家。", when) == [("36家", None)]


def _forecasts(text: str, when: date) -> list[tuple]:
    return [(c.quote, c.period, c.projection) for c in claims_of(text, when)]


def test_the_days_ahead_date_a_forecast():
    """未来三天, 今明两天: the days from the edition's on, a forecast's (its figures have not happened); 今明两天 is no
    duration claim. Not 未来五年 (a span of years, no days), nor a time limit (未来三天内完工)."""
    when = date(2024, 7, 8)
    assert _forecasts("未来三天，全县过程雨量可达60至90毫米，溪河水位将上涨0.8米左右。", when) == [
        ("60至90毫米", "2024-07-08/2024-07-10", "forecast"), ("0.8米左右", "2024-07-08/2024-07-10", "forecast")]
    assert _forecasts("据县气象台预报，今明两天我县多云，气温22℃～31℃。", when) == [
        ("22℃～31℃", "2024-07-08/2024-07-09", "forecast")]
    assert [q for q, _, _ in _forecasts("这段管网未来三天内完工，投资80万元。", when)] == ["三天内", "80万元"]
    assert _forecasts("这段管网未来三天内完工，投资80万元。", when)[1][1:] == (None, None)


def test_rain_and_its_chance_in_a_weather_report():
    """降水概率60%, 过程降雨量25至40毫米 in a weather report (天气, 预报): a forecast of the day it names, as its
    temperatures; not rain measured in a story with no weather report (今天上午，全县降雨量达到56毫米)."""
    when = date(2024, 7, 8)
    assert _forecasts("今日天气：阴有阵雨，气温24℃～30℃，降水概率70%。", when) == [
        ("24℃～30℃", "2024-07-08", "forecast"), ("70%", "2024-07-08", "forecast")]
    assert _forecasts("县气象台预报，明天中到大雨，过程降雨量25至40毫米。", when) == [
        ("25至40毫米", "2024-07-09", "forecast")]
    assert _forecasts("今天上午，全县降雨量达到56毫米。", when) == [("56毫米", None, None)]
