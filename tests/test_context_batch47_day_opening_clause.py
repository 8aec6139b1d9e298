"""A day of the month that opens its clause still dates it when hours of that day follow (4日15时至21时, 5日8时) or
when it is given as about that day (22日前后): the period is that day. Before, only a day followed by a word
(4日全市…) counted, and the claim fell back on the paragraph's span or the week. Near misses: 22日前 (a deadline,
by that day), 15日内 (a time limit) and a plain 4日全市… stay as they were."""

from datetime import date

import pytest

from tests.snippets import claims_of

DAY = date(2019, 5, 6)


def _period(text: str, quote: str) -> str | None:
    return next(c.period for c in claims_of(text, DAY) if c.quote == quote)


DAYS = [
    ("5月1日至4日，全市高速公路车流量达86万辆次。4日15时至21时，收费站出城方向排队车辆长度约2公里。", "约2公里", "2019-05-04"),
    ("5日8时，城区最低气温降至9℃。", "9℃", "2019-05-05"),
    ("本周气温回升。10日前后，我市将有一次降雨过程，过程降雨量15～30毫米。", "15～30毫米", "2019-05-10"),
]

UNCHANGED = [
    ("5月1日至3日，全市共接待游客36万人次。4日全市共接待游客12万人次。", "12万人次", "2019-05-04"),
    ("5月1日至4日，全市共接待游客48万人次。", "48万人次", "2019-05-01/2019-05-04"),
]


@pytest.mark.parametrize("text, quote, period", DAYS)
def test_a_day_with_its_hours_or_about_it_is_the_period(text, quote, period):
    assert _period(text, quote) == period


@pytest.mark.parametrize("text, quote, period", UNCHANGED)
def test_a_plain_day_or_span_is_unchanged(text, quote, period):
    assert _period(text, quote) == period


def test_a_deadline_day_is_no_period():
    assert _period("10日前，各乡镇须完成排查隐患点位120处。", "120处") != "2019-05-10"
