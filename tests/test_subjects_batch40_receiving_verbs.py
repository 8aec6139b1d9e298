"""Subject classes of batch 40: verbs of receiving and of setting aside (领到, 拿到, 拿出) introduce the measured
noun, printed after the figure (每月领到3000元工资 → 工资, 拿出200亩耕地 → 耕地) or before it (拿出资金500万元 →
资金). A verb ending in 到 after 领, 拿, 收 or 得 receives; it reaches no level (提高到 still does). Invented
sentences, none copied from an edition; each table holds cases that failed before the fix and near misses."""

from __future__ import annotations

import pytest

from tests.snippets import subjects_of


@pytest.mark.parametrize("text, quote, expected", [
    ("他每月能领到2800元工资。", "2800元", "工资"),
    ("她每月能拿到4500元工资。", "4500元", "工资"),
    ("明年我打算拿出200亩耕地种植蔬菜。", "200亩", "耕地"),
    # near misses: the noun before the figure; a level reached (提高到) keeps the noun before
    ("县财政拿出资金500万元。", "500万元", "资金"),
    ("困难群众领到救助金60万元。", "60万元", "救助金"),
    ("全县最低工资标准提高到2100元。", "2100元", "全县最低工资标准"),
])
def test_a_verb_of_receiving_introduces_the_noun_after_the_figure(text, quote, expected):
    assert subjects_of(text, quote)[0] == expected
