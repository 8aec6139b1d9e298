"""Period and projection classes of batch 25's disagreements (and the dev editions before it), written as
invented sentences: none is copied from an edition. Each test holds checks that failed before its class was
fixed, and probes (near misses) where the new rule must not fire."""

from __future__ import annotations

from datetime import date

import pytest

from tests.snippets import claims_of

DAY = date(2024, 7, 20)


def _found(text: str, when: date = DAY) -> dict:
    return {c.quote: c for c in claims_of(text + "\n", when)}


@pytest.mark.parametrize("text, quote, period", [
    # 截止 (a common misspelling of 截至) opening a clause: the day, month's end or year's end a figure runs to,
    # as 截至 gives it, and the sentences after it (其中，…) keep it
    ("截止7月15日，全县已收购小麦2.3万吨。其中，优质麦1.1万吨。", "2.3万吨", "2024-07-15"),
    ("截止7月15日，全县已收购小麦2.3万吨。其中，优质麦1.1万吨。", "1.1万吨", "2024-07-15"),
    ("截止2023年底，全县户籍人口52.3万人。", "52.3万人", "2023"),
    ("截止去年底，全县共有养老机构42家。", "42家", "2023"),
    ("截止6月30日18时，全市累计接种疫苗86.5万剂次。", "86.5万剂次", "2024-06-30"),
    # not changed: 截至 as before; 截止 as a noun (报名截止时间) dates nothing; no cut-off, no period
    ("截至7月15日，全县已收购小麦2.3万吨。", "2.3万吨", "2024-07-15"),
    ("截至2023年底，全县户籍人口52.3万人。", "52.3万人", "2023"),
    ("报名截止时间为8月15日，全县共招募志愿者120名。", "120名", None),
    ("全县已收购小麦2.3万吨。", "2.3万吨", None),
])
def test_jiezhi_is_read_as_jiezhi(text, quote, period):
    assert _found(text)[quote].period == period


@pytest.mark.parametrize("text, quote, period, projection", [
    # a plan, then a clause reporting what is done to date (1至7月已完成, 截至6月底…达, 上半年完成): the figure done
    # is no projection, and takes the period of its own clause
    ("今年全县计划完成交通投资26亿元，1至7月已完成15.2亿元，完成年度计划的58%。", "15.2亿元", "2024-01/2024-07", None),
    ("今年全县计划完成交通投资26亿元，1至7月已完成15.2亿元，完成年度计划的58%。", "58%", "2024-01/2024-07", None),
    ("今年，全市计划筹集保障性租赁住房2800套，截至6月底开工量达2150套，开工率76.8%。", "2150套", "2024-06", None),
    ("今年，全市计划筹集保障性租赁住房2800套，截至6月底开工量达2150套，开工率76.8%。", "76.8%", "2024-06", None),
    ("今年全县计划新建农村公路120公里，上半年完成68公里。", "68公里", "2024-H1", None),
    # not changed: the plan's own figure; a later clause that still plans (将, 力争) or forecasts
    ("今年全县计划完成交通投资26亿元，1至7月已完成15.2亿元。", "26亿元", "2024", "target"),
    ("全县计划改造危房600户，到9月底将完成450户。", "450户", "2024-09", "target"),
    ("今年计划新建学校8所，6月底前力争开工5所。", "5所", "2024-06", "target"),
    ("今年全县计划新建农村公路120公里，比上年增加20公里。", "20公里", "2024", "target"),
])
def test_what_is_done_to_date_after_a_plan_is_no_projection(text, quote, period, projection):
    c = _found(text)[quote]
    assert (c.period, c.projection) == (period, projection)


@pytest.mark.parametrize("text, quote, projection", [
    # 计划 ending a programme's name (营养改善计划, 纳入改造计划的, “雨露计划”) is a noun: the figures after it
    # are what the programme did, no plan
    ("今年全县学生营养改善计划覆盖学校85所，惠及学生3.6万名。", "85所", None),
    ("今年全县学生营养改善计划覆盖学校85所，惠及学生3.6万名。", "3.6万名", None),
    ("今年全区纳入改造计划的老旧小区共38个，涉及居民4200户。", "4200户", None),
    ("今年，全县“雨露计划”资助学生1200名。", "1200名", None),
    ("去年以来，全市列入提升计划的乡镇卫生院有27家。", "27家", None),
    # not changed: 计划 as a verb of planning; a plan's text that sets the figure (行动计划提出, 《…计划》明确)
    ("今年全县计划改造老旧小区38个。", "38个", "target"),
    ("今年全区计划覆盖学校85所。", "85所", "target"),
    ("全市实施人才培养计划，计划培训技能人才5000人。", "5000人", "target"),
    ("今年全市行动计划提出，新建5G基站800个。", "800个", "target"),
    ("《行动计划》明确，到2026年全市新建5G基站800个。", "800个", "target"),
])
def test_a_programme_named_plan_is_no_target(text, quote, projection):
    assert _found(text)[quote].projection == projection
