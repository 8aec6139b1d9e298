"""The source of the news at the head of a sentence (记者从市农业农村局获悉，, 省农业农村厅负责人介绍，, 据了解，) is a
clause of its own: a period right after it (今年…) still opens the sentence, and a forecast or target later in the
sentence takes it, as it would with no source before (今年全省小麦播种面积…，预计总产量可达…). Before, the source
kept the period from opening the sentence and the forecast took none. Near misses: a forecast after a period that
only stands inside a later clause takes none, and a period in the claim's own clause still dates it."""

from datetime import date

import pytest

from tests.snippets import claims_of

DAY = date(2024, 6, 11)


def _period(text: str, quote: str) -> str | None:
    return next(c.period for c in claims_of(text, DAY) if c.quote == quote)


OPENS = [
    ("省农业农村厅有关负责人介绍，今年全省油菜播种面积860万亩，预计总产量可达120万吨左右。", "120万吨左右"),
    ("记者从市农业农村局获悉，今年全市早稻种植面积42万亩，总产量预计达到18.6万吨。", "18.6万吨"),
    ("据了解，今年全县计划新建高标准农田3.2万亩，惠及农户约1.5万户。", "约1.5万户"),
]

UNCHANGED = [
    ("记者从市农业农村局获悉，全市早稻长势良好，今年种植面积42万亩，预计总产量达到18.6万吨。", "18.6万吨", None),
    ("记者从市农业农村局获悉，今年全市早稻种植面积42万亩。", "42万亩", "2024"),
]


@pytest.mark.parametrize("text, quote", OPENS)
def test_a_period_after_the_news_source_opens_the_sentence(text, quote):
    assert _period(text, quote) == "2024"


@pytest.mark.parametrize("text, quote, period", UNCHANGED)
def test_a_period_inside_a_later_clause_or_in_its_own_clause_is_unchanged(text, quote, period):
    assert _period(text, quote) == period
