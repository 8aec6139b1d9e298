"""Batch 35: a star set before a headline as an ornament (★全县十大民生实事全部完成（详见2版）): no word of the
headline (class: an ornament mark opening a teaser's or story's headline). Every snippet is invented; near
misses must not change."""

from __future__ import annotations

from tests.snippets import page, stories

LEAD = "本报讯 1月4日，全县新登记市场主体1260户，同比增长18.2%。"


def test_star_before_a_teaser_headline_is_dropped():
    arts = stories(page("全县新增市场主体1260户", LEAD, "★全县十大民生实事全部完成（详见2版）"))
    assert "全县十大民生实事全部完成" in [a.headline for a in arts if a.kind == "teaser"]


def test_star_inside_a_headline_stays():
    # near miss: a star inside the words (a hotel's rating) is no ornament
    arts = stories(page("全县新增三★级酒店2家", LEAD))
    assert arts[0].headline == "全县新增三★级酒店2家"
