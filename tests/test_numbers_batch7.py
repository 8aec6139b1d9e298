"""Classes met in the seventh dev batch, written as invented sentences (conventions: the annotation
brief with its clarifications), one field of one claim each: prices per a measure named before a
change verb, hedges parted from their number, completion ratios, changes against an unwritten budget;
then the eighth batch's classes and the ninth batch's clarifications (one-year growth targets as 同比,
weather forecasts, 新增 versus 新建, standards as targets, a base opening the sentence, periods since a
month or last year)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.snippets import claims_of, one





# (class, sentence, quote, unit, value)
UNITS = [
    ("每吨 before a change verb: the change is per tonne", "本市菜籽油批发价每吨上涨120元。", "120元", "CNY/t", 120),
    ("… in a 分别 list", "本市化肥价格每吨分别降低50元和30元。", "30元", "CNY/t", -30),
    ("每升 before a change verb", "本市天然气零售价每立方米降低0.1元，汽油每升降低0.05元。", "0.05元", "CNY/L", -0.05),
    ("每公斤 right before the amount stays in the quote", "猪肉零售价每公斤24元。", "每公斤24元", "CNY/kg", 24),
    ("a 每 measure with another verb between is no per-unit price", "每吨货物收取装卸费12元。", "12元", "CNY", 12),
    ("例 counts cases", "全院今年已完成微创手术2300余例。", "2300余例", "case", 2300),
    ("台次 counts machine deployments", "全县投入收割机械1.2万台次。", "1.2万台次", "machine-time", 12000),
    ("a duration after 近 inside a clause is measured", "新线开通后工期缩短近两个月。", "近两个月", "month", -2),
]

# (class, sentence, quote that is no claim)
NOT_CLAIMS = [
    ("the minutes of a clock time", "市民可于当日10:00起在线领取。", "00起"),
    ("近两个月 opening a clause is when", "近两个月，全市二手房成交持续回暖。", "近两个月"),
    ("… with no comma after it", "近两个月全市二手房成交持续回暖。", "近两个月"),
    ("过去两周 opening a clause", "过去两周，全市新增登记市场主体860户。", "两周"),
]


@pytest.mark.parametrize("cls, text, quote", NOT_CLAIMS, ids=[n[0] for n in NOT_CLAIMS])
def test_not_claims(cls, text, quote):
    assert quote not in [c.quote for c in claims_of(text)], cls


@pytest.mark.parametrize("cls, text, quote, unit, value", UNITS, ids=[u[0] for u in UNITS])
def test_units(cls, text, quote, unit, value):
    c = one(text, quote)
    assert (c.unit, c.value) == (unit, pytest.approx(value)), cls


# (class, sentence, quote, qualifier)
HEDGES = [
    ("约为 parts the hedge from its number", "本届马拉松的中签率约为18%。", "18%", "approx"),
    ("约是 likewise", "全县森林覆盖率约是62%。", "62%", "approx"),
    ("不到 … 的 a base", "今年客流量不到2019年同期的七成。", "七成", "upper_bound"),
    ("不低于 … 的 a base", "企业自筹资金不低于项目总投资的20%。", "20%", "lower_bound"),
    ("不超过 … 的 a base", "单户补贴不超过购置价格的30%。", "30%", "upper_bound"),
    ("至少 before the verb counted", "每个乡镇每年至少建设2个示范点。", "2个", "lower_bound"),
    ("no hedge: 节约 is a word", "项目节约为3亿元。", "3亿元", None),
    ("no hedge: a base after 比 is no hedge", "全市用电量达到去年的1.2倍。", "1.2倍", None),
]


@pytest.mark.parametrize("cls, text, quote, qualifier", HEDGES, ids=[h[0] for h in HEDGES])
def test_hedges(cls, text, quote, qualifier):
    assert one(text, quote).qualifier == qualifier, cls


# (class, sentence, quote, field, expected)
CONTEXT = [
    ("不低于 a base is a hedge, no decrease", "企业自筹资金不低于项目总投资的20%。", "20%", "direction", None),
    ("… nor a comparison", "企业自筹资金不低于项目总投资的20%。", "20%", "comparison", None),
    ("低于 a base is still a decrease", "全市PM2.5浓度低于全省平均水平3微克/立方米。", "3微克/立方米", "direction", "decrease"),
    ("a completion ratio has no comparison", "全县新增城镇就业1.2万人，完成年度目标的96%。", "96%", "comparison", None),
    ("… in a budget", "全市税收收入完成预算的101.2%。", "101.2%", "comparison", None),
    ("超收 is against the budget", "全县税收收入完成预算的104%，超收0.6亿元。", "0.6亿元", "comparison", "比预算"),
    ("短收 is a decrease", "基金预算收入完成预算的91%，短收3.2亿元。", "3.2亿元", "direction", "decrease"),
    ("短收 is against the budget", "基金预算收入完成预算的91%，短收3.2亿元。", "3.2亿元", "comparison", "比预算"),
    ("节省 a noun against a base is a decrease", "新航线较公路运输节省时间一半。", "一半", "direction", "decrease"),
    ("节省 a noun without a base is a level", "为企业节省成本约800万元。", "约800万元", "direction", None),
    ("the term before is period on period", "本学期学生近视率为38.2%，比上学期下降3.1个百分点。", "3.1个百分点",
     "comparison", "环比"),
]


@pytest.mark.parametrize("cls, text, quote, field, expected", CONTEXT, ids=[c[0] for c in CONTEXT])
def test_context(cls, text, quote, field, expected):
    assert getattr(one(text, quote), field) == expected, cls


def test_a_weather_line_gives_no_claims():
    """A weather report on a line of its own is page furniture: its temperatures are no claims."""
    found = claims_of("全县秋粮收获过半。\n\n今日天气：多云转晴 7℃～16℃ 东北风2级\n\n全县新建冷库12座。")
    assert [c.quote for c in found if "℃" in c.quote] == []
    assert "12座" in [c.quote for c in found]


# (class, sentence, quote, field, expected)
SIGNS = [
    ("a plus sign written is a rise", "本月全市居民消费价格指数同比+1.2%。", "+1.2%", "direction", "increase"),
    ("… and stays positive", "本月全市居民消费价格指数同比+1.2%。", "+1.2%", "value", 1.2),
    ("a plus inside a code is no sign", "全市A+级景区门票收入增长3%。", "3%", "direction", "increase"),
]


@pytest.mark.parametrize("cls, text, quote, field, expected", SIGNS, ids=[s[0] for s in SIGNS])
def test_signs(cls, text, quote, field, expected):
    assert getattr(one(text, quote), field) == expected, cls


TABLE = ("3月，全市重要民生商品价格总体平稳。\n\n3月份主要品种零售均价\n品名 均价 环比\n"
         "猪肉 26.40元/公斤 -2.2%\n鸡蛋 10.60元/公斤 +1.5%\n大米 5.80元/公斤 持平\n")


@pytest.mark.parametrize("quote, direction", [("-2.2%", "decrease"), ("+1.5%", "increase")])
def test_a_table_column_headed_by_a_comparison_takes_it(quote, direction):
    """A table's header row (品名 均价 环比) names the comparison of the column under it."""
    c = one(TABLE, quote)
    assert (c.comparison, c.direction) == ("环比", direction)
    assert one(TABLE, "26.40元/公斤").comparison is None


