"""Batch 40: a box signed at its end like a story (记者手记 ⏎ title ⏎ text … 的底气。（龙 飞））: the closing credit is
the box's byline, not its text. Every snippet is invented; near misses must not change."""

from __future__ import annotations

from tests.snippets import page, stories

TOP = ("4", "农村新闻")
STORY = ("秋粮收获进度过半", "本报讯（记者 龚 川）9月18日，记者从市农业农村局获悉，全市已收获\n秋粮146万亩，进度过半。")
NOTES = "走进某村的稻田，无人机在田间来回作业，收割机一应俱全。今年全市水稻\n机收率达到九成。科技，正成为农民增收的底气。"


def _box(arts):
    return next(a for a in arts if a.kind == "box")


def test_closing_credit_of_a_box_is_its_byline():
    arts = stories(page(*TOP, *STORY, "【记者手记】", "丰收背后的“科技密码”", NOTES + "（龚 川）"))
    box = _box(arts)
    assert box.byline == ["龚川"] and box.text.endswith("科技，正成为农民增收的底气。")


def test_box_ending_on_a_bracketed_note_keeps_it():
    # near miss: a bracket that is no name (（完）, the end mark) stays the box's text
    arts = stories(page(*TOP, *STORY, "【记者手记】", "丰收背后的“科技密码”", NOTES + "（完）"))
    assert _box(arts).byline == []
