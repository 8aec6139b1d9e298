"""More period, direction and comparison classes of batch 27's disagreements, as invented sentences: none is
copied from an edition. Each test holds checks that failed before its class was fixed, and near misses where
the new rule must not fire."""

from __future__ import annotations

from datetime import date

import pytest

from tests.snippets import claims_of

APRIL = date(2024, 4, 16)


def _found(text: str, when: date = APRIL) -> dict:
    return {c.quote: c for c in claims_of(text + "\n", when)}


@pytest.mark.parametrize("text, quote, period", [
    # a cut-off day with no month (截至14日，) dates the figures of its sentence, the month the edition's
    ("截至14日，甲乡、乙乡分别完成插秧3.1万亩和2.4万亩。", "2.4万亩", "2024-04-14"),
    ("截至14日18时，甲乡完成插秧3.1万亩。", "3.1万亩", "2024-04-14"),
    # a stock at a part of a month (截至4月上旬, 截至3月下旬) takes the month, as 截至4月末 does
    ("截至4月上旬，该项目已完成总工程量的65%。", "65%", "2024-04"),
    ("截至3月下旬，全县已建成充电桩420个。", "420个", "2024-03"),
    # not changed: a day after 截止 that closes a noun (a deadline, no cut-off), and a span within days
    ("报名截止14日，逾期缴纳滞纳金300元。", "300元", None),
    ("截至4月末，全县存款余额达86亿元。", "86亿元", "2024-04"),
])
def test_a_cut_off_dates_its_sentence(text, quote, period):
    assert _found(text)[quote].period == period


@pytest.mark.parametrize("text, quote, direction, value", [
    # 同比/环比 then a comparative (快, 慢, 高, 低, 加快, 减慢) right before a rate: a change against the period's base
    ("全省夏收进度同比快1.6个百分点。", "1.6个百分点", "increase", 1.6),
    ("全省夏收进度环比慢0.7个百分点。", "0.7个百分点", "decrease", -0.7),
    ("全省夏收进度同比加快2.2个百分点。", "2.2个百分点", "increase", 2.2),
    ("优良天数比例同比低3.4个百分点。", "3.4个百分点", "decrease", -3.4),
    # not changed: a change verb says it already; a written base keeps its own reading; no 同比 before the rate
    ("全省夏收进度同比提高1.6个百分点。", "1.6个百分点", "increase", 1.6),
    ("全省夏收进度比全国快1.6个百分点。", "1.6个百分点", "increase", 1.6),
    ("全省夏收进度为86.5%。", "86.5%", None, 86.5),
])
def test_a_comparative_after_same_period_is_a_change(text, quote, direction, value):
    claim = _found(text)[quote]
    assert (claim.direction, claim.value) == (direction, value)


@pytest.mark.parametrize("text, quote, direction", [
    # a verb that upgrades its object (提升, 提高), away from a count: the count is of the things upgraded
    ("年内改造提升城区老旧小区26个。", "26个", None),
    ("提高乡村学校办学条件，改造提升校舍14处。", "14处", None),
    # not changed: 新增 still makes a count an increase; 提高 right before a count, or before an amount, is a change
    ("新增城镇学位1800个。", "1800个", "increase"),
    ("全县病床数提高300张。", "300张", "increase"),
    ("提高城市绿地面积85公顷。", "85公顷", "increase"),
])
def test_an_upgrade_verb_far_from_a_count_is_no_change(text, quote, direction):
    assert _found(text)[quote].direction == direction


@pytest.mark.parametrize("text, quote, comparison", [
    # a growth rate set as a target with no period named is a one-year target: 同比 (the plan's year)
    ("力争新增规上企业15家，规上工业增加值增长8%。", "8%", "同比"),
    ("全县社会消费品零售总额力争增长6.5%左右。", "6.5%左右", "同比"),
    # not changed: a cut laid down; a yearly average; a rate told, not set, with no period
    ("力争一般性支出压减5%以上。", "5%以上", None),
    ("力争规上工业增加值年均增长8%。", "8%", None),
    ("规上工业增加值增长8%。", "8%", None),
])
def test_a_growth_target_is_year_on_year(text, quote, comparison):
    assert _found(text)[quote].comparison == comparison
