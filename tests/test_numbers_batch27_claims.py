"""Claim classes of batch 27's misses, extras and wrong values, written as invented sentences, lines and pages: none
is copied from an edition. Each test holds at least one check that failed before its class was fixed, and near misses
where the new rule must not fire."""

from __future__ import annotations

from datetime import date

import pytest

from frontpage.numbers.numerals import digit_by_digit
from frontpage.numbers.tables import table_figures
from tests.snippets import claims_of, page, raw


def _read(text: str) -> list[tuple]:
    return [(c.quote, c.value, c.unit, c.qualifier) for c in claims_of(text)]


def _lines(*texts: str) -> list[tuple[int, str]]:
    return [(k, t) for k, t in enumerate(texts, start=1)]


# --- a price cut written with two digits -----------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("会员购票享受九五折优惠。", [("九五折", 95, "%", None)]),
    ("团购价为原价的六八折。", [("六八折", 68, "%", None)]),
    ("店内商品一律85折。", [("85折", 85, "%", None)]),
    ("公租房租金约为周边市场租金的七五折。", [("七五折", 75, "%", "approx")]),
    # near misses: one digit, a decimal, an idiom
    ("商品打七折出售。", [("七折", 70, "%", None)]),
    ("门票按8.5折优惠。", [("8.5折", 85, "%", None)]),
    ("这笔账被七折八扣，所剩无几。", []),
])
def test_a_two_digit_price_cut_is_that_percent(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize("token, digits", [("八五", "85"), ("85", "85"), ("二〇二四", "2024"),
                                           ("八十五", None), ("两五", None), ("四点五", None)])
def test_digit_by_digit_reads_only_numerals_written_digit_after_digit(token, digits):
    assert digit_by_digit(token) == digits


@pytest.mark.parametrize("text, expected", [
    ("该片区房价约为市中心房价的六成。", [("六成", 60, "%", "approx")]),
    ("全年产量大约相当于上年的1.3倍。", [("1.3倍", 1.3, "×", "approx")]),
    ("景区门票收入占全年收入的30%。", [("30%", 30, "%", None)]),
])
def test_about_parted_from_its_figure_by_a_base_still_hedges_it(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 约 opening a verb (约谈, 约束, 约见, 约请, 约定): no hedge on a later figure
    ("区应急管理局约谈了辖区内的9家企业。", [("9家", 9, "organisation", None)]),
    ("进一步约束经营主体的7项行为。", [("7项", 7, "item", None)]),
    ("县领导约见来访群众的6名代表。", [("6名", 6, "person", None)]),
    ("主办方约请了周边学校的40名师生观展。", [("40名", 40, "person", None)]),
    ("约定俗成的4条乡规民约沿用至今。", [("4条", 4, "item", None)]),
    # near misses: 约 a hedge word of its own
    ("新城区人口约为老城区的1.4倍。", [("1.4倍", 1.4, "×", "approx")]),
    ("受益农户大约有全镇农户的四成。", [("四成", 40, "%", "approx")]),
])
def test_yue_opening_a_verb_is_no_hedge(text, expected):
    assert _read(text) == expected


# --- rates per day and speeds per hour -------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("新建污水处理厂处理能力5万立方米/日。", [("5万立方米/日", 50000, "m3/d", None)]),
    ("垃圾焚烧厂日处理能力达到800吨/日。", [("800吨/日", 800, "t/d", None)]),
    ("出差住宿补助标准为300元/日。", [("300元/日", 300, "CNY/d", None)]),
    ("停车收费5元/天。", [("5元/天", 5, "CNY/day", None)]),
])
def test_a_unit_per_day_keeps_its_day(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("施工期间，车辆限速每小时20公里。", [("每小时20公里", 20, "km/h", None)]),
    ("列车运行速度为每小时160公里。", [("每小时160公里", 160, "km/h", None)]),
    ("桥面限速每小时不超过40公里。", [("每小时不超过40公里", 40, "km/h", "upper_bound")]),
    ("进入校区路段限速15公里。", [("15公里", 15, "km/h", None)]),
    # near misses: a distance, and 每小时 parted from the distance by its verb
    ("新建道路距县城12公里。", [("12公里", 12, "km", None)]),
    ("路段限速，车辆需绕行约6公里。", [("约6公里", 6, "km", "approx")]),
])
def test_a_distance_per_hour_is_a_speed(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a noun after 限速: the figure is that stretch's length
    ("全线新设限速区间为4.8公里。", [("4.8公里", 4.8, "km", None)]),
    ("改造后限速路段达9公里。", [("9公里", 9, "km", None)]),
    ("该限速段长2公里。", [("2公里", 2, "km", None)]),
    ("校园周边限速区长1公里。", [("1公里", 1, "km", None)]),
    # near misses: the figure right after 限速, through 为 or 每小时
    ("乡村道路限速40公里。", [("40公里", 40, "km/h", None)]),
    ("隧道内限速为60公里。", [("60公里", 60, "km/h", None)]),
    ("景区道路限速每小时25公里。", [("每小时25公里", 25, "km/h", None)]),
])
def test_xiansu_makes_a_speed_only_right_before_its_figure(text, expected):
    assert _read(text) == expected


