"""On a page without blank lines, a photo's short title set in a narrow column as wide as its caption's lines
(某某湿地：候鸟翩跹越冬忙 ⏎ 12月2日，游客在…) is the caption's headline, not its text's first words; a
caption whose first line is a wrapped sentence keeps it as text."""

from tests.snippets import raw, stories

CAPTION = ("12月2日，游客在青禾湿地公园", "观赏越冬候鸟。入冬以来，公", "园迎来候鸟2.3万只。", "本报记者 林 舟 摄")
STORY = ("本报讯（记者 苏 禾）记者从市林业局获悉，今年全市新增湿地公园3处。",)


def _caption(text):
    return next(a for a in stories(text) if a.kind == "caption")


def test_narrow_title_over_a_dated_caption_is_its_headline():
    c = _caption(raw("青禾湿地：候鸟翩跹越冬忙", *CAPTION, *STORY))
    assert c.headline == "青禾湿地：候鸟翩跹越冬忙"
    assert c.text.startswith("12月2日，游客在")


def test_title_without_colon_too():
    c = _caption(raw("湿地候鸟越冬忙", *CAPTION, *STORY))
    assert c.headline == "湿地候鸟越冬忙"


def test_a_sentence_line_over_the_date_stays_text():
    c = _caption(raw("近日天气晴好，", *CAPTION, *STORY))
    assert c.headline == ""


def test_caption_without_a_day_opening_keeps_its_first_line():
    c = _caption(raw("青禾湿地公园里", "游客正在观赏越冬候鸟。入冬", "以来，公园迎来候鸟2.3万只。", "本报记者 林 舟 摄", *STORY))
    assert c.headline == ""
