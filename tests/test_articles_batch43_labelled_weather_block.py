"""A weather box set as a block of short lines under an unbracketed label and closed by the forecaster's line
(天气预报 ⏎ 今天 多云 ⏎ 气温…℃～…℃ ⏎ 明天 晴 ⏎ 气温…℃～…℃ ⏎ 某市气象台发布): a box, its label the kicker, not a
headline stack over the next story, which keeps its own headline. Near misses: a block of forecast lines with
no label (page furniture as before), and a story's headline that merely speaks of the weather."""

from tests.snippets import page, parse

STORY = ("全市春耕备耕有序推进",
         "本报讯（记者 林立）连日来，全市抢抓晴好天气开展春耕，\n已完成早稻育秧2.6万亩，占计划的八成以上。")
WEATHER = "天气预报\n今天 多云转晴\n气温12℃～21℃\n明天 晴\n气温13℃～23℃\n青杉市气象台发布"


def test_labelled_weather_block_is_a_box():
    arts = parse(page(WEATHER, *STORY))
    box = next(a for a in arts if a.kind == "box")
    assert box.kicker == "天气预报" and box.headline == "" and box.text.startswith("今天")
    news = [a for a in arts if a.kind == "news"]
    assert [(a.headline, a.kicker) for a in news] == [("全市春耕备耕有序推进", "")]


def test_unlabelled_forecast_block_stays_furniture():
    arts = parse(page("今天 多云转晴 12℃～21℃\n明天 晴 13℃～23℃", *STORY))
    assert [a.kind for a in arts if a.kind != "furniture"] == ["news"]


def test_weather_words_in_a_headline_stay_a_headline():
    arts = parse(page("晴好天气助力春耕", STORY[1]))
    assert [a.headline for a in arts if a.kind == "news"] == ["晴好天气助力春耕"]
