"""Period, projection and comparison classes of batch 24's disagreements (and the batches before it), written
as invented sentences: none is copied from an edition. Each test held at least one check that failed before its
class was fixed, and most hold probes where the new rule must not fire."""

from __future__ import annotations

from datetime import date

import pytest

from tests.snippets import claims_of

DAY = date(2023, 5, 10)


def _found(text: str, when: date = DAY) -> dict:
    return {c.quote: c for c in claims_of(text + "\n", when)}


@pytest.mark.parametrize("text, quote, period, projection", [
    # an interview's speaker label (答：, 问：) opens no clause of the answer: a period right after it opens the
    # sentence, and a target in a later clause takes it, as it would with no label
    ("答：今年，全县计划投入资金12亿元，比上年增长8%。", "12亿元", "2023", "target"),
    ("答：今年，全县计划投入资金12亿元，比上年增长8%。", "8%", "2023", "target"),
    ("答：2024年，我们力争新建村级养老站30个。", "30个", "2024", "target"),
    ("答：今年，全区将新增公办学位3600个。", "3600个", "2023", "forecast"),
    ("答: 今年，全镇计划改造农村公路45公里。", "45公里", "2023", "target"),
    ("问：今年，全县计划招聘多少名教师？答：今年，全县计划招聘教师260名。", "260名", "2023", "target"),
    # not fired: the actual figure the answer opens on keeps its period as before; a label with no period after
    # it dates nothing; a speaker named in full (市长表示，) still opens as before
    ("答：去年，全县新建农房1200户，改造危房300户。", "300户", "2022", None),
    ("答：全县计划投入资金12亿元。", "12亿元", None, "target"),
    ("答：我们计划投入资金12亿元，今年完成8亿元。", "12亿元", None, "target"),
    ("市长表示，今年，全市计划新建公园18个。", "18个", "2023", "target"),
    ("今年，全县计划投入资金12亿元，比上年增长8%。", "8%", "2023", "target"),
    ("答：三年前，全县计划投入资金5亿元。", "5亿元", None, "target"),
])
def test_a_speaker_label_opens_no_clause(text, quote, period, projection):
    c = _found(text)[quote]
    assert (c.period, c.projection) == (period, projection)


@pytest.mark.parametrize("text, quote, projection", [
    # a share of a goal's value that is done (完成…目标值的86%) is a level, as 完成年度计划的85% is (annotation brief,
    # ninth batch): the goal named is its base, no target of the figure
    ("2022年，全区地区生产总值达到863亿元，完成《纲要》2025年目标值的86%。", "86%", None),
    ("去年全县粮食产量完成“十四五”目标值的97.5%。", "97.5%", None),
    ("2022年，全市外贸进出口总额41亿元，仅完成规划目标值的68.7%。", "68.7%", None),
    ("上半年全市招商引资到位资金完成年度目标数的56%。", "56%", None),
    ("2022年，全区研发投入强度达到2.4%，已达到规划目标值的90%以上。", "90%以上", None),
    # not fired: a goal's value that is the figure itself, a target that names the goal after its figure, a plan
    # that still sets the figure
    ("到2025年，全区地区生产总值目标值为1000亿元。", "1000亿元", "target"),
    ("“十四五”期间，全区研发投入强度目标值为3%。", "3%", "target"),
    ("全县提出粮食产量达到50万吨的目标。", "50万吨", "target"),
    ("今年全县力争完成投资120亿元。", "120亿元", "target"),
    ("到2025年，全县粮食产量目标为52万吨。", "52万吨", "target"),
    ("上半年全县投资完成年度计划的58%。", "58%", None),
])
def test_a_share_of_a_goals_value_done_is_a_level(text, quote, projection):
    assert _found(text, date(2023, 6, 20))[quote].projection == projection
