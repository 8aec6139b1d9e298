"""A flattened table's cell printed with its own rate sign (class: 环比涨跌 column heading gives no comparison).

A price table (品种 均价 环比涨跌) flattened one row a line prints its change column's cells with their sign and
%: each is the change of its row's label against the column's base (环比), in the table's period, read once,
by the table reader; the level column keeps the unit printed in brackets above the heading row."""

from tests.snippets import claims_of, raw

TABLE = ("本报讯 上周茶市交易活跃。", "3月10日至16日某茶叶交易市场主要品种批发价", "（单位：元/公斤）", "品种 均价 环比涨跌",
         "明前绿茶 1360 +4.2%", "雨前绿茶 520 -1.8%", "炒青绿茶 40 0.0%", "数据来源：某茶叶交易市场")


def test_a_rate_cell_is_its_rows_change_against_the_columns_base():
    found = [(c.quote, c.value, c.unit, c.subject, c.comparison, c.direction) for c in claims_of(raw(*TABLE), lead="")]
    assert found == [
        ("1360", 1360, "CNY/kg", "明前绿茶", None, None), ("+4.2%", 4.2, "%", "明前绿茶", "环比", "increase"),
        ("520", 520, "CNY/kg", "雨前绿茶", None, None), ("-1.8%", -1.8, "%", "雨前绿茶", "环比", "decrease"),
        ("40", 40, "CNY/kg", "炒青绿茶", None, None), ("0.0%", 0, "%", "炒青绿茶", "环比", None),
    ]


def test_every_figure_takes_the_tables_period():
    assert {c.period for c in claims_of(raw(*TABLE), lead="")} == {"2024-03-10/2024-03-16"}
