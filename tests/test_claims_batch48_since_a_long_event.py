"""自2022年启动老年助餐服务以来: a span from the year an event began to the edition's year, whatever the event's length.

Class: 自/从 + a year + the event that began then + 以来 dates the figures after it from that year to the
edition's (2022/2024), however many words name the event (启动老年助餐服务, 全面推行河长制). Without 自/从 the
event stays short (2022年上线以来), so a year that dates a clause of its own is not stretched into a span.
Near misses: a year alone dates its clause (2022年全市新建学校12所 → 2022); a clause mark between the year and
以来 ends the phrase."""

from datetime import date

import pytest

from tests.snippets import claims_of

DAY = date(2024, 6, 21)


@pytest.mark.parametrize("sentence, quotes, period", [
    ("据了解，自2022年启动老年助餐服务以来，全市已建成老年助餐点386个，覆盖城乡社区的比例达到71%。", ["386个", "71%"], "2022/2024"),
    ("从2021年全面推行河长制以来，全县水质优良比例提高到92%。", ["92%"], "2021/2024"),
    ("自2022年上线以来，平台累计服务企业1200家。", ["1200家"], "2022/2024"),
    ("2022年全市新建学校12所。", ["12所"], "2022"),
    ("2023年，全市新建学校12所，今年以来又开工8所。", ["12所", "8所"], None),
])
def test_a_span_since_an_event_that_began_in_a_year(sentence, quotes, period):
    found = [(c.quote, c.period) for c in claims_of(sentence, DAY)]
    if period is None:  # the near miss with a clause mark: each clause keeps its own period
        assert found == [("12所", "2023"), ("8所", "2024")]
    else:
        assert found == [(q, period) for q in quotes]
