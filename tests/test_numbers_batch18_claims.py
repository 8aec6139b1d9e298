"""Claim classes (recall and precision, values and units) met in the eighteenth batch, written as invented
tables and sentences: none is copied from an edition. Each test held at least one check that failed before its
class was fixed; a check that held before (a guard) shares its test."""

from __future__ import annotations

from datetime import date

from frontpage.numbers.tables import table_figures
from tests.snippets import claims_of, raw

WHEN = date(2019, 3, 9)


def test_a_table_under_a_unit_line_with_date_columns_and_a_change_column():
    """单位：元/公斤 over a heading row whose label is letter-spaced (品 种), whose columns are days (3月8日 3月1日)
    and a change column with its own unit (环比(%)): the day columns take the 单位 line's unit and their own
    day as period; the change column its bracket's unit, the sign as direction and 环比 as comparison."""
    lines = list(enumerate(["3月8日城区主要蔬菜批发价格", "单位：元/公斤", "品 种 3月8日 3月1日 环比(%)",
                            "芹菜 4.60 4.20 +9.5", "黄瓜 6.10 6.40 -4.7"], start=1))
    rows = table_figures(lines, WHEN)
    assert [(f.quote, f.value, f.unit, f.subject, f.period, f.direction, f.comparison) for f in rows] == [
        ("4.60", 4.6, "CNY/kg", "芹菜", "2019-03-08", None, None),
        ("4.20", 4.2, "CNY/kg", "芹菜", "2019-03-01", None, None),
        ("+9.5", 9.5, "%", "芹菜", "2019-03-08", "increase", "环比"),
        ("6.10", 6.1, "CNY/kg", "黄瓜", "2019-03-08", None, None),
        ("6.40", 6.4, "CNY/kg", "黄瓜", "2019-03-01", None, None),
        ("-4.7", -4.7, "%", "黄瓜", "2019-03-08", "decrease", "环比")]


def test_a_change_column_headed_by_its_comparison_alone_is_a_growth_column():
    """品名 均价（元/斤） 环比（%）: a column headed 环比 (or 同比) alone holds signed changes against that base."""
    lines = list(enumerate(["品名 均价（元/斤） 环比（%）", "草鱼 7.50 2.7", "鲢鱼 5.20 -1.9"], start=1))
    rows = table_figures(lines, WHEN)
    assert [(f.quote, f.direction, f.comparison) for f in rows] == [
        ("7.50", None, None), ("2.7", "increase", "环比"), ("5.20", None, None), ("-1.9", "decrease", "环比")]
    lines = list(enumerate(["地区 产量（万吨） 同比（%）", "东乡 3.2 -0.8"], start=1))
    assert [(f.quote, f.direction, f.comparison) for f in table_figures(lines, WHEN)] == [
        ("3.2", None, None), ("-0.8", "decrease", "同比")]


def test_a_unit_per_unit_is_one_unit_when_both_halves_are_units():
    """元/升, 元/立方米, 毫克/升: a unit of money or measure, a slash and a unit of measure, make one unit (CNY/L,
    CNY/m3, mg/L) even where no row of units.csv lists the pair, also when a line break parts the slash from the
    amount; a unit listed as a pair keeps its row (元/公斤 → CNY/kg, guard), and a slash before a count or a
    period is no unit's (元/人, 元/月 stay CNY, guard)."""
    found = claims_of(raw("调整后，工业用水价格为3.85元", "/立方米，柴油为6.92元/升，出水氨氮浓度为",
                          "0.35毫克/升，猪肉12.40元/公斤。"))
    assert [(c.quote, c.value, c.unit, c.kind) for c in found] == [
        ("3.85元/立方米", 3.85, "CNY/m3", "money"), ("6.92元/升", 6.92, "CNY/L", "money"),
        ("0.35毫克/升", 0.35, "mg/L", "measure"), ("12.40元/公斤", 12.4, "CNY/kg", "money")]
    found = claims_of("护理补贴标准为300元/人，租金为800元/月。")
    assert [(c.quote, c.unit) for c in found] == [("300元", "CNY"), ("800元", "CNY")]


def test_decibels_and_micrometres_are_units_of_measure():
    """53分贝, 10微米: units of measure units.csv did not list (dB, µm)."""
    found = claims_of("全区区域环境噪声昼间平均等效声级为52.8分贝，颗粒物粒径小于10微米。")
    assert [(c.quote, c.value, c.unit, c.kind) for c in found][:2] == [
        ("52.8分贝", 52.8, "dB", "measure"), ("小于10微米", 10, "µm", "measure")]


def test_pairs_after_arabic_digits_are_a_count():
    """开行列车36对: 对 after Arabic digits counts pairs; 1对1 (one-to-one) and 一对一 are no count (guards)."""
    found = claims_of("新线每日开行动车组列车36对，社区实行1对1帮扶和一对一结对。")
    assert [(c.quote, c.value, c.unit, c.kind) for c in found] == [("36对", 36, "pair", "count")]


def test_a_threshold_written_in_words_is_a_bound():
    """小于等于2.5微米, 大于等于: a threshold in words is a bound (≤ upper, ≥ lower), kept out of the subject."""
    c = claims_of("可吸入颗粒物指粒径小于等于10微米的颗粒物。")[0]
    assert (c.quote, c.qualifier) == ("小于等于10微米", "upper_bound") and not c.subject.endswith(("小于", "等于"))
    c = claims_of("参评企业的年营业收入大于等于2000万元。")[0]
    assert (c.quote, c.qualifier) == ("大于等于2000万元", "lower_bound")


def test_prices_set_higher_or_lower_are_changes():
    """上调, 下调: a price set higher or lower by an amount is a change (its sign the verb's); 上调至 a level (guard)."""
    found = claims_of("自3月1日起，本市汽油价格每吨下调120元，出租车起步价上调1元，调整后起步价上调至10元。")
    assert [(c.quote, c.value, c.direction) for c in found] == [
        ("120元", -120, "decrease"), ("1元", 1, "increase"), ("10元", 10, None)]


def test_a_raise_or_cut_verb_inside_two_words_is_no_change():
    """线下调解, 以上调整: 上调/下调 read across a word boundary is no verb: the base of a comparison runs over it."""
    c = claims_of("网上立案平均用时缩短至2天，比线下调解缩短一半以上。")[-1]
    assert c.comparison == "比线下调解"


def test_a_word_ending_in_shang_or_xia_before_diao_holds_no_raise_or_cut():
    """地下调蓄池, 乡下调来, 马上调集, 北上调运: the 上 or 下 closes a word (shang_xia_words.csv), so 上调/下调 is no
    verb there and the count keeps its value and no direction; a real 上调/下调 still is one (guard)."""
    found = claims_of("今年新建地下调蓄池6座，从乡下调来医生32名，马上调集车辆70台，北上调运粮食150万吨。"
                      "蔬菜价格每公斤下调0.5元。")
    assert [(c.quote, c.value, c.direction) for c in found] == [
        ("6座", 6, None), ("32名", 32, None), ("70台", 70, None), ("150万吨", 1500000, None),
        ("0.5元", -0.5, "decrease")]
    assert claims_of("比网上调查多出15户。")[0].comparison == "比网上调查"


def test_the_level_a_planned_change_starts_from_is_no_target():
    """拟将票价由3元/人次调整为4元: the level 由 names is the one now (no projection), the one after 调整为 the plan's."""
    found = claims_of("听证方案拟将自来水价格由2.10元/立方米调整为2.60元/立方米。")
    assert [(c.quote, c.projection) for c in found] == [("2.10元/立方米", None), ("2.60元/立方米", "target")]
