"""Batch 36, bus routes named, not counted: a route after another route in a list with a short noun between
(K15路和通勤专线8路), and a route's name in quotes (“夜2路”). Invented sentences, with near misses (定制公交12路:
a count prints its noun first)."""

from tests.snippets import claims_of


def _quotes(text: str) -> list[str]:
    return [c.quote for c in claims_of(text)]


def test_a_route_after_another_in_a_list_is_a_name():
    assert _quotes("本月新开公交线路3条，分别为K21路、K23路和旅游专线6路。") == ["3条"]


def test_a_quoted_route_is_a_name():
    assert _quotes("全县首条夜间公交线路“夜2路”昨晚开通，全长18.4公里。") == ["18.4公里"]
    assert _quotes("市民可乘坐“5路”公交前往。") == []


def test_routes_counted_after_their_noun_stay_counts():
    assert _quotes("全市新开通定制公交12路。") == ["12路"]
    assert _quotes("新开公交线路5条，定制公交4路。") == ["5条", "4路"]
