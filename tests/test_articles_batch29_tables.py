"""Batch 29's table classes on invented pages: a flattened table set apart under a story's end whose row of
column names gives the unit in brackets (站点名称 降雨量（毫米）), and a labelled box's table title the
column wrapped over two lines above a bracketed unit line (（单位：元/公斤）) and rows whose labels carry a
qualifier (牛肉（精品） 38.50). Near misses must not change."""

from __future__ import annotations

import pytest

from frontpage.parse.articles import _UNIT_LINE, _table_row
from tests.snippets import page, raw, stories

STORY = ("汛情通报", "本报讯 （记者 乔 松）6月20日，记者从市水利局获悉，全市主要河道水位\n总体平稳，各地防汛措施落实到位。")


def _box_after_story(*block: str):
    arts = stories(page("青禾日报", "2024年6月21日 星期五", *STORY, "\n".join(block)))
    return arts


def test_table_with_unit_in_its_column_names_after_a_story_is_a_box():
    arts = _box_after_story("全市主要站点6月20日降雨情况", "站点名称 降雨量（毫米）", "青禾站 86.4", "柳湾站 72.1",
                            "石门站 65.8")
    box = next(a for a in arts if a.kind == "box")
    assert box.headline == "全市主要站点6月20日降雨情况" and box.subheadlines == [] and box.kicker == ""
    text = "".join(box.text.split())
    assert text.startswith("站点名称降雨量（毫米）") and text.endswith("石门站65.8")
    assert box.linked_to == arts[0].id


@pytest.mark.parametrize("header", [
    "站点名称 降雨量",  # near miss: no unit in the column names
    "站点名称，降雨量（毫米）",  # near miss: a clause mark, no row of names
])
def test_rows_under_no_unit_header_are_no_such_box(header):
    arts = _box_after_story("全市主要站点6月20日降雨情况", header, "青禾站 86.4", "柳湾站 72.1")
    assert not any(a.kind == "box" and a.text.startswith(header) for a in arts)


def test_chart_figures_over_their_credit_stay_a_caption():
    # near miss: the same block ending on a 制图 credit is a chart's caption, not a table box
    arts = _box_after_story("全市主要站点6月20日降雨情况", "站点名称 降雨量（毫米）", "青禾站 86.4", "柳湾站 72.1",
                            "本报记者 乔 松 制图")
    assert not any(a.kind == "box" and a.headline == "全市主要站点6月20日降雨情况" for a in arts)


RAW_STORY = ("3", "农村经济", "2024年5月9日 星期四", "全县春茶采摘过半", "本报讯（记者 许 兰）5月8日，",
             "记者从县农业农村局获悉，全县", "春茶采摘已完成六成，产量同比", "增长一成以上，茶农人均增收近",
             "两千元。县里组织技术人员深入", "茶园，指导茶农科学采摘、及时", "加工。")


def test_labelled_table_title_wrapped_over_its_unit_line():
    arts = stories(raw(*RAW_STORY, "【市场行情】", "5月8日县城集贸市场", "主要肉禽蛋零售价格", "（单位：元/公斤）",
                       "鸡蛋 9.20", "牛肉（精品） 38.50", "羊肉（带骨） 42.00"))
    box = next(a for a in arts if a.kind == "box")
    assert (box.kicker, box.headline) == ("市场行情", "5月8日县城集贸市场主要肉禽蛋零售价格")
    assert box.text.startswith("（单位：元/公斤）") and box.text.endswith("羊肉（带骨） 42.00")


def test_labelled_title_line_with_a_figure_is_no_wrap():
    # near miss: a line with a figure under the title is no rest of it: the title stays one line
    arts = stories(raw(*RAW_STORY, "【市场行情】", "5月8日县城集贸市场", "共监测品种12个", "（单位：元/公斤）",
                       "鸡蛋 9.20", "牛肉（精品） 38.50"))
    assert not any(a.headline == "5月8日县城集贸市场共监测品种12个" for a in arts)


@pytest.mark.parametrize("line, unit", [
    ("（单位：元/公斤）", True), ("(单位:万吨)", True), ("单位：万吨", True),
    ("（单位：元/公斤，下同）", False), ("单位是按户计算的", False),
])
def test_unit_line_in_brackets(line, unit):
    assert bool(_UNIT_LINE.match(line)) == unit


@pytest.mark.parametrize("line, row", [
    ("牛肉（精品） 38.50", True), ("大米（标二） 2.10", True), ("鸡蛋 9.20", True),
    ("（精品） 38.50", False),  # a qualifier alone is no label
    ("牛肉（2级） 38.50", False),  # a figure in the label
    ("牛肉，精品 38.50", False),  # a clause mark
])
def test_row_label_with_a_bracketed_qualifier(line, row):
    assert _table_row(line) == row
