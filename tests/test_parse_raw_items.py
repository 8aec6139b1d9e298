"""Inside pages, notices, boxes and furniture on invented snippets of each layout class (never an
edition's lines): a ● item whose headline and first words share a line, a notice headed by its
issuer's full name, a section name over the first story or set in spaced display type, a box of
figures and their labels, a headline printed after its body right above an advertisement."""

from __future__ import annotations

from frontpage.parse.furniture import furniture_lines
from tests.snippets import parse, raw, stories


# --- ● items: the headline, a space, the text's first words -------------------------------

def test_a_bullet_line_with_headline_and_a_date_cut_by_the_column_splits_at_the_space():
    text = raw("某县新闻速览",
               "●某镇新建公共厕所十座 3月2",
               "日，某镇新建的十座公共厕所全部",
               "投入使用，方便群众出行。",
               "●某村开办夜校 3",
               "月4日，某村夜校正式开课，首期",
               "学员四十余人。")
    arts = stories(text)
    assert [a.kind for a in arts] == ["brief", "brief"]
    assert [a.headline for a in arts] == ["某镇新建公共厕所十座", "某村开办夜校"]
    assert [a.text.replace("\n", "")[:6] for a in arts] == ["3月2日，某", "3月4日，某"]
    assert "\n" not in arts[0].text  # the first words and the rest are one paragraph


def test_a_bullet_line_with_a_clause_after_the_space_splits_too():
    text = raw("●某区举办读书节 近日，某区第三届",
               "读书节开幕，活动持续一个月。")
    (a,) = stories(text)
    assert (a.headline, a.text[:3]) == ("某区举办读书节", "近日，")


def test_a_bullet_headline_of_two_decks_is_not_split():
    text = raw("●某市地铁三号线开通 沿线站点增至二十个",
               "某市地铁三号线日前开通运营，沿线设",
               "站点二十个，全长二十五公里。")
    (a,) = stories(text)
    assert a.headline.replace(" ", "") == "某市地铁三号线开通沿线站点增至二十个"
    assert a.text.startswith("某市地铁三号线日前")


# --- notices headed by their issuer ---------------------------------------------------------

def test_a_court_notice_headed_by_the_courts_full_name_opens_a_notice_after_a_brief():
    text = raw("●某社区举办邻里节 5",
               "月6日，某社区举办邻里节，居民",
               "踊跃参与。",
               "某某市某某区人民法院公告",
               "张三、李四：本院受理原告某某公司",
               "诉你们借款合同纠纷一案，现依法",
               "向你们公告送达起诉状副本。",
               "某某市某某区人民法院",
               "二〇二〇年五月七日",
               "遗失声明",
               "某某商行遗失营业执照正本，声明作废。")
    arts = stories(text)
    assert [a.kind for a in arts] == ["brief", "notice", "notice"]
    court = arts[1]
    assert (court.headline, court.subheadlines) == ("某某市某某区人民法院公告", [])
    assert court.text.startswith("张三、李四：")
    assert court.text.endswith("二〇二〇年五月七日")
    assert "公告" not in arts[0].text and arts[0].subheadlines == []


def test_an_issuers_notice_title_is_no_furniture_and_a_sentence_about_a_notice_is_no_title():
    assert furniture_lines(["某某市某某区人民法院公告"], [False]) == {}
    text = raw("本报讯 某市法院日前发布公告，提醒",
               "当事人按时到庭。某区人民法院",
               "公告")
    assert [a.kind for a in stories(text)] != ["notice"]


# --- section names ---------------------------------------------------------------------------

def test_a_section_name_first_on_a_raw_page_above_a_lead_is_furniture():
    text = raw("区县新闻",
               "本报讯（记者 王一）3月5日，某区",
               "新开一条公交线路，方便市民出行。",
               "某区新开公交线路")
    arts = parse(text)
    assert [a.kind for a in arts] == ["furniture", "news"]
    assert arts[1].headline == "某区新开公交线路"


def test_a_short_headline_over_plain_text_is_not_taken_for_a_section_name():
    assert furniture_lines(["春耕正忙", "田间地头，农机轰鸣，一派繁忙景象。"], [False, False]) == {}


def test_a_section_name_in_spaced_display_type_under_the_date_line_is_furniture():
    texts = ["2021年3月5日 星期五", "特 别 报 道", "某省国民经济和社会发展规划纲要（摘要）"]
    assert furniture_lines(texts, [False, True, True]) == {0: "date", 1: "section"}


def test_a_spaced_headline_under_the_date_line_is_not_a_section_name():
    texts = ["2021年3月5日 星期五", "政 府 工 作 报 告", "（摘要）"]
    assert 1 not in furniture_lines(texts, [False, True, False])
    texts = ["2021年3月5日 星期五", "老 街 新 生", "焕 发 活 力"]  # a headline of two spaced lines
    assert 1 not in furniture_lines(texts, [False, True, False])


# --- a box of figures and their labels -------------------------------------------------------

def test_a_box_of_figures_and_labels_with_blank_lines_is_one_box_without_headline():
    text = "\n".join(["本报讯（记者 王一）某省上半年经济运行平稳，各项",
                      "指标好于预期，发展质量稳步提升。", "", "【数说半年】", "",
                      "12.5%", "规模以上工业增加值增长", "",
                      "3210.4亿元", "社会消费品零售总额", "",
                      "2.4万户", "新登记市场主体", "",
                      "图为某市一家企业的生产车间。", "本报记者 李二 摄"]) + "\n"
    arts = stories(text)
    assert [a.kind for a in arts] == ["news", "box", "caption"]
    box = arts[1]
    assert (box.kicker, box.headline, box.subheadlines) == ("数说半年", "", [])
    assert box.text.replace("\n", "").startswith("12.5%规模以上工业增加值增长")
    assert "新登记市场主体" in box.text


def test_a_box_of_figures_on_a_raw_page_takes_its_figures_and_labels():
    text = raw("【数说半年】", "12.5%", "规模以上工业增加值增长", "3210.4亿元", "社会消费品零售总额",
               "本报讯（记者 王一）某市上半年新开工项目一百个，",
               "完成投资八十亿元。",
               "某市上半年新开工项目一百个")
    arts = stories(text)
    assert [a.kind for a in arts] == ["box", "news"]
    assert arts[0].headline == "" and "社会消费品零售总额" in arts[0].text


def test_a_boxes_prose_is_not_a_figures_box_and_a_figure_after_it_is_no_body():
    text = "\n".join(["【链接】", "某镇陶瓷产业始于宋代，素有“窑火不熄”之说。", "",
                      "98.6%", "", "本报讯（记者 王一）某镇今年新建窑炉两座，产能提升一成。"]) + "\n"
    box = stories(text)[0]
    assert box.kind == "box" and "98.6%" not in box.text


# --- a headline printed after its body, right above an advertisement ---------------------------

def test_a_raw_headline_after_its_body_right_above_an_advertisement_stays_with_its_story():
    text = raw("新华社北京5月6日电 记者6日从某行业协会",
               "获悉，一季度全国陶瓷出口量同比增长",
               "约三成，出口额同比增长一成。",
               "一季度陶瓷出口量同比增长约三成",
               "某某家居博览城",
               "第五届家具采购节",
               "5月8日—10日 盛大开幕",
               "咨询热线：0000-1234 5678")
    arts = parse(text)
    assert [a.kind for a in arts] == ["wire", "furniture"]
    assert arts[0].headline == "一季度陶瓷出口量同比增长约三成"
    assert "某某家居博览城" in arts[1].parts[0].text


