"""Field and claim classes met in the seventeenth batch (value, range, unit, projection, period), written as
invented sentences: none is copied from an edition. Each test held at least one check that failed before its
class was fixed."""

from __future__ import annotations

from datetime import date

import pytest

from frontpage.numbers.numerals import parse_number
from frontpage.numbers.tables import table_figures
from tests.snippets import claims_of


def test_a_scale_after_yu_scales_only_the_section_below_yi():
    """一亿二千余万元: 余 parts the numeral from its 万, which scales only the 二千 below the 亿 already written
    (120 million, not (一亿二千) × 万); the same with Arabic digits (1亿2000余万)."""
    assert parse_number("一亿二千", "万") == 120_000_000
    assert parse_number("1亿2000", "万") == 120_000_000
    assert parse_number("5", "万") == 50_000
    found = claims_of("去年，青松县通过“一卡通”发放各类补贴资金三亿五千余万元。", date(2024, 3, 1))
    assert [(c.quote, c.value, c.qualifier) for c in found] == [("三亿五千余万元", 350_000_000, "lower_bound")]


def test_a_range_below_a_written_base_has_negative_bounds():
    """较常年同期偏低0.3至0.8米: a range a comparative word (偏低, 低于) makes a decrease has negative bounds, as
    下降10%—15% does (annotation brief, tenth batch)."""
    found = claims_of("截至目前，青松河水位较常年同期偏低0.3至0.8米。", date(2024, 5, 1))
    assert [(c.quote, c.low, c.high, c.direction) for c in found] == [("0.3至0.8米", -0.8, -0.3, "decrease")]


def test_a_range_of_tenths_written_once():
    """偏多1至2成, 3成至5成: a range of tenths (成) is a range of percentages, 10 to 20 %, one claim, not a bare 1."""
    found = claims_of("预计今年汛期青松县降雨量较常年同期偏多1至2成，局地偏多3成至5成。", date(2024, 5, 1))
    assert [(c.quote, c.low, c.high, c.unit) for c in found] == [("1至2成", 10, 20, "%"), ("3成至5成", 30, 50, "%")]


def test_a_speed_limit_through_a_limit_verb():
    """车辆时速应控制在40公里以下: 时速 before a limit's verb still makes 公里 a speed, km/h (a notice's limit, a target)."""
    found = claims_of("施工期间，过往车辆时速应控制在40公里以下。", date(2024, 5, 1))
    assert [(c.quote, c.unit, c.qualifier) for c in found] == [("40公里以下", "km/h", "upper_bound")]


@pytest.mark.parametrize("text, quote", [
    ("大桥维修期间，过桥车辆时速一律限制在40公里以内。", "40公里以内"),  # an adverb, then a limit's verb
    ("该路段大货车时速均不得超过60公里。", "不得超过60公里"),  # an adverb, then a ruled hedge (hedges.csv)
    ("施工路段车速须限定在30公里以下。", "30公里以下"),  # a modal and a limit's verb (standard_markers.csv)
])
def test_a_speed_limit_through_an_adverb(text, quote):
    """时速一律限制在40公里以内: the words between 时速 and its figure are read from the vocabularies (hedges,
    standard markers) with an adverb allowed before them; the figure stays a speed, km/h."""
    found = claims_of(text, date(2024, 5, 1))
    assert [(c.quote, c.unit) for c in found] == [(quote, "km/h")]


def test_a_heading_row_under_a_unit_line_takes_its_unit():
    """表3 … / 单位：万户 / 指 标 户数 比上年末增减 / rows: a heading row naming no unit under a 单位 line takes that
    unit for every figure column (the spaced letters of its label cell joined); a 增减 column against 上年末 is a
    change, its sign the direction."""
    lines = list(enumerate(["表3  2024年末全县市场主体户数", "单位：万户", "指 标  户数  比上年末增减",
                            "企业  ３．２５  ０．４１", "个体工商户  ８．０２  －０．１３"], start=1))
    rows = table_figures(lines, date(2025, 3, 3))
    assert [(f.quote, f.value, f.unit, f.direction, f.comparison, f.subject, f.period) for f in rows] == [
        ("３．２５", 32500, "household", None, None, "企业", "2024"),
        ("０．４１", 4100, "household", "increase", "比上年末", "企业", "2024"),
        ("８．０２", 80200, "household", None, None, "个体工商户", "2024"),
        ("－０．１３", -1300, "household", "decrease", "比上年末", "个体工商户", "2024")]


def test_bi_counts_transactions_and_loans():
    """贷款笔数2140笔: 笔 counts transactions, loans when its noun is 贷款; 一笔 (a sum) stays the indefinite 一."""
    found = claims_of("上半年，青松县发放创业担保贷款1.2亿元，贷款笔数2140笔；办理公积金提取业务3600笔。"
                      "这是一笔惠民的账。", date(2024, 7, 20))
    assert [(c.quote, c.value, c.unit) for c in found] == [
        ("1.2亿元", 120_000_000, "CNY"), ("2140笔", 2140, "loan"), ("3600笔", 3600, "transaction")]


def test_a_decade_named_is_no_duration():
    """20世纪80年代, 九十年代: N年代 names a decade, a date; no duration claim (10年 of a span still is one)."""
    found = claims_of("图为上世纪80年代的青松老街。九十年代初，老街改造历时10年。", date(2024, 5, 1))
    assert [(c.quote, c.unit) for c in found] == [("10年", "year")]
