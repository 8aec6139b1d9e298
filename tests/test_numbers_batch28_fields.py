"""Direction, comparison and projection classes of batch 28's disagreements, written as invented sentences:
none is copied from an edition. Each test holds checks that failed before its class was fixed, and near
misses where the new rule must not fire."""

from __future__ import annotations

from datetime import date

import pytest

from tests.snippets import claims_of


def _claim(text: str, quote: str, edition_date: date = date(2024, 3, 10)):
    found = {c.quote: c for c in claims_of(text + "\n", edition_date)}
    return found[quote]


@pytest.mark.parametrize("text, quote, direction, value", [
    # 增收/减收 right before an amount: revenue up or down by it (as 超收, 短收)
    ("全年消费税增收2.4亿元，印花税减收600万元。", "2.4亿元", "increase", 240000000),
    ("全年消费税增收2.4亿元，印花税减收600万元。", "600万元", "decrease", -6000000),
    ("去年土地出让收入减收约1.5亿元。", "约1.5亿元", "decrease", -150000000),
    # not fired: a per-head gain names the quantity, a set phrase of an audit, 增收 not before the figure
    ("果农年均增收约3500元。", "约3500元", None, 3500),
    ("审计促进增收节支2.6亿元。", "2.6亿元", None, 260000000),
    # 增收 away from the figure describes the noun after it (income-raising bases, projects): a count, no change
    ("全县建成增收产业基地12个。", "12个", None, 12),
    ("全县新建增收项目8个，带动农户增收3000元。", "8个", None, 8),
    ("全县新建增收项目8个，带动农户增收3000元。", "3000元", "increase", 3000),
    ("村集体增收了12万元。", "12万元", "increase", 120000),
    ("带动果农增收，全镇销售额达到9000万元。", "9000万元", None, 90000000),
])
def test_revenue_up_or_down_by_an_amount(text, quote, direction, value):
    c = _claim(text, quote)
    assert (c.direction, c.value) == (direction, value)


@pytest.mark.parametrize("text, quote, comparison", [
    # a base ending in 同期 opens the sentence: every change after it is measured against it
    ("与去年同期相比，全镇盗窃案件、诈骗案件分别下降15.2%和9.6%。", "15.2%", "同比"),
    ("与去年同期相比，全镇盗窃案件、诈骗案件分别下降15.2%和9.6%。", "9.6%", "同比"),
    ("同上年同期相比，全县生猪出栏增长3.4%。", "3.4%", "同比"),
    ("与2021年同期相比，全县生猪出栏增长3.4%。", "3.4%", "比2021"),
    # not fired: a base with no 同期 still works as before; 同 opening a new word is no base inside
    ("与上年相比，全县生猪出栏增长3.4%。", "3.4%", "同比"),
    ("全县生猪出栏同期增长3.4%，与往年相近。", "3.4%", None),
])
def test_a_base_ending_in_same_period_opens_the_sentence(text, quote, comparison):
    assert _claim(text, quote).comparison == comparison


@pytest.mark.parametrize("text, quote, projection", [
    # a project's own 计划总投资 is what it is to cost: a target, and so is what the same plan builds
    ("该厂房项目计划总投资3.6亿元，建设年产能5000吨的车间。", "3.6亿元", "target"),
    ("该厂房项目计划总投资3.6亿元，建设年产能5000吨的车间。", "5000吨", "target"),
    ("該廠房項目計劃總投資3.6億元。", "3.6億元", "target"),
    # a plan's part already in hand is done, no target
    ("今年计划总投资约7亿元，其中已到位省级资金1.8亿元。", "约7亿元", "target"),
    ("今年计划总投资约7亿元，其中已到位省级资金1.8亿元。", "1.8亿元", None),
    # not fired: the planned total cost of projects begun is a statistic of the period
    ("全区新开工亿元以上项目34个，计划总投资约260亿元。", "约260亿元", None),
    ("全区新开工亿元以上项目34个，计划总投资约260亿元。", "34个", None),
])
def test_a_projects_planned_total_cost_is_its_target(text, quote, projection):
    assert _claim(text, quote).projection == projection


@pytest.mark.parametrize("text, quote, projection", [
    # a project's planned cost makes no plan of what it 将 do after: that stays a forecast
    ("公司三期项目计划总投资5亿元，建成后年产值将达到12亿元。", "5亿元", "target"),
    ("公司三期项目计划总投资5亿元，建成后年产值将达到12亿元。", "12亿元", "forecast"),
    # not fired: a plan that says what will be makes it its target
    ("根据规划，到2026年底，全县养老床位将增至3000张。", "3000张", "target"),
])
def test_a_planned_cost_leaves_a_later_will_a_forecast(text, quote, projection):
    assert _claim(text, quote).projection == projection


@pytest.mark.parametrize("text, quote, projection", [
    # 每年安排: a recurring allocation a policy or an agreement lays down is its target
    ("按照约定，三县每年各安排生态补偿资金800万元。", "800万元", "target"),
    ("办法规定，县财政每年安排人才专项资金不少于2000万元，对引进的博士给予一次性补贴10万元。", "不少于2000万元", "target"),
    ("办法规定，县财政每年安排人才专项资金不少于2000万元，对引进的博士给予一次性补贴10万元。", "10万元", "target"),
    # not fired: one year's allocation told, an allocation done
    ("今年县财政安排春耕资金1500万元。", "1500万元", None),
    ("去年区财政安排专项经费60万元。", "60万元", None),
    ("每年全县接待游客超过300万人次。", "超过300万人次", None),
])
def test_a_yearly_allocation_is_a_target(text, quote, projection):
    assert _claim(text, quote).projection == projection


