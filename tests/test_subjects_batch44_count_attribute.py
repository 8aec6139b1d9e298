"""Subject classes of batch 44: a share or a count printed before its noun measures that noun only; what is said of
the noun after it (its 集体经济, 产能, 地区生产总值: ``count_attributes.csv``) ends it, for a share printed first as
for a count. A whole area (全市) is no counted noun: before such an attribute it names the measure's scope.
Invented sentences, none copied from an edition; each table holds cases that failed before the fix and near
misses that must stay as they were."""

from __future__ import annotations

import pytest

from tests.snippets import subjects_of


@pytest.mark.parametrize("text, quote, expected", [
    ("全县近四成的行政村集体经济年收入超过10万元。", "近四成", "行政村"),
    ("近八成规模以上工业企业产能利用率超过75%。", "近八成", "规模以上工业企业"),
    ("全省9个地级市地区生产总值增速高于全国平均水平。", "9个", "地级市"),
    # near misses: a whole area before the attribute, an attribute word before a head noun, no attribute
    ("全市地区生产总值增长6.1%。", "6.1%", "全市地区生产总值"),
    ("全县12个产能置换项目集中开工。", "12个", "产能置换项目"),
    ("全县近四成的行政村建成了电商服务站。", "近四成", "行政村"),
])
def test_an_attribute_ends_the_noun_counted_before_it(text, quote, expected):
    assert subjects_of(text, quote)[0] == expected
