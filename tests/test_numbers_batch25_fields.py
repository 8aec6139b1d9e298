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
    ("今年全县计划出栏生猪60万头，上半年已出栏32万头。", "32万头", "2024-H1", None),
    ("今年全县计划出栏生猪60万头，上半年累计出栏32万头。", "32万头", "2024-H1", None),
    ("今年计划完成投资80亿元，截至6月底，累计完成45亿元。", "45亿元", "2024-06", None),
    ("今年计划完成投资80亿元，截至6月底，完成投资额达45亿元。", "45亿元", "2024-06", None),
    ("今年计划完成投资80亿元，今年1至6月已完成45亿元。", "45亿元", "2024-01/2024-06", None),
    ("今年计划完成投资80亿元，2024年1至6月已完成45亿元。", "45亿元", "2024-01/2024-06", None),
    ("今年计划完成投资80亿元，前四个月已完成25亿元。", "25亿元", "2024-01/2024-04", None),
    ("今年计划完成投资80亿元，二季度已完成25亿元。", "25亿元", "2024-Q2", None),
    # not changed: the plan's own figure; a later clause that still plans (将, 力争) or forecasts
    ("今年全县计划完成交通投资26亿元，1至7月已完成15.2亿元。", "26亿元", "2024", "target"),
    ("全县计划改造危房600户，到9月底将完成450户。", "450户", "2024-09", "target"),
    ("今年计划新建学校8所，6月底前力争开工5所。", "5所", "2024-06", "target"),
    ("今年全县计划新建农村公路120公里，比上年增加20公里。", "20公里", "2024", "target"),
    # not marked as done (no 已, 累计, 完成了 nor 截至): a half-year's share of the plan may still be the plan's
    ("今年全县计划新建农村公路120公里，上半年完成68公里。", "68公里", "2024-H1", "target"),
    ("今年全县计划出栏生猪60万头，上半年出栏32万头。", "32万头", "2024-H1", "target"),
])
def test_what_is_done_to_date_after_a_plan_is_no_projection(text, quote, period, projection):
    c = _found(text)[quote]
    assert (c.period, c.projection) == (period, projection)


@pytest.mark.parametrize("text, quote, projection", [
    # 计划 ending a programme's name (营养改善计划, 纳入改造计划的, “雨露计划”) is a noun: the figures after it
    # are what the programme did, no plan
    ("今年全县学生营养改善计划覆盖学校85所，惠及学生3.6万名。", "85所", None),
    ("今年全县学生营养改善计划覆盖学校85所，惠及学生3.6万名。", "3.6万名", None),
    ("今年，全县“雨露计划”资助学生1200名。", "1200名", None),
    ("今年，“春风”计划帮助1.2万名农民工就业。", "1.2万名", None),
    # not changed: 计划 as a verb of planning; a plan's text that sets the figure (行动计划提出, 《…计划》明确)
    ("今年全县计划改造老旧小区38个。", "38个", "target"),
    ("今年全区计划覆盖学校85所。", "85所", "target"),
    ("全市实施人才培养计划，计划培训技能人才5000人。", "5000人", "target"),
    ("今年全市行动计划提出，新建5G基站800个。", "800个", "target"),
    ("《行动计划》明确，到2026年全市新建5G基站800个。", "800个", "target"),
    # 纳入/列入…计划: the plan's scope, the year's works (as before)
    ("今年全区纳入改造计划的老旧小区共38个，涉及居民4200户。", "4200户", "target"),
    ("去年以来，全市列入提升计划的乡镇卫生院有27家。", "27家", "target"),
])
def test_a_programme_named_plan_is_no_target(text, quote, projection):
    assert _found(text)[quote].projection == projection


