"""Claim-detection classes of batch 30 (numbers that are names, not amounts), written as invented sentences: none is
copied from an edition. Each table holds cases that failed before its class was fixed and near misses."""

from __future__ import annotations

from datetime import date

import pytest

from tests.snippets import claims_of


def _read(text: str, when: date = date(2016, 3, 2)) -> list[tuple]:
    return [(c.quote, c.period) for c in claims_of(text, when)]


# --- 九年义务教育, 第十三个五年规划: a school system's or a plan's name; 五年年均增长: the span a mean is over ----------
@pytest.mark.parametrize("text, expected", [
    ("全县九年义务教育巩固率达到97.5%。", [("97.5%", None)]),
    ("全县共有九年一贯制学校12所。", [("12所", None)]),
    ("《纲要》是全市第十三个五年规划的蓝图，提出新建学校30所。", [("30所", None)]),
    ("全市编制五年规划，安排项目120个。", [("120个", None)]),
    ("2015年，全县地区生产总值达到368.2亿元，五年年均增长9.6%；人均地区生产总值突破6万元。",
     [("368.2亿元", "2015"), ("9.6%", "2011/2015"), ("突破6万元", "2015")]),
    # near misses: a duration that is one; a year with its mean stays a year
    ("改造工程用了五年时间，共投入资金3亿元。", [("五年", None), ("3亿元", None)]),
    ("全县用三年时间完成改造。", [("三年", None)]),
    ("2015年全县年均气温16.2℃。", [("16.2℃", "2015")]),
])
def test_names_and_spans_of_a_mean_are_no_durations(text, expected):
    assert _read(text) == expected


# --- 护佑千万家, 三十年如一日, 共和国60年: idioms and an anniversary's name state no amount ---------------------------------
@pytest.mark.parametrize("text, expected", [
    ("守护碧水清流 温暖千万家", []),
    ("他二十年如一日照顾孤寡老人，累计服务600余次。", [("600余次", None)]),
    ("本报今起推出“改革开放40年·巨变”专栏，报道全市变化。", []),
    # near misses: counted homes (千万家庭: not the idiom), a duration with no era's name before it
    ("全省已有千万家庭接入光纤。", [("千万家", None)]),
    ("全县用了60年时间建成水库群。", [("60年", None)]),
])
def test_idioms_and_anniversaries_are_no_amounts(text, expected):
    assert _read(text, date(2009, 7, 1)) == expected


# --- 二类区域: an ordinal category (a count says 两类), no claim; 仍为3元 after a plan: the level kept, no target ---------
def test_a_category_two_is_no_count_and_a_level_kept_is_no_plan():
    found = {c.quote: c for c in claims_of("下一步拟将一类区域停车收费标准由4元调整为6元，二类区域收费标准仍为2元。",
                                           date(2016, 3, 2))}
    assert "二类" not in found
    assert (found["6元"].projection, found["2元"].projection) == ("target", None)


def test_two_kinds_are_still_counted():
    assert [(c.quote, c.value) for c in claims_of("全县推出两类产品。", date(2016, 3, 2))] == [("两类", 2)]