def test_an_advertisements_first_line_that_echoes_nothing_above_stays_in_the_advertisement():
    texts = ["本报讯 某市今年新建公园十座，市民休闲", "更加方便。", "某某家居博览城", "家具采购节盛大开幕",
             "咨询热线：0000-1234 5678"]
    kinds = furniture_lines(texts, [False] * len(texts))
    assert [kinds.get(k) for k in range(len(texts))] == [None, None, "ad", "ad", "ad"]


# --- a document under its own title, and its closing note ---------------------------------------

DOCUMENT_PAGE = "\n".join([
    "某省国民经济和社会发展规划纲要（摘要）", "",
    "第一章 发展基础", "",
    "过去五年，全省经济总量跨上新台阶，人民生活",
    "水平显著提高。", "",
    "（全文刊载于某省人民政府门户网站",
    "www.example.gov.cn）", "",
    "责任编辑：王 一 版式：李 二"]) + "\n"


def test_a_document_under_its_own_title_keeps_its_closing_note_in_brackets():
    arts = parse(DOCUMENT_PAGE)
    assert [a.kind for a in arts] == ["document", "furniture"]
    assert arts[0].headline == "某省国民经济和社会发展规划纲要（摘要）"
    assert arts[0].text.endswith("www.example.gov.cn）")


def test_a_report_about_a_document_with_its_source_line_is_news_not_the_document():
    text = "\n".join(["某市出台养老服务实施方案", "",
                      "本报讯（记者 王一）某市日前出台养老服务实施方案，",
                      "提出新建社区食堂五十家。"]) + "\n"
    (a,) = stories(text)
    assert a.kind == "news"


def test_a_short_bracket_after_a_story_is_not_taken_as_its_closing_note():
    text = "\n".join(["本报讯 某市新建公园三座，市民休闲更加方便。", "", "（王一）", "",
                      "某市新建公园三座"]) + "\n"
    (a,) = stories(text)
    assert "（王一）" not in a.text


def test_a_short_headline_first_on_a_page_with_blank_lines_is_no_section_name():
    texts = ["春耕正忙", "本报讯（记者 王一）3月5日，某县春耕全面展开。"]
    assert furniture_lines(texts, [False, True]) == {}
    texts = ["春耕正忙", "本报讯（记者 王一）3月5日，某县春耕正忙。"]  # raw, but the story restates it
    assert furniture_lines(texts, [False, False]) == {}


def test_a_documents_title_and_adoption_note_stand_above_its_text_and_a_caption_inside_it_does_not_cut_it():
    text = "\n".join([
        "某市养老服务体系建设实施方案",
        "（2021年1月5日市人民政府常务会议审议通过）", "",
        "为应对人口老龄化，加快构建养老服务体系，结合",
        "我市实际，制定本方案。", "",
        "一、发展目标", "",
        "到2025年全市养老床位达到两万张，护理型床位",
        "占比不低于一半。", "",
        "某街道养老服务中心内，护理员正在指导老人进行",
        "康复训练。",
        "本报记者 王 一 摄", "",
        "二、重点任务",
        "（一）推进适老化改造。", "",
        "每年改造困难老年人家庭不少于一千户。"]) + "\n"
    arts = stories(text)
    assert [a.kind for a in arts] == ["document", "caption"]
    doc = arts[0]
    assert doc.headline == "某市养老服务体系建设实施方案"
    assert doc.subheadlines[:3] == ["（2021年1月5日市人民政府常务会议审议通过）", "一、发展目标", "二、重点任务"]
    assert doc.text.startswith("为应对人口老龄化") and "每年改造困难老年人家庭" in doc.text


def test_a_numbered_heading_after_a_caption_under_a_story_without_headings_is_not_taken():
    text = "\n".join([
        "本报讯（记者 王一）某市今年新建养老床位两千张，",
        "护理型床位占比过半。", "",
        "某街道养老服务中心内，老人在做操。",
        "本报记者 李二 摄", "",
        "一、总则", "",
        "第一条 为规范某市物业管理，制定本条例。"]) + "\n"
    arts = stories(text)
    assert "总则" not in arts[0].subheadlines


# --- raw pages: a headline stack printed after its body, right above a box's label -------------

def test_a_raw_stack_after_its_body_right_above_a_box_label_is_the_storys_not_the_boxs():
    text = raw("□本报记者 王 一",
               "清晨，某镇的窑炉已经点火，工人",
               "们忙着装窑，一派繁忙景象。",
               "今年，某镇产品远销海外，订单",
               "排到了年底。",
               "走进“陶瓷之乡”某镇",
               "千年窑火映新颜",
               "——某镇陶瓷产业转型升级见闻",
               "【链接】",
               "某镇陶瓷产业始于宋代，素有“千年",
               "窑火”之说，近年加快转型升级，现",
               "有陶瓷企业五十余家。")
    arts = stories(text)
    assert [a.kind for a in arts] == ["news", "box"]
    feature, box = arts
    assert (feature.kicker, feature.headline, feature.subheadlines) == (
        "走进“陶瓷之乡”某镇", "千年窑火映新颜", ["——某镇陶瓷产业转型升级见闻"])
    assert (box.kicker, box.headline, box.subheadlines) == ("链接", "", [])


def test_a_brief_opening_on_the_day_it_reports_has_that_dateline_but_not_on_a_span_or_a_start_date():
    text = raw("●某镇新建公共厕所十座",
               "3月2日，某镇新建的十座公共厕所全部投入使用。",
               "●某馆延长开放时间",
               "3月5日起，某馆延长开放时间两小时。",
               "●某区举办读书节",
               "3月8日至10日，某区举办读书节。")
    arts = [a for a in parse_dated(text)]
    assert [a.dateline for a in arts] == ["2021-03-02", None, None]


def parse_dated(text: str):
    from datetime import date

    from frontpage.parse.articles import parse_articles
    from frontpage.parse.reading import decode_edition
    return [a for a in parse_articles(decode_edition(text.encode("utf-8")), date(2021, 3, 12)) if a.kind != "furniture"]


# --- headlines after their bodies, stories signed off by a closing credit ------------------

def test_a_dash_deck_after_a_headline_is_not_the_first_line_of_the_next_body():
    text = raw("今年以来，某镇新建温室大棚四十座，",
               "带动两百余户农户增收。（王 甲）",
               "某镇大棚种出致富果",
               "——某镇发展设施农业种植大棚见闻",
               "5月以来，某乡两万亩茶园陆续开采，",
               "茶农忙着采摘新茶，乡里组织车辆把",
               "鲜叶运往加工厂。（李 乙）",
               "某乡春茶开采")
    arts = stories(text)
    assert [a.headline for a in arts] == ["某镇大棚种出致富果", "某乡春茶开采"]
    assert arts[0].subheadlines == ["——某镇发展设施农业种植大棚见闻"]  # as wide as the column
    assert arts[1].text.startswith("5月以来，某乡")


def test_a_closing_credit_ends_a_story_and_a_weakly_echoing_headline_after_it_is_its_own():
    text = raw("6月以来，某乡三万亩杨梅陆续成熟",
               "上市，电商服务站里十几名快递员正",
               "忙着打包发货。全乡预计产值突破两",
               "亿元。（张 三）",
               "某乡杨梅“触网”卖出好价钱",
               "近日，某镇卫生院开展义诊活动，为",
               "老人免费体检，受到群众好评。",
               "义诊活动将持续一个月，覆盖全镇",
               "各个村庄。（李 四）",
               "某镇卫生院送医下乡")
    arts = stories(text)
    assert [a.headline for a in arts] == ["某乡杨梅“触网”卖出好价钱", "某镇卫生院送医下乡"]
    assert [a.kind for a in arts] == ["news", "news"]  # signed by its writer: the paper's own report, however short
    assert arts[1].text.startswith("近日，某镇卫生院")


