"""A flattened table whose 单位 line also carries its period (class: flattened 【数说】 table with the unit
on the heading line).

A data box flattened into lines may print its period and its unit on one line (2025年1—10月 单位：亿元)
over rows of a label and a bare figure: every row's figure is in that unit, of that period. Near miss: a
line of prose that ends on a 单位 label (a clause mark before it) heads no table."""

from tests.snippets import claims_of, raw

ROWS = ("进出口总额 64.8", "出口 41.7", "进口 23.1", "图为11月8日，客商在展区参观。")


def test_rows_under_a_period_and_unit_line_take_both():
    found = claims_of(raw("某市与港澳合作成果丰硕，今年以来进出口总额持续增长。", "【数说合作】", "2025年1—10月 单位：亿元", *ROWS), lead="")
    assert [(c.quote, c.value, c.unit, c.subject, c.period) for c in found] == [
        ("64.8", 6480000000, "CNY", "进出口总额", "2025-01/2025-10"),
        ("41.7", 4170000000, "CNY", "出口", "2025-01/2025-10"),
        ("23.1", 2310000000, "CNY", "进口", "2025-01/2025-10"),
    ]


def test_a_title_and_unit_on_one_line_without_a_period():
    found = claims_of(raw("某县外贸保持增长。", "主要外贸指标 单位：亿元", "进出口总额 18.2", "出口 11.5"), lead="")
    assert [(c.quote, c.value, c.unit, c.subject) for c in found] == [
        ("18.2", 1820000000, "CNY", "进出口总额"), ("11.5", 1150000000, "CNY", "出口")]


def test_near_miss_prose_ending_on_a_unit_label_heads_no_table():
    found = claims_of(raw("某县外贸保持增长。", "据统计，主要外贸指标 单位：亿元", "进出口总额 18.2", "出口 11.5"), lead="")
    assert [c.quote for c in found] == []
