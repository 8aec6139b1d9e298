"""Subject classes met in the sixteenth batch, written as invented sentences: none is copied from an
edition. Each test held at least one check that failed before its class was fixed; a check that held
before (a guard) shares its test."""

from __future__ import annotations

from datetime import date

import pytest

from tests.snippets import claims_of, subjects_of

D = date(2024, 5, 14)


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
    assert subjects_of(text, quote, D) == [subject]


def test_a_noun_in_jiang_is_no_will():
    # 小将摘得: 将 ends a noun of people, so the medals won are no forecast
    found = [(c.subject, c.projection) for c in claims_of("我县举重小将摘得2金1银。", D) if c.quote == "2金"]
    assert found == [("我县举重小将", None)]


FRAMES = [
    # a condition (若, 如果), a modal (应, 须), a month's 份, a list's number and a verb of reaching
    # a level frame the subject and are no part of it
    ("a condition", "若合格率达到95%以上，给予奖励。", "95%以上", "合格率"),
    ("a modal", "项目验收合格率应达到98%以上。", "98%以上", "项目验收合格率"),
    ("a month with 份", "我省3月份CPI同比上涨1.5%。", "1.5%", "我省CPI"),
    ("a list's number", "1.办公桌椅40套，参考价2万元；", "40套", "办公桌椅"),
    ("reaching a level", "全市地区生产总值跨上500亿元台阶。", "跨上500亿元", "全市地区生产总值"),  # 跨上: a hedge (hedges.csv), quoted as 迈上
    # guards: 应 ending a noun (供应), 若干 as a quantity word
    ("供应 is a noun", "全市电力供应120亿千瓦时。", "120亿千瓦时", "全市电力"),
    ("若干 stays", "若干项目投资5亿元。", "5亿元", "若干项目投资"),
]


@pytest.mark.parametrize("name, text, quote, subject", FRAMES, ids=[v[0] for v in FRAMES])
def test_conditions_modals_and_list_numbers_frame_the_subject(name, text, quote, subject):
    assert subjects_of(text, quote, D) == [subject]


SHARES_FIRST = [
    # a share printed first: its noun ends at an adverb of continuing (仍, 尚) as at 已, 还
    ("仍", "近三成的农家书屋仍主要依靠捐赠图书运转。", "近三成", "农家书屋"),
    # guard: a negation with no noun before it is what is measured
    ("no noun", "近四成尚未开展数字化改造。", "近四成", "尚未开展数字化改造"),
]


@pytest.mark.parametrize("name, text, quote, subject", SHARES_FIRST, ids=[v[0] for v in SHARES_FIRST])
def test_a_share_printed_first_ends_its_noun_at_an_adverb(name, text, quote, subject):
    assert subjects_of(text, quote, D) == [subject]
