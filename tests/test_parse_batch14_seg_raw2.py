"""Inside pages and reports of the fourteenth batch's classes left after the first pass, on
invented snippets (never an edition's lines)."""

from __future__ import annotations

from tests.snippets import page, raw, stories


# --- a report that opens on a salutation (各位代表：) ---------------------------------------------

def test_a_salutation_opens_a_report_of_its_own_not_the_tail_of_the_story_above():
    text = page("（上接1版）会上还通报了全镇重点项目进展情况，\n部署了下一阶段防汛工作。",
                "各位委员：",
                "我受镇政协联络组委托，向大会报告工作，\n请予审议。",
                "一、过去一年的主要工作",
                "过去一年，全镇政协委员提交提案86件，\n办复率达到百分之百。",
                "政协联络组工作报告",
                "——在某镇第三次委员大会上")
    arts = stories(text)
    tail = next(a for a in arts if a.text.startswith("会上还通报了"))
    assert "各位委员" not in tail.text
    report = next(a for a in arts if a.text.startswith("各位委员："))
    assert "我受镇政协联络组委托" in report.text


def test_a_speaker_name_spaced_out_over_three_characters_is_one_name():
    text = page("各位代表：",
                "现在，我代表镇人民政府，向大会报告工作，\n请予审议。",
                "过去一年，全镇一般公共预算收入增长百分之五，\n民生支出占比超过七成。",
                "政 府 工 作 报 告",
                "——在某镇第二十届人民代表大会第四次会议上",
                "某镇人民政府镇长 柯 为 青")
    report = next(a for a in stories(text) if a.text.startswith("各位代表："))
    assert report.byline == ["柯为青"]


# --- a bulletin whose text opens the page on its first numbered heading, its title printed after ---

def _bulletin_titled_after() -> str:
    return page("农业·农村", "2024年6月3日 星期一",
                "一、夏粮收购有序推进",
                "5月末，全县累计收购小麦8.6万吨，\n同比增长１２．４％，收购进度快于上年。",
                "二、粮食价格保持稳定",
                "5月份，小麦收购均价每斤1.32元，\n与上月持平。",
                "某县粮食和物资储备局\n2024年6月1日",
                "2024年5月某县粮食购销情况\n小麦收购量同比增长12.4%",
                "本报讯（记者 周 五）6月2日，县里召开\n夏季农机调度会，部署“三夏”生产。",
                "某县部署“三夏”农机调度")


def test_a_numbered_heading_opening_the_page_is_a_section_heading_and_the_title_after_is_the_headline():
    arts = stories(_bulletin_titled_after())
    bulletin = next(a for a in arts if a.text.startswith("5月末"))
    assert bulletin.headline == "2024年5月某县粮食购销情况"
    assert "一、夏粮收购有序推进" in bulletin.subheadlines
    lead = next(a for a in arts if "夏季农机调度会" in a.text)
    assert lead.headline == "某县部署“三夏”农机调度"


def test_a_figures_deck_under_a_title_is_its_subheadline_when_the_text_sets_the_figure_full_width():
    arts = stories(_bulletin_titled_after())
    bulletin = next(a for a in arts if a.text.startswith("5月末"))
    assert bulletin.subheadlines[0] == "小麦收购量同比增长12.4%"


# --- a feature signed by the paper's staff in a closing credit is news -------------------------------

def test_a_feature_whose_closing_credit_names_the_paper_s_reporter_is_news():
    text = raw("6月上旬，南岭镇的荷塘里，莲农们划着", "小船采摘莲蓬，塘边收购点人来人往。",
               "莲子个大 价格稳", "“今年雨水匀，莲子颗粒饱满。”镇农技站",
               "站长郑七说，全镇荷塘面积2.2万亩。",
               "加工车间建到塘边", "镇里新建莲子加工车间6个，带动200多", "名村民就近就业。（本报记者 冯 八 通讯员 卫 九）",
               "荷塘里的好日子", "莲农忙采摘")
    feature = next(a for a in stories(text) if a.text.startswith("6月上旬"))
    assert feature.kind == "news"
    assert feature.source == "本报"


# --- a feature's first 小标题 echoing its opening paragraph, on a page whose headlines follow the text ---

def test_a_feature_s_first_section_heading_is_no_headline_of_its_opening_paragraph():
    text = raw("5月中旬，青石镇的蓝莓基地里，果农们", "忙着采摘蓝莓，蓝莓基地一片繁忙。",
               "蓝莓基地采摘忙", "“今年蓝莓挂果多，个头也大。”基地负责人", "韩十说，全镇蓝莓种植面积3000亩。",
               "冷链物流进村", "镇里新建冷库8座，蓝莓可以保鲜一个月，", "果农不再急着低价出手。",
               "本报讯（记者 钱 三）5月9日，全市农产品", "价格监测周报发布。本周蓝莓批发均价", "每公斤28元，环比上涨4.2%。",
               "小蓝莓长成大产业", "——青石镇蓝莓产业见闻", "蓝莓批发价环比上涨")
    arts = stories(text)
    feature = next(a for a in arts if a.text.startswith("5月中旬"))
    assert feature.headline == "小蓝莓长成大产业"
    assert feature.subheadlines == ["——青石镇蓝莓产业见闻", "蓝莓基地采摘忙", "冷链物流进村"]
    assert "果农不再急着低价出手" in feature.text
    assert feature.kind != "brief"  # set in 小标题: no brief, however short
    assert not [a for a in arts if a.headline == "蓝莓基地采摘忙"]