# --- words that hold a numeral and no amount -------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("今年将改造二次供水设施12处。", [("12处", 12, "site", None)]),
    ("要加强对二次污染的防治。", []),
    # near misses: a count of times written 十二次, and twice written 两次
    ("全年开展十二次专项检查。", [("十二次", 12, "time", None)]),
])
def test_er_ci_before_a_noun_is_secondary_not_twice(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 二次 ending its clause or after a counting adverb: twice
    ("每季度对加油站抽查二次。", [("二次", 2, "time", None)]),
    ("今年共举行消防演练二次，参演群众600人次。", [("二次", 2, "time", None), ("600人次", 600, "person-time", None)]),
    ("该村先后二次获评省级卫生村。", [("二次", 2, "time", None)]),
    # near misses: 二次 before a noun
    ("全县二次供水设施完成改造。", []),
    ("严防二次消费陷阱。", []),
])
def test_er_ci_as_a_count_of_times_is_a_claim(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("按近12个月平均成交量计算，去化周期为11个月。", [("11个月", 11, "month", None)]),
    ("近30天日均接待游客8000人次。", [("8000人次", 8000, "person-time", None)]),
    # near misses: a duration measured, 近 its hedge
    ("普查登记工作历时近两个月。", [("近两个月", 2, "month", "upper_bound")]),
    ("设备安装工期按近三个月安排。", [("近三个月", 3, "month", "upper_bound")]),  # 按, no average after it
    ("补贴按近3个月的月均用电量核定。", []),  # 按 … 均 later in the clause: the window of an average
])
def test_the_window_of_an_average_is_no_duration(text, expected):
    assert _read(text) == expected


# --- a column break inside a number or its unit ----------------------------------------------------------------

_CUT = """本报讯 记者王明 今年以来，我县
经济运行总体平稳。前三季度
全县地区生产总值完成86.4亿元，
同比增长5.2%。全县商品房销售
面积31.8万平方

米，增长4.2%。城镇、农村居民
人均可支配收入分别达到39850
元和186

40元，分别增长5.1%和6.2%。
"""


def test_a_number_or_unit_cut_by_a_column_break_is_read_whole():
    got = [(c.quote, c.value, c.unit) for c in claims_of(_CUT, lead="")]
    assert ("31.8万平方米", 318000, "m2") in got
    assert ("18640元", 18640, "CNY") in got
    assert not any(q in ("31.8万", "40元") for q, _, _ in got)


@pytest.mark.parametrize("head, tail, joined", [
    ("收入分别达到45000元和236", "15元，分别增长5%。", True),
    ("联系电话：0731-8321", "6655元", False),  # a phone number's digits
    ("公示时间为2023", "2024年", False),  # a year
    ("收入分别达到45000元和236", "2024年起", False),  # a date after
    ("距县城5公里", "处新建公园。", False),
    ("有疑问可拨打服务热线 96120", "80名网格员已到岗。", False),  # a number to dial, then the next paragraph's count
    ("咨询电话12319", "56家企业参加。", False),
    ("邮编610031", "12个部门联合发文。", False),
])
def test_a_number_cut_inside_its_digits_is_joined_only_before_its_unit(head, tail, joined):
    from frontpage.numbers.claims import _cut_in_number
    assert _cut_in_number(head, tail) is joined


_HOTLINE = """本报讯 记者陈明 近日，我区
召开为民办实事推进会。会议通报，
全区今年新建口袋公园8个，改造
背街小巷21条。群众如有意见可拨打
服务热线 96158

80名网格员已上岗服务，
累计走访群众2万户次。
"""