# --- the eighth batch's classes and the ninth batch's clarifications of the annotation brief ---------------
# (class, text, edition date, [(quote, field, expected), …]); every sentence invented. A check that held
# before (a guard against over-reaching) shares its row with one that did not.
D = date(2024, 7, 20)
NINTH = [
    ("a growth target for one year is 同比, a yearly average over a plan's years none",
     "“十四五”时期主要目标是：全市服务业增加值年均增长7%左右。今年的主要预期目标是：全市服务业增加值增长6.5%左右。",
     date(2022, 2, 10), [("6.5%左右", "comparison", "同比"), ("7%左右", "comparison", None)]),
    ("a forecast for one quarter is 同比", "预计三季度全区社会消费品零售总额增长7%。", D, [("7%", "comparison", "同比")]),
    ("a yearly average target takes the span that opens its sentence", "“十四五”时期主要目标是：全市服务业增加值年均增长7%左右。",
     date(2022, 2, 10), [("7%左右", "period", "2021/2025")]),
    ("a weather report's temperature is a forecast of the day it names", "今天多云转晴，气温5℃～14℃。", D,
     [("5℃～14℃", "projection", "forecast"), ("5℃～14℃", "period", "2024-07-20")]),
    ("净增 is an increase, 新建 no change", "今年上半年，全区新建充电桩860个，净增市场主体2300户。", D,
     [("2300户", "direction", "increase"), ("860个", "direction", None)]),
    ("新开通 counts what was opened: no change", "今年以来，全市新开通定制公交线路14条。", D, [("14条", "direction", None)]),
    ("新增 then 至 names where to", "今年以来，新增至沿海港口的铁海联运班列线路4条。", D, [("4条", "direction", "increase")]),
    ("a standard a notice lays down is a target, a bound with no document none",
     "去年全县城镇登记失业率控制在3.2%以内。通知要求，全市中小学每班学生人数控制在45人以内。", D,
     [("45人以内", "projection", "target"), ("3.2%以内", "projection", None)]),
    ("a standard a rule lays down is a target", "《办法》规定，每个行政村配备不少于3名乡村医生。", D,
     [("不少于3名", "projection", "target")]),
    ("拟 plans a target, but the level it starts from is now", "经董事会决议，公司拟将注册资本由800万元减少至300万元。", D,
     [("300万元", "projection", "target"), ("800万元", "projection", None)]),
    ("a base that opens the sentence governs its changes", "与2016年第三次全国农业普查相比，全县农业经营户增加2100户，"
     "耕地面积减少1.8万亩。", D, [("1.8万亩", "comparison", "比2016"), ("2100户", "comparison", "比2016")]),
    ("a change with no noun restates the one before, against its base", "全县户籍人口为52万人，比2015年增加1.3万人，增长2.6%。",
     D, [("2.6%", "comparison", "比2015")]),
    ("a forecast opening a sentence goes past its ；", "预计中秋假期，全市接待游客320万人次；其中，乡村游接待游客95万人次。",
     D, [("95万人次", "projection", "forecast")]),
    ("去年以来 runs to the edition's year", "去年以来，全区投入老旧小区改造资金2.4亿元。", D,
     [("2.4亿元", "period", "2023/2024")]),
    ("5月以来 runs to the edition's month", "5月以来，全市新增登记市场主体3200户。", D, [("3200户", "period", "2024-05/2024-07")]),
    ("力争到2027年 opens its sentence", "力争到2027年，全市城市生活垃圾回收利用率达到40%以上。", D, [("40%以上", "period", "2027")]),
    ("预计到9月底 is a month", "预计到9月底，全市发放的消费券将达5000万元。", D, [("5000万元", "period", "2024-09")]),
    ("年均浓度 is one year's level, taking its period", "2023年，全市空气质量持续改善。全市二氧化氮年均浓度为24微克/立方米。",
     D, [("24微克/立方米", "period", "2023")]),
    ("a year in a list of years is no period", "该馆分别于2015年、2018年和2021年进行了三次改扩建。", D, [("三次", "period", None)]),
    ("a count run on after a total's count is in the total", "新修订的办法共5章36条。", D, [("36条", "comparison", "共计")]),
    ("增长率为 is a rate of growth", "全县常住人口年平均增长率为0.52%。", D, [("0.52%", "direction", "increase")]),
    ("商超 is no 超 base", "全区重点商超客流量达12万人次。", D, [("12万人次", "comparison", None)]),
    ("a base before (疫情前) is a time base", "全市旅游收入恢复至疫情前的九成。", D, [("九成", "comparison", "比疫情前")]),
    ("a sentence dating its own event takes no period from the paragraph, a base after 快于 does not count",
     "截至6月底，全县已完成高标准农田建设12万亩，进度快于去年同期5个百分点。该工程于2021年开工，总投资6.5亿元。", D,
     [("6.5亿元", "period", None), ("5个百分点", "period", "2024-06")]),
    ("a change after a forecast in its sentence is forecast too, for the year opening it",
     "明年起，全市公共自行车站点将扩容至860个，比现有站点增加120个。", date(2024, 11, 20),
     [("120个", "projection", "forecast"), ("120个", "period", "2025")]),
    ("a figure to a cut-off day takes that day, even the dateline's", "（记者 王林）7月19日，记者从市人社局获悉。"
     "截至7月19日，全市已发放稳岗补贴1.2亿元。", D, [("1.2亿元", "period", "2024-07-19")]),
    ("力争达到 after a growth rate is the same change", "今年的预期目标是：全县地区生产总值增长6%以上，力争达到6.5%。",
     D, [("6.5%", "direction", "increase"), ("6.5%", "comparison", "同比")]),
]


