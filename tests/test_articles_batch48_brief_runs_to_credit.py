"""A ● brief's text in a narrow column runs on to its closing credit: no line of it is a headline.

Class: on a page without blank lines, a 要闻速览 column of ● briefs set 11-12 characters wide breaks its
text wherever the column ends; a line with no mark (公布2024年度专精特新中) or a sentence's end followed by a
short line (…在某村开幕。 ⏎ 丰收节期间共吸引游客) looks like display type. Once the brief's text has begun
(a line with a clause mark under its ● headline) and its closing credit (（邝 宇）, or …万元。（邝 宇）) stands
ahead before the next ● item, every line between is the brief's text, a second paragraph too (…主桥顺利合龙。 ⏎
大桥全长1.26公里，… ⏎ （周 航））. Near misses: a ● headline wrapped
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


def test_a_briefs_second_paragraph_stays_in_the_brief():
    found = briefs(*HEAD, "●某坪跨河大桥主桥合龙", "6月17日，某坪跨河大桥主桥", "顺利合龙。", "大桥全长1.26公里，总投资约",
                   "3.8亿元，设计时速60公里，", "预计今年10月底建成通车。", "（周 航）", *BRIEF_C)
    assert [(a.headline, a.byline) for a in found] == [("某坪跨河大桥主桥合龙", ["周航"]), ("两条新公交线路开通", ["陶然"])]
    assert found[0].text.endswith("大桥全长1.26公里，总投资约3.8亿元，设计时速60公里，预计今年10月底建成通车。")


def test_near_miss_a_line_without_a_mark_after_a_briefs_sentence_is_not_pulled_in():
    found = stories(raw(*HEAD, "●某坪跨河大桥主桥合龙", "6月17日，某坪跨河大桥主桥", "顺利合龙。", "某镇杨梅节开幕",
                        "本报讯 6月18日，第五届某口杨梅节开幕。（谭 丽）"))
    assert any(a.headline == "某镇杨梅节开幕" for a in found)


def test_near_miss_unsigned_briefs_over_a_signed_commentary_keep_its_headline():
    found = stories(raw("●一季度，某县农商银行发放春耕", "贷款4.6亿元，同比增长15.3%，惠及", "农户1.1万户。", "种好“责任田”",
                        "党的二十大报告提出，全方位夯实粮", "食安全根基。春播是全年粮食生产的", "第一仗，各级要压实责任。（秋实）"))
    assert not any("种好“责任田”党的" in a.text for a in found)  # the headline line stays a line of its own
