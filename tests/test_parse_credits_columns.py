"""Credits and columns of front-page layouts, each on a small invented snippet: a photo credit
printed after a caption's last sentence on the same line (or wrapped onto the next) gives the
caption its source and byline; a closing credit naming a reporter's role gives a brief its source."""

from __future__ import annotations

import re

import pytest

from frontpage.parse.furniture import furniture_lines
from tests.snippets import parse, stories

STORY = ("本报讯（记者 王一）4月2日，某园区第一批8个\n"
         "重点项目集中开工，总投资56亿元。\n")


@pytest.mark.parametrize("credit, source, names", [
    ("本报记者 李 明 摄", "本报", ["李明"]),
    ("新华社记者 赵小川 摄", "新华社", ["赵小川"]),
    ("中新社记者 钱 进 摄", "中新社", ["钱进"]),
])
def test_a_credit_after_the_captions_sentence_on_its_line_is_source_and_byline(credit, source, names):
    arts = stories(STORY + "\n图为某园区项目开工现场。 " + credit + "\n")
    (cap,) = [a for a in arts if a.kind == "caption"]
    assert (cap.source, cap.byline, cap.text) == (source, names, "图为某园区项目开工现场。")


def test_a_credit_wrapped_inside_its_agency_onto_the_next_line_is_one_credit():
    arts = stories("某湖畔灯会流光溢彩，吸引大批市民游客前来观\n"
                   "赏。据统计，灯会共接待游客约12万人次。 新华\n"
                   "社记者 孙 远 摄\n")
    (cap,) = arts
    assert (cap.kind, cap.source, cap.byline) == ("caption", "新华社", ["孙远"])
    assert cap.text.endswith("约12万人次。")


def test_a_body_line_running_on_after_a_sentence_is_no_credit():
    (a,) = stories(STORY.replace("总投资56亿元。\n", "总投资56亿元。项目\n包括智能装备产业园等。\n"))
    assert a.kind != "caption" and a.text.endswith("包括智能装备产业园等。")


BRIEFS = ("要闻简报\n\n"
          "●某市启动招聘月活动\n"
          "4月1日，记者从某市人社局获悉，招聘月活动正式\n"
          "启动，将提供就业岗位1.2万个。{credit}\n")


@pytest.mark.parametrize("credit, source, names", [
    ("（记者 何 苗）", "本报", ["何苗"]),  # the paper's own reporter
    ("（通讯员 张小凡）", "本报", ["张小凡"]),
    ("（江 舟）", None, ["江舟"]),  # a name alone says nothing about the house
])
def test_a_closing_credit_with_a_reporters_role_gives_the_paper_as_source(credit, source, names):
    (a,) = stories(BRIEFS.format(credit=credit))
    assert (a.kind, a.source, a.byline) == ("brief", source, names)
    assert a.text.endswith("1.2万个。")


@pytest.mark.parametrize("desk", ["值班编委：李 明  责任编辑：王 芳  校对：赵 磊", "值班主任：周 川  美编：陈 默"])
def test_a_desk_credits_line_opening_on_a_duty_role_is_furniture(desk):
    arts = parse(STORY + "\n" + desk + "\n")
    assert [a.kind for a in arts] == ["news", "furniture"]


POINTERS = ("某市春季消费节销售额创新高\n详见2版\n\n"
            "某县至某镇二级公路全线贯通\n3版刊登\n\n" + STORY)


@pytest.mark.parametrize("banner", ["导读", "今日导读", "本期看点"])
def test_a_short_line_over_a_run_of_pointed_teasers_is_each_teasers_kicker(banner):
    arts = stories(banner + "\n\n" + POINTERS)
    teasers = [a for a in arts if a.kind == "teaser"]
    assert [(t.kicker, t.headline, t.continues_on) for t in teasers] == [
        (banner, "某市春季消费节销售额创新高", 2), (banner, "某县至某镇二级公路全线贯通", 3)]
    assert teasers[0].first_line == 1 and len(arts) == 3


def test_a_long_line_over_pointed_teasers_is_no_banner():
    arts = stories("某市召开全市经济工作会议\n\n" + POINTERS)
    assert not any(a.kicker for a in arts if a.kind == "teaser")