def test_a_signed_story_without_a_headline_takes_the_stack_printed_after_the_next_item():
    text = raw("今年以来，某县以“美丽乡村”建设为",
               "抓手，新建村级公园二十个，改造农",
               "房三百余户。（赵 丙）",
               "近日，某市妇联启动农村妇女技能培",
               "训，全年计划培训两千人次。（钱 丁）",
               "某市妇联启动农村妇女技能培训",
               "某县“美丽乡村”扩面提质",
               "今年以来新建村级公园二十个",
               "责编：孙戊")
    arts = stories(text)
    assert len(arts) == 2
    assert (arts[0].kicker, arts[0].headline) == ("某县“美丽乡村”扩面提质", "今年以来新建村级公园二十个")
    assert arts[1].headline == "某市妇联启动农村妇女技能培训"
    assert arts[1].text.startswith("近日，某市妇联")


# --- a commentary under its column label, an advertisement after a signed story, notice signers ---

def test_a_commentary_column_label_over_its_headline_is_its_kicker_not_a_teaser():
    text = raw("某县举行法律服务进社区活动，现场",
               "解答群众咨询两百余人次。",
               "某县法律服务进社区",
               "民生时评",
               "让“家门口的服务”更有温度",
               "一张桌子、一名律师，法律服务就送",
               "到了家门口。让服务更有温度，关键",
               "是常态长效。（文 丙）")
    arts = stories(text)
    assert [a.headline for a in arts] == ["某县法律服务进社区", "让“家门口的服务”更有温度"]
    assert (arts[1].kind, arts[1].kicker, arts[1].byline) == ("commentary", "民生时评", ["文丙"])
    assert arts[1].text.startswith("一张桌子")


def test_an_advertisement_after_a_story_signed_by_its_credit_does_not_take_the_storys_last_lines():
    text = raw("某镇卫生院开展义诊活动，为老人免",
               "费体检，受到群众好评。义诊活动将",
               "持续一个月，覆盖全镇各个村庄，让",
               "群众少跑腿。（李 四）",
               "品质 服务 诚信",
               "某某装饰工程有限公司",
               "地址：某市某路66号",
               "电话：0000-12345678")
    arts = parse(text)
    story = next(a for a in arts if a.kind != "furniture")
    assert story.lines == [[1, 4]]
    assert story.text.endswith("让群众少跑腿。")
    assert [a.lines for a in arts if a.kind == "furniture"] == [[[5, 8]]]


def test_a_notice_signed_by_a_liquidation_group_over_its_date_keeps_both_lines():
    text = raw("注销公告",
               "某某商贸有限公司经股东会决议，拟",
               "申请注销登记，现已成立清算组。请",
               "债权人向清算组申报债权。联系电话：",
               "13900000000。",
               "某某商贸有限公司清算组",
               "2023年11月8日",
               "减资公告",
               "某某建材有限公司经股东会决议，注",
               "册资本由一千万元减至五百万元。",
               "某某建材有限公司",
               "2023年11月8日")
    arts = stories(text)
    assert [(a.kind, a.headline) for a in arts] == [("notice", "注销公告"), ("notice", "减资公告")]
    assert arts[0].lines == [[1, 7]] and arts[1].lines == [[8, 12]]


def test_the_issuers_and_release_date_under_a_communiques_title_are_no_subheadlines():
    text = raw("某市2022年国民经济和社会发展统计公报",
               "某市统计局 国家统计局某市调查队",
               "（2023年3月1日）",
               "一、综合",
               "初步核算，全年全市地区生产总值",
               "一千亿元，比上年增长百分之四。",
               "二、农业",
               "全年粮食总产量五十万吨，比上年",
               "增长百分之二。")
    (a,) = stories(text)
    assert a.headline == "某市2022年国民经济和社会发展统计公报"
    assert a.subheadlines == ["一、综合", "二、农业"]
    assert [p.text.replace(" ", "") for p in a.parts if p.role == "issuer"] == ["某市统计局国家统计局某市调查队", "（2023年3月1日）"]
    assert a.text.startswith("初步核算")


def test_a_caption_after_a_figures_box_is_not_glued_to_the_boxs_last_label():
    text = ("【数说上半年】\n\n2.5万户\n新登记经营主体，同比增长10.2%\n\n"
            "3.8万元\n全体居民人均可支配收入，增长5.1%\n\n"
            "图为某开发区一家电子企业的生产车间，\n工人们正在赶制订单。\n本报记者 赵 甲 摄\n")
    arts = stories(text)
    assert [a.kind for a in arts] == ["box", "caption"]
    assert arts[0].text.replace("\n", "").endswith("增长5.1%")
    assert arts[1].text.startswith("图为某开发区")


def test_a_tail_story_whose_first_line_ran_on_from_the_last_sentence_before_it_starts_at_that_line():
    text = raw("某区首批十家“共富工坊”挂牌",
               "本报讯（记者 王 甲）",
               "3月2日，某区第一批十家“共富工坊”",
               "在某镇集中挂牌运营，已吸纳周边农",
               "村劳动力近六百人，人均月增收两千",
               "元。据介绍，“共富工坊”由村集体提",
               "供场地，企业负责订单。",
               "到明年，全区力争建成“共富工坊”五",
               "十家以上，带动就业超过三千人以上。",  # runs to the column's edge: nothing ends the paragraph
               "走进某镇某村肉牛养殖专业合作社，",
               "一排排标准化牛舍整齐排列，饲养员",
               "正忙着给肉牛添加草料。",
               "一头牛带动一村发展养殖产业，合作",
               "社今年肉牛出栏一百八十头。（李 乙）",
               "一头牛“牛”起一村养殖产业",
               "——某镇某村发展肉牛养殖合作社见闻")
    arts = stories(text)
    assert [a.headline for a in arts] == ["某区首批十家“共富工坊”挂牌", "一头牛“牛”起一村养殖产业"]
    assert arts[0].lines == [[1, 9]] and arts[0].text.endswith("带动就业超过三千人以上。")
    assert arts[1].text.startswith("走进某镇某村")


# --- a notice's full title after an item's end, an advertisement's own mark --------------------

def test_a_long_notice_title_after_a_briefs_wrapped_credit_opens_a_notice_that_keeps_its_signature():
    text = raw("●某街道菜场完成改造",
               "某街道菜场改造日前完工，摊位由八",
               "十个增加到一百个。（王",
               "五）",
               "某某县城西汽车客运站临时迁址公告",
               "因站房改造，城西汽车客运站将于下月",
               "起临时迁至某某路新址营业。特此公告。",
               "某某县交通运输有限公司",
               "2023年9月1日")
    arts = stories(text)
    assert [(a.kind, a.headline) for a in arts] == [("brief", "某街道菜场完成改造"),
                                                    ("notice", "某某县城西汽车客运站临时迁址公告")]
    assert arts[0].text.endswith("一百个。") and "公告" not in arts[0].text
    assert arts[1].lines == [[5, 9]] and arts[1].text.endswith("2023年9月1日")


def test_a_notice_title_with_figures_after_another_notices_date_opens_the_next_notice():
    text = raw("遗失声明",
               "某某商行遗失营业执照正本，声明作废。",
               "某某商行",
               "2023年9月1日",
               "某某小学建校60周年校友返校启事",
               "今年10月，某某小学将迎来建校60周",
               "年，诚邀各届校友返校。",
               "某某小学",
               "2023年9月1日")
    arts = stories(text)
    assert [(a.kind, a.headline) for a in arts] == [("notice", "遗失声明"), ("notice", "某某小学建校60周年校友返校启事")]
    assert arts[1].text.startswith("今年10月") and arts[1].lines == [[5, 9]]


