"""Classes met in the fourth dev batch, written as invented sentences (conventions: the annotation
brief and the project's notes on Chinese statistical prose), one field of one claim each: values and hedges
that must never be misread, subjects, periods and projections."""

from __future__ import annotations

import pytest

from tests.snippets import claims_of, one





# (class, sentence, quote, value, unit, qualifier, direction)
VALUES = [
    ("a level after 低于 and a noun, following another amount, is that noun's amount",
     "全省政府债务余额860亿元，低于国家核定的债务限额920亿元。", "920亿元", 92_000_000_000, "CNY", None, None),
    ("a level after 高于 and a noun, following another amount", "今年粮食产量61万吨，高于去年的产量58万吨。",
     "58万吨", 580_000, "t", None, None),
    ("a gap in a rate after 低于 stays a decrease", "城镇调查失业率5.0%，低于全国0.3个百分点。",
     "0.3个百分点", -0.3, "pp", None, "decrease"),
    ("约 ending a word is no hedge (节约)", "新建水厂全年节约电费35万元。", "35万元", 350_000, "CNY", None, None),
    ("约 ending a word is no hedge (签约)", "园区当天签约项目12个。", "12个", 12, "item", None, None),
    ("约 as a word is a hedge", "新建水厂全年节省电费约35万元。", "约35万元", 350_000, "CNY", "approx", None),
    ("比X节约 is a decrease against a written base", "大桥总造价比概算节约1.8亿元。", "1.8亿元", -180_000_000,
     "CNY", None, "decrease"),
    ("较X提前 is a decrease of a duration, not 前N个月", "隧道工期较计划提前3个月。", "3个月", -3, "month", None,
     "decrease"),
    ("延长 is an increase of a duration", "阅览室开放时间每天延长3小时。", "3小时", 3, "hour", None, "increase"),
    ("延长至 is a level", "阅览室开放时间延长至12小时。", "12小时", 12, "hour", None, None),
    ("时速N公里 is a speed", "新线设计时速250公里。", "250公里", 250, "km/h", None, None),
    ("a plain distance stays km", "新线全长250公里。", "250公里", 250, "km", None, None),
    ("a change of an age statistic in the next clause", "全县人均预期寿命达到80.1岁，比上年提高0.4岁。",
     "0.4岁", 0.4, "year", None, "increase"),
    ("份 counts copies", "志愿者发放宣传资料1200余份。", "1200余份", 1200, "copy", "lower_bound", None),
    ("份 with a Chinese numeral and a hedge", "社区医生建立家庭健康档案近三百份。", "近三百份", 300, "copy",
     "upper_bound", None),
    ("最长 is an upper bound", "企业可享受最长5年的贷款贴息。", "最长5年", 5, "year", "upper_bound", None),
]


@pytest.mark.parametrize("cls, text, quote, value, unit, qualifier, direction", VALUES,
                         ids=[f"{v[0]}: {v[2]}" for v in VALUES])
def test_values(cls, text, quote, value, unit, qualifier, direction):
    c = one(text, quote)
    assert (c.value, c.unit, c.qualifier, c.direction) == (pytest.approx(value), unit, qualifier, direction)


# (class, sentence, a quote that must NOT be a claim)
NOT_CLAIMS = [
    ("人大N次会议 is an ordinal", "报告提请县十八届人大四次会议审议。", "四次"),
    ("政协N次会议 is an ordinal", "市政协十四届二次会议今天开幕。", "二次"),
    ("提前N个月 is not the period 前N个月", "隧道工期较计划提前3个月。", "前3个月"),
    ("a person's age after a change verb with no age statistic", "他今年58岁，比妻子大两岁。", "两岁"),
]


@pytest.mark.parametrize("cls, text, quote", NOT_CLAIMS, ids=[n[0] for n in NOT_CLAIMS])
def test_not_claims(cls, text, quote):
    assert quote not in [c.quote for c in claims_of(text)]


