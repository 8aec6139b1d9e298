"""Page labels the text layer puts among the stories, and the items around them: invented pages.

Classes: a two-word section name (生态·河湖) printed mid-page on a page without blank lines; a page
number alone among the stories; a notice's 关于… title wrapped over two lines keeping its contact line;
a headline wrapped between a figure and its unit; a ● brief's wide first line of text; name lines of
profiles signed with closing credits; numbered headings repeated over their text in a box. And the near
misses a review found (r27): a number wrapped inside a sentence or a table is no page number; a dotted
kicker over a headline is no section name; a kicker ending on a year is not joined to its headline.
"""

from __future__ import annotations

import pytest

from frontpage.parse.articles import _figure_split
from frontpage.parse.furniture import furniture_lines
from frontpage.parse.reading import decode_edition
from frontpage.parse.reflow import units
from tests.snippets import page, parse, raw, stories


def nonspace(text: str) -> str:
    return "".join(text.split())


def _furniture(*lines: str) -> dict[int, str]:
    return furniture_lines(list(lines), [False] * len(lines))


STORY_END = ("本报讯（记者 林 岚）5月7日，全市春季植树活动在", "北山公园举行，共栽植各类苗木1.2万株。")
NOTICE = ("河源市林业局", "关于北山林区春季防火期禁止野外用火的通告", "为做好春季森林防火工作，现就有关事项通告如下：",
          "一、防火期为3月1日至6月30日。", "河源市林业局", "2024年5月7日")


@pytest.mark.parametrize("name, under", [("乡村振兴·产业", "某县农业农村局"), ("文化·旅游", "近年来，全县依托古村落发展乡村旅游，"),
                                         ("城建·交通", "今年以来，全市新建改建城市道路38公里，")])
def test_a_dotted_section_name_of_other_widths_over_an_issuer_or_text_is_furniture(name, under):
    """A dotted name of other widths than 2+2 is the page's section name where the evidence holds: the line
    under it is an issuer or a story's running text, no headline."""
    assert _furniture("2024年5月8日 星期三", "6", *STORY_END, name, under, "关于某某事项的通告").get(4) == "section"


def test_a_dotted_name_repeating_the_header_s_section_name_is_furniture():
    """The same dotted name among the page's header furniture: a repeat of the section name, even over a
    display line."""
    found = _furniture("2024年5月8日 星期三", "乡村振兴·产业", *STORY_END, "乡村振兴·产业", "山村小学有了新操场", "本报讯 …")
    assert found.get(1) == "section" and found.get(4) == "section"


@pytest.mark.parametrize("name", ["生态·绿化", "城建·交通", "民生·服务", "科技·创新"])
def test_a_two_word_section_name_between_items_is_furniture(name):
    """Class: section name printed mid-page. On a page without blank lines that printed no section name
    in its header, a 2+2 name joined by a middle dot right after a line ending a sentence is the page's
    section name, not the headline of the item under it (nor the story above's, printed after its text)."""
    found = _furniture("2024年5月8日 星期三", "6", *STORY_END, name, *NOTICE)
    assert found.get(4) == "section"
    text = raw("2024年5月8日 星期三", "6", *STORY_END, name, *NOTICE, "北山公园春季植树1.2万株", "责编：王 一 美编：李 二")
    arts = stories(text)
    assert [nonspace(a.headline) for a in arts] == ["北山公园春季植树1.2万株", "关于北山林区春季防火期禁止野外用火的通告"]
    assert not any(name in a.headline or name in a.kicker for a in arts)


