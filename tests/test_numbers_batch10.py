"""Value classes met in the tenth batch (a wrong sign, a hedge lost in traditional characters), written
as invented sentences: none is copied from an edition. Each row holds at least one check that failed
before its class was fixed; a check that held before (a guard) shares its row."""

from __future__ import annotations

from datetime import date

import pytest

from frontpage.parse.traditional import simplified
from tests.snippets import claims_of

D = date(2024, 5, 14)

VALUES = [
    # a loss is a decrease: its value negative
    ("流失 is a decrease", "受产业外迁影响，全县常住人口流失约2300人。", [("约2300人", -2300, "decrease")]),
    ("萎缩 and 缩水 are decreases", "实体书店销量萎缩15%，部分商铺租金缩水三成。",
     [("15%", -15, "decrease"), ("三成", -30, "decrease")]),
    # ... but 水土流失 'soil erosion' and a 流失率 are names, no loss of what is counted
    ("水土流失 is a noun", "全年治理水土流失面积86平方公里。", [("86平方公里", 86, None)]),
    ("a 流失率 is a level", "该企业技术人才流失率为4.5%。", [("4.5%", 4.5, None)]),
]


@pytest.mark.parametrize("name, text, expected", VALUES, ids=[v[0] for v in VALUES])
def test_value_and_sign(name, text, expected):
    got = [(c.quote, c.value, c.direction) for c in claims_of(text, D)]
    assert got == expected


HEDGES = [
    ("不少於 in traditional characters", "鄉鎮衛生院每月義診不少於40人次。", "不少於40人次", "lower_bound"),
    ("不低於", "全縣森林覆蓋率不低於62%。", "不低於62%", "lower_bound"),
    ("不低于 in simplified text (guard)", "全县森林覆盖率不低于62%。", "不低于62%", "lower_bound"),
]


@pytest.mark.parametrize("name, text, quote, qualifier", HEDGES, ids=[h[0] for h in HEDGES])
def test_a_hedge_set_in_traditional_characters_is_read(name, text, quote, qualifier):
    """The hedge is matched on a simplified copy (於 → 于), the quote kept as printed."""
    assert [(c.quote, c.qualifier) for c in claims_of(text, D)] == [(quote, qualifier)]


@pytest.mark.parametrize("traditional, simple", [("於", "于"), ("徵", "征"), ("昇", "升"), ("沈", "沈"), ("么", "么")])
def test_a_traditional_character_simplified_text_also_writes_is_left_alone(traditional, simple):
    """於 is read as 于; 沈 and 么, which simplified text writes too, stay themselves."""
    assert simplified(traditional) == simple
