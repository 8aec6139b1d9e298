"""The package's one tokenizer (frontpage.parse.segmenter) and the unit-word check built on it
(frontpage.parse.unit_words): where words begin and end in a short phrase, dictionary words only."""

from __future__ import annotations

import pytest

from frontpage.parse.segmenter import first_word, spans_words, word_bounds, word_ends_at
from frontpage.parse.unit_words import opens_on_unit_word


@pytest.mark.parametrize("text, end, expected", [
    ("万元，同比增长", 2, True),     # 万元 is a word of its own
    ("人民群众", 1, False),          # 人 begins 人民
    ("本校师生", 1, False),          # 本 begins 本校
    ("个人所得税", 1, False),        # 个 begins 个人所得税
    ("家庭轿车", 1, False),          # 家 begins 家庭
    ("帮扶干部", 2, True),           # 帮扶 | 干部
    ("准备金余额", 2, False),        # 准备 is cut inside 准备金
])
def test_word_ends_at(text, end, expected):
    assert word_ends_at(text, end) is expected


@pytest.mark.parametrize("text, expected", [
    ("万余次巡河", "万余次"),
    ("人民生活持续改善", "人民"),
    ("", ""),
])
def test_first_word(text, expected):
    assert first_word(text) == expected


def test_word_bounds_include_both_ends_and_every_cut():
    assert word_bounds("准备金余额") == frozenset({0, 3, 5})
    assert word_bounds("") == frozenset({0})


@pytest.mark.parametrize("phrase, start, end, expected", [
    ("帮扶干部", 0, 2, True),
    ("准备金余额", 0, 2, False),
    ("检出限以下样品", 0, 2, False),
])
def test_spans_words(phrase, start, end, expected):
    assert spans_words(phrase, start, end) is expected


@pytest.mark.parametrize("line, expected", [
    ("万余次", True),
    ("个百分点", True),
    ("%，位居全省前列", True),
    ("亿元", True),
    ("人民生活持续改善", False),   # 人 as the start of 人民, not a unit
    ("千方百计稳就业", False),
    ("万家灯火", False),
    ("", False),
])
def test_a_line_opens_on_a_unit_word(line, expected):
    assert opens_on_unit_word(line) is expected