@pytest.mark.parametrize("lines, at", [
    # the page printed its section name in the header already: a second one mid-page is no section name
    (("2024年5月8日 星期三", "综合·新闻", *STORY_END, "生态·绿化", *NOTICE), 4),
    # after a line that ends no sentence
    (("2024年5月8日 星期三", "6", "本报讯（记者 林 岚）5月7日，全市春季植树活动在", "生态·绿化", *NOTICE), 3),
    # right over a display line: the kicker of the headline under it, whatever its widths
    (("2024年5月8日 星期三", "6", *STORY_END, "走基层·看民生", "山村小学有了新操场", "本报讯 …"), 4),
    (("2024年5月8日 星期三", "6", *STORY_END, "聚焦·两会", "县人民医院新门诊楼投用", "本报讯（记者 李 敏）5月7日，…"), 4),
    # over a headline that has a comma in it, itself over a lead: still a kicker
    (("2024年5月8日 星期三", "6", *STORY_END, "两会·声音", "稳字当头，推动县域经济高质量发展", "本报讯 …"), 4),
])
def test_near_misses_of_a_mid_page_section_name_stay_as_they_were(lines, at):
    assert _furniture(*lines).get(at) != "section"


def test_a_kicker_set_apart_by_blank_lines_is_no_section_name():
    """A 2+2 dotted line between blank lines (a front page's kicker over its headline) stays the kicker."""
    texts = ["2024年5月8日 星期三", "6", *STORY_END, "两会·声音", "代表委员为乡村振兴建言献策", "本报讯 …"]
    gaps = [False, False, False, False, True, False, True]
    assert furniture_lines(texts, gaps).get(4) != "section"


@pytest.mark.parametrize("folio", ["4", "12"])
def test_a_page_number_alone_among_the_stories_is_furniture(folio):
    """Class: folio among the stories. A page number alone on its line between a headline stack and a
    column's heading (…——记某某 ⏎ 4 ⏎ 环保快讯) is the page's number, not a teaser."""
    lines = ["生态环境", "2024年9月23日 星期一", "本报讯（记者 韩 雪）9月22日，记者从市环保局获悉，",
             "今年以来全市空气质量持续改善。", "全市空气质量持续改善", "护河人的一天", "早上6点，老周已经沿着河岸",
             "走了一圈。", "老周的护河日记", "——记民间河长周长生", folio, "环保快讯", "●秸秆禁烧巡查启动",
             "9月21日，市环境监察支队启动巡查。（谭 静）", "责编：罗 晓"]
    assert _furniture(*lines).get(10) == "page"


@pytest.mark.parametrize("lines, at", [
    # a figure wrapped alone between the words of its sentence
    (["标题一", "标题二", "标题三", "标题四", "标题五", "标题六", "标题七", "全市规模以上企业达", "12", "家，比上年增加3家。"], 8),
    (["标题一", "标题二", "标题三", "标题四", "标题五", "标题六", "标题七", "比上年提高", "12", "个百分点。"], 8),
    # a flattened table: figures either side
    (["标题一", "标题二", "标题三", "标题四", "标题五", "标题六", "指标 数值", "2023", "12", "15.6"], 8),
])
def test_a_bare_figure_inside_text_or_a_table_is_no_folio(lines, at):
    assert _furniture(*lines).get(at) is None


@pytest.mark.parametrize("wrapped", [("关于北山新区污水处理厂二期工程", "环境影响报告书拟批准的公示"),
                                     ("关于河源市2024年度城乡居民医疗保险", "集中参保缴费工作的通告")])
def test_a_notice_title_wrapped_over_two_lines_keeps_its_contact_line(wrapped):
    """Class: wrapped 关于… title under its issuer. The notice's own contact line (联系电话：…) is the
    notice's text, not an advertisement: the notice runs from its issuer to its closing date."""
    text = raw("2024年5月8日 星期三", "6", *STORY_END, "河源市生态环境局", *wrapped, "河环公示〔2024〕27号",
               "根据有关规定，现将有关情况公示如下：", "1.建设单位：河源水务投资有限公司", "2.联系电话：0737-4228316",
               "公众可在公示期内以信函方式反映意见。", "河源市生态环境局", "2024年5月7日", "北山公园春季植树1.2万株")
    arts = parse(text)
    assert not any(a.kind == "furniture" and a.furniture == "ad" for a in arts)
    notice = next(a for a in arts if a.kind == "notice")
    assert nonspace(notice.headline) == "".join(wrapped)
    assert "联系电话" in notice.text


