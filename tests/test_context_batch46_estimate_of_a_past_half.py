"""An estimate of a period already over dates the clauses after it (class: 预计 before a past half's figure
stops the half from carrying on).

In a report of early July, 上半年…预计增长12.5% estimates a half gone by: the figures of the clauses after it
(规模以上工业增加值增长16.8%) are of that half too, as after any result. Near miss: a forecast for a period still
to come (下半年…预计增长6%) frames a plan, and the figures after it keep the paragraph's period."""

from datetime import date

from tests.snippets import claims_of

JULY = date(2021, 7, 2)


def periods(text, when=JULY):
    return [(c.quote, c.period) for c in claims_of(text, when=when)]


def test_the_half_an_estimate_is_of_dates_the_clauses_after_it():
    found = periods("今年以来，全市经济持续恢复，上半年地区生产总值预计增长12.5%；规模以上工业增加值增长16.8%，"
                    "固定资产投资增长10.4%。")
    assert found == [("12.5%", "2021-H1"), ("16.8%", "2021-H1"), ("10.4%", "2021-H1")]


def test_near_miss_a_forecast_for_a_half_to_come_frames_only_its_plan():
    found = periods("今年以来，全市经济持续恢复，下半年地区生产总值预计增长6%；规模以上工业增加值增长16.8%。", date(2021, 5, 10))
    assert found == [("6%", "2021-H2"), ("16.8%", "2021")]
