"""Period, comparison and direction classes of batch 26's disagreements (and the dev editions before it),
written as invented sentences: none is copied from an edition. Each test holds checks that failed before its
class was fixed, and probes (near misses) where the new rule must not fire."""

from __future__ import annotations

from datetime import date

import pytest

from tests.snippets import claims_of

MARCH = date(2024, 3, 12)
NOVEMBER = date(2024, 11, 20)


def _found(text: str, when: date = MARCH) -> dict:
    return {c.quote: c for c in claims_of(text + "\n", when)}


@pytest.mark.parametrize("text, quote, period", [
    # 今年61岁的…, 去年刚满70岁的…: the year of a person's age dates no figure, in its sentence or after it
    ("今年61岁的老支书陈明说，全村现有农户320户。", "320户", None),
    ("今年已经七十二岁的王大爷告诉记者，村里建起文化广场2个。", "2个", None),
    ("今年58岁的护林员刘强说，北坡林区面积约1.2万亩。", "约1.2万亩", None),
    ("明年满18岁的学生有320名。", "320名", None),
    # not changed: 今年, 去年, 明年 that date the figure (also right before a month or after ；)
    ("今年全县新建农村公路32公里。", "32公里", "2024"),
    ("今年，全县新建农村公路32公里。", "32公里", "2024"),
    ("去年全县接待游客58万人次。", "58万人次", "2023"),
    ("去年全县接待游客58万人次；今年接待游客12万人次。", "12万人次", "2024"),
    ("今年以来，全县新建公路32公里，今年61岁的老党员捐款2万元。", "32公里", "2024"),
])
def test_the_year_of_an_age_dates_nothing(text, quote, period):
    assert _found(text)[quote].period == period


@pytest.mark.parametrize("when", [MARCH, NOVEMBER])
def test_the_year_of_an_age_in_an_edition_early_or_late_in_the_year(when):
    found = _found("今年61岁的老党员说，全村有农户320户。今年全村种植油菜800亩。", when)
    assert found["320户"].period is None
    assert found["800亩"].period == "2024"


@pytest.mark.parametrize("text, quote, period", [
    # a sentence opening on 截至目前 that counts a stock as it stands (建有, 共有, 现有, 拥有) takes no period from
    # its paragraph, nor do its items after ；
    ("今年以来，全县巡查山林1.8万次。截至目前，全县建有防火瞭望塔27座，监控覆盖率达到85%。", "27座", None),
    ("今年以来，全县巡查山林1.8万次。截至目前，全县建有防火瞭望塔27座，监控覆盖率达到85%。", "85%", None),
    ("今年以来，全县巡查山林1.8万次。截至目前，全县建有防火瞭望塔27座；防火通道总长600公里。", "600公里", None),
    ("今年以来，全市新登记企业3200户。截止目前，全市共有市场主体8.6万户。", "8.6万户", None),
    ("今年以来，全区新增充电桩300个；截至目前，全区拥有充电桩2100个。", "2100个", None),
    # not changed: work done so far (已检修, 已收购) keeps the paragraph's period; a dated cut-off keeps its day;
    # 目前 alone keeps the paragraph's period; the sentence before keeps its own
    ("今年以来，全县巡查山林1.8万次。截至目前，全县已检修农机具1.2万台次。", "1.2万台次", "2024"),
    ("今年以来，全县巡查山林1.8万次。截至目前，全县建有防火瞭望塔27座。", "1.8万次", "2024"),
    ("今年以来，全市新登记企业3200户。截至3月10日，全市共有市场主体8.6万户。", "8.6万户", "2024-03-10"),
    ("今年以来，全市新登记企业3200户。目前，全市共有市场主体8.6万户。", "8.6万户", "2024"),
    ("今年以来，全县巡查山林1.8万次。截至目前，全县建有防火瞭望塔27座。全县今年新建检查站5处。", "5处", "2024"),
])
def test_a_stock_up_to_now_takes_no_period_of_its_paragraph(text, quote, period):
    assert _found(text)[quote].period == period


def test_a_plan_before_a_semicolon_still_dates_what_follows_it():
    found = _found("今年全市计划种植水稻12万亩；已调运化肥4.2万吨。")
    assert found["4.2万吨"].period == "2024"


@pytest.mark.parametrize("text, quote, direction, comparison, projection", [
    # a change verb right before the noun a rate changes (压减一般性支出5%, 降低企业成本8%): the verb's direction,
    # and a one-year target's change is 同比
    ("今年，县财政将力争压减一般性支出5%以上。", "5%以上", "decrease", "同比", "target"),
    ("今年，县财政力争压减一般性支出5%以上，减少“三公”经费10%。", "10%", "decrease", "同比", "target"),
    ("今年全市将降低企业物流成本8%。", "8%", "decrease", "同比", "forecast"),
    ("去年全县增加农民经营性收入8.2%。", "8.2%", "increase", "同比", None),
    ("今年一般性支出压减5%以上。", "5%以上", "decrease", "同比", None),
    # not changed: a rate or share that is a noun of its own after the verb; a level reached (提高到); a
    # change verb that ends a noun (增加值)
    ("全县工业增加值占比32%。", "32%", None, None, None),
    ("全市城镇化率提高到62%。", "62%", None, None, None),
    ("去年全县新增就业岗位中青年占比45%。", "45%", None, None, None),
])
def test_a_change_verb_before_its_object_gives_the_rate_its_direction(text, quote, direction, comparison, projection):
    c = _found(text)[quote]
    assert (c.direction, c.comparison, c.projection) == (direction, comparison, projection)
    if direction == "decrease":
        assert c.value < 0


@pytest.mark.parametrize("text, quote", [
    ("今年，县财政要压减一般性支出5%以上。", "5%以上"),
    ("各部门要减少会议经费10%，压减差旅费5%。", "5%"),
    ("“十四五”期间，全县分别降低能耗12%和碳排放15%。", "12%"),
])
def test_a_change_verb_before_its_object_after_yao_or_in_a_list(text, quote):
    assert _found(text)[quote].direction == "decrease"
