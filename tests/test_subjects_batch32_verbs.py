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


# --- a head noun a 分别 list prints once after its last item (list_heads.csv: 项目, 案件, 在校生 …) ------------------------
@pytest.mark.parametrize("text, expected", [
    ("全区先进制造业、基础设施、民生项目分别为12个、8个和5个。",
     [("12个", "先进制造业"), ("8个", "基础设施"), ("5个", "民生")]),
    ("全市刑事、民商事、行政案件分别审结320件、1460件和90件。", [("320件", "刑事"), ("1460件", "民商事"), ("90件", "行政")]),
    ("全县小学、中职在校生分别为3.2万人和1.1万人。", [("3.2万人", "小学"), ("1.1万人", "中职")]),
    ("化学需氧量、烟尘排放量分别下降5%和7%。", [("5%", "化学需氧量"), ("7%", "烟尘")]),
    # a head noun before the measure goes too, and a category's 类 the other items lack
    ("纺织服装、新能源产业产值分别增长6%和9%。", [("6%", "纺织服装"), ("9%", "新能源")]),
    ("石油及制品、家用电器类零售额分别增长3%和8%。", [("3%", "石油及制品"), ("8%", "家用电器")]),
    # near misses: every item prints the head (no shared head), or a category every item names with 类
    ("重点项目、民生项目分别为12个和8个。", [("12个", "重点项目"), ("8个", "民生项目")]),
    ("粮油食品类、饮料类零售额分别增长3%和8%。", [("3%", "粮油食品类"), ("8%", "饮料类")]),
])
def test_a_list_head_printed_once_is_left_to_the_list(text, expected):
    assert _subjects(text) == expected
