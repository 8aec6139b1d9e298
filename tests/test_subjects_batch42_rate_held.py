"""Batch 42: a growth rate (增速, 增幅) held at a level (增速已连续5个月保持在6%以上) or the run of months it has
been held there (经济增速已连续8个季度高于…) is what is measured: the rate word stays in the subject; a rate stated
with 为 (钢铁行业增速为-2.1%) still measures the thing before it."""

from tests.snippets import subjects_of


def test_a_rate_held_above_a_level():
    text = "全县规模以上工业增加值增速已连续5个月保持在6%以上。"
    assert subjects_of(text, "6%以上") == ["全县规模以上工业增加值增速"]


def test_the_run_of_months_a_rate_is_held():
    assert subjects_of("全县规模以上工业增加值增速已连续5个月保持在6%以上。", "5个月") == ["全县规模以上工业增加值增速"]


def test_the_run_of_quarters_a_rate_leads():
    assert subjects_of("全区经济增速已连续8个季度高于全市平均水平。", "8个季度") == ["全区经济增速"]


def test_near_miss_a_rate_stated_with_wei():
    assert subjects_of("1至9月，纺织行业增速为-3.4%。", "-3.4%") == ["纺织行业"]
