"""Batch 33, direction: extra runs put on (加开) state no change; a growth rate held at a level (增速保持在…) is
still a rate of growth. Invented sentences, with near misses."""

from tests.snippets import claims_of


def _one(text: str, quote: str):
    hits = [c for c in claims_of(text) if c.quote == quote]
    assert hits, [(c.quote, c.direction) for c in claims_of(text)]
    return hits[0]


def test_extra_runs_put_on_are_no_increase():
    assert _one("周末期间，市公交集团加开夜间班次24个。", "24个").direction is None
    assert _one("为应对客流高峰，车站共加开临客列车18列。", "18列").direction is None


def test_newly_added_and_raised_are_still_increases():
    assert _one("今年以来，全区新增停车泊位1200个。", "1200个").direction == "increase"
    assert _one("全市公交线路增加到86条，比去年增加6条。", "6条").direction == "increase"


def test_a_growth_rate_held_at_a_level_is_a_rate_of_growth():
    assert _one("预计三季度全市规模以上工业增加值增速将保持在6%左右。", "6%左右").direction == "increase"
    assert _one("力争下半年全市固定资产投资增速保持在7%—9%。", "7%—9%").direction == "increase"
    assert _one("预计全年全市社会消费品零售总额增幅稳定在5%以上。", "5%以上").direction == "increase"


def test_a_fall_held_at_a_level_and_a_level_that_is_no_rate():
    assert _one("力争全年全市进出口降幅保持在3%以内。", "3%以内").direction == "decrease"
    assert _one("全市工业产能利用率保持在78%以上。", "78%以上").direction is None
