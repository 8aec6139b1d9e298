"""Subject classes met in the twenty-third batch, written as invented sentences: none is copied from an
edition. Each table holds targets (checks that failed before their class was fixed) and near misses
(checks that held before and must still hold: the fix does not reach past its class)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.snippets import subjects_of

D = date(2024, 5, 14)


NAMED_BY_NUMBER = [
    # targets: a 分别 list whose item is named with a number (23价, 1号, 2型, 5G) still pairs item by item
    ("a vaccine's valence", "全县流感疫苗、23价肺炎疫苗、HPV疫苗分别接种3.2万剂次、1.4万剂次和0.6万剂次。",
     ["3.2万剂次", "1.4万剂次", "0.6万剂次"], ["流感疫苗", "23价肺炎疫苗", "HPV疫苗"]),
    ("numbered units", "1号机组、2号机组发电量分别为12.6亿千瓦时和11.8亿千瓦时。",
     ["12.6亿千瓦时", "11.8亿千瓦时"], ["1号机组", "2号机组"]),
    ("two valences", "13价疫苗、9价疫苗分别接种1200剂次和800剂次。", ["1200剂次", "800剂次"], ["13价疫苗", "9价疫苗"]),
    ("types", "1型糖尿病、2型糖尿病患者分别管理320人和1.2万人。", ["320人", "1.2万人"], ["1型糖尿病", "2型糖尿病"]),
    ("a code opening on its number", "5G基站、充电桩分别达到1200个和860个。", ["1200个", "860个"], ["5G基站", "充电桩"]),
    # near misses: an item holding a claim of its own, and lists with no number in a name, pair as before
    ("items that are claims", "制造业项目112个、基础设施项目68个，分别占总投资的52%和31%。", ["52%", "31%"],
     ["制造业项目", "基础设施项目"]),
    ("counts before 分别", "新建学校3所、幼儿园5所，分别投资2亿元和1.2亿元。", ["2亿元", "1.2亿元"], ["学校", "幼儿园"]),
    ("phases with areas", "一期工程120亩、二期工程80亩，分别完成投资3亿元和2亿元。", ["3亿元", "2亿元"],
     ["一期工程", "二期工程"]),
    ("three crops", "全市水稻、玉米、大豆分别种植12万亩、8万亩和3万亩。", ["12万亩", "8万亩", "3万亩"], ["水稻", "玉米", "大豆"]),
    ("a shared head", "工业、农业增加值分别增长5%和3%。", ["5%", "3%"], ["工业", "农业"]),
    ("a shared head of people", "城镇、农村居民人均可支配收入分别增长4.8%和6.1%。", ["4.8%", "6.1%"], ["城镇", "农村"]),
    ("one character items", "牛、羊存栏分别下降2.1%和4.3%。", ["2.1%", "4.3%"], ["牛", "羊"]),
    ("letter codes", "PM10、PM2.5平均浓度分别为56微克/立方米和32微克/立方米。", ["56微克/立方米", "32微克/立方米"],
     ["PM10", "PM2.5"]),
    ("ordinals", "第一批、第二批示范项目分别为20个和15个。", ["20个", "15个"], ["第一批", "第二批"]),
    ("a shared head after a verb", "城区、乡镇学校分别新增学位1200个和800个。", ["1200个", "800个"], ["城区", "乡镇"]),
]


@pytest.mark.parametrize("name, text, quotes, subjects", NAMED_BY_NUMBER, ids=[v[0] for v in NAMED_BY_NUMBER])
def test_a_list_item_named_with_a_number_is_still_an_item(name, text, quotes, subjects):
    assert [subjects_of(text, q, D)[0] for q in quotes] == subjects


COMPLEMENT_PREDICATES = [
    # targets: a verb with a complement of result or direction (领到, 喝上, 迎来, 送进, 交给, 连成 …) opens what
    # the noun printed after a count does; the noun ends before it
    ("received", "全镇56户脱贫户领到光伏收益分红。", "56户", "脱贫户"),
    ("welcomed", "全市3万名学生迎来开学第一课。", "3万名", "学生"),
    ("sent into", "县里把1万份宣传单送进农家。", "1万份", "宣传单"),
    ("moved into", "今年120户群众搬进新居。", "120户", "群众"),
    ("lodged", "全县80名特困老人住进敬老院。", "80名", "特困老人"),
    ("drank", "全乡2万名群众喝上放心水。", "2万名", "群众"),
    ("lived", "全县500户农户过上好日子。", "500户", "农户"),
    ("collected", "300名老人领取高龄津贴。", "300名", "老人"),
    ("joined, an area", "村里3000亩耕地连成一片。", "3000亩", "耕地"),
    ("joined, after 把", "村里把3400亩承包地连成一片。", "3400亩", "承包地"),
    # near misses: the same verbs inside a relative clause before the number, or no such verb after the noun
    ("a relative clause, a share", "全乡群众喝上放心水的比例达到98%。", "98%", "全乡群众喝上放心水的比例"),
    ("a relative clause, sent", "送进农家的宣传单共1万份。", "1万份", "送进农家的宣传单"),
    ("a relative clause, moved", "今年搬进新居的群众有120户。", "120户", "搬进新居的群众"),
    ("a relative clause, handed", "交给合作社经营的土地3400亩。", "3400亩", "交给合作社经营的土地"),
    ("a relative clause, collected", "领取高龄津贴的老人3200名。", "3200名", "领取高龄津贴的老人"),
    ("a relative clause, lodged", "住进敬老院的特困老人80名。", "80名", "住进敬老院的特困老人"),
    ("a relative clause, received", "领到补贴的农户共有3200户。", "3200户", "领到补贴的农户"),
    ("a joined field as a noun", "合作社流转连片耕地3000亩。", "3000亩", "连片耕地"),
    ("an area closing its phrase", "全县8亩果园，年产水果20吨。", "8亩", "果园"),
    ("an area before a listed verb", "全镇3000亩农田实现旱涝保收。", "3000亩", "农田"),
    ("a verb introducing the noun", "全市新建12座农村饮水工程。", "12座", "农村饮水工程"),
    ("a listed opener", "120名志愿者走进社区。", "120名", "志愿者"),
    ("received, before the number", "全年收到群众来信860件。", "860件", "群众来信"),
    ("brought in, before the number", "全市引进高层次人才320名。", "320名", "高层次人才"),
    ("a verb of entering", "2000名考生进入复试。", "2000名", "考生"),
]


@pytest.mark.parametrize("name, text, quote, subject", COMPLEMENT_PREDICATES, ids=[v[0] for v in COMPLEMENT_PREDICATES])
def test_a_verb_with_a_complement_ends_the_counted_noun(name, text, quote, subject):
    assert subjects_of(text, quote, D) == [subject]


NEXT_FIGURE_AND_AREAS = [
    # targets: a predicate opener that ends a count's noun (领到, 领取, 申领, 迎来) also introduces the noun of the
    # next figure in its clause; an area's noun followed by its predicate is its subject only when no noun is
    # printed before the number; a one-character area noun (地, 田) right before a predicate opener is one
    ("received, the next figure", "全县200名困难群众领到救助金60万元。", "60万元", "救助金"),
    ("collected, the next figure", "200名困难群众领取救助金60万元。", "60万元", "救助金"),
    ("collected, an allowance", "3000名老人领取高龄津贴360万元。", "360万元", "高龄津贴"),
    ("welcomed, the next figure", "1200名新生迎来开学第一课3200节。", "3200节", "开学第一课"),
    ("applied for, the next figure", "3.6万名老年人申领高龄津贴5000万元。", "5000万元", "高龄津贴"),
    ("an area after its noun, then a noun", "全镇新建高标准农田1.2万亩项目区全面实现旱涝保收。", "1.2万亩", "高标准农田"),
    ("an area after a crop, then people", "全村种植中药材500亩农户全面受益。", "500亩", "中药材"),
    ("an area after its noun, then people who received", "今年流转土地2000亩群众领到租金120万元。", "2000亩", "土地"),
    ("received, a total after the noun", "全镇80户农户领到分红资金共计60万元。", "60万元", "分红资金"),
    ("rent received after an area", "今年流转土地2000亩群众领到租金120万元。", "120万元", "租金"),
    ("one character, handed", "全村6亩地交给合作社。", "6亩", "地"),
    ("one character field, handed", "全村200亩田交给合作社。", "200亩", "田"),
    ("one character, after 把", "县里把1200亩地连成一片。", "1200亩", "地"),
    ("one character, after 将", "全镇80户农户将6亩地交给合作社。", "6亩", "地"),
    ("one character, lodged", "全村5亩地住进了20户人家。", "5亩", "地"),
    # near misses: the count before the verb, the area after 把 with a noun of two characters
    ("the people who received", "全县200名困难群众领到救助金60万元。", "200名", "困难群众"),
    ("the households who hand over", "全镇80户农户将6亩地交给合作社。", "80户", "农户"),
    ("an area after 把", "村里把3400亩承包地连成一片。", "3400亩", "承包地"),
    ("a list item opening on an opener", "园区新建厂房12栋、入驻企业27家。", "27家", "入驻企业"),
    ("a verb after the count, then a count", "组织党员干部300名走访企业1200家。", "1200家", "企业"),
    ("an area with a noun before, closing", "全村种植中药材500亩，年产值300万元。", "500亩", "中药材"),
]


@pytest.mark.parametrize("name, text, quote, subject", NEXT_FIGURE_AND_AREAS, ids=[v[0] for v in NEXT_FIGURE_AND_AREAS])
def test_a_predicate_opener_introduces_the_next_noun_and_an_area_keeps_its_noun(name, text, quote, subject):
    assert subjects_of(text, quote, D) == [subject]


PLANNERS = [
    # targets: 计划 after who plans (an institution, a place, a pronoun) is 'plans to'; the verb-noun after
    # it (投资, 投入) is what is measured
    ("a company", "香溪电力公司计划投资3.6亿元，新建变电站4座。", "3.6亿元", "投资"),
    ("a pronoun", "今年我们计划投资1.2亿元。", "1.2亿元", "投资"),
    ("a whole scope", "全县计划投资86亿元，建设农村公路600公里。", "86亿元", "投资"),
    ("a place", "该县计划投入2亿元。", "2亿元", "投入"),
    ("a bureau, a time word between", "市交通局今年计划投资15亿元。", "15亿元", "投资"),
    # near misses: 计划 naming the plan, a project (no actor), a noun before 计划, a noun after the verb
    ("the annual plan", "年度计划投资3600亿元，比去年增加300亿元。", "3600亿元", "年度计划投资"),
    ("a project's plan", "该项目计划投资12亿元。", "12亿元", "该项目计划投资"),
    ("a noun before 计划", "全市晚稻计划种植面积18万亩。", "18万亩", "全市晚稻计划种植面积"),
    ("a noun after the verb", "该区计划投入改造资金1.5亿元。", "1.5亿元", "改造资金"),
    ("a category by its planned size", "全年计划总投资亿元以上项目64个。", "64个", "计划总投资亿元以上项目"),
    ("the plan itself", "全市中职学校招生计划2.1万人。", "2.1万人", "全市中职学校招生计划"),
    ("a total", "该项目总投资12亿元。", "12亿元", "该项目总投资"),
    ("a plan after its noun", "全县税收收入计划安排12.4亿元。", "12.4亿元", "全县税收收入"),
    ("a verb with its object", "全省今年计划新建5G基站1.2万个。", "1.2万个", "5G基站"),
]


@pytest.mark.parametrize("name, text, quote, subject", PLANNERS, ids=[v[0] for v in PLANNERS])
def test_what_a_planner_plans_to_invest_is_the_investment(name, text, quote, subject):
    assert subjects_of(text, quote, D) == [subject]
