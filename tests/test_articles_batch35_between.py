"""Batch 35: on a page without blank lines, a headless story's stack printed after its text and a photo
(某某会议召开 ⏎ 全县上下严阵以待迎主汛), right over the next story's own headline: a line between the line the
story above takes and the line the story under takes, echoing the story above more, is that story's too,
not a teaser with no pointer between two stacks (class: a stack after a caption split into headline and
teaser). Every snippet is invented; near misses must not change."""

from __future__ import annotations

from tests.snippets import raw, stories

TEXT = ("本报讯（记者 苏岩）5月11日，全县防汛工作会议召开。",
        "会议通报，全县已组建抢险队伍86支、3200人，",
        "储备防汛物资价值1200万元，确保安全度汛。")
PHOTO = ("5月8日，消防救援人员在河堤开展抢险演练。 本报记者 柯 青 摄",)
NEXT = ("多省份遭受暴雨袭击",
        "新华社北京5月11日电（记者 罗兰）记者从国家防总获悉，",
        "入汛以来，多个省份遭受暴雨袭击，各地全力做好防范。")


def test_line_between_two_stacks_goes_up():
    arts = stories(raw(*TEXT, *PHOTO, "全县防汛工作会议召开", "全县上下严阵以待迎主汛", *NEXT))
    news = [a for a in arts if a.kind == "news"][0]
    assert (news.kicker, news.headline) == ("全县防汛工作会议召开", "全县上下严阵以待迎主汛")
    assert not any(a.kind == "teaser" for a in arts)


def test_line_echoing_nothing_stays():
    # near miss: a line echoing neither story (as the next story's kicker would) is not taken up
    arts = stories(raw(*TEXT, *PHOTO, "全县防汛工作会议召开", "3200人枕戈待旦迎大汛", *NEXT))
    news = [a for a in arts if a.kind == "news"][0]
    assert news.headline == "全县防汛工作会议召开" and news.kicker == ""
