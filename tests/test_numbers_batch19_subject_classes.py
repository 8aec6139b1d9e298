"""Subject classes met in the nineteenth batch, written as invented sentences: none is copied from an
edition. Each test held at least one check that failed before its class was fixed; a check that held
before (a guard) shares its test."""

from __future__ import annotations

from datetime import date

import pytest

from tests.snippets import claims_of, subjects_of

D = date(2024, 5, 14)


VERBS = [
    # verbs of hiring, paying out, recovering, servicing and reaching an area introduce what is
    # counted or measured (subject_verbs); 拟 before them marks a plan and is no part of the noun
    ("hiring", "该中心今年拟招聘教师30名。", "30名", "教师"),
    ("hiring, with a coverb", "学院拟面向社会招聘辅导员12名。", "12名", "辅导员"),
    ("paying out", "本批拟兑付奖励资金260万元。", "260万元", "奖励资金"),
    ("recovering", "工作人员帮游客找回失物56件。", "56件", "失物"),
    ("servicing", "今年已检修排灌设备3200台。", "3200台", "排灌设备"),
    ("reaching an area", "新院区辐射周边常住人口约30万。", "约30万", "周边常住人口"),
    # guards: a job fair and hiring events are named with 招聘 (verb_initial_nouns) and are counted themselves
    ("a job fair", "本次招聘会提供岗位2600余个。", "2600余个", "岗位"),
    ("hiring events", "全年举办各类招聘活动150场。", "150场", "各类招聘活动"),
]


@pytest.mark.parametrize("name, text, quote, subject", VERBS, ids=[v[0] for v in VERBS])
def test_a_verb_of_hiring_paying_out_or_servicing_introduces_its_noun(name, text, quote, subject):
    assert subjects_of(text, quote, D) == [subject]


COMPOUNDS = [
    # a noun named with a verb stays whole: an attribute after the verb (能力, 限额: attribute_nouns),
    # a category the verb and 类 name, a kind of enterprise, project or service named with a verb
    # (verb_initial_nouns), and a noun of people the verb describes (注册护士: people_nouns)
    ("a capacity", "新馆日接待能力达5000人次。", "5000人次", "新馆日接待能力"),
    ("a limit", "年度最高支付限额由10万元提高到12万元。", "10万元", "年度最高支付限额"),
    ("a category with 类", "小型设备检查类项目价格下调5%。", "5%", "小型设备检查类项目价格"),
    ("a kind of enterprise", "外商投资企业增加值下降2.1%。", "2.1%", "外商投资企业增加值"),
    ("a kind of project", "企业投资项目审批时限由30个工作日压缩至15个工作日。", "30个工作日", "企业投资项目审批时限"),
    ("a service's name", "组建家庭医生签约服务团队320个。", "320个", "家庭医生签约服务团队"),
    ("registered nurses", "全区注册护士1.2万人。", "1.2万人", "全区注册护士"),
    # guards: the same verbs still introduce a noun of their own
    ("a verb of paying", "今年累计发放补贴资金860万元。", "860万元", "补贴资金"),
    ("a verb of signing", "推介会上共签约项目18个。", "18个", "项目"),
    ("a verb of receiving", "景区共接待游客12万人次。", "12万人次", "游客"),
]


@pytest.mark.parametrize("name, text, quote, subject", COMPOUNDS, ids=[c[0] for c in COMPOUNDS])
def test_a_noun_named_with_a_verb_stays_whole(name, text, quote, subject):
    assert subjects_of(text, quote, D) == [subject]


ADVERBS = [
    # after a counted noun, the adverbs 共 (before a verb) and 主要 open its predicate (predicate_openers)
    ("共 before a verb", "全区18家博物馆共接待观众9万人次。", "18家", "博物馆"),
    ("主要", "滞后的7项指标主要集中在环保领域。", "7项", "指标"),
    # guards: 公共 and a noun opening with 主要 are part of the counted noun
    ("公共", "全市12个公共服务中心全部建成。", "12个", "公共服务中心"),
    ("主要 opening the noun", "全县5项主要指标全部完成。", "5项", "主要指标"),
]


@pytest.mark.parametrize("name, text, quote, subject", ADVERBS, ids=[a[0] for a in ADVERBS])
def test_an_adverb_after_a_counted_noun_opens_its_predicate(name, text, quote, subject):
    assert subjects_of(text, quote, D) == [subject]


def test_yigong_in_all_opens_the_predicate_as_gong_does():
    """12家超市一共销售…: 一共 'in all' opens the predicate like 共; the counted noun is 超市, not 超市一."""
    found = claims_of("全市12家超市一共销售月饼3万盒。全县9个乡镇一共种植油菜4万亩。", date(2024, 5, 14))
    assert [(c.quote, c.subject) for c in found] == [
        ("12家", "超市"), ("3万盒", "月饼"), ("9个", "乡镇"), ("4万亩", "油菜")]


@pytest.mark.parametrize("text, subject", [
    # an attribute named by a verb and its noun keeps the verb: what is measured is the attribute
    ("今年以来共发布招聘信息1.2万条。", "招聘信息"),
    ("项目辐射范围达50公里。", "项目辐射范围"),
    ("到期债券兑付比例为100%。", "到期债券兑付比例"),
    # while the verb still introduces a counted noun that is no attribute
    ("全县新招聘教师320名。", "教师"),
])
def test_an_attribute_named_by_a_verb_keeps_the_verb(text, subject):
    assert [c.subject for c in claims_of(text)] == [subject]
