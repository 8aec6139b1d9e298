"""On a page without blank lines, a labelled box's title in words that stops two em or more (under three) short of the box's
column (【以案说法】 ⏎ 网络刷单背后往往是“连环骗局” ⏎ 刷单返利往往以…) is the box's headline; a sentence's
first line wrapped early (its next line opening on 的) or a figure under the label stays the box's text."""

from tests.snippets import raw, stories

LINES = ("刷单返利往往以“小额返现”为诱饵，", "先让人尝到甜头，再诱导大额垫付；一", "旦资金到位，对方随即失联。据青禾市", "公安局统计，去年全市共破获此类案件", "86起。")
STORY = ("本报讯（记者 林 舟）记者从市公安局获悉，今年以来全市电信网络诈骗案件同比下降12.3%。",)


def _box(text):
    return next(a for a in stories(text) if a.kind == "box")


def test_worded_title_two_em_short_is_the_headline():
    b = _box(raw(*STORY, "【以案说法】", "网络刷单背后往往是“连环骗局”", *LINES))
    assert b.headline == "网络刷单背后往往是“连环骗局”"
    assert b.text.startswith("刷单返利往往以")


def test_line_finished_by_a_particle_below_stays_text():
    b = _box(raw(*STORY, "【以案说法】", "乡村医生是广大农村基层群众健康", "的“守门人”。全省现有乡村医生约四",
                 "万人，平均年龄超过五十岁，其中六", "十岁以上的占比接近三成。"))
    assert b.headline == "" and b.text.startswith("乡村医生是广大农村基层群众健康的")


def test_figure_under_label_is_no_title():
    b = _box(raw(*STORY, "【数说上半年】", "１８３５．６２亿元", "全市地区生产总值同比增长5.6%，", "全体居民人均可支配收入增长6.1%。"))
    assert not b.headline.startswith("１８３５")
