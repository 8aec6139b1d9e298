"""Report pages of the fifteenth batch: second pass of segmentation classes, on invented snippets
(never an edition's lines)."""

from __future__ import annotations

from tests.snippets import page, parse, stories


def lines_of(article) -> list[int]:
    return sorted({s.line for p in article.parts for s in p.spans})


# --- an inside page's header: folio, paper name, date line, each its own item ---------------------

def test_the_paper_name_under_an_inside_page_folio_is_apart_from_the_date_line():
    text = ("9\n青石日报\n2025年6月3日 星期二\n文体·教育\n\n"
            "本报讯（记者 何 方）6月2日，全县中小学\n新建校舍投入使用。\n")
    arts = parse(text)
    furniture = [a for a in arts if a.kind == "furniture"]
    assert [lines_of(a) for a in furniture[:4]] == [[1], [2], [3], [4]]


# --- a teaser's pointer run on after its complete title --------------------------------------------

def test_a_pointer_run_on_after_a_wrapped_report_title_is_the_teaser_text():
    text = page("本报讯（记者 何 方）6月2日，全县中小学新建校舍\n投入使用，新增学位1200个。",
                "关于青石县2024年文化事业发展规划执行\n情况与2025年工作安排的报告（摘要）见5版",
                "责编：孔 亮  美编：唐 圆")
    teaser = next(a for a in stories(text) if a.kind == "teaser")
    assert teaser.headline.replace(" ", "").endswith("工作安排的报告（摘要）")
    assert teaser.text == "见5版"
    assert teaser.continues_on == 5


# --- a report's delivery line wrapped over two lines, its speaker set straight under it ----------

def test_a_wrapped_delivery_line_is_one_deck_and_the_speaker_under_it_the_byline():
    text = page("4\n青石日报\n2025年3月5日 星期三\n两会特刊",
                "关于青石县2024年文化事业发展规划\n执行情况的报告\n（摘要）\n"
                "——2025年3月2日在青石县第九届\n人民代表大会第四次会议上\n青石县财政局局长 何明远",
                "各位代表：\n受县人民政府委托，现将全县文化事业发\n展规划执行情况报告如下，请予审议，并\n请县政协委员提出意见。",
                "一、规划执行情况",
                "2024年，全县新建村级文化广场62个，覆\n盖率达到九成，全年举办文艺演出420场，\n"
                "比上年增加35场。县图书馆新增藏书3.2\n万册，接待读者18.6万人次。",
                "二、2025年工作安排",
                "2025年，全县计划新建文化广场20个，举\n办文艺演出450场以上，新增藏书3万册。")
    report = next(a for a in stories(text) if "报告" in a.headline)
    assert report.byline == ["何明远"]
    decks = [s.replace(" ", "") for s in report.subheadlines]
    assert "——2025年3月2日在青石县第九届人民代表大会第四次会议上" in decks


# --- numbered headings set straight on their text, no blank line between ---------------------------

def test_numbered_headings_set_straight_on_their_text_are_subheadlines():
    text = page("4\n青石日报\n2025年3月5日 星期三\n两会特刊",
                "关于青石县2024年文化事业发展规划\n执行情况的报告\n（摘要）",
                "各位代表：\n受县人民政府委托，现将全县文化事业发\n展规划执行情况报告如下，请予审议。",
                "一、规划执行情况",
                "（一）公共文化设施\n2024年，全县新建文化广场62个，\n覆盖率达到九成，县图书馆新增藏\n书3.2万册。",
                "（二）群众文化活动\n2024年，全年举办文艺演出420\n场，比上年增加35场，接待观众\n18.6万人次。")
    report = next(a for a in stories(text) if "报告" in a.headline)
    assert "（一）公共文化设施" in report.subheadlines
    assert "（二）群众文化活动" in report.subheadlines
    assert any(p.startswith("2024年，全县新建") for p in report.paragraphs)


def test_a_numbered_item_whose_next_line_opens_on_a_bracket_runs_on():
    text = page("4\n青石日报\n2025年3月5日 星期三\n体育·健康",
                "青石县半程马拉松4月开跑",
                "本报讯（记者 何 方）县体育局3月4日发布公告：\n一、本次比赛设半程马拉松\n（21.0975公里）和健康跑（5公里）两\n个项目，报名人数共8000人。")
    race = next(a for a in stories(text) if "马拉松" in a.headline)
    assert race.subheadlines == []


