"""A ● brief's text in a narrow column runs on to its closing credit: no line of it is a headline.

Class: on a page without blank lines, a 要闻速览 column of ● briefs set 11-12 characters wide breaks its
text wherever the column ends; a line with no mark (公布2024年度专精特新中) or a sentence's end followed by a
short line (…在某村开幕。 ⏎ 丰收节期间共吸引游客) looks like display type. Once the brief's text has begun
(a line with a clause mark under its ● headline) and its closing credit (（邝 宇）, or …万元。（邝 宇）) stands
ahead before the next ● item, every line between is the brief's text. Near misses: a ● headline wrapped
over two lines stays the headline; a brief with no credit ahead keeps the old reading."""

from tests.snippets import raw, stories

HEAD = ("从客源结构看，省外游客占比", "达到27.3%，长三角、珠三角", "地区游客数量同比分别增长", "15.2%和11.8%。",
        "9月15日，市民和游客在某桥古城观赏中秋灯会。", "本报记者 蔺 晨 摄", "要闻速览")
BRIEF_A = ("●某林县新增3家省级专精特新企业", "日前，省工业和信息化厅", "公布2024年度专精特新中", "小企业名单，某林县3家",
           "企业入选，全县省级专精", "特新企业累计达到17家。", "（邝 宇）")
BRIEF_B = ("●某林县首届稻渔丰收节开幕", "9月16日，某林县首届稻", "渔丰收节在鹤鸣村开幕。", "丰收节期间共吸引游客",
           "3.2万人次，现场销售稻", "花鱼、生态米等农产品", "286万元。（邝 宇）")
BRIEF_C = ("●两条新公交线路开通", "9月18日起，市公交集团", "新开通K25路、K26路两条", "公交线路。", "（陶 然）")


def briefs(*lines):
    return [a for a in stories(raw(*lines)) if a.headline.startswith("某") or a.headline.startswith("两")]


def test_a_narrow_briefs_text_line_without_a_mark_is_no_headline():
    found = briefs(*HEAD, *BRIEF_A, *BRIEF_C)
    assert [(a.headline, a.byline) for a in found] == [("某林县新增3家省级专精特新企业", ["邝宇"]), ("两条新公交线路开通", ["陶然"])]
    assert found[0].text == "日前，省工业和信息化厅公布2024年度专精特新中小企业名单，某林县3家企业入选，全县省级专精特新企业累计达到17家。"


def test_a_briefs_second_sentence_after_a_short_line_stays_in_the_brief():
    found = briefs(*HEAD, *BRIEF_B, *BRIEF_C)
    assert [(a.headline, a.byline) for a in found] == [("某林县首届稻渔丰收节开幕", ["邝宇"]), ("两条新公交线路开通", ["陶然"])]
    assert found[0].text.endswith("丰收节期间共吸引游客3.2万人次，现场销售稻花鱼、生态米等农产品286万元。")


def test_near_miss_a_brief_headline_wrapped_over_two_lines_stays_the_headline():
    found = briefs(*HEAD, "●某林县新增3家省级专精", "特新企业", *BRIEF_A[1:], *BRIEF_C)
    assert found[0].text.startswith("日前，省工业和信息化厅") and found[0].byline == ["邝宇"]
