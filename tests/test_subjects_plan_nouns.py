"""A plan named by its verb (招生计划, 收购计划) is what its figure measures: its 计划 is no target marker to drop
(plan_verbs.csv). Invented sentences; near misses where 计划 is the marker and goes."""

from __future__ import annotations

import pytest

from tests.snippets import claims_of


@pytest.mark.parametrize("text, expected", [
    ("今年全县招生计划达到3600人。", [("3600人", "全县招生计划", "target")]),
    ("今年全市小麦收购计划稳定在12万吨。", [("12万吨", "全市小麦收购计划", "target")]),
    ("明年全区招聘计划达到420名。", [("420名", "全区招聘计划", "target")]),
    # near misses: 计划 after a measured noun is the plan's marker, dropped (面积计划达到: area planned to reach)
    ("今年全县早稻播种面积计划达到45万亩。", [("45万亩", "全县早稻播种面积", "target")]),
    ("全市固定资产投资计划达到500亿元。", [("500亿元", "全市固定资产投资", "target")]),
])
def test_a_plan_named_by_its_verb_keeps_its_plan(text, expected):
    assert [(c.quote, c.subject, c.projection) for c in claims_of(text)] == expected
