"""Value and hedge classes of batch 22's wrong values, written as invented sentences: none is copied from an
edition. Each test held at least one check that failed before its class was fixed, and holds near-misses
where the new rule must not fire."""

from __future__ import annotations

import pytest

from tests.snippets import claims_of, page


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


@pytest.mark.parametrize("text, quote, value, direction", [
    # an emphatic adverb of degree (整整, 足足, 足有, 多达) between a change word and its figure: the change stands
    ("新班子平均年龄比上届年轻整整5岁。", "5岁", -5, "decrease"),
    ("新班子平均年龄比上届年轻了整整5岁。", "5岁", -5, "decrease"),
    ("新班子平均年龄较上届年轻了足足8岁。", "8岁", -8, "decrease"),
    ("新班子平均年龄比上届年轻足有5岁。", "5岁", -5, "decrease"),
    ("新班子平均年龄比上届年轻多达5.6岁。", "5.6岁", -5.6, "decrease"),  # 多达 'as many as', not 多 'more'
    ("全市PM2.5平均浓度下降了整整3个百分点。", "3个百分点", -3, "decrease"),
    ("全县粮食产量增长了足足两成。", "两成", 20, "increase"),
    # not fired: 多达 with no change word before it is no change, 年轻有为 describes a noun
    ("今年参赛人数多达500人。", "500人", 500, None),
    ("全镇年轻有为的村干部共32人。", "32人", 32, None),
])
def test_a_degree_word_before_the_figure_keeps_the_change(text, quote, value, direction):
    c = _found(text)[quote]
    assert (c.value, c.direction) == (value, direction)


@pytest.mark.parametrize("text, quote, value, qualifier", [
    # 跌破, 降破 'fall below' a mark: at most, never 破's 'over'
    ("股价跌破10元，市值缩水三成。", "跌破10元", 10, "upper_bound"),
    ("该公司现金流一度跌破1亿元。", "跌破1亿元", 100000000, "upper_bound"),
    ("指数跌破3000点后反弹。", "跌破3000点", 3000, "upper_bound"),
    ("全市PM2.5平均浓度首次跌破30微克/立方米。", "跌破30微克/立方米", 30, "upper_bound"),
    # a time 破 in a race is one run under it
    ("他在男子百米决赛中破10秒，跑出9秒98的成绩。", "破10秒", 10, "upper_bound"),
    ("马拉松成绩首次破2小时10分。", "破2小时10分", 130, "upper_bound"),  # the whole time, in its smallest unit (minutes)
    ("她在女子100米自由泳决赛中突破53秒。", "突破53秒", 53, "upper_bound"),
    # not fired: a duration that grew past a mark, with no race named
    ("该机组连续安全运行时间破1万小时。", "破1万小时", 10000, "lower_bound"),
    ("全市志愿服务时长突破50万小时。", "突破50万小时", 500000, "lower_bound"),
    # records counted, however long the qualifier before 纪录, or listed with 、
    ("小将本赛季破5项全国少年组纪录。", "5项", 5, None),
    ("他在比赛中共破4项、平1项全国纪录。", "4项", 4, None),
    # not fired: an amount 破 before 创…纪录 in its clause is a lower bound still
    ("全年销售额破百亿元创历史纪录。", "破百亿元", 10000000000, "lower_bound"),
    # a scale before 千瓦时, 千米, 千克: the 千 opens the unit
    ("全年发电量破百亿千瓦时，创历史新高。", "破百亿千瓦时", 10000000000, "lower_bound"),
    ("全年发电量超百亿千瓦时，创历史新高。", "超百亿千瓦时", 10000000000, "lower_bound"),
    ("全年发电量突破百亿千瓦时，创历史新高。", "突破百亿千瓦时", 10000000000, "lower_bound"),
    ("新建电站装机容量达五万千瓦。", "五万千瓦", 50000, None),
    # not fired: 千 after a scale that is a digit of the number (五万三千米 is 53,000 metres)
    ("全线长五万三千米。", "五万三千米", 53000, None),
])
def test_a_mark_fallen_below_or_a_time_beaten_is_an_upper_bound(text, quote, value, qualifier):
    c = _found(text)[quote]
    assert (c.value, c.qualifier) == (value, qualifier)


@pytest.mark.parametrize("text, quote, qualifier, projection", [
    # a range before 以内 after 控制在 is a ceiling laid down: target, 以内 out of the quote
    ("全市单位GDP能耗增幅控制在1至2%以内。", "1至2%", None, "target"),
    ("城镇调查失业率控制在5至5.5%以内。", "5至5.5%", None, "target"),
    ("项目建设周期控制在2至3年以内。", "2至3年", None, "target"),
    # a hedge written before the range stays (only 内's own ceiling goes)
    ("力争用最多3至5年内全部完成。", "最多3至5年", "upper_bound", "target"),
    ("审批时限压缩至不超过5至7个工作日内。", "不超过5至7个工作日", "upper_bound", None),
    ("改造工作预计需要约2至3个月以内完成。", "约2至3个月", "approx", "forecast"),
    # not fired: a range a story tells, with no 控制在
    ("全市老旧小区改造任务计划在3至5年内基本完成。", "3至5年", None, "target"),
    ("去年全市单位GDP能耗降幅在1至2%以内。", "1至2%", None, None),
])
def test_a_range_within_keeps_its_projection_and_its_hedge(text, quote, qualifier, projection):
    c = _found(text)[quote]
    assert (c.qualifier, c.projection) == (qualifier, projection)


@pytest.mark.parametrize("body, quote", [
    ("对材料齐全的申请，自受理之日起5至10个工作日内作出决定。", "5至10个工作日"),
    ("施工单位应在3至6个月以内完成整改。", "3至6个月"),
    ("禁止在河道两侧50至100米以内新建建筑物。", "50至100米"),
    ("各街道在1至2年内完成改造任务。", "1至2年"),
])
def test_a_range_within_a_notice_sets_is_a_target(body, quote):
    """A notice's time limit or distance written as a range before 内 or 以内 is a standard it lays down."""
    notice = page("青松区住房和城乡建设局公告", body + "特此公告。", "青松区住房和城乡建设局\n2024年7月18日")
    found = {c.quote: c for c in claims_of(notice, lead="")}
    assert (found[quote].qualifier, found[quote].projection) == (None, "target")
