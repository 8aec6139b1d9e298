"""Over-splitting probes on invented ``pdftotext -raw`` pages (no blank lines, headlines after bodies)."""

from __future__ import annotations

from datetime import date

from frontpage.parse.articles import coverage_problems, parse_articles
from frontpage.parse.reading import decode_edition

NUMBERED_LIST_PAGE = """7
民生
2024年3月5日 星期二
本报讯（记者 蒋一帆）3月4日，云溪市
民政局公布今年将办好的十件民生实事，
总投资约18.6亿元。
十件民生实事分别是：
1.新增普惠托位1200个
2.改造老旧小区86个
3.新建城市书房20个
4.新增公共停车泊位5000个
5.建设社区嵌入式养老服务站30个
6.为10万名老年人提供免费体检
7.新改建农村公路120公里
8.开展职业技能培训3万人次
9.新建口袋公园15个
10.完成2000户困难家庭适老化改造
市民政局有关负责人表示，各项实事将明
确责任单位和完成时限，
接受群众监督。
本报讯 3月3日晚，云溪市春季文化惠民
演出在人民广场举行，
吸引市民3000余人观看。
今年十件民生实事出炉
云溪举办春季文化惠民演出
"""


def _stories(text: str):
    ed = decode_edition(text.encode())
    articles = [a for a in parse_articles(ed, date(2024, 3, 5)) if a.kind != "furniture"]
    assert coverage_problems(ed, parse_articles(ed, date(2024, 3, 5))) == []
    return articles


def test_numbered_list_announced_by_a_colon_stays_in_its_story():
    """1.… ⏎ 2.… items under a line ending on a colon are the story's text, not a headline stack."""
    articles = _stories(NUMBERED_LIST_PAGE)
    assert len(articles) == 2
    first = articles[0]
    assert "十件民生实事分别是：1.新增普惠托位1200个" in first.text.replace("\n", "")
    assert "9.新建口袋公园15个" in first.text
    assert first.headline == "今年十件民生实事出炉"
    assert articles[1].headline == "云溪举办春季文化惠民演出"
