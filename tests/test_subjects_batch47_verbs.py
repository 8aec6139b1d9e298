"""Batch 47: transitive verbs that were missing from subject_verbs ran into the counted noun (清淤河道, 增设停车位,
新开辟 read as 新开 + 辟): each introduces what the figure counts. Invented sentences."""

import pytest

from tests.snippets import subjects_of

CASES = [
    ("开辟", "今年港区新开辟国际航线5条。", "5条", "国际航线"),
    ("开拓", "企业新开拓海外客户26家。", "26家", "海外客户"),
    ("增设", "交警部门在景区周边增设临时停车泊位300余个。", "300余个", "临时停车泊位"),
    ("采摘", "茶农每天采摘鲜叶约800斤。", "约800斤", "鲜叶"),
    ("雇用", "合作社常年雇用周边村民30多人。", "30多人", "周边村民"),
    ("接听", "热线今年共接听群众来电2.1万个。", "2.1万个", "群众来电"),
    ("整修", "全乡今冬整修山塘24口。", "24口", "山塘"),
    ("清淤", "全县已清淤河道62公里。", "62公里", "河道"),
    ("保存", "古镇至今保存明清古建筑120栋。", "120栋", "明清古建筑"),
    ("启用", "全市已启用烘干设备860台。", "860台", "烘干设备"),
]


@pytest.mark.parametrize("verb, text, quote, subject", CASES, ids=[c[0] for c in CASES])
def test_the_verb_introduces_the_counted_noun(verb, text, quote, subject):
    assert subjects_of(text, quote) == [subject]


def test_near_misses_keep_their_nouns():
    assert subjects_of("国有建设用地出让收入12亿元。", "12亿元") == ["国有建设用地出让收入"]
    assert subjects_of("全县新增停车位800个。", "800个") == ["停车位"]
