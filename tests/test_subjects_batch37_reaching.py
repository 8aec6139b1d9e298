"""Batch 37: a verb that reaches a level (延伸至, 扩充至, 涨到) closing the phrase before a number is no part of the subject."""

from tests.snippets import claims_of


def _subject(text: str, quote: str) -> str:
    return next(c.subject for c in claims_of(text) if c.quote.startswith(quote))


def test_yanshen_zhi():
    assert _subject("目前，全镇生态护岸延伸至约35公里。", "约35公里") == "全镇生态护岸"


def test_zhang_dao():
    assert _subject("今年全村人均存款涨到了3.2万元。", "3.2万元") == "全村人均存款"


def test_kuochong_zhi():
    assert _subject("社区图书室藏书扩充至6000册。", "6000册") == "社区图书室藏书"


def test_near_miss_baodao_is_no_verb_of_reaching():
    # 报到 'registers' ends in 到 but reaches no level: it stays as the phrase reads
    assert _subject("开学首日，全校新生报到3200人。", "3200人") == "全校新生报到"


def test_near_miss_yanshen_before_its_object():
    # 延伸 with no 至 after it is a verb with an object of its own
    assert _subject("全县果园延伸种植柑橘3000亩。", "3000亩") == "柑橘"