# (class, sentence, quote, field, expected)
CONTEXT = [
    ("subject: a completion ratio is about the figure before it", "全市一般公共预算收入210亿元，完成预算的101.5%。",
     "101.5%", "subject", "全市一般公共预算收入"),
    ("comparison: a completion ratio has no comparison", "全县建成高标准农田1.8万亩，完成年度任务的112%。",
     "112%", "comparison", None),
    ("subject: the level after 低于 is the noun's", "全省政府债务余额860亿元，低于国家核定的债务限额920亿元。",
     "920亿元", "subject", "国家核定的债务限额"),
    ("subject: 恢复 introduces the noun", "当地去年恢复湿地植被2600亩。", "2600亩", "subject", "湿地植被"),
    ("subject: 搬迁 introduces the noun", "保护区搬迁养殖户35户。", "35户", "subject", "养殖户"),
    ("subject: 盘活 introduces the noun", "全市盘活存量资金约9亿元。", "约9亿元", "subject", "存量资金"),
    ("subject: 拥有 introduces the noun", "全省拥有专精特新企业2100家。", "2100家", "subject", "专精特新企业"),
    ("subject: 公开招聘 introduces the noun", "我中心现面向社会公开招聘护理人员8名。", "8名", "subject", "护理人员"),
    ("subject: 招聘会 stays a noun", "春季招聘会提供岗位5200余个。", "5200余个", "subject", "岗位"),
    ("subject: a trailing 建设 ends a counted noun", "全县18个美丽乡村示范村建设已全面启动。", "18个", "subject",
     "美丽乡村示范村"),
    ("subject: a count after …的 takes the noun after its unit", "他承包的260亩果园今年喜获丰收。", "260亩", "subject",
     "果园"),
    ("subject: a pronoun owner is no part of the subject", "她的义诊服务已坚持整整八年。", "八年", "subject", "义诊服务"),
    ("subject: 按 before a number is a preposition", "全年政府性基金预算收入按150亿元左右安排。", "150亿元左右",
     "subject", "政府性基金预算收入"),
    ("subject: 最高 goes with the hedge", "创业担保贷款额度最高不超过30万元。", "不超过30万元", "subject", "创业担保贷款额度"),
    ("subject: 预期 marks a target", "今年全县税收收入预期目标为18.2亿元。", "18.2亿元", "subject", "全县税收收入"),
    ("subject: an adverb before the verb", "城乡公交票价统一为1元。", "1元", "subject", "城乡公交票价"),
    ("subject: 拟将 is no part of the subject", "经董事会决议，拟将注册资本由300万元增至800万元。", "800万元", "subject",
     "注册资本"),
    ("subject: a dash that opens a listed item", "——城区至新区通勤时间缩短10分钟。", "10分钟", "subject",
     "城区至新区通勤时间"),
    ("comparison: 占比 is a noun, not a base 比…", "一季度，县域就诊量占比提高1.8个百分点。", "1.8个百分点",
     "comparison", None),
    ("subject: 占比 stays whole", "一季度，县域就诊量占比提高1.8个百分点。", "1.8个百分点", "subject", "县域就诊量占比"),
    ("direction: 超收 is an increase over the budget", "全县税收收入完成预算的104%，超收0.6亿元。", "0.6亿元",
     "direction", "increase"),
    ("subject: 超收 carries the subject before", "全县税收收入完成预算的104%，超收0.6亿元。", "0.6亿元",
     "subject", "全县税收收入"),
    ("subject: a grade opens the noun after a measure word", "全县新增3家A级旅游景区。", "3家", "subject", "A级旅游景区"),
    ("subject: a grade with a digit", "其中包括1家4A级景区。", "1家", "subject", "4A级景区"),
    ("subject: a graded noun before an attribute (门票) is the count's, as gold pages annotate (200多家A级景区门票五折)",
     "全市30多家A级景区门票七折优惠。", "30多家", "subject", "A级景区"),
    ("direction: a change verb in a list before 提出 is not this count's", "从延长营业时间、优化交通等方面提出8条举措。", "8条",
     "direction", None),
    ("subject: a rate named with a verb stays whole", "年末城镇登记失业率为3.1%。", "3.1%", "subject", "城镇登记失业率"),
    ("comparison: 共 is the total of the first number after it", "当天共有85家企业提供岗位3200个。", "3200个",
     "comparison", None),
    ("comparison: 共 before its verb is a total", "当天共有85家企业提供岗位3200个。", "85家", "comparison", "共计"),
    ("period: 年末 of a stock already reported is the year", "年末全市常住人口512.3万人。", "512.3万人", "period",
     "2023"),
    ("period: 明年 is the year after the edition's", "县里计划明年新建农村公路120公里。", "120公里", "period", "2025"),
    ("projection: a budget's allocation is a target", "2025年全市一般公共预算支出安排520亿元，增长3.1%。", "520亿元",
     "projection", "target"),
    ("projection: the rate after a budget's allocation is a target too",
     "2025年全市一般公共预算支出安排520亿元，增长3.1%。", "3.1%", "projection", "target"),
    ("projection: each item of a 分别 allocation is a target", "教育支出、卫生支出分别安排80亿元和36亿元。", "36亿元",
     "projection", "target"),
    ("projection: 按…安排 is a target, not the forecast before it",
     "预计土地出让收入60亿元左右，政府性基金预算收入按150亿元左右安排。", "150亿元左右", "projection", "target"),
    ("projection: 预计 with a target year is a forecast", "预计到2026年底全县森林覆盖率将达到62%左右。", "62%左右",
     "projection", "forecast"),
    ("projection: a plan with a target year stays a target", "根据规划，到2026年底，全县充电站将增至40家。", "40家",
     "projection", "target"),
    ("projection: this year's news allocation is no budget target", "今年县财政安排春耕资金1800万元。", "1800万元",
     "projection", None),
]


@pytest.mark.parametrize("cls, text, quote, name, expected", CONTEXT, ids=[f"{c[0]}: {c[2]}" for c in CONTEXT])
def test_context(cls, text, quote, name, expected):
    assert getattr(one(text, quote), name) == expected
