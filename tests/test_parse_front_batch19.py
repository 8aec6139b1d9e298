"""Front-page structures of the nineteenth batch, each on a small invented snippet."""

from __future__ import annotations

import pytest

from tests.snippets import page, stories

BODY = ("本报讯 （记者 方 远）3月2日，记者从县统计局获悉，今年",
        "1—2月，全县规模以上工业增加值同比增长6.4%，社会消费品",
        "零售总额增长8.9%，经济运行开局平稳。")


@pytest.mark.parametrize("kicker, headline", [
    ("1—2月全县经济运行开局平稳", "规上工业增加值增长6.4%，消费增长8.9%"),
    ("春节假期我县文旅市场人气旺", "接待游客52.6万人次，旅游收入同比增长9.3%"),
    ("前三季度全区消费市场回暖", "社零总额增长7.8%，网上零售额增长15.2%"),
    ("端午中秋假期全县消费升温", "实现消费额3.6亿元，同比增长8.4%"),
])
def test_a_wider_line_of_figure_clauses_under_a_shorter_one_is_the_headline_that_line_its_kicker(kicker, headline):
    """Class: figures headline under a shorter kicker. Two clauses each closing on a figure with its unit,
    joined by a comma and set wider than the line above, give the news: the headline, the line above its
    kicker (not a headline over a sentence deck)."""
    news = [a for a in stories(page(kicker, headline, "\n".join(BODY))) if a.kind == "news"]
    assert [(a.kicker, a.headline, a.subheadlines) for a in news] == [(kicker, headline, [])]


@pytest.mark.parametrize("headline, deck", [
    ("全市秋粮喜获丰收", "——今年预计总产103.6万吨，比上年增长4.1%"),
    ("经济持续稳定恢复", "地区生产总值同比增长10.2%，两年平均增长5.9%"),
    ("我市秋粮再获丰收", "总产103.6万吨，增长4.1%"),
])
def test_a_figures_deck_under_a_plain_headline_stays_its_subheadline(headline, deck):
    """Class: figures deck under a headline. A line of figure clauses under a line that does not read as
    a kicker (no period or occasion opening it), or led by a dash, is the headline's deck: the line
    above stays the headline."""
    news = [a for a in stories(page(headline, deck, "\n".join(BODY))) if a.kind == "news"]
    assert [(a.kicker, a.headline, a.subheadlines) for a in news] == [("", headline, [deck])]


def test_a_sentence_deck_under_a_headline_stays_its_subheadline():
    """A comma line without figures in each clause under a headline is still its deck."""
    news = [a for a in stories(page("全县经济运行开局平稳向好", "工业稳中有升，消费持续回暖", "\n".join(BODY)))
            if a.kind == "news"]
    assert [(a.kicker, a.headline, a.subheadlines) for a in news] == [
        ("", "全县经济运行开局平稳向好", ["工业稳中有升，消费持续回暖"])]


LEAD = ("本报讯 （记者 方 远）3月2日，记者从县统计局获悉，今年1—2月，",
        "全县规模以上工业增加值同比增长6.4%，经济运行开局平稳。")


def test_a_labelled_boxs_table_under_a_blank_line_after_its_title_is_the_boxs_text():
    """Class: labelled table box, a blank line between its title and the table. The row of column
    names and the rows of cells are the box's text, not a stack of headlines for the next story."""
    text = page("县经济运行开局平稳", "\n".join(LEAD), "【数说1—2月】", "全县主要经济指标（1—2月）",
                "指标 总量（亿元） 增速（%）\n规上工业增加值 36.2 6.4\n固定资产投资 58.7 9.1\n一般公共预算收入 7.9 3.2",
                "稳投资贵在落地见效", "□本报评论员",
                "今年以来，全县投资保持较快增长，成绩来之不易。但也要看到，\n部分项目推进缓慢，仍需加力。")
    arts = stories(text)
    assert [(a.kind, a.kicker, a.headline) for a in arts] == [
        ("news", "", "县经济运行开局平稳"), ("box", "数说1—2月", "全县主要经济指标（1—2月）"),
        ("commentary", "", "稳投资贵在落地见效")]
    assert arts[1].text.startswith("指标 总量（亿元） 增速（%）") and arts[1].text.endswith("一般公共预算收入 7.9 3.2")


def test_a_document_title_and_its_number_under_another_storys_stack_head_the_document():
    """Class: document title over its text. A story's stack printed after its body, then a document's
    title (its years in brackets on a line of their own) and its number right over the document's
    text: the title is the document's headline, neither a teaser nor the stack above's."""
    text = page("\n".join(LEAD), "县经济运行开局平稳", "某县推进数字乡村建设实施方案\n（2024—2026年）", "某政办发〔2024〕12号",
                "为加快数字乡村建设，推动农业农村现代化，制定本方案。",
                "到2026年，全县建成数字乡村示范村30个以上，农村电商交易额突破\n20亿元。")
    arts = stories(text)
    assert [a.headline for a in arts] == ["县经济运行开局平稳", "某县推进数字乡村建设实施方案（2024—2026年）"]
    assert arts[1].kind != "teaser" and arts[1].text.startswith("为加快数字乡村建设")


def test_a_document_title_without_a_number_under_another_storys_stack_heads_the_document():
    """Class: document title over its text, reprinted without its number. The title (its years in brackets
    on a line of their own) right over a text that hardly echoes it is still the document's headline,
    not a teaser over a headless document."""
    text = page("\n".join(LEAD), "县经济运行开局平稳", "某县推进数字乡村建设实施方案\n（2024—2026年）",
                "为贯彻落实上级部署要求，结合我县实际，制定本方案。", "一、总体要求",
                "到2026年，全县建成示范村30个以上，农村电商交易额突破\n20亿元。")
    arts = stories(text)
    assert [(a.kind, a.headline) for a in arts] == [
        ("news", "县经济运行开局平稳"), ("document", "某县推进数字乡村建设实施方案（2024—2026年）")]
