"""Batch 28's segmentation classes, on invented lines: a letter-spaced county paper's name over its
romanisation, a header strip that closes on its desk credit, and a 导读 column's page set off by a
space after a wrapped headline, a percentage or a place-and-colon headline (with near misses)."""

from __future__ import annotations

import pytest

from frontpage.parse.furniture import furniture_lines
from tests.snippets import page, parse, stories


# --- furniture -------------------------------------------------------------------------

@pytest.mark.parametrize("name, roman", [
    ("梧 川 报", "WUCHUAN BAO"),  # letter-spaced
    ("梧川报", "WUCHUAN BAO"),  # set solid, as before
    ("云 溪 时 讯", "YUNXI SHIXUN"),
])
def test_a_short_name_over_its_romanisation_is_the_masthead(name, roman):
    texts = [name, roman, "中共梧川县委机关报", "2021年5月6日 星期四"]
    out = furniture_lines(texts, [False, False, False, True])
    assert out[0] == out[1] == out[2] == "masthead"


@pytest.mark.parametrize("name, below", [
    ("梧 川 报", "本报讯 记者 王一"),  # no romanisation under it
    ("一 线 见 闻", "某某某某"),  # not Latin letters
])
def test_a_letter_spaced_line_without_a_romanisation_is_no_masthead(name, below):
    assert furniture_lines([name, below], [False, False]).get(0) != "masthead"


@pytest.mark.parametrize("line", [
    "5　　城乡建设　　　　　2019年3月8日　星期五　　　　责编：李 冬",
    "A2 要闻 2020年6月1日 星期一 责任编辑：赵 小 青",
    "8　　文体　　2016年9月9日　星期五　　责编：方 田　美编：陈 可",
    "7 民生·服务 2022年11月17日 星期四",  # no credit: as before
])
def test_a_header_strip_closing_on_its_desk_credit_is_furniture(line):
    assert furniture_lines([line, "某某某某某某某某某某"], [False, True]) == {0: "date"}


@pytest.mark.parametrize("line", [
    "5　　城乡建设　　2019年3月8日　星期五　　记者：李 冬",  # a reporter, not the desk
    "5　　城乡建设　　2019年3月8日　星期五　　责编：李冬说这里的情况很好",  # a sentence after the role
    "5　　城乡建设　　责编：李 冬",  # no date: not a header strip
])
def test_a_header_strip_near_miss_is_not_furniture(line):
    assert 0 not in furniture_lines([line, "某某某某某某某某某某"], [False, True])


# --- 导读 pointers set off by a space --------------------------------------------------

TEASER_PAGES = [
    ("市政协常委会专题\n协商营商环境\n优化工作　2版", "市政协常委会专题协商营商环境优化工作", 2),  # short wrapped last line
    ("全市夏粮收购工作\n有序推进　3版", "全市夏粮收购工作有序推进", 3),
    ("上半年全市外贸进出口增长8.6%　4版", "上半年全市外贸进出口增长8.6%", 4),  # a percentage before the page
    ("柳塘镇：闲置校舍变身养老驿站　6版", "柳塘镇：闲置校舍变身养老驿站", 6),  # a place and a colon
]


@pytest.mark.parametrize("block, headline, pointer", TEASER_PAGES)
def test_a_spaced_page_closes_a_teasers_headline(block, headline, pointer):
    text = page("本报讯（记者 王一）某县今年新建农村公路120公里，完成年度计划的六成。", "本期导读",
                "全县秋粮收获进度过半　5版", block)
    teasers = [a for a in stories(text) if a.kind == "teaser"]
    assert [(a.headline.replace(" ", ""), a.continues_on) for a in teasers][-1] == (headline, pointer)


@pytest.mark.parametrize("block", [
    "据介绍，全县今年新建\n农村公路，计划 3版",  # a clause mark in the line above: a body, not a headline
    "会议要求，各地要压实责任：认真抓好落实　2版",  # a sentence with its colon after a clause
])
def test_a_spaced_page_after_prose_is_no_pointer(block):
    text = page("本报讯（记者 王一）某县今年新建农村公路120公里，完成年度计划的六成。", block)
    assert not [a for a in stories(text) if a.continues_on]


