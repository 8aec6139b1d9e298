"""Context classes met in the ninth dev batch, and the tenth batch's clarifications of the annotation brief
(spans of days, flattened tables, a hedge parted from its number by a verb), written as invented sentences:
every sentence here is made up, none copied from an edition. Each row holds at least one check that failed
before its class was fixed; a check that held before (a guard against over-reaching) shares its row."""

from __future__ import annotations

from datetime import date

import pytest

from tests.snippets import claims_of

D = date(2024, 7, 20)

# (class, text, edition date, [(quote, field, expected), …])
CONTEXT = [
    # a wrong value is the worst error: a negated hedge is an upper bound, not 过 'over'
    ("a negated 过 is an upper bound", "据旧志记载，该镇岁产桐油不过五千斤。", D, [("不过五千斤", "qualifier", "upper_bound")]),
    ("不超 and 不高于 are upper bounds, 超过 still a lower one", "单次停车费不超8元，押金不高于200元，客流超过3万人次。", D,
     [("不超8元", "qualifier", "upper_bound"), ("不高于200元", "qualifier", "upper_bound"),
      ("超过3万人次", "qualifier", "lower_bound")]),
    # spans of days
    ("a span of days ends in its first day's year; 6月上旬 is the month",
     "为促进消费，7月25日至9月10日，全市28家景区门票半价。据监测，6月上旬全县鲜桃平均收购价为4.2元/公斤。", D,
     [("28家", "period", "2024-07-25/2024-09-10"), ("4.2元/公斤", "period", "2024-06")]),
    ("a span of days with the event between its ends", "记者从市交通局获悉，7月5日暑运启动至18日，全市公路发送旅客86万人次。",
     D, [("86万人次", "period", "2024-07-05/2024-07-18")]),
    ("two months in a row, of a forecast, are this year's", "预计8月、9月暑期，全市接待游客将超过900万人次。", D,
     [("超过900万人次", "period", "2024-08/2024-09"), ("超过900万人次", "projection", "forecast")]),
    ("全月 and 本月 are the edition's month", "义诊活动将持续至7月31日，预计全月服务群众1.5万人次。本月全区新增市场主体860户。", D,
     [("1.5万人次", "period", "2024-07"), ("860户", "period", "2024-07")]),
    ("a day of the month at a part of the day", "受冷空气影响，22日早晨全市最低气温将降至3℃左右。", D,
     [("3℃左右", "period", "2024-07-22")]),
    # the day a story names: 当天, the dateline's day elsewhere
    ("当天 at an hour is the day the story names; bare 当天 of the dateline's day is none",
     "（记者 何川）7月19日，全市夏季招聘会举行。当天，进场求职者达8600人次。据监测，当天15时，城区最高气温达39.2℃。", D, [("39.2℃", "period", "2024-07-19"), ("8600人次", "period", None)]),
    ("… and a sentence after a ； takes it too", "（记者 何川）7月19日，全市用电创新高。当天14时，电网负荷达到612.4万千瓦；"
     "全市日用电量1.26亿千瓦时。", D, [("1.26亿千瓦时", "period", "2024-07-19")]),
    ("the dateline's day printed again in a later paragraph is a period",
     "（记者 何川）7月19日，记者从市商务局获悉，全市蔬菜供应充足。\n\n据监测，7月19日，全市青菜批发均价为每公斤3.4元。", D,
     [("每公斤3.4元", "period", "2024-07-19")]),
    ("a holiday the story dates once keeps that span where it is named again",
     "（记者 何川）记者从市文旅局获悉，10月1日至7日国庆假期，全市接待游客412万人次。\n\n假期里，全市乡村民宿平均入住率达"
     "81%。", date(2024, 10, 9), [("412万人次", "period", "2024-10-01/2024-10-07"), ("81%", "period", "2024-10-01/2024-10-07")]),
    # paragraphs cut inside a sentence by a column break
    ("a number cut from its unit at a paragraph's end", "2024年是全面完成规划目标的关键之年。一年来，\n"
     "全市地区生产总值达到3126.5\n\n亿元，增长5.2%；一般公共预算收入186.4亿\n元，增长3.1%；城镇新增就业5.2万人。",
     date(2025, 1, 20), [("3126.5亿元", "period", "2024"), ("186.4亿元", "period", "2024"), ("5.2%", "comparison", "同比")]),
    ("a month cut from its number at a paragraph's end", "前三季度，全市社会消费品零售总\n额1063.8亿元，同比增长17.5%，两年平\n"
     "均增长4.3%。8\n月份，社会消费品零售总额同比增长5.2%，\n环比增长1.1%。", date(2024, 10, 22),
     [("5.2%", "period", "2024-08"), ("1.1%", "period", "2024-08")]),
    # hedges parted from their number by a verb; a share after a verb ending in 成
    ("约 then a verb keeps the hedge, as 约占 does; a word ending in 约 none",
     "新馆建设约需2年，预计年接待观众约达80万人次。全县茶叶产值约占农业总产值的三成，签约项目12个。", D,
     [("2年", "qualifier", "approx"), ("80万人次", "qualifier", "approx"), ("三成", "qualifier", "approx"),
      ("12个", "qualifier", None)]),
    ("a share after 完成 is a claim", "目前，二期工程已完成七成左右，年内全部完工。", D, [("七成左右", "qualifier", "approx")]),
    # comparisons
    ("last year's same holiday is 同比, last year as a whole a base; a range of a decrease has negative bounds",
     "全县民宿平均入住率较去年国庆假期提高9个百分点，比去年全年提高15个百分点。今年以来，全市生猪收购价下降6%—9%。", D,
     [("9个百分点", "comparison", "同比"), ("15个百分点", "comparison", "比去年全年"), ("6%—9%", "low", -9),
      ("6%—9%", "high", -6)]),
    ("a base keeps its digits half-width; 是X的N倍 is a level against X",
     "全市旅游收入比２０１９年同期增长１２．４％。合作社今年的销售额是2021年的2.4倍，是去年同期的1.3倍。", D,
     [("１２．４％", "comparison", "比2019"), ("2.4倍", "comparison", "比2021"), ("1.3倍", "comparison", "同比"),
      ("2.4倍", "direction", None)]),
    ("a rate named by the rate word after it is a change", "上半年8.3%的增速来之不易，而4.6%的跌幅仍需警惕。", D,
     [("8.3%", "direction", "increase"), ("4.6%", "direction", "decrease"), ("8.3%", "comparison", "同比")]),
    ("a count listed after a changed count shares its verb; an amount after an amount does not",
     "今年全区新增养老床位420张、托育托位180个。项目建成后每年可新增产值约30亿元、税收2亿元。", D,
     [("180个", "direction", "increase"), ("2亿元", "direction", None)]),
    # projections and their periods
    ("a share of the plan is done, no target", "截至7月15日，全县已收获早稻8.6万亩，占计划面积的72.5%。", D,
     [("72.5%", "projection", None), ("72.5%", "period", "2024-07-15")]),
    ("a level a standard names under a directive is a target, a standard merely reported none",
     "市人社局提醒，用人单位应按规定发放防暑降温费，发放标准为每人每月180元。该县低保标准为每人每月720元。", D,
     [("180元", "projection", "target"), ("720元", "projection", None)]),
    ("a sentence opened by a target year goes past its ；", "到2027年，全市数字经济核心产业增加值力争达到900亿元；"
     "规模以上软件企业数量突破600家。", D, [("突破600家", "projection", "target"), ("突破600家", "period", "2027")]),
    ("a speaker's name leaves a period at the sentence's head", "周明远：明年全县经济社会发展的主要预期目标是：地区生产总值"
     "增长6%左右。", date(2024, 12, 18), [("6%左右", "period", "2025"), ("6%左右", "comparison", "同比")]),
    ("a sentence's opening period reaches past a ； to actual figures", "今年全县计划种植油菜32万亩，其中双低油菜28万亩；"
     "已调运化肥2.6万吨。", D, [("2.6万吨", "period", "2024"), ("2.6万吨", "projection", None)]),
    ("a year to come as a deadline is a plan, 完成 and all", "2026年底前，全县完成农村危房改造1800户。", D,
     [("1800户", "projection", "target"), ("1800户", "period", "2026")]),
    ("what the counted will do is a forecast, with the period after it", "目前已有28个村完成改造，剩余6个村将在年内全部完工。",
     D, [("6个", "projection", "forecast"), ("6个", "period", "2024"), ("28个", "projection", None)]),
    ("将 after a list of counts", "届时，来自省内外的16支球队约400名运动员将同台竞技。", D, [("16支", "projection", "forecast")]),
]


