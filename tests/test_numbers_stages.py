"""The stages of reading a claim, each on its own: a handful of cases per stage, each a
convention of Chinese statistical prose (input text → what the stage should give)."""

from __future__ import annotations

from datetime import date

import pytest

from frontpage.numbers.clauses import clause_bounds, opens_clause, sentences
from frontpage.numbers.context import comparison, direction, period, subject
from frontpage.numbers.numerals import halfwidth
from frontpage.numbers.periods import PERIOD, is_past, resolve_day, resolve_period
from frontpage.numbers.quantities import (ContextSpan, Reading, hedge_and_range, quantity_pattern, recognise,
                                          scale, unit_and_kind)

DAY = date(2021, 4, 22)  # a Thursday in April: Q1 is over, H1 is not


def recognised(text: str) -> Reading | ContextSpan | None:
    """Stage 1 on the first number of ``text``."""
    norm = halfwidth(text)
    return recognise(norm, quantity_pattern().search(norm))


def first_quantity(text: str) -> Reading:
    """Stage 1 on each number of ``text`` in turn, as the extractor goes: the first claim to read on."""
    norm, pos = halfwidth(text), 0
    while (m := quantity_pattern().search(norm, pos)) is not None:
        pos = max(m.end(), m.start() + 1)
        r = recognise(norm, m)
        if isinstance(r, Reading):
            return r
        if isinstance(r, ContextSpan):
            pos = max(pos, r.end)
    raise AssertionError(f"no quantity in {text!r}")


def read(text: str, upto: str, *, previous: str | None = None, inherited=(None, None),
         dateline: str | None = None) -> Reading:
    """The stages in order on the first number of ``text``, through ``upto``."""
    stages = [
        ("scale", scale), ("unit_and_kind", unit_and_kind), ("hedge_and_range", hedge_and_range),
        ("direction", direction), ("comparison", comparison), ("subject", lambda r: subject(r, previous)),
        ("period", lambda r: period(r, DAY, inherited, dateline)),
    ]
    r = first_quantity(text)
    for name, stage in stages:
        r = stage(r)
        assert r is not None, name
        if name == upto:
            return r
    raise ValueError(upto)


# --- 1. recognise: what is a claim at all -----------------------------------------------------

@pytest.mark.parametrize("text", [
    "已梳理形成第一批事项清单",  # 第一批: an ordinal
    "每一位公民",  # 每一位: every one
    "新建5G基站",  # a code
    "数百名工人",  # 数百: no number is stated
    "几十家企业",  # 几十: likewise
    "走入千家万户",  # a set phrase
    "巩固三去一降一补成果",  # a political formula
    "2版刊登评论员文章",  # a page reference
    "一家本土企业",  # the indefinite 一: "a company"
    "两地互派干部",  # 两地: "the two places", not a count
    "编号2021的文件",  # a bare number: no unit, no scale
    "西南五省",  # a Chinese numeral with no measure word
])
def test_recognise_rejects_what_states_no_quantity(text):
    assert recognised(text) is None


@pytest.mark.parametrize("text, kind, quote", [
    ("2021年全市", "date", "2021年"),
    ("4月21日，大会召开", "date", "4月21日"),
    ("2010年至2020年", "date", "2010年至2020年"),
    ("建党100周年", "date", "100周年"),
    ("10年来，两地合作", "period", "10年来"),
    ("十年间", "period", "十年间"),
])
def test_recognise_gives_dates_and_periods_as_context(text, kind, quote):
    r = recognised(text)
    assert isinstance(r, ContextSpan)
    assert (r.kind, text[r.start:r.end]) == (kind, quote)


@pytest.mark.parametrize("text, word", [
    ("互派干部275名", "名"),
    ("总值1802.4亿元", "元"),  # 亿 is the scale; 元 the unit
    ("百分之三十的乡镇", "%"),  # 百分之 makes a percentage
    ("增长两成", "成"),  # 成: tenths
    ("每年培训3至5万人次", "人次"),  # the unit written once, after the second number
    ("带动贫困人口1.8万", None),  # a scale without a unit
])
def test_recognise_reads_the_measure_word(text, word):
    r = recognised(text)
    assert isinstance(r, Reading) and r.word == word


def test_cheng_starting_a_word_is_not_tenths():
    assert recognised("三成功") is None  # 成功 'success': no unit, so 三 states no quantity
    assert recognised("三成以上").word == "成"


