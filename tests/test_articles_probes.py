"""Front-page headline classes found by adversarial probes: small invented pages in the default
pdftotext style (blank lines between blocks), each headline checked against the story it heads."""

from __future__ import annotations

import pytest

from tests.snippets import page, stories

LEADS = (
    "本报讯 （记者 简 宁）5月13日，记者从市民政局获悉，今年全市新建社区\n养老服务中心24个、普惠托育机构18家。",
    "本报讯 （记者 罗 兵）5月13日，北岸市春季大型招聘会举行，提供岗位\n1.2万个，吸引求职者8000余人次。",
    "本报讯 （记者 于 飞）5月12日晚，河西县乡村篮球联赛决赛在石桥村\n举行，吸引观众2万余人次。",
)


@pytest.mark.parametrize("heads", [
    ("谁来守护“一老一小”？", "稳就业，我们在行动！", "春风十里，不如“村BA”……"),
    ("老旧小区改造，居民说了算？", "“小快递”跑出乡村振兴“加速度”！", "网购“后悔药”怎么吃？"),
])
def test_a_headline_closing_on_a_question_or_an_exclamation_heads_the_lead_under_it(heads):
    """Class: headline closing on ？, ！ or ……. A one-line display line ending on such a mark, set alone
    right over a story's lead (本报讯…), is that story's headline, not a stray paragraph or a teaser."""
    text = page("北岸日报", *(x for pair in zip(heads, LEADS) for x in pair))
    arts = stories(text)
    assert [(a.kind, a.headline) for a in arts] == [("news", h) for h in heads]


@pytest.mark.parametrize("headline", [
    "【奋进新征程】西塘港：向海图强再出发",
    "【民生直通车】小区充电桩装到了家门口",
    "【聚焦两会】代表委员热议：民生实事怎么办……",
])
def test_a_column_tag_printed_in_a_headline_over_a_lead_stays_in_the_headline(headline):
    """Class: column tag printed in a headline. A 【tag】 opening a line set alone (a blank line under it)
    right over a story's lead is part of that story's headline, brackets kept, even when the words after it
    are short or hold a colon: not a box's label over its first words."""
    arts = stories(page("西塘日报", headline, LEADS[0]))
    assert [(a.kind, a.kicker, a.headline) for a in arts] == [("news", "", headline)]


def test_a_box_label_over_its_text_is_still_a_box():
    """A 【label】 whose words run on into the box's next line, or end a sentence, is still a box."""
    arts = stories(page("西塘日报", "【核心提示】今年以来，我市持续优化营商环境，新增市场主体\n1.2万户。", LEADS[0]))
    assert [a.kind for a in arts][:1] == ["box"] and arts[0].kicker == "核心提示"


@pytest.mark.parametrize("measure, change, body", [
    ("一季度全市地区生产总值", "同比增长5.9%", "本报讯 （记者 庄 严）一季度，全市实现地区生产总值586.3亿元，\n同比增长5.9%。"),
    ("前4个月我国外贸进出口", "同比增长5.7%",
     "新华社北京5月13日电 前4个月，我国货物贸易进出口总值同比增长\n5.7%，外贸运行稳中向好。"),
    ("4月份全市居民消费价格", "环比下降0.3%", "本报讯 4月份，全市居民消费价格环比下降0.3%，同比持平。"),
])
@pytest.mark.parametrize("after", [False, True])
def test_a_headline_wrapped_before_its_change_and_figure_is_one_headline(measure, change, body, after):
    """Class: headline wrapped before its predicate. A line that is only a change and its figure (同比增长5.9%),
    under a line naming the measure, finishes that line's clause: one headline wrapped, not a headline over a
    figures deck, whether the stack stands over its body or after it."""
    stack = measure + "\n" + change
    arts = stories(page("山阳日报", body, stack) if after else page("山阳日报", stack, body))
    assert [(a.headline, a.subheadlines) for a in arts] == [(measure + change, [])]


def test_a_figures_deck_with_its_own_measure_stays_a_deck():
    """A figures line naming its own measure (总投资186亿元) under a headline is still its deck."""
    arts = stories(page("山阳日报", "全市二季度重点项目集中开工\n总投资186亿元",
                        "本报讯 5月13日，全市二季度重点项目集中开工，总投资186亿元。"))
    assert [(a.headline, a.subheadlines) for a in arts] == [("全市二季度重点项目集中开工", ["总投资186亿元"])]
