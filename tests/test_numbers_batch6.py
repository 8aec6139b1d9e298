"""Classes met in the sixth dev batch, written as invented sentences (conventions: the annotation
brief with its clarifications for the sixth batch), one field of one claim each: directions of
comparatives and caps, periods of to-date figures, year-ends and plans, comparisons of multiples."""

from __future__ import annotations

from datetime import date

import pytest

from tests.snippets import DAY, claims_of, one





# (class, sentence, quote, direction, value)
DIRECTIONS = [
    ("新开工 counts projects started: no change", "全县新开工亿元以上项目46个。", "46个", None, 46),
    ("新开工 in a list of what was done", "上半年，全省新开工水利工程23项，完成投资18亿元。", "23项", None, 23),
    ("新开通 counts what was opened: no change (ninth-batch brief: only 新增, 净增 are changes)",
     "今年以来，全市新开通公交线路5条。", "5条", None, 5),
    ("快于 a base is ahead: an increase", "全省夏粮收购进度快于去年同期2.6个百分点。", "2.6个百分点", "increase", 2.6),
    ("快于 another group", "农村居民收入增长7.4%，快于城镇居民1.8个百分点。", "1.8个百分点", "increase", 1.8),
    ("慢于 a base is behind: a decrease", "全市工程进度慢于计划4个百分点。", "4个百分点", "decrease", -4),
    ("降幅 capped 控制在: a decrease at most", "力争全年出口降幅控制在5%以内。", "5%以内", "decrease", -5),
    # batch 33: the later golds (b10, b12, b15, b17, b23, b29) read a growth rate held at a level as a rate of
    # growth, as 涨幅控制在 and 增速将在 are: an increase (b6's gold alone reads none)
    ("增速 held 保持在 is still a rate of growth", "力争全年投资增速保持在8%以上。", "8%以上", "increase", 8),
]


@pytest.mark.parametrize("cls, text, quote, direction, value", DIRECTIONS, ids=[d[0] for d in DIRECTIONS])
def test_directions(cls, text, quote, direction, value):
    c = one(text, quote)
    assert (c.direction, c.value) == (direction, pytest.approx(value)), cls


# (class, sentence, quote, period) on a page of 2024-07-20
PERIODS = [
    ("YYYY年<event>以来 runs to the edition's year", "2021年上线以来，平台累计受理诉求4.2万件。", "4.2万件",
     "2021/2024"),
    ("a 以来 phrase closing its clause frames the next", "产业园自2019年开园以来，累计引进企业86家。", "86家",
     "2019/2024"),
    ("… and the next sentence of the paragraph", "产业园自2019年开园以来，累计引进企业86家。到位资金约120亿元。",
     "约120亿元", "2019/2024"),
    ("YYYY年以来 unchanged", "2022年以来，全区新建公园14个。", "14个", "2022/2024"),
    ("a day cut off after 以来 is no period", "今年以来（截至7月15日），全市接待游客1260万人次。", "1260万人次", "2024"),
    ("… nor for the next sentence", "今年以来（截至7月15日），全市接待游客1260万人次。景区新增停车位3200个。",
     "3200个", "2024"),
    ("a 截至 day alone is the period", "截至7月15日，全市接待游客1260万人次。", "1260万人次", "2024-07-15"),
    ("a day under 其中 is a part, not the paragraph's period",
     "上半年，全市发送旅客86万人次。其中，6月8日单日发送旅客2.1万人次。车站共增开列车40列。", "40列", "2024-H1"),
    ("a period opening a plan's clause is the plan's, not the paragraph's",
     "集中开工项目共86个，今年计划完成投资120亿元。其中，产业项目52个。", "52个", None),
    ("… while a period opening an actual figure's clause is the paragraph's",
     "集中开工项目共86个，今年已完成投资120亿元。其中，产业项目52个。", "52个", "2024"),
    ("… while its own figure takes the day",
     "上半年，全市发送旅客86万人次。其中，6月8日单日发送旅客2.1万人次。车站共增开列车40列。", "2.1万人次",
     "2024-06-08"),
]


@pytest.mark.parametrize("cls, text, quote, period", PERIODS, ids=[p[0] for p in PERIODS])
def test_periods(cls, text, quote, period):
    assert one(text, quote).period == period, cls


