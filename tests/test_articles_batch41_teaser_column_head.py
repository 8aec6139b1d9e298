"""Batch 41: a teaser column's heading (今日导读, 要闻导读, 本期看点) set right over the column's first teaser,
no blank line between, on a page with blank lines, heads the column: it is no first line of that teaser's
headline (a headline ending on a document's word, 某某报告, was read as a title wrapped from it). A teaser
headline wrapped over two lines still joins. Every snippet is invented; near misses must not change."""

from __future__ import annotations

from tests.snippets import page, stories

STORY = "本报讯 9月20日，全市秋季开学工作平稳有序，新增学位4100个。"
FOOT = "本报地址：某溪市迎宾路18号 邮政编码：000000 广告经营许可证：某工商广字第001号"


def _teasers(column: str):
    return [(a.kicker, a.headline) for a in stories(page(STORY, column, FOOT)) if a.kind == "teaser"]


def test_heading_right_over_the_first_teaser_heads_the_column():
    got = _teasers("今日导读\n委员热议民生实事报告\n详见2版\n去年城镇新增就业4.3万人\n详见3版")
    assert got == [("今日导读", "委员热议民生实事报告"), ("今日导读", "去年城镇新增就业4.3万人")]


def test_other_column_names_head_it_too():
    got = _teasers("本期看点\n全市秋粮收购进展报告\n详见4版\n秋粮收购开局平稳\n详见5版")
    assert got[0] == ("本期看点", "全市秋粮收购进展报告")


def test_wrapped_teaser_headline_under_a_set_off_heading_still_joins():
    # near miss: the column heading set apart by a blank line; each teaser's headline wrapped over two lines
    got = _teasers("今日导读\n\n澜城港开通首条东盟集装箱\n直达航线\n详见2版\n今年计划新开工保障性住房\n一万二千套\n详见3版")
    assert got == [("今日导读", "澜城港开通首条东盟集装箱直达航线"), ("今日导读", "今年计划新开工保障性住房一万二千套")]


def test_wrapped_teaser_headline_with_no_heading_still_joins():
    # near miss: no column heading: the two lines are one headline
    assert _teasers("澜城港开通首条东盟集装箱\n直达航线\n详见2版") == [("", "澜城港开通首条东盟集装箱直达航线")]
