"""Batch 35: the masthead's organ line set beside its serial number, whose label a single space parts from
the number (中共某某市委主管主办 国内统一连续出版物号 CN00-0000): one masthead line, furniture, not a teaser
over the page's 导读. Every snippet is invented; near misses must not change."""

from __future__ import annotations

from frontpage.parse.furniture import _masthead_sub


def test_serial_label_and_number_apart_by_one_space():
    assert _masthead_sub("中共某某市委主管主办 国内统一连续出版物号 CN00-0000")


def test_pieces_still_read_one_by_one():
    assert _masthead_sub("某某日报社主办 第1234期")


def test_a_headline_beside_an_organ_line_is_no_masthead_line():
    # near miss: words that are no masthead piece stay unread as one
    assert not _masthead_sub("中共某某市委主管主办 全市夏粮收购启动")


def test_masthead_block_on_a_page():
    from tests.snippets import page, parse
    text = page("某川日报\nMOUCHUAN DAILY\n中共某川市委主管主办 国内统一连续出版物号 CN00-0000",
                "2024年7月19日 星期五",
                "本报讯 7月18日，全市夏粮收购工作启动，首日收购小麦1200吨。")
    arts = parse(text)
    assert arts[0].kind == "furniture" and arts[0].lines == [[1, 3]]
    assert [a.headline for a in arts if a.kind != "furniture"] == [""]
