"""Comparison and direction classes of batch 23's disagreements (and the batches before it), written as
invented sentences: none is copied from an edition. Each test held at least one check that failed before its
class was fixed, and most hold probes where the new rule must not fire."""

from __future__ import annotations

from datetime import date

import pytest

from tests.snippets import claims_of


@pytest.mark.parametrize("text, quote, direction, comparison, value", [
    # 比X多/少 + a one-character verb right before the figure (多蓄, 少蓄, 多收, 少排, 多发): more or fewer than the base
    ("截至6月底，全县水库蓄水4.2亿立方米，比常年同期多蓄0.6亿立方米。", "0.6亿立方米", "increase", "比常年", 60000000),
    ("今年全县夏粮比去年同期多收3.2万吨。", "3.2万吨", "increase", "同比", 32000),
    ("全市水库蓄水比去年同期少蓄0.35亿立方米。", "0.35亿立方米", "decrease", "同比", -35000000),
    ("上半年全县二氧化硫比上年少排1200吨。", "1200吨", "decrease", "同比", -1200),
    ("今年全县比计划多建23所村级幼儿园。", "23所", "increase", "比计划", 23),
    ("全县今年比去年多种了5000亩油菜。", "5000亩", "increase", "同比", 5000),
    # not fired: 多/少 that is no comparative (至少, 最多), a hedge (多于), a degree word (多达), no base, 比赛
    ("比赛期间至少有300人参加。", "300人", None, None, 300),
    ("比赛期间最多有32支队伍参赛。", "32支", None, None, 32),
    ("与上年相比，全县多数乡镇增产，增产粮食1.1万吨。", "1.1万吨", "increase", "同比", 11000),
    ("全市今年蓄水量多于3亿立方米。", "多于3亿立方米", None, None, 300000000),
    ("全县今年多蓄水1.2亿立方米。", "1.2亿立方米", None, None, 120000000),
    ("全县今年比去年少数乡镇受灾，受灾面积1.5万亩。", "1.5万亩", None, None, 15000),
    ("全县夏粮比去年增加3.2万吨。", "3.2万吨", "increase", "同比", 32000),
    ("全县存款同比多增12亿元。", "12亿元", "increase", "同比", 1200000000),
    ("全县水库蓄水比常年同期偏多0.3亿立方米。", "0.3亿立方米", "increase", "比常年", 30000000),
    ("全市今年比去年同期少了3家企业，现有企业128家。", "128家", None, None, 128),
])
def test_more_or_fewer_by_a_verb_after_a_base(text, quote, direction, comparison, value):
    found = {c.quote: c for c in claims_of(text + "\n", date(2024, 7, 20))}
    c = found[quote]
    assert (c.direction, c.comparison) == (direction, comparison)
    if value is not None:
        assert c.value == value


LEAD = "7月15日，记者从县水利局获悉，"