@pytest.mark.parametrize("text, quote, period", [
    # a forecast for a period under way (今年…有望) still dates the actual figures after it in the paragraph
    ("算下来，今年农场净利润有望超过50万元。农场还吸纳周边36名村民就近务工，人均月收入约3000元。", "36名", "2024"),
    ("算下来，今年农场净利润有望超过50万元。农场还吸纳周边36名村民就近务工，人均月收入约3000元。", "约3000元", "2024"),
    ("据测算，2024年全县用电量预计增长6%。全县已新装充电桩420个。", "420个", "2024"),
    # not fired: a target's period stays with the plan, and so does a forecast's period still to come
    ("今年计划完成投资12亿元。其中，新开工项目18个。", "18个", None),
    ("据测算，明年全县用电量预计增长6%。全县已新装充电桩420个。", "420个", None),
])
def test_a_forecast_for_a_period_under_way_dates_the_paragraph(text, quote, period):
    assert _claim(text, quote).period == period


@pytest.mark.parametrize("period, under_way", [
    ("2024", True), ("2024-Q1", True), ("2024-03", True), ("2024-03-10", True), ("2023/2025", True),
    ("2024-H1", True), ("2023/2024-Q1", True),
    # still to come
    ("2024-Q2", False), ("2024-H2", False), ("2024-03-11", False), ("2025", False), ("2025/2027", False),
    # already over: 下半年 resolved to last year's half is not a forecast period under way
    ("2023-H2", False), ("2023", False), ("2024-02", False), ("2024-03-09", False), ("2022/2023", False),
])
def test_a_period_is_under_way_on_the_editions_date(period, under_way):
    from frontpage.numbers.periods import is_under_way
    assert is_under_way(period, date(2024, 3, 10)) is under_way
    assert is_under_way(period, None) is True


def test_a_forecast_for_a_half_already_over_does_not_date_the_next_paragraph():
    # an edition of 16 July: 下半年 in a forecast resolves to last year's half, which must not date the next figure
    text = ("报告预计，下半年东南沿海主要港口海铁联运箱量增速将在10%至12%之间。"
            "论坛期间，来自12个港口城市的代表签署合作倡议。")
    assert _claim(text, "12个", edition_date=date(2024, 7, 16)).period is None


@pytest.mark.parametrize("text, quote, period", [
    # a statistical scope's threshold (统计范围为…) holds for any period: none from the paragraph
    ("上半年，全县规模以上工业增加值增长6%。注：规模以上服务业统计范围为年营业收入1000万元及以上的法人单位。",
     "1000万元及以上", None),
    ("2023年全市粮食产量增长2%。统计口径为年产量50吨以上的种植主体。", "50吨以上", None),
    # not fired: the figures of the paragraph keep its period; a scope that names its own year keeps it
    ("上半年，全县规模以上工业增加值增长6%。注：规模以上服务业统计范围为年营业收入1000万元及以上的法人单位。",
     "6%", "2023-H1"),
    ("上半年，全县统计范围内企业达到320家。", "320家", "2023-H1"),  # the last half ended
])
def test_a_statistical_scope_takes_no_period(text, quote, period):
    assert _claim(text, quote).period == period


@pytest.mark.parametrize("text, quote, direction", [
    # an upgrade after 改造 far from a measure (改造提升…公路42公里): the length of what was rebuilt, no change
    ("今年以来，全县改造提升乡村公路38公里。", "38公里", None),
    ("今年以来，全县改造提高灌溉渠道12千米。", "12千米", None),
    ("全年提升改造城市绿道约15公里，新增口袋公园12个。", "约15公里", None),
    # not fired: the verb right before the measure is a change; 新增 before a measure is one
    ("全县水稻亩产比上年提高23公斤。", "23公斤", "increase"),
    ("全年提升改造城市绿道约15公里，新增口袋公园12个。", "12个", "increase"),
    ("今年以来，全县新增乡村公路38公里。", "38公里", "increase"),
    ("今年全县提升林地面积300公顷。", "300公顷", "increase"),
])
def test_an_upgrade_far_from_a_measure_is_no_change(text, quote, direction):
    assert _claim(text, quote).direction == direction


@pytest.mark.parametrize("text, quote, comparison", [
    # clauses of one shape (noun, change verb, amount) run on from a change against a written base: the same base
    ("其中，小麦面积比上年增加1.2万亩，油菜面积减少0.4万亩，蔬菜面积增加0.6万亩。", "0.4万亩", "同比"),
    ("其中，小麦面积比上年增加1.2万亩，油菜面积减少0.4万亩，蔬菜面积增加0.6万亩。", "0.6万亩", "同比"),
    ("全县存款比年初增加12亿元，贷款增加9亿元。", "9亿元", "比年初"),
    # not fired: 新增 counts the new; another unit; a clause of another shape between
    ("全市供暖面积比上年增加120万平方米，新增供暖用户1.1万户。", "1.1万户", None),
    ("该品种亩产比对照品种增产7.9%，生育期缩短5天左右。", "5天左右", None),
    ("小麦面积比上年增加1.2万亩，全县共有种粮大户320户，油菜面积减少0.4万亩。", "0.4万亩", None),
])
def test_parallel_clauses_share_a_written_base(text, quote, comparison):
    assert _claim(text, quote).comparison == comparison
