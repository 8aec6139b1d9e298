"""Batch 43: three more heads that make one noun with the verb before them (compound_heads.csv): 到位资金 (the funds
that have arrived), 聘用人员 (the people hired) and 采购意向 (an intent to buy: 采购意向协议, 采购意向金额). The dev
gold keeps the verb in each (到位资金 eighteen times to one). Near misses: the verb with an object of its own
(聘用教师, 采购农产品) and 资金 before 到位 (资金到位率) keep their reading."""

import pytest

from tests.snippets import subjects_of


@pytest.mark.parametrize("sentence, quote, expected", [
    pytest.param("开发区累计签约项目86个，到位资金约260亿元。", "约260亿元", "到位资金", id="funds-arrived"),
    pytest.param("聘用人员试用期为6个月。", "6个月", "聘用人员试用期", id="hired-probation"),
    pytest.param("展会期间共签订采购意向协议28份。", "28份", "采购意向协议", id="purchase-intent-agreements"),
    pytest.param("洽谈会现场达成采购意向金额1.8亿元。", "1.8亿元", "采购意向金额", id="purchase-intent-sum"),
    # near misses
    pytest.param("今年全县计划聘用教师150名。", "150名", "教师", id="near-miss-hiring-teachers"),
    pytest.param("合作社今年采购农产品3200吨。", "3200吨", "农产品", id="near-miss-buying-produce"),
    pytest.param("全县已到位帮扶资金2600万元。", "2600万元", "帮扶资金", id="near-miss-aid-funds-arrived"),
])
def test_a_verb_and_its_compound_head(sentence, quote, expected):
    assert subjects_of(sentence, quote) == [expected]


def test_near_miss_funds_before_arrived():
    assert subjects_of("项目资金到位率达到92%。", "92%")[0].endswith("资金到位率")
