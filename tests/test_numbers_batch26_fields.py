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


# --- review of the classes above (every input the reviewer ran, with the right reading, and near misses) -----------

@pytest.mark.parametrize("text, quote, period", [
    # an age group (N岁以上, N岁以下, N周岁及以上, N岁至M岁) is no person's age: the year dates the figure
    ("今年60岁以上老人体检率达到92%。", "92%", "2024"),
    ("去年12岁以下儿童接种疫苗1.5万剂次。", "1.5万剂次", "2023"),
    ("去年65周岁及以上老年人健康管理率达到72%。", "72%", "2023"),
    ("今年80岁以上老人高龄补贴发放2.6万人次。", "2.6万人次", "2024"),
    ("去年60周岁以上农村老人参保人数达5.6万人。", "5.6万人", "2023"),
    ("今年18岁以下青少年近视筛查完成4.2万人。", "4.2万人", "2024"),
    ("明年60岁以上老人将全部纳入免费体检，预计惠及3.5万人。", "3.5万人", "2025"),
    ("今年3至6岁儿童毛入园率达到95%。", "95%", "2024"),
    ("今年3岁至6岁儿童毛入园率达到95%。", "95%", "2024"),
    ("今年年满60岁以上老人共有1.2万人。", "1.2万人", "2024"),
    ("去年70岁及以下参保人员报销比例提高到65%。", "65%", "2023"),
    # near misses: a person's age still dates nothing
    ("今年68岁的老党员李明说，全村有果园120亩。", "120亩", None),
    ("去年刚满60岁的王师傅说，车间有工人45名。", "45名", None),
])
def test_an_age_group_is_no_persons_age(text, quote, period):
    assert _found(text)[quote].period == period


@pytest.mark.parametrize("text, quote, period", [
    # 截至目前 with a stock: only the stock's own clauses stand now; a clause counting work done (完成, 新增, 发放,
    # 办理, 接待 …) after ， or ； keeps the paragraph's period, and so do the items after it
    ("今年以来，全县招引项目32个。截至目前，全县共有在建项目46个；完成投资18亿元。", "46个", None),
    ("今年以来，全县招引项目32个。截至目前，全县共有在建项目46个；完成投资18亿元。", "18亿元", "2024"),
    ("今年以来，全县新增市场主体3200户。截至目前，全县建有便民服务中心18个；新增就业岗位2600个；发放创业贷款1.2亿元。",
     "2600个", "2024"),
    ("今年以来，全县新增市场主体3200户。截至目前，全县建有便民服务中心18个；新增就业岗位2600个；发放创业贷款1.2亿元。",
     "1.2亿元", "2024"),
    ("今年以来，全县新增市场主体3200户。截至目前，全县建有便民服务中心18个，办理业务12万件。", "12万件", "2024"),
    ("今年以来，全县新增市场主体3200户。截至目前，全县建有便民服务中心18个，办理业务12万件。", "18个", None),
    ("今年以来，全镇新建文化站3个。截至目前，全镇现有农家书屋26家，接待读者1.6万人次，图书总量8万册。", "1.6万人次", "2024"),
    ("今年以来，全镇新建文化站3个。截至目前，全镇现有农家书屋26家，图书总量8万册；开展阅读活动40场。", "8万册", None),
    ("今年以来，全镇新建文化站3个。截至目前，全镇现有农家书屋26家，图书总量8万册；开展阅读活动40场。", "40场", "2024"),
    # 共有 + a count of who did the work (共有120家企业完成整改) is a flow, with what follows it
    ("今年以来，全市查处违法案件56起。截至目前，共有120家企业完成整改，整改率达95%。", "120家", "2024"),
    ("今年以来，全市查处违法案件56起。截至目前，共有120家企业完成整改，整改率达95%。", "95%", "2024"),
    ("今年以来，全县接待游客80万人次。截至目前，全县共有3个景区接待游客超10万人次。", "3个", "2024"),
    ("今年以来，全县接待游客80万人次。截至目前，全县共有3个景区接待游客超10万人次。", "超10万人次", "2024"),
    ("今年以来，全县新增市场主体3200户。截至目前，全县共有1200户经营主体享受减税，减税金额达3600万元。", "1200户", "2024"),
    ("今年以来，全县新增市场主体3200户。截至目前，全县共有1200户经营主体享受减税，减税金额达3600万元。", "3600万元", "2024"),
    # near miss: 共有 + the counted thing, no verb of work after it, stays a stock
    ("今年以来，全县新增市场主体3200户。截至目前，全县共有个体工商户2.1万户。", "2.1万户", None),
    # 如今 clears its own sentence (as before), not the items after ；
    ("今年以来，全村新发展民宿12家。如今，村里有民宿46家；接待游客2万人次，实现旅游收入300万元。", "46家", None),
    ("今年以来，全村新发展民宿12家。如今，村里有民宿46家；接待游客2万人次，实现旅游收入300万元。", "2万人次", "2024"),
    ("今年以来，全村新发展民宿12家。如今，村里有民宿46家；接待游客2万人次，实现旅游收入300万元。", "300万元", "2024"),
    ("今年以来，全村新发展民宿12家。如今，村里有民宿46家，接待游客2万人次。", "2万人次", None),
])
def test_stock_up_to_now_stays_in_its_own_clauses(text, quote, period):
    assert _found(text)[quote].period == period