# --- 2. scale -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("1802.4亿元", 180240000000),  # 亿元: 10⁸ yuan
    ("1.8万", 18000),  # 万: 10⁴
    ("三千二百万元", 32000000),
    ("一万二千家", 12000),
    ("４９．１亿元", 4910000000),  # full-width digits
    ("2.7万亿元", 2700000000000),
    ("两成", 2),  # tenths are made a percentage by the next stage
])
def test_scale(text, value):
    assert read(text, "scale").value == value


# --- 3. unit and kind ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, kind, unit, value", [
    ("1802.4亿元", "money", "CNY", 180240000000),
    ("10亿美元", "money", "USD", 1000000000),
    ("两成", "percent", "%", 20),  # 两成: two tenths
    ("翻一番", "multiple", "×", 2),  # 翻一番: doubled
    ("翻两番", "multiple", "×", 4),  # 翻两番: doubled twice
    ("2.6个百分点", "percentage_point", "pp", 2.6),
    ("275名", "count", "person", 275),
    ("3000万亩", "measure", "mu", 30000000),
    ("贫困人口1.8万", "count", "person", 18000),  # the unit from the noun before
    ("接待游客300万人次", "count", "person-time", 3000000),
    ("投资1.2亿", "money", "CNY", 120000000),
])
def test_unit_and_kind(text, kind, unit, value):
    r = read(text, "unit_and_kind")
    assert (r.kind, r.unit, r.value) == (kind, unit, value)


# --- 4. hedge and range ---------------------------------------------------------------------

@pytest.mark.parametrize("text, qualifier, quote", [
    ("约2100亿元", "approx", "约2100亿元"),  # 约: about
    ("1小时左右", "approx", "1小时左右"),  # 左右: about
    ("超过300亿元", "lower_bound", "超过300亿元"),  # 超过: more than
    ("3000万亩以上", "lower_bound", "3000万亩以上"),  # 以上: or more
    ("3000多亿元", "lower_bound", "3000多亿元"),  # 多: over
    ("1800余亿元", "lower_bound", "1800余亿元"),  # 余: over
    ("近15%", "upper_bound", "近15%"),  # 近: nearly
    ("不足10%", "upper_bound", "不足10%"),  # 不足: less than
    ("275名", None, "275名"),
])
def test_hedge(text, qualifier, quote):
    r = read(text, "hedge_and_range")
    assert (r.qualifier, r.norm[r.quote_start:r.quote_end]) == (qualifier, quote)


@pytest.mark.parametrize("text, low, high, unit", [
    ("补贴1万-5万元", 10000, 50000, "CNY"),
    ("比重为63%~68%", 63, 68, "%"),
    ("周期为3至5年", 3, 5, "year"),
    ("培训3至5万人次", 30000, 50000, "person-time"),  # the scale written once, for both ends
    ("工期3个月至1年", 3, 12, "month"),  # two units: both ends in the smaller one
    ("培训时长2天至1周", 2, 7, "day"),
    ("管线长800米至2公里", 800, 2000, "m"),
    ("亩产500公斤至1吨", 500, 1000, "kg"),
])
def test_range(text, low, high, unit):
    r = read(text, "hedge_and_range")
    assert (r.value, r.low, r.high, r.unit) == (None, low, high, unit)


@pytest.mark.parametrize("text, value, unit", [
    ("工期2周至3个月", 2, "week"),  # no exact conversion (a month in weeks): no range, the first end
    ("单价3元至5吨", 3, "CNY"),  # units of two kinds: never the second's unit on the first's number
])
def test_no_range_across_units_that_do_not_convert(text, value, unit):
    r = read(text, "hedge_and_range")
    assert (r.value, r.low, r.high, r.unit) == (value, None, None, unit)


# --- 5. direction -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, direction_, value", [
    ("外贸总值同比增长60.4%", "increase", 60.4),
    ("工业增加值环比下降3.1%", "decrease", -3.1),  # a decrease is negative
    ("增速放缓0.1个百分点", "decrease", -0.1),
    ("粮食产量减少162万吨", "decrease", -1620000),
    ("减少二氧化碳排放约44万吨", "decrease", -440000),  # the verb further back, for an amount
    ("出口额增长2倍", "increase", 2),
    ("产值翻一番", "increase", 2),
    ("失业率降至3%", None, 3),  # 降至: a level reached, not a change
    ("增长率为5%", "increase", 5),  # 增长率为: a growth rate, its sign the direction (as 增速为)
    ("增值税3亿元", None, 300000000),  # 增 inside a noun is no verb
])
def test_direction(text, direction_, value):
    r = read(text, "direction")
    assert (r.direction, r.value) == (direction_, value)


