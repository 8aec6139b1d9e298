"""Claims: one golden case per convention and trap, scored evaluations, properties."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from frontpage.parse.articles import parse_articles
from frontpage.book.page import DEFAULT_EDITION, ROOT
from frontpage.numbers.claims import CONTEXT_KINDS, extract_claims
from frontpage.parse.reading import decode_edition

from .pagegen import pages

DAY = date(2021, 4, 22)


def claims_in(text: str, when: date = DAY, context: bool = False):
    ed = decode_edition(text.encode("utf-8"))
    return [c for c in extract_claims(ed, parse_articles(ed, when), when, with_context=context)
            if context or c.kind not in CONTEXT_KINDS]


def one(text: str, when: date = DAY):
    found = claims_in(text, when)
    assert len(found) == 1, [(c.quote, c.kind) for c in found]
    return found[0]


# (text, quote, value, unit, kind, qualifier, direction, subject)
CONVENTIONS = [
    ("重庆外贸总值1802.4亿元。", "1802.4亿元", 180240000000, "CNY", "money", None, None, "重庆外贸总值"),
    ("贫困人口减少45.6万元。", "45.6万元", -456000, "CNY", "money", None, "decrease", "贫困人口"),
    ("企业估值将达10亿美元。", "10亿美元", 1000000000, "USD", "money", None, None, "企业估值"),
    ("带动贫困人口1.8万。", "1.8万", 18000, "person", "count", None, None, "贫困人口"),
    ("外贸总值同比增长60.4%。", "60.4%", 60.4, "%", "percent", None, "increase", "外贸总值"),
    ("工业增加值环比下降3.1%。", "3.1%", -3.1, "%", "percent", None, "decrease", "工业增加值"),
    ("粮食产量减少162万吨。", "162万吨", -1620000, "t", "measure", None, "decrease", "粮食产量"),
    ("增速比上年提高2.6个百分点。", "2.6个百分点", 2.6, "pp", "percentage_point", None, "increase", "增速"),
    ("增速放缓0.1个百分点。", "0.1个百分点", -0.1, "pp", "percentage_point", None, "decrease", "增速"),
    ("出口额增长2倍。", "2倍", 2, "×", "multiple", None, "increase", "出口额"),
    ("到2025年，产值翻一番。", "翻一番", 2, "×", "multiple", None, "increase", "产值"),
    ("全市销售额约2100亿元。", "约2100亿元", 210000000000, "CNY", "money", "approx", None, "全市销售额"),
    ("占比近15%。", "近15%", 15, "%", "percent", "upper_bound", None, "占比"),
    ("出口超过300亿元。", "超过300亿元", 30000000000, "CNY", "money", "lower_bound", None, "出口"),
    ("耕地稳定在3000万亩以上。", "3000万亩以上", 30000000, "mu", "measure", "lower_bound", None, "耕地"),
    ("进出口总值3000多亿元。", "3000多亿元", 300000000000, "CNY", "money", "lower_bound", None, "进出口总值"),
    ("出口1800余亿元。", "1800余亿元", 180000000000, "CNY", "money", "lower_bound", None, "出口"),
    ("通行时间将缩短至1小时左右。", "1小时左右", 1, "hour", "duration", "approx", None, "通行时间"),
    ("新登记企业一万二千家。", "一万二千家", 12000, "organisation", "count", None, None, "企业"),
    ("投入资金三千二百万元。", "三千二百万元", 32000000, "CNY", "money", None, None, "资金"),
    ("零售总额增长两成。", "两成", 20, "%", "percent", None, "increase", "零售总额"),
    ("农户占比达到六成。", "六成", 60, "%", "percent", None, None, "农户占比"),
    ("百分之三十的乡镇建成了设施。", "百分之三十", 30, "%", "percent", None, None, "乡镇建成设施"),  # the particle 了 goes (ANNOTATION-BRIEF: subjects)
    ("占耕地面积的一半以上。", "一半以上", 50, "%", "percent", "lower_bound", None, "占耕地面积"),
    ("总产值４９．１亿元。", "４９．１亿元", 4910000000, "CNY", "money", None, None, "总产值"),
    ("全市 11193 个村党组织换届。", "11193个", 11193, "item", "count", None, None, "村党组织"),
    ("实施援建项目1770个。", "1770个", 1770, "item", "count", None, None, "援建项目"),
    ("互派干部275名。", "275名", 275, "person", "count", None, None, "干部"),
    ("共计148项。", "148项", 148, "item", "count", None, None, ""),
    ("山东与重庆虽相距1500公里。", "1500公里", 1500, "km", "measure", None, None, "山东与重庆相距"),
    ("他到岗10多天后完成手术。", "10多天", 10, "day", "duration", "lower_bound", None, "他到岗"),
    ("十年扶贫协作，两地心连心。", "十年", 10, "year", "duration", None, None, "扶贫协作"),
    ("西部陆海新通道三种物流组织方式均快速增长。", "三种", 3, "kind", "count", None, None, "物流组织方式"),
    ("全市100%按期换届。", "100%", 100, "%", "percent", None, None, "按期换届"),
]


@pytest.mark.parametrize("text, quote, value, unit, kind, qualifier, direction, subject", CONVENTIONS,
                         ids=[c[1] for c in CONVENTIONS])
def test_convention(text, quote, value, unit, kind, qualifier, direction, subject):
    c = one(text)
    assert (c.quote, c.value, c.unit, c.kind, c.qualifier, c.direction) == (quote, value, unit, kind, qualifier, direction)
    assert c.subject == subject  # "" where the sentence names no subject (共计148项)


@pytest.mark.parametrize("text, low, high, unit", [
    ("增速在2.6%-16.4%之间。", 2.6, 16.4, "%"),
    ("比重为63%~68%。", 63, 68, "%"),
    ("补贴1万-5万元。", 10000, 50000, "CNY"),
    ("周期为3至5年。", 3, 5, "year"),
    ("每年培训农民3至5万人次。", 30000, 50000, "person-time"),
])
def test_ranges(text, low, high, unit):
    c = one(text)
    assert (c.value, c.low, c.high, c.unit) == (None, low, high, unit)


def test_respectively_pairs_each_value_with_its_subject():
    found = claims_in("农业、工业和服务业分别增长4.1%、9.3%和7.6%。")
    assert [(c.subject, c.value) for c in found] == [("农业", 4.1), ("工业", 9.3), ("服务业", 7.6)]
    found = claims_in("制造业项目112个、基础设施项目68个，分别占46%和28%。")
    assert [(c.subject, c.value) for c in found] == [
        ("制造业项目", 112), ("基础设施项目", 68), ("制造业项目", 46), ("基础设施项目", 28)]


def test_enumerated_counts_each_have_a_subject():
    found = claims_in("已建成消费帮扶专馆2个、专区4个、专柜11个。")
    assert [(c.subject, c.value) for c in found] == [("消费帮扶专馆", 2), ("专区", 4), ("专柜", 11)]


def test_a_number_split_from_its_unit_is_one_claim():
    c = one("据统计，山东省累计向重庆投入财政援助帮扶资金24.2\n亿元，今年起实施。\n")
    assert (c.quote, c.value, c.unit, c.line) == ("24.2亿元", 2420000000, "CNY", 1)
    c = one("山东与重庆虽相距1500公\n里，十分遥远。\n")
    assert (c.value, c.unit) == (1500, "km")


@pytest.mark.parametrize("text", [
    "“十四五”时期是关键时期。", "全面贯彻党的十九大和十九届二中、三中、四中、五中全会精神。", "已梳理形成第一批事项清单。",
    "巩固“三去一降一补”成果。", "实现年龄、学历“一降一升”。", "《梦圆千年脱贫路》第五集播出。", "前景十分广阔。",
    "打通“最后一公里”。", "走入千家万户。", "一步一个脚印抓、一茬接着一茬干。", "实施三大工程。", "一家本土企业获得数家基金青睐。",
    "2版刊登本报评论员文章。", "新建5G基站。", "数百名工人正在施工。", "两地互派干部。", "西南五省签署协议。",
    "以实干实绩迎接建党100周年。", "4月21日，大会召开。", "2010年至2020年，两地合作。", "10年来，两地合作。",
    "这是一个缩影。", "一季度经济形势。", "首例手术成功。", "一企一策做好服务。", "编号2021的文件。",
])
def test_traps_are_not_claims(text):
    assert claims_in(text) == []


def test_dates_and_periods_are_context_rows():
    found = claims_in("4月21日，大会召开。2010年至2020年，10年来，建党100周年。", context=True)
    assert [(c.quote, c.kind, c.period) for c in found] == [
        ("4月21日", "date", "2021-04-21"), ("2010年至2020年", "date", "2010/2020"), ("10年来", "period", "2011/2020"),
        ("100周年", "date", None)]


@pytest.mark.parametrize("text, period", [
    ("一季度，重庆外贸总值1802.4亿元。", "2021-Q1"),
    ("2010年至2020年，山东累计投入24.2亿元。", "2010/2020"),
    ("10年来，山东累计采购8.5亿元。", "2011/2020"),
    ("去年全省粮食总产量达到716.4亿斤。", "2020"),
    ("1至2月，社会消费品零售总额4128.6亿元。", "2021-01/2021-02"),
    ("上半年，全市生产总值1234.5亿元，比一季度放缓0.6个百分点。", "2020-H1"),  # in April, H1 is last year's
    ("去年疫情期间成立的企业，估值将达10亿美元。", None),
    ("今年全市计划改造老旧小区1800个。", "2021"),
])
def test_periods(text, period):
    assert claims_in(text)[-1].period == period


@pytest.mark.parametrize("text, comparison", [
    ("外贸同比增长60.4%。", "同比"), ("比去年增加300亿元。", "同比"), ("比上月下降1.0个百分点。", "环比"),
    ("山东累计投入24.2亿元，实施项目1770个。", None), ("山东累计投入24.2亿元。", "累计"), ("共计148项。", "共计"), ("到2025年，产值达到1万亿元。", None),
])
def test_comparisons(text, comparison):
    assert claims_in(text)[-1].comparison == comparison


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.sampled_from(list("一二两三十百千万亿0123456789.%，。、元个名年月日约近多余以上至-同比增长下降第十四五《》“”成倍翻番 \n")),
               min_size=1, max_size=120))
def test_any_text_gives_traceable_claims(text):
    if not text.strip():
        return
    ed = decode_edition(text.encode("utf-8"))
    articles = parse_articles(ed, DAY)
    by_id = {a.id: a for a in articles}
    for c in extract_claims(ed, articles, DAY, with_context=True):
        assert c.quote and c.quote in c.sentence
        a = by_id[c.article_id]
        text = "\n".join([*(p.text for p in a.parts)])
        # a sentence a column break cut into two body paragraphs (…4386.2 ⏎ 亿元…) is read whole
        assert c.sentence in text or c.sentence in text.replace("\n", "")
        assert 1 <= c.line <= len(ed.lines)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(pages())
def test_generated_pages_give_traceable_claims(page):
    text, _ = page
    ed = decode_edition(text.encode("utf-8"))
    articles = parse_articles(ed, DAY)
    texts = {a.id: "\n".join(p.text for p in a.parts) for a in articles}
    for c in extract_claims(ed, articles, DAY, with_context=False):
        # a sentence a column break cut into two body paragraphs (…，制 ⏎⏎ 造业…) is read whole
        assert c.quote in c.sentence and (c.sentence in texts[c.article_id]
                                          or c.sentence in texts[c.article_id].replace("\n", ""))
        assert c.value is not None or (c.low is not None and c.high is not None)
