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
    # a bare 自然增长率 in ‰ (per thousand people) is the population's, after 出生率 and 死亡率
    ("全年出生率为7.4‰，死亡率为6.8‰，自然增长率为0.6‰。", "0.6‰", None, None, 0.6),
    # not fired: a revenue's or a wage's 自然增长率 (net of policy effects) is a change of it
    ("剔除留抵退税因素后，全市税收收入自然增长率为6.2%。", "6.2%", "increase", None, 6.2),
    ("地方税收自然增长率为-2.3%。", "-2.3%", "decrease", None, -2.3),
    ("扣除政策性减收因素，全市一般公共预算收入自然增长率达到8.5%。", "8.5%", "increase", None, 8.5),
    ("全年企业职工基本工资自然增长率为3.5%。", "3.5%", "increase", "同比", 3.5),
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


@pytest.mark.parametrize("text, quote, subject, comparison, direction", [
    # 高出/低出 inside other words is no comparative: 最高/最低, 提高/降低 then a noun opening on 出,
    # 低出生 (birth), 高出部分 (the excess, a noun); nor a base that is no noun right before its figure
    ("该地块最低出让价为1.2亿元，最终以2.3亿元成交。", "1.2亿元", "该地块最低出让价", None, None),
    ("全市低出生体重儿发生率为2.8%，同比下降0.3个百分点。", "2.8%", "全市低出生体重儿发生率", None, None),
    ("全市低出生体重儿发生率为2.8%，同比下降0.3个百分点。", "0.3个百分点", "全市低出生体重儿发生率", "同比", "decrease"),
    ("每户最低出资额3万元。", "3万元", "每户最低出资额", None, None),
    ("全市最高出力达到120万千瓦。", "120万千瓦", "全市最高出力", None, None),
    ("电厂机组最高出力120万千瓦，同比增长5%。", "120万千瓦", "电厂机组最高出力", None, None),
    ("电厂机组最高出力120万千瓦，同比增长5%。", "5%", "电厂机组最高出力", "同比", "increase"),
    ("该宗地起始价1.2亿元，最高出价达到2.6亿元。", "2.6亿元", "最高出价", None, None),
    ("今年全县猪肉最高出厂价每公斤28元。", "每公斤28元", "全县猪肉最高出厂价", None, None),
    ("全市出台措施，帮助外贸企业降低出口成本12%。", "12%", "出口成本", None, None),
    ("全市降低出行成本约20%。", "约20%", "出行成本", None, None),
    ("通过精准施策，全市降低出生缺陷发生率15%。", "15%", "出生缺陷发生率", None, None),
    # (… : the subject only ends so; the verb 提高 kept before a rate named with 出 is another class)
    ("新技术使油菜提高出油率2个百分点。", "2个百分点", "…出油率", None, None),
    ("稻谷提高出米率3个百分点。", "3个百分点", "…出米率", None, None),
    ("生猪养殖场提高出栏率5个百分点。", "5个百分点", "…出栏率", None, None),
    ("平均提高出油率1.5个百分点。", "1.5个百分点", "…出油率", None, None),
    ("全县提高出院患者随访率至95%。", "95%", None, None, None),
    ("超过定额标准的，高出部分按每立方米5元收取。", "每立方米5元", "高出部分", None, None),
    ("对用电量超过基数的企业，高出部分的30%由财政给予补贴。", "30%", "高出部分", None, None),
    ("成交价高出起拍价的部分共计360万元。", "360万元", "成交价高出起拍价的部分", "共计", None),
    ("这支球队的防守高出一筹，全年失球仅12个。", "12个", None, None, None),
    # fired: 了 may stand between 高出 and its base, and stays out of the label
    ("示范区亩均效益高出了普通园区的2倍。", "2倍", "示范区亩均效益", "比普通园区", None),
    ("示范区亩均效益增速高出了普通园区2.1个百分点。", "2.1个百分点", None, "比普通园区", "increase"),
    ("我县农民人均可支配收入高出全省平均水平1200元。", "1200元", "我县农民人均可支配收入", "比全省平均水平", "increase"),
    ("今年全县早稻单产低出常年水平20公斤。", "20公斤", None, "比常年水平", "decrease"),
])
def test_higher_or_lower_by_only_as_a_comparative_verb(text, quote, subject, comparison, direction):
    found = {c.quote: c for c in claims_of(text + "\n", date(2025, 3, 20))}
    c = found[quote]
    assert (c.comparison, c.direction) == (comparison, direction)
    if subject is not None and subject.startswith("…"):
        assert c.subject.endswith(subject[1:]) and c.subject != subject[1:] + "提"
    elif subject is not None:
        assert c.subject == subject
