"""Claims batches 21 and 22 missed or cut short, by class, written as invented sentences: none is copied
from an edition. Each test held at least one check that failed before its class was fixed, and holds
near-misses where the new rule must not fire."""

from __future__ import annotations

import pytest

from tests.snippets import claims_of


def _found(text: str) -> dict:
    return {c.quote: c for c in claims_of(text + "\n")}


def _read(text: str) -> list[tuple]:
    return [(c.quote, c.value, c.low, c.high, c.unit, c.qualifier) for c in claims_of(text + "\n")]


@pytest.mark.parametrize("text, quote, value, unit, qualifier", [
    # a scale word alone after a hedge of 'nearly' (近, 将近, 接近) states an amount, as after 超 or 逾
    ("去年，全县法院审结涉农案件近万件。", "近万件", 10000, "item", "upper_bound"),
    ("全市共有近万名志愿者参与服务。", "近万名", 10000, "person", "upper_bound"),
    ("活动吸引观众将近万人次。", "将近万人次", 10000, "person-time", "upper_bound"),
    ("全区快递业务量接近亿件。", "接近亿件", 100000000, "item", "upper_bound"),
    ("该镇茶叶年产值近亿元。", "近亿元", 100000000, "CNY", "upper_bound"),
    # not changed: a scale after 超 or 逾, a small unit after 近, a scale before 亿
    ("活动吸引游客超万人。", "超万人", 10000, "person", "lower_bound"),
    ("全镇搬迁群众逾千户。", "逾千户", 1000, "household", "lower_bound"),
    ("全县受理群众来信近千件。", "近千件", 1000, "item", "upper_bound"),
    ("全省外贸进出口额逼近万亿元。", "近万亿元", 1000000000000, "CNY", "upper_bound"),
    ("全县接待游客近5万人次。", "近5万人次", 50000, "person-time", "upper_bound"),
    # 近 ending a word that is no hedge (附近 'nearby', 靠近 'close to'): its figure is exact
    ("学校附近3公里范围内没有加油站。", "3公里", 3, "km", None),
    ("靠近河道的2000亩农田全部改造。", "2000亩", 2000, "mu", None),
])
def test_a_scale_alone_after_a_hedge_of_nearly(text, quote, value, unit, qualifier):
    c = _found(text)[quote]
    assert (c.value, c.unit, c.qualifier) == (value, unit, qualifier)


@pytest.mark.parametrize("text", [
    "最近万达广场客流明显增加。",  # 最近 'recently', then a name
    "附近万亩果园迎来丰收。",  # 附近 'nearby', then a size class
    "临近万家灯火时分，街道恢复宁静。",  # 临近 'approaching', then a set phrase
    "村民就近万福桥一带务工。",  # 就近 'nearby', then a name
    "观众近万。",  # a scale with no unit and no noun counted
])
def test_near_a_scale_that_is_no_claim(text):
    assert _read(text) == []


@pytest.mark.parametrize("text, quote, value", [
    # 好 ending a verb (办好, 抓好, 做好: 'do well') before a count: the count is stated
    ("今年，市政府将集中力量办好十件民生实事。", "十件", 10),
    ("全县着力抓好三项重点工作。", "三项", 3),
    ("各部门要切实做好五个方面的工作。", "五个", 5),
    ("正好三年，项目全部建成投产。", "三年", 3),
    # not changed: an Arabic count after 好, a count after another verb
    ("全县将办好12件民生实事。", "12件", 12),
    ("我们主要抓了三件事。", "三件", 3),
])
def test_a_count_after_a_verb_ending_in_hao(text, quote, value):
    assert _found(text)[quote].value == value


@pytest.mark.parametrize("text", [
    "全区有好几十家企业参加了招聘会。",  # 好几十: vague
    "田野里好一派丰收景象。",  # 好一: an exclamation
    "大家忙了好半天才把路疏通。",  # 好半天: a while
    "这里有数百名志愿者。",  # 数百: vague
    "他们为群众办好一件件实事。",  # the indefinite 一
])
def test_hao_before_a_vague_or_indefinite_numeral_states_none(text):
    assert _read(text) == []


