"""Batch 34: one item counted twice around a box: a stack over a box (【核心提示】, 【数说】 and its table)
that stands between the stack and its lead, a box table whose row labels are set over their figures, an
advertisement's 【广告】 label, and a headline over a dash deck that fills the column read as text. Every
snippet is invented; near misses must not change."""

from __future__ import annotations

from tests.snippets import page, stories

TOP = ("1", "要闻")
STACK = ("全县一季度经济实现良好开局", "规上工业增加值增长7.2%", "——增速比全市高0.8个百分点")
NOTE = "【核心提示】一季度，全县主要经济指标增速均高于\n全市平均水平，工业和投资增势较好。"
LEAD = "本报讯（记者 唐 宁）4月18日，记者从县统计局获悉，一季度，\n全县规模以上工业增加值同比增长7.2%，固定资产投资增长9.4%。"


def test_stack_over_a_note_box_heads_the_lead_under_it():
    # the stack over 【核心提示】 is the lead's, not a teaser beside a headless story
    arts = stories(page(*TOP, *STACK, NOTE, LEAD))
    news = [a for a in arts if a.kind == "news"]
    assert len(news) == 1 and news[0].headline == "规上工业增加值增长7.2%"
    assert not [a for a in arts if a.kind == "teaser"]


FIGURES = ("【数说一季度】", "主要指标完成情况",
           "指标 2024年 2025年\n地区生产总值（亿元）\n86.4 92.1\n一般公共预算收入（亿元）\n6.2 6.8")


def test_box_table_with_labels_over_figures_is_the_box_text():
    # rows printed as a label line over its figures are the box's table, and the stack over the box is
    # the lead's
    arts = stories(page(*TOP, *STACK, *FIGURES, LEAD))
    boxes = [a for a in arts if a.kind == "box"]
    assert len(boxes) == 1 and "86.4 92.1" in boxes[0].text.replace("\n", " ")
    assert [a.headline for a in arts if a.kind == "news"] == ["规上工业增加值增长7.2%"]
    assert not [a for a in arts if a.kind == "teaser"]


def test_stack_over_a_box_over_a_headed_lead_stays_apart():
    # near miss: the lead under the box has a stack of its own: the stack above the box is not its
    own = "县城新增3处口袋公园"
    arts = stories(page(*TOP, *STACK, NOTE, own, LEAD))
    assert [a.headline for a in arts if a.text.startswith("4月18日")] == [own]


def test_label_lines_with_sentences_are_no_table():
    # near miss: a line under a label line that holds words, not bare figures, is no row's figures
    assert not _rows_like(["地区生产总值（亿元）", "比上年增长5.6%，增速较快"])


def _rows_like(lines):
    from frontpage.parse.articles import _rows
    return _rows(lines)


def test_rows_with_labels_over_figures():
    assert _rows_like(["地区生产总值（亿元）", "86.4 92.1", "粮食 38.4 2.1"])
    assert not _rows_like(["地区生产总值（亿元）"])


AD = ("【广告】", "某某山温泉度假村\n春季特惠 双人套票 298元\n预订热线：0000-5526888")


def test_ad_label_goes_with_its_advertisement():
    # 【广告】 over an advertisement is its mark: one item of furniture, no empty box
    arts = stories(page(*TOP, STACK[1], LEAD, "\n".join(AD)))
    assert [a.kind for a in arts] == ["news"]


def test_other_label_over_an_advertisement_stays_a_box():
    # near miss: a label that is no advertisement's mark keeps its box
    arts = stories(page(*TOP, STACK[1], LEAD, "【温馨提示】\n" + AD[1]))
    assert any(a.kind == "box" for a in arts)


DECKED = ("春节假期全县文旅市场“热”力十足", "——接待游客48.6万人次，旅游收入3.9亿元")
COLUMN = "某县晚报讯（记者 甘 露）2月13日，记者从县\n文化广电和旅游局获悉，春节假期，全县\n共接待游客48.6万人次，同比增长12.7%。"


def test_headline_over_a_dash_deck_filling_the_column_is_a_stack():
    # a headline as wide as the column over a dash deck with a comma and no sentence's end: a stack,
    # not a paragraph of text
    arts = stories(page(*TOP, "\n".join(DECKED), COLUMN))
    assert len(arts) == 1
    assert arts[0].headline == DECKED[0] and arts[0].subheadlines == [DECKED[1]]


def test_prose_over_a_dashed_line_ending_a_sentence_stays_prose():
    # near miss: the dashed line ends a sentence: prose cut by the column, not a deck
    prose = "全县文旅部门推出系列惠民举措，其中包括\n——景区门票半价，乡村民宿八折优惠。"
    arts = stories(page(*TOP, STACK[1], COLUMN, prose))
    assert all(a.headline != "全县文旅部门推出系列惠民举措，其中包括" for a in arts)