@pytest.mark.parametrize("cls, text, when, checks", NINTH, ids=[n[0] for n in NINTH])
def test_ninth_batch_context(cls, text, when, checks):
    found = claims_of(text, when)
    for quote, field, expected in checks:
        hits = [c for c in found if c.quote == quote]
        assert hits, (cls, [c.quote for c in found])
        assert (quote, getattr(hits[0], field)) == (quote, expected), cls


def test_a_figure_above_its_label_takes_the_change_the_label_names():
    """【数说】 7.3% / 全县规上工业增加值增速: the rate word of the label under the figure says it is a change."""
    box = ("本报讯 1月24日，县统计局发布去年全县经济运行情况。\n\n【数说】\n2023年全县经济“成绩单”\n312.6亿元\n"
           "地区生产总值\n7.3%\n地区生产总值增速\n2.1万人\n城镇新增就业\n0.8%\n居民消费价格涨幅\n")
    found = claims_of(box, date(2024, 1, 25), lead="")
    assert [(c.quote, c.direction) for c in found] == [("312.6亿元", None), ("7.3%", "increase"),
                                                       ("2.1万人", "increase"), ("0.8%", "increase")]
    assert [c.comparison for c in found if c.unit == "%"] == ["同比", "同比"]  # a growth rate of a year


