"""Currencies other than the yuan, dollar, euro, pound, yen and Hong Kong dollar (class: 澳門元 unknown as a
currency). Table-driven: (sentence, quote, value, ISO 4217 code). Near misses: 元 alone stays CNY, and 澳元
is the Australian dollar, not the Macao pataca."""

import pytest

from tests.snippets import one

CASES = [
    ("去年營業額已突破3億澳門元，帶動就業逾800人。", "突破3億澳門元", 300000000, "MOP"),
    ("公司去年营业额达2.5亿澳门元。", "2.5亿澳门元", 250000000, "MOP"),
    ("对澳大利亚出口额1200万澳元。", "1200万澳元", 12000000, "AUD"),
    ("签约金额为3.2亿加元。", "3.2亿加元", 320000000, "CAD"),
    ("两岸贸易额达5000亿新台币。", "5000亿新台币", 500000000000, "TWD"),
    ("票价为3.5万韩元。", "3.5万韩元", 35000, "KRW"),
    ("合同金额为4500万卢布。", "4500万卢布", 45000000, "RUB"),
    ("项目投资额为6000万新加坡元。", "6000万新加坡元", 60000000, "SGD"),
    ("设备单价为12万瑞士法郎。", "12万瑞士法郎", 120000, "CHF"),
    ("大米出口价每吨1.8万泰铢。", "每吨1.8万泰铢", 18000, "THB/t"),
    ("门票收入达2.5亿元。", "2.5亿元", 250000000, "CNY"),
]


@pytest.mark.parametrize("text, quote, value, unit", CASES)
def test_currency(text, quote, value, unit):
    c = one(text, quote)
    assert (c.value, c.unit, c.kind) == (value, unit, "money")
