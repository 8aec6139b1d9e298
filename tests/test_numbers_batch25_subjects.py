"""Subject classes met in the twenty-fifth batch, written as invented sentences: none is copied from an
edition. Each table holds targets (checks that failed before their class was fixed) and near misses
(checks that held before and must still hold: the fix does not reach past its class)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.snippets import claims_of, subjects_of

D = date(2024, 5, 14)


INTRODUCING_VERBS = [
    # targets: a verb that introduces what is counted or measured (扑灭, 打捞, 交办, 补选, 获授权, 搭建, 录取,
    # 表彰, 援建, 减免, 检出, 淘汰, 落户, 准备, 追责, 问责, 帮扶) is dropped with what comes before it
    ("put out", "巡逻队当天发现并扑灭火点6处。", "6处", "火点"),
    ("salvaged", "今年共打捞水面垃圾1.8万立方米。", "1.8万立方米", "水面垃圾"),
    ("assigned", "督导组累计交办问题线索326个。", "326个", "问题线索"),
    ("elected to vacancies", "会议补选镇人大代表3名。", "3名", "镇人大代表"),
    ("patent granted", "企业今年获授权实用新型专利58件。", "58件", "实用新型专利"),
    ("put up", "合作社新搭建蔬菜大棚40个。", "40个", "蔬菜大棚"),
    ("admitted", "该校今年计划录取本科生3200人。", "3200人", "本科生"),
    ("commended", "大会拟表彰先进集体15个。", "15个", "先进集体"),
    ("built as aid", "对口支援方援建卫生院9所。", "9所", "卫生院"),
    ("waived", "全区为小微企业减免养老保险费1200万元。", "1200万元", "养老保险费"),
    ("inspection found", "质监部门检出不合格食品21批。", "21批", "不合格食品"),
    ("phased out", "全市已淘汰燃煤锅炉86台。", "86台", "燃煤锅炉"),
    ("settled in", "开发区今年新落户企业35家。", "35家", "企业"),
    ("prepared", "代表们共准备建议46件。", "46件", "建议"),
    ("held to account", "纪委追责问责干部27人。", "27人", "干部"),
    ("assisted", "街道累计帮扶残疾人就业420人。", "420人", "残疾人就业"),
    ("a year's awards", "拟表彰2025年度“优秀网格员”30名。", "30名", "“优秀网格员”"),
    # near misses: the verb with a head that makes one noun (帮扶资金, 帮扶对子, 援建项目), a verb named
    # in an indicator, or a subject without such a verb, read as before
    ("aid funds", "对口帮扶资金达到2.3亿元。", "2.3亿元", "对口帮扶资金"),
    ("aid funds invested", "去年投入东西部协作帮扶资金5000万元。", "5000万元", "东西部协作帮扶资金"),
    ("pairs", "两地学校结成帮扶对子40对。", "40对", "帮扶对子"),
    ("aid projects", "当年实施援建项目210个。", "210个", "援建项目"),
    ("aid service", "服务站提供帮扶服务2.6万人次。", "2.6万人次", "帮扶服务"),
    ("aid funds after 的", "这笔150万元的帮扶资金由镇里统筹使用。", "150万元", "帮扶资金"),
    ("aid projects counted first", "今年有18个援建项目竣工。", "18个", "援建项目"),
    ("people assisted as a noun", "全镇帮扶对象共计460户。", "460户", "全镇帮扶对象"),
    ("a rate named with a verb", "机动车抽检合格率为97%。", "97%", "机动车抽检合格率"),
    ("a waived amount", "减免金额达到800万元。", "800万元", "减免金额"),
    ("a listed verb", "今年修建农村公路180公里。", "180公里", "农村公路"),
    ("scope kept", "全县规模以上工业产值增长9.1%。", "9.1%", "全县规模以上工业产值"),
]


@pytest.mark.parametrize("name, text, quote, subject", INTRODUCING_VERBS, ids=[v[0] for v in INTRODUCING_VERBS])
def test_a_verb_that_introduces_the_noun_is_dropped(name, text, quote, subject):
    assert subjects_of(text, quote, D)[0] == subject


OVER_THE_STANDARD = [
    # targets: 超标 (over a standard) names the thing counted; it is no written base (超年度计划)
    ("vehicles over the standard", "全市抽检车辆1.2万辆次，检出超标车辆260辆。", "260辆", "超标车辆", None),
    ("samples over the standard", "共抽检水样300份，发现超标水样12份。", "12份", "超标水样", None),
    # near misses: 超 before a base is still a comparison
    ("over the annual plan", "全县粮食产量超年度计划12%。", "12%", "全县粮食产量", "比年度计划"),
    ("over the national level", "本市人均收入超全国平均水平8%。", "8%", "本市人均收入", "比全国平均水平"),
]


@pytest.mark.parametrize("name, text, quote, subject, comparison", OVER_THE_STANDARD,
                         ids=[v[0] for v in OVER_THE_STANDARD])
def test_over_the_standard_is_a_noun_not_a_base(name, text, quote, subject, comparison):
    hit = next(c for c in claims_of(text, D) if c.quote == quote)
    assert (hit.subject, hit.comparison or None) == (subject, comparison)


LIST_HEADS = [
    # targets: 总产, 总产量 after the last item of a 分别 list is the list's measure, not part of the item
    ("total output", "小麦、大麦、蚕豌豆总产分别为12万吨、3万吨和1.5万吨。", "1.5万吨", "蚕豌豆"),
    ("total output in full", "稻谷、玉米、马铃薯总产量分别为30万吨、8万吨和6万吨。", "6万吨", "马铃薯"),
    ("first item", "小麦、大麦、蚕豌豆总产分别为12万吨、3万吨和1.5万吨。", "12万吨", "小麦"),
    # near misses: heads already listed, and an item whose name alone is left
    ("output", "小麦、油菜籽产量分别为20万吨和4万吨。", "4万吨", "油菜籽"),
    ("added value", "全市工业、农业增加值分别增长5%和3%。", "3%", "农业"),
]


@pytest.mark.parametrize("name, text, quote, subject", LIST_HEADS, ids=[v[0] for v in LIST_HEADS])
def test_a_list_measure_is_cut_from_its_last_item(name, text, quote, subject):
    assert subjects_of(text, quote, D)[0] == subject