# (class, sentence, quote, value, low, high, unit)
NINTH_AMOUNTS = [
    ("毫升 is a unit", "每次饭后服用糖浆10至15毫升。", "10至15毫升", None, 10, 15, "ml"),
    ("株 counts plants", "今年全县补植苗木约12万株。", "约12万株", 120_000, None, None, "plant"),
    ("章 counts chapters", "新修订的办法共5章36条。", "5章", 5, None, None, "chapter"),
    ("百分之百 is 100%", "全县行政村通光纤比例达到百分之百。", "百分之百", 100, None, None, "%"),
    ("X以上Y以下 is one range", "对违规停放车辆处20元以上50元以下罚款。", "20元以上50元以下", None, 20, 50, "CNY"),
]


@pytest.mark.parametrize("cls, text, quote, value, low, high, unit", NINTH_AMOUNTS, ids=[n[0] for n in NINTH_AMOUNTS])
def test_ninth_batch_amounts(cls, text, quote, value, low, high, unit):
    c = one(text, quote)
    assert (c.value, c.low, c.high, c.unit) == (value, low, high, unit), cls


def test_an_age_range_is_no_claim():
    """该疫苗适用于8个月至2岁的儿童: a range that ends in an age describes people, as 60岁以上 does."""
    assert [c.quote for c in claims_of("该疫苗适用于8个月至2岁的儿童，接种间隔为28天。")] == ["28天"]


def test_a_headline_period_in_full_width_digits_is_read_as_digits():
    """２０２４年１月 in a display line gives the period 2024-01, written in ASCII digits as every period is."""
    found = claims_of("２０２４年１月全县消费市场平稳\n\n本报讯 全县社会消费品零售总额12.6亿元，同比增长5%。\n",
                      date(2024, 2, 20), lead="")
    assert [(c.quote, c.period) for c in found] == [("12.6亿元", "2024-01"), ("5%", "2024-01")]
