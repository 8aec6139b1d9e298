"""A flattened table's rows keep their cells apart in the text: never read as one run of words and numbers.

Class: a statistics box prints a table flattened by the extraction (指标 绝对额（亿元） 同比增长（%） ⏎
地区生产总值 1286.4 12.6 ⏎ …). When its first rows are joined like prose, the cells run together and two
figures read as one (地区生产总值1286.412.6). Every row, its row of column names too, is a line of the
item's text as printed, its cells set apart by one space. Near misses: prose with a figure in it is joined
as prose, and letter-spaced display type loses its spaces."""

import pytest

from tests.snippets import page, stories

TABLE = ("【数说上半年】\n{title}指标 绝对额（亿元） 同比增长（%）\n地区生产总值 1286.4 12.6\n"
         "规模以上工业增加值 — 16.2\n网上零售额 67.8 28.9")
ROWS = ["指标 绝对额（亿元） 同比增长（%）", "地区生产总值 1286.4 12.6", "规模以上工业增加值 — 16.2", "网上零售额 67.8 28.9"]


@pytest.mark.parametrize("title", ["", "2021年上半年某市主要经济指标\n"])
def test_a_boxed_tables_rows_are_its_text_as_printed(title):
    found = stories(page("某市经济稳中向好", "本报讯 上半年，全市经济运行总体平稳。", TABLE.format(title=title)))
    box = [a for a in found if a.kind == "box"]
    assert len(box) == 1 and box[0].text.split("\n") == ROWS
    assert "1286.412.6" not in "".join(a.text for a in found)


def test_near_miss_prose_with_figures_is_joined_as_prose():
    found = stories(page("某市经济稳中向好", "本报讯 上半年，全市地区生产总值\n1286.4亿元，同比增长12.6%，\n两年平均增长5.9%。"))
    assert found[0].text == "上半年，全市地区生产总值1286.4亿元，同比增长12.6%，两年平均增长5.9%。"
