"""Subject classes of the twentieth batch, written as invented sentences: none is copied from an edition.
Each test held at least one check that failed before its class was fixed; a check that held before (a
guard, where the new rule must NOT fire) shares its test."""

from __future__ import annotations

from datetime import date

import pytest

from tests.snippets import claims_of, subjects_of

D = date(2024, 9, 12)


def test_a_home_loan_tier_is_no_count_and_stays_in_the_subject():
    # 二套房, 二套住房 'second home' are tiers of a home loan, as 首套房: an ordinal (brief: no claim, kept in the subject)
    assert [c.quote for c in claims_of("二套房贷款平均利率为5.12%。", D)] == ["5.12%"]
    assert subjects_of("二套房贷款平均利率为5.12%。", "5.12%", D) == ["二套房贷款平均利率"]
    assert subjects_of("二套住房公积金贷款首付比例不低于30%。", "不低于30%", D) == ["二套住房公积金贷款首付比例"]
    # guard: two homes counted with 两套 stay a count
    assert subjects_of("全镇新建两套样板房。", "两套", D) == ["样板房"]


LISTS = [
    # a code's digits name an item (PM10, （PM2.5）): the list is still paired item by item
    ("a code in the first item", "全县PM10、二氧化硫年均浓度分别为47、8微克/立方米。", ["PM10", "二氧化硫"]),
    ("a bracketed code", "细颗粒物（PM2.5）、臭氧浓度分别为29、140微克/立方米。", ["细颗粒物（PM2.5）", "臭氧"]),
    # a rate shared by the list (达标率, 参保率) is the list's head, printed once after the last item
    ("a shared 达标率", "区域声环境白天、夜晚达标率分别为95.1%和80.2%。", ["区域声环境白天", "夜晚"]),
    ("a shared 参保率", "养老保险、医疗保险参保率分别为96%和98%。", ["养老保险", "医疗保险"]),
    # the other items name whole bodies (学校, 医院) and the cut would fall inside the last one's name: no head shared
    ("bodies listed", "高等院校和政府属科研机构分别投入3.2亿元和4.5亿元。", ["高等院校", "政府属科研机构"]),
    ("a school and a body", "职业学校和社会培训机构分别培训1.2万人次和3.4万人次。", ["职业学校", "社会培训机构"]),
    # guard: a head every item shares is still cut from the last one
    ("guard: a shared head", "城镇和农村居民人均收入分别增长5%和7%。", ["城镇", "农村"]),
]


@pytest.mark.parametrize("name, text, subjects", LISTS, ids=[s[0] for s in LISTS])
def test_the_items_of_a_respectively_list(name, text, subjects):
    assert [c.subject for c in claims_of(text, D)] == subjects


VERBS = [
    # verbs that introduce the noun measured: observing, causing, building, approving
    ("监测到", "保护区全年监测到黑鹳等珍稀鸟类320只。", "320只", "黑鹳等珍稀鸟类"),
    ("造成", "冰雹造成全县果树受灾面积1.2万亩。", "1.2万亩", "全县果树受灾面积"),
    ("建起", "村里建起光伏发电站三座。", "三座", "光伏发电站"),
    ("核定", "财政部核定我省新增债务限额420亿元。", "420亿元", "我省新增债务限额"),
    # a trip or a modal after a counted noun opens its predicate
    ("赴", "省里派出8个督导组赴灾区核查灾情。", "8个", "督导组"),
    ("愿意", "起初只有九户村民愿意试种。", "九户", "村民"),
    # a measure named with a verb (成交套数, 存储余额, 入库流量): the verb is part of the noun
    ("套数", "新房销售面积增长5%，成交套数812套。", "812套", "成交套数"),
    ("余额", "全县农民工工资保证金存储余额1.8亿元。", "1.8亿元", "全县农民工工资保证金存储余额"),
    ("流量", "水位超警戒0.8米，最大入库流量900立方米每秒。", "900立方米每秒", "最大入库流量"),
    # a float up or down from a base is a change verb, no part of the subject
    ("上浮", "公积金贷款额度在原有标准基础上上浮10%。", "10%", "公积金贷款额度"),
    ("下浮", "中标价格下浮8%。", "8%", "中标价格"),
    # guards: a verb before a noun it does not name still introduces it
    ("guard: 发放 before a fund", "全县发放创业担保贷款2.3亿元。", "2.3亿元", "创业担保贷款"),
    ("guard: 造成 of a loss", "洪水造成直接经济损失约3亿元。", "约3亿元", "直接经济损失"),
]


@pytest.mark.parametrize("name, text, quote, subject", VERBS, ids=[s[0] for s in VERBS])
def test_verbs_that_introduce_or_end_a_noun(name, text, quote, subject):
    assert subjects_of(text, quote, D) == [subject]