@pytest.mark.parametrize("cls, text, when, checks", CONTEXT, ids=[c[0] for c in CONTEXT])
def test_ninth_batch_context(cls, text, when, checks):
    found = claims_of(text, when)
    for quote, field, expected in checks:
        hits = [c for c in found if c.quote == quote]
        assert hits, (cls, quote, [c.quote for c in found])
        assert (quote, getattr(hits[0], field)) == (quote, expected), cls


TABLE = ("全年全市主要农产品产量稳中有增。\n\n表2  2023年主要畜禽产品产量及其增长速度\n"
         "产品名称  单位  产量  比上年增长（%）\n猪肉  万吨  12.4  3.5\n禽蛋  万吨  4.8  -1.2\n牛奶  吨  8600  6.1\n\n"
         "全年全市规模以上工业增加值增长6.8%。")


def test_a_flattened_table_gives_a_claim_per_figure():
    """Each figure of a flattened table is a claim: the unit of its column (万吨 from the row's unit cell, % from
    the heading's bracket), its row's label the subject, a growth column's sign its direction, the title's year
    its period."""
    found = [c for c in claims_of(TABLE, date(2024, 3, 15)) if c.subject in ("猪肉", "禽蛋", "牛奶")]
    # a table whose cells print their units (猪肉 26.40元/公斤 -2.2%) is the sentence reader's: no figure twice
    priced = claims_of("3月，全市物价平稳。\n\n3月份主要品种零售均价\n品名 均价 环比\n猪肉 26.40元/公斤 -2.2%\n", date(2024, 4, 2))
    assert sorted(c.quote for c in priced) == ["-2.2%", "26.40元/公斤"]
    got = [(c.quote, c.value, c.unit, c.direction, c.comparison, c.period) for c in found]
    assert got == [("12.4", 124000, "t", None, None, "2023"), ("3.5", 3.5, "%", "increase", "同比", "2023"),
                   ("4.8", 48000, "t", None, None, "2023"), ("-1.2", -1.2, "%", "decrease", "同比", "2023"),
                   ("8600", 8600, "t", None, None, "2023"), ("6.1", 6.1, "%", "increase", "同比", "2023")]


def test_a_headline_naming_a_holiday_the_body_dates_takes_its_span():
    """国庆假期全市接待游客… over a body that dates 国庆假期 (10月1日至7日): the headline's figure is about that span."""
    page = ("国庆假期全市接待游客412万人次\n\n本报讯（记者 何川）记者从市文旅局获悉，10月1日至7日国\n"
            "庆假期，全市接待游客412万人次，同比增长8.2%。\n")
    found = claims_of(page, date(2024, 10, 9), lead="")
    assert [(c.part, c.period) for c in found if c.quote == "412万人次"] == [
        ("headline", "2024-10-01/2024-10-07"), ("body", "2024-10-01/2024-10-07")]


def test_a_headline_period_naming_an_ordinal_dates_no_figure():
    """签发今年首份…: 今年 says which order (the first this year), not when the story's figures are."""
    page = ("区法院签发今年首份人身安全保护令\n\n本报讯 7月18日，区法院向一名当事人签发人身安全保护令，\n"
            "保护令有效期为6个月。\n")
    found = claims_of(page, D, lead="")
    assert [(c.quote, c.period) for c in found] == [("6个月", None)]
