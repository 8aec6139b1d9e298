"""Subject classes left after the first pass on the fourteenth batch, written as invented sentences: none is
copied from an edition. Each test held at least one check that failed before its class was fixed; a check
that held before (a guard) shares its test."""

from __future__ import annotations

from datetime import date

import pytest

from tests.snippets import claims_of, subjects_of

D = date(2024, 5, 14)


SET_UP = [
    # 设 'set up' is a one-character verb: the noun after it is counted, even a noun of one character
    ("设站", "城际铁路沿线设站12座，全程运行40分钟。", "12座", "站"),
    ("设 opening the clause", "全县共设考点15个。", "15个", "考点"),
    ("设 after a scope", "本次大赛设一等奖5名。", "5名", "一等奖"),
    ("设 before a measure's noun", "本届博览会设展区面积2万平方米。", "2万平方米", "展区面积"),
    # a 设 inside a word is no verb (guards)
    ("设施 (guard)", "全市新建公共体育设施120处。", "120处", "公共体育设施"),
    ("设备 (guard)", "全县农机设备总数达1200台。", "1200台", "全县农机设备总数"),
]


@pytest.mark.parametrize("name, text, quote, subject", SET_UP, ids=[v[0] for v in SET_UP])
def test_one_character_verb_set_up(name, text, quote, subject):
    assert subjects_of(text, quote, D) == [subject]


FRAMES = [
    # a contrastive 则 and 'mostly at' stand between the noun and its figure: no part of the noun
    ("则", "户外景区客流下降8%，博物馆客流则增长12.5%。", "12.5%", "博物馆客流"),
    ("多在", "果品收购价多在每斤5元至8元。", "每斤5元至8元", "果品收购价"),
    ("规则 keeps its 则 (guard)", "现行管理规则达12条。", "12条", "现行管理规则"),
    # 持平 is the outcome of a comparison: the change after it has no noun and carries the claim before's
    ("持平", "全市居民消费价格同比上涨0.6%，其中9月份同比持平、环比下降0.3%。", "0.3%", "全市居民消费价格"),
]


@pytest.mark.parametrize("name, text, quote, subject", FRAMES, ids=[v[0] for v in FRAMES])
def test_frames_between_noun_and_figure(name, text, quote, subject):
    assert subjects_of(text, quote, D) == [subject]


def test_a_list_head_after_the_shared_ending_of_its_items():
    # 住户贷款、非金融企业贷款余额: the items end in 贷款, 余额 heads the whole list
    found = claims_of("9月末，住户贷款、非金融企业贷款余额分别为500.5亿元和300.2亿元。", D)
    assert [c.subject for c in found] == ["住户贷款", "非金融企业贷款"]
    # guards: a head only the last prints (城镇、农村居民) and items of one ending stay as they were
    found = claims_of("城镇、农村居民人均可支配收入分别为5万元和2万元。", D)
    assert [c.subject for c in found] == ["城镇", "农村"]
    found = claims_of("国有企业、民营企业、外商投资企业分别增长3%、5%和2%。", D)
    assert [c.subject for c in found] == ["国有企业", "民营企业", "外商投资企业"]


AFTER_A_COUNT = [
    # a level above a threshold (超汛限, 超保证, 超警戒) or a manner adverb and its verb opens the predicate
    ("超汛限", "全市12座水库超汛限水位运行。", "12座", "水库"),
    ("超保证", "境内7条河流超保证水位。", "7条", "河流"),
    ("安全转移", "2.3万名受灾群众安全转移。", "2.3万名", "受灾群众"),
    ("超市 is a noun (guard)", "全县新开8家超市。", "8家", "超市"),
]


@pytest.mark.parametrize("name, text, quote, subject", AFTER_A_COUNT, ids=[v[0] for v in AFTER_A_COUNT])
def test_predicate_after_a_counted_noun(name, text, quote, subject):
    assert subjects_of(text, quote, D) == [subject]


AREAS = [
    # an area measures the noun printed right after its unit when that noun closes its phrase
    ("8亩果园", "他家里8亩果园，今年收入可观。", "8亩", "果园"),
    ("万亩农田的", "新水渠可满足全乡约3.5万亩农田的灌溉需求。", "约3.5万亩", "农田"),
    ("noun before the area (guard)", "全县推广节水灌溉技术5万亩。", "5万亩", "节水灌溉技术"),
]


@pytest.mark.parametrize("name, text, quote, subject", AREAS, ids=[v[0] for v in AREAS])
def test_noun_right_after_an_area(name, text, quote, subject):
    assert subjects_of(text, quote, D) == [subject]
