"""Subject classes of batch 33 (a counted noun running into its predicate), written as invented sentences: none is
copied from an edition. Each table holds cases that failed before its class was fixed and near misses the new rule
must leave alone."""

from __future__ import annotations

import pytest

from tests.snippets import claims_of


def _subjects(text: str) -> list[tuple]:
    return [(c.quote, c.subject) for c in claims_of(text)]


# --- the noun after a count's measure word ends where its predicate opens (predicate_openers, subject_verbs) --------
@pytest.mark.parametrize("text, expected", [
    ("审计发现，6个单位违规发放津贴。", [("6个", "单位")]),
    ("检查发现，3个单位少征土地出让金。", [("3个", "单位")]),
    ("全市已有15家景区宣布免收门票。", [("15家", "景区")]),
    ("座谈会上，9名代表围绕乡村振兴建言。", [("9名", "代表")]),
    ("当地将四类特产打包销售。", [("四类", "特产")]),
    ("5台联合收割机抢收晚稻。", [("5台", "联合收割机")]),
    ("全村200多户农户散居山间。", [("200多户", "农户")]),
    ("全县68家企业共建实习基地。", [("68家", "企业")]),
    ("两个门诊暂停接诊。", [("两个", "门诊")]),
    ("全县46座水库安全运行。", [("46座", "水库")]),
    ("全市12座中型水库运行安全。", [("12座", "中型水库")]),
    ("9座小型水库安全度汛。", [("9座", "小型水库")]),
    ("7个项目因资金问题停工。", [("7个", "项目")]),
    ("全镇为1.2万户农户颁发林权证。", [("1.2万户", "农户")]),
    ("民政局为8000名低保老人购买意外伤害保险。", [("8000名", "低保老人")]),
    ("招聘会上，160家企业带来就业岗位。", [("160家", "企业")]),
    # near misses: an opener that is part of the noun (a noun head after 共建; 原因, 基因 hold 因), or the noun before it
    ("全区12个共建项目全部开工。", [("12个", "共建项目")]),
    ("专家找出6个原因。", [("6个", "原因")]),
    ("全县水库安全运行天数达到365天。", [("365天", "全县水库安全运行天数")]),
])
def test_a_counted_noun_ends_where_its_predicate_opens(text, expected):
    assert _subjects(text) == expected


# --- 颁发, 购买, 带来 also introduce what is issued, bought or brought (subject_verbs) --------------------------------
@pytest.mark.parametrize("text, expected", [
    ("项目为村集体带来收入30万元。", [("30万元", "收入")]),
    ("今年颁发林权证书2.6万本。", [("2.6万本", "林权证书")]),
    ("县里统一购买意外伤害保险3万份。", [("3万份", "意外伤害保险")]),
    # near miss: 购买服务 is one noun (compound_heads)
    ("全年购买服务资金达到500万元。", [("500万元", "购买服务资金")]),
])
def test_issuing_buying_bringing_introduce_their_object(text, expected):
    assert _subjects(text) == expected
