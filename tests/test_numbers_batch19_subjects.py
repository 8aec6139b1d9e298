"""Subject classes of the second pass over the eighteenth batch and the nineteenth batch's clarifications,
written as invented sentences: none is copied from an edition. Each test held at least one check that failed
before its class was fixed; a check that held before (a guard) shares its test."""

from __future__ import annotations

from datetime import date

import pytest

from tests.snippets import subjects_of

D = date(2024, 9, 12)


def _subjects(text: str, quote: str) -> list[str]:
    return subjects_of(text, quote, D)


SHARES = [
    # a bare share noun whose noun ends an earlier clause is the subject as printed (brief, nineteenth batch)
    ("占比 after an amount", "全县直播电商交易额6.4亿元，占比37%。", "37%", "占比"),
    ("占比 after a count", "全镇登记民宿82家，占比超过六成。", "超过六成", "占比"),
    # guard: in the same clause the whole phrase stays
    ("占比 in its own clause", "直播电商交易额占比37%。", "37%", "直播电商交易额占比"),
]


@pytest.mark.parametrize("name, text, quote, subject", SHARES, ids=[s[0] for s in SHARES])
def test_a_bare_share_noun_is_its_own_subject(name, text, quote, subject):
    assert _subjects(text, quote)[-1] == subject
