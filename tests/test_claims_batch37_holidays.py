"""Periods, batch 37: a bare holiday word (节日期间, 假期期间, 黄金周期间) in a story that names no public holiday, such
as a brief of a holiday column, means the break under way or just over on the edition's date (``holiday_alone.csv``)."""

from datetime import date

from tests.snippets import claims_of

AFTER_NATIONAL_DAY = date(2024, 10, 9)  # 国庆 2024-10-01/2024-10-07 over two days before
NATIONAL_DAY = "2024-10-01/2024-10-07"


def periods(text: str, when: date) -> dict[str, str | None]:
    return {c.quote: c.period for c in claims_of(text, when, lead="")}


def test_a_brief_saying_during_the_festival_takes_the_break_just_over():
    text = "景区秩序良好\n本报讯 节日期间，区市场监管局开展联合巡查15次，受理投诉7件。"
    assert periods(text, AFTER_NATIONAL_DAY) == {"15次": NATIONAL_DAY, "7件": NATIONAL_DAY}


def test_during_the_holiday_and_golden_week_alone_take_it_too():
    assert periods("客运平稳\n本报讯 假期期间，南站共发送旅客8.2万人次。", AFTER_NATIONAL_DAY) == {"8.2万人次": NATIONAL_DAY}
    assert periods("专线运行\n本报讯 黄金周期间，景区专线共开行班车860班。", AFTER_NATIONAL_DAY) == {"860班": NATIONAL_DAY}


def test_near_miss_no_break_near_the_edition_date_dates_nothing():
    assert periods("客运平稳\n本报讯 假期期间，南站共发送旅客8.2万人次。", date(2024, 11, 20)) == {"8.2万人次": None}


def test_near_miss_a_school_winter_break_is_no_public_holiday():
    assert periods("学生生活\n本报讯 寒假期间，全区开放社区书屋12个。", date(2024, 2, 20)) == {"12个": None}


def test_near_miss_two_breaks_near_the_date_leave_the_word_unresolved():
    # 中秋 2024-09-15/17 and 国庆 2024-10-01/07: on 1 October both are within two weeks, which one is not said
    assert periods("客运平稳\n本报讯 假期期间，南站共发送旅客8.2万人次。", date(2024, 10, 1)) == {"8.2万人次": None}


def test_near_miss_a_story_naming_its_holiday_keeps_that_one():
    text = "客运平稳\n本报讯 端午假期，南站共发送旅客8.2万人次。假期期间，共开行班车120班。"
    assert periods(text, date(2024, 6, 12)) == {"8.2万人次": "2024-06-08/2024-06-10", "120班": "2024-06-08/2024-06-10"}
