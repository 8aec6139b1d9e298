"""Batch 41, comparison and direction of the claims extractor. Invented sentences.

A bracketed aside glossing a written base (比规划目标（年均增长7%）低0.5个百分点, 比上年末（86.2万人）增加1.4万人)
is read through: the figure after it keeps its base and its change verb, and the figure inside the aside takes no
base from outside the bracket. Near misses: an aside after a figure with no base open before it (半程马拉松（21公里）
和亲子跑3公里) and an aside closed before a comma stay as they were.
"""

from tests.snippets import one


def test_change_after_an_aside_on_the_base():
    c = one("全县税收收入增长5.6%，比年度目标（增长7%）低1.4个百分点。", "1.4个百分点")
    assert (c.value, c.direction, c.comparison) == (-1.4, "decrease", "比年度目标")


def test_amount_after_an_aside_with_the_base_level():
    c = one("年末户籍人口比上年末（86.2万人）增加1.4万人。", "1.4万人")
    assert (c.value, c.direction, c.comparison) == (14000, "increase", "比上年末")


def test_figure_inside_the_aside_takes_no_outside_base():
    c = one("全县税收收入增长5.6%，比年度目标（增长7%）低1.4个百分点。", "7%")
    assert c.comparison is None


def test_aside_with_no_base_open_is_unchanged():
    c = one("赛事设半程马拉松（21公里）和亲子跑3公里两个项目。", "3公里")
    assert (c.value, c.comparison) == (3, None)


def test_aside_closed_before_a_comma_is_unchanged():
    c = one("全县完成投资2.4亿元（占年度计划的60%），同比增长5%。", "5%")
    assert (c.value, c.direction, c.comparison) == (5, "increase", "同比")
