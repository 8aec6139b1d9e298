"""Subject classes of batch 32, written as invented sentences: none is copied from an edition. Each table holds
cases that failed before its class was fixed and near misses the new rule must leave alone."""

from __future__ import annotations

import pytest

from tests.snippets import claims_of


def _subjects(text: str) -> list[tuple]:
    return [(c.quote, c.subject) for c in claims_of(text)]


# --- 投入, 投放 after a place or body are its act: the noun after them is measured (verb_nouns.csv, kind object) -------
@pytest.mark.parametrize("text, expected", [
    ("今年，青山镇投入资金58万元，修缮村道。", [("58万元", "资金")]),
    ("去年，社区里投入资金12万元改造广场。", [("12万元", "资金")]),
    ("昨日，江北河段投放鱼苗30万尾。", [("30万尾", "鱼苗")]),
    # near misses: ending the phrase, or before an attribute, the verb names the measured quantity
    ("全市研发投入达到12亿元。", [("12亿元", "全市研发投入")]),
    ("全市研发投入强度达到2.1%。", [("2.1%", "全市研发投入强度")]),
    ("全市信贷投放规模达到800亿元。", [("800亿元", "全市信贷投放规模")]),
])
def test_an_actor_puts_in_what_is_measured(text, expected):
    assert _subjects(text) == expected
