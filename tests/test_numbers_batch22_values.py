"""Value and hedge classes of batch 22's wrong values, written as invented sentences: none is copied from an
edition. Each test held at least one check that failed before its class was fixed, and holds near-misses
where the new rule must not fire."""

from __future__ import annotations

import pytest

from tests.snippets import claims_of


def _found(text: str) -> dict:
    return {c.quote: c for c in claims_of(text + "\n")}


@pytest.mark.parametrize("text, quote, value, qualifier", [
    # 破 right before a figure 'breaks' it: at least, as 突破 (首破 'for the first time', 冲破 'bursts through')
    ("全县地区生产总值首破两千亿元。", "破两千亿元", 200000000000, "lower_bound"),
    ("全市“银税互动”贷款投放破百亿元。", "破百亿元", 10000000000, "lower_bound"),
    ("今年全区接待游客破万人次。", "破万人次", 10000, "lower_bound"),
    ("全省外贸进出口额首破万亿元。", "破万亿元", 1000000000000, "lower_bound"),
    ("全区销售额冲破百亿元大关。", "冲破百亿元", 10000000000, "lower_bound"),
    ("全市港口吞吐量突破3亿吨。", "突破3亿吨", 300000000, "lower_bound"),
    # not fired: 破 ending a verb (打破, 侦破, 攻破, 连破, 爆破, 识破) or counting records broken
    ("他在比赛中打破3项全国纪录。", "3项", 3, None),
    ("她在省运会上破3项纪录。", "3项", 3, None),
    ("她连破两项全国纪录。", "两项", 2, None),
    ("今年以来，全县侦破刑事案件12起。", "12起", 12, None),
    ("公安机关攻破5个犯罪团伙据点。", "5个", 5, None),
    ("该工程采用爆破3次完成。", "3次", 3, None),
    ("识破骗局2起，挽回损失30万元。", "2起", 2, None),
    ("全镇破旧房屋改造120户。", "120户", 120, None),
    ("全县完成破损路面修复3.5公里。", "3.5公里", 3.5, None),
])
def test_po_before_a_figure_is_a_lower_bound(text, quote, value, qualifier):
    c = _found(text)[quote]
    assert (c.value, c.qualifier) == (value, qualifier)


@pytest.mark.parametrize("text, subject", [
    ("全县地区生产总值首破两千亿元。", "全县地区生产总值"),
    ("全市旅游收入首超百亿元。", "全市旅游收入"),
])
def test_shou_before_a_quoted_hedge_is_no_part_of_the_subject(text, subject):
    assert [c.subject for c in claims_of(text + "\n")] == [subject]


@pytest.mark.parametrize("text, quote, low, high, qualifier", [
    # a range before 内 'within' states both its bounds: no upper bound, and 内 stays out of the quote
    ("全市老旧小区改造任务计划在3至5年内基本完成。", "3至5年", 3, 5, None),
    ("项目建设周期控制在2至3年以内。", "2至3年", 2, 3, None),
    ("全部审批事项在10至15个工作日之内办结。", "10至15个工作日", 10, 15, None),
    # not fired: a single figure before 内 is a ceiling; 以下 or 以上 after a range keeps its hedge
    ("贷款期限一般在5年以内。", "5年以内", None, None, "upper_bound"),
    ("全部整改任务在6个月内完成。", "6个月内", None, None, "upper_bound"),
    ("企业规模在50至100人以下的占六成。", "50至100人以下", 50, 100, "upper_bound"),
    ("培训周期为3至5年以上。", "3至5年以上", 3, 5, "lower_bound"),
    ("该县计划用3至5年完成改造。", "3至5年", 3, 5, None),
])
def test_a_range_within_is_no_upper_bound(text, quote, low, high, qualifier):
    c = _found(text)[quote]
    assert (c.low, c.high, c.qualifier) == (low, high, qualifier)


@pytest.mark.parametrize("text, quote, value, direction", [
    # 年轻 before a noun describes it (年轻护林员, 年轻干部): no change of a figure further on
    ("6月5日，老周带着年轻护林员巡查长约3.6公里的林区防火通道。", "约3.6公里", 3.6, None),
    ("镇上组织年轻干部走访农户1200户。", "1200户", 1200, None),
    ("年轻党员带头捐款2.6万元。", "2.6万元", 26000, None),
    ("今年，全县新增年轻创业者860人。", "860人", 860, "increase"),
    # not fired: 年轻 right before the figure, or with 了, is an age lower by that much
    ("新一届村干部平均年龄比上届年轻6.2岁。", "6.2岁", -6.2, "decrease"),
    ("班子成员平均年龄年轻3岁。", "3岁", -3, "decrease"),
    ("与五年前相比，全镇护林员平均年龄年轻了近十岁。", "近十岁", -10, "decrease"),
    # not fired: a transitive change verb far back still signs the amount it takes as object
    ("全县减少二氧化碳排放约44万吨。", "约44万吨", -440000, "decrease"),
    ("全县干部队伍更加年轻，平均年龄为41岁。", "41岁", 41, None),
])
def test_an_attributive_change_word_describes_a_noun(text, quote, value, direction):
    c = _found(text)[quote]
    assert (c.value, c.direction) == (value, direction)
