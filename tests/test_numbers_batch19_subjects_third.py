"""Subject classes of the third pass over the eighteenth batch (and the sixteenth and seventeenth), written as
invented sentences: none is copied from an edition. Each test held at least one check that failed before its
class was fixed; a check that held before (a guard) shares its test."""

from __future__ import annotations

import pytest

from tests.snippets import subjects_of

FRAMES = [
    # a recovery to a past year's level without 的: the base (至2019年同期) is no part of the subject
    ("恢复至…同期 without 的", "全县景区客流量恢复至2019年同期八成以上。", "八成以上", "全县景区客流量"),
    ("恢复到…同期水平的", "全县旅游收入恢复到去年同期水平的95%。", "95%", "全县旅游收入"),
    # a statistical method (按可比口径, 按可比价格计算) frames the figure; the subject is carried from before
    ("按可比口径", "全县接待游客86.3万人次，按可比口径恢复至2019年同期的97.5%。", "97.5%", "游客"),
    ("按可比价格计算", "全县农业总产值48.2亿元，按可比价格计算增长4.1%。", "4.1%", "全县农业总产值"),
    # 打 is the verb of a discount, not part of what is discounted
    ("打 before a discount", "全市家电卖场空调打八折。", "八折", "全市家电卖场空调"),
]


@pytest.mark.parametrize("name, text, quote, subject", FRAMES, ids=[s[0] for s in FRAMES])
def test_bases_methods_and_discount_verbs_are_frames(name, text, quote, subject):
    assert subjects_of(text, quote)[-1] == subject


SHARE_NOUNS = [
    # 比重, 比例 alone in their clause are share nouns, not a base written with 比 (brief, nineteenth batch:
    # a bare share noun whose noun ends an earlier clause is the subject as printed)
    ("比重 alone", "全区服务业增加值86亿元，比重为52.3%。", "52.3%", "比重"),
    ("比例 alone", "全村脱贫户320户，比例达到三成。", "三成", "比例"),
    # guard: a base written with 比 is still dropped
    ("a base with 比", "全区工业增加值86亿元，比上年增长6.1%。", "6.1%", "全区工业增加值"),
]


@pytest.mark.parametrize("name, text, quote, subject", SHARE_NOUNS, ids=[s[0] for s in SHARE_NOUNS])
def test_a_share_noun_opening_with_bi_is_no_base(name, text, quote, subject):
    assert subjects_of(text, quote)[-1] == subject


WINNING = [
    # 获 (win) after a counted noun opens what was won: the noun counted ends before it
    ("获 an award", "在全省技能大赛中，该校7名学员获金奖。", "7名", "学员"),
    ("获 a commendation", "全县4家合作社获省级表彰。", "4家", "合作社"),
    # guards: 获 inside a word (收获, 渔获) stays
    ("渔获", "今年渔获量达3200吨。", "3200吨", "渔获量"),
    ("收获", "全镇3家家庭农场收获颇丰。", "3家", "家庭农场"),
]


@pytest.mark.parametrize("name, text, quote, subject", WINNING, ids=[s[0] for s in WINNING])
def test_huo_after_a_counted_noun_opens_what_it_won(name, text, quote, subject):
    assert subjects_of(text, quote) == [subject]


RESERVES = [
    # 储备 after another verb, or opening a listed object, names what is held in reserve (reserve pork)
    ("储备 after a verb", "今年以来全县已投放储备大米300吨。", "300吨", "储备大米"),
    ("储备 in a listed object", "全县已投放储备大米300吨、储备食用油50吨。", "50吨", "储备食用油"),
    ("储备 before a predicate", "200吨储备猪肉将于月底前投放市场。", "200吨", "储备猪肉"),
    # guards: 储备 opening a clause, or after an adverb or a whole scope, is the verb of stocking
    ("储备 opening a clause", "组建抢险队伍18支，储备编织袋52万条。", "52万条", "编织袋"),
    ("储备 after an adverb", "目前全县已储备春耕化肥3.6万吨。", "3.6万吨", "春耕化肥"),
]


@pytest.mark.parametrize("name, text, quote, subject", RESERVES, ids=[s[0] for s in RESERVES])
def test_reserve_as_a_modifier_stays_in_the_subject(name, text, quote, subject):
    assert subjects_of(text, quote)[-1] == subject


def test_attendance_at_a_meeting_counts_who_attended():
    text = "会议应出席委员60名，实际出席委员57名。"
    assert subjects_of(text, "60名") == ["委员"]
    assert subjects_of(text, "57名") == ["委员"]


def test_a_verb_that_is_also_a_noun_after_a_whole_scope_keeps_its_opening_rule():
    # 服务 after a whole scope names the trade (服务业) unless the people served follow it
    assert subjects_of("全区服务业增加值86亿元，比上年增长6.1%。", "6.1%") == ["全区服务业增加值"]
    assert subjects_of("全市服务老年人3.2万人次。", "3.2万人次") == ["老年人"]  # guard
    assert subjects_of("全市组织培训1200场次。", "1200场次") == ["培训"]  # guard: 组织 acts after a scope
