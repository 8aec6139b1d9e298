"""● briefs whose title runs in on the line of their text (class: ● briefs with run-in titles).

A briefs column on a narrow -raw page may set each item's title and the first words of its text on one
line, apart by a space (●某县春耕备耕 某县日前调运 ⏎ 化肥…). The text opens on its subject and when it
happened (某县日前, 某区近日), or the line under it runs on mid-sentence (⏎ 的…). Near misses: a title of
two matched phrases alone on its line, over a text that opens a sentence of its own."""

from tests.snippets import raw, stories

LEAD = ("本报讯 今年一季度某市地区生产总值增长5.2%，", "比上年同期加快0.6个百分点。（记者 王 川）", "区县动态")


def briefs(*lines: str):
    return [(a.headline, a.paragraphs) for a in stories(raw(*LEAD, *lines)) if a.kind == "brief"]


def test_text_opens_on_its_subject_and_a_recent_day():
    assert briefs("●河口县春耕备耕 河口县日前调运", "化肥2.1万吨、种子380吨，检修农", "机1900余台。（刘 青）",
                  "●西坪区发布见习岗位 西坪区近日", "发布就业见习岗位860个，比去年", "同期多出150个。（孔 明）") == [
        ("河口县春耕备耕", ["河口县日前调运化肥2.1万吨、种子380吨，检修农机1900余台。"]),
        ("西坪区发布见习岗位", ["西坪区近日发布就业见习岗位860个，比去年同期多出150个。"]),
    ]


def test_a_relative_day_opens_the_text_too():
    assert briefs("●南湖学校开放日 南湖学校昨日迎", "来家长和学生代表400余人，参观", "校史馆。（陈 雨）") == [
        ("南湖学校开放日", ["南湖学校昨日迎来家长和学生代表400余人，参观校史馆。"]),
    ]


def test_a_line_under_it_that_opens_on_de_runs_on_from_its_first_words():
    assert briefs("●环城绿道开建 全长36公里", "的环城绿道5月8日开工，计划年", "底建成。（祁 东）") == [
        ("环城绿道开建", ["全长36公里的环城绿道5月8日开工，计划年底建成。"]),
    ]


def test_near_miss_two_matched_phrases_alone_over_a_text_of_their_own():
    assert briefs("●夏粮收购启动 价格保持稳定", "本报讯 6月10日，全市夏粮收购", "全面启动，收购价格与上年持平。") == [
        ("夏粮收购启动 价格保持稳定", ["6月10日，全市夏粮收购全面启动，收购价格与上年持平。"]),
    ]


def test_near_miss_a_title_alone_whose_text_opens_on_a_recent_day():
    assert briefs("●老旧小区改造提速", "近日，全市第二批老旧小区改造", "项目全部开工。（韩 松）") == [
        ("老旧小区改造提速", ["近日，全市第二批老旧小区改造项目全部开工。"]),
    ]
