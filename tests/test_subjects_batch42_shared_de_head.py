"""Batch 42: a head after 的 that only the last item of a 分别 list prints is the whole list's ([A和B]的期限): each
item is what it is printed as (提出上诉和申请复议的期限分别为15日和60日 → 提出上诉, 申请复议); a share's base
(…占总产值的比重) is no such head."""

from tests.snippets import subjects_of


def test_two_acts_and_their_shared_time_limit():
    text = "提出上诉和申请复议的期限分别为15日和60日。"
    assert subjects_of(text, "15日") == ["提出上诉"]
    assert subjects_of(text, "60日") == ["申请复议"]


def test_near_miss_a_share_of_a_whole():
    text = "种植业、养殖业产值占农业总产值的比重分别为61.2%和38.8%。"
    assert subjects_of(text, "38.8%")[0].startswith("养殖业")
    assert subjects_of(text, "38.8%")[0] != "养殖业产值占农业"
