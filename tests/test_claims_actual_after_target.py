"""A target's marker (安排, 计划总投资) does not spread to a later clause that reports what is done, even when a
time word opens that clause (，去年实际到位…, ，今年已完成…). Invented sentences; near misses stay targets."""

from __future__ import annotations

import pytest

from tests.snippets import claims_of


@pytest.mark.parametrize("text, expected", [
    ("全镇每年安排奖补资金800万元，去年实际拨付760万元。", [("800万元", "target"), ("760万元", None)]),
    ("该园区计划总投资30亿元，今年已完成投资9.6亿元。", [("30亿元", "target"), ("9.6亿元", None)]),
    ("今年计划改造农房1200户，1至5月已完成460户。", [("1200户", "target"), ("460户", None)]),
    # near misses: a later clause with no word of what is done keeps the plan's target
    ("该园区计划总投资30亿元，今年计划完成投资12亿元。", [("30亿元", "target"), ("12亿元", "target")]),
    ("全年计划投资50亿元，实际上还将增加5亿元。", [("50亿元", "target"), ("5亿元", "target")]),
])
def test_what_is_done_after_a_target_is_no_target(text, expected):
    assert [(c.quote, c.projection) for c in claims_of(text)] == expected
