"""Batch 40: the top story of a page without blank lines (pdftotext -raw) opens on its source line, its headline
printed after its body right over the next story's stack (某县：不误农时抓春管 ⏎ 产业园跑出“加速度” ⏎ 新签约项目…).
The first line, echoing the top story, is its headline; the line under it, echoing the next story more, is that
story's kicker: neither is a teaser. Every snippet is invented; near misses must not change."""

from __future__ import annotations

from tests.snippets import raw, stories

HEADER = ("2", "2025年3月5日 星期三", "综合新闻")
TOP = ("本报讯（记者 严 川 通讯员 郭小满）3", "月3日，走进某县河湾镇麦田示范片，", "一台台植保机来回作业，农户们抢抓",
       "晴好天气追肥浇水，做好春管。", "今年，全县计划完成小麦春管面积", "36.2万亩，已储备化肥1.8万吨，", "占预计需求量的90%。")
KICKER = "重大项目建设跑出“加速度”"
HEAD = "某县产业园新签约项目9个 总投资21.5亿元"
NEXT = ("本报讯 今年以来，某县产业园紧盯主导", "产业链精准招商，新签约项目9个，总", "投资21.5亿元。",
        "截至目前，已有5个项目开工建设。", "（通讯员 孔 舟）")


def _by_source(arts):
    return sorted((a for a in arts if a.kind == "news"), key=lambda a: a.first_line)


def test_top_story_takes_its_headline_printed_after_its_body():
    top, nxt = _by_source(stories(raw(*HEADER, *TOP, "某县：不误农时抓春管", KICKER, HEAD, *NEXT)))
    assert top.headline == "某县：不误农时抓春管" and top.text.startswith("3月3日，走进某县河湾镇")
    assert (nxt.kicker, nxt.headline) == (KICKER, HEAD)


def test_no_teaser_between_the_two_stacks():
    arts = stories(raw(*HEADER, *TOP, "某县：不误农时抓春管", KICKER, HEAD, *NEXT))
    assert not any(a.kind == "teaser" for a in arts)


def test_line_echoing_nothing_is_not_the_top_story_headline():
    # near miss: a line after the body that echoes nothing in it is not taken as its headline
    arts = stories(raw(*HEADER, *TOP, "春风送暖百花开", KICKER, HEAD, *NEXT))
    top = _by_source(arts)[0]
    assert top.headline != "春风送暖百花开"
