"""Front-page headline classes found by adversarial probes: small invented pages in the default
pdftotext style (blank lines between blocks), each headline checked against the story it heads."""

from __future__ import annotations

import pytest

from tests.snippets import page, raw, stories

LEADS = (
    "本报讯 （记者 简 宁）5月13日，记者从市民政局获悉，今年全市新建社区\n养老服务中心24个、普惠托育机构18家。",
    "本报讯 （记者 罗 兵）5月13日，北岸市春季大型招聘会举行，提供岗位\n1.2万个，吸引求职者8000余人次。",
    "本报讯 （记者 于 飞）5月12日晚，河西县乡村篮球联赛决赛在石桥村\n举行，吸引观众2万余人次。",
)


@pytest.mark.parametrize("head", ["谁来守护“一老一小”？", "稳就业，我们在行动！", "春风十里，不如“村BA”……",
                                  "老旧小区改造，居民说了算？", "“小快递”跑出乡村振兴“加速度”！", "网购“后悔药”怎么吃？"])
@pytest.mark.parametrize("above", [(), ("北岸市推进老旧小区改造", "本报讯 （记者 于 飞）5月12日，北岸市召开老旧小区改造推进会。",
                                        "（下转2版）")])
def test_a_headline_closing_on_a_question_or_an_exclamation_heads_the_lead_under_it(head, above):
    """Class: headline closing on ？, ！ or ……. A one-line display line ending on such a mark, set alone
    right over a story's lead (本报讯…) with no story's text above it (the page's top, or a story ended by
    its jump line), is that story's headline, not a stray paragraph or a teaser."""
    arts = stories(page("北岸日报", *above, head, LEADS[0]))
    assert [(a.kind, a.headline) for a in arts][-1] == ("news", head)


@pytest.mark.parametrize("headline", [
    "【奋进新征程】西塘港：向海图强再出发",
    "【民生直通车】小区充电桩装到了家门口",
    "【聚焦两会】代表委员热议：民生实事怎么办……",
])
def test_a_column_tag_printed_in_a_headline_over_a_lead_stays_in_the_headline(headline):
    """Class: column tag printed in a headline. A 【tag】 opening a line set alone (a blank line under it)
    right over a story's lead is part of that story's headline, brackets kept, even when the words after it
    are short or hold a colon: not a box's label over its first words."""
    arts = stories(page("西塘日报", headline, LEADS[0]))
    assert [(a.kind, a.kicker, a.headline) for a in arts] == [("news", "", headline)]


def test_a_box_label_over_its_text_is_still_a_box():
    """A 【label】 whose words run on into the box's next line, or end a sentence, is still a box."""
    arts = stories(page("西塘日报", "【核心提示】今年以来，我市持续优化营商环境，新增市场主体\n1.2万户。", LEADS[0]))
    assert [a.kind for a in arts][:1] == ["box"] and arts[0].kicker == "核心提示"


@pytest.mark.parametrize("measure, change, body", [
    ("一季度全市地区生产总值", "同比增长5.9%", "本报讯 （记者 庄 严）一季度，全市实现地区生产总值586.3亿元，\n同比增长5.9%。"),
    ("前4个月我国外贸进出口", "同比增长5.7%",
     "新华社北京5月13日电 前4个月，我国货物贸易进出口总值同比增长\n5.7%，外贸运行稳中向好。"),
    ("4月份全市居民消费价格", "环比下降0.3%", "本报讯 4月份，全市居民消费价格环比下降0.3%，同比持平。"),
])
@pytest.mark.parametrize("after", [False, True])
def test_a_headline_wrapped_before_its_change_and_figure_is_one_headline(measure, change, body, after):
    """Class: headline wrapped before its predicate. A line that is only a change and its figure (同比增长5.9%),
    under a line naming the measure, finishes that line's clause: one headline wrapped, not a headline over a
    figures deck, whether the stack stands over its body or after it."""
    stack = measure + "\n" + change
    arts = stories(page("山阳日报", body, stack) if after else page("山阳日报", stack, body))
    assert [(a.headline, a.subheadlines) for a in arts] == [(measure + change, [])]


def test_a_figures_deck_with_its_own_measure_stays_a_deck():
    """A figures line naming its own measure (总投资186亿元) under a headline is still its deck."""
    arts = stories(page("山阳日报", "全市二季度重点项目集中开工\n总投资186亿元",
                        "本报讯 5月13日，全市二季度重点项目集中开工，总投资186亿元。"))
    assert [(a.headline, a.subheadlines) for a in arts] == [("全市二季度重点项目集中开工", ["总投资186亿元"])]


