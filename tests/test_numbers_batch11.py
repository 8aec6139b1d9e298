"""Value and period classes met in the eleventh batch, written as invented sentences: none is copied from an edition.
Each row holds at least one check that failed before its class was fixed; a check that held before (a guard)
shares its row."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from frontpage.numbers.claims import CONTEXT_KINDS, extract_claims
from frontpage.parse.articles import parse_articles
from frontpage.parse.reading import decode_edition
from tests.snippets import claims_of

D = date(2024, 5, 14)

VALUES = [
    # a list whose items each print 个 and whose last prints 个百分点: all are percentage points
    ("个 … 个百分点, two items", "两项指标分别比上年提高2.4个和0.8个百分点。",
     [("2.4个", 2.4, "pp", "percentage_point"), ("0.8个百分点", 0.8, "pp", "percentage_point")]),
    ("个 … 个百分点, three items", "三率分别提高1.2个、2.4个和0.6个百分点。",
     [("1.2个", 1.2, "pp", "percentage_point"), ("2.4个", 2.4, "pp", "percentage_point"),
      ("0.6个百分点", 0.6, "pp", "percentage_point")]),
    ("a list of 个 is still items (guard)", "新建学校3个，改造5个。",
     [("3个", 3, "item", "count"), ("5个", 5, "item", "count")]),
    ("a bare list sharing 倍 (guard)", "两类产品出口分别增长1.4、1.1倍。",
     [("1.4", 1.4, "×", "multiple"), ("1.1倍", 1.1, "×", "multiple")]),
    # a number with only a scale counts the people named right after it, whatever came before
    ("万 before the people counted", "全县新建水厂投资3.2亿元，同比增长9.6%，保障了12.5万山区群众饮水安全。",
     [("3.2亿元", 320000000, "CNY", "money"), ("9.6%", 9.6, "%", "percent"), ("12.5万", 125000, "person", "count")]),
    ("万 before households", "新修水渠惠及3.6万农户灌溉用水。", [("3.6万", 36000, "household", "count")]),
    # 组 and 盏 are measure words; 盏 of 灯笼 counts lanterns (the noun names the unit), else lamps
    ("组 and 盏", "今年灯会共设置大型灯组24组、特色灯笼8000盏，新装路灯300盏。",
     [("24组", 24, "group", "count"), ("8000盏", 8000, "lantern", "count"), ("300盏", 300, "lamp", "count")]),
    ("a scale after 投资 is still money (guard)", "项目总投资1.2亿，建设新厂房。", [("1.2亿", 120000000, "CNY", "money")]),
]


@pytest.mark.parametrize("name, text, expected", VALUES, ids=[v[0] for v in VALUES])
def test_unit_and_kind(name, text, expected):
    assert [(c.quote, c.value, c.unit, c.kind) for c in claims_of(text, D)] == expected


def test_the_people_counted_are_the_subject():
    """12.5万山区群众饮水安全: the figure counts the people, not the investment named before it."""
    found = claims_of("全县新建水厂投资3.2亿元，同比增长9.6%，保障了12.5万山区群众饮水安全。", D)
    assert [c.subject for c in found if c.quote == "12.5万"] == ["山区群众"]


BOUNDS = [
    ("N日内 in a time limit", "催告期限为通知送达后10日内。", "10日内", "upper_bound"),
    ("N小时内", "力争2小时内到达现场。", "2小时内", "upper_bound"),
    ("N秒之内", "确保60秒之内接通。", "60秒之内", "upper_bound"),
    ("最高 before a grant", "购买新能源农机的，每台最高奖励8万元。", "8万元", "upper_bound"),
    ("最高可获得 before the amount", "创业者最高可获得30万元贷款。", "30万元", "upper_bound"),
    ("以内 (guard)", "审批时限压缩至5个工作日以内。", "5个工作日以内", "upper_bound"),
    ("最高气温 is a maximum measured, no bound (guard)", "当天最高气温35℃。", "35℃", None),
]


@pytest.mark.parametrize("name, text, quote, qualifier", BOUNDS, ids=[b[0] for b in BOUNDS])
def test_an_upper_bound_is_read(name, text, quote, qualifier):
    hits = [c.qualifier for c in claims_of(text, D) if c.quote == quote]
    assert hits == [qualifier]


BULLETIN = ("六、教育和卫生\n全年全县研究与试验发展经费投入增长8.4%。\n"
            "年末全县共有卫生机构1260个，其中医院42\n家；卫生技术人员2.31万人；医疗卫生机构床\n位1.86万张。\n"
            "表3 2023年末主要社会事业指标\n指标 单位 数值 比上年末增长（%）\n"
            "普通中学在校学生 万人 6.2 1.4\n卫生技术人员 万人 2.31 4.2\n医疗卫生机构床位 万张 1.86 2.7\n"
            "公共图书馆藏书 万册 215.4 6.3\n（下转5版）\n【名词解释】\n常住人口：指实际居住半年以上的人口。\n")
ROWS = [("6.2", 62000, "person", None), ("1.4", 1.4, "%", "比上年末"), ("2.31", 23100, "person", None),
        ("4.2", 4.2, "%", "比上年末"), ("1.86", 18600, "bed", None), ("2.7", 2.7, "%", "比上年末"),
        ("215.4", 2154000, "volume", None), ("6.3", 6.3, "%", "比上年末")]


def _rows(claims) -> list[tuple]:
    return [(c.quote, c.value, c.unit, c.comparison) for c in claims if c.line >= 8]


def test_a_table_read_as_display_lines_still_gives_its_figures():
    """The parser reads the table's title and heading row as a kicker and headline over its rows: each figure
    is still a claim, a 比上年末 column compared with last year's end as printed, 万张 of 床位 beds."""
    found = claims_of(BULLETIN, date(2024, 3, 20), lead="")
    assert _rows(found) == ROWS
    assert {c.period for c in found if c.line >= 8} == {"2023"}


