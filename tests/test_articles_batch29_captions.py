"""Batch 29's caption class on invented ``pdftotext -raw`` pages: a photo's caption (one sentence opening on
its day) read into the last line of the story above its credit (…全覆盖。 ⏎ 5月8日，游客在某某公园赏花。 ⏎
本报记者 某某 摄) is a caption of its own. Near misses must not change."""

from __future__ import annotations

import pytest

from tests.snippets import raw, stories

STORY = ("2", "社会民生", "本报讯（记者 柯 林）5月8日，记者从", "市园林局获悉，今年以来全市新建", "口袋公园46个，改造提升绿道38",
         "公里，城区公园绿地服务半径覆盖", "率达到92.5%。今年计划再建口袋公", "园30个，力争实现街道全覆盖。")


@pytest.mark.parametrize("caption", ["5月7日，游客在滨河公园赏花。", "昨日，市民在公园健身。"])
def test_caption_line_above_a_credit_leaves_the_story(caption):
    arts = stories(raw(*STORY, caption, "本报记者 柯 林 摄"))
    story, photo = arts[0], arts[-1]
    assert story.text.endswith("力争实现街道全覆盖。")
    assert (photo.kind, photo.text.replace("\n", ""), photo.byline) == ("caption", caption, ["柯林"])


@pytest.mark.parametrize("last", [
    "目前工作进展顺利。",  # no day: a sentence of the story
    "5月7日，首批公园已向市民开放。",  # about as wide as the column: the story's own line
    "5月7日开工。目前进展顺利。",  # two sentences: the story's
])
def test_story_line_above_a_bare_credit_stays_the_story_s(last):
    arts = stories(raw(*STORY, last, "本报记者 柯 林 摄"))
    assert arts[0].text.endswith(last)


def test_caption_needs_a_closed_sentence_above():
    # near miss: the line above runs on (no sentence closed): the day line continues the story's sentence
    lines = STORY[:-1] + ("园30个，实现街道全覆盖，力争在",)
    arts = stories(raw(*lines, "5月7日前全部完工。", "本报记者 柯 林 摄"))
    assert arts[0].text.endswith("5月7日前全部完工。")
