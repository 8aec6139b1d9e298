"""Subject classes of the second pass over the eighteenth batch and the nineteenth batch's clarifications,
written as invented sentences: none is copied from an edition. Each test held at least one check that failed
before its class was fixed; a check that held before (a guard) shares its test."""

from __future__ import annotations

from datetime import date

import pytest

from tests.snippets import claims_of, subjects_of

D = date(2024, 9, 12)


SHARES = [
    # a bare share noun whose noun ends an earlier clause is the subject as printed (brief, nineteenth batch)
    ("占比 after an amount", "全县直播电商交易额6.4亿元，占比37%。", "37%", "占比"),
    ("占比 after a count", "全镇登记民宿82家，占比超过六成。", "超过六成", "占比"),
    # guard: in the same clause the whole phrase stays
    ("占比 in its own clause", "直播电商交易额占比37%。", "37%", "直播电商交易额占比"),
]


@pytest.mark.parametrize("name, text, quote, subject", SHARES, ids=[s[0] for s in SHARES])
def test_a_bare_share_noun_is_its_own_subject(name, text, quote, subject):
    assert subjects_of(text, quote, D)[-1] == subject


INDICATOR_NAMES = [
    # full-width Latin letters read as ASCII with the digits (ＰＭ２．５ is a name, not the number 2.5), the
    # subject still quoted as printed
    ("full-width letters in a name", "全县ＰＭ１０年均浓度同比下降６．２％。", "６．２％", "全县ＰＭ１０年均浓度"),
    # an averaging window (8小时平均) is part of an indicator's name: no duration, and the name stays whole
    ("an averaging window", "二氧化硫24小时平均值第98百分位浓度为12微克/立方米。", "12微克/立方米",
     "二氧化硫24小时平均值第98百分位浓度"),
]


@pytest.mark.parametrize("name, text, quote, subject", INDICATOR_NAMES, ids=[s[0] for s in INDICATOR_NAMES])
def test_letters_and_digits_inside_an_indicator_name_stay(name, text, quote, subject):
    assert subjects_of(text, quote, D) == [subject]


def test_an_averaging_window_is_no_duration():
    from tests.snippets import claims_of
    assert [c.quote for c in claims_of("臭氧日最大8小时平均浓度为150微克/立方米。")] == ["150微克/立方米"]


FRAMES = [
    # a provisional setting (暂定, 初定) and a first crossing (首破, 首超) before the number frame it
    ("暂定", "报名期限暂定为15日。", "15日", "报名期限"),
    ("首破", "园区年产值首破百亿元。", "破百亿元", "园区年产值"),  # 破 is the hedge of the quote (lower bound)
    # 免费 after a counted noun opens what is done for it
    ("免费 after a count", "并为36户低保家庭免费更换燃气软管。", "36户", "低保家庭"),
    # 享/享受 (enjoy) after a counted noun opens what it receives, also before 免费
    ("享 after a count", "全县2.4万名村民享免费体检。", "2.4万名", "村民"),
    ("享受 after a count", "去年共有860户家庭享受租金补贴。", "860户", "家庭"),
    # 大关 after a figure is a milestone, no noun: the subject stays the one before
    ("大关", "全镇工业产值连续三年增长，突破二十亿元大关。", "突破二十亿元", "全镇工业产值"),
]


@pytest.mark.parametrize("name, text, quote, subject", FRAMES, ids=[s[0] for s in FRAMES])
def test_settings_crossings_and_milestones_frame_the_subject(name, text, quote, subject):
    assert subjects_of(text, quote, D) == [subject]


