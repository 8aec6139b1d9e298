"""Inside (-raw) pages and reports of the sixteenth batch's segmentation classes, on invented
snippets (never an edition's lines)."""

from __future__ import annotations

from tests.snippets import page, raw, stories


# --- a wide line of prose after a comma, or whose sentence ends a line or two under it -------------

def test_a_wide_line_carrying_on_a_clause_left_open_on_a_comma_is_body_not_a_headline():
    text = raw("本报讯（记者 林 一）3月2日，记者",
               "从县农业农村局获悉，今年全县",
               "春播面积达到28.6万亩，同比",
               "增长3.1%。全县新建高标准农田",
               "12.5万亩，机耕率达到96%。",
               "县农业农村局有关负责人表示，",
               "下一步将加快高标准农田建设，力争全年",
               "粮食总产量突破40万吨。",
               "东部片区小麦长势良好",
               "新华社某某3月1日电（记者 王 二）某省",
               "东部片区冬小麦长势总体良好。")
    arts = stories(text)
    assert "下一步将加快高标准农田建设，力争全年粮食总产量突破40万吨。" in arts[0].text
    assert not any("下一步" in a.headline + a.kicker + "".join(a.subheadlines) for a in arts)


def test_two_wide_lines_with_commas_whose_sentence_ends_under_them_are_prose():
    text = raw("本报讯（记者 林 一）3月2日，记者",
               "从县农业农村局获悉，今年全县",
               "春播面积达到28.6万亩，同比",
               "增长3.1%。全县新建高标准农田",
               "12.5万亩，机耕率达到96%，",
               "比上年提高1.2个百分点；新增",
               "农机合作社15家，累计达到",
               "132家，服务面积超过60万亩。",
               "县农业农村局有关负责人预计，今年全县",
               "将保持稳中有进的良好态势，全年粮食",
               "总产量有望突破40万吨。",
               "东部片区小麦长势良好",
               "新华社某某3月1日电（记者",
               "王 二）某省东部片区冬小麦",
               "长势总体良好。")
    arts = stories(text)
    assert arts[0].text.endswith("全年粮食总产量有望突破40万吨。")
    assert not any("态势" in a.headline + a.kicker + "".join(a.subheadlines) for a in arts)


def test_a_wide_headline_with_a_comma_over_a_lead_stays_a_headline():
    text = raw("春播面积扩大，粮食生产开局良好的势头明显",
               "本报讯（记者 林 一）3月2日，记者从县",
               "农业农村局获悉，今年全县春播面积",
               "达到28.6万亩，同比增长3.1%。")
    arts = stories(text)
    assert len(arts) == 1
    assert arts[0].headline == "春播面积扩大，粮食生产开局良好的势头明显"


# --- a notice's sentence wrapped over wide lines and lists of items parted by semicolons -----------

def test_a_notice_listing_points_with_semicolons_is_one_notice_body():
    text = raw("本报讯 全县今年新建渔港码头2座，",
               "渔船安全检查实现全覆盖。",
               "某某海事局航行通告",
               "3月8日0800时至3月9日1800时，",
               "“某工3”轮将在某某港二期工程水域进行疏浚",
               "作业，作业区域由以下三点连线围成：（1）",
               "24°11′05″N，118°02′30″E；",
               "（2）24°11′05″N，",
               "118°03′10″E；（3）",
               "24°10′40″N，118°03′10″E。过往船舶",
               "请减速慢行。特此通告。",
               "某某海事局",
               "2025年3月5日")
    arts = stories(text)
    notice = next(a for a in arts if a.kind == "notice")
    assert notice.headline == "某某海事局航行通告"
    assert notice.text.startswith("3月8日0800时至3月9日1800时，")
    assert notice.text.endswith("2025年3月5日")
    assert len(arts) == 2


# --- a titled box listing its facts on ● lines ------------------------------------------------------

def test_the_bullet_facts_of_a_titled_box_are_its_text_not_a_stack_of_headlines():
    text = raw("本报讯（记者 周 一）5月8日，记者从县",
               "文旅局获悉，一季度全县接待游客",
               "86.5万人次，同比增长12.4%。",
               "【数说】",
               "一季度全县文旅一览",
               "●新增民宿 58家",
               "●乡村旅游点 126个",
               "●“夜游”活动参与人数",
               "  超9万人次",
               "某某山景区游客量创新高",
               "本报讯（记者 周 一）5月1日以来，某某",
               "山景区累计接待游客12.3万人次。")
    arts = stories(text)
    box = next(a for a in arts if a.kind == "box")
    assert box.headline == "一季度全县文旅一览"
    assert "新增民宿" in box.text and box.text.rstrip().endswith("超9万人次")
    assert "“夜游”活动参与人数超9万人次" in box.text.replace(" ", "")
    assert not any(a.headline.startswith("●") or a.kicker.startswith("●") for a in arts)
    assert [a.kind for a in arts].count("teaser") == 0


# --- a teaser's headline wrapped onto its pointer's line --------------------------------------------