# (class, sentence, quote, period, edition date)
PERIODS_OF_THE_YEAR = [
    ("年底 of a target is this year's end", "合作社力争年底肉牛存栏突破800头。", "突破800头", "2024", DAY),
    ("年末 of a forecast is this year's end", "年末全市常住人口预计达212.4万人。", "212.4万人", "2024", DAY),
    ("年末 on a December page is the year it closes", "年末全市常住人口212.4万人。", "212.4万人", "2024",
     date(2024, 12, 30)),
    ("年末 reported in spring is last year's", "年末全市常住人口212.4万人。", "212.4万人", "2023",
     date(2024, 3, 12)),
    ("a time word after the place that opens the sentence frames it",
     "全市今年早稻播种面积稳定在86万亩左右，其中杂交稻52.3万亩。", "52.3万亩", "2024", DAY),
    ("… and a change in the next clause", "临江港今年集装箱吞吐量突破80万标箱，比2019年同期增长26.5%。", "26.5%", "2024",
     DAY),
    ("a year naming an event does not", "开发区2024年重点项目签约仪式举行，首批9个项目总投资达86亿元。", "9个", None, DAY),
]


@pytest.mark.parametrize("cls, text, quote, period, when", PERIODS_OF_THE_YEAR, ids=[p[0] for p in PERIODS_OF_THE_YEAR])
def test_periods_of_the_year(cls, text, quote, period, when):
    assert one(text, quote, when).period == period, cls


def test_a_base_in_the_headline_is_no_period():
    text = "临江港吞吐量首次突破百万标箱\n比2019年同期增长37.5%\n\n本报讯 临江港集装箱吞吐量持续增长。\n"
    found = claims_of(text, lead="")
    heads = [c for c in found if c.part != "body"]
    assert heads and all(c.period is None for c in heads), [(c.quote, c.part, c.period) for c in found]


# A sentence runs to its full stop: ； ends a clause, so the period that opens the sentence is the
# period of every target or forecast in it (the sixth batch's clarification on targets).
TARGET_LISTS = [
    ("the first item of a target list", "4%以上", "2025"),
    ("an item after a ；", "8%左右", "2025"),
    ("a count two ； later", "6万人以上", "2025"),
]
_TARGET_LIST = ("2025年全市发展的主要预期目标是：地区生产总值增长4%以上；固定资产投资增长8%左右；"
                "城镇新增就业6万人以上。")


@pytest.mark.parametrize("cls, quote, period", TARGET_LISTS, ids=[t[0] for t in TARGET_LISTS])
def test_a_target_list_takes_the_period_opening_its_sentence(cls, quote, period):
    c = one(_TARGET_LIST, quote, date(2025, 2, 10))
    assert (c.projection, c.period) == ("target", period), cls


def test_a_full_stop_ends_the_sentence_a_period_opens():
    text = "2025年全市发展的主要预期目标是：地区生产总值增长4%以上。力争外贸进出口增长8%左右。"
    assert one(text, "8%左右", date(2025, 2, 10)).period is None


def test_the_opening_period_is_no_period_of_an_actual_figure_after_a_semicolon():
    text = "上半年，全市地区生产总值增长5.2%；全市新开通公交线路5条。"
    assert one(text, "5条").period == "2024-H1"


# (class, sentence, quote, comparison)
COMPARISONS = [
    ("a bare growth multiple in a quarter's statistics is 同比", "一季度，全市工业机器人产量增长1.4倍。", "1.4倍", "同比"),
    ("… each item of a 分别 list of multiples", "一季度，全市光伏组件、锂电池产量分别增长0.9和1.2倍。", "0.9", "同比"),
    ("a multiple against a written base keeps its base", "上半年，全市跨境电商交易额比2019年同期增长1.1倍。", "1.1倍",
     "比2019"),
    ("a multiple with no period is no statistic", "企业订单增长近一倍。", "近一倍", None),
]


@pytest.mark.parametrize("cls, text, quote, comparison", COMPARISONS, ids=[c[0] for c in COMPARISONS])
def test_comparisons(cls, text, quote, comparison):
    assert one(text, quote).comparison == comparison, cls


