"""Subject classes met in the fifteenth batch, written as invented sentences: none is copied from an
edition. Each test held at least one check that failed before its class was fixed; a check that held
before (a guard) shares its test."""

from __future__ import annotations

from datetime import date

import pytest

from tests.snippets import subjects_of

D = date(2024, 5, 14)


PLANS = [
    # 计划 'plans to' after a place or opening the phrase marks a target, like 力争: what follows is measured
    ("after a place", "今年全镇计划油菜种植面积3万亩。", "3万亩", "油菜种植面积"),
    ("before a verb", "该区计划投入改造资金1.5亿元。", "1.5亿元", "改造资金"),
    ("opening", "大桥全长3.2公里，计划工期30个月。", "30个月", "工期"),
    ("before the last verb", "全县税收收入计划安排12.4亿元。", "12.4亿元", "全县税收收入"),
    # guards: a noun of its own before 计划, a category by its planned size, a plan as a noun
    ("after a noun", "全市晚稻计划种植面积18万亩。", "18万亩", "全市晚稻计划种植面积"),
    ("a category", "全年计划总投资亿元以上项目64个。", "64个", "计划总投资亿元以上项目"),
    ("the plan itself", "全市中职学校招生计划2.1万人。", "2.1万人", "全市中职学校招生计划"),
]


@pytest.mark.parametrize("name, text, quote, subject", PLANS, ids=[v[0] for v in PLANS])
def test_a_plan_marker_is_no_part_of_the_subject(name, text, quote, subject):
    assert subjects_of(text, quote, D) == [subject]


RUN_ON = [
    # the noun printed after a count ends where its predicate opens: a modal, a verb with 着,
    # verbs of receiving a title, benefiting or improving, an adverb of place
    ("a modal", "全镇三百余名志愿者要做好防汛值守。", "三百余名", "志愿者"),
    ("a verb with 着", "五名民警冒着大雨疏导交通。", "五名", "民警"),
    ("获评", "我区三所幼儿园获评省级示范园。", "三所", "幼儿园"),
    ("受益", "全乡1.2万名村民受益。", "1.2万名", "村民"),
    ("现场", "推介活动上，15个项目现场签约。", "15个", "项目"),
    ("优化", "今年共有18条公交线路优化调整。", "18条", "公交线路"),
    # guards: nouns holding 要 stay whole
    ("主要", "全年完成12项主要任务。", "12项", "主要任务"),
]


@pytest.mark.parametrize("name, text, quote, subject", RUN_ON, ids=[v[0] for v in RUN_ON])
def test_the_counted_noun_stops_at_its_predicate(name, text, quote, subject):
    assert subjects_of(text, quote, D) == [subject]


SIGNED = [
    # 签约项目 is a category of investment promotion: 签约 names it, it introduces no noun
    ("opening", "本次大会上，签约项目36个，总金额120亿元。", "36个", "签约项目"),
    # after 新 'newly' the verb acts (batch 47: the dev gold counts 项目 after 新签约 in six editions, 新签约项目 in one)
    ("after 预计", "预计新签约项目超过40个。", "超过40个", "项目"),
    ("its amount", "签约项目总金额约85亿元。", "约85亿元", "签约项目总金额"),
    # guards: after an adverb or at an event, 签约 is the verb
    ("after 共", "本届博览会共签约项目52个。", "52个", "项目"),
    ("at an event", "推介会现场签约项目18个。", "18个", "项目"),
]


@pytest.mark.parametrize("name, text, quote, subject", SIGNED, ids=[v[0] for v in SIGNED])
def test_signed_projects_are_a_category(name, text, quote, subject):
    assert subjects_of(text, quote, D) == [subject]


RATE_LEVELS = [
    # a growth rate a target or forecast sets at a level keeps its rate word
    ("有望保持在", "预计全年全区经济增速有望保持在6%左右。", "6%左右", "全区经济增速"),
    ("力争达到", "力争全年工业投资增速达到12%以上。", "12%以上", "工业投资增速"),
    # guard: an actual growth rate is the change of its noun
    ("actual", "一季度，全区工业投资增速为8.2%。", "8.2%", "全区工业投资"),
]