def test_a_sentence_ending_on_a_notice_word_after_a_story_is_no_notice_title():
    text = raw("某区召开安全生产会议，部署节前检",
               "查工作。（李 四）",
               "某区应急管理局日前在官网发布公告",
               "提醒市民节日期间注意用火用电安全。")
    assert "notice" not in [a.kind for a in stories(text)]


def test_an_advertisements_mark_under_it_belongs_to_the_advertisement():
    text = raw("某县新闻",
               "某镇卫生院开展义诊活动，为老人免",
               "费体检，受到群众好评。（李 四）",
               "某某家电 冬季焕新",
               "营业时间：9:00—21:00",
               "服务热线：0000-12345678",
               "广告",
               "责编：张三")
    arts = parse(text)
    assert all(a.headline != "广告" for a in arts)
    assert [a.kind for a in arts if 7 in [n for r in a.lines for n in range(r[0], r[1] + 1)]] == ["furniture"]


# --- a document's title wrapped over two lines, its signature on lines of their own ------------

def test_a_documents_title_wrapped_mid_word_is_one_headline_and_its_signature_closes_its_text():
    text = raw("某某县人民政府办公室关于印发《某某县农村",
               "供水保障三年行动方案》的通知",
               "各乡镇人民政府，县政府各部门：",
               "《某某县农村供水保障三年行动方案》已经县",
               "人民政府同意，现印发给你们，请认真执行。",
               "某某县人民政府办公室",
               "2023年5月6日",
               "某镇举办农民运动会",
               "本报讯 5月6日，某镇举办第三届农民运动",
               "会，全镇十二个村参赛。")
    arts = stories(text)
    assert [(a.kind, a.headline) for a in arts][0] == (
        "document", "某某县人民政府办公室关于印发《某某县农村供水保障三年行动方案》的通知")
    doc = arts[0]
    assert doc.kicker == "" and doc.subheadlines == [] and doc.lines == [[1, 7]]
    assert doc.text.endswith("某某县人民政府办公室\n2023年5月6日") or doc.text.endswith("2023年5月6日")
    assert [a.headline for a in arts[1:]] == ["某镇举办农民运动会"]


def test_a_notice_title_wrapped_mid_word_is_one_headline():
    text = raw("某某市考试院关于2024年某某资格考试报",
               "名的公告",
               "现将2024年某某资格考试报名有关事项公告",
               "如下：报名时间为3月1日至3月10日。特此公告。",
               "某某市考试院",
               "2024年2月20日")
    (a,) = stories(text)
    assert a.headline == "某某市考试院关于2024年某某资格考试报名的公告" and a.subheadlines == []
    assert a.text.endswith("2024年2月20日")


def test_a_headline_and_its_deck_are_not_joined_as_one_wrapped_title():
    text = raw("关于养老的三个问题",
               "某市出台新规完善居家养老服务的通知",
               "本报讯 某市近日出台新规，完善居家养",
               "老服务体系。")
    (a,) = stories(text)
    assert a.headline != "关于养老的三个问题某市出台新规完善居家养老服务的通知"


# --- a document set in numbered headings: stacked headings, the years under its title ----------

def test_stacked_numbered_headings_inside_a_document_go_on_with_it_and_the_years_join_its_title():
    text = raw("某某县乡村道路提升行动方案",
               "（2023—2025年）",
               "为改善农村出行条件，制定本方案。",
               "一、总体目标",
               "到2025年，全县新改建农村公路300公里。",
               "二、重点任务",
               "（一）加快道路建设",
               "每年新改建农村公路100公里，优先连通",
               "自然村。",
               "（二）强化养护管理",
               "县财政每年安排养护资金不低于500万元。")
    (a,) = stories(text)
    assert a.headline == "某某县乡村道路提升行动方案（2023—2025年）"
    assert a.subheadlines == ["一、总体目标", "二、重点任务", "（一）加快道路建设", "（二）强化养护管理"]
    assert a.text.endswith("不低于500万元。")


def test_a_numbered_headline_stack_after_a_story_without_numbered_headings_opens_a_new_story():
    text = raw("本报讯 某镇今年新建村级文化广场六",
               "个，群众文化生活更加丰富。",
               "一、某镇举办农民丰收节",
               "（一）十二个村参加展销",
               "某镇日前举办农民丰收节，十二个村的",
               "特色农产品参加展销。")
    arts = stories(text)
    assert all("一、某镇举办农民丰收节" not in a.subheadlines for a in arts)


def test_a_bullet_items_first_text_line_running_on_mid_clause_is_no_subheadline():
    text = raw("●某市图书馆推出“一卡通”服务",
               "某市图书馆近日整合借阅、预约、续借",
               "等环节，推出“一卡通”服务，读者平均办事",
               "时间缩短一半。（张 三）",
               "某某县城东汽车客运站临时迁址公告",
               "因站房改造，经县人民政府同意，城东汽车客运站将于",
               "下月起临时迁至某某路新址营业，原站址同时停止售票",
               "业务，新址设售票窗口六个。咨询电话：0000-",
               "12345678。特此公告。",
               "某某县交通运输有限公司",
               "2023年9月1日")
    arts = stories(text)
    brief = arts[0]
    assert (brief.kind, brief.headline, brief.subheadlines) == ("brief", "某市图书馆推出“一卡通”服务", [])
    assert brief.text.startswith("某市图书馆近日整合借阅、预约、续借等环节")


def test_a_bullet_items_deck_without_a_clause_after_it_stays_a_subheadline_candidate():
    text = raw("●某县开展冬季送温暖活动",
               "为困难群众送去棉衣棉被",
               "近日，某县开展冬季送温暖活动，为",
               "困难群众送去棉衣棉被两千余套。")
    (a,) = stories(text)
    assert not a.text.startswith("为困难群众送去棉衣棉被近日")


# --- a story printed headline first, then a feature printed body first -------------------------

def test_a_feature_run_on_from_the_last_paragraph_of_a_headline_first_story_starts_at_its_own_line():
    text = raw("某区新建社区食堂十二家",
               "本报讯（记者 张三）记者从某区民政局获",
               "悉，今年全区新建社区食堂十二家，日均",
               "服务老人三千余人次。食堂实行分档优惠，",
               "八十岁以上老人每餐补贴五元。",
               "清晨五点，青石村的豆腐坊已经亮起了灯。",
               "老李一边磨豆子，一边招呼早起的乡亲。",
               "老李做豆腐已有四十年，青石村的豆腐坊是",
               "他从父亲手里接过来的老手艺。",
               "守住一门老手艺",
               "如今，老李的豆腐坊每天卖出豆腐两百斤，",
               "青石村的乡亲都说老李的豆腐最地道。",
               "（本报记者 李四）",
               "青石村豆腐坊飘香四十年",
               "老李：守好老手艺的豆腐香")
    arts = stories(text)
    assert [a.headline for a in arts] == ["某区新建社区食堂十二家", "老李：守好老手艺的豆腐香"]
    canteen, tofu = arts
    assert canteen.text.endswith("每餐补贴五元。") and canteen.subheadlines == []
    assert tofu.text.startswith("清晨五点，青石村") and tofu.subheadlines == ["守住一门老手艺"]


# --- a small table inside a story on a raw page ------------------------------------------------