def test_a_table_row_the_parser_gave_to_the_next_item_is_read_with_the_table():
    """The last row printed right under the table but filed under another item is read once, with its table."""
    ed = decode_edition(BULLETIN.encode("utf-8"))
    arts = parse_articles(ed, date(2024, 3, 20))
    table = next(a for a in arts if any(sp.line == 11 for p in a.parts for sp in p.spans))
    last = next(p for p in table.parts if any(sp.line == 11 for sp in p.spans))
    cut = replace(table, parts=[p for p in table.parts if p is not last])
    stray = replace(table, id="a99", parts=[last])
    arts = [cut if a is table else a for a in arts] + [stray]
    found = [c for c in extract_claims(ed, arts, date(2024, 3, 20)) if c.kind not in CONTEXT_KINDS]
    assert _rows(found) == ROWS


PERIODS = [
    ("“十四五”前四年 is the plan's first four years", date(2025, 1, 20),
     "“十四五”前四年全市地区生产总值年均增长6.1%，累计完成固定资产投资超过4000亿元。",
     [("6.1%", "2021/2024"), ("超过4000亿元", "2021/2024")]),
    ("“十三五”前两年", date(2018, 3, 5), "“十三五”前两年，全省新增就业12万人。", [("12万人", "2016/2017")]),
    ("“十四五”以来 runs to the edition's year", date(2023, 11, 10),
     "“十四五”以来，全市累计治理水土流失面积218平方公里。", [("218平方公里", "2021/2023")]),
    ("a target list's year after who states it", D,
     "会议提出，2025年工作的主要目标是：新发展会员3万人以上，培训覆盖率达到80%。",
     [("3万人以上", "2025"), ("80%", "2025")]),
    ("a plan's year runs on through its clauses", D,
     "记者从省水利厅获悉，该县今年计划新建小型水库12座，新增有效灌溉面积8万亩，完成水利投资约40亿元。",
     [("12座", "2024"), ("8万亩", "2024"), ("约40亿元", "2024")]),
    ("... but not into a clause with a marker of its own (guard)", D,
     "围绕数字乡村，2025年计划新建基站300个，示范基地覆盖率力争达到百分之四十。",
     [("300个", "2025"), ("百分之四十", None)]),
]


@pytest.mark.parametrize("name, when, text, expected", PERIODS, ids=[p[0] for p in PERIODS])
def test_period(name, when, text, expected):
    assert [(c.quote, c.period) for c in claims_of(text, when)] == expected


REPORT = ("政府工作报告（摘要）\n\n各位代表：\n\n现在，我代表市人民政府，向大会报告工作。\n\n"
          "一、2023年工作回顾\n\n全市地区生产总值达到1860.2亿元，增长5.4%。\n\n"
          "（一）项目建设提速。实施重大项目186个，完成投资512.5亿元。\n\n"
          "二、2024年主要目标\n\n重点抓好以下工作：改造老旧小区80个左右。\n")


def test_a_dated_review_heading_dates_its_section_but_not_a_plans():
    """一、2023年工作回顾 dates the figures under it, （一）… included; 二、2024年主要目标 is a plan's section:
    its targets keep only a period of their own sentence."""
    found = claims_of(REPORT, date(2024, 1, 18), lead="")
    assert [(c.quote, c.period) for c in found] == [
        ("1860.2亿元", "2023"), ("5.4%", "2023"), ("186个", "2023"), ("512.5亿元", "2023"), ("80个左右", None)]


def test_a_sub_heading_of_a_plans_section_is_still_the_plan():
    """（一）… under 二、2024年主要目标: its figures are the plan's targets (全年 is their sentence's own period),
    not the review's figures of 2023."""
    report = REPORT + "\n（一）稳住经济基本盘\n\n全年新增城镇就业1.2万人以上。\n"
    found = claims_of(report, date(2024, 1, 18), lead="")
    assert [(c.quote, c.period, c.projection) for c in found][-2:] == [
        ("80个左右", None, "target"), ("1.2万人以上", "2024", "target")]
