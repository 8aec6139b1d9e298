"""千伏安 (kVA, apparent power) is the unit of a transformer's or a substation's capacity: a measure claim in kVA.
Before, 42万千伏安 was cut to a bare count 42万 (a wrong unit). 千伏 alone names a voltage class (10千伏线路,
110千伏变电站), no claim."""

import pytest

from tests.snippets import claims_of

KVA = [
    ("全县新增配变容量3.6万千伏安。", "3.6万千伏安", 36000, None),
    ("今年新增变电容量约18万千伏安。", "约18万千伏安", 180000, "approx"),
    ("一台容量为630千伏安的变压器已投运。", "630千伏安", 630, None),
]


@pytest.mark.parametrize("sentence, quote, value, qualifier", KVA)
def test_kva_is_a_capacity(sentence, quote, value, qualifier):
    found = [(c.quote, c.value, c.unit, c.kind, c.qualifier) for c in claims_of(sentence)]
    assert found == [(quote, value, "kVA", "measure", qualifier)]


def test_a_voltage_class_is_no_claim():
    assert [c.quote for c in claims_of("新建35千伏变电站3座，改造10千伏线路。")] == ["3座"]
