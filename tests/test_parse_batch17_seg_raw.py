"""Inside (-raw) pages and reports of the seventeenth batch's segmentation classes, on invented
snippets (never an edition's lines)."""

from __future__ import annotations

from tests.snippets import page, raw, stories


# --- a box's title line over a table's row of column names ----------------------------------------

def test_the_title_line_of_a_box_over_a_table_is_its_headline_and_the_table_its_text():
    text = page("本报讯（记者 柯 一）9月3日，记者从县统计局获悉，\n前8个月全县工业生产平稳，规上工业\n增加值同比增长6.2%。",
                "【图表】\n1—8月全县主要工业品产量\n产品 产量（万件） 增长（%）\n服装 12.4 3.6\n鞋帽 8.3 -2.1\n玩具 5.9 7.7",
                "责编：某某 美编：某某")
    arts = stories(text)
    box = next(a for a in arts if a.kind == "box")
    assert box.headline == "1—8月全县主要工业品产量"
    assert box.text.startswith("产品")
    assert "主要工业品" not in box.text
