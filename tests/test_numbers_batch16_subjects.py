"""Subject classes met in the sixteenth batch, written as invented sentences: none is copied from an
edition. Each test held at least one check that failed before its class was fixed; a check that held
before (a guard) shares its test."""

from __future__ import annotations

from datetime import date

import pytest

from tests.snippets import claims_of, subjects_of

D = date(2024, 5, 14)


def _subjects(text: str, quote: str) -> list[str]:
    return subjects_of(text, quote, D)


VERBS = [
    # verbs of receiving, selecting, adopting, holding, raising, loading introduce what is counted
    ("receiving", "本次会议共收到议案12件。", "12件", "议案"),
    ("selecting", "评审组共评出优秀作品30件。", "30件", "优秀作品"),
    ("rating", "全市拟评定示范基地20家。", "20家", "示范基地"),
    ("adopting", "大会表决通过决议5项。", "5项", "决议"),
    ("holding", "该馆可同时容纳观众800人。", "800人", "观众"),
    ("raising", "义卖活动共筹得善款50万元。", "50万元", "善款"),
    ("loading", "货轮装载集装箱1200标箱。", "1200标箱", "集装箱"),
    # a verb of winning ends the phrase: the winner before it is the subject, a noun in 将 kept whole
    ("winning", "我县代表队共获3金2银。", "3金", "我县代表队"),
    ("a noun in 将", "我县举重小将摘得2金1银。", "2金", "我县举重小将"),
    # guard: a determiner printed before the noun stays (seventeenth batch's clarification)
    ("a determiner", "该项目总投资12亿元。", "12亿元", "该项目总投资"),
]


@pytest.mark.parametrize("name, text, quote, subject", VERBS, ids=[v[0] for v in VERBS])
def test_a_verb_of_receiving_or_winning_introduces_its_noun(name, text, quote, subject):
    assert _subjects(text, quote) == [subject]


def test_a_noun_in_jiang_is_no_will():
    # 小将摘得: 将 ends a noun of people, so the medals won are no forecast
    found = [c for c in claims_of("我县举重小将摘得2金1银。", D) if c.quote == "2金"]
    assert found and found[0].projection is None