def test_a_small_table_inside_a_raw_story_is_its_text_and_its_cells_stay_apart():
    text = raw("本报讯 记者从某县农业农村局获悉，上",
               "周全县主要农产品价格总体平稳。",
               "上周主要农产品批发均价",
               "品名 均价 涨跌",
               "土豆 2.40元/公斤 -2.0%",
               "白萝卜 1.10元/公斤 持平",
               "该局负责人表示，随着冬季蔬菜大量上",
               "市，预计本月菜价将小幅回落。",
               "某县农产品价格总体平稳",
               "本报讯 某镇新建冷库一座，可储存果蔬",
               "五百吨。")
    arts = stories(text)
    price = arts[0]
    assert price.headline == "某县农产品价格总体平稳" and price.lines == [[1, 9]]
    assert "土豆 2.40元/公斤 -2.0%" in price.text and price.subheadlines == []


def test_a_headline_over_a_lead_with_a_spaced_byline_is_no_table_title():
    text = raw("某县新建村级图书室",
               "本报讯 某县今年新建村级图书室二十个，",
               "藏书十万余册。",
               "某镇集中发放助学金",
               "本报讯（通讯员 王五 记者 赵 六）9",
               "月1日，某镇集中发放助学金三十万元。")
    arts = stories(text)
    assert "某镇集中发放助学金" in [a.headline for a in arts]


def test_a_closing_credit_naming_roles_is_the_byline_and_a_long_note_in_brackets_is_not():
    text = raw("某县新建村级图书室",
               "本报讯 某县今年新建村级图书室二十个，",
               "藏书十万余册。“书就在家门口。”村民",
               "老王说。（本报记者 张三 通讯员 李",
               "四）")
    (a,) = stories(text)
    assert a.byline == ["张三", "李四"] and a.text.endswith("老王说。")
    text = raw("某县新建村级图书室",
               "本报讯 某县今年新建村级图书室二十个，",
               "藏书十万余册。（数据来源于县文化和旅游局）")
    (a,) = stories(text)
    assert a.byline == [] and a.text.endswith("旅游局）")


def test_a_notice_titled_with_its_issuer_and_set_in_numbered_items_is_a_notice_not_a_document():
    text = raw("某某市考试院关于2024年某某资格考试报名的公告",
               "现将有关事项公告如下：",
               "一、报名时间：3月1日至3月10日。",
               "二、报名方式：考生登录某某网站报名。",
               "特此公告。",
               "某某市考试院",
               "2024年2月20日")
    (a,) = stories(text)
    assert a.kind == "notice" and a.text.endswith("2024年2月20日")


def test_the_line_naming_a_figures_boxs_figures_is_its_headline():
    text = ("某县经济运行平稳\n\n本报讯 前三季度，某县经济运行总体平稳。\n\n"
            "【数说】\n前三季度全县主要指标\n5.6%\n地区生产总值增速\n12.4亿元\n一般公共预算收入\n")
    box = next(a for a in stories(text) if a.kind == "box")
    assert box.headline == "前三季度全县主要指标" and box.text.startswith("5.6%")


def test_a_box_opening_on_a_sentence_keeps_it_as_its_text():
    text = ("某县经济运行平稳\n\n本报讯 前三季度，某县经济运行总体平稳。\n\n"
            "【数说】\n前三季度，全县主要指标如下\n5.6%\n地区生产总值增速\n")
    box = next(a for a in stories(text) if a.kind == "box")
    assert box.headline == ""


def test_a_numbered_items_heading_on_its_own_line_in_a_numbered_document_is_a_subheadline():
    text = raw("某某县乡村道路提升行动方案",
               "为改善农村出行条件，制定本方案。",
               "一、重点任务",
               "1.加快道路建设。",
               "每年新改建农村公路100公里。",
               "2.强化养护管理。",
               "县财政每年安排养护资金500万元。")
    (a,) = stories(text)
    assert a.subheadlines == ["一、重点任务", "1.加快道路建设。", "2.强化养护管理。"]
    assert "加快道路建设" not in a.text


def test_a_numbered_sentence_in_a_story_without_numbered_headings_stays_text():
    text = raw("某县新建村级图书室",
               "本报讯 某县今年新建村级图书室二十个。",
               "1.藏书十万余册。",
               "每个图书室配备管理员一名。")
    (a,) = stories(text)
    assert a.subheadlines == [] and "1.藏书十万余册。" in a.text


# --- a web address inside a brief's sentence; a property advertisement's labelled lines ---------

def test_a_web_address_between_the_words_of_a_briefs_sentence_is_no_advertisement():
    text = raw("●某区开通网上办事大厅",
               "本月起，居民可通过手机客户端或",
               "登录www.example.cn办理社保",
               "业务，也可到窗口办理。",
               "●某镇建成口袋公园五处",
               "近日，某镇建成口袋公园五处，方便",
               "居民休闲。")
    arts = stories(text)
    assert [a.headline for a in arts] == ["某区开通网上办事大厅", "某镇建成口袋公园五处"]
    assert arts[0].text.replace("\n", "").endswith("也可到窗口办理。")


def test_a_phone_number_that_carries_a_briefs_sentence_on_from_the_line_above_is_no_advertisement():
    text = raw("●某区开通心理援助热线",
               "即日起，市民如有需要，可拨打",
               "0000-12345678咨询，也可到社区服务中心",
               "当面咨询，服务时间为每天8时至20时。",
               "●某镇建成口袋公园五处",
               "近日，某镇建成口袋公园五处。")
    arts = stories(text)
    assert [a.headline for a in arts] == ["某区开通心理援助热线", "某镇建成口袋公园五处"]
    assert "0000-12345678咨询" in arts[0].text.replace("\n", "")


def test_a_property_advertisements_developer_permit_and_disclaimer_lines_stay_in_the_advertisement():
    texts = ["某某有限公司", "2024年5月6日", "某某·湖畔里", "滨水洋房 认筹进行中",
             "营销中心：某某市某某路1号", "开发商：某某置业有限公司", "预售许可证号：某房预字第0001号",
             "本广告仅为要约邀请，最终以政府核准文件为准"]
    kinds = furniture_lines(texts, [False] * len(texts))
    assert [kinds.get(k) for k in range(2, len(texts))] == ["ad"] * 5 + ["disclaimer"]


# --- a kicker under a date line that names the section; a 【label】 box on a raw page; a run-on pointer ---

def test_a_kicker_under_a_date_line_that_already_names_the_section_is_no_section_name():
    texts = ["2024年5月6日 星期一 城事·民生 3", "春季义诊月启动", "全市百家医院进社区"]
    assert 1 not in furniture_lines(texts, [False] * 3)
    text = raw("2024年5月6日 星期一 城事·民生 3",
               "春季义诊月启动",
               "全市百家医院进社区",
               "本报讯（记者 某某）5月5日，全市春季义",
               "诊月启动，百家医院派出医生进社区。")
    (a,) = stories(text)
    assert (a.kicker, a.headline) == ("春季义诊月启动", "全市百家医院进社区")


def test_a_box_label_whose_words_run_on_into_the_next_line_opens_a_box_after_the_story():
    text = raw("本报讯（记者 某某）5月5日，某区开展燃",
               "气安全检查，排查隐患一百余处，整改",
               "率达到九成以上。",
               "【安全提示】使用燃气时请保持室内通风良",
               "好，发现燃气泄漏请立即关闭阀门，并",
               "拨打抢修电话。",
               "某区开展燃气安全检查")
    arts = stories(text)
    assert [a.kind for a in arts] == ["news", "box"]
    assert arts[1].kicker == "安全提示" and arts[1].headline == ""
    assert arts[1].text.replace("\n", "").startswith("使用燃气时请保持室内通风良好，")
    assert arts[0].text.replace("\n", "").endswith("率达到九成以上。")


