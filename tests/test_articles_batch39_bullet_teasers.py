"""Batch 39: a pointer column whose items carry the briefs' mark (今日导读 ⏎ ●某某开幕 详见3版): each ● line with
its page pointer on the same line is a teaser pointing to that page, not a brief with no text beside a
second, headless teaser. Every snippet is invented; near misses must not change."""

from __future__ import annotations

from tests.snippets import page, raw, stories

HEADER = ("某某日报", "2024年3月8日 星期五", "要闻", "2")
LEAD = ("本报讯（记者 柳青）3月7日，某市召开春季植树动员会，", "今年全市计划新增造林面积3.6万亩，",
        "完成义务植树120万株。")


def test_marked_pointer_column_is_teasers():
    arts = stories(raw(*HEADER, "今日导读", "●某区一季度新签约项目38个 详见3版", "●全市春耕备耕全面展开 详见5版",
                       "春季植树动员会召开", *LEAD))
    teasers = [a for a in arts if a.kind == "teaser"]
    assert [(a.kicker, a.headline, a.continues_on) for a in teasers] == [
        ("今日导读", "某区一季度新签约项目38个", 3), ("今日导读", "全市春耕备耕全面展开", 5)]
    assert not [a for a in arts if a.kind == "brief"]


def test_marked_pointer_column_with_blank_lines():
    arts = stories(page("\n".join(HEADER), "今日导读\n●某区一季度新签约项目38个 详见3版\n●全市春耕备耕全面展开 详见5版",
                        "春季植树动员会召开\n" + "".join(LEAD)))
    assert [(a.kind, a.headline, a.continues_on) for a in arts if a.kind in ("teaser", "brief")] == [
        ("teaser", "某区一季度新签约项目38个", 3), ("teaser", "全市春耕备耕全面展开", 5)]


def test_briefs_with_text_stay_briefs():
    # near miss: ● items with their text under them, one of whose sentences points to another page
    arts = stories(raw(*HEADER, "要闻速览", "●某区一季度新签约项目38个", "一季度，某区新签约项目38个，总投资约96亿元。",
                       "●全市春耕备耕全面展开", "目前全市已备足化肥4.2万吨，详见3版。"))
    assert [(a.kind, a.headline) for a in arts] == [("brief", "某区一季度新签约项目38个"), ("brief", "全市春耕备耕全面展开")]
