"""Batch 40: a headline broken after a comma over two display lines (山坡上种出“致富茶”， ⏎ 每户年增收八千元): a
kicker or a deck is a tier of its own and never ends on a comma, so the two lines are one headline, joined
without a space and the comma kept. Every snippet is invented; near misses must not change."""

from __future__ import annotations

from tests.snippets import page, raw, stories

HEADER = ("乡村振兴", "2024年5月8日 星期三")
BYLINE = " □本报记者 林 溪 通讯员 郑小禾"
BODY = ("5月初，走进某县云雾镇茶山村的生态茶园，", "茶农们正忙着采摘春茶。“山坡上的致富茶", "今年卖到了每斤600元。”茶农告诉记者。",
        "今年，全村茶园面积达到2600亩，春茶产", "量同比增长一成半，每户年增收八千元。")


def _lead(arts):
    return next(a for a in arts if a.kind == "news")


def test_headline_broken_after_comma_is_one_headline():
    a = _lead(stories(raw(*HEADER, "山坡上种出“致富茶”，", "每户年增收八千元", BYLINE, *BODY)))
    assert (a.kicker, a.headline, a.subheadlines) == ("", "山坡上种出“致富茶”，每户年增收八千元", [])


def test_halfwidth_comma_end_runs_on_too():
    a = _lead(stories(raw(*HEADER, "老茶园焕发新生机,", "春茶产量同比增长一成半", BYLINE, *BODY)))
    assert a.headline == "老茶园焕发新生机,春茶产量同比增长一成半" and a.kicker == ""


def test_comma_break_on_a_page_with_blank_lines():
    a = _lead(stories(page(*HEADER, "山坡上种出“致富茶”，\n每户年增收八千元", BYLINE.strip(), "\n".join(BODY))))
    assert a.headline == "山坡上种出“致富茶”，每户年增收八千元" and a.kicker == ""


def test_dash_deck_under_a_comma_line_stays_a_deck():
    # near miss: a dash deck is a tier of its own whatever the line above ends on
    a = _lead(stories(raw(*HEADER, "山坡上种出“致富茶”，每户年增收八千元", "——某县发展生态茶产业见闻", BYLINE, *BODY)))
    assert a.subheadlines == ["——某县发展生态茶产业见闻"]


def test_stack_without_comma_keeps_its_reading():
    # near miss: no comma at the upper line's end: the older reading of the two tiers holds
    a = _lead(stories(raw(*HEADER, "山坡上种出“致富茶”", "每户年增收八千元", BYLINE, *BODY)))
    assert a.headline != "山坡上种出“致富茶”每户年增收八千元"
    assert "山坡上种出“致富茶”" in (a.kicker, a.headline)
