"""A photo's title printed under its caption, over a lead's stack (class: kicker + headline under a photo title
not joined to the lead).

A photo-led front page may print the photo's short title one blank line under the caption and its 摄 credit,
then the lead story's kicker and headline: the title is the caption's headline, the stack under it the lead's.
Near misses: when a story above has no headline yet, a stack under a caption is that story's (its display
headline extracted far from its text); a line that echoes the lead more than the caption is not the photo's."""

from tests.snippets import page, stories

CAPTION = ("9月20日，在某县万亩稻田，农机手正在抢收中稻。今年全县中稻种植面积达12.5万亩。", "本报记者 林 岚 摄")
LEAD = "本报讯（记者 王 川）记者从市统计局获悉，1—8月，全市固定资产投资同比增长8.2%，增速比全省高1.1个百分点。"


def items(text):
    return [(a.kind, a.kicker, a.headline) for a in stories(text)]


def test_the_title_under_a_caption_is_the_photos_and_the_stack_under_it_the_leads():
    assert items(page("某某日报", *CAPTION, "稻 浪 金 黄", "多项指标增速高于全省", "前8月全市固定资产投资增长8.2%", LEAD)) == [
        ("caption", "", "稻浪金黄"),
        ("news", "多项指标增速高于全省", "前8月全市固定资产投资增长8.2%"),
    ]


def test_near_miss_a_stack_under_a_caption_goes_to_a_headless_story_above():
    found = items(page("某某日报", "本报讯（记者 柯 远）9月20日，全市秋季重大项目集中开工活动在高新区举行，此次集中开工项目52个。",
                       *CAPTION, "全市秋季重大项目集中开工", "凝 心 聚 力 抓 项 目", LEAD))
    assert found[0] == ("news", "全市秋季重大项目集中开工", "凝心聚力抓项目")


def test_near_miss_a_column_label_under_a_caption_is_not_the_photos_title():
    found = items(page("某某日报", *CAPTION, "短评", "让秋收跑出加速度",
                       "抢收抢种，时不我待。各地要把农机调度到田间地头，让颗粒归仓。"))
    assert found[0] == ("caption", "", "")
