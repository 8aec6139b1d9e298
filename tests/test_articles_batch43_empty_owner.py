"""Headline stacks shared among headless stories: an owner that holds no line has no score to add (before, the
sharing made so far looked its score up and a page of near-empty lines crashed with a KeyError)."""

from tests.snippets import parse, raw


def test_a_page_of_bare_marks_parses():
    arts = parse(raw("0“、", "0", "0", "0", "0“，", "□一一", "0", "0"))
    assert arts


def test_a_plain_story_still_parses():
    arts = parse(raw("本报讯 全市新建口袋公园12个，方便市民就近休闲。", "市民在公园散步。"))
    assert arts
