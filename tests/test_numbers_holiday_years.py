"""Which year's break a named holiday is, and which sentences after it the holiday dates, written as invented
sentences: none is copied from an edition. Each test held at least one check that failed before its class
was fixed."""

from __future__ import annotations

from datetime import date

from frontpage.numbers.periods import holiday_span
from tests.snippets import claims_of


def _periods(text: str, when: date) -> list[tuple[str, str | None]]:
    return [(c.quote, c.period) for c in claims_of(text, when)]


def test_a_holiday_with_no_year_is_the_break_nearest_the_edition():
    """Not the edition's calendar year: the latest break begun by two weeks after the edition's day (元旦 on the
    last day of a year is the coming one; 春节 in a January before it is last year's)."""
    assert holiday_span("元旦假期", date(2024, 12, 31)) == "2025-01-01/2025-01-01"
    assert holiday_span("春节假期", date(2024, 1, 20)) == "2023-01-21/2023-01-27"
    assert holiday_span("国庆假期", date(2024, 10, 9)) == "2024-10-01/2024-10-07"
    assert _periods("元旦假期，全区各商圈客流达到21万人次。", date(2024, 12, 31)) == [
        ("21万人次", "2025-01-01/2025-01-01")]
    assert _periods("春节假期，全区各景区接待游客58万人次。", date(2024, 1, 20)) == [
        ("58万人次", "2023-01-21/2023-01-27")]


def test_a_holiday_of_last_year_is_that_years_break():
    """去年国庆假期，… and 假期里，… after it: the break of the year before the edition's, not this year's (nor the
    bare year 去年); 2023年端午假期 the break of 2023."""
    text = "去年国庆假期，某镇接待游客4.3万人次。假期里，全镇农家乐营业额达到620万元。"
    assert _periods(text, date(2024, 10, 8)) == [
        ("4.3万人次", "2023-09-29/2023-10-06"), ("620万元", "2023-09-29/2023-10-06")]
    assert _periods("2023年端午假期，某镇接待游客1.2万人次。", date(2024, 6, 20)) == [
        ("1.2万人次", "2023-06-22/2023-06-24")]


def test_last_years_holiday_as_a_base_leaves_the_story_its_own():
    """比去年国庆假期增长…: a base; the 假期 of the story is this year's break."""
    text = "某镇接待游客5.1万人次，比去年国庆假期增长18%。假期里，全镇农家乐营业额达到700万元。"
    assert _periods(text, date(2024, 10, 8))[-1] == ("700万元", "2024-10-01/2024-10-07")


def test_this_years_holiday_dates_the_sentences_that_continue_it():
    """今年国庆假期，…。其中，…: 今年 says which year's break; the sentence after it takes the break's days too,
    not the year."""
    text = "今年国庆假期，某镇接待游客5.1万人次。其中，过夜游客1.7万人次。"
    assert _periods(text, date(2024, 10, 8)) == [
        ("5.1万人次", "2024-10-01/2024-10-07"), ("1.7万人次", "2024-10-01/2024-10-07")]


def test_a_holiday_opening_a_paragraph_does_not_date_a_stock_after_it():
    """春节假期，…。据了解，全市共有…: the holiday dates its own figures and those that continue it (其中…), not a
    stock a later sentence counts (共有, 现有): that keeps the period it had without the holiday (none here)."""
    text = "端午假期，某县接待游客7.4万人次。其中，过夜游客2.2万人次。据了解，全县现有乡村民宿85家，农家乐130家。"
    assert _periods(text, date(2024, 6, 20)) == [
        ("7.4万人次", "2024-06-08/2024-06-10"), ("2.2万人次", "2024-06-08/2024-06-10"), ("85家", None), ("130家", None)]


NOTICE = """某县农业农村局
关于开展2024年度家庭农场培育行动的通知

各乡镇人民政府，县直有关单位：
现将有关事项通知如下：
一、基本情况
目前全县共有家庭农场860家，其中210家年经营收入在50万元以上。现有省级示范农场30家以上。
二、工作要求
每个乡镇培育示范农场不少于3家。
"""


def test_a_bound_on_a_present_fact_in_a_notice_is_told_not_laid_down():
    """A 通知 lays its bounds down, but not one on a fact as things stand (目前, 现有, 截至, 共有 before it):
    that is told, no target; the notice's own floor (不少于3家) stays one."""
    found = {c.quote: c for c in claims_of(NOTICE, date(2024, 6, 3), lead="")}
    assert [found[q].projection for q in ("50万元以上", "30家以上", "不少于3家")] == [None, None, "target"]


def test_a_break_just_over_stays_the_storys_though_a_coming_word_names_it():
    """为保障国庆假期…, 做好国庆假期…工作 the day after the break: a story looking back on the break just over (ended
    less than two weeks before the edition), not one of next year's."""
    when = date(2024, 10, 8)
    assert holiday_span("国庆假期", when, coming=True) == "2024-10-01/2024-10-07"
    text = "为保障国庆假期旅客出行，全市累计投入运力3200台次。国庆假期，全市发送旅客48万人次。"
    assert _periods(text, when)[-1] == ("48万人次", "2024-10-01/2024-10-07")
    assert _periods("国庆假期，全市圆满做好国庆假期安保工作，出动警力1200人次。", when) == [
        ("1200人次", "2024-10-01/2024-10-07")]


def test_no_coming_break_from_a_hedge_an_expectation_or_another_years_mention():
    """将近 'nearly' is no 将 'will', 超出预计 'beyond expectations' no forecast, and 预计明年端午假期… says next year's
    break is to come, not the story's own 端午假期: each leaves the story the last break begun."""
    when, last = date(2024, 5, 10), "2023-06-22/2023-06-24"
    for first in ("端午假期客流将近48万人次。", "端午假期客流超出预计。", "预计明年端午假期客流将继续增长。"):
        assert _periods(first + "端午假期，全区发送旅客48万人次。", when)[-1] == ("48万人次", last), first