# --- regressions a reviewer's probes found in the three classes above (invented pages) ---------------

STORY_ABOVE = ("南江市老街改造完工",
               "本报讯 （记者 林 岚）5月20日，南江市老街改造工程完工。街坊们说，\n老街又热闹起来了，出门买菜也方便了。")
LEAD_BELOW = "本报讯 （记者 唐 林）5月20日，南江市首个社区食堂开门迎客，\n日均接待老人300余人次。"


@pytest.mark.parametrize("closing", ["这样的日子，谁不盼着？", "让我们一起为家乡点赞！", "老街的故事还在继续……",
                                     "“我们的老街回来了！”"])
@pytest.mark.parametrize("head_after", [True, False])
def test_a_story_s_closing_cry_stays_with_it_not_over_the_next_lead(closing, head_after):
    """A short paragraph closing on ？, ！ or …… under a story's body is that story's last words, even right
    over the next story's lead: it heads nothing, and the next story keeps the headline printed after it."""
    below = (LEAD_BELOW, "社区食堂端上“幸福餐”") if head_after else (LEAD_BELOW,)
    arts = stories(page("南江日报", *STORY_ABOVE, closing, *below))
    assert arts[0].headline == STORY_ABOVE[0] and closing in arts[0].text
    assert [a.headline for a in arts[1:]] == (["社区食堂端上“幸福餐”"] if head_after else [""])


def test_a_commentary_s_closing_cry_does_not_head_the_wire_story_under_it():
    """A commentary's last paragraph (…共创美好未来！) over a 新华社 lead is still the commentary's."""
    arts = stories(page("南江日报", "本报评论员", "老街改造是一件惠及千家万户的实事，要办好办实。",
                        "让我们携手努力，共建美好家园！",
                        "新华社北京5月20日电（记者 方 舟）记者20日从交通运输部获悉，五一\n假期全国公路客流量同比增长8%。",
                        "五一假期公路客流量增长"))
    assert [a.headline for a in arts if a.headline] == ["五一假期公路客流量增长"]


def test_a_caption_closing_on_an_exclamation_is_no_headline():
    """A caption (图为…！) over a lead stays a caption."""
    arts = stories(page("南江日报", *STORY_ABOVE, "图为改造后的老街焕然一新！", LEAD_BELOW))
    assert all(not a.headline.startswith("图为") for a in arts)


@pytest.mark.parametrize("middle", ["街坊们说，老街又热闹\n起来了，出门买菜真方便！", "街坊们说，\n这样的好日子，谁不盼着？"])
def test_on_a_raw_page_a_wrapped_line_closing_a_paragraph_heads_nothing(middle):
    """On a ``-raw`` page (no blank lines) the last line of a paragraph wrapped mid-sentence, closing on
    ！ or ？ right over the next lead, is that paragraph's end, not the next story's headline."""
    text = raw("南江日报", STORY_ABOVE[0], "本报讯 （记者 林 岚）5月20日，南江市老街改造工程完工。", *middle.split("\n"),
               *LEAD_BELOW.split("\n"), "社区食堂端上“幸福餐”")
    arts = stories(text)
    assert [a.headline for a in arts] == [STORY_ABOVE[0], "社区食堂端上“幸福餐”"]


def test_a_kicker_over_a_question_headline_over_a_lead():
    """A kicker line over a one-line question set alone over a lead: the story's kicker and headline."""
    arts = stories(page("南江日报", "关注社区养老", "老人吃饭难怎么破？", LEAD_BELOW))
    assert [(a.kind, a.kicker, a.headline) for a in arts] == [("news", "关注社区养老", "老人吃饭难怎么破？")]


@pytest.mark.parametrize("label, words", [("链接", "什么是社区食堂"), ("记者手记", "老街的烟火气"),
                                          ("图片新闻", "南江两岸杜鹃花开"), ("相关链接", "老年助餐补贴怎么领"),
                                          ("延伸阅读", "各地社区食堂怎么办")])
def test_a_box_label_alone_over_a_lead_is_still_a_box(label, words):
    """A known box label (【链接】, 【记者手记】 …, ``box_labels.csv``) opening a line set alone over a lead
    labels a box; it is no column tag printed in the lead's headline."""
    arts = stories(page("南江日报", f"【{label}】{words}", LEAD_BELOW))
    assert all(not a.headline.startswith("【") for a in arts) and any(a.kicker == label for a in arts)


