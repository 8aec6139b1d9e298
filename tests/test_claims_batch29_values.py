"""Value classes of batch 29 (units of general measure words), written as invented sentences: none is copied from
an edition. Each table holds cases that failed before its class was fixed and near misses the new rule must leave
alone."""

from __future__ import annotations

import pytest

from tests.snippets import claims_of


def _units(text: str) -> list[tuple]:
    return [(c.quote, c.unit) for c in claims_of(text)]


# --- a general measure word with no noun of its own counts the noun of the figure before it ----------------------
@pytest.mark.parametrize("text, expected", [
    ("全县养老机构床位2400张，其中公办机构1600张，民办机构800张。",
     [("2400张", "bed"), ("1600张", "bed"), ("800张", "bed")]),
    ("目前每千名老人拥有护理床位12张，计划到2027年达到20张。", [("12张", "bed"), ("20张", "bed")]),
    # near misses: a verb and its own object (张贴海报), a noun naming its own unit, nothing before to carry
    ("全县新增床位120张，张贴海报3000张。", [("120张", "bed"), ("3000张", "sheet")]),
    ("景区新增床位120张，售出门票3000张。", [("120张", "bed"), ("3000张", "ticket")]),
    ("其中一等奖证书30张，二等奖证书50张。", [("30张", "sheet"), ("50张", "sheet")]),
])
def test_a_bare_measure_word_counts_the_noun_before(text, expected):
    assert _units(text) == expected


def _qualifiers(text: str) -> list[tuple]:
    return [(c.quote, c.qualifier) for c in claims_of(text)]


# --- 内 after the last of two time limits joined by 和 bounds both -----------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("申请复议和提起诉讼的期限分别为收到决定书之日起60日和6个月内。",
     [("60日", "upper_bound"), ("6个月内", "upper_bound")]),
    ("整改和复查应分别在10天或20天内完成。", [("10天", "upper_bound"), ("20天内", "upper_bound")]),
    # near misses: the first limit has its own word; counts of people are no time limits
    ("材料应在5日后和20日内提交。", [("20日内", "upper_bound")]),
    ("每组成员3人和5人以内的小组各一个。", [("3人", None), ("5人以内", "upper_bound")]),
])
def test_within_after_two_limits_bounds_both(text, expected):
    assert _qualifiers(text) == expected
