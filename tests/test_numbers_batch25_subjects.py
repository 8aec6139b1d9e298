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
    # targets: 总产, 总产量 (and 总产值, below) after the last item of a 分别 list is the list's measure, not part of the item
    ("total output", "小麦、大麦、蚕豌豆总产分别为12万吨、3万吨和1.5万吨。", "1.5万吨", "蚕豌豆"),
    ("total output in full", "稻谷、玉米、马铃薯总产量分别为30万吨、8万吨和6万吨。", "6万吨", "马铃薯"),
    ("first item", "小麦、大麦、蚕豌豆总产分别为12万吨、3万吨和1.5万吨。", "12万吨", "小麦"),
    # near misses: heads already listed, and an item whose name alone is left
    ("output", "小麦、油菜籽产量分别为20万吨和4万吨。", "4万吨", "油菜籽"),
    ("added value", "全市工业、农业增加值分别增长5%和3%。", "3%", "农业"),
    # targets: 总产值 after the last item of a 分别 list is the list's measure too
    ("output value grows", "水稻、小麦总产值分别增长3%和5%。", "5%", "小麦"),
    ("output value is", "小麦、玉米总产值分别为8亿元和6亿元。", "6亿元", "玉米"),
    # near miss: one item keeps its measure
    ("one item", "全县农业总产值增长4%。", "4%", "全县农业总产值"),
]


@pytest.mark.parametrize("name, text, quote, subject", LIST_HEADS, ids=[v[0] for v in LIST_HEADS])
def test_a_list_measure_is_cut_from_its_last_item(name, text, quote, subject):
    assert subjects_of(text, quote, D)[0] == subject


MODIFIER_OR_VERB = [
    # A verb that is also a noun's modifier (帮扶, 减免, 表彰, 准备, 问责, 落户, 录取, 检出, 交办, 援建, 获授权: ``verb_or_noun``,
    # opening ``object``) cuts the subject only where it acts on the noun the figure counts.
    # a noun followed by the verb as a noun (the waiver, the settling): kept whole
    ("noun then waiver", "入驻团队最长可享受3年的租金减免。", "3年", "租金减免"),
    ("talent settling", "全县人才落户1.2万人。", "1.2万人", "全县人才落户"),
    ("fee waiver closing", "园区企业可享受2年的房租减免。", "2年", "房租减免"),
    # the verb as the modifier of a head it names (compound_heads): kept whole
    ("aid cadres counted", "帮扶干部共计860人。", "860人", "帮扶干部"),
    ("aid cadres there are", "全县有帮扶干部860人。", "860人", "帮扶干部"),
    ("aid cadres reach", "全县帮扶干部达到1200人。", "1200人", "全县帮扶干部"),
    ("aid cadres sent", "全县选派帮扶干部1200人。", "1200人", "帮扶干部"),
    ("aid units", "全县帮扶单位共计86个。", "86个", "全县帮扶单位"),
    ("aid answerable", "全县帮扶责任人达到4600名。", "4600名", "全县帮扶责任人"),
    ("aid staff", "帮扶人员共计300人。", "300人", "帮扶人员"),
    ("aid projects carried out", "今年实施帮扶项目120个。", "120个", "帮扶项目"),
    ("aid-building units", "援建单位共计12家。", "12家", "援建单位"),
    ("award meeting", "全市召开表彰大会3场，表彰先进个人120名。", "3场", "表彰大会"),
    ("award funds", "全市发放表彰奖励资金300万元。", "300万元", "表彰奖励资金"),
    ("preparatory work", "各项准备工作已完成90%。", "90%", "各项准备工作"),
    ("preparatory funds", "全县筹备准备工作经费300万元。", "300万元", "准备工作经费"),
    ("accountability mechanism", "全县建立问责机制15项。", "15项", "问责机制"),
    ("settling policy", "区里出台落户政策5条", "5条", "落户政策"),
    ("admission letters", "全市发放录取通知书3200份。", "3200份", "录取通知书"),
    ("aid funds handed out", "各级工会为困难职工发放帮扶资金2.1亿元。", "2.1亿元", "帮扶资金"),
    ("aid service given", "车站为老人提供帮扶服务8600人次。", "8600人次", "帮扶服务"),
    # the verb inside a word (准备金, 检出限): never a one-character remainder
    ("reserve fund", "全县准备金余额达到3亿元。", "3亿元", "全县准备金余额"),
    ("below detection limit", "全市检出限以下样品占92%。", "92%", "全市检出限以下样品"),
    ("reserve fund grows", "全市存款准备金增加300万元。", "300万元", "全市存款准备金"),
    # the phrase is the topic of a predicate after it (共计, 达到, 增长): one noun phrase
    ("assigned files", "全市交办督办件共计120件。", "120件", "全市交办督办件"),
    ("patents granted, a count", "获授权专利数达到860件。", "860件", "获授权专利数"),
    ("cadres held to account", "被问责干部共计18人。", "18人", "被问责干部"),
    ("staff held to account", "追责问责人员共计32人。", "32人", "追责问责人员"),
    ("settled population", "全市落户人口增长12%。", "12%", "全市落户人口"),
    ("settled firms reach", "全市落户企业达到1200家。", "1200家", "全市落户企业"),
    ("settled projects' investment", "全市落户项目总投资达到120亿元。", "120亿元", "全市落户项目总投资"),
    ("waived fees rise", "全区减免费用同比增长15%。", "15%", "全区减免费用"),
    # the verb and its noun are the subject of a later verb (惠及, 覆盖, 吸纳, 完成, 实现): that verb's object
    ("waiver policy benefits", "今年减免政策惠及企业3200户。", "3200户", "企业"),
    ("waiver policy covers", "减免政策覆盖企业8600家。", "8600家", "企业"),
    ("waived fees benefit", "全县减免税费惠及市场主体2.3万户。", "2.3万户", "市场主体"),
    ("aid workshops employ", "全市帮扶车间吸纳就业2300人。", "2300人", "就业"),
    ("aid industries cover", "全县帮扶产业覆盖农户1.2万户。", "1.2万户", "农户"),
    ("aid projects invest", "全市帮扶项目完成投资3.5亿元。", "3.5亿元", "投资"),
    ("settled firms produce", "全县落户企业实现产值45亿元。", "45亿元", "产值"),
    ("settled firms pay tax", "全市已落户企业实现税收5.2亿元。", "5.2亿元", "税收"),
    # targets kept: the verb acts (after a mark of action, or before the object the figure counts directly)
    ("commended after the meeting", "全市召开表彰大会3场，表彰先进个人120名。", "120名", "先进个人"),
    ("held to account, a pair", "部门制定完善制度36项，追责问责干部41人。", "41人", "干部"),
    ("waived for firms", "为中小微企业减免社保费用共计9.8亿元。", "9.8亿元", "社保费用"),
    ("newly settled", "全县工业园区新落户企业27家。", "27家", "企业"),
    ("assisted directly", "帮扶就业困难人员6830人。", "6830人", "就业困难人员"),
    ("waived in total", "春节期间共减免车辆通行费3200万元。", "3200万元", "车辆通行费"),
    ("planned admission", "该校计划录取研究生860人。", "860人", "研究生"),
    ("built as aid after a noun", "对口支援城市援建村级活动场所12个。", "12个", "村级活动场所"),
    ("found in inspection", "监测站已检出不达标水样9份。", "9份", "不达标水样"),
]


