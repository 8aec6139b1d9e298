"""Subject classes met in the sixteenth batch, second pass, written as invented sentences: none is
copied from an edition. Each test held at least one check that failed before its class was fixed;
a check that held before (a guard) shares its test."""

from __future__ import annotations

from datetime import date

import pytest

from tests.snippets import subjects_of

D = date(2024, 5, 14)


def _subjects(text: str, quote: str) -> list[str]:
    return subjects_of(text, quote, D)


SHARES_OF_A_WHOLE = [
    # the brief's fifteenth-batch clarification, for every share of the 占 form: when the noun whose
    # share it is ends an earlier clause, the subject is the 占 phrase of the claim's own clause
    ("占…的", "全县林下经济产值9.6亿元，占农业总产值的两成。", "两成", "占农业总产值"),
    ("a hedge before 占", "全镇高龄老人2300人，约占老年人口的15%。", "15%", "占老年人口"),
    ("after a change", "全区快递业务量1.2亿件，增长9%，占全市快递业务总量的三成。", "三成", "占全市快递业务总量"),
    # guards: a share naming its share noun keeps it; a noun in the share's own clause is the subject
    ("比重", "全县快递业务量1.2亿件，增长9%，占全市的比重为18.3%。", "18.3%", "占全市的比重"),
    ("noun in the clause", "园区集聚企业63家，其中科技型企业约占三分之一。", "三分之一", "科技型企业"),
    # guards: a share of a plan is the thing done (brief, ninth batch); 占 naming no whole, the thing before
    ("a plan", "全县已完成造林3.2万亩，占年度计划的八成。", "八成", "造林"),
    ("no whole", "全镇常住人口3.2万人，其中女性1.6万人，占50.3%。", "50.3%", "女性"),
]


@pytest.mark.parametrize("name, text, quote, subject", SHARES_OF_A_WHOLE, ids=[v[0] for v in SHARES_OF_A_WHOLE])
def test_a_share_of_a_whole_is_its_zhan_phrase(name, text, quote, subject):
    assert _subjects(text, quote) == [subject]
