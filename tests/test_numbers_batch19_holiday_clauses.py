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


def test_a_holiday_the_story_says_is_coming_is_the_next_break():
    """端午假期将至, 为保障端午假期…, 端午假期…预计: a story of a break still to come, more than two weeks ahead, is of
    that break, not of last year's (the latest begun); with no such word the last one begun stays."""
    when = date(2024, 5, 10)
    assert _periods("端午假期将至。端午假期期间，全区预计发送旅客48万人次。", when) == [
        ("48万人次", "2024-06-08/2024-06-10")]
    notice = "为保障端午假期道路运输安全，现将有关事项通告如下。端午假期期间，每辆包车配备驾驶员不少于2名。"
    assert _periods(notice, when) == [("不少于2名", "2024-06-08/2024-06-10")]
    assert _periods("端午假期全区客流预计同比增长两成。", when) == [("两成", "2024-06-08/2024-06-10")]
    assert _periods("端午假期，全区发送旅客48万人次。", when) == [("48万人次", "2023-06-22/2023-06-24")]