@pytest.mark.parametrize("text, periods", [
    # a cut-off day (截至…日, with or without its hour) dates the figures of the sentences after it in its paragraph
    # (其中，…), as any period opening a clause does, even when it is the dateline's day
    (LEAD + "截至7月15日8时，全县水库蓄水2.3亿立方米。其中，中型水库蓄水1.1亿立方米。",
     ["2024-07-15", "2024-07-15"]),
    (LEAD + "截至7月15日，全县水库蓄水2.3亿立方米。其中，中型水库蓄水1.1亿立方米。",
     ["2024-07-15", "2024-07-15"]),
    (LEAD + "截至7月14日18时，全县水库蓄水2.3亿立方米。其中，中型水库蓄水1.1亿立方米。",
     ["2024-07-14", "2024-07-14"]),
    ("截至7月12日10时，全县已转移群众3200人。其中，老人和儿童1100人。", ["2024-07-12", "2024-07-12"]),
    # not fired: the dateline's day itself (no cut-off), a scene's hour, 截至目前, a sentence with a period of its
    # own, a forecast in a later sentence, a new paragraph
    (LEAD + "全县水库蓄水2.3亿立方米。其中，中型水库蓄水1.1亿立方米。", [None, None]),
    ("7月12日上午9时，全县防汛会议召开。会议通报，全县水库蓄水2.3亿立方米。", [None]),
    (LEAD + "截至目前，全县水库蓄水2.3亿立方米。其中，中型水库蓄水1.1亿立方米。", [None, None]),
    (LEAD + "截至7月15日8时，全县水库蓄水2.3亿立方米。今年6月以来，全县降雨量486毫米。",
     ["2024-07-15", "2024-06/2024-07"]),
    (LEAD + "截至7月15日8时，全县水库蓄水2.3亿立方米。预计下周全县蓄水将达到2.5亿立方米。",
     ["2024-07-15", None]),
    (LEAD + "截至7月15日8时，全县水库蓄水2.3亿立方米。\n\n全县共有中型水库12座。", ["2024-07-15", None]),
    (LEAD + "截至7月15日8时，全县水库蓄水2.3亿立方米，比去年同期多蓄0.2亿立方米。",
     ["2024-07-15", "2024-07-15"]),
])
def test_a_cut_off_day_dates_its_paragraph(text, periods):
    found = [c.period for c in claims_of(text + "\n", date(2024, 7, 15))]
    assert found == periods


@pytest.mark.parametrize("text, when, period, projection", [
    # a projection's quarter or half written without its year is this year's, the fourth quarter and the second half
    # too (read as once this year is over, not as the last one ended by the edition's date)
    ("预计四季度全县社会消费品零售总额将增长5%。", date(2024, 10, 25), "2024-Q4", "forecast"),
    ("预计第四季度全县工业用电量将超过3亿千瓦时。", date(2024, 10, 25), "2024-Q4", "forecast"),
    ("力争下半年全县新开工重大项目30个以上。", date(2024, 7, 20), "2024-H2", "target"),
    ("预计下半年全县游客接待量有望突破800万人次。", date(2024, 7, 20), "2024-H2", "forecast"),
    ("预计三季度全县外贸进出口将增长6%。", date(2024, 7, 20), "2024-Q3", "forecast"),
    # the same projections before: 一季度, 上半年, 前三季度 of this year, a month's end this year
    ("预计一季度全县社会消费品零售总额将增长5%。", date(2024, 2, 10), "2024-Q1", "forecast"),
    ("预计上半年全县游客接待量有望突破800万人次。", date(2024, 4, 20), "2024-H1", "forecast"),
    ("预计前三季度全县外贸进出口将增长6%。", date(2024, 8, 20), "2024-01/2024-09", "forecast"),
    ("力争到9月底全县新开工重大项目30个以上。", date(2024, 7, 20), "2024-09", "target"),
    # not fired: achieved figures keep the last period ended by the edition's date
    ("四季度全县社会消费品零售总额增长5%。", date(2024, 10, 25), "2023-Q4", None),
    ("下半年全县新开工重大项目30个。", date(2024, 7, 20), "2023-H2", None),
    ("三季度全县外贸进出口增长6%。", date(2024, 10, 25), "2024-Q3", None),
    ("2023年四季度全县外贸进出口增长6%。", date(2024, 10, 25), "2023-Q4", None),
])
def test_a_projections_quarter_or_half_is_this_years(text, when, period, projection):
    c = claims_of(text + "\n", when)[0]
    assert (c.period, c.projection) == (period, projection)


@pytest.mark.parametrize("text, quote, direction, comparison", [
    # 比 before a place name that starts like a share noun (比重庆: 比重) is 'than': more or fewer than that place
    ("今年成都新开国际航线比重庆多3条。", "3条", "increase", "比重庆"),
    ("今年全市外贸企业比重庆少120家。", "120家", "decrease", "比重庆"),
    ("全市高新技术企业数量比重庆市多86家。", "86家", "increase", "比重庆市"),
    # not fired: the share noun 比重 itself, whose base is written after it
    ("全市第三产业比重比上年提高1.2个百分点。", "1.2个百分点", "increase", "同比"),
    ("全市第三产业比重比上年多1.2个百分点。", "1.2个百分点", "increase", "同比"),
])
def test_than_a_place_named_like_a_share_noun(text, quote, direction, comparison):
    c = {c.quote: c for c in claims_of(text + "\n", date(2024, 7, 20))}[quote]
    assert (c.direction, c.comparison) == (direction, comparison)


