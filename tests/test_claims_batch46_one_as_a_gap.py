"""一 as the size of a gap (class: "一" as a real amount dropped by the rule meant for "a/an").

After a verb of difference (高出, 便宜了, 相差, 多出 …) 一 with a unit of money or measure is the amount of the
difference, not "a/an". Table-driven: (sentence, quote, value, unit). Near misses: 一 before a count after
such a verb (多了一个车间) stays "a/an", and 一头 names no unit."""

import pytest

from tests.snippets import claims_of, one

CASES = [
    ("每斤鲜叶收购价比市场价高出一元。", "一元", 1, "CNY"),
    ("每吨价格便宜了一元。", "一元", -1, "CNY"),  # cheaper by: a decrease, signed negative as the brief says (batch 48)
    ("两地相差一公里。", "一公里", 1, "km"),
    ("新线比旧线多出一公里。", "一公里", 1, "km"),
]


@pytest.mark.parametrize("text, quote, value, unit", CASES)
def test_one_after_a_verb_of_difference_is_an_amount(text, quote, value, unit):
    c = one(text, quote)
    assert (c.value, c.unit) == (value, unit)


@pytest.mark.parametrize("text", ["一家企业多了一个车间。", "他比同龄人高出一头。"])
def test_near_miss_one_as_a_or_with_no_unit(text):
    assert claims_of(text) == []