# --- 6. comparison ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, comparison_", [
    ("外贸同比增长60.4%", "同比"),  # year on year
    ("比去年增加300亿元", "同比"),
    ("较上年同期增长5%", "同比"),
    ("比上年末增加300亿元", "比上年末"),  # 上年末: a point in time, a written base, not the same period a year earlier
    ("环比下降1.0个百分点", "环比"),  # on the period before
    ("比上月下降1.0个百分点", "环比"),
    ("累计投入24.2亿元", "累计"),  # a running total
    ("累计投入资金，日均400万元", None),  # 累计 does not run into an average
    ("共计148项", "共计"),  # a total
    ("到2025年，产值达到1万亿元", None),  # a target is a projection, not a comparison
    ("比2019年同期增长18.6%", "比2019"),  # a written base: as printed, 年 and 同期 dropped
    ("较“十三五”末增加1.48万亿元", "比“十三五”末"),
    ("投资超年度计划28%", "比年度计划"),
    ("增速比全国高出1个百分点", "比全国"),
    ("增速高于全国0.4个百分点", "比全国"),
    ("是“十三五”末的2.1倍", "比“十三五”末"),
    ("恢复至2019年同期的93.6%", "比2019"),
    ("增速比1-5月收窄1.2个百分点", "比1-5月"),
    ("两年平均增长5.1%", "两年平均"),  # average growth over two years
    ("比去年最高负荷增长9.5%", "比去年最高负荷"),  # not the same period: a written base
])
def test_comparison(text, comparison_):
    assert read(text, "comparison").comparison == comparison_


@pytest.mark.parametrize("text, projection_", [
    ("预计全年增长5.5%左右", "forecast"),
    ("年产值将达620亿元", "forecast"),
    ("外贸进出口有望增长3%至5%", "forecast"),
    ("力争新增城镇就业50万人以上", "target"),
    ("到2027年，网上零售额目标3000亿元", "target"),
    ("确保专项资金不少于10亿元", "target"),
    ("今年计划改造老旧小区216个", "target"),
    ("到2025年，产值达到1万亿元", "target"),
    ("省市重点项目投资超年度计划28%", None),  # a base, not a plan
    ("完成年度目标任务的106.7%", None),  # an achieved share of a target
    ("上半年地区生产总值增长5.8%", None),
])
def test_projection(text, projection_):
    assert read(text, "comparison").projection == projection_


# --- 7. subject -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, previous, subject_", [
    ("投入财政援助帮扶资金24.2亿元", None, "财政援助帮扶资金"),  # the noun after the verb
    ("重庆外贸总值1802.4亿元", None, "重庆外贸总值"),
    ("121家山东企业在渝投资", None, "山东企业"),  # the noun after a measure word
    ("全市100%按期换届", None, "按期换届"),  # a share written first
    ("十年扶贫协作", None, "扶贫协作"),
    ("占比近15%", "网上零售额", "占比"),  # a share noun alone, its noun in an earlier clause (brief, nineteenth batch)
    ("增长5%", "工业增加值", "工业增加值"),  # no subject of its own: the one before
    ("日均400万人次", None, ""),  # an average of the thing before
])
def test_subject(text, previous, subject_):
    assert read(text, "subject", previous=previous).subject == subject_


# --- 8. period --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, inherited, dateline, period_", [
    ("一季度，外贸总值1802.4亿元", (None, None), None, "2021-Q1"),
    ("上半年，生产总值1234.5亿元", (None, None), None, "2020-H1"),  # in April, H1 of this year is not over
    ("1至2月，零售总额4128.6亿元", (None, None), None, "2021-01/2021-02"),
    ("10年来，累计采购8.5亿元", (None, None), None, "2011/2020"),  # ten full years
    ("去年粮食总产量达到716.4亿斤", (None, None), None, "2020"),
    ("销售额3亿元", ("2021-Q1", "一季度"), None, "2021-Q1"),  # from the paragraph or headline
    ("每年培训农民3至5万人次", ("2020", "去年"), None, None),  # a yearly rate
    ("估值将达10亿美元", ("2020", "去年"), None, None),  # a forecast is not last year's
    ("销售额3亿元", ("2021-04-21", "21日"), "2021-04-21", None),  # the dateline is when, not what
])
def test_period(text, inherited, dateline, period_):
    assert read(text, "period", inherited=inherited, dateline=dateline).period == period_


