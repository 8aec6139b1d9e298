"""A span of days printed with its first and last day and totalled right after (自7月1日起至8月29日止，共60日): N日
after 共 is its length in days, as 共60天 is, not a day of the month; the span's end may repeat its year
(2025年7月1日至2025年8月29日), still one span of days, the claim's period; and a span named by an act and a bare
span noun (报名期限, 申报时间: 报名 | 期限 by the tokenizer) keeps the act in its name. Near misses: a span with
no total, a bare 时间, a day of the month after 共 with no span before it, an end day before the first."""

from datetime import date

import pytest

from tests.snippets import claims_of

TOTALS = [
    ("报名期限：自2025年7月1日起至2025年8月29日止，共60日。", "60日", "报名期限", "2025-07-01/2025-08-29"),
    ("报名期限为2025年7月1日至2025年8月29日，共60日。", "60日", "报名期限", "2025-07-01/2025-08-29"),
    ("申报时间为2025年3月3日至2025年3月12日，共10天。", "10天", "申报时间", "2025-03-03/2025-03-12"),
    ("公示期为2025年3月3日至3月7日（共5日）。", "5日", "公示期", "2025-03-03/2025-03-07"),
    ("公示期为2025年3月3日至3月12日，共计10日。", "10日", "公示期", "2025-03-03/2025-03-12"),
]


@pytest.mark.parametrize("sentence, quote, subject, period", TOTALS)
def test_a_totalled_span_of_days_is_a_length(sentence, quote, subject, period):
    found = [(c.quote, c.value, c.unit, c.subject, c.period) for c in claims_of(sentence, date(2025, 3, 1))]
    assert (quote, int(quote.rstrip("日天")), "day", subject, period) in found, found


def test_a_span_across_the_new_year_with_both_years():
    c = next(c for c in claims_of("活动时间为2024年12月28日至2025年1月3日，共7天。", date(2024, 12, 1)))
    assert c.period == "2024-12-28/2025-01-03"


def test_a_bare_time_has_no_name():
    c = next(c for c in claims_of("时间为2025年3月3日至3月12日，共10天。", date(2025, 3, 1)))
    assert c.subject == ""


def test_a_day_of_the_month_after_gong_stays_a_date():
    found = [c.quote for c in claims_of("3月份全市共15日出现降雨，累计雨量86毫米。", date(2025, 4, 1))]
    assert "15日" not in found


def test_an_end_day_before_the_first_makes_no_span():
    found = [c.period for c in claims_of("报名时间为2025年7月1日至2024年8月29日，共60天。", date(2025, 3, 1))]
    assert "2025-07-01/2024-08-29" not in found
