"""Subject classes of batch 40: 近期 'in the near term' opening the phrase is a time word, as 近日 and 当前, and no
part of what is measured. Invented sentences, none copied from an edition; each table holds cases that failed
before the fix and near misses."""

from __future__ import annotations

import pytest

from tests.snippets import subjects_of


@pytest.mark.parametrize("text, quote, expected", [
    ("供电部门预计，近期全市最高用电负荷将突破500万千瓦。", "突破500万千瓦", "全市最高用电负荷"),
    ("近期全县日均客流保持在3万人次。", "3万人次", "全县日均客流"),
    # near misses: 近日 and 当前, time words already dropped before the fix
    ("近日全市最高用电负荷达到480万千瓦。", "480万千瓦", "全市最高用电负荷"),
    ("当前全县在建项目达到86个。", "86个", "全县在建项目"),
])
def test_a_near_term_time_word_opens_no_subject(text, quote, expected):
    assert subjects_of(text, quote)[0] == expected
