"""A period kicker set apart by a blank line over its headline (class: period kicker over a headline).

A stack's kicker that names only the period or occasion the headline's figures cover (前三季度, 端午假期,
双节假期) is a tier of its own, even when the story's text runs the two on (端午假期全县共接待…, a phrase the
page uses): the blank line under it is no break inside a phrase. A headline the blank line does split
mid-phrase (…高标准农田 ⏎⏎ 建设项目…) is still joined (near miss)."""

from tests.snippets import page, stories

BODY = "本报讯（记者 方 舟）6月12日，记者从县\n文化和旅游局获悉，{period}全县共接待\n游客38.6万人次，同比增长23.7%。"


def _lead(top: str, headline: str, body: str):
    return next(s for s in stories(page(top, headline, body)) if s.source == "本报讯")


def test_holiday_kicker_stays_a_tier_of_its_own():
    lead = _lead("端午假期", "全县接待游客38.6万人次 旅游收入2.7亿元", BODY.format(period="端午假期"))
    assert (lead.kicker, lead.headline) == ("端午假期", "全县接待游客38.6万人次 旅游收入2.7亿元")


def test_occasion_with_its_holiday_head_stays_a_kicker():
    lead = _lead("双节假期", "全县接待游客38.6万人次 旅游收入2.7亿元", BODY.format(period="双节假期"))
    assert (lead.kicker, lead.headline) == ("双节假期", "全县接待游客38.6万人次 旅游收入2.7亿元")


def test_quarter_kicker_stays_a_tier_of_its_own():
    lead = _lead("前三季度", "全县专利申请量同比增长21.4%", BODY.format(period="前三季度").replace("接待", "申请"))
    assert (lead.kicker, lead.headline) == ("前三季度", "全县专利申请量同比增长21.4%")


def test_headline_split_mid_phrase_by_a_blank_line_is_still_joined():
    body = "本报讯（记者 方 舟）记者从县农业农村局获悉，\n今年全县启动高标准农田建设项目32个，\n总投资4.6亿元。"
    lead = _lead("全县启动高标准农田", "建设项目32个", body)
    assert lead.headline == "全县启动高标准农田建设项目32个"
    assert not lead.kicker


def test_kicker_with_words_after_the_period_is_left_alone():
    lead = _lead("端午假期游客盈门", "全县接待游客38.6万人次 旅游收入2.7亿元", BODY.format(period="端午假期"))
    assert lead.kicker == "端午假期游客盈门"