COMMENTARY = ("短评\n{gap}让每一段路都更顺畅\n\n"
              "春运是一年一度的“大考”。一项项暖心举措，让\n"
              "返程旅客走得安心、走得舒心。\n\n"
              "服务无止境。各部门要在细节处多下功夫，让每\n"
              "一段路都更顺畅、更温暖。（晓 岚）\n")


@pytest.mark.parametrize("gap", ["", "\n"])
def test_a_commentary_label_after_a_stack_opens_the_commentary_below(gap):
    above = ("本报讯（记者 王一）昨日，某市统计局发布统计公报。全\n"
             "年地区生产总值首次突破两千亿元，增长5.2%。\n\n"
             "某市统计公报显示\n"
             "全年地区生产总值首次突破两千亿元\n\n")
    arts = stories(above + COMMENTARY.format(gap=gap))
    com = arts[-1]
    assert (com.kind, com.kicker, com.headline, com.byline) == ("commentary", "短评", "让每一段路都更顺畅", ["晓岚"])
    assert com.text.startswith("春运是一年一度") and com.first_line == 7
    assert "短评" not in arts[0].subheadlines + [arts[0].headline, arts[0].kicker]


def test_a_commentary_label_over_its_headline_and_text_is_no_teaser():
    arts = stories("某园区项目开工现场。\n本报记者 李 明 摄\n\n" + COMMENTARY.format(gap="\n"))
    assert [a.kind for a in arts] == ["caption", "commentary"]
    assert arts[1].text.endswith("更温暖。")


def test_a_masthead_set_one_character_a_line_is_furniture_with_the_lines_under_it():
    texts = ["某", "阳", "日", "报", "MOUYANG DAILY", "中共某阳市委机关报", "2026年4月9日 星期四", "第15021期", "今日导读"]
    gaps = [False] * 6 + [True, False, True]
    assert furniture_lines(texts, gaps) == {**{i: "masthead" for i in range(6)}, 6: "date", 7: "masthead"}


def test_one_character_lines_that_spell_no_paper_are_no_masthead():
    assert furniture_lines(["春", "夏", "秋", "冬"], [False] * 4) == {}


def test_name_date_and_issue_number_on_one_top_line_are_the_masthead():
    line = "某峤日报 MOUQIAO DAILY    2021年12月30日 星期四 农历辛丑年十一月廿七    第9876期"
    assert furniture_lines([line, "某某会议公报"], [False, True]) == {0: "masthead"}
    arts = parse(line + "\n\n" + STORY)
    assert [a.kind for a in arts] == ["furniture", "news"] and arts[0].lines == [[1, 1]]


def test_a_paper_name_inside_a_sentence_line_is_no_one_line_masthead():
    assert furniture_lines(["某峤日报    记者从市统计局获悉，全市经济运行平稳。"], [False]) == {}


@pytest.mark.parametrize("opening, day", [("昨日，", "2024-02-26"), ("今天，", "2024-02-27"), ("2月25日，", "2024-02-25")])
def test_a_lead_opening_on_a_day_named_relative_to_the_edition_gives_the_dateline(opening, day):
    from datetime import date

    from frontpage.parse.articles import parse_articles
    from frontpage.parse.reading import decode_edition

    text = "某市统计公报发布\n\n某某晚报讯（记者 汤 敏）" + opening + "市统计局发布统计公报。\n"
    (a,) = parse_articles(decode_edition(text.encode("utf-8")), edition_date=date(2024, 2, 27))
    assert (a.source, a.byline, a.dateline) == ("某某晚报讯", ["汤敏"], day)
    assert a.text.startswith(opening)


def test_a_relative_day_inside_the_lead_gives_no_dateline():
    from datetime import date

    from frontpage.parse.articles import parse_articles
    from frontpage.parse.reading import decode_edition

    text = "某市统计公报发布\n\n本报讯（记者 汤 敏）市统计局昨日发布统计公报。\n"
    (a,) = parse_articles(decode_edition(text.encode("utf-8")), edition_date=date(2024, 2, 27))
    assert a.dateline is None


BOX_TEXT = ("该班列2019年4月首发，从\n"
            "某港国际陆港出发，经边境\n"
            "口岸出境直达欧洲。线路全\n"
            "长约9800公里，全程运行约\n"
            "16天。\n")


def test_a_short_line_without_marks_right_under_a_box_label_is_the_boxs_title():
    box = stories(STORY + "\n【链接】\n“某港号”中欧班列\n" + BOX_TEXT)[-1]
    assert (box.kind, box.kicker, box.headline) == ("box", "链接", "“某港号”中欧班列")
    assert box.text.startswith("该班列2019年4月首发")


