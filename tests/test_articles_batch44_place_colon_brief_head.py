"""A ● brief's headline that opens on a place and a colon (class: place-colon brief headline).

On a page without blank lines a ● item's own line is its headline when nothing marks it as the text's
first line; a headline that names its place before a colon (●柳塘镇：秋冬种全面铺开) is still a headline,
the colon no clause mark of a sentence. A ● line that runs into its text after the colon (●县教育局：今年秋季
学期起，…) stays text (near miss)."""

from tests.snippets import raw, stories

BEFORE = ("本报讯（记者 岑 溪）记者从县农业农村局",
          "获悉，今年全县新建高标准农田3.2万亩，",
          "完成年度任务的106%。",
          "农田建设",
          "全县高标准农田建设提前完成年度任务",
          "乡镇快讯")


def _briefs(*lines: str):
    return [s for s in stories(raw(*BEFORE, *lines)) if s.kind == "brief"]


def test_place_colon_line_is_the_brief_headline():
    briefs = _briefs("●柳塘镇：秋冬种全面铺开",
                     "10月28日，柳塘镇秋冬种",
                     "全面铺开，全镇计划种植油",
                     "菜1.6万亩。（记者 岑 溪）",
                     "●石桥乡茶园喜获丰收",
                     "今年，石桥乡茶叶种植面积",
                     "达2.1万亩。（记者 岑 溪）")
    assert briefs[0].headline == "柳塘镇：秋冬种全面铺开"
    assert briefs[0].text.startswith("10月28日，柳塘镇秋冬种全面铺开")


def test_colon_run_into_the_text_stays_text():
    briefs = _briefs("●县教育局：今年秋季学期起，",
                     "全县中小学全面推行课后服",
                     "务，覆盖学生2.3万人。",
                     "●石桥乡茶园喜获丰收",
                     "今年，石桥乡茶叶种植面积",
                     "达2.1万亩。（记者 岑 溪）")
    assert briefs[0].headline == ""
    assert briefs[0].text.startswith("县教育局：今年秋季学期起")
