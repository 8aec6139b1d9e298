"""Detection, value and direction classes of batch 32, written as invented sentences: none is copied from an
edition. Each test held at least one check that failed before its class was fixed, and near misses the new rule
must leave alone."""

from __future__ import annotations

import pytest

from tests.snippets import claims_of


def _found(text: str) -> list[tuple]:
    return [(c.quote, c.value, c.unit) for c in claims_of(text)]


@pytest.mark.parametrize("text, expected", [
    ("今年全镇茶叶产量增长一成半。", [("一成半", 15, "%")]),  # one and a half tenths
    ("运输成本压降了两成半左右。", [("两成半左右", -25, "%")]),
    ("约一成半的农户参加了技能培训。", [("约一成半", 15, "%")]),
    # near misses: 半 that begins a word after 成 (半导体), or a half that is a clause of its own
    ("全区已完成八成半导体项目的验收。", [("八成", 80, "%")]),
    ("村民收入增长一成，半数农户受益。", [("一成", 10, "%"), ("半数", 50, "%")]),
])
def test_a_tenth_and_a_half(text, expected):
    """一成半, 两成半: a share in tenths with a half after 成 is that many and a half tenths (15 %), not its whole
    tenths alone."""
    assert [(q, v, u) for q, v, u in _found(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("改革成果惠及全省3600多万人民群众。", [("3600多万", 36000000, "person")]),
    ("去年全区累计培训2.5万人员。", [("2.5万", 25000, "person")]),
    ("新建管网覆盖沿线120万人口。", [("120万", 1200000, "person")]),
    ("今年计划引进1.2万人才。", [("1.2万", 12000, "person")]),
    # near misses: 人 as the unit itself, and 人民币 a currency
    ("全镇有常住居民3200人，民警12名。", [("3200人", 3200, "person"), ("12名", 12, "person")]),
    ("捐赠物资折合5万人民币。", [("5万人民币", 50000, "CNY")]),
])
def test_a_count_whose_noun_begins_with_ren(text, expected):
    """3600多万人民群众, 2.5万人员: a number with a scale word before a noun that begins with 人 (人民, 人员, 人口,
    人才) counts those people with its scale word alone; the 人 of the noun is no measure word of the quote."""
    assert _found(text) == expected


@pytest.mark.parametrize("text, quote, direction", [
    ("全县今年将努力实现6.5%左右的增长目标。", "6.5%左右", "increase"),
    ("预期目标为7%，一季度有望实现7.2%左右的增长。", "7.2%左右", "increase"),
    ("确保完成单位能耗下降4%的目标任务。", "4%", "decrease"),
    ("5.5%左右的增长目标，既积极又稳妥。", "5.5%左右", "increase"),
    # near misses: a share of a growth, and a noun the verb opens (增长点)
    ("消费对经济贡献了六成的增长。", "六成", None),
    ("全市经济8%的增长点在制造业。", "8%", None),
])
def test_a_rate_before_de_and_a_change_word(text, quote, direction):
    """实现7%左右的增长, 7%左右的增长目标, 下降4%的目标任务: a rate named by the change word after 的 (its phrase
    ending there or at a goal) is that change; not a share of a change (贡献了六成的增长) nor 增长点."""
    found = {c.quote: c.direction for c in claims_of(text)}
    assert found[quote] == direction


@pytest.mark.parametrize("text, expected", [
    ("当年进城的山路要整整一天，如今只需40分钟。", [("一天", 1, "day"), ("40分钟", 40, "minute")]),
    ("县里开展为期一个月的安全生产大检查。", [("一个月", 1, "month")]),
    ("申报单位成立时间须在一年以上。", [("一年以上", 1, "year")]),
    ("设备检修需要一周左右。", [("一周左右", 1, "week")]),
    # near misses: 一 as 'a' or 'one (day)', and the 要 that ends 重要, 主要
    ("有一天，他走进了车间。", []),
    ("一年四季游客不断。", []),
    ("今年是实施规划的重要一年。", []),
])
def test_a_length_of_time_stated_with_yi(text, expected):
    """为期一个月, 要整整一天, 须在一年以上, 一周左右: a duration stated with 一 after a word of lasting (为期, 历时,
    整整, 要, 需要) or with a hedge after it is how long, no indefinite 'a'."""
    assert _found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("剧组60余名演员中，有三分之一是本地业余爱好者。", [("60余名", 60, "person"), ("三分之一", 33.333333, "%")]),
    ("全县客流恢复至疫情前六成。", [("六成", 60, "%")]),
    # near misses: a list's ordinal 一是, a rank 前三成
    ("一是加快建设，二是完善服务。", []),
    ("全市有两成乡镇排名前三成。", [("两成", 20, "%")]),
])
def test_a_fraction_before_shi_and_a_share_after_a_time_before(text, expected):
    """三分之一是…: the 一是 of a list's ordinals is no mask after 分之; 疫情前六成: 前 closing a time, then a share of
    its level, is no rank (排名前三成 is)."""
    assert _found(text) == expected