@pytest.mark.parametrize("name, text, quote, subject", RATE_LEVELS, ids=[v[0] for v in RATE_LEVELS])
def test_a_growth_rate_set_as_a_level_keeps_its_rate_word(name, text, quote, subject):
    assert subjects_of(text, quote, D) == [subject]


FRAMES = [
    # a year's 年度, a peak time of day and the level verb 提至/调至 frame a subject
    ("年度", "2024年度职工医保个人缴费基数下限为每月3800元。", "3800元", "职工医保个人缴费基数下限"),
    ("高峰时段", "早晚高峰时段发车间隔4分钟。", "4分钟", "发车间隔"),
    ("提至", "全县低保标准提至每月780元。", "780元", "全县低保标准"),
    ("调至", "城区停车收费标准调至每小时6元。", "6元", "城区停车收费标准"),
]


@pytest.mark.parametrize("name, text, quote, subject", FRAMES, ids=[v[0] for v in FRAMES])
def test_a_frame_is_no_part_of_the_subject(name, text, quote, subject):
    assert subjects_of(text, quote, D) == [subject]


COMPARED_COUNTS = [
    # N个X价格环比下降: the count is of X; a count with only a change after it takes the noun before
    ("price compared", "监测的26个品种价格环比上涨，9个下降，5个持平。", "26个", "品种"),
    ("a change alone", "监测的26个品种价格环比上涨，9个下降，5个持平。", "9个", "品种"),
    ("持平", "监测的26个品种价格环比上涨，9个下降，5个持平。", "5个", "品种"),
]


@pytest.mark.parametrize("name, text, quote, subject", COMPARED_COUNTS, ids=[v[0] for v in COMPARED_COUNTS])
def test_a_count_whose_price_is_compared_counts_the_noun(name, text, quote, subject):
    assert subjects_of(text, quote, D) == [subject]


PARTICIPANTS = [
    # 参与 right before people or households names them as the participants
    ("people", "活动吸引参与市民超过3万人次。", "超过3万人次", "参与市民"),
    ("households", "参与农户户均收入达4200元。", "4200元", "参与农户户均收入"),
    # guard: before an activity 参与 introduces it
    ("an activity", "今年全区居民参与志愿服务时长1.2万小时。", "1.2万小时", "志愿服务时长"),
    # 竞相, 争相 open a predicate after a counted noun
    ("竞相", "公园里200余种月季竞相开放。", "200余种", "月季"),
]


@pytest.mark.parametrize("name, text, quote, subject", PARTICIPANTS, ids=[v[0] for v in PARTICIPANTS])
def test_participants_keep_their_verb(name, text, quote, subject):
    assert subjects_of(text, quote, D) == [subject]


AGE_BANDS = [
    # an age band (no claim of its own) opens the noun counted after a measure word
    ("以上", "全镇为1560名70周岁以上老年人发放慰问金。", "1560名", "70周岁以上老年人"),
    ("及以上", "在受访的860名60岁及以上居民中，", "860名", "60岁及以上居民"),
]


@pytest.mark.parametrize("name, text, quote, subject", AGE_BANDS, ids=[v[0] for v in AGE_BANDS])
def test_an_age_band_opens_the_counted_noun(name, text, quote, subject):
    assert subjects_of(text, quote, D) == [subject]


WHOLES = [
    # a count with no noun of its own after a counted whole and 中 is a part of that whole
    ("after a comma", "20项民生实事中，17项已全部完成。", "17项", "民生实事"),
    ("in one clause", "全年12项重点任务中9项完成。", "9项", "重点任务"),
    # guard: a count with its own noun keeps it
    ("own noun", "在12个乡镇中，有8个乡镇通了天然气。", "8个", "乡镇"),
]


@pytest.mark.parametrize("name, text, quote, subject", WHOLES, ids=[v[0] for v in WHOLES])
def test_a_part_of_a_counted_whole(name, text, quote, subject):
    assert subjects_of(text, quote, D) == [subject]
