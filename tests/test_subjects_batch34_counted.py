"""Subject classes of batch 34 (a counted noun run on into its predicate, a list under one count), written as
invented sentences: none is copied from an edition. Each case failed before its class was fixed; the near
misses must stay as they were."""

from __future__ import annotations

import pytest

from tests.snippets import claims_of


def _subjects(text: str) -> list[tuple]:
    return [(c.quote, c.subject) for c in claims_of(text)]


@pytest.mark.parametrize("text, expected", [
    ("全市有36名外出青年返乡创业。", [("36名", "外出青年")]),
    ("今年有200场电影进社区。", [("200场", "电影")]),
    ("60名医生进村入户。", [("60名", "医生")]),
    ("全县组织860名务工人员来沿海就业。", [("860名", "务工人员")]),
    ("全市2.6万台农机下田备耕。", [("2.6万台", "农机")]),
    ("他带着9户村民起步。", [("9户", "村民")]),
    ("9名被告人一审获刑。", [("9名", "被告人")]),
    ("30间教室整齐摆放着床铺。", [("30间", "教室")]),
    ("全县已有15个乡镇推行订单收购模式。", [("15个", "乡镇")]),
    ("12项措施助企纾困。", [("12项", "措施")]),
    ("检察院帮助18名农民工讨回欠薪52万元。", [("18名", "农民工"), ("52万元", "欠薪")]),
    ("支持起诉助18名农民工讨回52万余元欠薪", [("18名", "农民工"), ("52万余元", "欠薪")]),
    ("全年为农民工讨回欠薪52万元。", [("52万元", "欠薪")]),
])
def test_a_counted_noun_ends_where_its_predicate_opens(text, expected):
    assert _subjects(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("市住建局公布28家住房租赁企业名单。", [("28家", "住房租赁企业")]),
    ("吊销56户企业营业执照。", [("56户", "企业")]),
    ("抽检20款羽绒服，其中3款羽绒服含绒量不达标。", [("20款", "羽绒服"), ("3款", "羽绒服")]),
])
def test_what_belongs_to_the_counted_things_ends_their_noun(text, expected):
    assert _subjects(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("全市18个国控、省控监测断面中，优良断面16个。", [("18个", "国控、省控监测断面"), ("16个", "优良断面")]),
    ("论坛吸引200余名法官、检察官和律师代表参加。", [("200余名", "法官、检察官和律师代表")]),
])
def test_a_list_under_one_count_is_one_subject(text, expected):
    assert _subjects(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("全市评出12个先进社区。", [("12个", "先进社区")]),  # 先进社区: a noun, no 进社区
    ("全县评出30个先进村。", [("30个", "先进村")]),
    ("1200名返乡人员实现就业。", [("1200名", "返乡人员")]),  # 返乡 opening the noun
    ("全年提供助餐服务超50万人次。", [("超50万人次", "助餐服务")]),  # 助 inside 助餐
    ("共有42支队伍、500余名职工参赛。", [("42支", "队伍"), ("500余名", "职工")]),  # a list of counted items
    ("加固300公里堤防、近两千处隐患点。", [("300公里", "堤防"), ("近两千处", "隐患点")]),
    ("全县4个乡镇、63个行政村受灾。", [("4个", "乡镇"), ("63个", "行政村")]),
])
def test_near_misses_keep_their_nouns(text, expected):
    assert _subjects(text) == expected