def test_a_teaser_headline_wrapped_onto_the_line_of_its_pointer_is_one_teaser():
    text = raw("本报讯（记者 周 一）5月8日，记者从县",
               "商务局获悉，一季度全县外贸进出口",
               "总值12.6亿元，同比增长8.2%。",
               "某某综保区首单跨境电商保税备货",
               "出口业务落地  详见5版",
               "某某县自然资源局公告",
               "经研究，现将有关事项公告如下。特此公告。",
               "某某县自然资源局",
               "2025年5月6日")
    arts = stories(text)
    teasers = [a for a in arts if a.kind == "teaser"]
    assert len(teasers) == 1
    assert teasers[0].headline == "某某综保区首单跨境电商保税备货出口业务落地"
    assert teasers[0].continues_on == 5


# --- a table printed one cell a line inside a report --------------------------------------------------

def test_a_table_printed_one_cell_a_line_stays_in_its_report():
    text = page("某某县2024年林业发展统计公报",
                "某某县统计局",
                "一、营林生产",
                "全年完成造林面积3.2万亩，比上年增加\n0.4万亩；森林覆盖率达到63.5%。",
                "表1　2024年主要林产品产量及增长速度",
                "产品名称\n产量（万吨）\n比上年增长（%）\n木材\n12.6\n3.1\n　竹材\n8.4\n-1.2\n油茶籽\n2.35\n6.8",
                "二、林业产业",
                "全年林业总产值86.7亿元，比上年增长5.4%。")
    arts = stories(text)
    assert len(arts) == 1
    report = arts[0]
    assert "木材 12.6 3.1" in report.paragraphs
    assert "油茶籽 2.35 6.8" in report.paragraphs
    assert report.text.endswith("增长5.4%。")
    assert not any(a.kind == "teaser" for a in arts)


# --- an agency's bracketed photo credit at the end of a caption's line ---------------------------------

def test_a_caption_ending_on_an_agency_credit_in_brackets_is_a_caption_of_its_own():
    text = page("全县春播进度过半",
                "本报讯（记者 周 一）截至5月8日，全县已完成\n春播面积18.6万亩，占计划的56%。",
                "5月7日，某某镇农机手正在田间播种。      新华社发（王 二 摄）",
                "访谈",
                "今年粮食生产开局如何？",
                "——县农业农村局负责人答记者问",
                "问：今年春播有哪些新特点？",
                "答：机械化水平进一步提高，机播率达到92%。")
    arts = stories(text)
    caption = next(a for a in arts if a.kind == "caption")
    assert caption.byline == ["王二"]
    assert caption.text.endswith("正在田间播种。")
    assert not any("田间播种" in p for p in arts[0].paragraphs)


def test_a_question_over_a_dash_deck_is_the_headline_of_an_interview():
    text = page("全县春播进度过半",
                "本报讯（记者 周 一）截至5月8日，全县已完成\n春播面积18.6万亩，占计划的56%。",
                "访谈",
                "今年粮食生产开局如何？",
                "——县农业农村局负责人答记者问",
                "□本报记者 周 一",
                "问：今年春播有哪些新特点？",
                "答：机械化水平进一步提高，机播率达到92%。")
    arts = stories(text)
    interview = next(a for a in arts if a.text.startswith("问："))
    assert interview.headline == "今年粮食生产开局如何？"
    assert interview.subheadlines == ["——县农业农村局负责人答记者问"]
    assert "开局如何" not in arts[0].text


# --- the seventeenth batch's clarifications: an issuer's line, a document number ----------------------

NEWS = ("本报讯 全县今年新建村级文化广场12个，", "覆盖率达到九成。")


def test_an_issuer_on_its_own_line_above_an_about_title_is_the_kicker():
    text = raw(*NEWS, "某某市民政局", "关于调整高龄津贴发放标准的通告",
               "自2025年1月起，高龄津贴统一提高至每人每月", "150元。特此通告。", "某某市民政局", "2024年12月10日")
    notice = next(a for a in stories(text) if a.kind == "notice")
    assert notice.kicker == "某某市民政局"
    assert notice.headline == "关于调整高龄津贴发放标准的通告"


def test_an_issuer_opening_the_title_line_is_part_of_the_headline():
    text = raw(*NEWS, "某某市民政局关于调整高龄津贴", "发放标准的通告",
               "自2025年1月起，高龄津贴统一提高至每人每月", "150元。特此通告。", "某某市民政局", "2024年12月10日")
    notice = next(a for a in stories(text) if a.kind == "notice")
    assert notice.kicker == ""
    assert notice.headline == "某某市民政局关于调整高龄津贴发放标准的通告"


def test_a_document_number_under_the_title_is_neither_headline_subheadline_nor_body():
    text = page(NEWS[0] + NEWS[1], "某某市人民政府办公室", "关于印发某某行动方案的通知", "某府办发〔2025〕31号",
                "各区人民政府，市政府各部门：\n现将《某某行动方案》印发给你们，请认真贯彻执行。",
                "某某市人民政府办公室\n2025年3月1日")
    doc = next(a for a in stories(text) if a.kind == "document")
    assert doc.kicker == "某某市人民政府办公室"
    assert doc.headline == "关于印发某某行动方案的通知"
    assert doc.subheadlines == []
    assert "31号" not in doc.text
    assert any(p.role == "label" and "31号" in p.text for p in doc.parts)
