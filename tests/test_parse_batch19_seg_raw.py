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
