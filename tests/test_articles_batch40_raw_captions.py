"""Batch 40: a photo-led item on a page without blank lines (pdftotext -raw): a short title line right over a
caption that gives the day and closes on its 摄 credit is the photo's title, the caption's headline, not a
teaser with no text beside a headless caption. Every snippet is invented; near misses must not change."""

from __future__ import annotations

from tests.snippets import raw, stories

HEADER = ("3", "乡村振兴·农事", "2024年9月10日 星期二")
CAPTION = ("9月8日，某县石桥镇连片果园里，果农", "正忙着采摘早熟梨。今年该镇种植梨树", "1.2万亩，预计总产量可达3万吨。",
           "本报记者 陶 禾 摄")
STORY = ("秋收秋种有序推进", "本报讯 连日来，某县各乡镇抢抓晴好天气，", "组织农机手开展秋收作业，目前已收获", "玉米8.6万亩。（记者 陶 禾）")


def test_title_over_a_credited_caption_is_its_headline():
    arts = stories(raw(*HEADER, "梨园飘香丰收忙", *CAPTION, *STORY))
    cap = arts[0]
    assert (cap.kind, cap.headline, cap.byline) == ("caption", "梨园飘香丰收忙", ["陶禾"])
    assert cap.text.startswith("9月8日，某县石桥镇") and not any(a.kind == "teaser" for a in arts)


def test_caption_under_a_story_takes_the_title_between():
    arts = stories(raw(*HEADER, *STORY, "梨园飘香丰收忙", *CAPTION))
    cap = next(a for a in arts if a.kind == "caption")
    assert cap.headline == "梨园飘香丰收忙" and not any(a.kind == "teaser" for a in arts)


def test_long_line_over_a_caption_is_no_photo_title():
    # near miss: a line longer than a photo's title (a story's headline set over the photo) is not taken
    long_head = "某县今年早熟梨种植面积达到一万两千亩总产量预计三万吨"
    arts = stories(raw(*HEADER, long_head, *CAPTION, *STORY))
    assert not any(a.kind == "caption" and a.headline == long_head for a in arts)
