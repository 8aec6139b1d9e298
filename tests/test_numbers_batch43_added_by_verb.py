"""新增 (or 净增) right before another verb (新增加装电梯, 新增设立…, 新增入库…, 新增恢复…): the figure counts the
things added, the second verb saying how they were added, so the addition is still an increase. Before, any verb
after a change verb cancelled the change. Near misses: 增加 before a verb (增加投入: no count of things added),
新建 before another verb (新建改建: built, no change), and 新开工 (started, no change) stay without a direction."""

import pytest

from tests.snippets import one

ADDED = [
    ("今年以来，全区已新增加装电梯146部。", "146部"),
    ("去年，全县新增设立社区托育点32个。", "32个"),
    ("一季度，全市新增入库规上服务业企业27家。", "27家"),
    ("通过整修渠系，全镇新增恢复灌溉面积1.6万亩。", "1.6万亩"),
    ("今年全市净增注册志愿者1.2万人。", "1.2万人"),
]

UNCHANGED = [
    ("全县增加投入资金2.3亿元。", "2.3亿元"),
    ("今年全县新建改建农村公路128公里。", "128公里"),
    ("一季度全市新开工项目87个。", "87个"),
]


@pytest.mark.parametrize("sentence, quote", ADDED)
def test_an_addition_made_by_a_second_verb_is_an_increase(sentence, quote):
    assert one(sentence, quote).direction == "increase"


@pytest.mark.parametrize("sentence, quote", UNCHANGED)
def test_other_verb_pairs_give_no_direction(sentence, quote):
    assert one(sentence, quote).direction is None