# (class, sentence, quote, projection)
PROJECTIONS = [
    ("将组织 what will be organised", "7月，全市将组织专场招聘会24场，提供就业岗位8000个以上。", "24场", "forecast"),
    ("… and the next clause of that sentence", "7月，全市将组织专场招聘会24场，提供就业岗位8000个以上。", "8000个以上",
     "forecast"),
    ("将由A缩短至B: B is the level to come", "大桥建成后，两岸通行时间将由40分钟缩短至10分钟以内。", "10分钟以内", "forecast"),
    ("… A is the level now", "大桥建成后，两岸通行时间将由40分钟缩短至10分钟以内。", "40分钟", None),
    ("计划总投资 is the planned cost of projects begun, a noun", "全市新开工项目52个，计划总投资约310亿元。", "约310亿元",
     None),
    ("计划投资 after a subject is a plan", "今年全县计划投资86亿元，建设农村公路600公里。", "86亿元", "target"),
    ("a plan named before 年度计划投资", "今年，全区计划实施重点项目120个，年度计划投资超过300亿元。", "超过300亿元",
     "target"),
    ("为确保 is a purpose: what is done for it is no target", "为确保颗粒归仓，全县设立农机维修点42个。", "42个", None),
    ("确保 before the figure is a target", "全县确保粮食产量稳定在30万吨以上。", "30万吨以上", "target"),
]


@pytest.mark.parametrize("cls, text, quote, projection", PROJECTIONS, ids=[p[0] for p in PROJECTIONS])
def test_projections(cls, text, quote, projection):
    assert one(text, quote).projection == projection, cls


def test_a_day_in_the_display_lines_is_no_period():
    """A full date over a headline (a masthead line read as its kicker, an adoption note) is a day stamp,
    not the period of the story's figures."""
    text = ("临江日报 2024年7月20日 星期六 第9012期\n\n中共临江市委第九届委员会第五次全体会议公报\n\n"
            "中共临江市委第九届委员会第五次全体会议于7月17日至18日在临江举行。全会应到市委委员43名，实到41名。\n")
    found = claims_of(text, lead="")
    members = [c for c in found if c.quote in ("43名", "41名")]
    assert len(members) == 2 and all(c.period is None for c in members), [(c.quote, c.period) for c in found]


# (class, sentence, the characters that hold no claim)
NOT_CLAIMS = [
    ("a range of ages is an attribute", "筛查对象为40至60岁的城乡妇女。", "岁"),
    ("一年一度 is an idiom", "龙舟赛是一年一度的盛会。", "一年"),
    ("the span a doubling takes is context", "力争实现吞吐量三年翻一番。", "三年"),
    ("上一年 is an ordinal", "产量比上一年增加。", "上一"),
    ("是…的N年 names the period again", "过去五年，是全县发展极不平凡的五年。", "五年"),
]


@pytest.mark.parametrize("cls, text, word", NOT_CLAIMS, ids=[n[0] for n in NOT_CLAIMS])
def test_not_claims(cls, text, word):
    assert not [c for c in claims_of(text) if word in c.quote], cls


# (class, sentence, quote, value, qualifier)
CLAIMS = [
    ("an average age range is a statistic", "职工平均年龄为35至38岁。", "35至38岁", None, None),
    ("迈上 an amount in Chinese numerals: at least", "全市地区生产总值迈上三千亿元台阶。", "迈上三千亿元", 3e11, "lower_bound"),
    ("迈上 an amount in digits", "外贸进出口总额迈上1000亿元新台阶。", "迈上1000亿元", 1e11, "lower_bound"),
    ("a duration that is no doubling's span", "项目建设周期为三年。", "三年", 3, None),
    ("是N年 is a duration", "贷款期限是五年。", "五年", 5, None),
]


@pytest.mark.parametrize("cls, text, quote, value, qualifier", CLAIMS, ids=[c[0] for c in CLAIMS])
def test_claims(cls, text, quote, value, qualifier):
    c = one(text, quote)
    assert (c.value, c.qualifier) == ((pytest.approx(value) if value else None), qualifier), cls


def test_a_box_label_names_its_year_without_nian():
    text = "【数说临江2023】\n全市累计建成5G基站2860个。\n全市注册志愿者达一万二千余名。\n"
    found = claims_of(text, lead="")
    assert [c.period for c in found] == ["2023", "2023"], [(c.quote, c.period) for c in found]


def test_a_doubling_after_its_span_takes_the_subject_before():
    c = one("临江港集装箱吞吐量力争达到200万标箱，实现五年翻一番。", "翻一番")
    assert c.subject == "临江港集装箱吞吐量"
