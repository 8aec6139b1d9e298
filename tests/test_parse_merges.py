"""Story merges and a box inside a sentence, on invented snippets (never an edition's lines): a section
merged into the story before it brings its jump mark, credits, notes and links along; a paragraph after
a box does not go on a notice that ended on its signature date."""

from __future__ import annotations

from frontpage.parse.articles import _absorb, _Story
from tests.snippets import stories


def blank(*lines: str) -> str:
    """A page whose units are set apart by blank lines ("" is a blank line)."""
    return "\n".join(lines) + "\n"


# --- a merge carries the merged section's fields ------------------------------------------------------

def test_a_feature_whose_last_section_ends_on_a_jump_mark_keeps_it_after_the_merge():
    feature, last = _Story(kind="news", byline=["钱 七"]), _Story(kind="unknown", continues_on=2, signed_off=True)
    last.notes.append("a section under a 小标题")
    last.doubts.append("section guessed")
    pointer = _Story(kind="teaser", link_to=last)
    tail = [feature, last, pointer]
    _absorb(feature, last, tail)
    assert feature.continues_on == 2 and feature.signed_off and feature.byline == ["钱 七"]
    assert feature.notes == ["a section under a 小标题"] and feature.doubts == ["section guessed"]
    assert tail == [feature, pointer] and pointer.link_to is feature


def test_a_merge_keeps_the_storys_own_jump_mark_when_the_section_has_none():
    feature, section = _Story(kind="news", continues_on=3), _Story(kind="unknown", source="新华社")
    tail = [feature, section]
    _absorb(feature, section, tail)
    assert feature.continues_on == 3 and feature.source == "新华社" and tail == [feature]


# --- a paragraph after a box, under a notice that ended on its signature -------------------------------

def test_a_paragraph_after_a_box_does_not_go_on_a_notice_ended_on_its_signature_date():
    page = blank("关于做好汛期防灾工作的通知", "",
                 "各乡镇人民政府，县直各有关单位：", "入汛以来，我县降雨偏多，各地要压实", "防汛责任，做好巡查值守。", "",
                 "某某县人民政府", "2024年5月6日", "",
                 "【链接】", "汛期是指江河水位季节性上涨的时期。", "",
                 "5月以来，全县累计降雨量达到286毫米，", "较常年同期偏多三成。")
    arts = stories(page)
    notice = next(a for a in arts if "压实" in a.text)
    assert "累计降雨量" not in notice.text
    assert any("累计降雨量" in a.text for a in arts if a is not notice)
