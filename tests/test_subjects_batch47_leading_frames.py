"""Batch 47: a coverb opening the phrase (针对 'in response to', 面对 'faced with') and a time word (近日, 当晚)
frame what is measured and are no part of it. Invented sentences."""

from tests.snippets import subjects_of


def test_a_leading_coverb_or_time_word_is_dropped():
    assert subjects_of("针对近日最低气温降至零下5℃的寒潮天气，全市启动应急预案。", "零下5℃") == ["最低气温"]
    assert subjects_of("面对原材料价格上涨了近两成的压力，企业加快转型。", "近两成") == ["原材料价格"]
    assert subjects_of("景区夜游火爆，当晚气温仍有29℃。", "29℃") == ["气温"]


def test_near_misses_keep_their_words():
    assert subjects_of("音乐节开幕当晚入园游客约3万人次。", "约3万人次") == ["入园游客"]
    assert subjects_of("夜间公交线路增至12条。", "12条") == ["夜间公交线路"]
    assert subjects_of("全市对口支援资金达3亿元。", "3亿元") == ["全市对口支援资金"]
