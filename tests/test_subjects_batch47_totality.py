"""Batch 47: 全部 'all' after the noun, before the figure (村集体经济收入全部超过5万元), is an adverb of totality,
as 普遍: not part of what is measured. Invented sentences."""

from tests.snippets import subjects_of


def test_all_after_the_noun_is_dropped():
    assert subjects_of("全镇村集体经济收入全部超过8万元。", "超过8万元") == ["全镇村集体经济收入"]
    assert subjects_of("到年底，村级集体经济年经营性收入全部达到10万元以上。", "10万元以上") == ["村级集体经济年经营性收入"]


def test_near_misses_keep_all_where_it_opens_the_noun():
    assert subjects_of("全部工业增加值增长6%。", "6%") == ["全部工业增加值"]
