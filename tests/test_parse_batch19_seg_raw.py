"""Inside (-raw) pages and reports of the nineteenth batch's segmentation classes, on invented
snippets (never an edition's lines)."""

from __future__ import annotations

from tests.snippets import page, raw, stories


# --- a table's title printed on the line right over its row of column names --------------------------

def test_a_table_title_joined_to_its_column_names_stays_in_a_bulletins_text():
    """A bulletin set with blank lines prints a table inside a section: its title (表1 …) and its row
    of column names on two lines with no blank between, then its rows. The table is the bulletin's
    text, not a headline stack that would cut the bulletin in two."""
    text = page("某川县2024年文化旅游事业发展统计公报\n（摘要）",
                "2024年，全县文化旅游系统坚持以人民为中心，\n文旅融合发展不断深入。",
                "一、文化设施",
                "2024年末，全县共有公共图书馆3个，文化馆\n4个，乡镇综合文化站21个。",
                "二、旅游接待",
                "2024年，全县共接待游客1286.4万人次，同比\n增长8.2%；旅游总收入96.7亿元。",
                "表1 2024年全县旅游接待情况\n项目类别 人数（万人次） 比上年增长（%）\n"
                "国内游客 1270.2 8.1\n入境游客 16.2 12.5",
                "三、文物保护",
                "2024年末，全县共有各级文物保护单位62处，\n比上年末增加3处。")
    (doc,) = stories(text)
    assert doc.kind == "document"
    assert doc.subheadlines == ["一、文化设施", "二、旅游接待", "三、文物保护"]
    assert "国内游客 1270.2 8.1" in doc.text and doc.text.endswith("比上年末增加3处。")


# --- an editor's note set between a title and the text under it ----------------------------------

def test_an_editors_note_between_a_reports_title_and_its_text_leaves_the_text_and_title_together():
    text = page("某川县“十四五”文化事业规划\n实施情况报告（摘要）",
                "【编者按】\n日前，县人大常委会听取了县政府关于\n规划实施情况的报告。本版今日刊发\n报告摘要，敬请关注。",
                "规划实施以来，全县文化事业稳步发展，\n各项指标总体符合预期。",
                "一、总体进展",
                "截至2023年底，全县建成乡镇综合文化站\n21个，村级文化服务中心312个。",
                "二、下一步工作",
                "到2025年，全县力争建成城市书房30个。")
    doc, note = stories(text)
    assert doc.kind == "document" and doc.headline == "某川县“十四五”文化事业规划实施情况报告（摘要）"
    assert doc.text.startswith("规划实施以来") and doc.subheadlines == ["一、总体进展", "二、下一步工作"]
    assert note.kind == "box" and note.kicker == "编者按" and note.text.endswith("敬请关注。")
    assert note.linked_to == doc.id


# --- a commentary's label over a teaser's headline ----------------------------------------------

def test_a_commentary_label_over_a_teasers_headline_is_its_kicker():
    text = page("本报讯（记者 柯 一）3月2日，某县召开全县经济工作会议，\n部署今年重点任务。",
                "本报评论员文章\n稳字当头 干字为先\n详见2版",
                "责编：某某 美编：某某")
    teaser = stories(text)[-1]
    assert teaser.kind == "teaser" and teaser.kicker == "本报评论员文章" and teaser.headline == "稳字当头 干字为先"
    assert teaser.continues_on == 2


# --- a labelled box whose text opens on its table's column names ---------------------------------

def test_a_boxs_table_opening_on_its_column_names_has_no_title_line():
    text = page("本报讯（记者 柯 一）10月20日，记者从县统计局获悉，前三季度全县\n经济运行总体平稳。",
                "【数读前三季度】\n项目 总额（亿元） 增长（%）\n县域生产总值 312.6 5.1\n农业增加值 41.2 3.0\n"
                "工业增加值 128.4 6.2",
                "责编：某某 美编：某某")
    box = next(a for a in stories(text) if a.kind == "box")
    assert box.headline == "" and box.text.startswith("项目")


# --- an editor's note of two paragraphs, or under a plain news title ------------------------------

def test_an_editors_note_of_two_paragraphs_keeps_its_second_and_the_title_heads_the_text():
    """Class: editor's note between a title and its text. A paragraph after a blank line that says what
    only a note says (本版今日刊发…，敬请读者关注) is more of the note; the paragraph after it opens the report."""
    text = page("某川县“十四五”文化事业规划\n实施情况报告（摘要）",
                "【编者按】\n日前，县人大常委会听取了县政府关于\n规划实施情况的报告。",
                "本版今日刊发报告摘要，敬请读者关注。",
                "规划实施以来，全县文化事业稳步发展，\n各项指标总体符合预期。",
                "一、总体进展",
                "截至2023年底，全县建成乡镇综合文化站\n21个，村级文化服务中心312个。")
    doc, note = stories(text)
    assert doc.headline == "某川县“十四五”文化事业规划实施情况报告（摘要）" and doc.text.startswith("规划实施以来")
    assert note.kicker == "编者按" and note.text.endswith("敬请读者关注。") and note.linked_to == doc.id


def test_an_editors_note_under_a_plain_news_title_leaves_the_title_to_the_story_under_it():
    """Class: editor's note between a title and its text, on a news story: the title right over the note
    is the story's headline whether or not its words recur in the story's first paragraph."""
    text = page("老街巷里的新生活",
                "【编者按】\n老城更新是民生工程。本报今起推出系列报道，敬请关注。",
                "清晨六点，巷口的早点铺已经开张，\n街坊们端着碗坐在门口聊天。",
                "改造后的老街，路面平整了，管线入地了。")
    story, note = stories(text)
    assert story.headline == "老街巷里的新生活" and story.text.startswith("清晨六点")
    assert note.kicker == "编者按" and note.linked_to == story.id


# --- a photo's caption set wider than the story's column on a raw page ----------------------------

def test_a_caption_set_wider_than_the_column_is_one_caption_not_a_headline_over_a_line():
    # class: on a page without blank lines, a caption set across columns wraps at its own wider measure;
    # its first line (a day, a comma) is no headline and its second no line of the story's text
    text = raw("6",
               "本报讯（记者柯一）本月八日，记者",
               "从县农业农村局获悉，全县春播进",
               "度已经过半。今年全县计划种植早",
               "稻十二万亩，比上年增加四千亩，",
               "目前已完成育秧七万多亩。",
               "4月6日，某镇种粮大户李某（左）在育秧工厂",
               "查看新育秧苗长势。今年他承包耕地三百二十",
               "亩，全部采用工厂化育秧。",
               "本报记者 柯 一 摄",
               "某县春播进度过半",
               "责编：某某 美编：某某")
    arts = stories(text)
    (caption,) = [a for a in arts if a.kind == "caption"]
    assert caption.text.startswith("4月6日，") and caption.text.endswith("采用工厂化育秧。")
    (news,) = [a for a in arts if a.kind == "news"]
    assert news.text.endswith("目前已完成育秧七万多亩。") and not news.subheadlines
