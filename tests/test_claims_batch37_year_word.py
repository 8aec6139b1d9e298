"""Periods, batch 37: a sentence opening on a year word printed right before its months (今年1至6月，…, 今年下半年，…)
opens on those months, not on the bare year: a per-head standard later in it (每人每月120元) takes them."""

from datetime import date

from tests.snippets import claims_of

WHEN = date(2024, 7, 20)


def periods(text: str) -> dict[str, str | None]:
    return {c.quote: c.period for c in claims_of(text, WHEN)}


def test_a_per_head_standard_takes_the_months_the_sentence_opens_on():
    text = "今年1至6月，全区累计发放残疾人补贴3600万元，惠及2.1万人，补贴标准为每人每月150元。"
    assert periods(text) == {"3600万元": "2024-01/2024-06", "2.1万人": "2024-01/2024-06", "150元": "2024-01/2024-06"}


def test_a_half_year_after_the_year_word_too():
    text = "今年上半年，全区共为困难老人发放护理补贴860万元，补贴标准为每人每月200元。"
    assert periods(text) == {"860万元": "2024-H1", "200元": "2024-H1"}


def test_near_miss_the_year_word_alone_still_opens_on_the_year():
    text = "今年，全区累计发放残疾人补贴3600万元，补贴标准为每人每月150元。"
    assert periods(text) == {"3600万元": "2024", "150元": "2024"}


def test_near_miss_months_without_the_year_word_unchanged():
    text = "1至6月，全区累计发放残疾人补贴3600万元，补贴标准为每人每月150元。"
    assert periods(text) == {"3600万元": "2024-01/2024-06", "150元": "2024-01/2024-06"}
