"""Batch 42: words that open a subject's phrase without being part of it: the conjunction 但/但是 (a contrast with
the clause before: 但高技能人才占比 → 高技能人才占比) and 控制在 (a debt held within a limit: 控制在省核定的债务限额
80亿元以内 → 省核定的债务限额)."""

from tests.snippets import subjects_of


def test_near_miss_dan_inside_a_noun():
    assert subjects_of("今年全市新增单位蛋品加工企业12家。", "12家") != ["品加工企业"]
