"""Batch 35: a headless story's stack printed after its body, right over a teasers banner (…本报讯 ⏎ text ⏎⏎
乡村振兴在一线 ⏎⏎ 小山楂“串”起致富路 ⏎⏎ 今日导读 ⏎⏎ 某某… 2版): the banner opens the teasers and cuts the stack
off from them, so the stack is the story's own even when it echoes the story only weakly (class: kicker and
headline after a headless lead, split into teasers by a weak echo). Every snippet is invented; near misses
must not change."""

from __future__ import annotations

from tests.snippets import page, stories

LEAD = ("本报讯 （通讯员 苏岩）10\n月12日，在石岭乡桃坪村山\n楂种植基地，村民们正忙着\n采摘山楂，一筐筐装车外运。",
        "桃坪村今年种植山楂260亩，\n带动农户38户增收。")
TEASERS = ("县委常委会传达学习\n全省经济工作会议精神　2版", "全县秋冬种工作\n全面展开　3版")


def test_stack_over_banner_goes_to_headless_story():
    arts = stories(page(*LEAD, "乡村振兴在一线", "小山楂“串”起致富路", "今日导读", *TEASERS))
    news = [a for a in arts if a.kind == "news"]
    assert len(news) == 1 and news[0].headline == "小山楂“串”起致富路" and news[0].kicker == "乡村振兴在一线"
    assert [a.headline.replace(" ", "") for a in arts if a.kind == "teaser"] == ["县委常委会传达学习全省经济工作会议精神",
                                                                                 "全县秋冬种工作全面展开"]


def test_stack_echoing_nothing_stays_apart():
    # near miss: lines that echo nothing of the story are not its stack, banner or not
    arts = stories(page(*LEAD, "秋季运动会开幕", "千名师生同场竞技", "今日导读", *TEASERS))
    news = [a for a in arts if a.kind == "news"]
    assert news[0].headline == ""


def test_short_line_without_pointers_is_no_banner():
    # near miss: a short last line with no page pointer under it is no teasers banner: the group is read as before
    arts = stories(page(*LEAD, "乡村振兴在一线", "小山楂“串”起致富路", "今日提示"))
    news = [a for a in arts if a.kind == "news"]
    assert news[0].headline != "小山楂“串”起致富路" or news[0].kicker != "乡村振兴在一线"
