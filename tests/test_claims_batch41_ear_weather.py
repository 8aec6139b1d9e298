"""The day's weather on a line of its own in the masthead's ear (under the date line, before any running
text) is the paper's forecast, read as a weather box is: its temperature range a claim, a forecast of the
day; a weather strip lower on the page, after the stories, stays furniture."""

from tests.snippets import claims_of

EAR = ("桐江日报\n中共桐江市委机关报\n\n2024年7月20日 星期六\n\n今日天气 晴转多云 25℃～33℃\n\n"
       "全市夏粮收购进度过半\n\n本报讯 截至7月19日，全市累计收购夏粮12.6万吨。\n")
LOW = ("桐江日报\n中共桐江市委机关报\n\n2024年7月20日 星期六\n\n"
       "全市夏粮收购进度过半\n\n本报讯 截至7月19日，全市累计收购夏粮12.6万吨。\n\n今日天气 晴转多云 25℃～33℃\n")


def _temps(text):
    return [c for c in claims_of(text, lead="") if c.unit == "°C"]


def test_weather_line_in_masthead_ear_is_a_forecast():
    temps = _temps(EAR)
    assert [(c.quote, c.low, c.high, c.projection, c.period) for c in temps] == \
        [("25℃～33℃", 25, 33, "forecast", "2024-07-20")]


def test_story_claims_unchanged_beside_ear_weather():
    assert "12.6万吨" in [c.quote for c in claims_of(EAR, lead="")]


def test_weather_strip_after_the_stories_stays_furniture():
    assert _temps(LOW) == []