@pytest.mark.parametrize("upper, lower", [("去年全市各级河长累计巡河3.26", "万余次"), ("前4个月进出口总额突破12", "亿元"),
                                          ("全年植树造林3.6", "万亩"), ("一季度城镇新增就业2.35", "万人")])
def test_a_headline_wrapped_between_a_figure_and_its_unit_is_one_headline(upper, lower):
    """Class: figure split from its unit across headline lines. On a page without blank lines, a headline
    printed after its story whose first line ends on a figure's digits and whose second opens on the
    figure's magnitude or unit is one headline wrapped, not a headline over a subheadline."""
    text = raw("2024年5月8日 星期三", "6", "本报讯（记者 林 岚）5月7日，记者从市统计局获悉，", f"{upper}{lower}，",
               "较上年明显增加。", upper, lower, "责编：王 一 美编：李 二")
    arts = stories(text)
    assert [(a.headline, a.subheadlines) for a in arts] == [(upper + lower, [])]


@pytest.mark.parametrize("upper, lower", [("迎接2025", "新年音乐会在京举行"), ("全市新增就业2.35万人", "同比增长3%"),
                                          ("5G", "基站建设提速"), ("2024", "年度人物揭晓")])
def test_lines_that_split_no_figure_from_its_unit_are_not_joined_as_such(upper, lower):
    assert not _figure_split(upper, lower)


BRIEF_HEAD = "●农村公路改造提前完成年度任务"


@pytest.mark.parametrize("wide", ["记者从市交通运输局获悉，今年已完成改", "记者近日从市交通运输局获悉，全市已改"])
def test_a_brief_s_wide_first_line_of_text_is_its_text(wide):
    """Class: wide first line of a ● brief's text. On a page without blank lines, the line under a ● headline
    set wider than the column, with a comma inside it, is the brief's text, not a deck of its headline."""
    text = raw("2024年5月8日 星期三", "6", "交通快讯", "●城乡公交新线路开通", "5月7日，市公交集团新开", "通两条城乡公交线路，",
               "方便沿线群众出行。（李 明）", BRIEF_HEAD, wide, "造农村公路312公里，", "完成年度任务的104%，",
               "其中新建公路86公里。（方 明）", "责编：王 一 美编：李 二")
    wide_line = text.split("\n").index(wide) + 1
    ed = decode_edition(text.encode("utf-8"))
    assert any(u.kind == "para" and u.first_line == wide_line and u.last_line > wide_line for u in units(ed))
    brief = next(a for a in stories(text) if a.headline == BRIEF_HEAD.lstrip("●"))
    assert brief.headline == BRIEF_HEAD.lstrip("●")
    assert brief.subheadlines == []
    assert brief.text.replace("\n", "").startswith(wide)


PROFILES = [("宋佳怡", "全国政协委员、江川市人民医院院长。从医30年，她带领团队开展义诊200余场。（记者 韩 笑）"),
            ("罗 坤", "全国人大代表、江川机床厂高级技师。他带出徒弟46人，获授权专利12件。（记者 田 野）"),
            ("方晓梅", "全国人大代表、石门村党支部书记。她带领村民发展茶叶种植3000亩。（记者 韩 笑）")]


@pytest.mark.parametrize("names", [(0, 1), (1, 2), (0, 2, 1)])
def test_a_name_line_after_a_closing_credit_heads_the_next_profile(names):
    """Class: heading after a closing credit. On a page with blank lines, a profile signed at its end
    (…。（记者 韩 笑）) is over: the name line under it heads the next profile (its text opening on the
    person's posts, no lead), not a 小标题 of the signed one nor a teaser."""
    first = ("退休教师的“板凳课堂”", "每周六上午，退休教师陈立群都会在村口摆上十几条板凳，已坚持12年。（记者 田 野）")
    blocks = [b for k in names for b in PROFILES[k]]
    arts = stories(page(*first, *blocks))
    assert [nonspace(a.headline) for a in arts] == [nonspace(first[0])] + [nonspace(PROFILES[k][0]) for k in names]
    assert all(a.subheadlines == [] for a in arts)


