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