OPENERS_INSIDE_A_NOUN = [
    # 享 ends a word there (共享, 分享, 乐享: predicate_openers' not_after): the noun counted holds it
    ("共享 in the noun", "全市新投放3000辆共享单车。", "3000辆", "共享单车"),
    ("共享 before a place", "全区建成12个共享菜园。", "12个", "共享菜园"),
    ("分享 in the noun", "全县新增40个分享书屋。", "40个", "分享书屋"),
    # 免费 before a noun is part of it; it opens a predicate only before a verb or a coverb
    ("免费 inside the noun", "全市新增1200个公共免费停车位。", "1200个", "公共免费停车位"),
    ("免费 before a place suffix", "全县建成38个村级免费阅读点。", "38个", "村级免费阅读点"),
    ("免费 before a verb", "全市30所学校免费开放操场。", "30所", "学校"),
    ("免费 before a coverb", "全县80名医生免费为老人体检。", "80名", "医生"),
    ("免费 before 帮", "全镇50名志愿者免费帮独居老人理发。", "50名", "志愿者"),
    # 获奖 before a noun modifies it (获奖作品, 获奖选手): its 获 opens no predicate
    ("获奖 before a thing", "校园艺术节展出120件学生获奖作品。", "120件", "学生获奖作品"),
    ("获奖 before people", "大会表彰了36名青年获奖选手。", "36名", "青年获奖选手"),
    # guards: 获 alone wins what follows (获一等奖, 获奖学金: 获 and 奖学金), 获 inside a verb (获评, 获批)
    ("获 a prize", "全市15名学生获一等奖。", "15名", "学生"),
    ("获 a scholarship", "全县20名学生获奖学金。", "20名", "学生"),
    ("获评", "全区12所学校获评示范校。", "12所", "学校"),
    # a verb that is also a modifier (储备), then one character and an attribute: one noun (储备林, 储备粮)
    ("储备 before a one-character noun and an area", "全县储备林面积达到12万亩。", "12万亩", "全县储备林面积"),
    ("储备 before a one-character noun and a scale", "全市储备粮规模达到5万吨。", "5万吨", "全市储备粮规模"),
    # guards: before a noun of two characters 储备 stocks it
    ("储备 before a noun", "全县储备粮食5万吨。", "5万吨", "粮食"),
    ("储备 before meat", "全市储备冻猪肉800吨。", "800吨", "冻猪肉"),
    # guards: 享 alone opens what the counted noun receives
    ("享 alone", "全镇3000名老人享免费乘车。", "3000名", "老人"),
]


@pytest.mark.parametrize("name, text, quote, subject", OPENERS_INSIDE_A_NOUN, ids=[s[0] for s in OPENERS_INSIDE_A_NOUN])
def test_a_predicate_opener_inside_a_noun_opens_no_predicate(name, text, quote, subject):
    assert subjects_of(text, quote, D) == [subject]


PEOPLE_BEFORE_A_NOUN = [
    # a noun of people after 检查/注册 that leads into another noun only modifies it: the verb introduces that noun
    ("检查 before a place of crowds", "全市检查人员密集场所86家。", "86家", "人员密集场所"),
    ("累计检查 before a place of crowds", "全区累计检查人员密集场所320处。", "320处", "人员密集场所"),
    ("注册 before a team of volunteers", "全县注册志愿者服务队伍45支。", "45支", "志愿者服务队伍"),
    # guards: the noun of people ends the phrase, or what follows is counted or averaged of those people
    ("inspectors alone", "全县出动检查人员480人次。", "480人次", "检查人员"),
    ("registered volunteers alone", "全镇注册志愿者达到8600人。", "8600人", "全镇注册志愿者"),
    ("a count of the registered", "注册志愿者人数占常住人口比例达到7%。", "7%", "注册志愿者人数占常住人口比例"),
    ("the participants' mean income", "参与农户人均可支配收入达到2.1万元。", "2.1万元", "参与农户人均可支配收入"),
]


@pytest.mark.parametrize("name, text, quote, subject", PEOPLE_BEFORE_A_NOUN, ids=[s[0] for s in PEOPLE_BEFORE_A_NOUN])
def test_people_after_a_participle_end_their_phrase(name, text, quote, subject):
    assert subjects_of(text, quote, D) == [subject]


COPULA_LISTS = [
    ("分别是", "从支出结构看，增幅居前三位的分别是教育、交通运输和农林水支出，分别增长12.1%、9.8%和7.5%。",
     ["教育", "交通运输", "农林水"]),
    ("依次为", "排名靠前的依次为机械、化工和纺织行业，分别增长8.2%、6.1%和5.5%。", ["机械", "化工", "纺织"]),
    ("是", "销量最高的是苹果、梨和桃，分别为3.1万吨、2.4万吨和1.2万吨。", ["苹果", "梨", "桃"]),
    # a bare 的为 is no copula: 为 opens the noun as often (为民服务站, 为老服务中心)
    ("为民", "全县新建的为民服务站、便民超市和农家书屋分别达到12个、8个和20个。",
     ["新建的为民服务站", "便民超市", "农家书屋"]),
    ("为老", "今年建成的为老服务中心、日间照料站和老年食堂分别有6个、15个和9个。",
     ["建成的为老服务中心", "日间照料站", "老年食堂"]),
]


@pytest.mark.parametrize("name, text, subjects", COPULA_LISTS, ids=[s[0] for s in COPULA_LISTS])
def test_a_list_introduced_by_a_copula_starts_at_its_first_item(name, text, subjects):
    # 增幅居前三位的分别是A、B和C，分别增长…: the words that introduce the list are no item's
    assert [c.subject for c in claims_of(text)] == subjects
