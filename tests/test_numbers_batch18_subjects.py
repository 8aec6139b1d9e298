"""Subject classes met in the eighteenth batch, written as invented sentences: none is copied from an
edition. Each test held at least one check that failed before its class was fixed; a check that held
before (a guard) shares its test."""

from __future__ import annotations

from datetime import date

import pytest

from tests.snippets import subjects_of

D = date(2024, 9, 12)


VERBS = [
    # verbs of dividing into units, reporting up, recording, releasing fry, recruiting, redeeming,
    # banking hours, applying a price rule, receiving and electing introduce what is counted (subject_verbs)
    ("dividing into units", "全镇共划分治理单元86个。", "86个", "治理单元"),
    ("reporting up", "各村信息员累计上报安全隐患640条。", "640条", "安全隐患"),
    ("recording", "保护区今年共记录野生鸟类142种。", "142种", "野生鸟类"),
    ("releasing fry", "今年全县增殖放流鲢鳙鱼苗300万尾。", "300万尾", "鲢鳙鱼苗"),
    ("topping up staff", "通过公开招聘补充乡村医生86名。", "86名", "乡村医生"),
    ("late admission", "学校面向全市补录中职新生150名。", "150名", "中职新生"),
    ("redeeming", "居民用积分兑换生活用品2100余件。", "2100余件", "生活用品"),
    ("banking hours", "全街道累计存储养老服务时长3.4万小时。", "3.4万小时", "养老服务时长"),
    ("applying a price rule", "景区对学生实行门票半价。", "半价", "门票"),
    ("receiving", "服务站共接受群众来访900多人次。", "900多人次", "群众来访"),
    ("electing", "全县共推选“身边好人”30名。", "30名", "“身边好人”"),
    # guard: 记录 ending the phrase names the records counted (随访记录), it introduces nothing there
    ("记录 as a noun", "家庭医生团队建立随访记录4600份。", "4600份", "随访记录"),
]


@pytest.mark.parametrize("name, text, quote, subject", VERBS, ids=[v[0] for v in VERBS])
def test_a_verb_of_dividing_reporting_or_recording_introduces_its_noun(name, text, quote, subject):
    assert subjects_of(text, quote, D) == [subject]


PARTICIPLES = [
    # 注册 and 检查 before a noun of people name those people (registered volunteers, inspectors), as 参与群众
    # (participle_verbs): the verb stays in the subject, with the scope before it
    ("registered volunteers", "全镇注册志愿者达到8600人。", "8600人", "全镇注册志愿者"),
    ("a share of registered volunteers", "注册志愿者人数占常住人口比例达到7%。", "7%", "注册志愿者人数占常住人口比例"),
    ("inspectors", "全县出动检查人员480人次。", "480人次", "检查人员"),
    # guard: before anything else they still introduce what is counted
    ("检查 before a place", "执法队检查餐饮门店320家。", "320家", "餐饮门店"),
]


@pytest.mark.parametrize("name, text, quote, subject", PARTICIPLES, ids=[p[0] for p in PARTICIPLES])
def test_a_verb_before_people_names_those_people(name, text, quote, subject):
    assert subjects_of(text, quote, D) == [subject]
