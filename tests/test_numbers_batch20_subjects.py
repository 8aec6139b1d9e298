"""Subject classes of the twentieth batch, written as invented sentences: none is copied from an edition.
Each test held at least one check that failed before its class was fixed; a check that held before (a
guard, where the new rule must NOT fire) shares its test."""

from __future__ import annotations

from datetime import date

import pytest

from tests.snippets import claims_of, subjects_of

D = date(2024, 9, 12)


def _subjects(text: str, quote: str) -> list[str]:
    return subjects_of(text, quote, D)


def test_a_home_loan_tier_is_no_count_and_stays_in_the_subject():
    # 二套房, 二套住房 'second home' are tiers of a home loan, as 首套房: an ordinal (brief: no claim, kept in the subject)
    assert [c.quote for c in claims_of("二套房贷款平均利率为5.12%。", D)] == ["5.12%"]
    assert _subjects("二套房贷款平均利率为5.12%。", "5.12%") == ["二套房贷款平均利率"]
    assert _subjects("二套住房公积金贷款首付比例不低于30%。", "不低于30%") == ["二套住房公积金贷款首付比例"]
    # guard: two homes counted with 两套 stay a count
    assert _subjects("全镇新建两套样板房。", "两套") == ["样板房"]


LISTS = [
    # a code's digits name an item (PM10, （PM2.5）): the list is still paired item by item
    ("a code in the first item", "全县PM10、二氧化硫年均浓度分别为47、8微克/立方米。", ["PM10", "二氧化硫"]),
    ("a bracketed code", "细颗粒物（PM2.5）、臭氧浓度分别为29、140微克/立方米。", ["细颗粒物（PM2.5）", "臭氧"]),
    # a rate shared by the list (达标率, 参保率) is the list's head, printed once after the last item
    ("a shared 达标率", "区域声环境白天、夜晚达标率分别为95.1%和80.2%。", ["区域声环境白天", "夜晚"]),
    ("a shared 参保率", "养老保险、医疗保险参保率分别为96%和98%。", ["养老保险", "医疗保险"]),
    # the other items name whole bodies (学校, 医院): the last one's ending is no head they share
    ("bodies listed", "高等院校和科研院所下属企业分别投入3.2亿元和4.5亿元。", ["高等院校", "科研院所下属企业"]),
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
    assert _subjects(text, quote) == [subject]


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
    assert _subjects(text, quote) == [subject]