@pytest.mark.parametrize("label, words", [("编者按", "社区食堂办得怎么样？"), ("链接", "助餐补贴有哪些"),
                                          ("数说", "建成社区食堂86个")])
def test_a_box_label_under_a_headline_leaves_the_headline_alone(label, words):
    """A headline over a 【编者按】/【链接】/【数说】 line over the lead keeps its place: the label line is a box,
    not the headline that turns the real one into a kicker."""
    arts = stories(page("南江日报", "社区食堂开到家门口", f"【{label}】{words}", LEAD_BELOW))
    assert all(not a.headline.startswith("【") for a in arts) and all(a.kicker != "社区食堂开到家门口" for a in arts)


@pytest.mark.parametrize("upper, lower", [
    ("全市经济一季度迎来“开门红”", "同比增长6.1%"), ("全市居民消费价格小幅上涨", "同比上涨0.6%"),
    ("对外贸易稳中提质", "同比增长10.8%"), ("稳岗扩就业政策持续发力", "新增3.6万个就业岗位"),
    ("城乡义务教育优质均衡发展", "提高到97.2%"), ("政务服务窗口推行延时服务", "延长1.5小时"),
])
def test_a_complete_headline_over_a_change_and_figure_keeps_its_subheadline(upper, lower):
    """A headline with its own predicate (…迎来“开门红”, …小幅上涨) over a change and its figure, the story
    restating each as a clause of its own: a headline and its subheadline, not one headline wrapped (that needs
    a line ending on a bare measure)."""
    arts = stories(page("山阳日报", upper + "\n" + lower, f"本报讯 （记者 庄 严）今年以来，{upper}，\n{lower}。"))
    assert [(a.headline, a.subheadlines) for a in arts] == [(upper, [lower])]


def test_an_editor_s_note_asking_a_question_over_a_lead_stays_the_note_s_text():
    """【编者按】 followed by a question over the lead: the question is the note's text, not a headline."""
    arts = stories(page("南江日报", "社区食堂开到家门口", "【编者按】老人吃饭难怎么破？", LEAD_BELOW))
    note = [a for a in arts if a.kicker == "编者按"]
    assert note and note[0].text == "老人吃饭难怎么破？" and arts[0].headline == "社区食堂开到家门口"


TITLED_FACTS_PAGES = [
    page("5", "2024年2月2日 星期五", "两会特刊", "【数说】\n五年来 看青溪变化",
         "2023年地区生产总值\n1286.4亿元\n年均增长5.8%", "规上工业企业\n642家\n比2019年增加210家",
         "城镇新增就业\n6.2万人", "青溪县政府工作报告\n（摘要）", "各位代表：",
         "现在，我代表县人民政府，向大\n会报告工作，请予审议。"),
    page("2", "2024年3月1日 星期五", "【数说】\n一图看懂去年成绩单",
         "城乡居民人均可支配收入\n3.6万元\n比上年增长6.1%", "新建改建农村公路\n420公里",
         "北江市人大常委会工作报告\n（摘要）", "各位代表：", "现在，我代表市人大常委会向大会\n报告工作，请予审议。"),
    page("3", "2024年1月20日 星期六", "【数说】\n三年成绩单",
         "全区粮食总产量\n52.3万吨\n连续三年增长", "新增高标准农田\n8.6万亩", "新增城镇就业\n1.9万人",
         "南湖区政府工作报告", "各位代表：", "现在，我代表区人民政府，向大会\n报告工作，请予审议。"),
]


@pytest.mark.parametrize("text, first_fact", zip(TITLED_FACTS_PAGES, [
    "2023年地区生产总值1286.4亿元年均增长5.8%", "城乡居民人均可支配收入3.6万元比上年增长6.1%", "全区粮食总产量52.3万吨连续三年增长"]))
def test_figure_facts_under_a_titled_box_are_the_box_s_text(text, first_fact):
    """Class: figure facts under a box's own title. 【数说】 over a one-line title (三年来 看某地变化), then
    blocks of a label over its figure (地区生产总值 ⏎ 1286.4亿元 ⏎ 年均增长5.8%), however long the block
    reads run together: the facts are the box's text, not a kicker stacked over the report printed below."""
    box, report = stories(text)
    assert box.kind == "box" and box.kicker == "数说"
    assert box.text.split("\n")[0] == first_fact
    assert report.kicker == "" and report.headline.endswith(("报告", "（摘要）"))
    assert report.text.startswith("各位代表：")


