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
    ("活动时间为6月1日至6月3日，共吸引游客5万人次。", "5万人次", "游客"),
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
    ("300户全员持股家庭分红。", "300户", "全员持股家庭分红"),
    ("8家修正药业门店开业。", "8家", "修正药业门店"),
])
def test_a_counted_noun_ends_where_its_predicate_opens(text, quote, subject):
    assert subjects_of(text, quote)[0] == subject