AFTER_A_COUNT = [
    # a recent day (日前, 近日) right after a count is no noun: the count's noun is the one printed before it
    ("日前 after a count", "高新区首批青年公寓房源150套日前开始配租。", "150套", "高新区首批青年公寓房源"),
    # 及以上 is a bound in a noun, its 上 no locative; 集中式 is part of a noun
    ("及以上 before a noun", "全区6个乡镇级及以上集中式供水工程水质达标率为100%。", "100%", "乡镇级及以上集中式供水工程水质达标率"),
    # guards: a locative after a noun still goes, and a recent day after the noun still ends it
    ("guard: a locative", "三座山头上种植茶树。", "三座", "山头"),
    ("guard: 近日 after the noun", "该县120名干部近日下沉一线。", "120名", "干部"),
]


@pytest.mark.parametrize("name, text, quote, subject", AFTER_A_COUNT, ids=[s[0] for s in AFTER_A_COUNT])
def test_time_words_and_bounds_after_a_count(name, text, quote, subject):
    assert subjects_of(text, quote, D) == [subject]


# Regressions of the first pass, each a class: a tier names only a loan's second home (not 三套, not 二套房源),
# a trip's compound verbs and a negated modal stay whole, a list of whole rates shares no head, a body's list
# shares a head its last item prints, 起来 is a complement, a verb is not read across two words, and a count of
# units is no count of people.
COUNTS_OF_HOMES = [
    ("three homes offered", "区里给引进的博士提供三套住房。", "三套", "住房"),
    ("three homes owned", "老张在城里买下三套房。", "三套", None),  # a one-character noun: only the count is checked
    ("homes for sale", "该楼盘尚余三套房源。", "三套", "房源"),
    ("two listings", "该小区尚有二套房源在售。", "二套", "房源"),
]


@pytest.mark.parametrize("name, text, quote, subject", COUNTS_OF_HOMES, ids=[s[0] for s in COUNTS_OF_HOMES])
def test_only_a_loans_second_home_is_a_tier(name, text, quote, subject):
    assert quote in [c.quote for c in claims_of(text, D)]
    if subject:
        assert subjects_of(text, quote, D) == [subject]


PREDICATES = [
    ("奔赴", "全县40名志愿者奔赴抗洪一线。", "40名", "志愿者"),
    ("赶赴", "60名消防员连夜赶赴火场。", "60名", "消防员"),
    ("远赴", "12名眼科专家远赴高原义诊。", "12名", "眼科专家"),
    ("开赴", "3支抢修车队开赴灾区。", "3支", "抢修车队"),
    ("共赴", "全校200名师生共赴研学基地。", "200名", "师生"),
    ("飞赴", "8名队员飞赴震区。", "8名", "队员"),
    ("不愿意", "25户居民不愿意拆迁。", "25户", "居民"),
    ("guard: 赴 alone", "市里派出8个工作组赴乡镇督导。", "8个", "工作组"),
]


@pytest.mark.parametrize("name, text, quote, subject", PREDICATES, ids=[s[0] for s in PREDICATES])
def test_a_trip_or_a_modal_opens_the_predicate_whole(name, text, quote, subject):
    assert subjects_of(text, quote, D) == [subject]


WHOLE_ITEMS = [
    # every item is a rate or a measure of its own: the last one's head is its own, not the list's
    ("two rates", "城镇化率、森林覆盖率分别达到62%和48%。", ["城镇化率", "森林覆盖率"]),
    ("a share and a concentration", "优良天数比例和二氧化氮平均浓度分别为88%和20微克/立方米。",
     ["优良天数比例", "二氧化氮平均浓度"]),
    ("a rate with 及 in it", "自来水普及率和供水工程覆盖率分别达到95%和60%。", ["自来水普及率", "供水工程覆盖率"]),
    # bodies listed before a head they share (建设资金, 招生): the head is cut from the last one
    ("bodies' shared fund", "医院和学校改造资金分别为4亿元和3亿元。", ["医院", "学校"]),
    ("bodies' shared intake", "全县职业院校、普通中学招生分别为1万人和2万人。", ["职业院校", "普通中学"]),
    # guard: a body whose name runs on past the others' length is whole (no head cut from inside its name)
    ("a longer body", "高等院校和省属科研机构分别投入3.2亿元和4.5亿元。", ["高等院校", "省属科研机构"]),
    # a bracket holding a measure makes the items claims of their own: the list takes their subjects
    ("a measure in brackets", "一期（120亩）、二期（80亩）分别投资2亿元和1亿元。", ["一期", "二期", "一期", "二期"]),
]


@pytest.mark.parametrize("name, text, subjects", WHOLE_ITEMS, ids=[s[0] for s in WHOLE_ITEMS])
def test_whole_items_of_a_respectively_list(name, text, subjects):
    assert [c.subject for c in claims_of(text, D)] == subjects


WORD_BOUNDS = [
    ("起来 is a complement", "全乡建起来的温室有120座。", "120座", "全乡建起来的温室"),
    ("审核 then 定点", "全县已审核定点药店85家。", "85家", "定点药店"),
    ("a count of units sold", "上半年完成销售套数860套。", "860套", "销售套数"),
    ("guard: 完成 a count of people", "全年完成培训人数3200人。", "3200人", "完成培训人数"),
]


@pytest.mark.parametrize("name, text, quote, subject", WORD_BOUNDS, ids=[s[0] for s in WORD_BOUNDS])
def test_verbs_read_within_their_words(name, text, quote, subject):
    assert subjects_of(text, quote, D) == [subject]
