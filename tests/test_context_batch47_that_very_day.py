"""A day written out and stressed as that very day (其中，11月11日当天共揽收…, 1月7日当天，…) is the period of the
figures in its sentence even when it is the dateline's day: the day of the figure, not of the report. Before, the
dateline's day was dropped and the claim took the paragraph's span. Near misses: bare 当天 on the dateline's day and
the dateline's day written without 当天 stay no period of their own."""

from datetime import date

import pytest

from tests.snippets import claims_of

DAY = date(2024, 11, 12)
LEAD = "本报讯（记者 王刚）"
SPAN = "记者11日从有关方面获悉，10月14日至11月11日购物节期间，全国快递业共揽收快递包裹127.8亿件。"


def _period(text: str, quote: str) -> str | None:
    return next(c.period for c in claims_of(text, DAY, lead=LEAD) if c.quote == quote)


@pytest.mark.parametrize("quote", ["7.2亿件", "9.1%"])
def test_the_day_stressed_as_that_very_day_is_the_period(quote):
    text = SPAN + "其中，11月11日当天共揽收快递包裹7.2亿件，同比增长9.1%。"
    assert _period(text, quote) == "2024-11-11"


def test_bare_that_day_on_the_datelines_day_is_unchanged():
    assert _period(SPAN + "其中，当天共揽收快递包裹7.2亿件。", "7.2亿件") == "2024-10-14/2024-11-11"


def test_the_datelines_day_without_that_day_is_unchanged():
    assert _period("记者11日从有关方面获悉，11月11日，全市快递业共揽收快递包裹1.2亿件。", "1.2亿件") is None
