"""Prices per hour and per day, and a notice's standard levels, written as invented sentences: none is copied from an
edition. Each test failed before its class was fixed."""

from __future__ import annotations

from datetime import date

from tests.snippets import claims_of


def test_a_charge_per_hour_or_per_day_is_one_claim_with_its_pair_unit():
    """元/小时, 元/天 (a parking fee, a rental): the money over its unit of time, one claim, not 6元 alone; also
    when the line breaks after the slash."""
    found = claims_of("某停车场小型车收费标准由6元/小时调整为3元/\n小时，共享单车日租金为12元/天。")
    assert [(c.quote, c.unit, c.value) for c in found] == [
        ("6元/小时", "CNY/hour", 6), ("3元/小时", "CNY/hour", 3), ("12元/天", "CNY/day", 12)]


def test_a_level_a_notice_names_as_its_standard_is_a_target():
    """…标准为每人每年610元 in a notice: the notice lays the level down itself (no 按规定 before it needed)."""
    page = ("某县医疗保障局\n关于做好居民医保缴费工作的通告\n各级财政补助标准为每人每年610元，个人缴费标准按有关规定执行。\n"
            "某县医疗保障局\n2024年7月18日\n")
    found = claims_of(page, date(2024, 7, 20), lead="")
    assert [(c.quote, c.projection) for c in found] == [("610元", "target")]
