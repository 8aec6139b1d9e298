"""Batch 42: 定为 'set at' after the noun a figure measures is a verb of the predicate, as 为 is (今冬供暖期定为
125天 → 供暖期); 确定为, 认定为 and the other verbs ending in 定 keep their own reading."""

from tests.snippets import subjects_of


def test_a_fee_set_at_a_sum():
    assert subjects_of("新建小区物业服务费定为每月1.5元。", "1.5元")[0].endswith("物业服务费")