CUSTOMS_LEAD = ("本报讯（记者 韩立新）5月8日，记者从青川港获悉，今年以来，\n海关关员坚守一线，累计查获禁止进境物品126批次，\n"
                "同比增长12.5%。")
LOST_NOTICE = ("遗失声明", "青川市恒达物流有限公司遗失营业执照副本一份，统一社会信用代码\n91330100MA2K8XXX1L，声明作废。")
ABOUT_NOTICE_CLOSED = ("关于青川港保税物流中心新卡口启用的公告", "为提升通关效率，青川港保税物流中心新卡口定于2024年6月1日起启用。\n特此公告。")


@pytest.mark.parametrize("notice, stack, kicker, headline", [
    (LOST_NOTICE, "致敬国门卫士青川海关", "", "致敬国门卫士青川海关"),
    (LOST_NOTICE, "点赞青川海关\n跨境电商包裹通关时间压缩至2小时", "点赞青川海关", "跨境电商包裹通关时间压缩至2小时"),
    (ABOUT_NOTICE_CLOSED, "守护国门的青川海关", "", "守护国门的青川海关"),
])
def test_a_headline_ending_on_an_institution_after_a_closed_notice_heads_the_story_below(notice, stack, kicker, headline):
    """Class: headline ending on an institution after a notice. A line that merely ends on an institution's
    name (…青川海关), with no date under it, after a notice whose text closed (声明作废。, 特此公告。) or set
    apart from it by a blank line, is the headline (or kicker) of the story under it, not the notice's signer."""
    arts = stories(page("青川日报\n2024年5月9日 星期四", *notice, stack, CUSTOMS_LEAD))
    assert [a.kind for a in arts] == ["notice", "news"]
    assert "青川海关" not in arts[0].text
    assert (arts[1].kicker, arts[1].headline) == (kicker, headline)


@pytest.mark.parametrize("kicker, figures, body", [
    ("前三季度全市经济稳中有进", "地区生产总值增长 6.2%，固定资产投资增长 9.1%",
     "本报讯（记者 顾远）10月19日，记者从市统计局获悉，前三季度，\n全市实现地区生产总值1862.4亿元，同比增长6.2%；固定资产投资\n同比增长9.1%。"),
    ("国庆假期我市文旅市场持续升温", "全市接待游客 512.6 万人次，旅游收入 39.4 亿元",
     "本报讯（记者 罗晴）10月8日，记者从市文化和旅游局获悉，国庆假期，全市共接\n待游客512.6万人次，同比增长8.8%；实现旅游收入39.4亿元。"),
])
def test_figures_set_apart_from_their_words_by_spaces_still_make_the_headline(kicker, figures, body):
    """Class: figure clause with a space before its figure. A figures line that sets each figure apart from its
    word by a space (增长 6.2%, 接待游客 512.6 万人次) has one clause per figure, not a clause per word: under
    a shorter line opening on its period it is the headline, that line its kicker."""
    arts = stories(page("青川日报\n2024年10月20日 星期日", kicker + "\n" + figures, body))
    assert [(a.kicker, a.headline, a.subheadlines) for a in arts] == [(kicker, figures, [])]


FACTS_OVER_A_LEAD = [
    (("两会特刊", "【数说】\n五年来 看青溪变化", "2023年地区生产总值\n1286.4亿元\n年均增长5.8%", "规上工业企业\n642家"),
     "青溪县粮食总产量达52万吨", ("本报讯（记者 方 舟）今年，青溪县粮食\n总产量达52万吨，连续五年保持增长。",
                                "县农业农村局负责人介绍，全县将继续\n稳定粮食播种面积。"), "", "青溪县粮食总产量达52万吨", []),
    (("【数说】\n一图看懂去年成绩单", "城乡居民人均可支配收入\n3.6万元", "新建改建农村公路\n420公里"), "民生投入182亿元",
     ("本报讯（记者 汤 岚）记者从市财政局获\n悉，2023年全市民生投入182亿元，占一般\n公共预算支出的八成。",), "", "民生投入182亿元", []),
    (("【数说】\n一图看懂去年成绩单", "城乡居民人均可支配收入\n3.6万元", "新建改建农村公路\n420公里"), "北江市2023年\n民生投入182亿元",
     ("本报讯（记者 汤 岚）记者从市财政局获\n悉，2023年全市民生投入182亿元，占一般\n公共预算支出的八成。",),
     "北江市2023年", "民生投入182亿元", []),
    (("【数说】\n一图看懂去年成绩单", "城乡居民人均可支配收入\n3.6万元", "新建改建农村公路\n420公里"),
     "去年我市民生支出182亿元\n占一般公共预算支出八成",
     ("本报讯（记者 汤 岚）记者从市财政局获\n悉，2023年全市民生支出182亿元，占一般\n公共预算支出的八成。",),
     "", "去年我市民生支出182亿元", ["占一般公共预算支出八成"]),
]