def test_a_one_line_teaser_with_its_pointer_run_on_is_its_own_text_and_points_to_the_page():
    text = raw("本报讯（记者 某某）5月5日，某区开展燃",
               "气安全检查，排查隐患一百余处。",
               "某区开展燃气安全检查",
               "“某某十项惠民工程”进展详见6版",
               "遗失声明",
               "某某公司遗失公章一枚，声明作废。")
    teaser = next(a for a in stories(text) if a.kind == "teaser")
    assert teaser.text == "“某某十项惠民工程”进展详见6版"
    assert teaser.continues_on == 6


# --- a feature with no lead under a story, signed on a line of its own, its headline after it ---

FEATURE_UNDER_A_STORY = raw(
    "某县新建农村公路一百二十公里",
    "本报讯（记者 某某）5月5日，记者从某县",
    "交通运输局获悉，今年以来，某县新建",
    "农村公路一百二十公里，改造危桥十座。",
    "目前，全县农村公路总里程达到三千公",
    "里，通客车率达到百分之百。",
    "傍晚时分，茶园里的采茶工陆续收工。",
    "五十岁的老周把一天采下的鲜叶送到茶",
    "厂，过秤、记账，笑得合不拢嘴。",
    "近年来，某县推动茶旅融合发展，茶山",
    "村建成观光茶园八百亩，一片茶园带富",
    "了一村人，民宿也开了二十多家。",
    "如今的茶山村，白天看茶园，晚上住民",
    "宿，来的人越来越多。",
    "（本报记者 某某 通讯员 某某某）",
    "茶山村：一片茶园富了一村人",
    "——某县发展茶旅融合见闻",
    "责编：某某 美编：某某")


def test_a_feature_under_a_story_signed_on_a_line_of_its_own_is_a_story_of_its_own():
    arts = stories(FEATURE_UNDER_A_STORY)
    assert [a.headline for a in arts] == ["某县新建农村公路一百二十公里", "茶山村：一片茶园富了一村人"]
    assert arts[0].text.replace("\n", "").endswith("通客车率达到百分之百。")
    feature = arts[1]
    assert feature.text.startswith("傍晚时分，") and feature.text.endswith("来的人越来越多。")
    assert feature.byline == ["某某", "某某某"] and feature.source == "本报"


def test_the_first_numbered_heading_under_a_line_that_announces_it_is_a_heading_not_prose():
    text = raw("某县第一次农业普查主要数据公报",
               "某县统计局",
               "2024年5月6日",
               "根据有关规定，我县开展了第一次农业普",
               "查。现将主要数据公布如下：",
               "一、农业经营主体",
               "全县共有农业经营户八万户，比上次普",
               "查增加一千户。",
               "二、农业机械",
               "全县拖拉机保有量一万台，比上次普查",
               "增长一成。")
    (doc,) = stories(text)
    assert doc.subheadlines[:2] == ["一、农业经营主体", "二、农业机械"]
    assert doc.text.split("\n")[0].endswith("现将主要数据公布如下：")


def test_a_notice_ends_on_the_date_printed_under_its_issuer_even_before_a_headless_story():
    text = raw("停水公告",
               "因管网检修，5月8日8:00至18:00某路沿",
               "线停水，请用户提前储水。",
               "某某水务公司",
               "2024年5月6日",
               "5月5日，某区开展燃气安全检查，排查",
               "隐患一百余处，整改率达九成。",
               "某区开展燃气安全检查")
    notice, story = stories(text)
    assert notice.kind == "notice" and notice.lines == [[1, 5]]
    assert notice.text.replace("\n", "").endswith("某某水务公司2024年5月6日")
    assert story.headline == "某区开展燃气安全检查" and story.text.startswith("5月5日，")


# --- a feature's 小标题 in series on a raw page; a lone short first line stays prose ------------

FEATURE_WITH_HEADINGS = raw(
    "本报讯（记者 某某）某县近年",
    "来大力发展竹产业，全县竹林面",
    "积达到六十万亩。",
    "从“砍竹子”到“用竹子”",
    "过去，村民砍下竹子就卖，一根",
    "只能卖几块钱。如今，竹子被加",
    "工成竹地板、竹家具，价值翻了",
    "好几倍。",
    "从“一家干”到“大家干”",
    "村里成立竹业合作社，吸纳农户",
    "三百余户入社，带动户均增收八",
    "千元，还建起了电商直播间。",
    "某县竹产业走出增收新路")


def test_a_features_plain_headings_in_series_on_a_raw_page_are_its_subheadlines():
    """Two 小标题 two em short of a fourteen-em column, each after a sentence's end: a paragraph's
    first line may be that short (its indent), but a series of such lines are the feature's headings."""
    (a,) = stories(FEATURE_WITH_HEADINGS)
    assert a.headline == "某县竹产业走出增收新路"
    assert a.subheadlines == ["从“砍竹子”到“用竹子”", "从“一家干”到“大家干”"]
    assert a.text.split("\n")[1].startswith("过去，村民砍下竹子就卖")


def test_a_short_feature_signed_by_its_writers_on_a_line_of_its_own_is_news_not_a_brief():
    text = raw("本报讯（记者 某某）5月5日，记者从某县",
               "交通运输局获悉，今年以来，某县新建",
               "农村公路一百二十公里，改造危桥十座。",
               "某县新建农村公路一百二十公里",
               "傍晚时分，茶园里的采茶工陆续收工。",
               "近年来，某县推动茶旅融合发展，茶山",
               "村建成观光茶园八百亩，一片茶园带富",
               "了一村人，民宿也开了二十多家。",
               "（本报记者 某某 通讯员 某某某）",
               "茶山村：一片茶园富了一村人",
               "——某县发展茶旅融合见闻",
               "●某镇建成口袋公园五处",
               "近日，某镇建成口袋公园五处。")
    arts = stories(text)
    assert [(a.kind, a.headline) for a in arts] == [("news", "某县新建农村公路一百二十公里"),
                                                   ("news", "茶山村：一片茶园富了一村人"),
                                                   ("brief", "某镇建成口袋公园五处")]
    assert arts[1].byline == ["某某", "某某某"] and arts[1].text.endswith("民宿也开了二十多家。")


# --- a notice whose title names its issuer on the line above 关于… --------------------------

def test_a_notice_titled_by_its_issuer_over_an_about_line_is_one_notice_not_a_teaser_or_a_brief():
    blank = "\n".join(["某市人民政府", "关于某某的通告", "", "为加强管理，现通告如下：", "一、自即日起施行。", "",
                       "某市人民政府", "2024年5月6日"]) + "\n"
    (notice,) = stories(blank)
    assert (notice.kind, notice.kicker, notice.headline) == ("notice", "某市人民政府", "关于某某的通告")
    text = raw("某市公安局交通管理局",
               "关于某路段临时交通管制的通告",
               "因道路施工需要，5月8日至5月20日，",
               "某路段实施临时交通管制，请过往车",
               "辆提前绕行。特此通告。",
               "某市公安局交通管理局",
               "2024年5月6日",
               "遗失声明",
               "某某公司遗失公章一枚，声明作废。")
    first, second = stories(text)
    assert first.kind == "notice" and "关于某路段临时交通管制的通告" in first.kicker + first.headline
    assert first.lines == [[1, 7]] and first.text.startswith("因道路施工需要")
    assert (second.kind, second.headline) == ("notice", "遗失声明")


