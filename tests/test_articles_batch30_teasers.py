"""Batch 30's teaser class: a pointer naming a few pages (详见2、3版, 详见4—5版) under a teaser's headline line points
that headline there, as one naming one page does: a teaser of its own (continued on the first page named), not
the kicker of the lead story below. Near misses must not change."""

from __future__ import annotations

import pytest

from tests.snippets import page, stories

MASTHEAD = "某 某 日 报\n\n2018年1月18日 星期四"
LEAD = ("凝心聚力 开拓进取", "某某市二届人大三次会议开幕\n某某作政府工作报告",
        "本报讯（记者 林木）1月17日上午，某某市第二届人民\n代表大会第三次会议在市人民会堂开幕。大会应出席\n代表412名，实到代表398名，符合法定人数。")


@pytest.mark.parametrize("pointer, page_no", [("详见2、3版", 2), ("详见4—5版", 4), ("全文见6、7版", 6), ("详见3版", 3)])
def test_pointer_naming_pages_under_a_teaser_headline(pointer, page_no):
    arts = stories(page(MASTHEAD, "代表热议政府工作报告\n" + pointer, *LEAD))
    teaser, lead = arts[0], arts[1]
    assert (teaser.kind, teaser.headline, teaser.continues_on) == ("teaser", "代表热议政府工作报告", page_no)
    assert (lead.kicker, lead.headline, lead.subheadlines) == ("凝心聚力 开拓进取", "某某市二届人大三次会议开幕", ["某某作政府工作报告"])


def test_pages_named_inside_a_sentence_are_text():
    # near miss: pages named inside a sentence of the text are no pointer
    arts = stories(page(MASTHEAD, *LEAD[:2], LEAD[2] + "\n代表们的发言摘要详见2、3版。"))
    assert [a.kind for a in arts] == ["news"] and arts[0].text.endswith("详见2、3版。")


# A pointer line naming the kind of piece and, after a colon, its title (2版刊登本报评论：某某如何延续): the title is
# the teaser's headline.

@pytest.mark.parametrize("line, headline", [
    ("2版刊登本报评论：夜间经济热度如何延续", "夜间经济热度如何延续"),
    ("3版刊发评论员文章：让惠企政策落地生根", "让惠企政策落地生根"),
    ("4版刊登本报评论：《把好事办好》", "把好事办好"),
    # near miss: no title named, no headline
    ("6版刊登市委党校专家署名文章", ""),
])
def test_titled_pointer_line(line, headline):
    arts = stories(page(MASTHEAD, *LEAD, line))
    teaser = arts[-1]
    assert (teaser.kind, teaser.headline) == ("teaser", headline)