@pytest.mark.parametrize("name, text, quote, subject", MODIFIER_OR_VERB, ids=[v[0] for v in MODIFIER_OR_VERB])
def test_a_verb_that_is_also_a_modifier_cuts_only_where_it_acts(name, text, quote, subject):
    assert subjects_of(text, quote, D)[0] == subject


OVER_IN_A_WORD = [
    # targets: 超 inside a word (超额, 超声, 超期, 超龄, 超限) is no comparison's 超 with a base after it
    ("over-fulfilled", "全县超额完成年度计划15%", "15%", None),
    ("ultrasound", "医院新购超声设备3台", "3台", None),
    ("overdue detention", "全市超期羁押案件为0件", "0件", None),
    ("over-age", "全县超龄老人补贴发放1.2万人", "1.2万人", None),
    ("over-limit", "全市超限超载车辆查处420辆", "420辆", None),
    ("overweight trucks", "全年查处超载货车860辆。", "860辆", None),
    # near misses: 超 before a level stays a comparison, even where jieba joins 超 and the level (超计划)
    ("over the annual plan", "全县粮食产量超年度计划12%。", "12%", "比年度计划"),
    ("over the national average", "本市人均收入超全国平均水平8%。", "8%", "比全国平均水平"),
    ("over the plan", "全县粮食产量超计划12%。", "12%", "比计划"),
    ("over the province's target", "全市财政收入超省定目标5%。", "5%", "比省定目标"),
    ("over the flood limit", "水库水位超汛限水位1.2米。", "1.2米", "比汛限水位"),
]


@pytest.mark.parametrize("name, text, quote, comparison", OVER_IN_A_WORD, ids=[v[0] for v in OVER_IN_A_WORD])
def test_over_inside_a_word_is_no_base(name, text, quote, comparison):
    hit = next(c for c in claims_of(text, D) if c.quote == quote)
    assert (hit.comparison or None) == comparison
