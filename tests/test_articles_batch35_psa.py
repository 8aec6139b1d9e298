"""Batch 35: a public-service advertisement co-issued by two bodies whose names a space sets apart on the
sign-off line (某区城市管理局 某某日报社 宣): the label, the slogans and the sign-off are one item of
furniture, not teasers. Every snippet is invented; near misses must not change."""

from __future__ import annotations

from tests.snippets import page, parse, stories

STORY = "本报讯 9月20日，全区空气质量优良天数达216天，同比增加12天。"


def test_co_issued_advertisement_is_furniture():
    arts = stories(page(STORY, "公益广告", "节约用水 从我做起", "某某区水务局 某某晚报社 宣"))
    assert [a.kind for a in arts] == ["news"]


def test_one_issuer_still_furniture():
    arts = stories(page(STORY, "节约用水 从我做起", "某某区水务局 宣"))
    assert [a.kind for a in arts] == ["news"]


def test_two_names_without_the_sign_off_are_not_an_advertisement():
    # near miss: two bodies' names with no 宣 after them sign no advertisement
    arts = parse(page(STORY, "节约用水 从我做起", "某某区水务局 某某晚报社"))
    assert not any(a.kind == "furniture" and "节约用水" in a.text for a in arts)
