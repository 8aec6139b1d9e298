"""Subject classes of batch 40: a point of a list opened by 一是, 二是, 三是 … (a connective of Chinese official
prose, as 其中 or 一、) is no part of what is measured. Invented sentences, none copied from an edition; each
table holds cases that failed before the fix and near misses."""

from __future__ import annotations

import pytest

from tests.snippets import subjects_of


@pytest.mark.parametrize("text, quote, expected", [
    ("一是城乡居民医保报销比例提高到70%。", "70%", "城乡居民医保报销比例"),
    ("二是养老保险月最高补贴标准由500元提高到800元。", "800元", "养老保险月最高补贴标准"),
    ("三是大病保险起付线降至1.2万元。", "1.2万元", "大病保险起付线"),
    # near misses: 是 as the verb of a sentence, not a list's marker
    ("这是全市最大的项目，总投资5亿元。", "5亿元", "总投资"),
    ("全县共有村庄120个。", "120个", "村庄"),
])
def test_a_list_marker_opens_no_subject(text, quote, expected):
    assert subjects_of(text, quote)[0] == expected
