"""A closing credit set apart from its story by a blank line: still the story's byline, never an item.

Class: on a page set with blank lines, a commentary or a short story often ends on the writer's name in
brackets on a line of its own (…行稳致远。 ⏎ ⏎ （宗 岩）), the blank line only the gap the layout left
above it. A bracketed name right after a sentence's end closes that story: it is the story's byline
(the name, its spaces gone), never a headline or a teaser of its own. Near misses: a credit under a
line that ends no sentence (a headline) is not read as a closing credit; a bracketed line after a blank line
that names no person (a pointer （详见三版）, a continuation mark （下转二版）, an agency's credit （新华社发）)
is none either, and the next display line after a closing credit heads the next item."""

import pytest

from tests.snippets import page, stories

COMMENT = ("上半年，全县粮食生产形势总体平稳，这个成绩来之不易。也要看到，部分农户种粮收益偏低，",
           "稳产保供的任务依然艰巨。越是形势向好，越要把政策落实到位。")


@pytest.mark.parametrize("credit, name", [("（宗 岩）", ["宗岩"]), ("（林晓）", ["林晓"]), ("（韩 冰 易 程）", None)])
def test_a_commentarys_closing_name_after_a_blank_line_is_its_byline(credit, name):
    found = stories(page("短评", "把稳的基础夯得更实", COMMENT[0] + COMMENT[1], credit))
    assert len(found) == 1, [(a.kind, a.headline) for a in found]
    assert found[0].headline == "把稳的基础夯得更实" and found[0].text.endswith("落实到位。")
    assert found[0].byline and (name is None or found[0].byline == name)


def test_a_storys_closing_name_after_a_blank_line_before_the_next_story():
    found = stories(page("某县新建高标准农田3万亩", "本报讯 今年以来，某县新建高标准农田3万亩，惠及农户1.2万户。",
                         "（林 晓）", "某镇夜市人气旺", "本报讯 入夏以来，某镇夜市每晚接待游客超过5000人次。"))
    assert [(a.headline, a.byline) for a in found] == [("某县新建高标准农田3万亩", ["林晓"]), ("某镇夜市人气旺", [])]


def test_near_miss_a_bracketed_line_under_a_headline_is_not_a_closing_credit():
    found = stories(page("某县新建高标准农田", "（摘要）", "本报讯 今年以来，某县新建高标准农田3万亩，惠及农户1.2万户。"))
    assert all(not a.byline for a in found)


@pytest.mark.parametrize("line", ["（详见三版）", "（下转二版）", "（新华社发）", "（转四版）"])
def test_near_miss_a_bracketed_line_that_names_no_one_is_no_byline(line):
    found = stories(page("某县新建高标准农田", "本报讯 今年以来，某县新建高标准农田3万亩，惠及农户1.2万户。", line,
                         "某镇夜市人气旺", "本报讯 入夏以来，某镇夜市每晚接待游客超过5000人次。"))
    assert [a.byline for a in found] == [[], []] and found[0].headline == "某县新建高标准农田"
    assert found[0].text.endswith("1.2万户。")
