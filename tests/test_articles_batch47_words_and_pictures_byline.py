"""A feature's byline 文/图 某某 (words and pictures by): a byline that opens the story, not a headline.

Class: features are often signed 文/图 某某 or 图/文 某某 on a line of their own over the text: the writer
took the photos. The line opens the story (its byline, the name without the role, no house: the line names
no paper); it is never a headline or a teaser. Near misses: a photo credit 图/某某 under a caption stays the
caption's credit, and 本报记者 某某 keeps this paper as the source."""

import pytest

from frontpage.parse.articles import parse_names
from tests.snippets import page, raw, stories

BODY = ("走进某某村的蓝莓基地，几十名村民正在分拣鲜果。合作社负责人介绍，今年基地种植蓝莓800亩，预计产值超过2000万元。",)


@pytest.mark.parametrize("role", ["文/图", "图/文", "文／图", "图／文"])
def test_a_words_and_pictures_byline_opens_a_feature_on_a_raw_page(role):
    found = stories(raw("某某日报讯 3月5日，全县春耕备耕工作全面展开。", "蓝莓熟了日子甜了", f"{role} 林晓", *BODY))
    feature = [a for a in found if a.byline == ["林晓"]]
    assert len(feature) == 1 and feature[0].source == "本报" and feature[0].kind == "news"
    assert feature[0].text.startswith("走进某某村的蓝莓基地") and all(a.headline != f"{role} 林晓" for a in found)


def test_a_words_and_pictures_byline_on_a_page_with_blank_lines():
    found = stories(page("蓝莓熟了日子甜了", "文/图 本报记者 林晓", *BODY))
    assert [(a.headline, a.byline) for a in found] == [("蓝莓熟了日子甜了", ["林晓"])]


@pytest.mark.parametrize("line, names", [("文/图 林晓", ["林晓"]), ("图/文 欧阳明", ["欧阳明"]),
                                         ("本报记者 林 晓", ["林晓"]), ("记者 李四/王五", ["李四", "王五"])])
def test_the_names_of_a_byline_leave_the_role_out(line, names):
    assert parse_names(line) == names


def test_near_miss_this_papers_reporter_keeps_the_paper_as_source():
    found = stories(raw("蓝莓熟了日子甜了", "□本报记者 林晓", *BODY))
    assert [(a.byline, a.source) for a in found] == [(["林晓"], "本报")]
