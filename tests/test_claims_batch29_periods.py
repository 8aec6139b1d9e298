"""Period classes of batch 29, written as invented sentences: none is copied from an edition. Each table holds
cases that failed before its class was fixed and near misses the new rule must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from tests.snippets import claims_of


def _periods(text: str, when: date) -> list[tuple]:
    return [(c.quote, c.period) for c in claims_of(text, when)]


# --- 共N天 after a span of days: the span's length, dated by the span --------------------------------------------
@pytest.mark.parametrize("text, when, expected", [
    ("征求意见期为2025年3月2日至3月8日，共7天。", date(2025, 3, 1), [("7天", "2025-03-02/2025-03-08")]),
    ("今年暑运从7月1日开始至8月31日结束，共62天。", date(2025, 6, 28), [("62天", "2025-07-01/2025-08-31")]),
    ("集中供热期为11月15日至次年3月15日，共121天。", date(2025, 11, 10), [("121天", "2025-11-15/2026-03-15")]),
    ("展会于9月20日至9月24日举办，为期5天。", date(2025, 9, 18), [("5天", "2025-09-20/2025-09-24")]),
    # near misses: a count of days not right after the span, and a span that dates a later clause's other figure
    ("征求意见期为2025年3月2日至3月8日，期间收到意见共12条。", date(2025, 3, 1), [("12条", None)]),
    ("检修需要7天，计划明年开工。", date(2025, 3, 1), [("7天", None)]),
])
def test_a_span_of_days_dates_its_length(text, when, expected):
    assert _periods(text, when) == expected


# --- a season named before its span after 从/自: the season's name dates the story's figures -----------------------
def test_a_season_dated_after_from_dates_a_later_frame():
    text = "今年暑运自7月1日起至8月31日止。预计暑运期间，全市发送旅客将达到320万人次。"
    assert _periods(text, date(2025, 6, 28))[-1] == ("320万人次", "2025-07-01/2025-08-31")


def test_an_unnamed_span_names_no_season():
    text = "检修从7月1日开始至8月31日结束。预计暑运期间，全市发送旅客将达到320万人次。"
    assert _periods(text, date(2025, 6, 28))[-1] == ("320万人次", None)


# --- a holiday named in the clause of a sentence's first figure dates the sentence; 假期 alone is the break looked
# back on, not one a forecast says is coming ----------------------------------------------------------------------
HOLIDAY = "记者5月6日从市文旅局获悉，“五一”假期，全市接待游客52万人次。\n\n{sentence}\n\n据预测，今年端午假期全市游客量有望达到30万人次。\n"


@pytest.mark.parametrize("sentence, expected", [
    ("景区方面，假期全市A级景区接待游客31万人次，比去年同期增长6.2%。",
     [("31万人次", "2024-05-01/2024-05-05"), ("6.2%", "2024-05-01/2024-05-05")]),
    ("铁路方面，城南站假期发送旅客8.4万人次。", [("8.4万人次", "2024-05-01/2024-05-05")]),
    # near misses: the holiday as a base, as what is prepared for, and moved by a shifting word
    ("景区门票收入比去年“五一”假期增长12%。", [("12%", None)]),
    ("为保障假期出行，交警部门出动警力300人次。", [("300人次", None)]),
    ("假期结束后，全市返程旅客达到6万人次。", [("6万人次", None)]),
])
def test_a_holiday_in_the_topic_dates_the_sentence(sentence, expected):
    found = _periods(HOLIDAY.format(sentence=sentence), date(2024, 5, 6))
    assert found[0] == ("52万人次", "2024-05-01/2024-05-05")
    assert found[1:-1] == expected
    assert found[-1] == ("30万人次", "2024-06-08/2024-06-10")


# --- the lead's day, then where the news was learned, then a period: that period opens the sentence ----------------
@pytest.mark.parametrize("text, expected", [
    ("3月8日，记者从县水利局获悉，今年全县计划新修水渠42公里，比上年增加6公里，其中干渠12公里。",
     [("42公里", "2024"), ("6公里", "2024"), ("12公里", "2024")]),
    ("3月8日，记者从市人社局获悉，2024年度城乡居民养老保险工作已经启动，缴费补贴标准为每人每年60元。",
     [("60元", "2024")]),
    # near misses: no source clause between the day and the period; a look back (三年前) opens nothing
    ("3月8日，全县新修水渠42公里，今年计划再修20公里。", [("42公里", None), ("20公里", "2024")]),
    ("3月8日，记者从县水利局获悉，三年前全县修建水渠42公里，如今已全部通水。", [("42公里", "2021")]),
])
def test_a_period_after_the_source_opens_the_sentence(text, expected):
    assert _periods(text, date(2024, 3, 9)) == expected


# --- a level reached with its rate's unit right before it (提高到每日1.5万吨) keeps the sentence's period -------------
@pytest.mark.parametrize("text, expected", [
    ("今年，全市新建污水处理厂2座，处理能力提高到每日8.6万吨。", [("2座", "2024"), ("8.6万吨", "2024")]),
    ("今年，中欧班列开行频次增至每周12趟。", [("12趟", "2024")]),
    ("今年，全县高龄津贴统一提高至每人每月120元。", [("120元", "2024")]),
    # near misses: a rate clause (每天…接待, 每天为…) takes no period
    ("今年，该馆每天接待游客约3000人次。", [("约3000人次", None)]),
    ("今年以来，全市每天为约2000名老人提供助餐服务。", [("约2000名", None)]),
])
def test_a_level_reached_per_day_keeps_its_period(text, expected):
    assert _periods(text, date(2024, 7, 20)) == expected


# --- 到今年9月底, 截至去年12月底: a month's end with a year word between 到/截至 and the month -------------------------
@pytest.mark.parametrize("text, expected", [
    ("到今年10月底，全市新能源公交车将达到1200辆。", [("1200辆", "2024-10")]),
    ("截至去年12月底，全县共有养老机构42家。", [("42家", "2023-12")]),
    ("到明年6月底，全市充电桩将达到8000个。", [("8000个", "2025-06")]),
    # near misses: a month's end with no year word, and 今年 with no month's end
    ("截至6月底，全县共有养老机构42家。", [("42家", "2024-06")]),
    ("今年，全县共有养老机构42家。", [("42家", "2024")]),
])
def test_a_year_word_before_a_month_s_end(text, expected):
    assert _periods(text, date(2024, 7, 20)) == expected


# --- 一季度末: a stock at a quarter's end is of the quarter, 末 no part of the subject -------------------------------
@pytest.mark.parametrize("text, expected", [
    ("一季度末全县生猪存栏38.2万头。", [("38.2万头", "2024-Q1", "全县生猪存栏")]),
    ("2023年四季度末，全县能繁母猪存栏3.6万头。", [("3.6万头", "2023-Q4", "全县能繁母猪存栏")]),
    # near miss: the quarter alone, as before
    ("一季度全县生猪出栏12.5万头。", [("12.5万头", "2024-Q1", "全县生猪出栏")]),
])
def test_a_quarter_s_end(text, expected):
    assert [(c.quote, c.period, c.subject) for c in claims_of(text, date(2024, 7, 20))] == expected