@pytest.mark.parametrize("box, stack, lead, kicker, headline, decks", FACTS_OVER_A_LEAD)
def test_a_figure_headline_right_over_a_lead_under_a_box_of_facts_heads_that_lead(box, stack, lead, kicker, headline, decks):
    """Class: figure headline right under a box of facts. Under 【数说】 ⏎ its title ⏎ label-over-figure facts, a
    block set right over a lead (本报讯…) that the lead repeats (民生投入182亿元 … 全市民生投入182亿元) is that
    story's headline stack (kicker, headline, subheadline), not one more fact of the box: the box keeps the
    facts above it, and comes first unless it is linked to the story."""
    arts = stories(page("2", "2024年3月1日 星期五", *box, stack, *lead))
    boxes, news = [a for a in arts if a.kind == "box"], [a for a in arts if a.kind == "news"]
    assert len(boxes) == 1 and len(news) == 1 and len(arts) == 2
    assert boxes[0].kicker == "数说" and len(boxes[0].text.split("\n")) == 2 and "182亿元" not in boxes[0].text
    assert (news[0].kicker, news[0].headline, news[0].subheadlines) == (kicker, headline, decks)
    assert news[0].text.startswith(("今年", "记者从"))
    if "两会特刊" not in box:
        assert [a.kind for a in arts] == ["box", "news"]


@pytest.mark.parametrize("label", ["观察", "快评", "声音", "综合", "要闻"])
def test_a_column_label_under_a_headline_is_no_wrapped_tail(label):
    """Class: headline wrapped before its last word, guarded. A section's name or a column's label (观察, 快评,
    要闻) set on the line under a headline is no word of it wrapped: the headline stays as printed."""
    head = "全市新能源汽车保有量首次突破十万辆"
    arts = stories(page("2", "2024年6月5日 星期三", head + "\n" + label,
                        "本报讯（记者 叶 舟）6月4日，记者从市有关部门获悉，今年\n以来，全市新能源汽车保有量突破十万辆。"))
    assert arts[-1].headline == head


TABLE_AFTER_STORY_LEAD = ("本报讯 （记者 乔 木）11月6日，记者从市统计局获悉，今年1—10月，全市\n"
                          "规模以上工业增加值同比增长6.2%，主要产品产量稳步增长。")


@pytest.mark.parametrize("table, rows", [
    ("1—10月全市主要工业产品产量\n单位：万吨\n钢材 486.2\n水泥 312.7\n化肥 58.4", 3),
    ("前三季度各县（市）粮食产量\n单位：万吨\n青河县 42.6\n石门县 38.1\n东塘县 29.4\n合计 110.1", 4),
    ("10月市区主要蔬菜零售均价\n单位：元/斤\n品名 本月 上月\n白菜 1.35 1.52\n土豆 2.10 2.26", 3),
])
def test_a_flattened_table_after_a_story_s_end_is_a_box_of_its_own(table, rows):
    """Class: flattened table after a story's end. A block set apart under a story whose text has ended
    (…稳步增长。), holding a title with no clause mark, a unit line (单位：万吨) and rows of a label and its
    figures, is a box of its own: the title its headline, the unit line and the rows its text, not more of
    the story above."""
    news, box = stories(page("东塘日报", "全市工业生产稳中有进", TABLE_AFTER_STORY_LEAD, table))
    title, *body = table.split("\n")
    assert news.headline == "全市工业生产稳中有进" and news.text.endswith("稳步增长。")
    assert box.kind == "box" and box.headline == title
    assert box.text.split("\n")[0].startswith("单位：") and box.text.split("\n")[-1] == body[-1]
    assert len(box.text.split("\n")) == rows + 1


