"""Claim classes of batch 25's misses and extras, written as invented sentences and pages: none is copied from an
edition. Each test holds at least one check that failed before its class was fixed, and near-misses where the new
rule must not fire."""

from __future__ import annotations

import pytest

from tests.snippets import claims_of


def _read(text: str, lead: str = "本报讯 ") -> list[tuple]:
    return [(c.quote, c.value, c.unit) for c in claims_of(text, lead=lead)]


@pytest.mark.parametrize("text, expected", [
    # 本: books, notebooks, ledgers counted
    ("三年来，她写下工作笔记12本。", [("12本", 12, "book")]),
    ("活动现场发放普法手册5000余本。", [("5000余本", 5000, "book")]),
    ("村里的农家书屋新添图书两本。", [("两本", 2, "book")]),
    # 本 that begins a word is no book: 本地, 本科, 本金, 本预算 …
    ("全县3家本地企业入选名单。", [("3家", 3, "organisation")]),
    ("今年招收300本科生。", []),
    ("政府预算由四本预算组成。", []),
    ("什么是“四本预算”？", []),
    # 架次: flight movements, not aircraft
    ("假期机场保障进出港航班860架次。", [("860架次", 860, "flight")]),
    ("全年保障航班2.6万架次。", [("2.6万架次", 26000, "flight")]),
    ("公司新购无人机20架。", [("20架", 20, "aircraft")]),
    # 片: flat pieces (wafers, tablets); not 片区, 一片 (the indefinite 'a stretch of')
    ("项目投产后月产能将达到5万片。", [("5万片", 50000, "piece")]),
    ("全市划分为12片区。", []),
    ("到处是一片繁忙景象。", []),
])
def test_units_of_books_flights_and_pieces(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the term a contract or agreement runs: a duration
    ("考核合格的，签订3年期劳动合同。", [("3年", 3, "year")]),
    ("合作社与村集体签订五年期土地租赁协议。", [("五年", 5, "year")]),
    ("聘用人员签订2年期聘用合同。", [("2年", 2, "year")]),
    # a term that names a financial product stays no claim
    ("发行10年期国债200亿元。", [("200亿元", 20000000000, "CNY")]),
    ("一年期贷款市场报价利率为3.1%。", [("3.1%", 3.1, "%")]),
    ("5年期定期存款利率下调。", []),
])
def test_the_term_of_a_contract_is_a_duration(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize("text, subject", [
    ("考核合格的，签订3年期劳动合同。", "劳动合同"),
    ("合作社与村集体签订五年期土地租赁协议。", "土地租赁协议"),
    # near-misses: a term printed after its noun keeps the noun before it
    ("合同期3年。", "合同期"),
    ("项目建设期2年。", "项目建设期"),
])
def test_the_term_of_a_contract_is_the_contracts(text, subject):
    assert [c.subject for c in claims_of(text)] == [subject]


def _joined_texts(*parts: tuple[str, str]) -> list[str]:
    """The texts the claims reader scans for ``parts`` (role, text) printed in that order."""
    from frontpage.numbers.claims import _rejoined
    from frontpage.parse.articles import Part
    ps = [Part(role, text, ()) for role, text in parts]
    return [p.text for p in _rejoined(ps, {id(p): i for i, p in enumerate(ps)})]


@pytest.mark.parametrize("parts, expected", [
    # a body paragraph cut after a number and its scale word, in a long clause: the unit opens the next one
    ((("body", "单位工业增加值能耗下降4.6%。全市规模以上工业企业发电量52.3亿"), ("body", "千瓦时，增长2.9%。")),
     ["单位工业增加值能耗下降4.6%。全市规模以上工业企业发电量52.3亿千瓦时，增长2.9%。"]),
    ((("body", "全年完成投资。其中民间投资和重点项目投资合计达到1280多"), ("body", "亿元，增长6%。")),
     ["全年完成投资。其中民间投资和重点项目投资合计达到1280多亿元，增长6%。"]),
    # a display line wrapped inside its figure: the scale and unit open the next display line
    ((("headline", "今年全市各级河长累计巡河4.18"), ("subheadline", "万余次")), ["今年全市各级河长累计巡河4.18万余次"]),
    ((("headline", "全县城镇新增就业2.3"), ("subheadline", "万人")), ["全县城镇新增就业2.3万人"]),
    # near-misses: a paragraph that ends on its stop, a headline that ends on a year before a worded subheadline,
    # a headline cut after a number before the body (not a display line)
    ((("body", "全市粮食产量达到8.2亿。"), ("body", "千家万户喜迎丰收。")), ["全市粮食产量达到8.2亿。", "千家万户喜迎丰收。"]),
    ((("headline", "奋进2024"), ("subheadline", "全县经济稳中有进")), ["奋进2024", "全县经济稳中有进"]),
    ((("headline", "全县城镇新增就业2.3"), ("body", "万人次的培训任务已完成。")), ["全县城镇新增就业2.3", "万人次的培训任务已完成。"]),
])
def test_a_number_cut_from_its_unit_is_read_whole(parts, expected):
    assert _joined_texts(*parts) == expected


def test_a_display_line_cut_inside_its_figure_on_a_raw_page():
    """A raw page whose headline (printed after its body) wraps inside its figure: one claim, not 万余次 alone."""
    text = ("本报讯 今年以来，全市各级河长累计巡河4.18万余次，发现并整改问题320个，清理河道垃圾8600余吨。\n"
            "河长制工作考核结果将向社会公开。\n今年全市各级河长累计巡河4.18\n万余次\n责编：王 平 美编：李 明\n")
    assert sorted((c.quote, c.value, c.line) for c in claims_of(text, lead="")) == [
        ("320个", 320, 1), ("4.18万余次", 41800, 1), ("4.18万余次", 41800, 3), ("8600余吨", 8600, 1)]
