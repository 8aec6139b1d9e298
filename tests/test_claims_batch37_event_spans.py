"""Periods, batch 37: a sentence opening on the span of an event it names (论坛期间，…, 案件审理期间，…) is that
event's and takes no period from its paragraph; a holiday, a season of the year (三夏期间: ``year_seasons.csv``) or a
period of the calendar (“十四五”期间) still dates it."""

from datetime import date

from tests.snippets import claims_of


def periods(text: str, when: date = date(2024, 7, 20)) -> dict[str, str | None]:
    return {c.quote: c.period for c in claims_of(text, when)}


def test_an_event_span_opening_a_sentence_takes_no_period_from_the_paragraph():
    text = "今年上半年，全市港口集装箱吞吐量增长9%。博览会期间，来自15个国家的客商签约项目6个。"
    assert periods(text) == {"9%": "2024-H1", "15个": None, "6个": None}


def test_a_trial_span_after_the_offence_span_too():
    text = "2019年5月至2021年3月，被告人共非法吸收存款3200万元。案件审理期间，法院共追缴赃款1800万元。"
    assert periods(text) == {"3200万元": "2019-05/2021-03", "1800万元": None}


def test_near_miss_a_season_of_the_year_keeps_the_paragraph_period():
    text = "今年，全市小麦种植面积达到86万亩。三夏期间，全市共投入联合收割机3200台。"
    assert periods(text) == {"86万亩": "2024", "3200台": "2024"}


def test_near_miss_a_holiday_span_keeps_its_own_days():
    text = "国庆假期，全市接待游客86万人次。节日期间，市场监管部门开展检查15次。"
    assert periods(text, date(2024, 10, 9)) == {"86万人次": "2024-10-01/2024-10-07", "15次": "2024-10-01/2024-10-07"}
