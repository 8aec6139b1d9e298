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
    ("全县财政收入年均增长5.1%，比规划目标（年均增长6%）低0.9个百分点。", "6%", "target", None),
])
def test_a_goal_after_a_comparative_is_a_base_not_a_plan(text, quote, projection, comparison):
    found = {c.quote: c for c in claims_of(text + "\n", date(2025, 3, 28))}
    assert found[quote].projection == projection
    if comparison:
        assert found[quote].comparison == comparison


@pytest.mark.parametrize("text, quote, period, comparison", [
    # N年前 opening a clause dates what follows: the year N before the edition's
    ("“三年前，村里办起合作社时，只有十二户人家入股。”他说。", "十二户", "2021", None),
    ("5年前，全村人均收入不足3000元。", "不足3000元", "2019", None),
    # not fired: after 比 or in 与…相比 it is a base, not the period
    ("全县粮食产量比三年前增加2万吨。", "2万吨", None, "比三年前"),
    ("与5年前相比，全县森林覆盖率提高6个百分点。", "6个百分点", None, "比5年前"),
])
def test_years_ago_is_the_year_that_many_before_the_editions(text, quote, period, comparison):
    found = {c.quote: c for c in claims_of(text + "\n", date(2024, 11, 20))}
    assert (found[quote].period, found[quote].comparison) == (period, comparison)


def test_a_flashback_dates_its_own_sentence_only():
    """“十年前，这里是一片荒滩…” then …已坚持了八年: a story's look back (N年前) dates the sentence it opens, not
    the sentences after it in the paragraph, as a statistical period would."""
    text = "“十年前，这里是一片荒滩，只有3户人家。”护林员今年58岁，他的巡护工作已坚持了整整八年。\n"
    found = {c.quote: c.period for c in claims_of(text, date(2022, 11, 5))}
    assert (found["3户"], found["八年"]) == ("2012", None)


_NOTICE = ("青川县医疗保障局\n关于调整城乡居民医保待遇的通告\n为减轻参保群众负担，现就有关事项通告如下：\n"
           "一、住院报销最高限额由15万元提高至20万元。\n二、异地就医备案办理时限由5个工作日缩短至2个工作日。\n"
           "三、去年，全县参保人数由38万人增加到41万人。\n")


def test_a_notice_sets_the_level_it_changes_to():
    """由A调整为B (提高至, 缩短至) in a notice, with no 拟 and no standard named: the notice lays B down (target) and
    A is the level now (no projection), a time limit as much as an amount; a year past it tells stays told."""
    found = [(c.quote, c.projection) for c in claims_of(_NOTICE, date(2025, 4, 15), lead="")]
    assert found == [("15万元", None), ("20万元", "target"), ("5个工作日", None), ("2个工作日", "target"),
                     ("38万人", None), ("41万人", None)]


def test_a_story_telling_a_change_sets_nothing():
    """Not fired: the same changes told in a story are results, not standards laid down."""
    text = "今年以来，全县审批时限由20个工作日压缩至5个工作日，贷款额度由50万元调整为80万元。\n"
    assert [c.projection for c in claims_of(text, date(2025, 4, 15))] == [None] * 4


def test_a_notice_changing_a_measure_of_a_thing_sets_no_standard():
    """Not fired: a notice changing a route's length (线路全长由14.2公里调整为17.6公里) decides a fact of the route,
    not a limit or a term it lays down."""
    text = ("北城公交集团\n关于调整K8路公交线路的公告\n为做好地铁接驳，决定对K8路走向进行调整，具体如下："
            "K8路延伸至临港站，线路全长由11.5公里调整为13.2公里。\n")
    assert [c.projection for c in claims_of(text, date(2024, 5, 10), lead="")] == [None, None]


@pytest.mark.parametrize("display, period", [
    ("今年前10个月", "2024-01/2024-10"),  # a year printed right before a part of it names that part
    ("2024年上半年", "2024-H1"),
    ("今年", "2024"),  # not fired: a year alone
    ("去年前三季度", "2023"),  # not fired: the part would fall in another year than the one printed
])
def test_a_display_line_naming_part_of_a_year_dates_the_headline_figures(display, period):
    text = f"{display}\n全县村级集体经济总收入突破1.2亿元\n"
    assert [c.period for c in claims_of(text, date(2024, 11, 20), lead="")] == [period]
