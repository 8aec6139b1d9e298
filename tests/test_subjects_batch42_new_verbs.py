"""Batch 42: 新 before a verb of starting or setting up (新开工, 新设立) marks what began this period; the verb then
introduces the noun after it even when that noun is short (新开工项目 → 项目, 新设立企业 → 企业), as 新增 and 新建
introduce theirs; the dev gold counts 项目 for 新开工项目 eight times to three."""

from tests.snippets import subjects_of


def test_projects_newly_started():
    assert subjects_of("一季度全县新开工项目64个，比上年同期多9个。", "64个") == ["项目"]


def test_projects_newly_started_in_a_plan():
    assert subjects_of("今年安排重点项目150个，其中新开工项目不少于60个。", "不少于60个") == ["项目"]


def test_enterprises_newly_set_up():
    assert subjects_of("前三季度，全区新设立企业4200户，增长8.6%。", "4200户") == ["企业"]


def test_near_miss_a_long_noun_after_newly_started():
    assert subjects_of("今年全县新开工亿元以上项目26个。", "26个") == ["亿元以上项目"]


def test_near_miss_newly_opened_routes():
    assert subjects_of("今年新开通公交线路12条。", "12条") == ["公交线路"]
