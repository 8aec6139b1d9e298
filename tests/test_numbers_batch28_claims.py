"""Claim classes of batch 28's extras and wrong values, written as invented sentences: none is copied from an
edition. Each table holds cases that failed before its class was fixed and near misses the new rule must leave
alone."""

from __future__ import annotations

import pytest

from tests.snippets import claims_of


def _read(text: str) -> list[tuple]:
    return [(c.quote, c.value, c.unit, c.qualifier, c.direction) for c in claims_of(text, lead="本报讯 ")]


# --- 增收/减收: a change of revenue, signed; 人均增收 and 增收节支 name the quantity -------------------------------
@pytest.mark.parametrize("text, expected", [
    ("今年全区契税减收1500万元。", [("1500万元", -15000000, "CNY", None, "decrease")]),
    ("全镇房产税增收约600万元。", [("约600万元", 6000000, "CNY", "approx", "increase")]),
    # near misses: an average income gain and 增收节支 are quantities named, no change
    ("合作社带动农户人均增收2600元。", [("2600元", 2600, "CNY", None, None)]),
    ("通过审计促进增收节支1.5亿元。", [("1.5亿元", 150000000, "CNY", None, None)]),
])
def test_revenue_up_or_down_is_a_signed_change(text, expected):
    assert _read(text) == expected


def test_an_average_income_gain_keeps_its_verb_in_the_subject():
    assert [c.subject for c in claims_of("合作社带动农户人均增收2600元。", lead="本报讯 ")] == ["农户人均增收"]


# --- 元/户: a standard per household ---------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("贫困户危房改造补助标准提高到2.5万元/户。", [("2.5万元/户", 25000, "CNY/household", None, None)]),
    ("物业服务费调整为每月45元/户。", [("45元/户", 45, "CNY/household", None, None)]),
    # a 次 after the base belongs to it (per household visit, per attendance), not left over after 元/户
    ("上门服务补助标准为500元/户次。", [("500元/户次", 500, "CNY/household-time", None, None)]),
    ("景区门票调整为15元/人次。", [("15元/人次", 15, "CNY/person-time", None, None)]),
    # near misses: the longer bases are read first; 元/人 stays CNY (earlier batches' guard); two slashes;
    # a count of households is no price
    ("学生伙食补助标准为800元/人。", [("800元", 800, "CNY", None, None)]),
    ("物业费为2元/户/月。", [("2元", 2, "CNY", None, None)]),
    ("低保标准为每月650元/人·月。", [("650元/人·月", 650, "CNY/person-month", None, None)]),
    ("全村共有农户320户。", [("320户", 320, "household", None, None)]),
])
def test_money_per_household_is_one_unit(text, expected):
    assert _read(text) == expected


# --- 内 that opens the counted noun is no 'within' ----------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("青石港新开3条内河航线。", [("3条", 3, "item", None, None)]),
    ("开发区新引进5家内资企业。", [("5家", 5, "organisation", None, None)]),
    # near misses: after a duration 内 is 'within'; 以内 after a count stays an upper bound
    ("申请人可在20日内提出复核。", [("20日内", 20, "day", "upper_bound", None)]),
    ("每批参观人数控制在30人以内。", [("30人以内", 30, "person", "upper_bound", None)]),
])
def test_nei_opening_a_noun_after_a_count_is_no_hedge(text, expected):
    assert _read(text) == expected


def test_the_noun_that_nei_opens_is_the_count_subject():
    assert [c.subject for c in claims_of("青石港新开3条内河航线。", lead="本报讯 ")] == ["内河航线"]


# --- 两位数, 四套班子: a vague size and a named group, no claims ---------------------------------------------------
@pytest.mark.parametrize("text, quotes", [
    ("全县规上工业产值保持两位数增长。", []),
    ("市四套班子领导参加义务植树活动。", []),
    ("全年出口额实现三位数增长。", []),
    # near misses: a real count of places or people is kept
    ("全县新建两座水厂，抽调四名干部。", ["两座", "四名"]),
])
def test_vague_sizes_and_named_groups_are_no_claims(text, quotes):
    assert [c.quote for c in claims_of(text, lead="本报讯 ")] == quotes


# --- a falling pair of figures is no range: the first borrows no unit from the second ----------------------------
@pytest.mark.parametrize("text, expected", [
    # a table row glued to the prose after it: 90512 -3.4 / 年末… is no 90512年
    ("农林水支出90512-3.4年末全县存款余额860.2亿元。", [("860.2亿元", 86020000000, None, None, "CNY")]),
    # near misses: a rising pair is a range, its unit written once
    ("每年接待游客3至6万人次。", [("3至6万人次", None, 30000, 60000, "person-time")]),
    ("项目工期为2—4年。", [("2—4年", None, 2, 4, "year")]),
    ("贴息比例为5-8%。", [("5-8%", None, 5, 8, "%")]),
])
def test_a_falling_pair_borrows_no_unit(text, expected):
    assert [(c.quote, c.value, c.low, c.high, c.unit) for c in claims_of(text, lead="")] == expected


# --- a count run on after a changed count, in another unit, is the same change ------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("今年全县减少贫困人口860户0.27万人。", [("860户", -860, "decrease"), ("0.27万人", -2700, "decrease")]),
    ("全乡新增低保对象45户112人。", [("45户", 45, "increase"), ("112人", 112, "increase")]),
    # near misses: no change before, or a comma between the two counts
    ("全镇共有农户860户3200人。", [("860户", 860, None), ("3200人", 3200, None)]),
    ("全县减少贫困人口860户，0.27万人受益。", [("860户", -860, "decrease"), ("0.27万人", 2700, None)]),
])
def test_a_count_run_on_after_a_changed_count_shares_the_change(text, expected):
    assert [(c.quote, c.value, c.direction) for c in claims_of(text, lead="本报讯 ")] == expected
