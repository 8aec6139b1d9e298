"""Subject classes met in batches 21 and 22, written as invented sentences: none is copied from an
edition. Each test held at least one check that failed before its class was fixed; a check that held
before (a guard against over-reach) shares its parametrised list."""

from __future__ import annotations

from datetime import date

import pytest

from tests.snippets import subjects_of

D = date(2024, 5, 14)


RATE_TARGETS = [
    # a rate of change a target or forecast sets is what is measured: its rate word stays
    ("a rate in a list of targets", "今年主要预期目标是：地区生产总值增长6%左右，居民消费价格涨幅3%左右。",
     "3%左右", "居民消费价格涨幅"),
    ("控制在", "全年居民消费价格涨幅控制在2.5%以内。", "2.5%以内", "居民消费价格涨幅"),
    ("有望控制在", "预计全年CPI涨幅有望控制在1%以内。", "1%以内", "CPI涨幅"),
    ("增幅力争达到", "力争规上工业增加值增幅达到8%。", "8%", "规上工业增加值增幅"),
    ("增速有望保持在", "全市经济增速有望保持在5.5%左右。", "5.5%左右", "全市经济增速"),
    # guards: an achieved rate, a fall's rate, a change verb and a weekly rate keep the thing measured
    ("an achieved rate", "上半年全市居民消费价格涨幅为1.2%。", "1.2%", "全市居民消费价格"),
    ("an achieved growth rate", "全市固定资产投资增速为-0.8%。", "-0.8%", "全市固定资产投资"),
    ("a weekly rate", "上证指数收于3000点，周涨幅0.85%。", "0.85%", "上证指数"),
    ("a rate of fall in a target", "全年单位地区生产总值能耗降幅力争达到3%。", "3%", "单位地区生产总值能耗"),
    ("a target's change verb", "力争全年地区生产总值增长6%。", "6%", "地区生产总值"),
    ("a forecast's change verb", "预计全年农村居民人均可支配收入增长7%左右。", "7%左右", "农村居民人均可支配收入"),
    ("a change, then its rate", "上半年居民消费价格同比上涨0.5%，涨幅比一季度回落0.2个百分点。", "0.5%", "居民消费价格"),
    ("a rate's points", "上半年居民消费价格同比上涨0.5%，涨幅比一季度回落0.2个百分点。", "0.2个百分点", "涨幅"),
]


@pytest.mark.parametrize("name, text, quote, subject", RATE_TARGETS, ids=[r[0] for r in RATE_TARGETS])
def test_a_rate_a_target_sets_keeps_its_rate_word(name, text, quote, subject):
    assert subjects_of(text, quote, D) == [subject]


ACTING_VERBS = [
    # a verb of buying or sowing after an adverb (已, 累计) or a whole scope introduces what is bought or sown
    ("已收购", "截至目前，全县已收购稻谷3.2万吨。", "3.2万吨", "稻谷"),
    ("a scope, 收购", "全市收购新麦1.5亿斤。", "1.5亿斤", "新麦"),
    ("累计收购", "主产区累计收购玉米800万吨。", "800万吨", "玉米"),
    ("已春播", "全国已春播粮食1.2亿亩。", "1.2亿亩", "粮食"),
    # verbs of handing in and visiting introduce what is handed in or visited
    ("共提交", "代表们共提交议案28件。", "28件", "议案"),
    ("共走访", "工作组共走访农户320户。", "320户", "农户"),
    # guards: opening the phrase or after a noun, 收购 and 春播 name what buying or sowing sets
    ("a price", "今年小麦最低收购价为每斤1.18元。", "每斤1.18元", "小麦最低收购价"),
    ("an average price", "全市已收购夏粮3亿斤，收购均价每斤1.3元。", "每斤1.3元", "收购均价"),
    ("buying points", "收购网点达到120个。", "120个", "收购网点"),
    ("buying funds", "全市落实收购资金3亿元。", "3亿元", "收购资金"),
    ("the amount bought", "国有粮食企业收购量1.2亿斤。", "1.2亿斤", "国有粮食企业收购量"),
    ("buying progress", "全县夏粮收购进度过半。", "过半", "全县夏粮收购进度"),
    ("a sown area", "全县春播粮食作物面积85万亩。", "85万亩", "全县春播粮食作物面积"),
    ("sowing progress", "全省春播进度过六成。", "过六成", "全省春播进度"),
    ("a rate named with a verb", "提交率达到98%。", "98%", "提交率"),
    ("visitors after a count", "50名干部走访农户300户。", "50名", "干部"),
]


@pytest.mark.parametrize("name, text, quote, subject", ACTING_VERBS, ids=[r[0] for r in ACTING_VERBS])
def test_a_verb_of_buying_sowing_or_handing_in_introduces_its_noun(name, text, quote, subject):
    assert subjects_of(text, quote, D) == [subject]


