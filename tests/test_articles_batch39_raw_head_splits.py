"""Batch 39: a -raw headline whose display lines are cut mid-phrase: between a change verb and the 至 figure it
reaches (…标准提 ⏎ 至500元), and between a measure and its change given in words (…收购均价 ⏎ 同比上涨两成). One
headline, not a kicker over a headline or a headline over a deck. Every snippet is invented; near misses must
not change."""

from __future__ import annotations

from tests.snippets import raw, stories

HEADER = ("城市生活", "2024年4月10日 星期三")
LEAD = ("本报讯（记者 杜若）4月9日，记者从市医疗保障局获悉，本市城乡居民", "门诊慢特病报销最高标准由300元提高至500元，",
        "新政自5月1日起施行。")
HOG = ("本报讯（记者 孟川）4月9日，记者从市农业农村局获悉，一季度全市生猪", "收购均价每公斤16.2元，同比上涨两成，",
       "养殖户收益明显改善。")


def _lead(arts):
    return next(a for a in arts if a.kind == "news")


def test_verb_cut_from_its_to_figure():
    a = _lead(stories(raw(*HEADER, "门诊慢特病报销最高标准提", "至500元", *LEAD)))
    assert (a.kicker, a.headline, a.subheadlines) == ("", "门诊慢特病报销最高标准提至500元", [])


def test_change_verb_of_two_characters_cut_from_its_to_figure():
    a = _lead(stories(raw(*HEADER, "门诊慢特病报销最高标准提高", "至500元", *LEAD)))
    assert a.headline == "门诊慢特病报销最高标准提高至500元"


def test_to_opening_words_is_no_figure():
    # near miss: 至 opening words (至关重要) is no figure the verb above reaches
    a = _lead(stories(raw(*HEADER, "门诊慢特病报销标准提高", "至关重要的民生实事", *LEAD)))
    assert a.headline != "门诊慢特病报销标准提高至关重要的民生实事"


def test_measure_cut_from_its_change_in_words():
    a = _lead(stories(raw(*HEADER, "一季度全市生猪收购均价", "同比上涨两成", *HOG)))
    assert (a.headline, a.subheadlines) == ("一季度全市生猪收购均价同比上涨两成", [])


def test_line_with_its_own_change_keeps_its_deck():
    # near miss: the upper line has a change of its own; the lower line in words is its deck
    a = _lead(stories(raw(*HEADER, "一季度全市生猪收购均价回升", "同比上涨两成", *HOG)))
    assert a.headline != "一季度全市生猪收购均价回升同比上涨两成"