def test_a_documents_issuer_and_date_after_a_blank_line_close_the_document_not_a_teaser():
    text = "\n".join(["某市人民政府办公室", "关于印发某某措施的通知", "", "各区县人民政府：",
                      "现将某某措施印发给你们，请认真贯彻执行。", "", "某市人民政府办公室", "2024年5月6日"]) + "\n"
    (doc,) = stories(text)
    assert doc.kind == "document" and doc.lines[-1] == [7, 8]
    assert doc.text.replace("\n", "").endswith("某市人民政府办公室2024年5月6日")


# --- a statistics bulletin: one document under its own title, whatever its sections hold --------

def _bulletin(*section: str) -> str:
    return "\n".join(["某川县2023年国民经济", "", "和社会发展统计公报", "", "2023年，全县经济运行稳中向好，",
                      "各项事业取得新进展。", "", "一、综合", "", "全年全县地区生产总值412.6亿元，比上",
                      "年增长5.1%。", "", *section, "", "二、人口", "", "年末全县常住人口52.3万人，比上年末",
                      "减少0.2万人。", "", "某川县统计局", "2024年3月15日"]) + "\n"


def test_a_document_title_wrapped_before_a_conjunction_is_one_headline_not_a_kicker():
    (doc,) = stories(_bulletin("全年粮食产量21.6万吨，增长1.2%。"))
    assert (doc.kind, doc.kicker, doc.headline) == ("document", "", "某川县2023年国民经济和社会发展统计公报")


def test_a_numbered_heading_that_lists_its_topics_stays_a_heading_over_its_paragraph():
    (doc,) = stories(_bulletin("三、商贸、物流和会展", "", "全年社会消费品零售总额98.4亿元，", "增长4.6%。"))
    assert doc.subheadlines == ["一、综合", "三、商贸、物流和会展", "二、人口"]
    assert "三、商贸" not in doc.text


def test_a_table_flattened_into_lines_stays_in_the_bulletins_text_with_its_cells_apart():
    table = ("表1  2023年主要工业产品产量", "产品名称  单位  产量  比上年增长（%）", "水泥  万吨  86.4  2.1",
             "钢材  万吨  12.7  -3.5", "饮料  吨  5260  8.8")
    (doc,) = stories(_bulletin("全年规模以上工业增加值增长6.2%。", "", *table))
    assert (doc.lines[0][0], doc.lines[-1][1]) == (1, 27) and doc.subheadlines == ["一、综合", "二、人口"]
    assert "水泥 万吨 86.4 2.1" in doc.text


# --- a box of figure facts (【数说…】): the facts are its text, not headlines or teasers ----------

def test_figure_facts_each_a_label_over_its_amount_are_the_boxs_text_not_its_headline():
    text = "\n".join(["某县全年粮食产量再创新高，农民收入稳步增长。", "", "【数说2023】", "", "粮食总产量", "21.6万吨",
                      "增长1.2%", "", "城镇新增就业", "1.2万人", "", "农村居民人均可支配收入", "21860元", "",
                      "责编：王 一  美编：李 二"]) + "\n"
    box = next(a for a in stories(text) if a.kind == "box")
    assert (box.kicker, box.headline) == ("数说2023", "")
    assert box.text.replace("\n", "").startswith("粮食总产量21.6万吨增长1.2%")
    assert box.text.replace("\n", "").endswith("农村居民人均可支配收入21860元")


def test_figure_facts_one_a_line_fill_the_box_up_to_the_next_stories_headline():
    text = "\n".join(["【数说“十三五”】", "", "全县地区生产总值年均增长6.3%", "", "累计新建农村公路1200公里", "",
                      "新增城镇就业4.6万人", "", "乘势而上开新局", "", "□本报评论员", "",
                      "五年来，全县上下砥砺奋进，交出了一份亮眼的答卷。"]) + "\n"
    arts = stories(text)
    assert [a.kind for a in arts] == ["box", "commentary"]
    assert arts[0].headline == "" and arts[0].text.replace("\n", "").endswith("新增城镇就业4.6万人")
    assert arts[1].headline == "乘势而上开新局"


def test_figure_facts_on_a_page_without_blank_lines_end_at_the_next_label():
    text = raw("本报讯（记者 王一）上半年，某市经济运行",
               "稳中有升，主要指标好于预期。",
               "【数说·上半年】",
               "地区生产总值1862.4亿元",
               "同比增长6.1%",
               "社会消费品零售总额712.6亿元",
               "【名词解释】",
               "规上工业",
               "规上工业指年主营业务收入2000万元及以上的工业法人单位。")
    boxes = [a for a in stories(text) if a.kind == "box"]
    assert [(b.kicker, b.headline) for b in boxes] == [("数说·上半年", ""), ("名词解释", "规上工业")]
    assert boxes[0].text.replace("\n", "") == "地区生产总值1862.4亿元同比增长6.1%社会消费品零售总额712.6亿元"


# --- -raw pages: a feature's credit, its ■ 小标题, a box above it, a ● headline wrapped -------------

def test_a_closing_credit_with_roles_ends_the_story_and_the_caption_under_it_starts_clean():
    text = raw("本报讯（记者 王一）近日，某镇新建的文化广场",
               "正式启用，周边群众有了休闲好去处。",
               "“广场建好了，晚上跳舞有地方了。”村民",
               "李二说。",
               "（本报记者 欧阳明远 通讯员 司马晓东）",
               "5月2日，村民们在某镇新建的文化广场",
               "上跳广场舞。 本报记者 王 一 摄")
    story, caption = stories(text)
    assert story.lines[-1][1] == 5
    assert caption.kind == "caption" and caption.text.startswith("5月2日，村民")


def test_a_marked_section_heading_inside_a_box_opens_the_feature_under_the_box():
    text = raw("【安全提示】",
               "雷雨天气请勿在大树下避雨。",
               "清晨6点，某村的护林员老张已经出发巡山，",
               "沿着山路走了十多公里。",
               "■一条山路走了二十年",
               "老张今年五十八岁，守护这片山林已有二十",
               "年，走坏的胶鞋堆满了半间屋子。",
               "■新装备用上了",
               "今年，村里给护林员配上了无人机，巡山",
               "效率提高了不少。",
               "（本报记者 王 一）",
               "护林员的一天")
    box, feature = stories(text)
    assert box.kind == "box" and box.lines == [[1, 2]]
    assert feature.text.startswith("清晨6点") and feature.subheadlines == ["一条山路走了二十年", "新装备用上了"]
    assert feature.headline == "护林员的一天"


def test_a_bullet_headline_wrapped_by_the_column_is_one_headline_over_its_lead():
    text = raw("某县法治快讯",
               "●某县法院去年审结各类民商事案件共计",
               "3200件",
               "本报讯 日前，某县人民法院通报，去年全县",
               "法院审结各类民商事案件3200件。",
               "●某镇开展普法进村活动",
               "本报讯 5月6日，某镇开展普法进村活动，",
               "发放宣传资料两千余份。")
    arts = stories(text)
    assert [a.kind for a in arts] == ["brief", "brief"]
    assert arts[0].headline == "某县法院去年审结各类民商事案件共计3200件"
    assert arts[0].text.startswith("日前，某县人民法院")


