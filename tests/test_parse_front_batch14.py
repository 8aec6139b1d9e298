"""Front-page structures of the fourteenth batch, each on a small invented snippet: leads that name
a county newsroom (某区融媒体中心讯) or the paper's reporter with 报道 (本报记者 王 五 报道) as the source."""

from __future__ import annotations

from tests.snippets import stories

NEWSROOM_AND_REPORTED_LEADS = """某镇新建公园开放

本报记者 王 五 报道 5月8日，记者从某镇获悉，镇区新建口袋
公园6处，已全部向市民开放。

某河湿地观鸟季启幕

某县融媒体中心讯（融媒体记者 李 四 通讯员 赵 六）5月8日，某
河湿地观鸟季启幕，预计吸引游客2万人次。
"""


def test_a_county_newsroom_and_a_reporter_with_baodao_open_leads_like_benbaoxun():
    park, birds = stories(NEWSROOM_AND_REPORTED_LEADS)
    assert (park.source, park.byline, park.text[:4]) == ("本报", ["王五"], "5月8日")
    assert (birds.source, birds.byline, birds.text[:4]) == ("某县融媒体中心讯", ["李四", "赵六"], "5月8日")
    assert park.headline == "某镇新建公园开放" and birds.headline == "某河湿地观鸟季启幕"


DIAMOND_AND_CHEVRON_TEASERS = """今日看点

◆02版 某市春季重点项目集中开工
◆03版 某港新开两条外贸航线

本报讯（记者 王 五）3月9日，某市重大项目集中开工，总
投资86.2亿元。

导 读

>>> 2版
某县秋收秋种全面铺开

>>> 3版
某港吞吐量再创新高

本报讯（记者 李 四）3月9日，某县新建口袋公园6处，已全部
向市民开放。
"""


def test_a_diamond_or_chevrons_before_a_teasers_page_point_like_an_arrow():
    arts = stories(DIAMOND_AND_CHEVRON_TEASERS)
    teasers = [(a.headline, a.continues_on, a.text) for a in arts if a.kind == "teaser"]
    assert teasers == [("某市春季重点项目集中开工", 2, "02版"), ("某港新开两条外贸航线", 3, "03版"),
                       ("某县秋收秋种全面铺开", 2, "2版"), ("某港吞吐量再创新高", 3, "3版")]
    assert [a.kind for a in arts if a.kind != "teaser"] == ["news", "news"]


TABLE_ONE_CELL_A_LINE = """本报讯（记者 王 五）5月8日，记者从某县统计局获悉，前四个月全县
经济运行平稳，主要指标好于预期。

【数说前四月】

项目
金额（亿元）
增长（%）

工业产值
86.4
9.2

外贸进出口
—
12.7

财政收入
15.3
-2.1

某镇新建口袋公园6处

本报讯 近日，某镇新建口袋公园6处，已全部向市民开放。
"""


def test_a_table_printed_one_cell_a_line_under_a_box_label_stays_the_boxs_text():
    arts = stories(TABLE_ONE_CELL_A_LINE)
    box = next(a for a in arts if a.kind == "box")
    assert (box.kicker, box.headline) == ("数说前四月", "")
    assert box.text.startswith("项目金额（亿元）增长（%）") and box.text.endswith("财政收入15.3-2.1")
    assert [a.headline for a in arts if a.kind != "box"] == ["", "某镇新建口袋公园6处"]


JUMP_TEXT_ON_THE_MARKS_LINE = """（上接1版）截至目前，全县已新建高标准农田累计8.6万
亩，带动农户增收1.2亿元，全县受益群众超过3万人次以上。

高标准农田建设提速

小山村茶园“长”出大产业

本报讯 走进某某村，漫
山的茶园郁郁葱葱，采
茶工正忙着采摘今年的
夏茶。今年，全村茶园
面积达到3200亩，带动
村民增收860万元，茶
叶品牌越来越响亮，订
单已经排到了年底。
"""


def test_text_after_a_continued_from_mark_on_its_line_is_the_jump_storys_text():
    jump, *_, tea = stories(JUMP_TEXT_ON_THE_MARKS_LINE)
    assert (jump.continued_from, jump.headline) == (1, "高标准农田建设提速")
    assert jump.text.startswith("截至目前，全县已新建高标准农田累计8.6万亩")
    assert tea.text.startswith("走进某某村")


SERIES_TAG_AND_TWO_LINE_BYLINE = """某镇口袋公园开放

本报讯 5月8日，某镇新建口袋公园6处，已全部向市民开放。

乡村振兴在行动

小山村茶园“长”出大产业

 □融媒体记者 王 五
  通讯员 李 四

走进某某村，漫山
的茶园郁郁葱葱，
采茶工正忙着采摘
今年的夏茶。

今年，全村茶园面
积达到3200亩，带
动村民增收860万元。
"""


def test_a_series_tag_and_a_byline_block_of_two_lines_head_the_story_below():
    park, tea = stories(SERIES_TAG_AND_TWO_LINE_BYLINE)
    assert (tea.kicker, tea.headline) == ("乡村振兴在行动", "小山村茶园“长”出大产业")
    assert (tea.source, tea.byline) == ("本报", ["王五", "李四"])
    assert tea.text.startswith("走进某某村") and park.text.startswith("5月8日")


MARKED_ITEMS_WRAPPED_UNDER_A_COLUMN_HEADING = """新华社北京5月8日电 记者从有关部门获悉，今年前4个月，全国快递业务
量同比增长19.2%。

全国快递业务量较快增长

乡镇简讯

■某镇便民服务中心
新址启用

本报讯 5月7日，某镇便民服
务中心新址启用，可办理事
项126项。

■某县城乡公交实现一体化

5月6日，某县新开通城乡公
交线路8条。
"""


def test_marked_items_wrapped_over_two_lines_under_a_column_heading_are_its_briefs():
    wire, *briefs = stories(MARKED_ITEMS_WRAPPED_UNDER_A_COLUMN_HEADING)
    assert wire.headline == "全国快递业务量较快增长"
    assert [(b.kind, b.kicker, b.headline) for b in briefs] == [
        ("brief", "乡镇简讯", "某镇便民服务中心新址启用"), ("brief", "乡镇简讯", "某县城乡公交实现一体化")]
