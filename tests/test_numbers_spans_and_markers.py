"""Periods and projections of starts, markers and holidays, written as invented sentences: none is copied from
an edition. Each test held at least one check that failed before its class was fixed."""

from __future__ import annotations

from datetime import date

import pytest

from tests.snippets import claims_of

WHEN = date(2024, 7, 20)


def _read(text: str, when: date = WHEN) -> dict[str, tuple[str | None, str | None]]:
    return {c.quote: (c.period, c.projection) for c in claims_of(text, when)}


def test_a_start_of_a_running_total_is_no_moment_of_adjustment():
    """自2020年起，…累计投入…, 自1月1日起，…已接待…, 从今年3月起，…已发放…: a span from that start to now, not the day
    an adjustment takes effect: the start dates neither the figure nor the paragraph."""
    assert _read("自2020年起，某县累计投入资金12亿元。")["12亿元"][0] is None
    assert _read("自1月1日起，某市已接待游客320万人次。")["320万人次"][0] is None
    assert _read("从今年3月起，某市已发放消费券2000万元。全市带动消费1.1亿元。") == {
        "2000万元": (None, None), "1.1亿元": (None, None)}


def test_an_adjustment_from_a_day_is_dated_with_or_without_its_hour():
    """自5月8日起，…分别上调… (no hour, a verb of adjustment) and 自5月8日零点起，… (the hour): the day the change applies."""
    assert _read("自5月8日起，某省居民用气价格上调0.2元/立方米。", date(2019, 5, 8)) == {
        "0.2元/立方米": ("2019-05-08", None)}
    assert _read("自5月8日零点起，某省居民用气价格每立方米为2.6元。", date(2019, 5, 8)) == {
        "2.6元": ("2019-05-08", None)}


def test_a_goal_that_names_its_own_figure_governs_its_own_clause_only():
    """目标为…，…达到…: as 计划为, a target noun (目标) closing on its number; the clause after it reports a level."""
    found = _read("今年某县油菜种植目标为8万亩，全县油菜合作社达到46家。")
    assert (found["8万亩"][1], found["46家"][1]) == ("target", None)
    listed = _read("今年某县主要预期目标是：地区生产总值增长6%左右，城镇新增就业1.2万人以上。")
    assert (listed["6%左右"][1], listed["1.2万人以上"][1]) == ("target", "target")  # 目标是：… opens a list of targets


def test_a_ceiling_in_force_from_a_past_start_is_still_laid_down():
    """自2022年起，…控制在…以内: a rule in force from that start on, a target still, not a ceiling a past year kept to
    (2022年，…控制在…以内 in 2024 is a result)."""
    assert _read("自2022年起，某市公办小学每班学生人数控制在45人以内。")["45人以内"][1] == "target"
    assert _read("2022年，某市城镇调查失业率控制在5.5%以内。")["5.5%以内"] == ("2022", None)


def test_a_clause_naming_only_a_comparison_frames_the_changes_after_it():
    """从同比来看，…, 按环比计算，… (``viewpoint_words.csv``): the comparison of the changes after it."""
    assert claims_of("从同比来看，某市居民消费价格上涨0.6%。")[0].comparison == "同比"
    assert claims_of("按环比计算，某市工业品出厂价格下降0.2%。")[0].comparison == "环比"


def test_a_word_after_a_holiday_moves_its_period():
    """端午假期以来… (a span to now), 端午假期首日…, 第二天… (its first, its second day), ``holiday_shifts.csv``: not
    the whole break."""
    assert _read("端午假期以来某县新签约文旅项目9个。", date(2024, 6, 25))["9个"][0] is None
    assert _read("端午假期首日某县接待游客1.6万人次。", date(2024, 6, 9))["1.6万人次"][0] == "2024-06-08"
    assert _read("端午假期第二天，某县接待游客1.9万人次。", date(2024, 6, 10))["1.9万人次"][0] == "2024-06-09"
    assert _read("端午假期某县接待游客4.4万人次。", date(2024, 6, 11))["4.4万人次"][0] == "2024-06-08/2024-06-10"


@pytest.mark.parametrize("text, projections", [
    # a plan marker framed in the past, or reaching a clause of its own in the past, is no plan
    ("我们将持续推进改革，去年全市新增市场主体1.2万户。", [None]),
    ("他表示，去年我们将补贴标准提高到每亩120元。", [None]),
    # 将 before a demonstrative object is the disposal 将 (= 把), no 'will'
    ("“我们将这笔钱用于修路，共修建村道12公里。”", [None]),
    # the plans stay plans
    ("我们将举办文化旅游节，推出10条精品线路。", ["target"]),
    ("去年全县接待游客120万人次，今年计划接待150万人次。", [None, "target"]),
])
def test_a_plan_marker_does_not_reach_the_past_or_a_disposal(text, projections):
    assert [c.projection for c in claims_of(text)] == projections