def test_a_heading_inside_an_unsigned_story_stays_its_subheadline():
    """Near miss: with no closing credit above it, a short line between a story's paragraphs is its 小标题."""
    arts = stories(page("退休教师的“板凳课堂”", "本报讯 （记者 田 野）每周六上午，退休教师陈立群都会在村口摆上板凳。",
                        "板凳课堂有了新变化", "今年，村里为课堂添置了桌椅和投影仪，孩子们更爱来了。"))
    assert [(a.headline, a.subheadlines) for a in arts] == [("退休教师的“板凳课堂”", ["板凳课堂有了新变化"])]


def test_numbered_headings_over_their_text_in_a_box_stay_headings():
    """Class: a phrase bridged only across another blank line. Numbered headings each over their text
    (一、关于…的提案 ⏎⏎ 建议…) repeat one layout: a heading's end and its text's start read together only
    across a blank line elsewhere, which is no evidence that a phrase runs on. Each is a subheadline."""
    heads = ["一、关于推进县域养老服务的提案", "二、关于提高乡村教师待遇的提案", "三、关于加强社区食堂建设的提案"]
    texts = ["建议到2025年，每个乡镇建成1个养老服务中心。", "建议将乡村教师生活补助标准提高到每月800元。",
             "目前全市社区食堂覆盖率不足30%，建议逐步扩大。"]
    arts = stories(page("退休教师的“板凳课堂”", "本报讯 （记者 田 野）每周六上午，退休教师陈立群都会在村口摆上板凳。",
                        "【提案摘登】", "全国政协委员宋佳怡今年提交的部分提案：", *[x for pair in zip(heads, texts) for x in pair]))
    box = next(a for a in arts if a.kind == "box")
    assert box.subheadlines == heads


# Reviewer pages (r27): a date line and folio, then three short stories, so the probed lines fall past the
# page's top lines. Each must read as the base reads it: nothing of the story's text becomes page furniture.
PAD = ["2024年3月8日 星期五", "3", "全县部署春耕备耕工作", "本报讯（记者 周 平）3月7日，全县春耕备耕工作推进会召开，会议",
       "要求各乡镇抓好农资储备和技术指导。", "县人民医院新门诊楼投用", "本报讯（记者 李 敏）3月7日，县人民医院新门诊大楼投入使用，",
       "可满足日均门诊量3000人次的需求。", "县图书馆新增图书2万册"]


def _page_folios(text: str) -> int:
    return sum(1 for a in parse(text) if a.kind == "furniture" and a.furniture == "page")


