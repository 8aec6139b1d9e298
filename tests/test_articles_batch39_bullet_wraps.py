"""Batch 39: on a page with blank lines, a ● item's headline wrapped over two lines and run together with its
text (●某县新增36个社区 ⏎ 老年助餐服务点 ⏎ 今年以来，…): the short line under the ● line is the headline's rest, not
the text's first words. Every snippet is invented; near misses must not change."""

from __future__ import annotations

from tests.snippets import page, stories

HEADER = "某某日报\n2024年6月3日 星期一\n要闻"


def _briefs(*items):
    return [(a.headline, a.text[:6]) for a in stories(page(HEADER, "要闻速览", *items)) if a.kind == "brief"]


def test_bullet_headline_wrapped_over_two_lines():
    got = _briefs("●某县新增36个社区\n老年助餐服务点\n今年以来，某县新建社区老年\n助餐服务点36个，日均服务老\n人2400人次。",
                  "●某县夏粮收购开秤\n6月1日，某县夏粮收购正\n式开秤，首日收购小麦\n1.2万吨。")
    assert got == [("某县新增36个社区老年助餐服务点", "今年以来，某"), ("某县夏粮收购开秤", "6月1日，某")]


def test_wrapped_headline_with_a_quotation():
    got = _briefs("●某镇获评省级“美丽\n乡村”示范镇\n近日，省农业农村厅公布新\n一批“美丽乡村”示范镇名\n单，某镇榜上有名。")
    assert got == [("某镇获评省级“美丽乡村”示范镇", "近日，省农业")]


def test_text_line_under_a_headline_stays_text():
    # near miss: the line under the ● line is the text's, as wide as the column (no clause mark on it)
    got = _briefs("●某区新增32个公共充电桩\n今年以来某区新建公共充电桩\n站点32个，新增充电桩460个，\n覆盖全部街道。")
    assert got == [("某区新增32个公共充电桩", "今年以来某区")]


def test_short_last_line_of_a_one_line_text_stays_text():
    # near miss: the text runs over one line and a short second one, no clause-marked line under it
    got = _briefs("●某县夏粮收购开秤\n6月1日，某县夏粮收购正式开秤，\n首日收购小麦1.2万吨")
    assert got == [("某县夏粮收购开秤", "6月1日，某")]