def test_a_sentence_wrapped_a_little_early_under_a_box_label_is_no_title():
    box = stories(STORY + "\n【编者按】\n乡村医生是农村群众健康\n的“守门人”。全省现有乡村\n医生约3.1万名，其中一半以\n上年龄在55岁以上。\n")[-1]
    assert (box.kind, box.headline) == ("box", "") and box.text.startswith("乡村医生是农村群众健康的")


def test_a_continued_story_takes_the_headline_printed_after_it_and_is_news():
    text = ("（上接1版）全市今年秋粮播种面积稳定\n"
            "在212万亩左右，其中水稻146.3万亩。\n"
            "下一步，全市将组织农机2.3万台投入\n"
            "秋收，确保颗粒归仓。\n\n"
            "全力以赴夺取秋季农业丰收\n\n"
            "经济快讯\n\n"
            "●某高新区获批省级双创示范基地\n"
            "近日，某高新区获批省级大众创业万众创新\n"
            "示范基地，区内集聚科技型中小企业386家。\n")
    arts = stories(text)
    assert [(a.kind, a.headline, a.continued_from) for a in arts] == [
        ("news", "全力以赴夺取秋季农业丰收", 1), ("brief", "某高新区获批省级双创示范基地", None)]


def test_a_numbered_heading_wrapped_onto_a_second_line_is_a_heading_of_the_document():
    text = ("某某会议公报\n\n"
            "全会听取和讨论了市委常委会工作报\n"
            "告，审议通过了有关决定。\n\n"
            "一、充分肯定2021年全市经济社会发展\n"
            "成就\n\n"
            "全会认为，今年是“十四五”开局之\n"
            "年。一年来，全市经济运行稳中加固，\n"
            "地区生产总值增长8.1%。\n\n"
            "二、全力以赴做好明年经济工作\n\n"
            "全会提出，明年是关键之年。\n")
    (a,) = stories(text)
    assert a.subheadlines == ["一、充分肯定2021年全市经济社会发展成就", "二、全力以赴做好明年经济工作"]


@pytest.mark.parametrize("lead, day", [
    ("□本报记者 许 航\n10月12日，某市高校毕业生专场招聘会在市人才市场举行。\n", "2024-10-12"),
    ("本报讯 （记者 孙晓梅）\n记者15日从省商务厅获悉，上半年全省社会消费品零售总额增长5.2%。\n", "2024-10-15"),
    ("本报讯 （记者 孙晓梅）\n记者18日从省商务厅获悉，上半年全省社会消费品零售总额增长5.2%。\n", "2024-09-18"),
    ("某某晚报讯（记者 邱 实）记者10月11日从市教育局获悉，今年计划招生2.35万人。\n", "2024-10-11"),
    ("本报讯 （记者 孙晓梅）\n上半年，全省社会消费品零售总额增长5.2%。\n", None),
])
def test_a_news_lead_opening_on_the_day_or_on_the_day_its_reporter_learnt_the_news_gives_the_dateline(lead, day):
    from datetime import date

    from frontpage.parse.articles import parse_articles
    from frontpage.parse.reading import decode_edition

    (a,) = parse_articles(decode_edition(("某市消费市场稳步回暖\n\n" + lead).encode("utf-8")), edition_date=date(2024, 10, 16))
    assert (a.kind, a.dateline) == ("news", day)


# (class, line, furniture?)
WEATHER = [
    ("a weather line with a label and a colon", "今日天气：阴转小雨 5℃～11℃ 西北风3级", True),
    ("a weather forecast label and places", "天气预报 某州 今天 晴 14～22℃ 明天 多云 13～20℃", True),
    ("full-width figures", "明日天气：晴 １２℃～２０℃", True),
    ("weather words in a sentence are prose", "受寒潮天气影响，全市最低气温降至2℃，", False),
    ("a weather label without a temperature is no report", "今日天气：多云转小雨，出行请带伞", False),
]


@pytest.mark.parametrize("cls, line, furniture", WEATHER, ids=[w[0] for w in WEATHER])
def test_a_weather_line_anywhere_is_furniture(cls, line, furniture):
    texts = ["某县召开全体会议。", line, "会议强调，要抓好落实。"]
    assert (furniture_lines(texts, [False, True, True]).get(1) == "weather") is furniture, cls


