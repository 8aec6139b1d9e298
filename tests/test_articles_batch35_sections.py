"""Batch 35: a page's section name away from its date line (class: a section name by its form, 综合新闻,
教育周刊, 两会特刊, alone on its line at the top, at the foot over the desk line, or among a raw page's
stories; and a short name on the page's first line over a bare page number). It is furniture, never a
teaser nor a story's headline. Every snippet is invented; near misses must not change."""

from __future__ import annotations

from tests.snippets import page, parse, raw, stories


def _headlines(text: str) -> list[str]:
    return [a.headline for a in stories(text)]


def test_section_name_first_on_a_raw_page():
    # the story under it restates the name's word (农村), as a headline's story would: still the section
    text = raw("农村新闻",
               "本报讯（记者 林 夏）6月3日，全县农村",
               "夏粮收购工作启动，首日收购小麦1200吨。",
               "县粮食局相关负责人介绍，今年农村共设收",
               "购点18个，确保农民售粮不难。")
    arts = stories(text)
    assert len(arts) == 1 and arts[0].headline != "农村新闻"
    assert arts[0].first_line == 2


def test_section_name_at_the_foot_over_the_desk_line():
    text = page("本报讯 6月3日，全县夏粮收购工作启动，首日收购小麦1200吨。",
                "县粮食局相关负责人介绍，今年共设收购点18个，确保农民售粮不难。",
                "乡镇新闻",
                "责编：林 夏 美编：何 川")
    assert [a.kind for a in stories(text)] == ["news"]


def test_short_name_over_the_page_number_first_on_the_page():
    text = raw("聚焦乡村振兴",
               "3",
               "本报讯（记者 林 夏）6月3日，全县夏粮",
               "收购工作启动，首日收购小麦1200吨。")
    arts = stories(text)
    assert len(arts) == 1 and arts[0].headline != "聚焦乡村振兴" and arts[0].first_line == 3


def test_wrapped_headline_ending_on_the_word_stays():
    # near miss: a headline's first line ending on 新闻 is longer than a section name
    text = page("省政府举行新闻",
                "发布会通报夏粮收购",
                "本报讯 6月3日，省政府举行新闻发布会，通报全省夏粮收购工作进展。")
    assert _headlines(text) == ["省政府举行新闻发布会通报夏粮收购"]


def test_box_label_stays_a_label():
    # near miss: 图片新闻 labels a picture story; it is not the page's section name
    text = page("本报讯 6月3日，全县夏粮收购工作启动，首日收购小麦1200吨。",
                "图片新闻",
                "6月3日，农民在县粮站排队售粮。",
                "本报记者 林 夏 摄")
    assert not any(a.kind == "furniture" and "图片新闻" in a.text for a in parse(text))


def test_short_headline_first_without_a_page_number_stays():
    # near miss: a short first line over a lead, with no page number under it, is the story's headline
    text = page("夏粮收购启动",
                "本报讯 6月3日，全县夏粮收购工作启动，首日收购小麦1200吨。")
    assert _headlines(text) == ["夏粮收购启动"]
