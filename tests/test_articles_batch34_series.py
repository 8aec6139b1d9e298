"""Batch 34: a series' numbered tag (某某系列①) printed at the foot over a stack that another story takes:
the tag is that stack's kicker, not the headline of the headless text above it (_series_tags_down, on
stories as the headline groups left them). Every snippet is invented; near misses must not change."""

from __future__ import annotations

from frontpage.parse.articles import _series_tags_down, _Story
from frontpage.parse.reading import decode_edition
from frontpage.parse.reflow import Span, TextUnit
from tests.snippets import raw

LINES = ("清晨6点，某镇东岭村的茶园里已是一片忙碌。",  # 1: the feature's text
         "据县农业农村局介绍，今年以来，全县已开办田间课堂32个。",  # 2: its section's text
         "",
         "茶乡新农人①",  # 4
         "",
         "田间课堂育出新茶农",  # 6
         "——我县推进茶农技能培训见闻")  # 7


def _unit(ed, n):
    text = ed.lines[n - 1]
    return TextUnit("head", [Span(n, 0, len(text))], text=text)


def _stories(lines, tag_line=4):
    ed = decode_edition(raw(*lines).encode("utf-8"))
    feature = _Story(kind="news", source="本报", heads_after=[_unit(ed, 6), _unit(ed, 7)])
    section = _Story(kind="unknown", heads_after=[_unit(ed, tag_line)])
    return ed, feature, section


def test_numbered_tag_goes_down_to_the_stack_under_it():
    ed, feature, section = _stories(LINES)
    _series_tags_down(ed, [feature, section])
    assert [u.text for u in feature.heads_after] == ["茶乡新农人①", "田间课堂育出新茶农", "——我县推进茶农技能培训见闻"]
    assert section.heads_after == []


def test_tag_without_a_number_stays():
    # near miss: a short line with no instalment number is the text's own headline here
    lines = LINES[:3] + ("茶乡新农人",) + LINES[4:]
    ed, feature, section = _stories(lines)
    _series_tags_down(ed, [feature, section])
    assert [u.text for u in section.heads_after] == ["茶乡新农人"]


def test_tag_far_above_the_stack_stays():
    # near miss: text printed between the tag and the stack: the tag heads its own text
    lines = LINES[:4] + ("县里还将扩大培训规模。",) + LINES[5:]
    ed, feature, section = _stories(lines)
    _series_tags_down(ed, [feature, section])
    assert [u.text for u in section.heads_after] == ["茶乡新农人①"]
