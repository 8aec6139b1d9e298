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


def _page(kicker: str, headline: str) -> list[tuple]:
    """The claims of a raw page whose kicker and headline are ``kicker`` over ``headline``."""
    text = f"{kicker}\n{headline}\n本报讯 今年以来，全县各项工作稳步推进，群众满意度持续提升。\n责编：王 平\n"
    return [(c.quote, c.value, c.unit) for c in claims_of(text, lead="")]


@pytest.mark.parametrize("kicker, headline", [
    # a year or a hotline over a headline that opens on a character a unit is written with, in a longer word
    ("奋进2024", "人民群众获得感持续增强"),
    ("2024", "家门口的幸福"),
    ("2025", "亿万农民共享丰收喜悦"),
    ("服务热线12345", "次次有回应件件有着落"),
    ("奋斗2024", "次第花开满园春"),
    ("2024", "个人所得税综合所得汇算开始"),
    ("迈向2035", "年远景目标稳步推进"),
    ("喜迎2026", "万象更新谱新篇"),
    ("聚焦2025", "人才振兴添活力"),
])
def test_a_year_over_a_headline_is_no_figure(kicker, headline):
    assert _page(kicker, headline) == []


@pytest.mark.parametrize("parts, expected", [
    # the reviewer's part-level cases: a word, not a unit, opens the next line
    ((("kicker", "十四五·2025"), ("headline", "元旦春节期间市场供应充足")), ["十四五·2025", "元旦春节期间市场供应充足"]),
    ((("kicker", "2024"), ("headline", "万家灯火 温暖回家路")), ["2024", "万家灯火 温暖回家路"]),
    ((("headline", "热线96345"), ("subheadline", "次次有回音")), ["热线96345", "次次有回音"]),
    # after a year only a scale with its unit is a measure
    ((("headline", "全年营收2024"), ("subheadline", "万元")), ["全年营收2024万元"]),
    ((("headline", "奋进2024"), ("subheadline", "个项目集中开工")), ["奋进2024", "个项目集中开工"]),
    # a display line cut after the scale or its hedge
    ((("headline", "全年接待游客3.26万"), ("subheadline", "余人次")), ["全年接待游客3.26万余人次"]),
    ((("headline", "全年接待游客3.26万余"), ("subheadline", "人次")), ["全年接待游客3.26万余人次"]),
    # a body paragraph cut after a scale word joins only a unit that is a word of its own
    ((("body", "全市汽车保有量达到85万"), ("body", "家庭轿车占比超过七成。")),
     ["全市汽车保有量达到85万", "家庭轿车占比超过七成。"]),
    ((("body", "全县户籍人口52万"), ("body", "年末常住人口48万。")), ["全县户籍人口52万", "年末常住人口48万。"]),
    ((("body", "景区接待游客15万"), ("body", "次日起实行限流。")), ["景区接待游客15万", "次日起实行限流。"]),
    ((("body", "全县常住人口68.5万"), ("body", "人均可支配收入3.2万元。")), ["全县常住人口68.5万", "人均可支配收入3.2万元。"]),
    ((("body", "全市存款余额2.86万"), ("body", "亿元，比年初增加1865亿元。")), ["全市存款余额2.86万亿元，比年初增加1865亿元。"]),
    ((("body", "全年接待游客120多"), ("body", "万人次，增长8%。")), ["全年接待游客120多万人次，增长8%。"]),
])
def test_a_line_joins_the_next_only_on_a_unit_of_its_own(parts, expected):
    assert _joined_texts(*parts) == expected


@pytest.mark.parametrize("text, expected", [
    # 本 of a university tier (一本, 二本, 三本) is no book
    ("全县高考二本以上上线率达到68%。", [("68%", 68, "%", "全县高考二本以上上线率")]),
    ("全县高考一本上线人数达到1200人，二本上线3500人。",
     [("1200人", 1200, "person", "全县高考一本上线人数"), ("3500人", 3500, "person", "二本上线")]),
    ("今年二本线为450分，一本线为520分。", []),
    ("三本院校录取新生2000人。", [("2000人", 2000, "person", "新生")]),
    # 本 that begins a word by the segmenter (本校, 本乡, 本村 …) is no book
    ("学校组织300本校师生参加活动。", []),
    ("为1200本乡群众免费体检。", []),
    ("为600本村老人发放慰问品。", []),
    # near-misses: books named after 本 (本书, 本手册) are counted
    ("捐赠图书300本书。", [("300本", 300, "book", "图书")]),
    ("发放宣传资料5000本手册。", [("5000本", 5000, "book", "手册")]),
    ("农家书屋新添绘本80本。", [("80本", 80, "book", "农家书屋新添绘本")]),
    # 片 of land or areas is no piece; goods made in pieces are
    ("全镇划分为8片，每片配备网格员3名。", [("3名", 3, "person", "网格员")]),
    ("全县200片茶园喜获丰收。", []),
    ("村里有两片果园。", []),
    ("全村共有5片林地。", []),
    ("公司生产芯片3000万片。", [("3000万片", 30000000, "piece", "公司生产芯片")]),
    ("新生产线年产能达到120万片。", [("120万片", 1200000, "piece", "新生产线年产能")]),
])
def test_ben_and_pian_count_only_books_and_goods(text, expected):
    assert [(c.quote, c.value, c.unit, c.subject) for c in claims_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # the term of an agreement: the next figure's subject keeps the term whole, never opening on 期
    ("截至目前，已签订3年期劳动合同的农民工达2.1万人。",
     [("3年", 3, "year", "劳动合同"), ("2.1万人", 21000, "person", "已签订3年期劳动合同的农民工")]),
    ("今年全县签订的3年期以上劳动合同占比达到85%。",
     [("3年", 3, "year", "劳动合同"), ("85%", 85, "%", "全县签订的3年期以上劳动合同占比")]),
    # the agreement with all its modifiers, past 的
    ("村集体与公司签订15年期土地流转合同。", [("15年", 15, "year", "土地流转合同")]),
    ("双方签订了10年期的合作协议。", [("10年", 10, "year", "合作协议")]),
    # a financial product named 协议/合同 is no agreement's term
    ("签订5年期协议存款3000万元。", [("3000万元", 30000000, "CNY", "5年期协议存款")]),
    ("推出3年期大额协议存款产品。", []),
    ("10年期国债期货合同成交活跃。", []),
])
def test_the_term_of_an_agreement_keeps_the_next_subject(text, expected):
    assert [(c.quote, c.value, c.unit, c.subject) for c in claims_of(text)] == expected
