"""A letter-spaced headline the column wrapped over two display lines, the second shorter (… 消 费 热 ⏎
力 持 续 攀 升), on a page without blank lines (each line its own unit, printed after the body or before it):
one headline joined without a space, as on a page with blank lines; equal-width display lines stay two decks."""

from tests.snippets import raw, stories

BODY = ("本报讯（记者 林 舟）记者从市文化广电和旅游局获悉，", "今年国庆假期全市共接待游客120万人次，同比增长8.2%。")


def _news(text):
    return next(a for a in stories(text) if a.kind == "news")


def test_wrapped_display_headline_after_the_body():
    a = _news(raw(*BODY, "国 庆 假 期 乡 村 旅 游 消 费 热", "力 持 续 攀 升", "——全市接待游客120万人次"))
    assert a.headline == "国庆假期乡村旅游消费热力持续攀升"
    assert a.subheadlines == ["——全市接待游客120万人次"]


def test_wrapped_display_headline_alone_after_the_body():
    a = _news(raw(*BODY, "国 庆 假 期 乡 村 旅 游 消 费 热", "力 持 续 攀 升"))
    assert a.headline == "国庆假期乡村旅游消费热力持续攀升" and a.subheadlines == []


def test_equal_display_decks_stay_two_phrases():
    a = _news(raw(*BODY, "乡 村 旅 游 持 续 升 温", "假 日 消 费 亮 点 纷 呈"))
    assert a.headline != "乡村旅游持续升温假日消费亮点纷呈"
    assert "假日消费亮点纷呈" in a.headline.split() + a.subheadlines