# --- an editor's note between a headline stack and the story's lead -------------------------------

def test_an_editor_note_under_a_stack_leaves_the_stack_to_the_lead_below_it():
    text = page("6\n青石日报\n文体·教育\n2025年6月3日 星期二",
                "青石县义务教育质量监测结果公布",
                "——全县学生体质健康达标率超过九成",
                "【编者按】\n义务教育是民生之基。本版今起推出系列\n报道，回顾三年来全县教育发展成就。",
                "本报讯（记者 何 方）6月2日，记者从县\n教育局获悉，全县学生体质健康达标率\n达到92.4%，比2022年提高3.1个百分点。",
                "县城新建停车场投入使用\n本报讯（记者 林 木）6月1日，县城新建\n的两座停车场投入使用，新增车位860个。")
    arts = stories(text)
    lead = next(a for a in arts if a.source == "本报讯" and "体质" in a.text)
    note = next(a for a in arts if a.kind == "box")
    assert lead.headline == "青石县义务教育质量监测结果公布"
    assert note.headline == ""
    assert note.linked_to == lead.id


# --- a series logo over a jump tail or an editor's note -------------------------------------------

def test_a_series_logo_over_a_jump_tail_is_furniture_not_the_tail_headline():
    text = page("6\n青石日报\n文体·教育\n2025年6月3日 星期二",
                "喜 看 新 变 化  共 话 新 发 展",
                "（上接1版）会议要求，各乡镇要对照清单\n抓好整改落实，确保各项任务按期完成。",
                "县城新建停车场投入使用\n本报讯（记者 林 木）6月1日，县城新建\n的两座停车场投入使用，新增车位860个。")
    arts = parse(text)
    tail = next(a for a in arts if a.continued_from == 1)
    assert tail.headline == ""
    logo = next(a for a in arts if "喜 看" in "".join(p.text for p in a.parts) or "喜看" in "".join(p.text for p in a.parts))
    assert logo.kind == "furniture"


def test_a_dotted_series_logo_over_an_editor_note_is_furniture():
    text = page("青石日报\n2025年6月3日 星期二",
                "喜 看 新 变 化 · 共 话 新 发 展",
                "【编者按】即日起，本报开设专栏，集中反映\n全县各地发展新面貌。敬请关注。",
                "全县乡村道路提档升级\n本报讯（记者 林 木）6月1日，记者从县\n交通局获悉，今年全县已改造乡村道路\n126公里，完成年度任务的六成。")
    arts = stories(text)
    assert not any("变化" in a.headline.replace(" ", "") for a in arts)


# --- a figures box printed inside a sentence ------------------------------------------------------

def test_a_figures_box_inside_a_sentence_keeps_its_last_label_and_the_sentence_goes_on():
    text = page("6\n青石日报\n文体·教育\n2025年6月3日 星期二",
                "青石县文旅市场持续升温",
                "本报讯（记者 何 方）6月2日，记者从县\n文化和旅游局获悉，今年以来全县文旅\n市场持续升温。",
                "今年前5个月，全县接待游客人次同比增\n长18.6%，旅游总收入",
                "【数说文旅】\n３２６万人次\n接待游客（1—5月）\n二十八个\n新建乡村旅游点\n１２家\n新评星级民宿",
                "达到42.3亿元，比上年同期增加6.5亿元；\n乡村旅游收入占比超过四成。")
    arts = stories(text)
    box = next(a for a in arts if a.kind == "box")
    assert box.text.endswith("新评星级民宿")
    main = next(a for a in arts if a.headline == "青石县文旅市场持续升温")
    assert "旅游总收入\n达到42.3亿元" in main.text or "旅游总收入达到42.3亿元" in main.text
    assert not any(a.kind == "teaser" for a in arts)


# --- a titled table set apart at a story's foot ---------------------------------------------------

