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


def test_a_level_a_notice_replaces_is_no_target_and_the_new_one_is():
    """原…标准为380元，现调整为400元, 上一年度…标准为…, 由380元提高到400元 in a notice: the level replaced (named as the
    previous one, or followed by the change) is told, not laid down; the level the change sets is the target."""
    def notice(body: str) -> list[tuple[str, str | None]]:
        page = "某县医疗保障局\n关于做好居民医保缴费工作的通告\n" + body + "\n某县医疗保障局\n2024年7月18日\n"
        return [(c.quote, c.projection) for c in claims_of(page, date(2024, 7, 20), lead="")]
    assert notice("原个人缴费标准为每人每年380元，现调整为每人每年400元。") == [("380元", None), ("400元", "target")]
    assert notice("上一年度个人缴费标准为每人每年380元。") == [("380元", None)]
    assert notice("个人缴费标准由每人每年380元提高到每人每年400元。") == [("380元", None), ("400元", "target")]


def test_a_level_a_notice_raises_keeps_the_period_of_its_paragraph():
    """…；补贴标准提高至每人5000元 in a notice after 对2024年新招用…: the new level is a target the notice sets for now,
    and takes the year its paragraph names, as the figure before the ； does."""
    page = ("某县人力资源和社会保障局\n关于申报就业补贴的公告\n一、对2024年新招用本地劳动力的企业，按每人3000元给予一次性补贴；"
            "招用脱贫人口的补贴标准提高至每人5000元。\n某县人力资源和社会保障局\n2024年7月18日\n")
    found = claims_of(page, date(2024, 7, 20), lead="")
    assert [(c.quote, c.period, c.projection) for c in found] == [
        ("3000元", "2024", None), ("5000元", "2024", "target")]
