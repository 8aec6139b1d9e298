"""Subject classes from batch 28, with invented sentences and near misses that must not change: a definition's
bound (统计范围为, 是指: the noun after it is bounded), a change of a tax or revenue written 增收/减收, a like-for-like
basis (同口径), a condition 如 before a verb, verbs of breaking up gangs, sentencing and medical rounds, a table
row marked 其中：, and a count after 近 written with a traditional numeral (近萬戶)."""

import pytest

from frontpage.numbers.subjects import row_label_subject, subject_after, subject_before
from tests.snippets import subjects_of


@pytest.mark.parametrize("left, subject", [
    # a definition: the figure bounds the noun after 范围为 or 指, not the term defined
    ("限额以上批发业统计范围为年商品销售额", "年商品销售额"),
    ("小型微利企业是指年应纳税所得额", "年应纳税所得额"),
    ("规模以上服务业企业指年营业收入", "年营业收入"),
    # near misses: 指 inside a word, and no definition at all
    ("全省主要经济指标", "全省主要经济指标"),
    ("居民消费价格指数", "居民消费价格指数"),
    ("服务范围覆盖乡镇", "乡镇"),
])
def test_a_definitions_bound_measures_the_noun_after_it(left, subject):
    assert subject_before(left) == subject


@pytest.mark.parametrize("left, subject", [
    # 增收 / 减收 after a tax or revenue: a change of that tax, no part of the subject
    ("契税增收", "契税"),
    ("非税收入减收", "非税收入"),
    ("排污费增收", "排污费"),
    # near misses: a gain of income of people is what is measured
    ("茶农年均增收", "茶农年均增收"),
    ("脱贫群众人均增收", "脱贫群众人均增收"),
])
def test_a_revenue_change_written_zengshou(left, subject):
    assert subject_before(left) == subject


@pytest.mark.parametrize("left, subject", [
    ("全区税收收入同口径增长", "全区税收收入"),
    ("如剔除一次性土地收入", "一次性土地收入"),
    ("如投入专项资金", "专项资金"),
    ("依法打掉电诈窝点", "电诈窝点"),
    ("一审判处被告人", "被告人"),
    ("医疗队巡诊村民", "村民"),
    # near misses: 如 before no verb, and 口径 as the noun measured
    ("如期建成项目", "项目"),
    ("统计口径调整涉及企业", "企业"),
])
def test_framing_words_and_verbs_of_batch_28(left, subject):
    assert subject_before(left) == subject


@pytest.mark.parametrize("label, subject", [
    ("其中：国内旅客", "国内旅客"),
    ("其中:进口", "进口"),
    # near misses: a label that only holds 其中 inside it, or none
    ("进出口总额", "进出口总额"),
    ("其中中小企业", "其中中小企业"),
])
def test_a_table_row_marked_as_a_part(label, subject):
    assert row_label_subject(label) == subject


def test_a_table_row_marked_as_a_part_in_a_table():
    text = ("表1 全县财政收支情况\n指标 绝对数（万元） 比上年增长（%）\n一般公共预算收入 836214 6.2\n"
            "其中：非税收入 212530 3.4\n一般公共预算支出 1920118 4.1\n")
    assert "非税收入" in subjects_of(text, "212530")


@pytest.mark.parametrize("right, subject", [
    # a second count after 近 written with a traditional numeral ends the noun
    ("村近萬戶果農", "村"),
    ("鎮近千名群眾", "鎮"),
    # near miss: 近 inside a noun
    ("近郊农场", "近郊农场"),
])
def test_a_count_after_jin_in_traditional_numerals(right, subject):
    assert subject_after(right) == subject
