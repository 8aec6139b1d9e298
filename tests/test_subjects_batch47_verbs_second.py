"""Batch 47 (second set): 消化 'use up', 装卸 'load and unload', 建有 'has built' introduce what the figure counts
or measures. Invented sentences."""

import pytest

from tests.snippets import subjects_of

CASES = [
    ("消化", "新厂投产后可年消化秸秆8万吨。", "8万吨", "秸秆"),
    ("装卸", "码头日均装卸集装箱4000标箱。", "4000标箱", "集装箱"),
    ("建有", "全镇建有森林消防蓄水池12个。", "12个", "森林消防蓄水池"),
]


@pytest.mark.parametrize("verb, text, quote, subject", CASES, ids=[c[0] for c in CASES])
def test_the_verb_introduces_the_counted_noun(verb, text, quote, subject):
    assert subjects_of(text, quote) == [subject]


def test_near_misses_keep_their_nouns():
    assert subjects_of("港口装卸效率提高15%。", "15%") == ["港口装卸效率"]
