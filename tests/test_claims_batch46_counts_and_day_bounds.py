"""Two classes of missed figures. Table-driven: (sentence, quote, value, unit, kind).

A count right after a noun ending in 单 (梳理民生实事清单1260项, 接到订单300份): 单 there ends the noun and is no
ordinal marker (单一 'single'). A number of days right after a bound (公示收费标准不少于15日, 最长停留30日): a length,
never a day of the month, which takes no bound. 票 counts votes, and consignments after a customs list
(清单, 报关单, 运单: noun_units.csv). Near misses: 单一 stays no count; 7月15日 stays a date."""

import pytest

from tests.snippets import claims_of, one

CASES = [
    ("全市已梳理民生实事清单1260项，目前已办结893项。", "1260项", 1260, "item", "count"),
    ("公布权力清单580项。", "580项", 580, "item", "count"),
    ("企业一季度接到订单300份。", "300份", 300, "copy", "count"),
    ("热线平台派发工单1.2万件。", "1.2万件", 12000, "item", "count"),
    ("今年以来，海关验放跨境电商清单4680万票，同比增长46.8%。", "4680万票", 46800000, "consignment", "count"),
    ("审核报关单12万票。", "12万票", 120000, "consignment", "count"),
    ("他以1200票当选。", "1200票", 1200, "vote", "count"),
    ("物业服务企业公示收费标准不少于15日。", "不少于15日", 15, "day", "duration"),
    ("外籍人员可在本市停留最长30日。", "最长30日", 30, "day", "duration"),
    ("公示期不得少于7日。", "不得少于7日", 7, "day", "duration"),
]


@pytest.mark.parametrize("text, quote, value, unit, kind", CASES)
def test_figure_found(text, quote, value, unit, kind):
    c = one(text, quote)
    assert (c.value, c.unit, c.kind) == (value, unit, kind)


@pytest.mark.parametrize("text, quote, subject", [
    ("全市已梳理民生实事清单1260项。", "1260项", "民生实事清单"),
    ("今年以来，海关验放跨境电商清单4680万票。", "4680万票", "跨境电商清单"),
])
def test_the_verb_before_the_counted_noun_stays_out_of_the_subject(text, quote, subject):
    assert one(text, quote).subject == subject


def test_near_miss_dan_yi_is_no_count():
    assert [c.quote for c in claims_of("该县单一品种种植面积达5万亩。")] == ["5万亩"]


def test_near_miss_a_day_of_the_month_stays_a_date():
    assert [c.quote for c in claims_of("公示时间为7月15日至7月25日，不少于10日。")] == ["不少于10日"]