@pytest.mark.parametrize("count", ["今日 12版", "今日　8版", "共 16版", "今日12版"])
def test_a_page_count_under_the_date_lines_is_furniture_not_a_teaser(count):
    # the lines above are short and have no clause mark, as a wrapped headline's have: the count still is
    # the page's (today's pages), never a teaser's pointer
    text = page("\n".join(["梧川日报", "2024年3月10日 星期日", "农历甲辰年正月三十", count]),
                "全市春耕备耕全面展开\n本报讯（记者 王一）3月9日，全市已落实早稻种植面积32万亩。")
    arts = parse(text)
    assert not [a for a in arts if a.kind == "teaser"]
    assert [a.kind for a in arts] == ["furniture", "news"]


# --- a headline wrapped inside a word at its own measure (raw pages) -------------------

from tests.snippets import raw  # noqa: E402

HEAD_LINES = ("3", "城乡建设", "2023年6月2日 星期五")
HOUSING = ("本报讯（记者 何苗）6月1日，记者从市住", "建局获悉，5月份全市新建商品住宅成交面", "积21.4万平方米，环比增长6.2%；二手住宅",
           "成交面积9.8万平方米，同比增长3.1%。市住", "建局有关负责人表示，楼市总体平稳。")
PARKS = ("本报讯（通讯员 林溪）近日，城西公园完", "成提升改造，新增步道3.2公里、座椅120", "组，成为市民休闲的好去处。")


@pytest.mark.parametrize("lines, kicker, headline", [
    # 成|交 inside 成交, a word the body prints twice: one headline, narrower than the body column
    ((*HOUSING, "5月份全市新建商品住宅成", "交面积环比增长6.2%", *PARKS, "城西公园完成提升改造"),
     "", "5月份全市新建商品住宅成交面积环比增长6.2%"),
    # near miss: the break between two words (住宅|成交): two tiers, as before
    ((*HOUSING, "5月份全市新建商品住宅", "成交面积环比增长6.2%", *PARKS, "城西公园完成提升改造"),
     "5月份全市新建商品住宅", "成交面积环比增长6.2%"),
])
def test_a_headline_cut_inside_a_word_at_its_own_measure_is_one_headline(lines, kicker, headline):
    arts = [a for a in stories(raw(*HEAD_LINES, *lines)) if a.kind != "caption"]
    assert (arts[0].kicker, arts[0].headline.replace(" ", "")) == (kicker, headline)


# --- a figures box whose facts give a change under the label -------------------------

@pytest.mark.parametrize("facts, headline", [
    # a label over a change and its figure is a fact like a label over a figure: no title
    (["工业增加值\n125.6亿元\n增长5.1%", "外贸进出口总额\n增长8.3%", "新增城镇就业\n1.2万人"], ""),
    (["一般公共预算收入\n32.4亿元", "民生支出\n同比增长6.6%"], ""),
    # near miss: a line of words under a later label (not a change and its figure): the first line stays the title
    (["全市主要指标\n12.6%", "工业增加值\n增长的势头良好", "新增城镇就业\n1.2万人"], "全市主要指标"),
])
def test_a_figures_box_of_labels_over_changes_has_no_title(facts, headline):
    text = page("本报讯（记者 王一）某县今年经济运行稳中有进，主要指标好于预期。", "【数说】", *facts)
    boxes = [a for a in stories(text) if a.kind == "box"]
    assert len(boxes) == 1 and boxes[0].headline.startswith(headline) and bool(boxes[0].headline) is bool(headline)


# --- a commentary's label alone above its text, its headline printed after it ----------

LEAD = "本报讯（记者 王一）今年以来，全市新增城镇就业2.1万人，完成年度目标的七成。"
OPINION = ("就业是最大的民生。稳就业，既要稳住存量岗位，也要", "拓展新的增长空间，让更多劳动者端稳饭碗。")


