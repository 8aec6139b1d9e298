"""Inside (-raw) pages and reports of the eighteenth batch's segmentation classes, on invented
snippets (never an edition's lines)."""

from __future__ import annotations

from tests.snippets import page, raw, stories


# --- a box's title whose only figure is part of a code (PM10, 5G) ------------------------------------

def test_a_box_title_with_a_code_in_it_is_its_headline_not_one_of_its_figures():
    text = page("本报讯（记者 柯 一）3月2日，某县召开大气污染防治工作会，\n部署今年治气重点任务。",
                "【小知识】\n什么是PM10\nPM10是指空气中直径小于等于10微米的\n可吸入颗粒物，能进入人体呼吸道。",
                "责编：某某 美编：某某")
    box = next(a for a in stories(text) if a.kind == "box")
    assert box.headline == "什么是PM10"
    assert box.text.startswith("PM10是指")
