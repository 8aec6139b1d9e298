"""Batch 35: a report read to a meeting printed after a news story and its photo: its opening formula
(受市人民政府委托，现将…报告如下) opens it as an item of its own, never more of the story above (class: a
document's opening after another item); and a teaser's pointer set alone with no title above it, inside the
report's text, takes the line right under it as its title, the report's text going on after it (class: a
pointer over its title inside another item's text). Every snippet is invented; near misses must not change."""

from __future__ import annotations

from tests.snippets import page, stories

NEWS = ("县人大常委会听取审计工作报告",
        "本报讯（记者 苏岩）8月20日，县人大常委会第十次会议听取了县审计局所作的审计工作报告。")
PHOTO = "图为会议现场。\n本报记者 柯 青 摄"
OPENING = "受县人民政府委托，现将2024年度县级预算执行和其他财政收支的审计情况报告如下。"
BODY = ("一、县级预算执行审计情况",
        "2024年，县级一般公共预算收入12.6亿元，增长3.1%。审计发现，4个单位少征非税收入共计")
POINTER = "详见4版\n整改“回头看”清单"
REST = "326万元。目前已全部整改到位。"


def test_report_opening_after_a_photo_opens_an_item():
    arts = stories(page(*NEWS, PHOTO, OPENING, *BODY))
    news = [a for a in arts if a.kind == "news"][0]
    assert "受县人民政府委托" not in "".join(news.paragraphs)
    assert any(a.paragraphs and a.paragraphs[0].startswith("受县人民政府委托") for a in arts)


def test_opening_under_a_salutation_stays_in_its_report():
    # near miss: under 各位代表： the formula goes on the report the salutation opened
    arts = stories(page("关于2024年度县级预算执行情况的报告", "各位代表：", OPENING, *BODY))
    assert len(arts) == 1


def test_pointer_alone_takes_the_line_under_it():
    arts = stories(page(*NEWS, PHOTO, OPENING, *BODY, POINTER, REST))
    teasers = [a for a in arts if a.kind == "teaser"]
    assert [a.headline for a in teasers] == ["整改“回头看”清单"]
    report = [a for a in arts if a.paragraphs and a.paragraphs[0].startswith("受县人民政府委托")][0]
    assert report.paragraphs[-1].endswith("已全部整改到位。")  # its text goes on past the teaser
    assert len(arts) == 4


def test_pointer_under_its_title_leaves_the_next_headline():
    # near miss: a pointer under its own title (整改清单全部销号 ⏎ 详见4版): the headline under it is the next story's
    arts = stories(page(*NEWS, "整改清单全部销号\n详见4版", "全县新增就业1.2万人",
                        "本报讯 8月20日，记者从县人社局获悉，今年以来全县新增就业1.2万人。"))
    assert [a.headline for a in arts if a.kind == "teaser"] == ["整改清单全部销号"]
    assert "全县新增就业1.2万人" in [a.headline for a in arts if a.kind == "news"]
