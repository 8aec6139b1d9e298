"""A story closed by its writers' credit on a line of its own (…前列。 ⏎ （融媒记者 某 某）), then a blank line
and the next story's headline: the credit closes the story (its byline); the line after the blank is the next
story's headline, not more of the first one's text run on across the blank."""

from tests.snippets import page, stories

BRIEF = "●夜间公交专线开通\n12月1日，青禾县首条夜间公交\n专线开通运营，每晚发车36班\n次，覆盖城区主要商圈。\n（融媒记者 林 舟）"
WIRE = "新华社钤州12月1日电（记者\n苏 禾）记者从钤州省交通运\n输厅获悉，全省今年新改建农\n村公路5200公里。"


def test_credit_line_closes_the_story_above_the_next_headline():
    arts = stories(page(BRIEF, "钤州农村公路建设提速", WIRE))
    first = next(a for a in arts if a.headline == "夜间公交专线开通")
    assert first.byline == ["林舟"] and "钤州" not in first.text
    assert any(a.headline == "钤州农村公路建设提速" for a in arts)


def test_plain_name_credit_closes_too():
    brief = BRIEF.replace("（融媒记者 林 舟）", "（林 舟）")
    arts = stories(page(brief, "钤州农村公路建设提速", WIRE))
    assert any(a.headline == "钤州农村公路建设提速" for a in arts)


def test_bracket_note_after_an_open_sentence_still_runs_on():
    text = page("本报讯 青禾县今年计划新建\n城乡供水管网86公里，其中\n（不含改造管网）", "新增入户管网12公里。")
    arts = stories(text)
    assert len(arts) == 1 and "新增入户管网12公里。" in arts[0].text
