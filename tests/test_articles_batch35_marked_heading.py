"""Batch 35: a briefs column's heading set with its items' mark (● 农情快报 ⏎ ●某某开镇 ⏎ text …): a short ●
line with no text of its own right over the first ● item is the column's heading, every item's kicker, not
a brief of its own (class: a marked column heading). Every snippet is invented; near misses must not change."""

from __future__ import annotations

from tests.snippets import raw, stories

LEAD = ("本报讯（记者 苏岩）今年以来，全县新建高标准农田2.6万亩，",
        "粮食播种面积稳定在48万亩以上。")
ITEMS = ("●石岭乡油菜喜获丰收",
         "5月20日，石岭乡3000亩油菜进入收割期，",
         "亩产较去年提高约15公斤。",
         "●桃坪村建成育秧工厂",
         "桃坪村育秧工厂日前投用，可供",
         "周边8个村5000亩稻田用秧。")


def test_marked_heading_is_every_item_kicker():
    arts = stories(raw(*LEAD, "● 农情快报", *ITEMS))
    briefs = [a for a in arts if a.kind == "brief"]
    assert [a.headline for a in briefs] == ["石岭乡油菜喜获丰收", "桃坪村建成育秧工厂"]
    assert [a.kicker for a in briefs] == ["农情快报", "农情快报"]


def test_list_of_short_marked_lines_stays():
    # near miss: short ● lines one under another, none with text, are a list, not a heading over items
    arts = stories(raw(*LEAD, "●春耕备耕", "●防汛抗旱", "●秋粮收购"))
    assert not any(a.kicker == "春耕备耕" for a in arts)


def test_marked_item_with_a_figure_stays():
    # near miss: a short ● line with a figure is an item's headline, not a column's name
    arts = stories(raw(*LEAD, "●新增农田2.6万亩", *ITEMS))
    assert not any(a.kicker == "新增农田2.6万亩" for a in arts)
