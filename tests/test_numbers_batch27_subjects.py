"""Subject classes from batch 27, with invented sentences and near misses that must not change: a verb with 已
closing the phrase (the noun before it is measured, or the noun of the count before when none is printed), the
verb after 累计 or after a 并 joining two verbs (its object is measured), a figure's label printed after it (read
as a phrase before a number), a comparison with an adjective (同比快), a rate a forecast returns to (回升至), and
a 使 inside a word (使用权)."""

import pytest

from tests.snippets import subjects_of


@pytest.mark.parametrize("text, quote, subject", [
    # 已 and a verb close the phrase: the noun before 已 is what is measured
    ("东区污水管网已敷设8.6公里，占设计长度的七成。", "8.6公里", "东区污水管网"),
    ("新建的二号泵站已经试运行45天。", "45天", "新建的二号泵站"),
    # no noun of its own before 已: the noun of the count before it in the clause
    ("全县212家规模以上企业已复产198家。", "198家", "规模以上企业"),
    ("全区36个省级重点项目已开复工30个。", "30个", "省级重点项目"),
    # near misses: 已 with an object after its verb, a rate named with the verb, 已 inside a word
    ("全市已建成5G基站1200个。", "1200个", "5G基站"),
    ("全市企业已复工率达到90%。", "90%", "全市企业已复工率"),
    ("全县农业保险已决赔款820万元。", "820万元", "全县农业保险已决赔款"),
])
def test_a_verb_with_yi_closing_the_phrase(text, quote, subject):
    assert subjects_of(text, quote)[0] == subject


@pytest.mark.parametrize("text, quote, subject", [
    # 累计 or a 并 joining two verbs, then a verb no vocabulary lists: its object is measured
    ("今年以来，巡线班累计巡查输电线路860公里。", "860公里", "输电线路"),
    ("全县累计清淤河道120公里。", "120公里", "河道"),
    ("排查并整改安全隐患36处。", "36处", "安全隐患"),
    # near misses: a measure's name after the word, an act's own noun, a listed subject verb
    ("全县累计种植面积3万亩。", "3万亩", "全县种植面积"),
    ("全市累计发电量30亿千瓦时。", "30亿千瓦时", "全市发电量"),
    ("他从事护林工作30年，累计巡山行程超过2万公里。", "超过2万公里", "巡山行程"),
    ("全区累计完成投资42亿元。", "42亿元", "投资"),
])
def test_the_object_after_leiji_or_bing_and_a_verb(text, quote, subject):
    assert subjects_of(text, quote)[0] == subject


@pytest.mark.parametrize("text, quote, subject", [
    # a box prints the figure, then its label on the next line: the label's verb is cut as before a number
    ("全县办好民生实事。\n\n【数说】\n\n８所\n今年新增公办幼儿园\n\n１．２万人次\n今年以来开展老年人免费体检", "８所", "公办幼儿园"),
    ("全县办好民生实事。\n\n【数说】\n\n８所\n今年新增公办幼儿园\n\n１．２万人次\n今年以来开展老年人免费体检", "１．２万人次", "老年人免费体检"),
    # near miss: a label that is a noun only stays whole
    ("全县办好民生实事。\n\n【数说】\n\n８所\n今年新增公办幼儿园\n\n９９．２％\n今年全县适龄儿童入学率", "９９．２％", "全县适龄儿童入学率"),
])
def test_a_label_after_its_figure_loses_its_verb(text, quote, subject):
    assert subjects_of(text, quote)[0] == subject


@pytest.mark.parametrize("text, quote, subject", [
    # 同比 or 环比 with an adjective of comparison (快, 慢, 高, 低) is no part of the subject
    ("全县完成早稻插秧面积的63%，进度同比快2.1个百分点。", "2.1个百分点", "进度"),
    ("全市小麦收获进度环比慢3个百分点。", "3个百分点", "全市小麦收获进度"),
    # a rate a forecast says will return to a level (回升至) is a change verb's level: the rate is measured
    ("预计今年全区工业增速有望回升至7%左右。", "7%左右", "全区工业增速"),
    ("全县商品房成交面积有望回升至8万平方米。", "8万平方米", "全县商品房成交面积"),
    # 使 inside 使用权 is no causative (but 企业使…: it is)
    ("县自然资源局决定出让3宗国有建设用地使用权。", "3宗", "国有建设用地使用权"),
    ("3家龙头企业使全县税收增长两成。", "3家", "龙头企业"),
])
def test_comparison_adjectives_rates_returning_and_shi_inside_a_word(text, quote, subject):
    assert subjects_of(text, quote)[0] == subject


@pytest.mark.parametrize("text, quote, subject", [
    # a verb-noun (改造, 建设) between a noun and a noun head (项目, 工程) after a count makes one compound noun
    ("全县28个农村危房改造项目已完工25个。", "28个", "农村危房改造项目"),
    ("全县28个农村危房改造项目已完工25个。", "25个", "农村危房改造项目"),
    ("全市新落地12个水利建设工程。", "12个", "水利建设工程"),
    # near misses: the verb takes an object that is no noun head, so the count's noun ends before it
    ("全市12家企业投资建厂。", "12家", "企业"),
    ("全市20家企业投资兴业。", "20家", "企业"),
])
def test_a_verb_noun_before_a_noun_head_after_a_count(text, quote, subject):
    assert subjects_of(text, quote)[0] == subject
