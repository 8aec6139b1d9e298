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
