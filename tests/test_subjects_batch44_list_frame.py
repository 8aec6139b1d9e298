"""Subject classes of batch 44: what frames a whole 分别 list is printed once before its first item (the verb that
introduces every item, a modifier ending in 的, a coverb 在 or 为, a locative 内), and it is no part of that item:
each item is as short as its fellows. Invented sentences, none copied from an edition; each table holds cases that
failed before the fix and near misses that must stay as they were."""

from __future__ import annotations

import pytest

from tests.snippets import subjects_of


@pytest.mark.parametrize("text, quote, expected", [
    # a verb that introduces every item
    ("今年，东林县提前调运柴油、汽油分别为2.6、1.1万吨。", "2.6", "柴油"),
    ("全县落实小麦、大豆种子分别为95万公斤和40万公斤。", "95万公斤", "小麦"),
    ("对新认定3A级、2A级的旅游景区分别给予30万元、10万元奖励。", "30万元", "3A级"),
    # a modifier ending in 的, a coverb, a locative
    ("社区为登记的独居、空巢老人分别配发呼叫器210台和96台。", "210台", "独居"),
    ("灵活就业人员在一类、二类定点药店购药的报销比例分别提高到60%、50%。", "60%", "一类"),
    ("园区内茶叶、竹木、药材三大产业产值分别达到3.2亿元、2.1亿元和1.4亿元。", "3.2亿元", "茶叶"),
    ("同步修建的排水沟、作业道分别为86公里、52公里。", "86公里", "排水沟"),
    # near misses: the frame word belongs to every item, or what is left would be no item
    ("应到委员、实到委员分别为45名、43名。", "45名", "应到委员"),
    ("规模以上工业增加值、固定资产投资分别增长6.2%和4.8%。", "6.2%", "规模以上工业增加值"),
    ("申请复议的期限和提起诉讼期限分别为60日和6个月。", "60日", "申请复议的期限"),
    ("全市水稻、玉米分别种植80万亩、35万亩。", "80万亩", "水稻"),
])
def test_a_list_frame_is_no_part_of_the_first_item(text, quote, expected):
    assert subjects_of(text, quote)[0] == expected
