"""Subject classes from batch 28, with invented sentences and near misses that must not change: a definition's
bound (统计范围为, 是指: the noun after it is bounded), a change of a tax or revenue written 增收/减收, a like-for-like
basis (同口径), a condition 如 before a verb, verbs of breaking up gangs, sentencing and medical rounds, a table
row marked 其中：, and a count after 近 written with a traditional numeral (近萬戶)."""

import pytest

from frontpage.numbers.subjects import row_label_subject, subject_after, subject_before, without_shared_head
from tests.snippets import subjects_of


@pytest.mark.parametrize("left, subject", [
    # a definition: the figure bounds the noun after 范围为 or 指, not the term defined
    ("限额以上批发业统计范围为年商品销售额", "年商品销售额"),
    ("小型微利企业是指年应纳税所得额", "年应纳税所得额"),
    ("规模以上服务业企业指年营业收入", "年营业收入"),
    # near misses: 指 inside a word, and no definition at all
    ("全省主要经济指标", "全省主要经济指标"),
    ("居民消费价格指数", "居民消费价格指数"),
    ("服务范围覆盖乡镇", "乡镇"),
    # near misses: 指 after 企业 or 单位 opening a word (指导, 指定, 指派) is a verb, not 'is defined as'; no
    # definition is read, so the phrase is not cut inside the word (导服务, 派专员)
    ("市场监管部门对企业指导服务", "市场监管部门对企业指导服务"),
    ("为重点企业指定专员", "为重点企业指定专员"),
    ("向用工单位指派专员", "向用工单位指派专员"),
])
def test_a_definitions_bound_measures_the_noun_after_it(left, subject):
    assert subject_before(left) == subject


@pytest.mark.parametrize("left, subject", [
    # 增收 / 减收 after a tax or revenue: a change of that tax, no part of the subject
    ("契税增收", "契税"),
    ("非税收入减收", "非税收入"),
    ("排污费增收", "排污费"),
    # near misses: a gain of income of people is what is measured
    ("茶农年均增收", "茶农年均增收"),
    ("脱贫群众人均增收", "脱贫群众人均增收"),
])
def test_a_revenue_change_written_zengshou(left, subject):
    assert subject_before(left) == subject


@pytest.mark.parametrize("left, subject", [
    ("全区税收收入同口径增长", "全区税收收入"),
    ("如剔除一次性土地收入", "一次性土地收入"),
    ("如投入专项资金", "专项资金"),
    ("依法打掉电诈窝点", "电诈窝点"),
    ("一审判处被告人", "被告人"),
    ("医疗队巡诊村民", "村民"),
    # near misses: 如 before no verb, and 口径 as the noun measured
    ("如期建成项目", "项目"),
    ("统计口径调整涉及企业", "企业"),
])
def test_framing_words_and_verbs_of_batch_28(left, subject):
    assert subject_before(left) == subject


@pytest.mark.parametrize("label, subject", [
    ("其中：国内旅客", "国内旅客"),
    ("其中:进口", "进口"),
    # near misses: a label that only holds 其中 inside it, or none
    ("进出口总额", "进出口总额"),
    ("其中中小企业", "其中中小企业"),
])
def test_a_table_row_marked_as_a_part(label, subject):
    assert row_label_subject(label) == subject


def test_a_table_row_marked_as_a_part_in_a_table():
    text = ("表1 全县财政收支情况\n指标 绝对数（万元） 比上年增长（%）\n一般公共预算收入 836214 6.2\n"
            "其中：非税收入 212530 3.4\n一般公共预算支出 1920118 4.1\n")
    assert "非税收入" in subjects_of(text, "212530")


@pytest.mark.parametrize("right, subject", [
    # a second count after 近 written with a traditional numeral ends the noun
    ("村近萬戶果農", "村"),
    ("鎮近千名群眾", "鎮"),
    # near miss: 近 inside a noun
    ("近郊农场", "近郊农场"),
])
def test_a_count_after_jin_in_traditional_numerals(right, subject):
    assert subject_after(right) == subject


@pytest.mark.parametrize("left, subject", [
    # 计划 between what is invested in and its total investment: a target's marker, no part of the subject
    ("该基地计划总投资", "该基地总投资"),
    ("物流中心三期计划总投资", "物流中心三期总投资"),
    ("該園區計劃總投資", "該園區總投資"),
    # near misses: a category by its planned size, a plan that is the noun, a planner before 计划
    ("全年新签约计划总投资亿元以上项目", "计划总投资亿元以上项目"),
    ("年度计划投资", "年度计划投资"),
    ("全县计划投资", "投资"),
])
def test_a_planned_total_investment(left, subject):
    assert subject_before(left) == subject


