"""Subject classes met in the fifteenth batch, written as invented sentences: none is copied from an
edition. Each test held at least one check that failed before its class was fixed; a check that held
before (a guard) shares its test."""

from __future__ import annotations

from datetime import date

import pytest

from tests.snippets import claims_of

D = date(2024, 5, 14)


def _subjects(text: str, quote: str) -> list[str]:
    found = claims_of(text, D)
    hits = [c.subject for c in found if c.quote == quote]
    assert hits, [(c.quote, c.subject) for c in found]
    return hits


PLANS = [
    # 计划 'plans to' after a place or opening the phrase marks a target, like 力争: what follows is measured
    ("after a place", "今年全镇计划油菜种植面积3万亩。", "3万亩", "油菜种植面积"),
    ("before a verb", "该区计划投入改造资金1.5亿元。", "1.5亿元", "改造资金"),
    ("opening", "大桥全长3.2公里，计划工期30个月。", "30个月", "工期"),
    ("before the last verb", "全县税收收入计划安排12.4亿元。", "12.4亿元", "全县税收收入"),
    # guards: a noun of its own before 计划, a category by its planned size, a plan as a noun
    ("after a noun", "全市晚稻计划种植面积18万亩。", "18万亩", "全市晚稻计划种植面积"),
    ("a category", "全年计划总投资亿元以上项目64个。", "64个", "计划总投资亿元以上项目"),
    ("the plan itself", "全市中职学校招生计划2.1万人。", "2.1万人", "全市中职学校招生计划"),
]


@pytest.mark.parametrize("name, text, quote, subject", PLANS, ids=[v[0] for v in PLANS])
def test_a_plan_marker_is_no_part_of_the_subject(name, text, quote, subject):
    assert _subjects(text, quote) == [subject]
