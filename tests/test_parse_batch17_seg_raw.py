"""Inside (-raw) pages and reports of the seventeenth batch's segmentation classes, on invented
snippets (never an edition's lines)."""

from __future__ import annotations

from tests.snippets import page, raw, stories


# --- a box's title line over a table's row of column names ----------------------------------------

def test_the_title_line_of_a_box_over_a_table_is_its_headline_and_the_table_its_text():
    text = page("本报讯（记者 柯 一）9月3日，记者从县统计局获悉，\n前8个月全县工业生产平稳，规上工业\n增加值同比增长6.2%。",
                "【图表】\n1—8月全县主要工业品产量\n产品 产量（万件） 增长（%）\n服装 12.4 3.6\n鞋帽 8.3 -2.1\n玩具 5.9 7.7",
                "责编：某某 美编：某某")
    arts = stories(text)
    box = next(a for a in arts if a.kind == "box")
    assert box.headline == "1—8月全县主要工业品产量"
    assert box.text.startswith("产品")
    assert "主要工业品" not in box.text


# --- a table's title and unit line over a row of long column names, inside a bulletin -------------

def test_a_titled_table_with_long_column_names_stays_in_its_bulletin():
    text = page("某某县2023年教育事业发展统计公报",
                "2023年，全县教育事业稳步发展，各项\n工作取得新进展。",
                "一、学前教育",
                "2023年末，全县共有幼儿园126所，比上年\n增加4所；在园幼儿2.36万人。",
                "表2 2023年末全县各级学校在校生人数\n单位：万人\n类 别 在校生人数 比上年增减数\n小学 6.42 0.18\n初中 3.05 -0.07\n高中 1.96 0.11",
                "2023年，全县各级学校共有专任教师\n8620人，比上年增加215人。",
                "二、义务教育",
                "2023年，全县义务教育巩固率为98.6%。")
    arts = stories(text)
    assert len(arts) == 1
    doc = arts[0]
    assert doc.headline == "某某县2023年教育事业发展统计公报"
    assert "二、义务教育" in doc.subheadlines
    assert "小学 6.42 0.18" in doc.text and doc.text.rstrip().endswith("98.6%。")


# --- a caption printed inside a sentence the story left open on a comma -----------------------------

def test_a_caption_inside_a_sentence_left_open_on_a_comma_does_not_take_the_sentence_start():
    text = raw("本报讯（记者 柯 一）6月3日，记者从县",
               "医保局获悉，上半年全县医保基金",
               "支出4.2亿元，同比增长5.1%。",
               "县医保局有关负责人介绍，目前，",
               "图为群众在县政务服务中心办理医保",
               "业务。 本报记者 某 某 摄",
               "全县医保电子凭证激活率达到86%，",
               "异地就医直接结算覆盖全部定点医院。",
               "上半年全县医保基金支出4.2亿元")
    arts = stories(text)
    assert [a.kind for a in arts] == ["news", "caption"]
    news, caption = arts
    assert "介绍，目前，全县医保电子凭证激活率达到86%" in news.text.replace("\n", "")
    assert news.headline == "上半年全县医保基金支出4.2亿元"
    assert caption.text.startswith("图为群众")


# --- a caption that shares its wording with a notice beside it -------------------------------------

def test_a_caption_is_never_linked_to_a_public_notice():
    text = raw("本报讯（记者 柯 一）6月3日，记者从县",
               "公积金中心获悉，上半年全县新增开户",
               "单位320家，线上业务办理率达到71%。",
               "图为市民在县住房公积金管理中心服务",
               "大厅办理住房公积金提取业务。 本报记者 某 某 摄",
               "某县住房公积金管理委员会",
               "关于调整住房公积金缴存基数的通告",
               "经县住房公积金管理委员会研究，县住房",
               "公积金管理中心服务大厅自7月1日起办理",
               "住房公积金缴存基数调整和提取业务。",
               "特此通告。",
               "某县住房公积金管理委员会",
               "2024年6月28日")
    arts = stories(text)
    caption = next(a for a in arts if a.kind == "caption")
    notice = next(a for a in arts if a.kind == "notice")
    # a notice is never a caption's host, and the news item beside it shares too little with the caption
    # (公积金, 业务) for a clear link: the caption stays unlinked on purpose, a note saying why
    assert notice.id and caption.linked_to is None
    assert any(n.startswith("not linked") for n in caption.notes)


# --- an issuer's line over a short notice title with no 关于 -----------------------------------------

def test_an_issuer_line_over_a_short_notice_title_is_its_kicker_and_one_notice():
    text = raw("某县燃气有限公司",
               "关于开展入户安全检查的公告",
               "为保障用气安全，我公司将于6月10日至",
               "20日开展入户安全检查，请用户予以配合。",
               "某县燃气有限公司",
               "2024年6月5日",
               "某县供电有限公司",
               "停电公告",
               "6月12日9:00至17:00，因线路检修，城北",
               "片区将暂停供电，预计影响用户约1500户。",
               "某县供电有限公司",
               "2024年6月6日")
    arts = stories(text)
    assert [a.kind for a in arts] == ["notice", "notice"]
    assert arts[1].kicker == "某县供电有限公司" and arts[1].headline == "停电公告"
    assert arts[1].text.startswith("6月12日")


# --- an issuer whose name holds brackets, over its notice's 关于 title ------------------------------

def test_an_issuer_with_a_bracketed_name_over_a_notice_title_is_its_kicker_as_any_issuer():
    text = page("本报讯（记者 柯 一）6月3日，记者从县\n公积金中心获悉，上半年全县新增开户\n单位320家。",
                "青川水务（集团）有限公司\n关于调整城区供水价格的公告",
                "为保障供水安全，经县发展改革局批复，\n自7月1日起，城区居民生活用水价格调整\n为每立方米3.2元。\n特此公告。",
                "青川水务（集团）有限公司\n2024年6月20日")
    notice = next(a for a in stories(text) if a.kind == "notice")
    assert (notice.kicker, notice.headline) == ("青川水务（集团）有限公司", "关于调整城区供水价格的公告")