@pytest.mark.parametrize("tail", ["（孔\n 立）", "（孔\n立）", "（孔 \n  立）"])
def test_a_closing_credit_wrapped_inside_its_brackets_is_the_briefs_byline(tail):
    arts = stories("简讯\n\n"
                   "●某区新建两座口袋公园\n"
                   "本报讯 近日，某区新建两座口袋公园，新增\n"
                   "绿地面积约1.2万平方米，可供周边居民休闲\n"
                   "散步，预计月底向市民开放。" + tail + "\n\n"
                   "●某区完成老旧小区改造\n"
                   "本报讯 今年以来，某区完成老旧小区改造\n"
                   "16个，惠及居民3200户。（钱 多）\n")
    first = next(a for a in arts if a.headline == "某区新建两座口袋公园")
    assert first.byline == ["孔立"]
    assert first.text.endswith("预计月底向市民开放。")
    assert all("立）" not in (a.kicker + a.headline) for a in arts)


def test_a_bracketed_line_after_an_unclosed_sentence_is_no_wrapped_credit():
    arts = stories("本报讯 近日，某区新建两座口袋公园，新增绿地面积约\n"
                   "1.2万平方米，预计月底向市民开放（孔\n"
                   " 立）\n")
    assert all(a.byline != ["孔立"] for a in arts)


@pytest.mark.parametrize("line, kind", [
    ("今日天气 晴转多云 12～23℃ 北风2级", "weather"),
    ("今日天气：小雨 ５℃～１１℃ 西北风３级", "weather"),
    ("天气预报 某县 今天 多云 9～17℃ 明天 小雨 8～14℃", "weather"),
    ("扫码看视频", "prompt"),
    ("扫码关注某某日报客户端", "prompt"),
    ("扫码关注“某某晚报”微信公众号 看更多城事新闻", "prompt"),  # an account named, and what it offers
])
def test_a_weather_line_or_a_qr_prompt_anywhere_on_the_page_is_furniture(line, kind):
    texts = ["本报讯 近日，某县新建两座口袋公园。", line, "某县完成老旧小区改造16个，惠及居民3200户。"]
    assert furniture_lines(texts, [False, True, True]) == {1: kind}
    arts = parse(STORY + "\n" + line + "\n")
    holders = [a.kind for a in arts if any(line.replace(" ", "")[:4] in p.text.replace(" ", "") for p in a.parts)]
    assert holders == ["furniture"]


@pytest.mark.parametrize("line", ["今日天气晴好，气温升至23℃，市民纷纷出游。", "扫码即可领取，活动期间每人限领一次。"])
def test_a_sentence_about_the_weather_or_scanning_a_code_is_no_furniture(line):
    assert furniture_lines([STORY.splitlines()[0], line], [False, True]) == {}


@pytest.mark.parametrize("top", [
    ["MOUJIANG DAILY 某江日报 中共某江市委机关报", "2022年10月19日 星期三 农历壬寅年九月廿四 今日8版 第12766期"],
    ["A03 城事·新闻", "某湾晚报 2019年7月16日 星期二"],
    ["6 经济", "2023年5月4日 星期四 某川日报"],
    ["某丰报", "MOUFENG BAO", "中共某丰县委主管 某丰县融媒体中心主办 内部资料 免费交流"],
])
def test_masthead_lines_set_otherwise_are_furniture_not_a_headline(top):
    texts = top + [STORY.splitlines()[0]]
    assert sorted(furniture_lines(texts, [False] * len(texts))) == list(range(len(top)))
    arts = stories("\n".join(top) + "\n\n" + STORY)
    assert [(a.kind, a.headline) for a in arts] == [("news", "")]


@pytest.mark.parametrize("line", ["全市 高温 持续", "ABC 123", "3 个项目集中开工"])
def test_a_top_line_of_other_words_is_no_masthead(line):
    texts = [line, STORY.splitlines()[0]]
    assert furniture_lines(texts, [False, True]) == {}