@pytest.mark.parametrize("text, quote, value, unit, qualifier", [
    # 半 before an hour, a minute or a month: half of that duration
    ("农民售粮平均排队时间缩短到半小时以内。", "半小时以内", 0.5, "hour", "upper_bound"),
    ("从市区到景区车程约半小时。", "约半小时", 0.5, "hour", "approx"),
    ("全程检查用时半个小时。", "半个小时", 0.5, "hour", None),
    ("企业开办审批时限压缩至半个月。", "半个月", 0.5, "month", None),
    # not changed: a half after a number, 过半, 一半
    ("比赛持续了一个半小时。", "一个半小时", 1.5, "hour", None),
    ("工期缩短两个半月。", "两个半月", -2.5, "month", None),
    ("全市夏粮收购进度过半。", "过半", 50, "%", "lower_bound"),
])
def test_half_a_duration(text, quote, value, unit, qualifier):
    c = _found(text)[quote]
    assert (c.value, c.unit, c.qualifier) == (value, unit, qualifier)


@pytest.mark.parametrize("text, quotes", [
    ("上半年全市地区生产总值增长5.2%。", ["5.2%"]),  # 上半年: a period
    ("下半年全县计划新建道路12公里。", ["12公里"]),
    ("本报今日起推出“半年经济看全县”系列报道。", []),  # 半年 in a name
    ("该公司半年报显示营业收入增长8%。", ["8%"]),  # 半年报: a report
    ("村里到镇上，来回得花大半天。", []),  # 大半天: vague
    ("全市打造半小时经济圈。", []),  # a zone's name
    ("近半个月来，全市气温持续偏高。", []),  # a period
    ("下半个月全市将迎来降雨高峰。", []),  # 下半个月: the second half of the month, a period
    ("上半个月全市新开工项目12个。", ["12个"]),
    ("工程前后用了小半个月时间。", []),  # 小半个月: vague, as 大半天
    ("学生票半价优惠。", ["半价"]),
])
def test_half_that_is_no_duration(text, quotes):
    assert [c.quote for c in claims_of(text + "\n")] == quotes


@pytest.mark.parametrize("text, quote, low, high, unit", [
    # a range whose ends each print the unit, the second over a per unit (元至…元/斤): the price per that unit
    ("当前普通小麦收购价格在1.03元至\n1.06元/斤之间。", "1.03元至1.06元/斤", 1.03, 1.06, "CNY/jin"),
    ("土地流转费在600元至800元/亩之间。", "600元至800元/亩", 600, 800, "CNY/mu"),
    ("钢材价格为2.5万元至3万元/吨。", "2.5万元至3万元/吨", 25000, 30000, "CNY/t"),
    # not changed: the unit printed once, or at both ends
    ("小麦收购价格在1.03至1.06元/斤之间。", "1.03至1.06元/斤", 1.03, 1.06, "CNY/jin"),
    ("收购价格在1.03元/斤至1.06元/斤之间。", "1.03元/斤至1.06元/斤", 1.03, 1.06, "CNY/jin"),
    ("治疗周期为3个月至1年。", "3个月至1年", 3, 12, "month"),
])
def test_a_range_with_a_per_unit_at_its_end(text, quote, low, high, unit):
    c = _found(text)[quote]
    assert (c.low, c.high, c.unit) == (low, high, unit)


def test_a_range_of_units_of_two_kinds_is_no_range():
    assert _read("每户补贴200元至3吨化肥。")[0][:4] == ("200元", 200, None, None)


@pytest.mark.parametrize("text, quote, low, high", [
    # 前 after an event (游览前, 出发前) before a range of durations: how long before, no ordinal
    ("预约时间为游览前1天至7天。", "1天至7天", 1, 7),
    ("游客需在出发前3至5天办理登记。", "3至5天", 3, 5),
    ("申请人应在开工前10个工作日至15个工作日提出申请。", "10个工作日至15个工作日", 10, 15),
])
def test_a_range_of_durations_after_qian(text, quote, low, high):
    c = _found(text)[quote]
    assert (c.low, c.high, c.unit) == (low, high, "day")


@pytest.mark.parametrize("text, quotes", [
    ("全县前三名企业产值占全县的四成。", ["四成"]),  # 前三名: a rank
    ("前10个月全市外贸进出口增长6%。", ["6%"]),  # a period
    ("“十四五”前两年全市地区生产总值年均增长6.1%。", ["6.1%"]),
    ("项目提前4个月完工。", ["4个月"]),  # 提前: earlier by
    ("游客需在游览前1天预约。", []),  # a single figure after 前 stays out, as before
])
def test_qian_before_a_single_figure_unchanged(text, quotes):
    assert [c.quote for c in claims_of(text + "\n")] == quotes
