"""Batch 29's brief class on invented ``pdftotext -raw`` pages: a ● item's first line with no mark that
closes on an event's verb taking no object (●第三届某某节10日开幕) is its headline, though its words do not
come back in the text below. Near misses must not change."""

from __future__ import annotations

import pytest

from tests.snippets import raw, stories

COLUMN = ("3", "城事", "2024年5月9日 星期四", "城事速览", "●城区新增公共自行车站点46个", "记者从市交通运输局获悉，今年",
          "以来城区新增公共自行车站点46", "个，投放车辆1200辆。（方 舟）")
ITEM_TEXT = ("本届活动设主会场和分会场8个，", "展期4天，市民可免费入场参观，", "现场还将举办非遗展演。（柯 林）")


@pytest.mark.parametrize("head", ["第三届青禾茶文化节10日开幕", "全市职工运动会昨日闭幕"])
def test_bullet_line_closing_on_an_event_is_the_headline(head):
    arts = stories(raw(*COLUMN, "●" + head, *ITEM_TEXT))
    item = arts[-1]
    assert (item.kind, item.headline) == ("brief", head)
    assert item.text.startswith("本届活动设主会场")


@pytest.mark.parametrize("first", [
    "第三届青禾茶文化节10日开幕式",  # near miss: 开幕式 is a noun, the line goes on (开幕式在…)
    "第三届青禾茶文化节10日在滨",  # near miss: a line cut mid-phrase
])
def test_bullet_line_not_closing_on_an_event_runs_on(first):
    text = ("河公园举行，本届活动设分会场8个，",) + ITEM_TEXT[1:]
    arts = stories(raw(*COLUMN, "●" + first, *text))
    assert arts[-1].headline == ""
