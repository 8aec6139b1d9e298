"""Subject classes from batch 26, with invented sentences and near misses that must not change: the name of
a span of days a total counts (公示期为…至…，共5个工作日 → 公示期), and a counted noun that ends where its
predicate opens (a verb with 了, the progressive 正, 全员, a distributive 逐户)."""

import pytest

from tests.snippets import subjects_of


@pytest.mark.parametrize("text, quote, subject", [
    # a total of days right after a span of days named before 为 or a colon measures that span's name
    ("公示期为2024年10月11日至10月17日，共5个工作日。如有异议请联系。", "5个工作日", "公示期"),
    ("一、禁渔时间：2025年3月1日0时至6月30日24时，共计4个月。", "4个月", "禁渔时间"),
    ("供暖期为11月26日至次年3月15日（共110天）。", "110天", "供暖期"),
    ("现将有关事项通告如下：一、禁捕时间：2025年4月1日0时至7月31日24时，共计4个月。", "4个月", "禁捕时间"),
    ("征求意见时间为3月1日至3月15日，共15天，公示期为5个工作日。", "15天", "征求意见时间"),
    # near misses: no name before the span, a noun of its own, a total that is no duration, no span printed
    ("2024年6月1日至6月30日，共30天。", "30天", ""),
    ("展期为5月1日至5月7日，会展中心共7天接待观众3万人次。", "3万人次", "观众"),
    # two spans in one sentence: each total takes its own span's name
    ("报名时间为6月1日至6月10日，共10天；考试时间为6月20日至6月21日，共2天。", "10天", "报名时间"),
    ("报名时间为6月1日至6月10日，共10天；考试时间为6月20日至6月21日，共2天。", "2天", "考试时间"),
    # a line break inside the dates does not hide the name
    ("公示期为2024年12月2日至\n12月6日，共5个工作日。", "5个工作日", "公示期"),
    # the name starts after a verb of deciding (statement_openers: 决定, 确定); 全县 stays, as 全市 does in 全市销售额
    ("县委决定全县秋季征兵时间为8月1日至9月30日，共61天。", "61天", "全县秋季征兵时间"),
    ("会议确定今年的禁渔期为3月1日至6月30日，共4个月。", "4个月", "禁渔期"),
    # near misses: 为 inside the verb 定为 (by the tokenizer) names no span; the base's reading stands ("")
    ("活动时间为6月1日至6月3日，共吸引游客5万人次。", "5万人次", "游客"),
    ("今年的文化旅游节定为5月1日至5月3日，共3天。", "3天", ""),
    ("本次培训为期5天，共培训学员300名。", "300名", "学员"),
])
def test_a_span_of_days_totalled_takes_its_name(text, quote, subject):
    assert subjects_of(text, quote)[0] == subject


@pytest.mark.parametrize("text, quote, subject", [
    # a verb with the particle 了 after a counted noun opens its predicate (a complement stays with the verb)
    ("3月3日，30余名市政协委员视察了城东污水处理厂。", "30余名", "市政协委员"),
    ("3.36万元赔款打到了他的社保卡上。", "3.36万元", "赔款"),
    ("30名学员了解了操作流程。", "30名", "学员"),
    # the progressive 正, 全员 and a distributive 逐户 open the predicate too
    ("50多名村民正忙着加工箱包。", "50多名", "村民"),
    ("18家企业正加紧赶制订单。", "18家", "企业"),
    ("全县436名专职护林员全员上岗。", "436名", "专职护林员"),
    ("对43座病险水库逐库落实责任人。", "43座", "病险水库"),
    ("120名网格员逐户排查隐患。", "120名", "网格员"),
    # near misses: 了 inside a word (了解) or after a one-character noun, 全员 and 正 inside the noun
    ("20多个村完成了改造。", "20多个", "村"),
    ("8家修正药业门店开业。", "8家", "修正药业门店"),
])
def test_a_counted_noun_ends_where_its_predicate_opens(text, quote, subject):
    assert subjects_of(text, quote)[0] == subject


