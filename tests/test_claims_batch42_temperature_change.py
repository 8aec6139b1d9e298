"""降温 or 升温 right before a temperature, through 幅度 and a link: the figure is the size of that change, a
decrease (its value or bounds negative) or an increase (过程降温幅度5℃～7℃, 降温幅度可达9℃)."""

from tests.snippets import one


def test_fall_range_after_size_word():
    c = one("受强冷空气影响，本周后期全市过程降温幅度5℃～7℃。", "5℃～7℃")
    assert c.direction == "decrease" and (c.low, c.high) == (-7, -5)


def test_fall_with_link():
    c = one("山区最大降温幅度可达9℃，请注意防寒保暖。", "9℃")
    assert c.direction == "decrease" and c.value == -9


def test_rise_range():
    c = one("周末起冷空气减弱，升温幅度3℃至4℃。", "3℃至4℃")
    assert c.direction == "increase" and (c.low, c.high) == (3, 4)


def test_near_miss_level_of_temperature_unchanged():
    c = one("降温过后，全市最低气温为2℃。", "2℃")
    assert c.direction is None and c.value == 2


def test_near_miss_deviation_keeps_its_base():
    c = one("今年以来全市平均气温较常年偏高0.9℃。", "0.9℃")
    assert c.direction == "increase" and c.value == 0.9
