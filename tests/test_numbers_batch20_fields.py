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
    # the gap measured right after the goal, with a comparative after it or quotes inside the window
    ("去年，全市空气优良天数比例为90%，比省定目标高3个百分点。", "3个百分点", None, "比省定目标"),
    ("全县湿地保护率达到60%，超过“十四五”规划目标4个百分点。", "4个百分点", None, None),
    # not fired: the comparative is the goal's own (比上年增长目标为, 较上年增长的目标是), an adjective's (比去年更高的
    # 目标), 比较 'rather'; the goal is followed by its own figure; the gap is one target's from another
    ("今年，全区规上工业增加值比上年增长目标为7%左右。", "7%左右", "target", None),
    ("今年，全区一般公共预算收入较上年增长的目标是5.5%。", "5.5%", "target", None),
    ("今年，全区确定高于全市的增长目标，社会消费品零售总额增长8%。", "8%", "target", None),
    ("全区定下了比较务实的目标，油菜种植面积稳定在12万亩以上。", "12万亩以上", "target", None),
    ("全区设定了比去年更高的目标，蔬菜产量达到38万吨。", "38万吨", "target", None),
    ("今年，全区投资增长目标为9%，高于全市平均目标2个百分点。", "2个百分点", "target", None),
    ("较上年目标提高0.5个百分点，今年全区就业目标设定为新增1.1万人。", "0.5个百分点", "target", None),
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
    ("四年前相比，全镇茶园面积扩大1.5倍。", "1.5倍", None, None),
    # not fired: a clause with a time word of its own (如今, 现在, 目前, 已, 累计) is no longer in the flashback
    ("四年前，全镇茶农人均收入不足6000元；如今，茶农人均收入达到1.8万元。", "1.8万元", None, None),
    ("“四年前我们镇只有3家民宿，现在有27家。”镇长说。", "27家", None, None),
    ("四年前，她开始养殖肉牛，现在已发展到260头。", "260头", None, None),
    ("四年前，全镇启动危房改造，目前已完成改造860户。", "860户", None, None),
    ("四年前，全镇启动“美丽庭院”创建，累计投入资金1.6亿元。", "1.6亿元", None, "累计"),
    # not fired: a start of a span to now, not a year
    ("四年前开始，全镇累计植树造林3万亩。", "3万亩", None, "累计"),
    ("四年前至今，全镇累计植树造林3万亩。", "3万亩", None, "累计"),
    # an aside inside a sentence another period opens dates its own clause only
    ("今年以来，全镇新增市场主体900户，四年前只有300户，个体工商户占比为85%。", "300户", "2020", None),
    ("今年以来，全镇新增市场主体900户，四年前只有300户，个体工商户占比为85%。", "85%", "2024", None),
    # not a look back at all: 连续三年 then 前三季度
    ("全镇连续三年前三季度税收增速保持在6%以上。", "6%以上", "2024-01/2024-09", "同比"),  # a growth rate held (batch 33)
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
    ("去年前三季度", "2023-01/2023-09"),  # the printed year's part, as a body clause reads it
    ("2023年上半年", "2023-H1"),
    ("今年上半年以来", "2024"),  # not fired: a part that starts a span (以来, 到)
    ("今年上半年到三季度", "2024"),
])
def test_a_display_line_naming_part_of_a_year_dates_the_headline_figures(display, period):
    text = f"{display}\n全县村级集体经济总收入突破1.2亿元\n"
    assert [c.period for c in claims_of(text, date(2024, 11, 20), lead="")] == [period]
