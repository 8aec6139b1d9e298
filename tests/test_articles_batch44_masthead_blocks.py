"""A masthead set in blocks (class: masthead set in blocks).

The paper's name, its name in Latin letters and its organ line, set apart by blank lines at the top of the
front page, are one masthead: one item of furniture, not one per block. The date line under them stays an
item of its own (near miss)."""

from tests.snippets import page, parse

STORY = "本报讯（记者 柯 原）5月4日，记者从县统计局获悉，\n一季度全县地区生产总值增长6.2%。"


def _furniture(text: str) -> list[list[list[int]]]:
    return [a.lines for a in parse(text) if a.kind == "furniture"]


def test_name_and_organ_line_apart_are_one_masthead():
    text = page("青禾日报\nQINGHE DAILY", "中共青禾县委机关报", "全县经济运行开局平稳", STORY)
    assert _furniture(text)[0] == [[1, 2], [4, 4]]


def test_name_latin_name_and_organ_line_each_apart_are_one_masthead():
    text = page("青禾日报", "QINGHE DAILY", "中共青禾县委机关报", "全县经济运行开局平稳", STORY)
    assert _furniture(text)[0] == [[1, 1], [3, 3], [5, 5]]


def test_date_line_under_the_masthead_stays_its_own_item():
    text = page("青禾日报\nQINGHE DAILY", "2024年5月5日 星期日", "全县经济运行开局平稳", STORY)
    assert _furniture(text)[:2] == [[[1, 2]], [[4, 4]]]
