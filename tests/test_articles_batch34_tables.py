"""Batch 34: a titled document set in numbered sections (一、… 二、…) is not cut in two where a table is
printed in its text, or where a section's heading stands over a line the page's blank lines set apart.
Every snippet is invented; near misses must not change."""

from __future__ import annotations

from tests.snippets import page, stories

TOP = ("4", "专题")
TITLE = "关于某县2023年预算执行情况的报告"
FIRST = ("一、2023年预算执行情况",
         "2023年，全县一般公共预算收入完成12.46亿元，比上年增长\n5.2%。全县一般公共预算支出完成31.08亿元，比上年\n增长3.1%。主要支出项目完成情况见下表。")
TABLE = ("2023年主要民生支出完成情况", "单位：万元",
         "项目 决算数 比上年增长（%）\n教育支出 52410 4.6\n卫生健康支出 30218 2.1\n农林水支出 27305 -3.8")
SECOND = ("二、2024年预算安排",
          "2024年，全县一般公共预算收入预期增长5%左右，支出安排\n30.6亿元，优先保障基本民生和重点项目。")


def _documents(arts):
    return [a for a in arts if a.headline == TITLE]


def test_table_inside_a_document_stays_its_text():
    # the table's title, unit line and rows read as a stack over the next section: they are the
    # document's text, and the next section (二、…) is the document's own, no second document
    arts = stories(page(*TOP, TITLE, *FIRST, *TABLE, *SECOND))
    assert len(arts) == 1
    doc = arts[0]
    assert doc.headline == TITLE
    assert doc.subheadlines == ["一、2023年预算执行情况", "二、2024年预算安排"]
    assert "单位：万元" in doc.text and "教育支出" in doc.text
    assert doc.text.endswith("优先保障基本民生和重点项目。")


def test_section_heading_over_a_cut_line_goes_on_the_document():
    # a section heading over a line the column cut before its figure, a blank line under it
    # (…收入38 ⏎⏎ 412元，…): the heading is the document's next 小标题, the line its text
    cut = ("三、居民收入", "全年全县居民人均可支配收入38",
           "412元，比上年增长5.1%。其中城镇居民人均可支配收入\n46830元，增长4.6%。")
    arts = stories(page(*TOP, TITLE, *FIRST, *SECOND[:1], SECOND[1], *cut))
    assert len(arts) == 1
    assert arts[0].subheadlines[-1] == "三、居民收入"
    assert "全年全县居民人均可支配收入38" in arts[0].text


def test_story_with_its_own_lead_after_the_table_stays_apart():
    # near miss: under the table a story opens on its source line: a news item of its own
    news = ("二季度财政收入稳中有升", "本报讯（记者 林 溪）7月5日，记者从县财政局获悉，二季度全县\n一般公共预算收入完成3.4亿元，同比增长6.1%。")
    arts = stories(page(*TOP, TITLE, *FIRST, *TABLE, *news))
    assert any(a.text.startswith("7月5日，记者从县财政局获悉") for a in arts)
    assert all("7月5日，记者从县财政局获悉" not in a.text for a in _documents(arts))


def test_numbering_that_starts_over_is_another_document():
    # near miss: the sections under the table number from 一、 again: not the document's next section
    again = ("一、总体情况", "今年以来，全县围绕重点任务扎实推进各项工作，总体进展\n顺利，主要指标符合预期。")
    arts = stories(page(*TOP, TITLE, *FIRST, *TABLE, *again))
    assert all("今年以来，全县围绕重点任务" not in a.text for a in _documents(arts))


def test_sentences_over_the_next_section_are_no_table():
    # near miss: lines with sentence marks between the document and the next section are no table
    # (a stack of its own, a story's headline), so the rule does not take them
    stack = ("全县预算执行总体平稳，民生支出保障有力", "记者 林 溪")
    arts = stories(page(*TOP, TITLE, *FIRST, *stack, *SECOND))
    assert all("全县预算执行总体平稳" not in a.text for a in _documents(arts))