@pytest.mark.parametrize("label, headline, kicker, expected", [
    ("短评", "稳就业要下足“绣花功夫”", "短评", "稳就业要下足“绣花功夫”"),
    ("社论", "让更多劳动者端稳饭碗", "社论", "让更多劳动者端稳饭碗"),
])
def test_a_commentary_label_over_its_text_takes_the_headline_printed_after_it(label, headline, kicker, expected):
    text = page(LEAD, label, "\n".join(OPINION), headline)
    found = [a for a in stories(text) if a.kicker == kicker]
    assert [(a.kind, a.headline) for a in found] == [("commentary", expected)]


def test_a_label_with_a_topic_before_it_is_no_bare_label():
    # near miss: 经济短评 is a column's name (a topic word before the label), handled as before: not a kicker alone
    from frontpage.parse.articles import _label_alone
    from frontpage.parse.reflow import TextUnit

    assert not _label_alone([TextUnit("head", [], text="经济短评")])
    assert not _label_alone([TextUnit("head", [], text="短评短评一下")])


def test_a_commentary_label_over_its_headline_and_text_is_read_as_before():
    # near miss: the headline stands under the label, above the text: kicker and headline, nothing taken from after
    text = page(LEAD, "短评", "稳就业要下足“绣花功夫”", "\n".join(OPINION), "全市春季招聘会明日举行")
    found = [a for a in stories(text) if a.kicker == "短评"]
    assert [(a.kind, a.headline) for a in found] == [("commentary", "稳就业要下足“绣花功夫”")]


@pytest.mark.parametrize("label", ["短评", "时评"])
def test_a_bare_commentary_label_over_text_with_no_headline_is_a_commentary(label):
    # the label is the item's only display line (nothing printed after the text to be its headline): the kind
    # is still a commentary, the label its kicker, no headline invented
    text = page(LEAD, label + "\n" + "\n".join(OPINION))
    found = [a for a in stories(text) if a.kicker == label]
    assert [(a.kind, a.headline) for a in found] == [("commentary", "")]


def test_a_boxed_commentary_label_with_no_headline_stays_a_box():
    # near miss: 【短评】 printed as a box with no headline of its own is the box it is printed as
    text = page(LEAD, "【短评】\n" + "\n".join(OPINION))
    assert [a.kind for a in stories(text)] == ["news", "box"]


# --- a raw page's section name over the first story's stack ----------------------------

@pytest.mark.parametrize("stack", [
    ("“清源”行动成效明显", "某区今年查处违法案件312起"),  # kicker and headline over the source line
    ("某区今年查处违法案件312起",),  # a headline alone
])
def test_a_raw_pages_first_line_over_a_stack_and_lead_is_its_section_name(stack):
    texts = ["法治天地", *stack, "某州晚报讯（记者 周青）12月1日，记者从区公安分局获悉，",
             "今年以来，该分局共查处违法案件312起。"]
    assert furniture_lines(texts, [False] * len(texts)).get(0) == "section"


@pytest.mark.parametrize("texts, gaps", [
    # near miss: the first line's words come back in the story (a kicker, not the section's name)
    (["清源行动", "某区今年查处违法案件312起", "某州晚报讯（记者 周青）12月1日，“清源行动”开展以来，",
      "该分局共查处违法案件312起。"], [False] * 4),
    # near miss: a sentence between the first line and the source line: no stack over a lead
    (["法治天地", "据了解，今年以来，该区案件数量下降", "某州晚报讯（记者 周青）12月1日，记者获悉，",
      "该分局共查处违法案件312起。"], [False] * 4),
    # near miss: a page with blank lines (its headlines stand over their bodies)
    (["法治天地", "某区今年查处违法案件312起", "某州晚报讯（记者 周青）12月1日，记者获悉，"], [False, True, True]),
])
def test_a_first_line_near_miss_is_no_section_name(texts, gaps):
    assert furniture_lines(texts, gaps).get(0) != "section"
