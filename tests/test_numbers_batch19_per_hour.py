"""Prices per hour and per day, written as invented sentences: none is copied from an edition. The test
failed before the class was fixed."""

from __future__ import annotations

from tests.snippets import claims_of


def test_a_charge_per_hour_or_per_day_is_one_claim_with_its_pair_unit():
    """元/小时, 元/天 (a parking fee, a rental): the money over its unit of time, one claim, not 6元 alone; also
    when the line breaks after the slash."""
    found = claims_of("某停车场小型车收费标准由6元/小时调整为3元/\n小时，共享单车日租金为12元/天。")
    assert [(c.quote, c.unit, c.value) for c in found] == [
        ("6元/小时", "CNY/hour", 6), ("3元/小时", "CNY/hour", 3), ("12元/天", "CNY/day", 12)]
