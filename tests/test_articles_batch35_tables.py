"""Batch 35: a table's title and unit line inside a report (表1 … ⏎ 单位：万元), its rows after a blank line:
the title is the table's, part of the text, not one of the report's subheadlines (class: titled table parted
from its rows by a blank line). Every snippet is invented; near misses must not change."""

from __future__ import annotations

from tests.snippets import page, stories

HEAD = ("某某县2024年国民经济和社会发展统计公报",
        "一、财政",
        "全年一般公共预算收入36.2亿元，比上年增长5.1%。\n一般公共预算支出58.4亿元，增长3.2%。")
TABLE = "表1 2024年全县一般公共预算收支主要项目\n单位：万元"
ROWS = "项 目 绝对数 比上年增长（%）\n一般公共预算收入 362000 5.1\n其中：税收收入 241000 6.3\n一般公共预算支出 584000 3.2"
TAIL = ("二、人民生活", "全年全县居民人均可支配收入32650元，比上年增长5.8%。")


def test_table_title_over_rows_after_a_blank_line():
    arts = stories(page(*HEAD, TABLE, ROWS, *TAIL))
    subs = [s for a in arts for s in a.subheadlines]
    assert not any(s.startswith("表1") for s in subs)
    assert "二、人民生活" in subs


def test_table_title_over_prose_stays():
    # near miss: a title and unit line with prose, not rows, under the blank line: read as before
    before = stories(page(*HEAD, TABLE, "全年全县居民人均可支配收入32650元，比上年增长5.8%。"))
    assert any(s.startswith("表1") for a in before for s in a.subheadlines + [a.headline, a.kicker])
