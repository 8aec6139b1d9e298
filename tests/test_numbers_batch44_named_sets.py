"""三项社会保险 (basic pension, unemployment and work-injury insurance) is a defined term of social-security
statistics: its numeral names the set, as 三大工程 or 五险一金 do, and counts nothing; the figures of its funds
keep the whole term in their subject. Near misses: a numeral counting tasks or insurances chosen in the text."""

import pytest

from tests.snippets import claims_of

NAMED = [
    ("去年全县三项社会保险基金总收入86.4亿元，增长5.2%。", "86.4亿元"),
    ("年末三项社会保险基金累计结存128.7亿元。", "128.7亿元"),
]


@pytest.mark.parametrize("sentence, figure", NAMED)
def test_the_three_insurances_are_a_name(sentence, figure):
    found = {c.quote: c for c in claims_of(sentence)}
    assert "三项" not in found, list(found)
    assert "三项社会保险基金" in found[figure].subject


COUNTED = [
    ("今年全县完成三项改革任务。", "三项"),
    ("全县参加三项保险的人数达12万人。", "三项"),
]


@pytest.mark.parametrize("sentence, quote", COUNTED)
def test_a_numeral_counting_items_stays(sentence, quote):
    assert quote in [c.quote for c in claims_of(sentence)]
