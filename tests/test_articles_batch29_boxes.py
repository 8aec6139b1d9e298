"""Batch 29's box classes on invented pages: a labelled weather box whose forecast lines set their words
apart with spaces (【天气预报】 ⏎ 今天 晴 气温…), which the furniture pass reads as a weather box, over a
teaser run (今日导读). Near misses must not change."""

from __future__ import annotations

from tests.snippets import page, parse, stories

MASTHEAD = "青禾晚报\n2024年1月9日 星期二"
TEASERS = "今日导读\n全市供暖投诉同比下降三成\n详见3版\n\n中小学寒假安全提示发布\n详见5版"


def test_spaced_forecast_under_its_label_is_the_label_s_box():
    arts = stories(page(MASTHEAD, "【天气预报】\n今天 多云 气温-4℃～5℃\n明天 小雪 气温-6℃～2℃", TEASERS))
    box = next(a for a in arts if a.kind == "box")
    assert (box.kicker, box.headline) == ("天气预报", "")
    assert box.text.replace("\n", "") == "今天 多云 气温-4℃～5℃明天 小雪 气温-6℃～2℃"
    teaser = next(a for a in arts if a.kind == "teaser")
    assert (teaser.kicker, teaser.headline) == ("今日导读", "全市供暖投诉同比下降三成")


def test_spaced_forecast_without_a_label_stays_furniture():
    # near miss: no label above it: the forecast lines are page furniture, as before
    arts = parse(page(MASTHEAD, "今天 多云 气温-4℃～5℃\n明天 小雪 气温-6℃～2℃", TEASERS))
    assert not any(a.kind == "box" for a in arts)
    assert any(a.kind == "furniture" and "气温-4℃～5℃" in "".join(p.text for p in a.parts) for a in arts)
