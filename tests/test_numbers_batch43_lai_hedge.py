"""来 between a round number and its unit is a hedge, 'about' (50来斤, 十来个, 二十来万人): the figure is the
number printed, qualified approx. Before, 50来斤 was no claim. 来 after the unit (十年来: since) or before a word
that is no unit (一来…二来, 50来到, 30来自) stays no hedge."""

import pytest

from tests.snippets import claims_of

ABOUT = [
    ("今年亩产比去年多了40来斤。", "40来斤", 40, "jin"),
    ("全镇二十来万人从中受益。", "二十来万人", 200000, "person"),
    ("100来家企业参加了招聘会。", "100来家", 100, "organisation"),
    ("每天要走30来公里山路。", "30来公里", 30, "km"),
]


@pytest.mark.parametrize("sentence, quote, value, unit", ABOUT)
def test_lai_after_a_round_number_is_about(sentence, quote, value, unit):
    found = [(c.quote, c.value, c.unit, c.qualifier) for c in claims_of(sentence)]
    assert found == [(quote, value, unit, "approx")]


NO_HEDGE = [  # near misses: 来 as 'since', 'firstly', 来到, 来自, and after a number that is not round
    ("一来交通便利，二来价格便宜。", []),
    ("近十年来，全县新增耕地3万亩。", ["3万亩"]),
    ("一行50来到现场。", []),
    ("共有30来自各地的代表。", []),
    ("3来斤", []),
]


@pytest.mark.parametrize("sentence, quotes", NO_HEDGE)
def test_other_lai_is_no_hedge(sentence, quotes):
    assert [c.quote for c in claims_of(sentence)] == quotes