@pytest.mark.parametrize("table", [
    "表1 1—10月全市主要工业产品产量\n单位：万吨\n钢材 486.2\n水泥 312.7",
    "主要工业产品产量如下：\n单位：万吨\n钢材 486.2\n水泥 312.7",
])
def test_a_numbered_or_announced_table_after_a_story_stays_its_text(table):
    """The guard of the class above: a table numbered 表N, or announced by a clause (…如下：), is the
    story's own table and stays its text."""
    arts = stories(page("东塘日报", "全市工业生产稳中有进", TABLE_AFTER_STORY_LEAD, table))
    assert len(arts) == 1 and arts[0].text.replace(" ", "").endswith("水泥312.7")


TABLE_AFTER_STORY_ROWS = "1—10月全市主要工业产品产量\n单位：万吨\n钢材 486.2\n水泥 312.7\n化肥 58.4"


@pytest.mark.parametrize("after", [
    "从行业看，装备制造业增加值增长9.3%，高技术制造业\n增长11.2%。",
    "市统计局有关负责人表示，全年目标有望顺利完成。",
])
def test_prose_after_a_table_box_goes_back_to_the_story(after):
    """The table box holds only the table (title, unit line, rows): a paragraph after it that is prose (a
    sentence, clause marks in it) is the story's text going on, not more of the box."""
    news, box = stories(page("东塘日报", "全市工业生产稳中有进", TABLE_AFTER_STORY_LEAD, TABLE_AFTER_STORY_ROWS, after))
    assert news.headline == "全市工业生产稳中有进" and news.text.endswith(after.replace("\n", ""))
    assert box.kind == "box" and box.text.split("\n")[-1] == "化肥 58.4"


def test_a_jump_line_after_a_table_box_continues_the_story():
    """A jump line (（下转2版）) right after a table box printed in a story's text: the story continues."""
    news, box = stories(page("东塘日报", "全市工业生产稳中有进", TABLE_AFTER_STORY_LEAD, TABLE_AFTER_STORY_ROWS, "（下转2版）"))
    assert news.continues_on == 2 and box.continues_on is None and box.text.endswith("化肥 58.4")


def test_two_tables_in_a_row_are_two_boxes_and_the_story_resumes():
    """Two tables set apart one after the other under a story are two boxes; the sentence after them is
    the story's."""
    news, first, second = stories(page(
        "东塘日报", "全市工业生产稳中有进", TABLE_AFTER_STORY_LEAD, "主要产品产量情况\n单位：万吨\n钢材 486.2\n水泥 312.7",
        "主要经济指标情况\n单位：%\n工业增加值 6.2\n固定资产投资 4.1", "市统计局表示，全市工业经济运行总体平稳。"))
    assert news.text.endswith("市统计局表示，全市工业经济运行总体平稳。")
    assert (first.kind, first.headline, first.text.split("\n")[-1]) == ("box", "主要产品产量情况", "水泥 312.7")
    assert (second.kind, second.headline, second.text.split("\n")[-1]) == ("box", "主要经济指标情况", "固定资产投资 4.1")


def test_a_document_s_own_table_stays_its_text():
    """A document (关于…的报告 under its occasion line ——…会议上) keeps its table without 表N, and its text
    after the table: a report's table is no box of its own."""
    arts = stories(page(
        "东塘日报", "关于东塘市2024年预算执行情况的报告",
        "——2024年12月20日在东塘市第十届人民代表大会常务委员会第十次会议上\n东塘市财政局局长 周 平",
        "主任、各位副主任、秘书长、各位委员：\n受市人民政府委托，现将2024年预算执行情况报告如下，请予审议。\n"
        "全市一般公共预算收入完成86.4亿元，增长5.1%。",
        "2024年一般公共预算收入完成情况\n单位：亿元\n税收收入 65.2\n非税收入 21.2", "一般公共预算支出完成142.6亿元，增长3.8%。"))
    assert [a.kind for a in arts] != [] and not any(a.kind == "box" for a in arts)
    text = arts[-1].text.replace(" ", "")
    assert "税收收入65.2" in text and text.endswith("一般公共预算支出完成142.6亿元，增长3.8%。")


@pytest.mark.parametrize("title", ["其中主要产品产量分别为", "具体情况见下表"])
def test_a_table_title_that_introduces_its_table_stays_in_the_story(title):
    """A table's title that introduces it as the sentence's end (…分别为, …见下表) is the story's words over
    its own table: no box."""
    arts = stories(page("东塘日报", "全市工业生产稳中有进", TABLE_AFTER_STORY_LEAD, title + "\n单位：万吨\n钢材 486.2\n水泥 312.7"))
    assert len(arts) == 1 and arts[0].text.replace(" ", "").endswith("水泥312.7")