# The reviewer's inputs for the openers that hide inside words (全员 in 安全员, 逐项 in 角逐项目, 了 in 了望塔) and for
# the progressive 正 and distributive 逐X, read by the tokenizer: an opener marked ``before`` word in
# predicate_openers.csv (and the particle 了) cuts the noun only where the tokenizer has it begin a word, and a
# one-character one (正, 了) only where it is a word of its own.
@pytest.mark.parametrize("text, quote, subject", [
    # 全员 inside 安全员 (and 健全员工) is no opener: the noun stays whole
    ("全县36名专职安全员参加培训。", "36名", "专职安全员"),
    ("86名安全员和12名质检员参加考试。", "86名", "安全员"),
    ("全县配齐86名村级安全员。", "86名", "村级安全员"),
    ("3名专职安全员正在巡查。", "3名", "专职安全员"),
    ("30名驻厂安全员每天巡查。", "30名", "驻厂安全员"),
    ("600名食品安全员接受培训。", "600名", "食品安全员"),
    ("600名农村食品安全员接受培训。", "600名", "农村食品安全员"),
    ("全省有3000名国家安全员。", "3000名", "国家安全员"),
    ("12家企业的86名安全员参加考试。", "86名", "安全员"),
    ("20个重点项目的36名安全员参加了培训。", "36名", "安全员"),
    ("15名安全员全员持证上岗。", "15名", "安全员"),
    # 逐项 inside 角逐项目, 了 opening 了望塔 / 了望台
    ("运动会共设36个角逐项目。", "36个", "角逐项目"),
    ("12座森林防火了望塔投入使用。", "12座", "森林防火了望塔"),
    ("12名护林员坚守了望台。", "12名", "护林员"),
    # the progressive 正 as a word of its own before a verb or an adverb; not inside 转正, 正科级, 修正
    ("12家企业正有序复工。", "12家", "企业"),
    ("12家企业正陆续复工。", "12家", "企业"),
    ("8个项目正加快建设。", "8个", "项目"),
    ("30名工人正加班加点。", "30名", "工人"),
    ("6台挖掘机正连夜作业。", "6台", "挖掘机"),
    ("15名医护人员正轮班值守。", "15名", "医护人员"),
    ("20名村民正忙于秋收。", "20名", "村民"),
    ("12名转正积极分子接受考察。", "12名", "转正积极分子"),
    ("8名正科级干部正积极履职。", "8名", "正科级干部"),
    ("3名正高级职称教师参加评审。", "3名", "正高级职称教师"),
    ("8家正规企业参加招聘。", "8家", "正规企业"),
    # distributive 逐片, 逐人, 逐级
    ("60名干部逐片包干。", "60名", "干部"),
    ("20名党员逐人谈心。", "20名", "党员"),
    # a one-character noun (村) falls back on the place before the count, as 全镇5个村完成了改造 always has
    ("全镇25个村逐级签订责任书。", "25个", "全镇"),
    ("全镇12个村正抓紧秋播。", "12个", "全镇"),
    # a one-character complement 在 stays with its verb (冲在了), as 到 does (打到了), 好 (修好了)
    ("60余名党员冲在了防汛一线。", "60余名", "党员"),
    ("4名工人修好了水管。", "4名", "工人"),
])
def test_an_opener_cuts_the_noun_only_where_it_begins_a_word(text, quote, subject):
    assert subjects_of(text, quote)[0] == subject


def test_a_noun_opening_with_quanyuan_is_not_cut_before_it():
    """300户 counts households, so the right subject is 全员持股家庭 and 分红 is their predicate (a verb no opener
    list holds yet: see the open rows below); what this pins is that 全员 opening the noun does not cut it."""
    assert subjects_of("300户全员持股家庭分红。", "300户")[0].startswith("全员持股家庭")


# Open classes the reviewer found, each with its right reading: an adverb before the verb with 了 (早早, 自发,
# 逐渐), a two-character complement (打扫干净了), a one-character verb that is also a complement (上了, 开了), a
# one-character noun before 有了, a verb no opener list holds after the noun (上岗, 走村入户, 角逐, 健全, 分红),
# a span named by a verb (定为) or by the bare 时间, and a span's name alone on a line the page parser cuts off.
@pytest.mark.xfail(strict=True, reason="open subject classes (see the comment above)")
@pytest.mark.parametrize("text, quote, subject", [
    ("共有1200名安全员上岗。", "1200名", "安全员"),
    ("12名消防安全员上岗。", "12名", "消防安全员"),
    ("300名网格安全员走村入户。", "300名", "网格安全员"),
    ("12家企业健全员工培训制度。", "12家", "企业"),
    ("30个团队角逐项目大奖。", "30个", "团队"),
    ("30个创业团队角逐项目大赛金奖。", "30个", "创业团队"),
    ("5个村逐渐形成了特色产业。", "5个", "村"),
    ("120名志愿者打扫干净了街道两侧的卫生死角。", "120名", "志愿者"),
    ("80多名居民早早来到了广场。", "80多名", "居民"),
    ("20多名群众自发组织了巡逻队。", "20多名", "群众"),
    ("3家超市上了新货。", "3家", "超市"),
    ("3个项目开了工。", "3个", "项目"),
    ("2辆消防车开了过来。", "2辆", "消防车"),
    ("3个村有了自来水。", "3个", "村"),
    ("300户全员持股家庭分红。", "300户", "全员持股家庭"),
    ("今年的文化旅游节定为5月1日至5月3日，共3天。", "3天", "文化旅游节"),
    ("本次集中整治为期一个月，时间为8月1日至8月31日，共31天。", "31天", "集中整治时间"),
])
def test_open_subject_classes(text, quote, subject):
    assert subjects_of(text, quote)[0] == subject
