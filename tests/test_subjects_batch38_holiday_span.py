"""Batch 38: a holiday's name with its head (端午假期, 国庆中秋假期, “五一”假期) opening the phrase before a number
is a time word, no part of the subject; 春运 alone before a noun is part of it (春运客车)."""

from tests.snippets import one



def test_duanwu_jiaqi_before_the_noun():
    assert one("今年端午假期景区游客量预计达到12万人次。", "12万人次").subject == "景区游客量"


def test_two_holidays_and_their_head():
    assert one("国庆中秋假期全县旅游收入同比增长9.5%。", "9.5%").subject == "全县旅游收入"


def test_quoted_holiday_name():
    assert one("“五一”假期城区停车场周转率达到86%。", "86%").subject == "城区停车场周转率"


def test_near_miss_chunyun_before_a_noun():
    # 春运 alone names the season's own vehicles: no holiday's name before it, so no time word is cut
    assert one("目前，客运站共安排春运大巴420辆。", "420辆").subject == "春运大巴"