COMPOUNDS_OF_A_VERB = [
    # a verb and the head noun after it that names the act's sites, means, season, agents, team, count or
    # reach make one noun: the verb introduces nothing there, and a whole scope before it stays
    ("buying points after a scope", "全省收购网点达到200个。", "200个", "全省收购网点"),
    ("buying funds after a scope", "全市收购资金3亿元已落实到位。", "3亿元", "全市收购资金"),
    ("buying bodies after a scope", "全区收购主体达到86家。", "86家", "全区收购主体"),
    ("buying bodies, then points", "全区收购主体共86家，收购网点210个。", "86家", "全区收购主体"),
    ("points after bodies", "全区收购主体共86家，收购网点210个。", "210个", "收购网点"),
    ("buying enterprises over", "全省收购企业超过300家。", "超过300家", "全省收购企业"),
    ("buying enterprises taking part", "全市收购企业120家参与托市收购。", "120家", "全市收购企业"),
    ("buying depots", "全市收购库点达到56个。", "56个", "全市收购库点"),
    ("buying stations", "全县收购站点32个。", "32个", "全县收购站点"),
    ("buying loans", "全市收购贷款投放15亿元。", "15亿元", "全市收购贷款投放"),
    ("the buying season", "全市收购旺季日均收购量5000吨。", "5000吨", "全市收购旺季日均收购量"),
    ("累计 before the amount bought", "全市累计收购量1.2亿斤。", "1.2亿斤", "全市收购量"),
    ("the number handed in", "全市建议提交数量达到320件。", "320件", "全市建议提交数量"),
    ("visiting activities", "今年以来，全市开展走访活动120场。", "120场", "走访活动"),
    ("visits counted in person-times", "走访人次达2万。", "2万", "走访人次"),
    ("the number of visits", "全市走访次数达到3.5万次。", "3.5万次", "全市走访次数"),
    ("the reach of visits", "全县走访覆盖面达到100%。", "100%", "全县走访覆盖面"),
    ("a rate of visited firms", "走访企业覆盖率达到95%。", "95%", "走访企业覆盖率"),
    ("a visiting team, then its verb", "走访组累计走访群众2.3万人次。", "2.3万人次", "群众"),
    # guards: after an adverb or a scope, before what is bought, handed in or visited, the verb acts
    ("已收购 after a scope", "截至目前，全市已收购夏粮3亿斤。", "3亿斤", "夏粮"),
    ("共提交", "代表们共提交建议150件。", "150件", "建议"),
    ("共走访 firms", "工作组共走访企业86家。", "86家", "企业"),
    ("a scope, then a crop", "全县收购稻谷3.2万吨。", "3.2万吨", "稻谷"),
    ("a verb of holding activities", "全市开展活动120场。", "120场", "活动"),
    ("a team's name with 组织", "全县党组织达到320个。", "320个", "全县党组织"),
]


@pytest.mark.parametrize("name, text, quote, subject", COMPOUNDS_OF_A_VERB, ids=[r[0] for r in COMPOUNDS_OF_A_VERB])
def test_a_verb_does_not_split_the_compound_noun_it_forms(name, text, quote, subject):
    assert subjects_of(text, quote, D) == [subject]


ATTRIBUTE_WORDS_IN_A_LONGER_NOUN = [
    # an attribute word (水质, 集体经济, 门票, 利润) that opens a longer noun with a head of its own (an organisation,
    # a centre, a plant, a platform, a system, equipment, a team) modifies the counted noun: nothing ends there
    ("an organisation", "全县45个村集体经济组织全部完成改革。", "45个", "村集体经济组织"),
    ("a cooperative", "全县30个村集体经济合作社完成登记。", "30个", "村集体经济合作社"),
    ("a booking system", "全市6个景区门票预约系统上线。", "6个", "景区门票预约系统"),
    ("a monitoring centre", "全省12个省级水质监测中心投入运行。", "12个", "省级水质监测中心"),
    ("a profit centre", "集团7个区域利润中心完成考核。", "7个", "区域利润中心"),
    ("a purification plant", "全市5个县区水质净化厂完成提标。", "5个", "县区水质净化厂"),
    ("a warning platform", "全市9个城市水质预警平台建成。", "9个", "城市水质预警平台"),
    ("testing equipment", "全市20个乡镇水质检测设备配备到位。", "20个", "乡镇水质检测设备"),
    # guards: what is said of the counted noun still ends it
    ("a collective income", "全县45个村集体经济收入超过10万元。", "45个", "村"),
    ("a share prices' rise", "全市41家上市公司股价上涨。", "41家", "上市公司"),
    ("a yearly sales income", "全市63家家庭农场年销售收入超过百万元。", "63家", "家庭农场"),
    ("profits in part", "全市12家企业利润部分用于研发。", "12家", "企业"),
    ("a water-quality rate", "全市8个水源地水质达标率100%。", "8个", "水源地"),
]


@pytest.mark.parametrize("name, text, quote, subject", ATTRIBUTE_WORDS_IN_A_LONGER_NOUN,
                         ids=[r[0] for r in ATTRIBUTE_WORDS_IN_A_LONGER_NOUN])
def test_an_attribute_word_opening_a_longer_noun_ends_no_counted_noun(name, text, quote, subject):
    assert subjects_of(text, quote, D) == [subject]