# The reviewer's inputs (review of r27-fields): each read as the base reads it. A schedule after a plan (a month
# or half-year still ahead, 前, 要, 必须) stays its target, and a clause done to date does not clear a later one;
# 改造计划, 行动计划 and the like are the year's plan; a plan cited before the figures (根据, 《…》中明确, 还提出)
# sets them; 纳入/列入/入选 before the verb 计划 changes nothing.
@pytest.mark.parametrize("text, when, quote, projection", [
    ("今年全镇计划新建户厕1500座，10月底前完工率达到100%。", date(2024, 3, 10), "100%", "target"),
    ("今年全镇计划新建户厕1500座，10月底前要达到验收标准的1200座。", date(2024, 3, 10), "1200座", "target"),
    ("全市计划建设充电桩600个，9月底建成率要达到80%。", date(2024, 3, 10), "80%", "target"),
    ("全市计划建设充电桩600个，9月底建成率必须达到80%。", date(2024, 3, 10), "80%", "target"),
    ("今年计划新建学校8所，12月份交付使用的达5所。", date(2024, 3, 10), "5所", "target"),
    ("计划今年完成造林5000亩，3月份达到2000亩。", date(2024, 2, 1), "2000亩", "target"),
    ("今年全市计划新建农村公路150公里，上半年完成80公里，下半年完成70公里。", date(2024, 2, 20), "80公里", "target"),
    ("今年全市计划新建农村公路150公里，上半年完成80公里，下半年完成70公里。", date(2024, 2, 20), "70公里", "target"),
    ("今年全市计划新建农村公路150公里，一季度完成30公里，前三季度完成120公里。", date(2024, 1, 15), "30公里", "target"),
    ("今年全市计划新建农村公路150公里，一季度完成30公里，前三季度完成120公里。", date(2024, 1, 15), "120公里", "target"),
    ("今年计划改造老旧小区24个，6月底已完工15个，剩余9个年底前完工。", date(2024, 7, 25), "15个", None),
    ("今年计划改造老旧小区24个，6月底已完工15个，剩余9个年底前完工。", date(2024, 7, 25), "9个", "target"),
    ("今年全市棚户区改造计划新开工安置房3000套，基本建成2200套。", date(2024, 3, 10), "3000套", "target"),
    ("今年全市棚户区改造计划新开工安置房3000套，基本建成2200套。", date(2024, 3, 10), "2200套", "target"),
    ("今年我县老旧小区改造计划投资1.2亿元，涉及小区15个。", date(2024, 3, 10), "1.2亿元", "target"),
    ("今年我县老旧小区改造计划投资1.2亿元，涉及小区15个。", date(2024, 3, 10), "15个", "target"),
    ("今年全县农村危房改造计划任务为1200户。", date(2024, 3, 10), "1200户", "target"),
    ("全市三年行动计划投资50亿元，实施项目120个。", date(2024, 3, 10), "50亿元", "target"),
    ("全市三年行动计划投资50亿元，实施项目120个。", date(2024, 3, 10), "120个", "target"),
    ("该镇今年把帮扶计划资金提高到360万元。", date(2024, 3, 10), "360万元", "target"),
    ("今年全区将全力提升计划执行率至95%。", date(2024, 3, 10), "95%", "target"),
    ("根据三年行动计划，今年全市新建5G基站800个。", date(2024, 3, 10), "800个", "target"),
    ("按照行动计划，全市新建5G基站800个。", date(2024, 5, 10), "800个", "target"),
    ("《行动计划》中明确，全市新建5G基站800个。", date(2024, 5, 10), "800个", "target"),
    ("行动计划还提出，全市新建5G基站800个。", date(2024, 5, 10), "800个", "target"),
    ("根据《2024年普通高中招生计划》，今年全县普通高中招生3200人。", date(2024, 3, 10), "3200人", "target"),
    ("列入省重点的项目今年计划完成投资45亿元。", date(2024, 3, 10), "45亿元", "target"),
    ("纳入统计的12个重点项目今年计划完成投资18亿元。", date(2024, 3, 10), "18亿元", "target"),
    ("入选省级示范的5个村计划各投入资金200万元。", date(2024, 3, 10), "200万元", "target"),
])
def test_the_reviewers_plans_stay_targets(text, when, quote, projection):
    assert _found(text, when)[quote].projection == projection


@pytest.mark.parametrize("text, when, quote, period", [
    # 截止 after a noun or verb is the day something closes, no date the figures run to (as on the base)
    ("城乡居民医保集中缴费截止12月31日，个人缴费标准为每人380元。", date(2024, 10, 10), "380元", None),
    ("本次补贴申报截止9月30日，每户最高补贴5000元。", date(2024, 8, 10), "5000元", None),
    ("消费券使用截止10月7日，全市共发放消费券2000万元。", date(2024, 9, 20), "2000万元", None),
    # 截止 heading its clause still dates it
    ("截止到6月底，全县已收购小麦2.3万吨。", date(2024, 7, 20), "2.3万吨", "2024-06"),
    ("据统计，截止6月底，全县已收购小麦2.3万吨。", date(2024, 7, 20), "2.3万吨", "2024-06"),
    ("全县（截止6月30日）已收购小麦2.3万吨。", date(2024, 7, 20), "2.3万吨", "2024-06-30"),
    # the clause after one done to date keeps its own deadline's year
    ("今年计划改造老旧小区24个，6月底已完工15个，剩余9个年底前完工。", date(2024, 7, 25), "9个", "2024"),
])
def test_the_reviewers_periods(text, when, quote, period):
    assert _found(text, when)[quote].period == period
