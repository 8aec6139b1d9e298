"""Batch 40: a photo caption printed inside a column that cuts a paragraph mid-sentence (…托位数达到4.5个， ⏎⏎
2月25日，与会人员在… ⏎ 本报记者 某某 摄 ⏎⏎ 到2027年达到5个…): the paragraph above does not run on into the
caption, so the caption opens on its own day line and the paragraph (a document's （二） item) stays its text.
Every snippet is invented; near misses must not change."""

from __future__ import annotations

from tests.snippets import page, stories

TOP = ("5", "政务公开", "2025年3月6日 星期四")
TITLE = ("某省人民政府办公厅", "关于加快推进社区食堂建设的通知")
OPENING = "各市人民政府，省政府各部门：\n为方便群众就近用餐，经省政府同意，现就加快推进社区食堂\n建设有关事项通知如下。"
TASK1 = "一、重点任务\n\n（一）合理布局社区食堂。每个街道原则上建设\n社区食堂不少于2个，新建住宅小区按标准\n配建助餐服务用房。"
TASK2 = "（二）提升助餐服务水平。支持社区食堂为老\n年人提供助餐服务，到2025年全省助餐点\n达到3000个，"
CAPTION = "3月4日，居民在某市青柳社区食堂就餐。该\n食堂每天供应午餐600余份。\n本报记者 乔 禾 摄"
REST = "到2027年达到5000个。助餐服务价格原则\n上不高于周边同类餐饮价格的八成。"
TASK3 = "（三）加强资金保障。省级财政每年安排专项\n资金不少于1亿元。\n\n某省人民政府办公厅\n2025年3月3日"


def _arts():
    return stories(page(*TOP, *TITLE, OPENING, TASK1, TASK2, CAPTION, REST, TASK3))


def test_caption_opens_on_its_day_line():
    cap = next(a for a in _arts() if a.kind == "caption")
    assert cap.text.startswith("3月4日，居民在某市青柳社区食堂") and cap.byline == ["乔禾"]


def test_item_cut_by_the_caption_stays_in_the_document():
    arts = _arts()
    doc = next(a for a in arts if a.headline == "关于加快推进社区食堂建设的通知")
    assert "（二）提升助餐服务水平" in doc.text and "到2027年达到5000个" in doc.text
    assert not any(a.text.startswith("（二）") for a in arts)


def test_caption_broken_by_a_column_stays_one_caption():
    # near miss: the caption's own second half after a blank line opens mid-sentence and goes on its first
    broken = "3月4日，居民在某市青柳社区食堂排队就\n餐。该食堂由社区闲置用房改建，今年一\n\n季度累计供应午餐5.2万份。\n本报记者 乔 禾 摄"
    arts = stories(page(*TOP, "社区食堂暖民心", broken, "民生实事稳步推进", "本报讯 今年以来，某市新建社区食堂42个，\n惠及居民10万余人。"))
    cap = next(a for a in arts if a.kind == "caption")
    assert cap.text.startswith("3月4日，居民在某市青柳社区食堂") and "季度累计供应午餐" in cap.text
