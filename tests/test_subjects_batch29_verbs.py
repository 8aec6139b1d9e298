"""Subject classes of batch 29, written as invented sentences: none is copied from an edition. Each table holds
cases that failed before its class was fixed and near misses the new rule must leave alone."""

from __future__ import annotations

import pytest

from tests.snippets import claims_of


def _subjects(text: str) -> list[tuple]:
    return [(c.quote, c.subject) for c in claims_of(text)]


# --- verbs that introduce what is counted (subject_verbs.csv): 浇灌, 调配, 铺设, 归还 -----------------------------------
@pytest.mark.parametrize("text, expected", [
    ("截至昨日，全县已浇灌冬小麦12.4万亩。", [("12.4万亩", "冬小麦")]),
    ("各乡镇紧急调配抽水设备320台。", [("320台", "抽水设备")]),
    ("今年新铺设燃气管道18.5公里。", [("18.5公里", "燃气管道")]),
    ("法院判令被告归还货款本金12万元。", [("12万元", "货款本金")]),
    # near misses: the verb inside a noun phrase (铺设面积, 调配中心) keeps the phrase whole
    ("全县管道铺设面积达到12亩。", [("12亩", "全县管道铺设面积")]),
])
def test_a_verb_introduces_what_is_counted(text, expected):
    assert _subjects(text) == expected


# --- 宜, a modal 'should' before a limit, ends the subject (as 应, 须) -------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("家庭农场养殖规模宜控制在300头以内。", [("300头以内", "家庭农场养殖规模")]),
    ("单次施肥量宜不超过15公斤。", [("不超过15公斤", "单次施肥量")]),
    # near misses: 事宜 and 便宜 are words, not the modal
    ("相关事宜费用为300元。", [("300元", "相关事宜费用")]),
])
def test_a_modal_should_ends_the_subject(text, expected):
    assert _subjects(text) == expected


# --- a rate word and a verb with no noun (日均发送, 单日) count the thing of the claim before ---------------------------
@pytest.mark.parametrize("text, expected", [
    ("城南客运站发送旅客12.6万人次，日均发送3.1万人次。", [("12.6万人次", "旅客"), ("3.1万人次", "旅客")]),
    ("景区接待游客8.2万人次，单日接待2.4万人次。", [("8.2万人次", "游客"), ("2.4万人次", "游客")]),
    # near miss: a rate word with its own noun keeps it
    ("景区接待游客8.2万人次，日均车流量1.2万辆次。", [("8.2万人次", "游客"), ("1.2万辆次", "日均车流量")]),
])
def test_a_rate_word_and_verb_count_the_thing_before(text, expected):
    assert _subjects(text) == expected


# --- a weather line's day and sky before 气温 are no part of the subject -------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("今天 小雨转多云 气温2℃～9℃", "气温"),
    ("明天 阴 最低气温-4℃", "最低气温"),
    # near misses: no sky between (as before), and a place kept
    ("今天最高气温36℃。", "今天最高气温"),
    ("今日全市平均气温12℃。", "今日全市平均气温"),
])
def test_the_day_and_sky_are_dropped_before_the_temperature(text, expected):
    assert [c.subject for c in claims_of(text)] == [expected]
