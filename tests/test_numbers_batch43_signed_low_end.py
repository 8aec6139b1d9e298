"""A range whose low end carries a minus sign and no unit of its own (-5～3℃, -8～-2℃) is a range, the unit
written once after the high end: -5 to 3 °C. Before, -5 was compared unsigned with 3 (5 > 3: no range) and the
whole figure was dropped. 零下 before the low end alone may be read over both ends (零下5～3℃), so it still
makes no range of a larger high end: a wrong value is worse than a missed claim."""

import pytest

from tests.snippets import claims_of

RANGES = [
    ("明天最低气温-6～2℃。", "-6～2℃", -6, 2, "°C"),
    ("夜间气温-11～-4℃。", "-11～-4℃", -11, -4, "°C"),
    ("预计增速在-1.5～2.5个百分点之间波动。", "-1.5～2.5个百分点", -1.5, 2.5, "pp"),
    ("气温4～9℃。", "4～9℃", 4, 9, "°C"),  # near miss: an unsigned range, unchanged
    ("气温-6℃～2℃。", "-6℃～2℃", -6, 2, "°C"),  # near miss: the low end's own unit, unchanged
]


@pytest.mark.parametrize("sentence, quote, low, high, unit", RANGES)
def test_a_signed_low_end_makes_a_range(sentence, quote, low, high, unit):
    found = [(c.quote, c.low, c.high, c.unit) for c in claims_of(sentence)]
    assert found == [(quote, low, high, unit)]


def test_lingxia_alone_before_the_low_end_makes_no_range():
    assert [(c.low, c.high) for c in claims_of("气温零下6～2℃。") if c.low is not None] == []


def test_a_month_span_is_not_signed():
    assert [(c.quote, c.value) for c in claims_of("1-2月增长5.1%。")] == [("5.1%", 5.1)]
