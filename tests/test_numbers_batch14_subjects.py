"""Subject classes met in the fourteenth batch, written as invented sentences: none is copied from an
edition. Each test held at least one check that failed before its class was fixed; a check that held
before (a guard) shares its test."""

from __future__ import annotations

from datetime import date

import pytest

from tests.snippets import subjects_of

D = date(2024, 5, 14)


VERBS = [
    # verbs of relief, inspection, extension work and founding introduce the noun counted after them
    ("调拨", "市防指紧急调拨救生衣2000件。", "2000件", "救生衣"),
    ("调度", "全区共调度排涝泵车36台。", "36台", "排涝泵车"),
    ("推广", "今年全镇推广水稻节水灌溉技术5万亩。", "5万亩", "水稻节水灌溉技术"),
    ("收集", "全镇已收集群众意见建议320条。", "320条", "群众意见建议"),
    # verbs that are also nouns: a verb after an adverb, part of the noun otherwise
    ("诊疗 after an adverb", "镇卫生院已诊疗患者450人次。", "450人次", "患者"),
    ("诊疗人次 is a noun (guard)", "全县基层医疗机构诊疗人次同比增长6.2%。", "6.2%", "全县基层医疗机构诊疗人次"),
    ("开办 after an adverb", "全市已开办老年大学12所。", "12所", "老年大学"),
    ("企业开办 is a noun", "企业开办全流程压缩至2个工作日。", "2个工作日", "企业开办全流程"),
    ("抽检 after 共", "今年以来，全县共抽检蔬菜样品380批次。", "380批", "蔬菜样品"),
    ("抽检合格率 is a noun (guard)", "全市农产品抽检合格率为98.6%。", "98.6%", "全市农产品抽检合格率"),
    # a verb then 性 is an adjective inside the noun (保障性住房), not a verb introducing 性住房
    ("保障性", "今年计划新建保障性租赁住房2400套。", "2400套", "保障性租赁住房"),
    # a verb then a place or instrument suffix names a place or a machine (安置点, 收割机), no verb
    ("安置点已…", "该镇临时安置点已接待受灾群众860人次。", "860人次", "受灾群众"),
    ("收割机等…", "首批入库播种机、收割机等农机具28台。", "28台", "播种机、收割机等农机具"),
]


@pytest.mark.parametrize("name, text, quote, subject", VERBS, ids=[v[0] for v in VERBS])
def test_verbs_that_introduce_the_noun(name, text, quote, subject):
    assert subjects_of(text, quote, D) == [subject]


TIME_FRAMES = [
    # a daily rate's time word and the first day or week of a service are time words, not the noun
    ("每日", "为方便市民夜间健身，每日照明时长增加到14小时。", "14小时", "照明时长"),
    ("首日 between two verbs", "城郊旅游专线开通首日运送乘客1860人次。", "1860人次", "乘客"),
    # a time clause of a road opening or a plant starting production opens the phrase, no part of it
    ("通车后", "大桥建成通车后两岸通行时间将缩短至15分钟。", "15分钟", "两岸通行时间"),
    ("投产后", "新厂投产后年产值可达12亿元。", "12亿元", "年产值"),
    # words moved from the patterns to the vocabularies keep their reading (guards)
    ("到目前为止 (guard)", "到目前为止，全县共发放补贴资金3200万元。", "3200万元", "补贴资金"),
    ("发展到目前的 (guard)", "参赛人数从最初的30人发展到目前的260人。", "260人", "参赛人数"),
    ("开幕当天 (guard)", "开幕当天全县接待游客3.2万人次。", "3.2万人次", "游客"),
    ("产能 is a noun (guard)", "全市钢铁产能达到1200万吨。", "1200万吨", "全市钢铁产能"),
]


@pytest.mark.parametrize("name, text, quote, subject", TIME_FRAMES, ids=[v[0] for v in TIME_FRAMES])
def test_time_words_frame_the_subject(name, text, quote, subject):
    assert subjects_of(text, quote, D) == [subject]


PREDICATES = [
    # verbs of moving in, gathering and setting off end the noun printed after a count
    ("进驻", "全县已有12家银行机构进驻政务服务中心。", "12家", "银行机构"),
    ("围坐", "三十多位老人围坐在一起听讲座。", "三十多位", "老人"),
    ("飞抵", "今冬约2万只候鸟飞抵湖区越冬。", "约2万只", "候鸟"),
    ("往来", "田间80余台收割机往来穿梭。", "80余台", "收割机"),
    ("整装", "30台抢险机械整装待发。", "30台", "抢险机械"),
]


@pytest.mark.parametrize("name, text, quote, subject", PREDICATES, ids=[v[0] for v in PREDICATES])
def test_a_predicate_ends_the_counted_noun(name, text, quote, subject):
    assert subjects_of(text, quote, D) == [subject]
