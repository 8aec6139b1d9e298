"""Holidays that date figures from inside a sentence, coming holidays, and other batch-19 classes, written
as invented sentences: none is copied from an edition. Each test held at least one check that failed before
its class was fixed."""

from __future__ import annotations

from datetime import date

from tests.snippets import claims_of


def _periods(text: str, when: date) -> list[tuple[str, str | None]]:
    return [(c.quote, c.period) for c in claims_of(text, when)]


def test_a_holiday_that_is_a_clause_after_a_source_dates_the_sentence():
    """记者从…获悉，国庆假期，全县…；实现…: the holiday frames what follows it, past the ；, though it does not
    open the sentence (the source's clause does)."""
    text = "9月17日，记者从县文旅局了解到，中秋假期，全县共接待游客32.5万人次；实现旅游收入2.6亿元，同比增长8.1%。"
    assert _periods(text, date(2024, 9, 18)) == [
        ("32.5万人次", "2024-09-15/2024-09-17"), ("2.6亿元", "2024-09-15/2024-09-17"),
        ("8.1%", "2024-09-15/2024-09-17")]
