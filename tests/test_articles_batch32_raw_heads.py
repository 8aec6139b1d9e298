"""Batch 32's headline classes on pages without blank lines (pdftotext -raw). Every snippet is invented;
near misses must not change."""

from __future__ import annotations

import pytest

from tests.snippets import raw, stories

HEADER = ("城乡建设", "2024年5月8日 星期三")
BEFORE = ("本报讯 近日，某县住建局组织开展城镇燃气安全专项检查，共", "排查餐饮场所326家，整改隐患41处，督促",
          "相关单位落实主体责任，切实守牢安全底线。", "燃气安全专项检查全面铺开")


def _briefs(*item: str):
    arts = stories(raw(*HEADER, *BEFORE, "住建快讯", *item,
                       "●老旧小区改造项目开工", "记者从县住建局获悉，今年全县计划改造老旧小区12个，",
                       "涉及居民2300余户，目前已有5个项目开工。"))
    return [a for a in arts if a.kind == "brief"]


@pytest.mark.parametrize("item, headline, first", [
    # a ● headline set in its larger type wraps short of the body column: one headline, its text under it
    (("●城西片区人才公寓", "开始接受申请", "本报讯 5月6日，城西片区首批人才公寓开始接受申请，", "共推出房源120套。"),
     "城西片区人才公寓开始接受申请", "5月6日，城西片区首批人才公寓"),
    (("●4月份住房公积金提取额", "同比增长5.6%", "4月份，全县住房公积金提取额1.26亿元，同比", "增长5.6%。"),
     "4月份住房公积金提取额同比增长5.6%", "4月份，全县住房公积金提取额"),
])
def test_bullet_headline_wrapped_over_two_lines(item, headline, first):
    brief = _briefs(*item)[0]
    assert (brief.headline, brief.subheadlines) == (headline, [])
    assert brief.text.startswith(first)


def test_wider_line_under_a_bullet_headline_is_not_its_wrap():
    # near miss: a line wider than the ● line is no wrap of it (a headline's second line is no wider)
    brief = _briefs("●公积金新政", "城西片区首批人才公寓今起开始接受申请",
                    "本报讯 5月6日，城西片区首批人才公寓开始接受申请，", "共推出房源120套。")[0]
    assert brief.headline == "公积金新政"


def test_one_line_bullet_headline_keeps_its_text():
    # near miss: a one-line ● headline over its text stays as it was
    briefs = _briefs("●二手房交易更便捷", "记者从县不动产登记中心获悉，今年以来，全县共办理",
                     "二手房交易登记业务860笔。")
    assert briefs[0].headline == "二手房交易更便捷" and briefs[0].text.startswith("记者从县不动产登记中心获悉")
    assert briefs[1].headline == "老旧小区改造项目开工"
