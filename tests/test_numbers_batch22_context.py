"""Period, comparison and direction classes of batches 21 and 22's disagreements, written as invented
sentences: none is copied from an edition. Each test held at least one check that failed before its class
was fixed, and most hold probes where the new rule must not fire."""

from __future__ import annotations

from datetime import date

import pytest

from tests.snippets import claims_of


@pytest.mark.parametrize("text, quote, period, comparison, projection", [
    # a box's items open on a mark (▲, ●, ■, ◆): the period after it opens the sentence, so it dates every clause
    ("▲去年全县粮食总产量38.6万吨，增长2.1%", "2.1%", "2023", "同比", None),
    ("●2023年全区规上工业产值512亿元，增长8.3%", "8.3%", "2023", "同比", None),
    ("◆一季度全市外贸进出口96亿元，同比增长4%", "4%", "2023-Q1", "同比", None),
    ("■去年全市城镇新增就业1.3万人，完成年度目标的108%", "108%", "2023", None, None),
    ("▲今年目标：农民人均可支配收入增长7%", "7%", "2024", "同比", "target"),
    ("▲预计到2026年，全县光伏装机将达到12万千瓦", "12万千瓦", "2026", None, "forecast"),
    ("★力争到2027年，全县森林覆盖率达到66%", "66%", "2027", None, "target"),
    # not fired: no period after the mark, a base after it, a look back its present clause leaves
    ("▲全县粮食总产量38.6万吨，增长2.1%", "2.1%", None, None, None),
    ("▲比去年增加粮田2.1万亩", "2.1万亩", None, "同比", None),
    ("▲与去年相比，全县粮食总产量增长2.1%", "2.1%", None, "同比", None),
    ("▲三年前，全村人均收入不足5000元，如今达到2.1万元", "2.1万元", None, None, None),
    ("▲每年培训农民2000人次", "2000人次", None, None, None),
    # the mark changes nothing of what the period itself says
    ("▲截至去年底，全县共有养老机构36家", "36家", "2023", "共计", None),
    ("▲去年以来，全县新增市场主体3600户", "3600户", "2023/2024", None, None),
    ("▲2019年建成的文化中心，面积1200平方米", "1200平方米", "2019", None, None),
])
def test_a_list_items_mark_leaves_its_period_opening_the_sentence(text, quote, period, comparison, projection):
    found = {c.quote: c for c in claims_of(text + "\n", date(2024, 3, 10))}
    c = found[quote]
    assert (c.period, c.comparison, c.projection) == (period, comparison, projection)


@pytest.mark.parametrize("text, quote, direction, comparison, value", [
    # 自然增长率 (births less deaths per thousand) is the year's level, signed: no change, no comparison
    ("2024年全县人口出生率为7.1‰，死亡率为6.4‰，人口自然增长率为0.7‰。", "0.7‰", None, None, 0.7),
    ("全年常住人口自然增长率为-2.05‰。", "-2.05‰", None, None, -2.05),
    ("去年全镇户籍人口自然增长率是1.3‰。", "1.3‰", None, None, 1.3),
    # not fired: other growth rates (增长率为) are changes; a change of the level is a change
    ("全年研发经费增长率为5.2%。", "5.2%", "increase", "同比", 5.2),
    ("全年粮食产量增长率为-2.1%。", "-2.1%", "decrease", "同比", -2.1),
    ("全年人口自然增长率比上年回落0.3个百分点。", "0.3个百分点", "decrease", "同比", -0.3),
    ("全年常住人口增长0.85%。", "0.85%", "increase", "同比", 0.85),
    ("全年出生人口减少3.2%。", "3.2%", "decrease", "同比", -3.2),
    ("全年出生率为7.38‰，比上年下降0.5个千分点。", "7.38‰", None, None, 7.38),
    ("全年居民收入年平均增长率为6.6%。", "6.6%", "increase", None, 6.6),
])
def test_a_natural_increase_rate_is_a_level(text, quote, direction, comparison, value):
    found = {c.quote: c for c in claims_of(text + "\n", date(2025, 3, 20))}
    c = found[quote]
    assert (c.direction, c.comparison, c.value) == (direction, comparison, value)


@pytest.mark.parametrize("text, quote, comparison, direction", [
    # 高出/低出 then a base, as 高于/低于: the gap over a written base, recorded as 比X
    ("上半年全县投资增速高出全省2.4个百分点。", "2.4个百分点", "比全省", "increase"),
    ("前三季度全县居民收入增速高出全国平均水平0.9个百分点。", "0.9个百分点", "比全国平均水平", "increase"),
    ("示范基地亩产高出普通农田约三成。", "约三成", "比普通农田", "increase"),
    ("全县粮食单产低出全省平均水平15公斤。", "15公斤", "比全省平均水平", "decrease"),
    ("全市最高用电负荷达到412万千瓦，高出去年最高值38万千瓦。", "38万千瓦", "比去年最高值", "increase"),
    # not fired: no base between 高出 and the number; 比X高出 keeps its base; the base as 高于 gives it
    ("上半年全县投资增速高出1.2个百分点。", "1.2个百分点", None, None),
    ("今年茶叶收购价比往年高出两成左右。", "两成左右", "比往年", "increase"),
    ("全县增速比全省高出1.6个百分点。", "1.6个百分点", "比全省", "increase"),
    ("水位高于警戒水位0.8米。", "0.8米", "比警戒水位", "increase"),
    ("全县增速高出预期，达到6.5%。", "6.5%", None, None),
    ("不高于全省平均水平的部分，补贴标准为每亩80元。", "每亩80元", None, None),
])
def test_higher_or_lower_by_over_a_written_base(text, quote, comparison, direction):
    found = {c.quote: c for c in claims_of(text + "\n", date(2025, 10, 20))}
    c = found[quote]
    assert (c.comparison, c.direction) == (comparison, direction)
