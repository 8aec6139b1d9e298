"""On a page without blank lines, the line under a commentary's label (短评 ⏎ 让“好数据”转化为“好感受”) is its title.

Class: a commentary set in a narrow column under its label (短评, 评论员文章, 社论) prints its title on the next
line and its text under that; with no blank lines the title line, which ends no clause, reads as the
text's first line and the commentary stays headless. The line under the label, with no clause mark, is
the title. Near miss: a label over its text's first line (a clause mark in it) keeps that line as text."""

from tests.snippets import raw, stories

ABOVE = ("本报讯 1—11月，全市规模以上工业增加值", "同比增长5.2%，增速比1—10月加快0.3", "个百分点。")
TEXT = ("数据是经济运行的“晴雨表”，", "更是民生冷暖的“温度计”。前", "11个月，全市民生支出占一般公", "共预算支出的比重保持在八成左",
        "右，发展才更有意义。（易", "帆）")


def test_the_line_under_a_commentary_label_is_its_title():
    found = stories(raw(*ABOVE, "短评", "让“好数据”转化为“好感受”", *TEXT))
    comment = [a for a in found if a.kind == "commentary"]
    assert [(a.kicker, a.headline) for a in comment] == [("短评", "让“好数据”转化为“好感受”")]
    assert comment[0].text.startswith("数据是经济运行的“晴雨表”")


def test_near_miss_a_sentence_under_the_label_stays_text():
    found = stories(raw(*ABOVE, "短评", *TEXT))
    assert all(not a.headline.startswith("数据是") for a in found)
    assert any("数据是经济运行的“晴雨表”，更是民生冷暖" in a.text for a in found)