@pytest.mark.parametrize("text, quote, direction, comparison", [
    # a share of what a verb added (新增财力70%用于民生): no change, no 同比
    ("今年全县新增财力70%以上用于保障和改善民生。", "70%以上", None, None),
    ("今年全县新增就业岗位35%来自民营企业。", "35%", None, None),
    ("今年新增专项债券资金八成投向重大项目。", "八成", None, None),
    ("全县新增财政资金80%用于民生领域。", "80%", None, None),
    ("全县增加投入资金90%用于农村。", "90%", None, None),
    ("去年全县增加的财政收入60%来自税收。", "60%", None, None),
    ("全县新增耕地中水田85%。", "85%", None, None),
    ("今年全市新增贷款六成投向小微企业。", "六成", None, None),
    # a change verb that begins a noun (上升空间, 下行压力, 增长潜力, 扩大消费贡献): no change
    ("全县上升空间达15%。", "15%", None, None),
    ("该县房价下行压力约10%。", "约10%", None, None),
    ("全县增长潜力约5%。", "约5%", None, None),
    ("全县扩大消费贡献3个百分点。", "3个百分点", None, None),
    ("专家认为，全县粮食增产潜力在10%左右。", "10%左右", None, None),
    ("全县经济增长动力约6%。", "约6%", None, None),
    # near misses: the verb and its object, a rate it changes
    ("全县降低中小企业融资成本10%。", "10%", "decrease", None),
    ("全县扩大市场空间20%。", "20%", "increase", None),
    ("全县削减一般性支出10%。", "10%", "decrease", None),
    ("今年全县压减会议经费15%。", "15%", "decrease", "同比"),
    ("去年全县增加农民经营性收入8.2%。", "8.2%", "increase", "同比"),
    ("今年全县财政收入增长的预期目标为7%左右。", "7%左右", "increase", "同比"),
])
def test_a_share_or_a_noun_after_a_change_verb_is_no_change(text, quote, direction, comparison):
    c = _found(text)[quote]
    assert (c.direction, c.comparison) == (direction, comparison)


@pytest.mark.parametrize("text, when, quote, period", [
    # 今年, 去年 written right before a month or day: that year's, even a month later than the edition's
    ("今年6月全县接待游客12万人次。", MARCH, "12万人次", "2024-06"),
    ("今年6月1日，全县接待游客12万人次。", MARCH, "12万人次", "2024-06-01"),
    ("今年10月底前，全县完成改造1200户。", MARCH, "1200户", "2024-10"),
    ("去年2月，全县接待游客12万人次。", MARCH, "12万人次", "2023-02"),
    ("去年12月，全县接待游客12万人次。", MARCH, "12万人次", "2023-12"),
    ("今年2月，全县接待游客12万人次。", MARCH, "12万人次", "2024-02"),
    ("今年11月，全县接待游客12万人次。", NOVEMBER, "12万人次", "2024-11"),
    # near misses: a bare month later than the edition's is still last year's (a review of it)
    ("6月，全县接待游客12万人次。", MARCH, "12万人次", "2023-06"),
    ("11月，全县接待游客12万人次。", MARCH, "12万人次", "2023-11"),
])
def test_a_month_after_this_year_is_this_years(text, when, quote, period):
    assert _found(text, when)[quote].period == period
