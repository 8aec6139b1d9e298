"""A table's source line in brackets, under the table a -raw story carries, before a stack of headlines at the foot.

Class: a table printed inside a story on a ``pdftotext -raw`` page closes with its source line, bare
(数据来源：某某局) or in brackets (（数据来源：某某局）, （资料来源：…）). Either form is the table's own line, never a
headline: taken as one, it heads the story above, which then cannot claim its stack printed at the foot of the page,
and the stacks there are shared out wrongly. Near miss: a bracketed line that is no source line (（上接1版）-style
marks, a bracketed credit) is not read as one, and a bare source line behaves as before."""

import pytest

from tests.snippets import raw, stories

FIRST = ("本报讯（记者 何 立）3月", "10日，某市统计局发布", "数据显示，1—2月，全市规", "模以上工业增加值同比增",
         "长5.6%。社会消费品零售", "总额128.4亿元，增长4.2%。")
TABLE = ("1—2月全市主要经济指标", "指标 绝对量（亿元） 增长（%）", "工业增加值 96.3 5.6",
         "社会消费品零售总额 128.4 4.2")
SECOND = ("□本报记者 黄 帆", "3月8日，某某新材料公司与", "开发区签约，投资2.6亿元", "扩建生产线。项目建成后，",
          "预计年产值可达9亿元。")
FOOT = ("某市前两月规上工业增加", "值同比增长5.6%", "项目加码", "某某新材料公司追加投资扩建生产线")


def heads(text):
    return [(a.kicker, a.headline) for a in stories(text) if a.kind in ("news", "wire")]


@pytest.mark.parametrize("source", ["（数据来源：某市统计局）", "(数据来源：某市统计局)", "（资料来源：某市统计年鉴）",
                                    "数据来源：某市统计局"])
def test_a_source_line_under_a_table_is_no_headline_and_the_foot_stacks_find_their_stories(source):
    found = heads(raw(*FIRST, *TABLE, source, *SECOND, *FOOT))
    assert found == [("", "某市前两月规上工业增加值同比增长5.6%"), ("项目加码", "某某新材料公司追加投资扩建生产线")]


def test_the_source_line_stays_in_the_story_that_carries_the_table():
    first = stories(raw(*FIRST, *TABLE, "（数据来源：某市统计局）", *SECOND, *FOOT))[0]
    assert "（数据来源：某市统计局）" in first.text and first.headline != "（数据来源：某市统计局）"


def test_near_miss_a_bracketed_line_that_names_no_source_label_is_not_a_source_line():
    from frontpage.parse.lexicon import SOURCE_CREDIT_LINE
    for line in ("（上接1版）", "（记者 何立）", "（来源不明的说法，请核实）", "（数据来源：某市统计局"):
        assert not SOURCE_CREDIT_LINE.match(line), line
    assert SOURCE_CREDIT_LINE.match("（数据来源：某市统计局）")
