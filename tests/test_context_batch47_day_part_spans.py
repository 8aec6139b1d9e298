"""A span of days whose first day carries a part of the day (1月18日夜间至19日, 5日白天到6日, 3月2日上午至4日) is
still that span of days: the day part, like an hour (7月8日8时至11日8时), dates nothing of its own. Before, the day
part broke the span and the claim took no period. Near misses: a single day with its day part (17日早晨, a day),
a span with no day part and a day part with no span stay as they were."""

from datetime import date

import pytest

from tests.snippets import one

DAY = date(2025, 1, 20)

SPANS = [
    ("1月18日夜间至19日，受强冷空气影响，全市平均降雪量达到8.4毫米。", "8.4毫米", "2025-01-18/2025-01-19"),
    ("1月15日白天到16日，全县出动除雪车辆120台次。", "120台次", "2025-01-15/2025-01-16"),
    ("16日上午至17日，志愿者共走访困难家庭320户。", "320户", "2025-01-16/2025-01-17"),
]

UNCHANGED = [
    ("1月18日至19日，全市平均降雪量达到8.4毫米。", "8.4毫米", "2025-01-18/2025-01-19"),
    ("记者从市气象台获悉，1月18日夜间，全市平均降雪量达到8.4毫米。", "8.4毫米", "2025-01-18"),
]


@pytest.mark.parametrize("sentence, quote, period", SPANS)
def test_a_day_part_after_the_first_day_keeps_the_span(sentence, quote, period):
    assert one(sentence, quote, DAY).period == period


@pytest.mark.parametrize("sentence, quote, period", UNCHANGED)
def test_a_plain_span_or_a_single_day_is_unchanged(sentence, quote, period):
    assert one(sentence, quote, DAY).period == period
