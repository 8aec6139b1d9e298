"""Batch 40: an inside page's header, the paper's name alone on the page's first line right over the date line
(某某日报 ⏎ 2024年3月12日 星期二): two items of furniture, the date its own, as under a folio. A front page's
masthead block (the name, its Latin name, the organ line) still takes its date line. Every snippet is invented;
near misses must not change."""

from __future__ import annotations

from tests.snippets import page, parse, raw

STORY = ("春耕备耕有序推进", "本报讯（记者 宁 禾）3月11日，记者从市农业农村局获悉，全市", "已储备各类种子2300吨、化肥4.1万吨，春耕物资供应充足。")


def _furniture(arts):
    return [a.lines for a in arts if a.kind == "furniture"]


def test_name_over_date_on_a_raw_page_are_two_items():
    arts = parse(raw("某溪日报", "2024年3月12日 星期二", "综合新闻", *STORY))
    assert _furniture(arts)[:2] == [[[1, 1]], [[2, 2]]]


def test_name_over_date_on_a_page_with_blank_lines():
    arts = parse(page("某溪日报\n2024年3月12日 星期二", *STORY))
    assert _furniture(arts)[:2] == [[[1, 1]], [[2, 2]]]


def test_masthead_block_keeps_its_date_line():
    # near miss: the name over its Latin name and organ line is a masthead block that takes the date under it
    arts = parse(page("某溪日报\nMOUXI DAILY\n中共某溪市委机关报\n2024年3月12日 星期二", *STORY))
    assert _furniture(arts)[0] == [[1, 4]]


def test_date_with_its_lunar_line_under_the_name_stays_one_block():
    # near miss: a date with its lunar date and page count under it is a front page's masthead block
    arts = parse(page("某溪日报\n2024年3月12日 星期二\n农历甲辰年二月初三\n今日8版", *STORY))
    assert _furniture(arts)[0] == [[1, 4]]
