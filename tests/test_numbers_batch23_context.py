"""Comparison and direction classes of batch 23's disagreements (and the batches before it), written as
invented sentences: none is copied from an edition. Each test held at least one check that failed before its
class was fixed, and most hold probes where the new rule must not fire."""

from __future__ import annotations

from datetime import date

import pytest

from tests.snippets import claims_of


@pytest.mark.parametrize("text, quote, direction, comparison, value", [
    # 比X多/少 + a one-character verb right before the figure (多蓄, 少蓄, 多收, 少排, 多发): more or fewer than the base
    ("截至6月底，全县水库蓄水4.2亿立方米，比常年同期多蓄0.6亿立方米。", "0.6亿立方米", "increase", "比常年", 60000000),
    ("今年全县夏粮比去年同期多收3.2万吨。", "3.2万吨", "increase", "同比", 32000),
    ("全市水库蓄水比去年同期少蓄0.35亿立方米。", "0.35亿立方米", "decrease", "同比", -35000000),
    ("上半年全县二氧化硫比上年少排1200吨。", "1200吨", "decrease", "同比", -1200),
    ("今年全县比计划多建23所村级幼儿园。", "23所", "increase", "比计划", 23),
    ("全县今年比去年多种了5000亩油菜。", "5000亩", "increase", "同比", 5000),
    # not fired: 多/少 that is no comparative (至少, 最多), a hedge (多于), a degree word (多达), no base, 比赛
    ("比赛期间至少有300人参加。", "300人", None, None, 300),
    ("比赛期间最多有32支队伍参赛。", "32支", None, None, 32),
    ("与上年相比，全县多数乡镇增产，增产粮食1.1万吨。", "1.1万吨", "increase", "同比", 11000),
    ("全市今年蓄水量多于3亿立方米。", "多于3亿立方米", None, None, 300000000),
    ("全县今年多蓄水1.2亿立方米。", "1.2亿立方米", None, None, 120000000),
    ("全县今年比去年少数乡镇受灾，受灾面积1.5万亩。", "1.5万亩", None, None, 15000),
    ("全县夏粮比去年增加3.2万吨。", "3.2万吨", "increase", "同比", 32000),
    ("全县存款同比多增12亿元。", "12亿元", "increase", "同比", 1200000000),
    ("全县水库蓄水比常年同期偏多0.3亿立方米。", "0.3亿立方米", "increase", "比常年", 30000000),
    ("全市今年比去年同期少了3家企业，现有企业128家。", "128家", None, None, 128),
])
def test_more_or_fewer_by_a_verb_after_a_base(text, quote, direction, comparison, value):
    found = {c.quote: c for c in claims_of(text + "\n", date(2024, 7, 20))}
    c = found[quote]
    assert (c.direction, c.comparison) == (direction, comparison)
    if value is not None:
        assert c.value == value