def test_a_titled_table_of_year_columns_is_a_box_not_a_headline_stack():
    text = page("6\n青石日报\n文体·教育\n2025年6月3日 星期二",
                "青石县文旅市场持续升温",
                "本报讯（记者 何 方）6月2日，记者从县\n文化和旅游局获悉，今年以来全县文旅\n市场持续升温。",
                "主要文旅指标（部分）\n指标                 2022年    2024年    2026年目标\n"
                "接待游客（万人次）    512.6     648.3     800\n旅游总收入（亿元）    61.2      78.5      95",
                "县城新建停车场投入使用\n本报讯（记者 林 木）6月1日，县城新建\n的两座停车场投入使用，新增车位860个。")
    arts = stories(text)
    table = next(a for a in arts if a.headline == "主要文旅指标（部分）")
    assert table.kind == "box"
    assert table.text.split()[:4] == ["指标", "2022年", "2024年", "2026年目标"]
    assert not any(a.headline.startswith(("指标", "接待游客", "旅游总收入")) for a in arts)


# --- 小标题 inside a story with a lead, a caption printed between --------------------------------

REVIEW = ("6\n青石日报\n文体·教育\n2025年6月3日 星期二",
          "青石县文旅市场持续升温",
          "本报讯（记者 何 方）6月2日，记者从县\n文化和旅游局获悉，今年以来全县文旅\n市场持续升温。",
          "稳中有进态势明显",
          "今年前5个月，全县乡村旅游点接待游客\n186万人次，同比增长21.4%，乡村民宿\n入住率超过七成。",
          "5月31日拍摄的青石县云岭村民宿群。\n本报记者 林 木 摄",
          "着力补齐短板弱项",
          "县博物馆、图书馆前5个月共接待观众\n42.6万人次，比上年同期增长15.2%。")


def test_short_headings_between_the_sections_of_a_story_with_a_lead_are_its_subheadlines():
    arts = stories(page(*REVIEW))
    story = next(a for a in arts if a.headline == "青石县文旅市场持续升温")
    assert story.subheadlines == ["稳中有进态势明显", "着力补齐短板弱项"]
    assert story.text.endswith("比上年同期增长15.2%。")
    assert not any(a.kind == "teaser" for a in arts)


def test_a_column_heading_over_numbered_items_stays_out_of_the_story_above():
    text = page(*REVIEW[:3], "城事速递", "1.6月1日，县城新建的两座停车场投入\n使用，新增车位860个。",
                "2.6月2日，县图书馆延长开放时间至晚\n上9点。")
    story = next(a for a in stories(text) if a.headline == "青石县文旅市场持续升温")
    assert "城事速递" not in story.subheadlines
    assert "停车场" not in story.text


def test_a_section_taken_into_the_story_brings_its_jump_mark():
    """The section under a 小标题 joins the story above it, and the section's （下转N版） is then the story's."""
    arts = stories(page(*REVIEW, "（下转3版）"))
    story = next(a for a in arts if a.headline == "青石县文旅市场持续升温")
    assert story.subheadlines == ["稳中有进态势明显", "着力补齐短板弱项"]
    assert story.continues_on == 3

# --- a numbered section heading that ends as a document's title does ------------------------------

def test_the_next_numbered_heading_ending_on_opinions_is_a_section_not_a_new_document():
    text = ("5\n青石日报\n2025年6月3日 星期二\n关于青石县2024年度县级预算执行的审计工作报告\n"
            "青石县审计局局长 何明远\n"
            "一、预算执行审计情况\n2024年，县级一般公共预算收入完成12.6\n亿元，增长5.2%，支出完成31.8亿元。\n"
            "二、审计整改情况\n截至2025年5月底，上年度审计发现的问\n题已整改到位金额1.2亿元，整改率为\n91.3%。\n"
            "三、加强预算管理的意见\n（一）严格预算约束。年初预算代编比例\n原则上不超过10%。\n"
            "以上报告，请予审议。\n")
    arts = stories(text)
    report = next(a for a in arts if "审计工作报告" in a.headline)
    assert "三、加强预算管理的意见" in report.subheadlines
    assert report.text.endswith("以上报告，请予审议。")
    assert not any(a.headline == "三、加强预算管理的意见" for a in arts)
