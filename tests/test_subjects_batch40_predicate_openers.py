"""Subject classes of batch 40: verbs missing from ``predicate_openers.csv`` that open what a counted noun does
or what is done to or at it (农户入社, 向老人推销, 在药店就医): the noun after the measure word ends before them.
Invented sentences, none copied from an edition; each table holds cases that failed before the fix and near misses."""

from __future__ import annotations

import pytest

from tests.snippets import subjects_of


@pytest.mark.parametrize("text, quote, expected", [
    ("合作社今年带动60户农户入社。", "60户", "农户"),
    ("他们先后向30名老人推销保健品。", "30名", "老人"),
    ("参保人在1500家定点医院就医时可直接结算。", "1500家", "定点医院"),
    # near misses: the verb inside the noun (a modifier of it), or no verb after the noun
    ("全市有120个入社农户。", "120个", "入社农户"),
    ("年内建成20家就医服务中心。", "20家", "就医服务中心"),
    ("合作社今年吸纳农户60户。", "60户", "农户"),
])
def test_a_predicate_opener_ends_the_counted_noun(text, quote, expected):
    assert subjects_of(text, quote)[0] == expected
