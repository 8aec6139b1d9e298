"""A series' name and instalment set over a feature's title (“某某”发展巡礼·民生篇, 某某系列报道之二):
the series label is the kicker, the line under it the headline."""

from tests.snippets import page, raw, stories

BODY = "本报讯（记者 林 舟）五年来，青禾县新建改建农村公路1260公里，城乡公交一体化率达到百分之百。"


def _lead(text):
    return next(a for a in stories(text) if a.kind == "news")


def test_series_part_over_title_is_kicker():
    a = _lead(page("“乡村振兴”发展巡礼·交通篇", "青禾路网的五年变迁", BODY))
    assert (a.kicker, a.headline) == ("“乡村振兴”发展巡礼·交通篇", "青禾路网的五年变迁")


def test_series_number_over_title_is_kicker():
    body = "本报讯（记者 林 舟）青禾县工业园区面积不大，去年园区企业实现产值86亿元，小园区撑起了大产业。"
    a = _lead(page("高质量发展调研行系列报道之三", "小园区撑起大产业", body))
    assert (a.kicker, a.headline) == ("高质量发展调研行系列报道之三", "小园区撑起大产业")


def test_series_label_on_a_raw_page():
    a = _lead(raw("“乡村振兴”发展巡礼·交通篇", "青禾路网的五年变迁", BODY))
    assert (a.kicker, a.headline) == ("“乡村振兴”发展巡礼·交通篇", "青禾路网的五年变迁")


def test_one_of_many_is_no_series_label():
    a = _lead(page("青禾入选全国首批试点城市之一", "全市公路里程破万", BODY))
    assert (a.kicker, a.headline) == ("", "青禾入选全国首批试点城市之一")


def test_a_chapter_word_in_a_title_is_no_series_label():
    a = _lead(page("青禾县交通建设谱新篇", "全市公路里程破万", BODY))
    assert a.headline == "青禾县交通建设谱新篇"
