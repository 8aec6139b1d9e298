"""Batch 40: a chart set apart under a story on a page with blank lines, its title, unit line and label-figure
rows closed by its 制图 credit (前三季度某市主要指标增速（%） ⏎ 地区生产总值 9.1 ⏎ … ⏎ 制图：本报记者 某某), is the
chart's caption, not more of the story's text; a credit with the word first (制图：本报记者 …) is this paper's.
A lone headline line right over a wire item's dateline is that item's, not the lead-less text above it. Every
snippet is invented; near misses must not change."""

from __future__ import annotations

from tests.snippets import page, stories

TOP = ("3", "经济新闻")
STORY = ("前三季度经济运行稳中向好",
         "本报讯（记者 严 禾）10月20日，记者从市统计局获悉，前三季度，\n全市地区生产总值同比增长6.1%，规上工业增加值增长7.4%。",
         "其中，城镇居民人均可支配收入增长5.6%，农村居民人均\n可支配收入增长7.2%，城乡收入差距继续缩小。")
CHART = "前三季度全市主要指标增速（%）\n地区生产总值 6.1\n规上工业增加值 7.4\n固定资产投资 4.8\n制图：本报记者 林 禾"


def test_chart_block_is_a_caption_of_its_own():
    arts = stories(page(*TOP, *STORY, CHART))
    story, cap = arts[0], next(a for a in arts if a.kind == "caption")
    assert story.text.endswith("城乡收入差距继续缩小。")
    assert cap.text.startswith("前三季度全市主要指标增速（%）") and cap.text.endswith("固定资产投资 4.8")
    assert (cap.source, cap.byline) == ("本报", ["林禾"])


def test_chart_with_unit_line_and_credit_after_names():
    chart = "前三季度全市主要商品零售额增速\n（单位：%）\n粮油食品类 8.3\n汽车类 -3.5\n本报记者 林 禾 制图"
    arts = stories(page(*TOP, *STORY, chart))
    assert arts[0].text.endswith("城乡收入差距继续缩小。")
    assert "汽车类" in next(a for a in arts if a.kind == "caption").text


def test_rows_with_sentences_stay_the_story_text():
    # near miss: a block with a sentence's end over the credit is a photo caption's text, no chart
    photo = "10月19日，工人在某园区生产线上作业。\n本报记者 林 禾 摄"
    arts = stories(page(*TOP, *STORY, photo))
    assert arts[0].text.endswith("城乡收入差距继续缩小。")
    assert next(a for a in arts if a.kind == "caption").text.startswith("10月19日")


WIRE = "新华社北京10月19日电（记者 魏 川）国家统计局19日发布数据，前三季度\n全国规模以上工业增加值同比增长5.8%。"


def test_lone_headline_over_a_wire_dateline_is_the_wire_headline():
    section = "工业生产稳中有进"
    prose = "分门类看，制造业增加值增长8.0%，电力、热力、燃气及水生产\n和供应业增长5.6%，全市规上工业增加值增长较快。"
    arts = stories(page(*TOP, *STORY, section, prose, "前三季度全国规上工业增加值增长5.8%", WIRE))
    wire = next(a for a in arts if a.source == "新华社")
    assert wire.headline == "前三季度全国规上工业增加值增长5.8%"
