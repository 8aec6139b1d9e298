"""Period, projection, comparison and direction classes of batch 20's disagreements, written as invented
sentences: none is copied from an edition. Each test held at least one check that failed before its class
was fixed, and most hold a probe where the new rule must not fire."""

from __future__ import annotations

from datetime import date

import pytest

from tests.snippets import claims_of


@pytest.mark.parametrize("text, quote, projection, comparison", [
    # a goal after 低于/高于/超过 is the base of the gap, not a plan: the gap is a result
    ("2024年，全县年末城镇登记失业率为2.9%，低于年度调控目标0.6个百分点。", "0.6个百分点", None, "比年度调控目标"),
    ("去年，全县粮食产量达到52万吨，超过年度目标1.2万吨。", "1.2万吨", None, None),
    # not fired: a goal of its own (比重目标, 目标为) stays a target
    ("今年，全县研发投入占生产总值比重目标为3%。", "3%", "target", None),
    ("今年，全县高新技术企业数量目标达到120家。", "120家", "target", None),
])
def test_a_goal_after_a_comparative_is_a_base_not_a_plan(text, quote, projection, comparison):
    found = {c.quote: c for c in claims_of(text + "\n", date(2025, 3, 28))}
    assert found[quote].projection == projection
    if comparison:
        assert found[quote].comparison == comparison
