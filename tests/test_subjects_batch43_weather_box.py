"""Batch 43: a temperature under a weather box's label measures the air temperature (气温), whatever the label
prints besides: the place whose 天气 the box is (kept: 溪口天气 今天 小雨 → 溪口气温, as the dev gold does two
editions to one), its day, and its sky and wind (多云转小雨, 西北风3级); a sky alone after a second day (明天：阴)
is no subject either. Near misses: a temperature the label names (最高气温) and a noun that is not a sky stay."""

from datetime import date

import pytest

from tests.snippets import claims_of, page

DAY = date(2025, 11, 6)


def subjects(text: str) -> list[tuple[str, str]]:
    return [(c.quote, c.subject) for c in claims_of(text, DAY, lead="")]


@pytest.mark.parametrize("text, expected", [
    pytest.param(page("溪口天气 今天 小雨转阴\n8℃～15℃", "本期导读"), [("8℃～15℃", "溪口气温")],
                 id="label-line-above-with-place"),
    pytest.param(page("桐湾天气 今天 阴转多云 6℃～13℃ 空气质量 优", "本期导读"), [("6℃～13℃", "桐湾气温")],
                 id="one-line-with-place"),
    pytest.param(page("今日天气：阴转小雨\n9℃～14℃ 西北风3级", "本期导读"), [("9℃～14℃", "气温")],
                 id="wind-after-the-figure"),
    pytest.param(page("【今日天气】\n今天：多云\n4℃～11℃\n明天：阴\n2℃～9℃", "本期导读"),
                 [("4℃～11℃", "气温"), ("2℃～9℃", "气温")], id="sky-alone-after-a-second-day"),
])
def test_a_weather_box_measures_the_air_temperature(text, expected):
    assert subjects(text) == expected


def test_near_miss_a_temperature_the_label_names():
    found = subjects(page("今天 晴 最高气温\n21℃", "本期导读"))
    assert len(found) == 1 and found[0][1].endswith("最高气温")


def test_near_miss_a_noun_that_is_no_sky():
    text = "今年大棚内夜间温度保持在12℃以上。"
    assert [s for q, s in subjects(text) if q == "12℃以上"] != ["气温"]