@pytest.mark.parametrize("under", [
    ["某川日报社主管主办", "国内统一连续出版物号 CN 00-0123"],
    ["中共某川市委机关报", "国内统一连续出版物号 ＣＮ ００－０１２３", "第１２３４５期"],
    ["中共某川县委主管", "内部资料 免费交流 准印证号：（某）字第B0001号"],
])
def test_permit_and_serial_lines_under_a_masthead_are_masthead_furniture(under):
    top = ["某川报", "MOUCHUAN BAO"] + under
    texts = top + ["2020年5月6日 星期三", "第2345期", STORY.splitlines()[0]]
    gaps = [False] * len(top) + [True, False, True]
    found = furniture_lines(texts, gaps)
    assert all(found.get(i) in ("masthead", "serial") for i in range(len(top))) and found.get(len(top) + 1) == "masthead"
    arts = parse("\n".join(top) + "\n\n" + STORY)
    assert arts[-1].kind == "news" and arts[-1].headline == "" and all(a.kind == "furniture" for a in arts[:-1])


def test_the_forecasts_of_a_masthead_ear_set_in_pieces_are_one_weather_box():
    ear = ["今天 小雨转阴 6℃～12℃", "后天 晴转多云 5℃～14℃", "大风蓝色预警"]
    texts = ["2020年5月6日 星期三"] + ear + [STORY.splitlines()[0]]
    assert furniture_lines(texts, [False, True, False, False, True]) == {0: "date", 1: "weather_box", 2: "weather_box",
                                                                          3: "weather_box"}
    arts = parse("\n".join(ear) + "\n\n" + STORY)
    assert [a.kind for a in arts] == ["furniture", "news"] and arts[0].lines == [[1, 3]]


def test_a_lone_forecast_line_or_one_beside_a_sentence_is_no_weather_box():
    assert furniture_lines(["今天 小雨转阴 6℃～12℃", "某县召开全体会议。"], [True, False]) == {}
    assert "weather_box" not in furniture_lines(["今天 小雨转阴 6℃～12℃ 北风3级"], [True]).values()


@pytest.mark.parametrize("credit, source", [
    ("融媒体记者 吴 桐 摄", "本报"),
    ("晚报记者 宋知南 摄", "本报"),
    ("记者 王 一 摄", "本报"),
    ("通讯员 钟 敏 摄", None),
])
def test_a_photo_credit_by_the_papers_own_staff_gives_the_paper_as_source(credit, source):
    arts = stories(STORY + "\n4月2日，某园区项目开工现场。\n" + credit + "\n")
    (cap,) = [a for a in arts if a.kind == "caption"]
    assert cap.source == source


def test_a_leads_byline_left_open_at_the_line_end_runs_on_into_a_new_frame():
    (a,) = stories("某园区8个重点项目集中开工\n\n"
                   "本报讯（融媒体记者 王 一 柯\n"
                   " 静）4月2日，某园区第一批8个重点项目\n"
                   "集中开工，总投资56亿元。\n")
    assert (a.source, a.byline) == ("本报讯", ["王一", "柯静"])
    assert a.text.startswith("4月2日，某园区")


def test_a_story_resumes_after_a_narrower_box_printed_inside_it():
    text = ("某市一季度经济开局良好\n\n"
            "本报讯（记者 王一）5月3日，记者从市统计\n"
            "局获悉，一季度全市地区生产总值同比增长\n"
            "5.2%，比全国高0.7个百分点，开局良好。\n\n"
            "【背景】\n"
            "两年平均增速以2021年同期数\n"
            "为基数，采用几何平均方法计\n"
            "算，用以消除基数波动影响。\n\n"
            "投资降幅收窄。一季度，全市固定资产投资同\n"
            "比下降2.6%，降幅比1—2月收窄1.9个百分点\n"
            "，商品房销售面积下降11.2%。（转7版）\n")
    arts = stories(text)
    (news,) = [a for a in arts if a.kind == "news"]
    (box,) = [a for a in arts if a.kind == "box"]
    assert news.continues_on == 7 and "投资降幅收窄" in news.text
    assert box.text.endswith("用以消除基数波动影响。")


def test_a_paragraph_in_the_boxs_own_column_stays_in_the_box():
    text = ("某市一季度经济开局良好\n\n"
            "本报讯（记者 王一）5月3日，记者从市统计\n"
            "局获悉，一季度全市地区生产总值同比增长\n"
            "5.2%，比全国高0.7个百分点，开局良好。\n\n"
            "【背景】\n"
            "两年平均增速以2021年同期数\n"
            "为基数，采用几何平均方法计\n"
            "算，用以消除基数波动影响。\n\n"
            "与疫情前相比，一季度全市地\n"
            "区生产总值增长14.3%。\n")
    (box,) = [a for a in stories(text) if a.kind == "box"]
    assert box.text.endswith("增长14.3%。")


