"""Subject classes met in the sixteenth batch, second pass, written as invented sentences: none is
copied from an edition. Each test held at least one check that failed before its class was fixed;
a check that held before (a guard) shares its test."""

from __future__ import annotations

from datetime import date

import pytest

from tests.snippets import subjects_of

D = date(2024, 5, 14)


SHARES_OF_A_WHOLE = [
    # the brief's fifteenth-batch clarification, for every share of the 占 form: when the noun whose
    # share it is ends an earlier clause, the subject is the 占 phrase of the claim's own clause
    ("占…的", "全县林下经济产值9.6亿元，占农业总产值的两成。", "两成", "占农业总产值"),
    ("a hedge before 占", "全镇高龄老人2300人，约占老年人口的15%。", "15%", "占老年人口"),
    ("after a change", "全区快递业务量1.2亿件，增长9%，占全市快递业务总量的三成。", "三成", "占全市快递业务总量"),
    # guards: a share naming its share noun keeps it; a noun in the share's own clause is the subject
    ("比重", "全县快递业务量1.2亿件，增长9%，占全市的比重为18.3%。", "18.3%", "占全市的比重"),
    ("noun in the clause", "园区集聚企业63家，其中科技型企业约占三分之一。", "三分之一", "科技型企业"),
    # guards: a share of a plan is the thing done (brief, ninth batch); 占 naming no whole, the thing before
    ("a plan", "全县已完成造林3.2万亩，占年度计划的八成。", "八成", "造林"),
    ("no whole", "全镇常住人口3.2万人，其中女性1.6万人，占50.3%。", "50.3%", "女性"),
]


@pytest.mark.parametrize("name, text, quote, subject", SHARES_OF_A_WHOLE, ids=[v[0] for v in SHARES_OF_A_WHOLE])
def test_a_share_of_a_whole_is_its_zhan_phrase(name, text, quote, subject):
    assert subjects_of(text, quote, D) == [subject]


def test_an_amount_after_a_share_carries_the_thing_not_the_share():
    text = "全县涉农贷款余额860亿元，约占各项贷款的三成，比年初增加52亿元。"
    assert subjects_of(text, "三成", D) == ["占各项贷款"]
    assert subjects_of(text, "52亿元", D) == ["全县涉农贷款余额"]


SCOPES_AND_VERBS = [
    # a whole area other than 全市/全省 before a measure: the noun after the unit (vocabulary whole_scopes)
    ("全州", "全州52万亩油菜进入收获期。", "52万亩", "油菜"),
    ("全镇", "全镇1200亩茶园已完成春管。", "1200亩", "茶园"),
    # a verb before a total names it: 签约总额, not 总额
    ("a verb's total", "本届博览会共签约项目30个，签约总额42.5亿元。", "42.5亿元", "签约总额"),
    # 现场 opening the phrase places the act at the event: the category's verb acts (vocabulary event_places)
    ("现场", "现场签约项目12个，总投资40亿元。", "12个", "项目"),
    ("会现场", "推介会现场签约项目9个。", "9个", "项目"),
    # two verbs in a row: an adverb between them is no noun, a change verb after a verb is a second verb
    ("an adverb between two verbs", "规划提出再新建乡村公路150公里。", "150公里", "乡村公路"),
    ("a change verb after a verb", "全年改造提升乡村道路120公里。", "120公里", "乡村道路"),
    # a move right after a count opens its predicate (vocabulary move_verbs): the noun before the number
    ("到", "该市选派青年教师20名到山区支教。", "20名", "青年教师"),
    ("赴", "组织农技专家12名赴灾区指导生产。", "12名", "农技专家"),
    # guards: a category name stays whole without an event; 增加值 is no change verb before a noun
    ("a category", "全县签约项目46个。", "46个", "全县签约项目"),
    ("增加值", "全年实现增加值120亿元。", "120亿元", "增加值"),
]


@pytest.mark.parametrize("name, text, quote, subject", SCOPES_AND_VERBS, ids=[v[0] for v in SCOPES_AND_VERBS])
def test_scopes_totals_events_and_verbs_in_a_row(name, text, quote, subject):
    assert subjects_of(text, quote, D) == [subject]
