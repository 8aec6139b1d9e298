"""Batch 41: a front page (its masthead over two lines or more: the name, its Latin name, the organ line)
prints no section name under its date line; a short theme or series label there (某溪这五年, 秋收时节看丰收)
is the top story's kicker, over its headline. An inside page's section name under its date line (城事,
经济·民生), and a section name's own form on a front page (要闻, 综合新闻), stay furniture. Every snippet is
invented; near misses must not change."""

from __future__ import annotations

from tests.snippets import page, parse, stories

FRONT = "某溪日报\nMOUXI RIBAO\n中共某溪市委主管主办"
INSIDE = "某溪日报"
DATE = "2024年10月9日 星期三 农历甲辰年九月初七"
STACK = "秋 粮 收 购 开 局 平 稳\n——全市已收购中晚稻3.6亿斤"
LEAD = ("本报讯（记者 柯 原）10月8日，记者从市粮食局获悉，全市\n已收购中晚稻3.6亿斤，同比增加2100万斤，"
        "收购\n进度快于去年同期。")


def _top(*paragraphs: str):
    return stories(page(*paragraphs))[0]


def test_theme_label_under_a_front_page_date_is_the_kicker():
    top = _top(FRONT, DATE, "秋收时节看丰收", STACK, LEAD)
    assert (top.kind, top.kicker, top.headline) == ("news", "秋收时节看丰收", "秋粮收购开局平稳")
    assert top.subheadlines == ["——全市已收购中晚稻3.6亿斤"]
    assert top.byline == ["柯原"]


def test_series_label_under_a_front_page_date_is_the_kicker():
    top = _top(FRONT, DATE, "某溪这五年", STACK, LEAD)
    assert (top.kicker, top.source) == ("某溪这五年", "本报讯")


def test_kicker_takes_the_first_line_of_the_story():
    arts = parse(page(FRONT, DATE, "某溪这五年", STACK, LEAD))
    top = next(a for a in arts if a.kind == "news")
    assert top.first_line == 7


def test_section_name_under_an_inside_page_date_stays_furniture():
    # near miss: an inside page's running head names the paper on one line; the line under its date is the section
    arts = parse(page(INSIDE, DATE, "城事", STACK, LEAD))
    assert any(a.kind == "furniture" and a.lines == [[5, 5]] for a in arts)
    assert next(a for a in arts if a.kind == "news").kicker == ""


def test_dotted_section_name_on_a_front_page_stays_furniture():
    # near miss: a section name's own form (two words joined by a middle dot) stays furniture on any page
    arts = parse(page(FRONT, DATE, "经济·民生", STACK, LEAD))
    assert any(a.kind == "furniture" and a.lines == [[7, 7]] for a in arts)


def test_news_section_word_on_a_front_page_stays_furniture():
    # near miss: 要闻 and a name ending on 新闻 are section names wherever they stand
    for name in ("要闻", "综合新闻"):
        arts = parse(page(FRONT, DATE, name, STACK, LEAD))
        assert any(a.kind == "furniture" and a.lines == [[7, 7]] for a in arts), name
        assert next(a for a in arts if a.kind == "news").kicker == "", name
