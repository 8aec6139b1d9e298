"""Classes met in the seventh dev batch, written as invented sentences (conventions: the annotation
brief with its clarifications), one field of one claim each: prices per a measure named before a
change verb, hedges parted from their number, completion ratios, changes against an unwritten budget."""

from __future__ import annotations

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
