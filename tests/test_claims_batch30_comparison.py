"""Comparison classes of batch 30, written as invented sentences: none is copied from an edition. Each table holds
cases that failed before its class was fixed and near misses the new rule must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from tests.snippets import claims_of


def _read(text: str, when: date = date(2020, 5, 6)) -> dict:
    return {c.quote: (c.comparison, c.period) for c in claims_of(text, when)}


# --- 比多年平均: the long-run mean is a base, whole (not 均 'all'), and it makes the figure no yearly rate -------------
# --- 较年初总体回升: an adverb after the base is no part of it ------------------------------------------------------
@pytest.mark.parametrize("text, quote, expected", [
    ("2019年全县平均降水量1120.5毫米，比多年平均偏少6.3%。", "6.3%", ("比多年平均", "2019")),
    ("2019年全县地表水资源量12.4亿立方米，比上年增加3.1%，比多年平均偏多2.2%。", "2.2%", ("比多年平均", "2019")),
    ("2019年，全县地下水位年末较年初总体回升0.42米。", "0.42米", ("比年初", "2019")),
    ("2019年，全县地下水位年末较年初整体下降0.42米。", "0.42米", ("比年初", "2019")),
    # near misses: 均 'both' after a base is still dropped (上年均 is no 年均); a long-run mean that is the figure's own keeps no period
    ("2019年，两县粮食产量比上年均增长3.5%。", "3.5%", ("同比", "2019")),
    ("2019年，全县多年平均降水量1200毫米。", "1200毫米", (None, None)),
])
def test_a_long_run_mean_is_a_whole_base(text, quote, expected):
    assert _read(text)[quote] == expected
