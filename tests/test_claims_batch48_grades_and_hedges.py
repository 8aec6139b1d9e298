"""Grades are no counts (一二类苗, 三类水质), so 约为 after one is 约 again, and 跨过…台阶 is at least, as 跨上.

Classes: a numeral before 类 that names a grade, either two adjacent grades (一二类苗 'first- and second-class
seedlings', 二三类苗) or a water or seedling class (三类水质, 四类断面), states no amount: a claim would read it as a
count (3) or a range (1-2) with no value; with the grade gone, 约为 after it is read as 约 again (比例约为85%:
approximate, the figure alone quoted, as the hedge tests of batch 7 ask). 跨过…台阶 'strides over the mark' is a lower bound, as 跨上 and 迈上. Near misses: 两类企业 and 3类补贴 are
counts of kinds, and 分为三类区域 counts three."""

import pytest

from tests.snippets import claims_of


@pytest.mark.parametrize("sentence, claims", [
    ("已播麦田中一二类苗比例约为85%，苗情好于常年。", [("85%", 85, "approx")]),
    ("二三类苗比例为15%。", [("15%", 15, None)]),
    ("全市地表水达到或好于三类水质比例为92%。", [("92%", 92, None)]),
    ("全市地区生产总值跨过4000亿元台阶。", [("跨过4000亿元", 400000000000, "lower_bound")]),
    ("新增两类企业12家。", [("两类", 2, None), ("12家", 12, None)]),
    ("全县共有3类补贴。", [("3类", 3, None)]),
    ("全县分为三类区域。", [("三类", 3, None)]),
])
def test_grades_hedges_and_counts_of_kinds(sentence, claims):
    assert [(c.quote, c.value, c.qualifier) for c in claims_of(sentence)] == claims
