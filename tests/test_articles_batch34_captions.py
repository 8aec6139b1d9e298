"""Batch 34: pieces of one caption counted as two items: a chart's 制图 credit under its caption opening a
story of its own, and a box's label over a caption left as an empty box. Every snippet is invented; near
misses must not change."""

from __future__ import annotations

from tests.snippets import page, stories

TOP = ("2", "经济新闻")
STACK = "前三季度某县居民收入稳步增长"
LEAD = "本报讯（记者 方 原）10月20日，记者从县统计局获悉，前三季度，\n全县居民人均可支配收入28640元，同比增长5.3%。"
CHART = "图为2024年以来全县居民人均可支配收入增速走势，其中\n二季度增速最高，为5.6%。"
MORE = "分城乡看，城镇居民人均可支配收入36210元，增长4.8%；\n农村居民人均可支配收入19530元，增长6.2%。"


def test_chart_credit_closes_its_caption():
    # 本报记者 某某 制图 under a chart's caption is the caption's credit, not the byline of a new story:
    # the story's text goes on under the caption
    arts = stories(page(*TOP, STACK, LEAD, CHART, "本报记者 林 岩 制图", MORE))
    captions = [a for a in arts if a.kind == "caption"]
    assert len(captions) == 1 and captions[0].byline == ["林岩"]
    assert len([a for a in arts if a.kind != "caption"]) == 1
    assert arts[0].headline == STACK and arts[0].text.endswith("增长6.2%。")


def test_credit_before_the_names_closes_its_caption_too():
    arts = stories(page(*TOP, STACK, LEAD, CHART, "制图 林 岩", MORE))
    assert [a.byline for a in arts if a.kind == "caption"] == [["林岩"]]
    assert len([a for a in arts if a.kind != "caption"]) == 1


def test_byline_without_credit_word_opens_a_story():
    # near miss: a byline with no credit word over a new story's text still opens that story
    other = ("秋粮收购开局平稳", "本报记者 林 岩",
             "连日来，全县各收储企业陆续开秤收购，截至目前已收购\n中晚稻1.2万吨，收购价格保持稳定。")
    arts = stories(page(*TOP, STACK, LEAD, *other))
    assert any(a.byline == ["林岩"] and a.text.startswith("连日来") for a in arts if a.kind != "caption")


LABELLED = ("【图说】", "10月19日，游客在某镇古村落参观非遗展示。今年以来，\n该镇接待游客超过30万人次。", "本报记者 林 岩 摄")


def test_label_over_a_caption_is_the_caption_kicker():
    # 【图说】 right over a caption: the label is the caption's, no empty box beside it
    arts = stories(page(*TOP, STACK, LEAD, *LABELLED))
    assert [a.kind for a in arts] == ["news", "caption"]
    assert arts[1].kicker == "图说" and arts[1].text.startswith("10月19日，游客在某镇")


def test_label_over_a_box_text_stays_a_box():
    # near miss: a label over text that is no caption (no 图为, no credit under it) is a box's label
    box = ("【相关链接】", "居民人均可支配收入是指居民可用于最终消费支出和储蓄的\n总和，即居民可用于自由支配的收入。")
    arts = stories(page(*TOP, STACK, LEAD, *box))
    assert [a.kind for a in arts] == ["news", "box"]


def test_numbered_photo_caption_takes_no_kicker():
    # near miss: a photo strip's number (①) is a label part of its caption, not its kicker
    strip = ("①10月19日，游客在某镇古村落参观非遗展示。", "本报记者 林 岩 摄")
    arts = stories(page(*TOP, STACK, LEAD, *strip))
    assert all(a.kicker == "" for a in arts if a.kind == "caption")
