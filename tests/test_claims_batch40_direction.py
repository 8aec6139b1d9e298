"""Batch 40, direction of the claims extractor. Invented sentences.

- 多 or 少 right before a verb (多支付, 多打, 多获, 少缴), then at most the verb's object, up to an amount: a thing done
  more or less by that amount, an increase or a decrease, after a modal (将, 能, 可: than otherwise) or a written base
  (near misses: 许多, 多家, 至少 and 不少 before a verb are no 'more' or 'less'; with neither a modal nor a base,
  今年多蓄水…, the amount may be the one stored: none, as batch 23 has it).
"""

from tests.snippets import one


def test_duo_before_a_two_character_verb_and_its_object():
    assert one("新政实施后，每年将多支付救助资金约2亿元。", "约2亿元").direction == "increase"


def test_duo_before_a_one_character_verb():
    assert one("换了新品种，玉米亩产能多打120斤。", "120斤").direction == "increase"


def test_duo_with_a_base_and_an_object_between():
    assert one("代表团比上届多获金牌5枚。", "5枚").direction == "increase"


def test_shao_before_a_verb_is_a_decrease():
    c = one("减税政策实施后，企业每年可少缴税费300万元。", "300万元")
    assert (c.direction, c.value) == ("decrease", -3000000)
    c = one("减税政策让企业今年比去年少缴税费300万元。", "300万元")
    assert c.direction == "decrease"


def test_near_miss_xuduo_is_no_more():
    assert one("全县许多农户收获粮食300万斤。", "300万斤").direction is None


def test_near_miss_duo_before_a_measure():
    assert one("全县多家企业收入300万元。", "300万元").direction is None


def test_near_miss_zhishao_and_bushao():
    assert one("今年至少招聘教师30名。", "30名").direction is None
    assert one("不少收费站收费300万元。", "300万元").direction is None


def test_near_miss_neither_a_modal_nor_a_base():
    assert one("全县今年多收粮食1.2万吨。", "1.2万吨").direction is None
