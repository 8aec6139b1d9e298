"""A stack over a photo and a box, its story after them (class: stack over a photo and a box).

A front page sets a lead's kicker, headline and deck, then a photo with its caption and credit, then a
small box (【链接】, 【背景】), and only then the lead's own text (本报讯…). The stack is the lead's, not a
teaser. When the story after the box has its own headline printed after its text, the stack titles the
photo and stays off the story (near miss)."""

from tests.snippets import page, stories

PARAGRAPHS = (
    "端午假期",
    "全县接待游客38.6万人次 旅游收入2.7亿元\n——古镇景区日均客流创新高",
    "6月10日，游客在清溪古镇码头乘坐乌篷船。\n本报记者 林 岚 摄",
    "【链接】\n去年端午假期，全县接待游客31.2万人\n次，旅游收入2.1亿元。",
    "本报讯（记者 方 舟）6月12日，记者从县\n文化和旅游局获悉，端午假期全县共接待\n游客38.6万人次，同比增长23.7%；实现旅\n游收入2.7亿元，同比增长28.6%。",
    "假期期间，清溪古镇、竹海景区日均客流\n均创新高，夜间消费占比达到四成。",
)
STACK_PHOTO_BOX = page(*PARAGRAPHS)


def test_stack_over_photo_and_link_box_heads_the_story_after():
    lead = next(s for s in stories(STACK_PHOTO_BOX) if s.source == "本报讯")
    assert "全县接待游客38.6万人次" in lead.headline
    assert lead.byline == ["方舟"]
    assert not [s for s in stories(STACK_PHOTO_BOX) if s.kind == "teaser"]


def test_stack_over_photo_and_background_box_heads_the_story_after():
    text = STACK_PHOTO_BOX.replace("【链接】", "【背景】")
    lead = next(s for s in stories(text) if s.source == "本报讯")
    assert "全县接待游客38.6万人次" in lead.headline


def test_story_with_its_own_headline_after_its_text_keeps_off_the_stack():
    text = page(*PARAGRAPHS, "古镇景区夜间消费占比达到四成")
    lead = next(s for s in stories(text) if s.source == "本报讯")
    assert "全县接待游客38.6万人次" not in lead.headline


def test_stack_over_a_photo_alone_still_heads_the_story_after():
    text = STACK_PHOTO_BOX.replace("【链接】\n去年端午假期，全县接待游客31.2万人\n次，旅游收入2.1亿元。\n\n", "")
    lead = next(s for s in stories(text) if s.source == "本报讯")
    assert "全县接待游客38.6万人次" in lead.headline
