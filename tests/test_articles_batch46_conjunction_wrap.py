"""A title wrapped after a conjunction (class: a -raw bulletin title wrapped over two lines read as kicker + headline).

A headline line cannot end on a conjunction standing alone as a word (…国民经济和 ⏎ 社会发展统计公报,
…开幕式暨 ⏎ 招商推介会): the line runs on into the next, one headline. Near misses: words that end on
the same characters (气候温和, 问题涉及, 加快普及), read whole by the tokenizer, end a line normally."""

import pytest

from frontpage.parse.lexicon import ends_open
from tests.snippets import raw, stories


@pytest.mark.parametrize("line", ["2023年某某市国民经济和", "某某新区城乡建设及", "第五届茶文化节开幕式暨", "某县经济平稳和"])
def test_a_line_ending_on_a_conjunction_of_its_own_runs_on(line):
    assert ends_open(line)


@pytest.mark.parametrize("line", ["春日气候温和", "改革问题涉及", "垃圾分类加快普及", "双方握手言和"])
def test_near_miss_a_word_ending_on_the_same_character_ends_the_line(line):
    assert not ends_open(line)


def test_a_bulletin_title_wrapped_after_he_is_one_headline():
    text = raw("某市一季度经济运行良好", "本报讯 某市今年一季度地区生产总值增长5.2%，", "比上年同期加快0.6个百分点。（记者 王 川）",
               "2023年某某市国民经济和", "社会发展统计公报", "（摘要）", "某某市统计局", "一、综合",
               "初步核算，全年全市地区生产总值", "1234.5亿元，比上年增长6.1%。")
    bulletin = stories(text)[-1]
    assert (bulletin.kicker, bulletin.headline) == ("", "2023年某某市国民经济和社会发展统计公报（摘要）")
