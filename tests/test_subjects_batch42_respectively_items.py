"""Batch 42: the items of a 分别 list. A trade named by its activity (商品零售) is measured as printed, so the last
item keeps its own head (商品零售、餐饮收入 → 餐饮收入, not 餐饮); a scope of the units above the reporting threshold
(限额以上单位) before the first item is the whole list's (限额以上单位家电类、日用品类… → 家电类)."""

from tests.snippets import subjects_of


def test_retail_and_catering_income():
    text = "按消费类型分，商品零售、餐饮收入分别增长6.2%和11.4%。"
    assert subjects_of(text, "6.2%") == ["商品零售"]
    assert subjects_of(text, "11.4%") == ["餐饮收入"]


def test_the_threshold_scope_goes_from_the_first_item():
    text = "限额以上单位家电类、日用品类、文化办公用品类商品零售额分别增长9.1%、4.3%和2.7%。"
    assert subjects_of(text, "9.1%") == ["家电类"]
    assert subjects_of(text, "2.7%") == ["文化办公用品类"]


def test_near_miss_the_threshold_alone_is_a_noun():
    assert subjects_of("全市限额以上单位网上零售额86.4亿元。", "86.4亿元")[0].endswith("限额以上单位网上零售额")
