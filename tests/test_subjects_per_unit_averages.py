"""A per-unit average (亩均, 户均, as 人均, 年均) keeps its 均 before a verb that names the measure (亩均增收,
户均投入): 均 there is 'per', not the adverb 'all' (各村均增收 → 各村增收). Invented sentences."""

from __future__ import annotations

import pytest

from tests.snippets import claims_of


@pytest.mark.parametrize("text, expected", [
    ("全乡亩均增收360元。", [("360元", "全乡亩均增收")]),
    ("示范区亩均投入不低于2000元。", [("不低于2000元", "示范区亩均投入")]),
    ("入社农户户均增收8600元。", [("8600元", "入社农户户均增收")]),
    ("全镇人均增收1500元。", [("1500元", "全镇人均增收")]),
    # near miss: 均 after a plural noun is 'all', an adverb, and goes
    ("各合作社均增收20万元。", [("20万元", "各合作社增收")]),
])
def test_a_per_unit_average_keeps_its_jun(text, expected):
    assert [(c.quote, c.subject) for c in claims_of(text)] == expected