def test_a_plain_paragraph_after_the_last_bullet_items_text_opens_the_next_story():
    text = raw("城乡快讯",
               "●某镇新建公交站台十二座",
               "本报讯 日前，某镇新建的十二座公交站台全",
               "部投入使用。",
               "●某村举办农民运动会",
               "本报讯 5月3日，某村举办首届农民运动会，",
               "三百余名村民参赛。",
               "记者从某县统计局获悉，一季度全县农村",
               "居民人均可支配收入增长6.2%，增速高于",
               "城镇居民1.1个百分点。",
               "（本报记者 欧阳明远 通讯员 司马晓东）",
               "一季度某县农民收入增长6.2%",
               "本报讯（记者 王一）5月6日，某县图书馆新馆开",
               "馆，藏书二十万册。")
    arts = stories(text)
    assert [a.kind for a in arts[:3]] == ["brief", "brief", "news"]
    assert arts[1].text.replace("\n", "").endswith("三百余名村民参赛。")
    assert arts[2].headline == "一季度某县农民收入增长6.2%" and arts[2].text.startswith("记者从某县统计局")


def test_an_advertisement_never_reaches_above_a_closing_credit_or_a_teasers_page_pointer():
    texts = ["让更多好产品走出大山、走向市场。", "（王 一）", "某县乡村旅游发展规划正式发布", "详见5版",
             "高山云雾 新茶上市", "某县某某茶叶合作社", "订购热线：0000-1234567"]
    found = furniture_lines(texts, [False] * len(texts))
    assert sorted(k for k, v in found.items() if v == "ad") == [4, 5, 6]
    arts = parse(raw(*texts))
    teaser = next(a for a in arts if a.kind == "teaser")
    assert (teaser.headline, teaser.continues_on) == ("某县乡村旅游发展规划正式发布", 5)


def test_the_unclaimed_last_line_of_a_stack_after_a_body_is_that_storys_not_a_teaser():
    text = raw("本报讯（记者 王一）连日来，某县各地抢修水",
               "利设施，确保汛期安全。记者从县水利局获悉，",
               "全县已完成水毁工程修复四十二处。",
               "抢修水利保安澜",
               "某县度汛准备基本就绪",
               "新华社某州5月6日电（记者 李二）第三届某州",
               "茶叶博览会6日开幕，吸引两百余家企业参展。",
               "某州茶叶博览会开幕")
    arts = stories(text)
    assert [a.kind for a in arts] == ["news", "wire"]
    assert (arts[0].kicker, arts[0].headline) == ("抢修水利保安澜", "某县度汛准备基本就绪")
    assert arts[1].headline == "某州茶叶博览会开幕"


def test_a_masthead_line_saying_who_publishes_the_paper_is_furniture():
    texts = ["某川日报", "中共某川市委机关报  某川日报社出版", "2025年3月5日 星期三"]
    assert furniture_lines(texts, [False, True, True]) == {0: "masthead", 1: "masthead", 2: "date"}


def test_a_table_with_unit_bracketed_column_names_stays_in_a_raw_bulletins_text():
    """On a page without blank lines each table line is a unit of its own: the title, a row of column
    names carrying their units in brackets (产量（万吨）), rows of figures are the bulletin's text."""
    text = raw("某川县2023年国民经济和社会发展统计公报", "某川县统计局", "（2024年3月15日）", "一、综合",
               "全年全县地区生产总值412.6亿元，按不变价格", "计算，比上年增长5.1%。其中，第一产业增加值",
               "41.2亿元，增长3.0%。", "二、农业", "全年粮食播种面积62.4万亩，比上年增加0.8万",
               "亩；粮食总产量21.6万吨，增长1.2%。其中，早", "稻、晚稻产量分别为8.1万吨和13.5万吨。",
               "表1 2023年主要农产品产量及增速", "产品名称 产量（万吨） 比上年增长（%）",
               "稻谷 12.4 1.5", "玉米 6.1 -0.8", "茶叶 0.92 7.3",
               "年末生猪存栏21.3万头，比上年末增长1.4%；", "全年生猪出栏35.2万头，下降0.6%。", "三、人口",
               "年末全县常住人口52.3万人，比上年末减少0.2万", "人。其中，城镇常住人口30.1万人。")
    (doc,) = stories(text)
    assert doc.kind == "document" and doc.lines == [[1, 21]]
    assert doc.subheadlines == ["一、综合", "二、农业", "三、人口"]
    assert "产品名称 产量（万吨） 比上年增长（%）" in doc.text and "玉米 6.1 -0.8" in doc.text


FEATURE_WITH_SECTION_HEADINGS = raw(
    "本报讯（记者 王一）5月6日，某县新建的三座", "污水处理厂全部投入运行，日处理能力", "达到两万吨。",
    "一座老桥的百年故事", "桥头石刻记下修桥始末",
    "在某镇东门村口，横跨着一座老桥，桥", "长约二十米，桥面的石板早已磨", "得发亮。",
    "村里的老人说，这座桥连着两岸几代", "人的往来。",
    "老桥有了新模样",
    "去年，镇里投入资金对老桥进行加固，", "桥边还建起了小广场。",
    "“老桥修好了，走着也安心。”村民", "张大爷说。", "（李 木）",
    "新华社某州5月6日电（记者 李二）第三届某州", "茶叶博览会6日开幕，吸引两百余家企业参展。",
    "某县污水处理能力翻番", "某州茶叶博览会开幕")
"""A -raw page: a lead whose headline is printed at the page's foot, then a feature printed under its
own stack, set in 小标题, signed by a credit on a line of its own, then a wire item."""


def test_a_weakly_echoing_line_between_a_claimed_headline_and_the_text_goes_with_the_headline():
    feature = stories(FEATURE_WITH_SECTION_HEADINGS)[1]
    assert feature.lines[0][0] == 4 and feature.headline == "一座老桥的百年故事"


def test_the_line_right_above_a_features_text_like_its_later_headings_is_its_first_heading():
    feature = stories(FEATURE_WITH_SECTION_HEADINGS)[1]
    assert (feature.kicker, feature.subheadlines) == ("", ["桥头石刻记下修桥始末", "老桥有了新模样"])


def test_a_closing_credit_on_a_line_of_its_own_signs_the_story_off():
    """（李 木） under the sentence that ends the text, on its own line: the story is the paper's own
    report (news, its writer the byline), however short and without a source line."""
    feature = stories(FEATURE_WITH_SECTION_HEADINGS)[1]
    assert (feature.kind, feature.byline) == ("news", ["李木"])


def test_a_run_of_headlines_at_the_foot_reaches_past_a_briefs_column_to_the_stories_above_it():
    """Headlines printed at the page's foot for stories above a briefs column: the ● items, printed
    under their own headlines, do not count among the stories the run can reach back to."""
    text = raw("本报讯（记者 王一）5月6日，某县自来水价格调整", "听证会举行，二十名听证参加人到会发表意见。",
               "本报讯（记者 赵三）5月6日，某县图书馆新馆开", "馆，新馆藏书二十万册，可容纳读者八百人。",
               "新华社某州5月6日电（记者 李二）第三届某州", "茶叶博览会6日开幕，吸引两百余家企业参展。",
               "区县快讯",
               "●某镇新建公共厕所十座", "某镇新建的十座公共厕所全部投入使用。",
               "●某村开办农民夜校", "某村农民夜校正式开课，首期学员四十余人。",
               "●某乡修通产业路", "某乡产业路全线贯通，全长八公里。",
               "某县自来水价格调整听证会举行", "某县图书馆新馆开馆", "某州茶叶博览会开幕")
    arts = stories(text)
    assert [a.headline for a in arts[:3]] == ["某县自来水价格调整听证会举行", "某县图书馆新馆开馆", "某州茶叶博览会开幕"]
    assert [a.kicker for a in arts[:3]] == ["", "", ""]