def test_an_interview_goes_on_after_a_caption_printed_between_its_turns():
    text = ("暑期出行，这些“堵点”要绕开\n"
            "——访某市交警支队副支队长李建平\n\n"
            " □晚报记者 程 澄\n\n"
            "7月以来，我市中小学陆续放暑假，城区交通压力明显加大。\n\n"
            "记者：今年暑期我市道路交通呈现哪些特点？\n\n"
            "李建平：预计暑期全市道路客流量将达到2100万人次，比去年同期增长约6%。\n\n"
            "7月15日，交警在滨江路与西山路交叉口疏导交通。\n"
            "通讯员 钟 敏 摄\n\n"
            "记者：针对这些堵点，交警部门采取了哪些措施？\n\n"
            "李建平：我们在城区新设临时停车泊位3200个。\n")
    arts = stories(text)
    (news,) = [a for a in arts if a.kind == "news"]
    assert (news.source, news.byline) == ("本报", ["程澄"])
    assert news.text.endswith("新设临时停车泊位3200个。")
    assert [a.kind for a in arts].count("caption") == 1


def test_a_paragraph_after_a_caption_with_another_speakers_label_is_no_turn_of_the_interview():
    arts = stories("本报讯（记者 王一）4月2日，某园区8个项目集中开工。\n\n"
                   "记者：项目何时投产？\n\n"
                   "某园区项目开工现场。\n本报记者 李 明 摄\n\n"
                   "编者按：本版今起开设专栏，敬请关注。\n")
    (news,) = [a for a in arts if a.kind == "news"]
    assert "编者按" not in news.text


@pytest.mark.parametrize("end, nxt", [("（下转2", "版）"), ("（下转", "2版）")])
def test_a_continuation_mark_broken_inside_its_page_number_is_one_mark(end, nxt):
    (a,) = stories("本报讯（记者 王一）4月2日，某园区第一批8个\n"
                   "重点项目集中开工，全市建成5G基站8000个以上，" + end + "\n" + nxt + "\n")
    assert a.continues_on == int(re.sub(r"\D", "", end + nxt))
    assert a.text.endswith("8000个以上，")


def test_a_briefs_column_after_a_finished_box_is_briefs_not_the_boxs_list():
    text = ("【链接】\n"
            "某桥小史\n"
            "某桥始建于清光绪十二年（1886年），桥长46.8\n"
            "米，为单孔木拱廊桥。\n\n"
            "城事快报\n\n"
            "●地铁2号线一期开始空载试运行\n"
            "晚报讯 地铁2号线一期工程7月15日起进入空载\n"
            "试运行阶段，每天开行列车160趟。（宋 雯）\n\n"
            "●市区今年已建成12处口袋公园\n"
            "晚报讯 今年以来，市区已建成口袋公园12处。\n"
            "（李 果）\n")
    briefs = [a for a in stories(text) if a.kind == "brief"]
    assert [(a.kicker, a.headline) for a in briefs] == [
        ("城事快报", "地铁2号线一期开始空载试运行"), ("城事快报", "市区今年已建成12处口袋公园")]



def test_a_masthead_block_set_mid_page_and_the_papers_name_at_its_foot_are_furniture():
    top = len(STORY.splitlines()) + 2  # the masthead block's first line, after the story and a blank
    text = (STORY + "\n"
            "某屿日报\nMOUYU DAILY\n中共某屿市委机关报\n国内统一连续出版物号 CN 12-3456\n\n"
            "2022年6月8日 星期三\n农历壬寅年五月初十\n今日8版\n\n"
            + STORY + "\n某屿晚报\n")
    arts = parse(text)
    foot = len(text.splitlines())
    assert [a.lines for a in arts if a.kind == "furniture"] == [[[top, top + 3]], [[top + 5, top + 7]], [[foot, foot]]]
    assert [a.kind for a in arts if a.kind != "furniture"] == ["news", "news"]


@pytest.mark.parametrize("credit", ["晚报融媒体记者 周 洋 摄", "日报记者 周洋 摄"])
def test_a_photo_credit_naming_the_paper_by_its_kind_closes_a_caption(credit):
    arts = stories("5月7日，市民在某公园赏花游园。\n" + credit + "\n\n" + STORY)
    assert [(a.kind, a.byline) for a in arts] == [("caption", ["周洋"]), ("news", ["王一"])]