@pytest.mark.parametrize("lines, reads", [
    # a date, time, ordinal, address or page pointer wrapped around its number (reviewer's pages)
    (("本报讯（记者 李 敏）3月", "9", "日，县委召开常委会。"), "3月9日，县委召开常委会。"),
    (("本报讯（记者 李 敏）3月7日上午", "9", "时，县防汛指挥部启动应急响应。"), "3月7日上午9时，"),
    (("本报讯 截至2024年", "9", "月底，全县共建成5G基站800个。"), "截至2024年9月底，"),
    (("本报讯 该县荣获第", "9", "届全国文明城市称号。"), "荣获第9届"),
    (("本报讯 这已是该县连续第", "9", "年获此殊荣。"), "连续第9年"),
    (("本报讯 县政务中心位于人民路", "9", "号，群众可就近办理。"), "人民路9号"),
    (("本报讯 办事大厅设在", "9", "楼，方便群众办事。"), "设在9楼"),
    (("本报讯 详见第", "9", "版。"), "详见第9版。"),
    # invented: the number opens a new sentence, or follows a sentence's end inside a paragraph
    (("本报讯 全县春耕备耕工作已全面展开。", "3", "月底前，各乡镇将完成农资储备。"), "3月底前，"),
    (("本报讯 新规已经公布。", "15", "日起，城区主干道实行单向通行。"), "15日起，"),
    (("本报讯 今年全县计划新建农村公路", "12", "条，总里程86公里。"), "新建农村公路12条"),
])
def test_a_number_wrapped_inside_a_sentence_stays_in_the_text(lines, reads):
    """Class: a lone number that can be part of a sentence is no page number. The line above ends no sentence,
    or the line under it carries the number on (日, 时, 届, 年, 号, 楼, 版, 月底, a unit): the number stays."""
    text = raw(*PAD, *lines, "责编：王 一")
    assert _page_folios(text) == 1  # the header's own folio only
    assert any(reads in nonspace(a.text) for a in stories(text))


@pytest.mark.parametrize("lines", [
    ("本报讯 3月7日，县统计局公布各乡镇数据。", "乡镇 企业数", "城关镇", "12", "石桥镇", "9", "河口镇", "7", "白沙镇"),
    ("城关镇", "1", "石桥镇", "2", "河口镇", "3", "白沙镇", "4"),
    ("春耕时节农事忙", "详见", "4", "版"),
    ("图①：市民在借阅图书", "2", "图②：小朋友在阅读"),
    # invented: a ranking after a sentence's end, names and figures alternating
    ("本报讯 县里公布了各村得分。", "东岭村", "96", "西坡村", "92", "南湾村"),
])
def test_figures_of_a_flattened_table_or_pointer_are_no_page_numbers(lines):
    """Class: a number in a run of alternating name and number lines (a flattened table), or inside a pointer
    (详见 ⏎ 4 ⏎ 版), is never the page number: no figure becomes page furniture."""
    assert _page_folios(raw(*PAD, *lines, "责编：王 一")) == 1


def test_a_number_inside_one_paragraph_on_a_page_with_blank_lines_stays():
    text = page(*PAD[:3], "\n".join(PAD[3:5]), PAD[5], "\n".join(PAD[6:8]), PAD[8],
                "本报讯（记者 李 敏）3月7日上午\n9\n时，县防汛指挥部启动应急响应。")
    assert _page_folios(text) == 1
    assert any("3月7日上午9时，" in nonspace(a.text) for a in stories(text))


def test_a_notice_s_date_wrapped_around_its_number_stays_whole():
    text = raw(*PAD[:8], "县城区停水通知", "因管网改造，城区部分区域将于3月", "9", "日停水一天。")
    notice = next(a for a in stories(text) if nonspace(a.headline) == "县城区停水通知")
    assert notice.subheadlines == [] and nonspace(notice.text) == "因管网改造，城区部分区域将于3月9日停水一天。"


@pytest.mark.parametrize("above, below", [("——记民间河长周长生", "环保快讯"), ("今年以来全市空气质量持续改善。", "社会新闻"),
                                          ("9月21日，市环境监察支队启动巡查。（谭 静）", "●秸秆禁烧巡查启动"),
                                          ("“我们会一直守下去。”", "文明实践")])
def test_a_folio_between_an_item_s_end_and_a_new_item_is_furniture(above, below):
    """The narrowed rule still finds the page number where nothing can continue through it: the line above
    closes a sentence, a credit or a headline stack, and the line under it opens a new item (a label line)."""
    lines = ["生态环境", "2024年9月23日 星期一", "本报讯（记者 韩 雪）9月22日，记者从市环保局获悉，",
             "今年以来全市空气质量持续改善。", "全市空气质量持续改善", "护河人的一天", "早上6点，老周已经沿着河岸",
             "走了一圈。", above, "4", below, "9月21日，市环境监察支队启动巡查。（谭 静）", "责编：罗 晓"]
    assert _furniture(*lines).get(9) == "page"


