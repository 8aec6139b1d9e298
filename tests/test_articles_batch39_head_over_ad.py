"""Batch 39: on a page without blank lines (pdftotext -raw), a headline printed after its story's body right
over an advertisement block is the story's, not the advertisement's top line. Every snippet is invented;
near misses must not change."""

from __future__ import annotations

from tests.snippets import parse, raw

HEADER = ("2024年5月16日 星期四", "农业·农村", "5")
RICE = ("本报讯（记者 季小禾）记者日前从某市农业农村局获悉，", "今年全市早稻种植面积达到48.6万亩，",
        "比去年增加2.3万亩，其中机插秧面积占比超过七成。", "目前早稻长势良好，预计6月下旬开始收割。")
WIRE = ("新华社某地5月15日电（记者 石青）第五届某地花卉博览会", "15日开幕，来自9个省份的320家企业参展，",
        "展期5天，预计接待观众20万人次。")
AD = ("某某山泉水", "天然弱碱 源自深山", "某某饮品有限公司", "订购热线：0000-12345678", "地址：某市某县工业园区")
CREDITS = ("责编：甲乙 美编：丙丁 校对：戊己",)


def _by_first_line(arts):
    return {min(s.line for p in a.parts for s in p.spans): a for a in arts}


def test_headline_after_body_over_an_advertisement():
    # the headline says the news in its own words: it shares less than half its character pairs with the text
    arts = parse(raw(*HEADER, *RICE, "全市早稻扩种2万余亩", *AD, *CREDITS))
    first = _by_first_line(arts)
    rice = first[4]
    assert rice.headline == "全市早稻扩种2万余亩"
    ad = first[9]
    assert ad.kind == "furniture" and ad.furniture == "ad"


def test_two_headlines_after_two_headless_bodies_over_an_advertisement():
    # the wire item's headline first, then the story's above it, then the advertisement
    arts = parse(raw(*HEADER, *RICE, *WIRE, "第五届某地花卉博览会开幕", "全市早稻扩种2万余亩", *AD, *CREDITS))
    first = _by_first_line(arts)
    assert first[4].headline == "全市早稻扩种2万余亩"
    assert first[8].headline == "第五届某地花卉博览会开幕"
    assert first[13].kind == "furniture" and first[13].furniture == "ad"


def test_advertisement_echoing_nothing_keeps_its_top_line():
    # near miss: the top line of the advertisement says something of its own
    arts = parse(raw(*HEADER, *RICE, *AD, *CREDITS))
    first = _by_first_line(arts)
    assert first[8].kind == "furniture" and first[8].furniture == "ad"
    assert first[4].headline == ""


def test_story_with_its_own_headline_keeps_the_advertisement_whole():
    # near miss: the story above already has its stack over its text; the block under it is all advertisement,
    # even when its top line shares words with the story (a seed company's name)
    ad = ("早稻良种 机插秧专用", "某某种业有限公司", "订购热线：0000-12345678", "地址：某市某县工业园区")
    arts = parse(raw(*HEADER, "全市早稻种植面积达48.6万亩", *RICE, *ad, *CREDITS))
    first = _by_first_line(arts)
    assert first[4].headline == "全市早稻种植面积达48.6万亩"
    assert first[9].kind == "furniture" and first[9].furniture == "ad" and first[9].parts


def test_advertisement_under_a_headed_story_keeps_its_top_line():
    # near miss: the item right above the advertisement has its own headline; a headless story further up
    # whose words the advertisement's top line shares does not reach past it
    arts = parse(raw(*HEADER, *RICE, "第五届某地花卉博览会开幕", *WIRE, "早稻机插秧面积 选某某农机", *AD[1:], *CREDITS))
    first = _by_first_line(arts)
    assert first[4].headline == ""
    assert first[12].kind == "furniture" and first[12].furniture == "ad"
    assert first[12].parts[0].spans[0].line == 12
