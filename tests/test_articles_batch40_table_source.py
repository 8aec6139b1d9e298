"""Batch 40: a table printed inside a story on a page without blank lines closes on its source line (数据来源：市统计局)
right under its last row: the line is the table's, so the story's text, not a kicker over the next story's stack.
Every snippet is invented; near misses must not change."""

from __future__ import annotations

from tests.snippets import raw, stories

HEADER = ("3", "2023年8月18日 星期五", "经济")
STORY = ("前7月全市经济稳中有进", "本报讯（记者 韦 川）8月16日，市统计局发布1—7月全市经济运行", "数据，主要指标稳中有升，发展质量稳步提高。",
         "1—7月，全市规模以上工业增加值同比增长6.1%，固定资产", "投资增长4.8%。")
TABLE = ("2023年1—7月全市主要经济指标", "指标 绝对值（亿元） 同比增长（%）", "固定资产投资 — 4.8",
         "社会消费品零售总额 812.6 6.9", "货物进出口总值 356.2 -1.7")
NEXT = ("某市跨境电商园区", "上半年交易额突破五十亿元", "新华社某市8月15日电（记者 鲍 朗）记者15日从某市商务局获悉，",
        "今年上半年，某市跨境电商园区实现交易额52.4亿元，同比增长18.6%。")


def test_source_line_closes_the_table_in_the_story():
    arts = stories(raw(*HEADER, *STORY, *TABLE, "数据来源：市统计局", *NEXT))
    story = arts[0]
    assert story.text.endswith("数据来源：市统计局")
    wire = next(a for a in arts if a.text.startswith("记者15日从某市商务局获悉"))
    assert "数据来源" not in wire.kicker and wire.headline in ("上半年交易额突破五十亿元", "某市跨境电商园区")


def test_source_words_over_a_sentence_are_no_table_source():
    # near miss: a source line under prose (no table row above it) is not taken by the table rule
    arts = stories(raw(*HEADER, *STORY, "数据来源：市统计局", *NEXT))
    assert not arts[0].text.endswith("投资增长4.8%。数据来源：市统计局")