def test_a_short_line_a_blank_line_above_a_credited_caption_is_the_photos_title():
    arts = stories("秋收时节稻谷香\n\n"
                   "9月20日，农民在某镇稻田里抢收水稻。\n"
                   "本报记者 周 洋 摄\n\n" + STORY)
    assert [(a.kind, a.headline, a.lines[0][0]) for a in arts] == [("caption", "秋收时节稻谷香", 1), ("news", "", 6)]


def test_a_block_of_short_lines_giving_the_days_temperatures_is_one_weather_box_read_line_by_line():
    arts = parse("今日立冬\n晴转多云\n气温6℃～15℃\n\n" + STORY)
    box = arts[0]
    assert (box.kind, box.lines, box.headline) == ("furniture", [[1, 3]], "")
    assert [p.text for p in box.parts if p.role == "body"] == ["今日立冬", "晴转多云", "气温6℃～15℃"]
    assert [a.kind for a in arts[1:]] == ["news"]


def test_a_pen_name_after_a_box_mark_signs_a_commentary():
    arts = stories("让老街留住烟火气\n\n□江 帆\n\n"
                   "老街改造，改的是路面管网，留的是人间烟火。只有让\n"
                   "居民住得舒心，游客才会来得开心。\n")
    assert [(a.kind, a.headline, a.byline, a.source) for a in arts] == [
        ("commentary", "让老街留住烟火气", ["江帆"], None)]
    assert arts[0].text.startswith("老街改造")


def test_a_stack_printed_after_its_body_stops_at_the_blank_line_above_a_signed_commentarys_headline():
    text = ("本报讯（记者 王一）11月8日，由乡贤捐资建设的某村\n"
            "“书香小院”正式开放，配置图书3200册。\n\n"
            "乡贤捐资建设的乡村图书室开放\n"
            "“书香小院”在某村开放\n\n"
            "让好山货走出大山\n\n"
            "□江 帆\n\n"
            "小小网店，连着田间地头和千家万户。好山货搭上\n"
            "直播快车，走进了全国各地消费者的厨房。\n")
    arts = stories(text)
    assert [(a.kind, a.lines[0][0], a.lines[-1][-1]) for a in arts] == [("news", 1, 5), ("commentary", 7, 12)]
    assert "让好山货走出大山" not in arts[0].headline + "".join(arts[0].subheadlines)
    assert (arts[1].headline, arts[1].byline) == ("让好山货走出大山", ["江帆"])


@pytest.mark.parametrize("foot", [
    ["扫码关注某某日报微信公众号", "某某日报社地址：某市某路1号 广告热线：0000-1234567"],
    ["新闻热线：0000-7654321", "扫码关注“某某融媒”"],
])
def test_a_qr_prompt_beside_an_advertisements_contact_line_is_a_piece_of_its_own(foot):
    kinds = furniture_lines([STORY.splitlines()[1]] + foot, [False, True, False])
    assert sorted(kinds.values()) == ["ad", "prompt"]
    arts = parse(STORY + "\n" + "\n".join(foot) + "\n")
    assert [a.lines for a in arts if a.kind == "furniture"] == [[[4, 4]], [[5, 5]]]


@pytest.mark.parametrize("numbers", [
    ["国内统一连续出版物号 CN 00-0456", "第12345期"],
    ["第６７８９号", "国内统一连续出版物号 ＣＮ ００－０４５６"],
])
def test_the_serial_and_issue_numbers_set_as_a_pair_under_the_masthead_are_a_piece_of_their_own(numbers):
    top = ["某原日报", "MOUYUAN DAILY", "中共某原市委机关报"] + numbers
    arts = parse("\n".join(top) + "\n\n" + STORY)
    assert [a.lines for a in arts if a.kind == "furniture"] == [[[1, 3]], [[4, 5]]]


def test_a_serial_number_alone_under_the_masthead_stays_in_the_masthead_piece():
    top = ["某原日报", "MOUYUAN DAILY", "某原日报社主办", "国内统一连续出版物号 CN 00-0456"]
    arts = parse("\n".join(top) + "\n\n" + STORY)
    assert [a.lines for a in arts if a.kind == "furniture"] == [[[1, 4]]]