def test_a_number_to_dial_ending_a_paragraph_is_not_glued_to_the_next_figure():
    got = [(c.quote, c.value) for c in claims_of(_HOTLINE, lead="")]
    assert ("80名", 80) in got
    assert not any(v > 90000 and q.endswith("名") for q, v in got)


@pytest.mark.parametrize("head, tail, joined", [
    ("面积2.6万平方", "米，增长3%。", True),
    ("新建道路3.5公", "里，完成投资。", True),
    ("距县城5公里", "处新建公园。", False),  # the unit is whole
    ("全县有学校12所", "均已改造。", False),
])
def test_a_unit_cut_inside_its_word_is_joined(head, tail, joined):
    from frontpage.numbers.claims import _cut_in_unit
    assert _cut_in_unit(head, tail) is joined


# --- flattened tables whose units are printed apart from the heading -------------------------------------------

def test_units_on_a_row_under_the_heading_go_to_the_figure_columns():
    lines = _lines("二、出让宗地情况", "宗地编号 土地面积 规划用途 使用年限 挂牌起价", "（平方米） （年） （万元）",
                   "QH-2024-07 15230.5 工业 50 1830", "QH-2024-08 8640 商服 40 2260")
    assert [(f.quote, f.value, f.unit, f.subject) for f in table_figures(lines, date(2024, 6, 1))] == [
        ("15230.5", 15230.5, "m2", "QH-2024-07"), ("50", 50, "year", "QH-2024-07"),
        ("1830", 18300000, "CNY", "QH-2024-07"), ("8640", 8640, "m2", "QH-2024-08"),
        ("40", 40, "year", "QH-2024-08"), ("2260", 22600000, "CNY", "QH-2024-08")]


def test_units_listed_in_the_sentence_above_go_to_the_columns_in_order():
    lines = _lines("现将青溪村玉米种植保险理赔情况公示如下（单位：", "亩、元）：", "户主 受灾面积 赔款金额",
                   "张某某 10.5 2940", "李某某 6.0 1680", "合计 16.5 4620", "公示期为7天。")
    assert [(f.quote, f.value, f.unit, f.subject, f.comparison) for f in table_figures(lines, date(2024, 6, 1))] == [
        ("10.5", 10.5, "mu", "张某某", None), ("2940", 2940, "CNY", "张某某", None),
        ("6.0", 6, "mu", "李某某", None), ("1680", 1680, "CNY", "李某某", None),
        ("16.5", 16.5, "mu", "合计", "共计"), ("4620", 4620, "CNY", "合计", "共计")]


@pytest.mark.parametrize("lines", [
    # fewer unit cells than figure columns
    ("宗地编号 土地面积 规划用途 使用年限 挂牌起价", "（平方米） （年）", "QH-2024-07 15230.5 工业 50 1830"),
    # a row narrower than the heading
    ("宗地编号 土地面积 规划用途 使用年限 挂牌起价", "（平方米） （年） （万元）", "QH-2024-07 15230.5 工业 50"),
    # brackets that name no unit
    ("姓名 性别 职务", "（一） （二）", "张三 男 局长"),
    # fewer units listed above than figure columns
    ("情况如下（单位：户）：", "地块 户数 建筑面积", "东地块 88 6120"),
    # a row of words, not figures
    ("情况如下（单位：户、平方米）：", "地块 户数 建筑面积", "东地块 八十八 六千"),
])
def test_units_apart_from_a_heading_that_do_not_fit_are_not_read(lines):
    assert table_figures(_lines(*lines), date(2024, 6, 1)) == []


_NOTICE = ("石门县2024年油菜种植保险第一批理赔公示",
           "根据《石门县农业保险工作方案》，经查勘定损，现将河口镇油菜",
           "种植保险第一批理赔情况公示如下（单位：亩、元）：",
           "户主 受灾面积 赔款金额", "孙有田 7.5 1650", "吴秀英 3.2 704", "合计 10.7 2354",
           "公示期为7天。")


def test_a_table_whose_units_a_sentence_lists_takes_no_period_from_the_notice_title():
    got = [(c.quote, c.period) for c in claims_of(raw(*_NOTICE), when=date(2024, 11, 20), lead="")
           if c.quote != "7天"]
    assert got == [("7.5", None), ("1650", None), ("3.2", None), ("704", None), ("10.7", None), ("2354", None)]