@pytest.mark.parametrize("left, subject", [
    # 计划 after a measure and before a verb of level: a target's marker
    ("晚稻插秧面积计划稳定在", "晚稻插秧面积"),
    ("油菜播种面积计划达到", "油菜播种面积"),
    # near misses: a plan that is itself the noun measured
    ("全县高中招生计划", "全县高中招生计划"),
    ("夏粮收购计划", "夏粮收购计划"),
])
def test_a_plan_marker_before_a_level_verb(left, subject):
    assert subject_before(left) == subject


@pytest.mark.parametrize("right, subject", [
    # what a counted noun suffers or does opens its predicate: the noun ends before it
    ("村受灾严重", "村"),
    ("贫困村出列摘帽", "贫困村"),
    ("行政村不同程度停电", "行政村"),
    ("坡地试种高山茶", "坡地"),
    # near misses: the same words opening the noun, or inside it
    ("受灾群众", "受灾群众"),
    ("受灾农户已全部转移", "受灾农户"),
])
def test_a_counted_nouns_predicate_of_batch_28(right, subject):
    assert subject_after(right) == subject


@pytest.mark.parametrize("left, subject", [
    # 组成 and 试种 introduce what is formed or planted
    ("市农业农村局抽调技术骨干组成服务小分队", "服务小分队"),
    ("合作社试种富硒水稻", "富硒水稻"),
    # near misses: 组成人员, members of a body, are one noun; a relative clause stays whole
    ("出席会议的委员会组成人员", "出席会议的委员会组成人员"),
])
def test_verbs_of_forming_and_trial_planting(left, subject):
    assert subject_before(left) == subject


@pytest.mark.parametrize("left, subject", [
    # a span of years before 累计 or 年均 is a time word, no part of the subject
    ("全县农民合作社营业收入三年累计", "全县农民合作社营业收入"),
    ("城乡居民储蓄存款余额五年年均增长", "城乡居民储蓄存款余额"),
    # near misses: a span inside the noun, a year, a run of years already read as a time word
    ("三年行动计划项目", "三年行动计划项目"),
    ("全市林木覆盖率连续三年", "全市林木覆盖率"),
])
def test_a_span_of_years_before_leiji(left, subject):
    assert subject_before(left) == subject


@pytest.mark.parametrize("label, subject", [
    # a row label ending on a verb of fall (with its 累计): the fall is the direction, not the subject
    ("万元工业增加值用水量累计下降", "万元工业增加值用水量"),
    ("化学需氧量排放减少", "化学需氧量排放"),
    ("其中：单位产值能耗降低", "单位产值能耗"),
    # near misses: a label naming the fall as its noun, or too short to lose it
    ("下降", "下降"),
    ("人口自然增长率", "人口自然增长率"),
])
def test_a_table_row_label_of_a_fall(label, subject):
    assert row_label_subject(label) == subject


@pytest.mark.parametrize("items, expected", [
    # the other items end on one character the last prints once before the list's head noun: cut after it
    (["家用电器类", "通讯器材类商品零售额"], ["家用电器类", "通讯器材类"]),
    (["国家级", "省级示范家庭农场"], ["国家级", "省级"]),
    (["开发区", "农业科技园区企业营收"], ["开发区", "农业科技园区"]),
    # near misses: the character ends the last item, or is missing from it, or the last lists items itself
    (["民营企业", "外商投资企业"], ["民营企业", "外商投资企业"]),
    (["服装类", "鞋帽类和针纺织品类零售额"], ["服装类", "鞋帽类和针纺织品类零售额"]),
])
def test_a_fenbie_lists_shared_suffix_character(items, expected):
    assert without_shared_head(items) == expected


@pytest.mark.parametrize("items, expected", [
    # near misses of the shared suffix character: an earlier item again, a head joined by 的
    (["钢材", "钢材制品出口"], ["钢材", "钢材制品出口"]),
    (["县一小", "县二小的优秀率"], ["县一小", "县二小的优秀率"]),
])
def test_a_fenbie_lists_suffix_character_near_misses(items, expected):
    assert without_shared_head(items) == expected


@pytest.mark.parametrize("left, subject", [
    # verbs of moving funds or supplies introduce what is moved (subject_verbs.csv)
    ("从政府性基金预算调入一般公共预算", "一般公共预算"),
    ("全县提前调运化肥", "化肥"),
    # near miss: a noun with no such verb before it is kept whole
    ("一般公共预算收入", "一般公共预算收入"),
])
def test_a_transfer_verb_introduces_what_is_moved(left, subject):
    assert subject_before(left) == subject
