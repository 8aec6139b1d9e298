"""A flattened table whose figure column names no unit (产品名称 产量 同比增长（%）) takes the unit its row's label
names in brackets (电动自行车（万辆） 3.75): the figure is a claim in that unit, its subject the label without the
bracket. Before, the first figure column was not read at all, and the growth column's subject kept the bracket."""

import pytest

from tests.snippets import claims_of, raw

TITLE = "表：上半年全市主要工业产品产量"
HEADING = "产品名称 产量 同比增长（%）"


def table(*rows: str) -> list:
    text = raw("本报讯 上半年全市工业生产总体平稳。", TITLE, HEADING, *rows, "资料来源：市统计局")
    return [(c.quote, c.value, c.unit, c.subject) for c in claims_of(text, lead="")]


ROWS = [
    ("电动自行车（万辆） 3.75 12.4", ("3.75", 37500, "vehicle", "电动自行车"), ("12.4", 12.4, "%", "电动自行车")),
    ("数控机床（台） 530 8.0", ("530", 530, "machine", "数控机床"), ("8.0", 8, "%", "数控机床")),
    ("风力发电机组（万千瓦） 41.6 -2.5", ("41.6", 416000, "kW", "风力发电机组"), ("-2.5", -2.5, "%", "风力发电机组")),
    ("钢材（万吨） 126.3 5.9", ("126.3", 1263000, "t", "钢材"), ("5.9", 5.9, "%", "钢材")),
]


@pytest.mark.parametrize("row, level, growth", ROWS)
def test_a_row_label_names_the_unit_of_a_bare_column(row, level, growth):
    assert table(row) == [level, growth]


def test_rows_read_together():
    assert [q for q, *_ in table(ROWS[0][0], ROWS[1][0])] == ["3.75", "12.4", "530", "8.0"]


def test_a_label_bracket_that_is_no_unit_adds_no_claim():
    """猪肉（后腿）: the bracket names a cut, not a unit; the bare column stays unread, the label as printed."""
    assert table("猪肉（后腿） 26.80 3.2") == [("3.2", 3.2, "%", "猪肉（后腿）")]


def test_a_heading_unit_wins_over_the_label():
    text = raw("本报讯 上半年全市工业生产总体平稳。", TITLE, "产品名称 产量（万吨） 同比增长（%）",
               "水泥（万吨） 86.4 -7.2", "资料来源：市统计局")
    assert [(c.quote, c.value, c.unit) for c in claims_of(text, lead="")] == [("86.4", 864000, "t"), ("-7.2", -7.2, "%")]
