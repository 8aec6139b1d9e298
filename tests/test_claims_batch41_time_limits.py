"""N日内 counted from a day (自…之日起60日内) with 来 after it (来本院领取: come to the court) is a time
limit, a duration claim: 来 after 内 is the verb 'come', not 'since' (近十日来)."""

from tests.snippets import claims_of, one


def test_limit_followed_by_come_is_a_duration():
    c = one("自本公告发布之日起30日内来本局办理登记手续，逾期不予受理。", "30日内")
    assert (c.value, c.unit, c.qualifier) == (30, "day", "upper_bound")


def test_limit_from_judgment_followed_by_come():
    c = one("当事人应自判决送达之日起45日内来法院领取执行款。", "45日内")
    assert (c.value, c.unit) == (45, "day")


def test_days_since_stays_a_period():
    assert [c.quote for c in claims_of("近十日来，城区降雨偏少，气温偏高。")] == []


def test_months_within_then_visitors_unchanged():
    quotes = [c.quote for c in claims_of("三个月内来访群众达800人次。")]
    assert quotes == ["800人次"]
