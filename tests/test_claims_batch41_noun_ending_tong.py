"""Batch 41, claim detection. Invented sentences.

同 before a number is the ordinal marker of 同一 'the same' only as a word of its own: a noun ending in 同
(合同 'contract', 胡同 'alley': ``ordinal_lookalikes.csv``) then the count states an amount.
Near miss: 同一天 stays no count.
"""

from tests.snippets import claims_of, one


def test_contracts_counted():
    c = one("去年全区登记技术合同1264项，成交额增长三成。", "1264项")
    assert (c.value, c.unit) == (1264, "item")


def test_alleys_counted():
    c = one("今年老城区整治胡同38条。", "38条")
    assert c.value == 38


def test_same_day_is_no_count():
    assert [c.quote for c in claims_of("同一天，两地同时开工。")] == []
