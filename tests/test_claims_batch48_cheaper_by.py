"""便宜 'cheaper by' is a decrease: the gap is signed negative, against the base written before it.

Class: a price compared with its base says by how much it is cheaper (比原价便宜了近两成, 每吨比市场价便宜30元):
a decrease, as 下调, its figure signed negative (the brief: negative for a decrease) and its base the
comparison. Near miss: 便宜 as an adjective with no figure after it (这里的菜很便宜，每斤2元) changes nothing."""

import pytest

from tests.snippets import claims_of


@pytest.mark.parametrize("sentence, quote, value, comparison", [
    ("一台一级能效空调比原价便宜了近两成。", "近两成", -20, "比原价"),
    ("每吨比市场价便宜30元。", "30元", -30, "比市场价"),
])
def test_cheaper_by_is_a_decrease(sentence, quote, value, comparison):
    assert [(c.quote, c.value, c.direction, c.comparison) for c in claims_of(sentence)] == \
        [(quote, value, "decrease", comparison)]


def test_near_miss_cheap_as_an_adjective_changes_nothing():
    assert [(c.quote, c.value, c.direction) for c in claims_of("这里的菜很便宜，每斤2元。")] == [("每斤2元", 2, None)]