@pytest.mark.parametrize("kicker, before", [("聚焦·两会", "要求各乡镇抓好农资储备和技术指导。"), ("两会·声音", "要求各乡镇抓好农资储备和技术指导。"),
                                            ("民生·关注", "要求各乡镇抓好农资储备和技术指导。"),
                                            ("两会·速递", "要求各乡镇抓好农资储备和技术指导。（周 平）"),
                                            ("脱贫·攻坚", "要求各乡镇抓好农资储备和技术指导。")])
def test_a_dotted_kicker_over_a_headline_on_a_page_without_blank_lines_stays_its_kicker(kicker, before):
    """Class: a dotted X·Y line right over a headline is its kicker, not the page's section name (reviewer's
    pages; 脱贫·攻坚 invented)."""
    text = raw(*PAD[:4], before, kicker, *PAD[5:8], "责编：王 一")
    assert not any(a.kind == "furniture" and a.furniture == "section" for a in parse(text))
    story = next(a for a in stories(text) if a.headline == "县人民医院新门诊楼投用")
    assert story.kicker == kicker


def test_a_dotted_kicker_after_a_notice_s_date_stays_its_kicker():
    text = raw(*PAD[:5], "某县人民政府", "2024年3月7日", "聚焦·两会", *PAD[5:8], "责编：王 一")
    assert next(a for a in stories(text) if a.headline == "县人民医院新门诊楼投用").kicker == "聚焦·两会"


YEAR_KICKERS = [("回眸2023", "人民生活持续改善"), ("奋进2024", "百姓安居乐业有保障"), ("你好2025", "万家灯火迎新春"),
                ("决胜2024", "千方百计稳就业"), ("聚焦2024", "县域经济高质量发展"), ("逐梦2024", "人人都是追梦人"),
                ("展望2035", "亿万农民共享发展成果")]


@pytest.mark.parametrize("kicker, headline", YEAR_KICKERS)
def test_a_kicker_ending_on_a_year_stays_apart_from_its_headline(kicker, headline):
    """Class: a line ending on a year (19xx, 20xx) is a kicker, never a figure awaiting its unit; and a first
    character that begins a longer word (人民, 万家灯火, 千方百计, 县域) is no unit (reviewer's pages; the last
    pair invented)."""
    assert not _figure_split(kicker, headline)
    arts = stories(page("2024年3月8日 星期五", "3", f"{kicker}\n{headline}",
                        "本报讯（记者 周 平）3月7日，全县春耕备耕工作推进会召开，会议\n要求各乡镇抓好农资储备和技术指导。"))
    assert [(a.kicker, a.headline) for a in arts] == [(kicker, headline)]
    arts = stories(raw("2024年3月8日 星期五", "3", "本报讯（记者 周 平）3月7日，全县春耕备耕工作推进会召开，会议",
                       "要求各乡镇抓好农资储备和技术指导。", kicker, headline, "责编：王 一"))
    assert any(a.kicker == kicker and a.headline == headline for a in arts)


@pytest.mark.parametrize("upper, lower, joined", [
    ("全市新增市场主体1.2", "万户", True), ("前三季度增长6", "个百分点", True), ("粮食总产量突破52", "亿斤", True),
    ("全县新建村级书屋36", "家，覆盖所有行政村", True), ("今年新增就业3", "人民群众得实惠", False),
    ("全县累计接待游客120", "千方百计促消费", False), ("村集体收入达85", "县域发展添活力", False),
])
def test_a_figure_join_needs_the_unit_as_a_word(upper, lower, joined):
    """Near misses of the figure split: the lower line must open with the scale or unit as a whole word
    (万户, 个百分点, 亿 ⏎ 斤), not a character that begins a longer word (人民, 千方百计, 县域)."""
    assert _figure_split(upper, lower) is joined
