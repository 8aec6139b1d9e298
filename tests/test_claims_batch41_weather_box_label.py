"""Batch 41, period and projection of a weather box. Invented pages.

A weather box's label line naming the place's weather, then its day (某地天气 今天 晴转多云 ⏎ 25℃～33℃), dates
the temperatures under it as a forecast of that day, as 今日天气： does. Near miss: 今日天气： keeps its day.
"""

from tests.snippets import claims_of

HEAD = "桐江日报\n中共桐江市委机关报\n\n2024年7月20日 星期六\n第12345期\n\n"
STORY = "\n\n全市夏粮收购进度过半\n\n本报讯 截至7月19日，全市累计收购夏粮12.6万吨。\n"


def _temps(label: str, figures: str):
    return [(c.quote, c.period, c.projection) for c in claims_of(HEAD + label + "\n" + figures + STORY, lead="")
            if c.unit == "°C"]


def test_place_weather_then_today():
    assert _temps("桐江天气 今天 晴转多云", "25℃～33℃") == [("25℃～33℃", "2024-07-20", "forecast")]


def test_place_weather_then_tomorrow():
    assert _temps("桐江天气 明天 小雨", "23℃～28℃") == [("23℃～28℃", "2024-07-21", "forecast")]


def test_today_weather_label_unchanged():
    assert _temps("今日天气：多云转阵雨", "24℃～31℃") == [("24℃～31℃", "2024-07-20", "forecast")]
