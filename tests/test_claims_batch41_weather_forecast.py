"""Batch 41, projection and period of weather forecasts. Invented sentences.

- 预报 'forecasts' (县气象台预报：…, 据预报) marks a forecast, as 预测 does (projection_markers.csv).
- The days ahead a forecast is for (今明两天, 未来三天) opening its sentence right after the forecast's source
  (据市气象台预报，今明两天…，气温…) give every clause of the sentence its period, as they do opening it.
Near miss: a past reading with no marker stays no forecast.
"""

from tests.snippets import one


def test_yubao_marks_a_forecast():
    c = one("区气象台预报：21日至23日全区最高气温34℃至36℃，请注意防暑。", "34℃至36℃")
    assert c.projection == "forecast"


def test_ju_yubao_marks_a_forecast():
    c = one("据预报，本周全市累计降雨量15至30毫米。", "15至30毫米")
    assert c.projection == "forecast"


def test_days_ahead_after_source_date_the_later_clause():
    c = one("据区气象台预报，今明两天全区多云到阴，气温22℃～30℃，午后局地有阵雨。", "22℃～30℃")
    assert (c.period, c.projection) == ("2024-07-20/2024-07-21", "forecast")


def test_three_days_ahead_after_source():
    c = one("据市气象台预测，未来三天全市以阴雨天气为主，过程雨量30至50毫米。", "30至50毫米")
    assert (c.period, c.projection) == ("2024-07-20/2024-07-22", "forecast")


def test_past_reading_is_no_forecast():
    c = one("19日，全区最高气温达35℃。", "35℃")
    assert c.projection is None
