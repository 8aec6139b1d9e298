"""Batch 27's segmentation classes on invented pages. Notices on a ``pdftotext -raw`` page: a title the
column wrapped under its issuer's own line (the issuer its kicker), a title wrapped right after its year,
the first numbered section under the text's announcing colon, and a table of column names (with a line
of units) under that section heading. Each table holds near misses that must not change."""

from __future__ import annotations

import pytest

from frontpage.parse.articles import _title_wrapped_after_year
from tests.snippets import raw, stories

BRIEF = (
    "●林场防火巡护队扩编",
    "记者从县林业局获悉，今年全县林场",
    "防火巡护队扩编至46支，队员增至",
    "530名，实现重点林区巡护全覆盖。",
)

NOTICE_BODY = (
    "松岭县林业局",
    "2025年4月2日",
)


def _notice(title: tuple[str, ...], body: tuple[str, ...] = ()):
    """The item holding the notice title's last line, on a raw page whose brief runs right above it."""
    arts = stories(raw("综合新闻", "2025年4月3日 星期四", *BRIEF, *title,
                       *(body or ("经县人民政府批准，县林业局决定流转", "集体林地经营权3宗。特此公告。")), *NOTICE_BODY))
    return next(a for a in arts if a.lines[0][0] <= 6 + len(title) <= a.lines[-1][1])


@pytest.mark.parametrize("title, kind, kicker, headline", [
    # the issuer's name on its own line over a title the column wrapped: name is the kicker, title one
    (("松岭县林业局", "集体林地经营权", "流转公告"), "notice", "松岭县林业局", "集体林地经营权流转公告"),
    (("松岭县自然资源局", "国有建设用地使用权", "拍卖出让公告"), "notice", "松岭县自然资源局", "国有建设用地使用权拍卖出让公告"),
    # near miss: a title of its own under the issuer (no wrap) keeps the reading it had
    (("松岭县林业局", "关于集体林地经营权流转的公告"), "notice", "松岭县林业局", "关于集体林地经营权流转的公告"),
])
def test_notice_title_wrapped_under_its_issuer(title, kind, kicker, headline):
    item = _notice(title)
    assert (item.kind, item.kicker, item.headline) == (kind, kicker, headline)


def test_wrapped_title_under_a_plain_headline_line_is_left_alone():
    # near miss: a plain headline line (no issuer) over the wrapped title stays apart from the notice
    arts = stories(raw("综合新闻", "2025年4月3日 星期四", *BRIEF, "全县春季造林任务过半",
                       "集体林地经营权", "流转公告", "经县人民政府批准，县林业局决定流转",
                       "集体林地经营权3宗。特此公告。", *NOTICE_BODY))
    assert "全县春季造林任务过半" not in [a.kicker for a in arts if a.kind == "notice"]


SECTIONED = (
    "经县人民政府批准，县林业局决定流转",
    "集体林地经营权3宗。现将有关事项公",
    "告如下：",
    "一、流转林地基本情况",
    "林地编号 面积 流转年限 起始价",
    "（亩） （年） （万元）",
    "SL-01 1260 30 186",
    "SL-02 845 20 97",
    "二、有意受让者请于4月20日前到县林",
    "业局报名，报名时须提交身份证明。",
)


def test_first_section_and_its_table_under_the_announcing_colon():
    item = _notice(("松岭县林业局", "集体林地经营权", "流转公告"), SECTIONED)
    assert (item.kind, item.headline, item.subheadlines) == ("notice", "集体林地经营权流转公告", ["一、流转林地基本情况"])
    assert "SL-01 1260 30 186" in item.text and item.text.endswith("2025年4月2日")


def test_first_section_heading_without_a_colon_above_is_no_subheadline():
    # near miss: the text above closes on a full stop, not announcing sections; 一、 under it is not taken as
    # the notice's section by this rule (whatever else reads it, the title and text stay the notice's)
    body = ("经县人民政府批准，县林业局决定流转", "集体林地经营权3宗。",) + SECTIONED[3:]
    item = _notice(("松岭县林业局", "集体林地经营权", "流转公告"), body)
    assert item.headline == "集体林地经营权流转公告"


@pytest.mark.parametrize("first, second, joined", [
    ("松岭县公共资源交易中心2025年", "第二批政府采购意向公告", True),
    ("松岭县人力资源和社会保障局2025年度", "事业单位公开招聘工作人员公告", True),
    ("松岭县统计局2024年", "国民经济和社会发展统计公报", True),
    # near misses: a short year kicker, a clause, a lower line of its own 关于 title, no document type below
    ("回眸2024年", "全县经济社会发展统计公报", False),
    ("松岭县林业局：2025年", "集体林地经营权流转公告", False),
    ("松岭县公共资源交易中心2025年", "关于第二批政府采购意向的公告", False),
    ("松岭县公共资源交易中心2025年", "第二批政府采购项目顺利完成", False),
])
def test_title_wrapped_after_its_year(first, second, joined):
    assert _title_wrapped_after_year(first, second) is joined