def test_a_period_after_a_comparison_word_is_its_base():
    r = read("上半年，生产总值比一季度放缓0.6个百分点", "period")
    assert (r.period, r.period_text) == ("2020-H1", "上半年")


@pytest.mark.parametrize("text, when, expected", [
    ("一季度", DAY, "2021-Q1"), ("四季度", DAY, "2020-Q4"), ("前三季度", DAY, "2020-01/2020-09"),
    ("下半年", DAY, "2020-H2"), ("前两个月", DAY, "2021-01/2021-02"), ("近二十年", DAY, "2001/2020"),
    ("2010年至2020年", None, "2010/2020"), ("2021年第一季度", None, "2021-Q1"), ("今年", None, None),
    ("3月", DAY, "2021-03"), ("12月", DAY, "2020-12"),  # a month ahead of the edition's is last year's
])
def test_resolve_period(text, when, expected):
    assert resolve_period(PERIOD.fullmatch(text), when) == expected


@pytest.mark.parametrize("text, expected", [("4月12日", "2021-04-12"), ("21日", "2021-04-21"), ("2月30日", None)])
def test_resolve_day(text, expected):
    assert resolve_day(text, DAY) == expected


def test_is_past():
    assert is_past("2020", DAY) and is_past("2021-Q1", DAY) and not is_past("2021-H1", DAY) and not is_past("2025", DAY)


# --- clauses ----------------------------------------------------------------------------------

def test_sentences_keep_closing_quotes():
    assert sentences("他说：“好。”然后走了。") == [(0, "他说：“好。”"), (7, "然后走了。")]


def test_clause_bounds_and_openers():
    text = "据统计，2010年至2020年，山东累计投入24.2亿元"
    assert text[slice(*clause_bounds(text, text.index("山东")))] == "山东累计投入24.2亿元"
    assert opens_clause(text, text.index("2010")) and not opens_clause("山东2010年", 2)


@pytest.mark.parametrize("text, day, period_", [
    ("“十四五”期间，全省新建农村公路5万5千公里", date(2026, 2, 10), "2021/2025"),
    ("“十三五”末，全省地区生产总值4.14万亿元", date(2026, 2, 10), "2020"),
    ("2022年以来，新增企业214家", date(2026, 2, 10), "2022/2026"),
    ("两年来，宣讲队开展政策宣讲156场次", date(2022, 6, 1), "2020/2021"),
    ("过去五年，一般公共预算收入1.9万亿元", date(2026, 2, 10), "2021/2025"),
    ("今年首五个月接待游客约286万人次", date(2022, 6, 15), "2022-01/2022-05"),
    ("1月至2月，为1430名农民工追回欠薪", date(2024, 3, 5), "2024-01/2024-02"),
    ("去年全省粮食产量716.4亿斤", date(2026, 2, 10), "2025"),
    ("上年全省粮食产量716.4亿斤", date(2026, 2, 10), "2025"),
])
def test_periods_against_the_edition_date(text, day, period_):
    claims = [c for c in _claims(text, day) if c.kind not in ("date", "period")]
    assert claims[-1].period == period_


def _claims(text, day):
    from frontpage.numbers.claims import extract_claims
    from frontpage.parse.articles import parse_articles
    from frontpage.parse.reading import decode_edition
    edition = decode_edition(f"本报讯 {text}。\n".encode())
    return extract_claims(edition, parse_articles(edition, day), day)


@pytest.mark.parametrize("text, comparison_", [
    ("1-6月，出口增长6.8%", "同比"),  # a bare change rate in a period's statistics is year on year
    ("上半年，规上工业增加值增长7.2%", "同比"),
    ("一般公共预算收入年均增长6.1%", None),  # an average yearly rate
    ("村民看病的路程缩短了一半", None),  # no period: not statistics of a period
])
def test_bare_growth_in_statistics_is_year_on_year(text, comparison_):
    claims = [c for c in _claims(text, date(2025, 7, 20)) if c.kind not in ("date", "period")]
    assert claims[-1].comparison == comparison_