@pytest.mark.parametrize("text, when, periods", [
    # a yearly mean or norm (年均, 年平均, 多年平均, 人均年) takes no cut-off day from an earlier sentence, hour or none
    (LEAD + "截至7月15日8时，全县水库蓄水2.3亿立方米。全县年均降雨量1200毫米。", date(2024, 7, 15), ["2024-07-15", None]),
    (LEAD + "截至7月15日8时，全县水库蓄水2.3亿立方米。全县多年平均降雨量1200毫米。", date(2024, 7, 15),
     ["2024-07-15", None]),
    (LEAD + "截至7月15日8时，全县水库蓄水2.3亿立方米。全县年平均气温16.8℃。", date(2024, 7, 15), ["2024-07-15", None]),
    (LEAD + "截至7月15日8时，全县水库蓄水2.3亿立方米。全县人均年用水量300立方米。", date(2024, 7, 15),
     ["2024-07-15", None]),
    (LEAD + "截至6月30日，全县水库蓄水2.3亿立方米。全县年均降雨量1200毫米。", date(2024, 7, 15), ["2024-06-30", None]),
    # not fired: the mean of a year the paragraph names; 两年平均 (a comparison) keeps its period
    ("2023年，全县空气质量优良天数320天。全县年均气温16.8℃。", date(2024, 3, 20), ["2023", "2023"]),
    ("上半年全县地区生产总值同比增长6.2%，两年平均增长5.1%。", date(2024, 7, 20), ["2024-H1", "2024-H1"]),
])
def test_a_yearly_mean_takes_no_days_period(text, when, periods):
    assert [c.period for c in claims_of(text + "\n", when)] == periods


@pytest.mark.parametrize("text, when, periods", [
    # a year written before a quarter, half or months without one (去年四季度, 前年, 明年; 去年…，其中四季度) is theirs,
    # in a projection too
    ("预计上年四季度全县用电量增长3%。", date(2025, 2, 10), ["2024-Q4"]),
    ("预计前年四季度全县用电量增长3%。", date(2025, 2, 10), ["2023-Q4"]),
    ("预计去年下半年以来的降幅将收窄至3%。", date(2024, 7, 20), ["2023-H2"]),
    ("预计全县外贸进出口将在去年四季度的基础上增长6%。", date(2024, 7, 20), ["2023-Q4"]),
    ("预计明年一季度全县用电量增长3%。", date(2024, 7, 20), ["2025-Q1"]),
    ("据初步测算，去年全县地区生产总值预计增长5.2%，其中四季度预计增长5.5%。", date(2025, 1, 15), ["2024", "2024-Q4"]),
    ("据测算，全县去年经济运行稳中向好，预计下半年增速达到5.6%，全年增长5.3%。", date(2025, 1, 12), ["2024-H2", "2025"]),
    ("今年一季度全县用电量增长3%。", date(2024, 2, 20), ["2024-Q1"]),
    # not fired: no year written (a projection's half is this year's), or a year that is a base or a span's start
    ("预计下半年全县游客接待量有望突破800万人次。", date(2025, 1, 12), ["2025-H2"]),
    ("一季度全县用电量比去年同期增长3%。", date(2024, 7, 20), ["2024-Q1"]),
    ("与去年相比，一季度全县用电量增长3%。", date(2024, 7, 20), ["2024-Q1"]),
    ("去年以来，一季度全县用电量增长3%。", date(2024, 7, 20), ["2024-Q1"]),
])
def test_a_written_year_decides_its_quarter_or_half(text, when, periods):
    assert [c.period for c in claims_of(text + "\n", when)] == periods
