"""Batch 32's headline classes on pages without blank lines (pdftotext -raw). Every snippet is invented;
near misses must not change."""

from __future__ import annotations

import pytest

from tests.snippets import raw, stories

HEADER = ("城乡建设", "2024年5月8日 星期三")
BEFORE = ("本报讯 近日，某县住建局组织开展城镇燃气安全专项检查，共", "排查餐饮场所326家，整改隐患41处，督促",
          "相关单位落实主体责任，切实守牢安全底线。", "燃气安全专项检查全面铺开")


def _briefs(*item: str):
    arts = stories(raw(*HEADER, *BEFORE, "住建快讯", *item,
                       "●老旧小区改造项目开工", "记者从县住建局获悉，今年全县计划改造老旧小区12个，",
                       "涉及居民2300余户，目前已有5个项目开工。"))
    return [a for a in arts if a.kind == "brief"]


@pytest.mark.parametrize("item, headline, first", [
    # a ● headline set in its larger type wraps short of the body column: one headline, its text under it
    (("●城西片区人才公寓", "开始接受申请", "本报讯 5月6日，城西片区首批人才公寓开始接受申请，", "共推出房源120套。"),
     "城西片区人才公寓开始接受申请", "5月6日，城西片区首批人才公寓"),
    (("●4月份住房公积金提取额", "同比增长5.6%", "4月份，全县住房公积金提取额1.26亿元，同比", "增长5.6%。"),
     "4月份住房公积金提取额同比增长5.6%", "4月份，全县住房公积金提取额"),
])
def test_bullet_headline_wrapped_over_two_lines(item, headline, first):
    brief = _briefs(*item)[0]
    assert (brief.headline, brief.subheadlines) == (headline, [])
    assert brief.text.startswith(first)


def test_wider_line_under_a_bullet_headline_is_not_its_wrap():
    # near miss: a line wider than the ● line is no wrap of it (a headline's second line is no wider)
    brief = _briefs("●公积金新政", "城西片区首批人才公寓今起开始接受申请",
                    "本报讯 5月6日，城西片区首批人才公寓开始接受申请，", "共推出房源120套。")[0]
    assert brief.headline == "公积金新政"


def test_one_line_bullet_headline_keeps_its_text():
    # near miss: a one-line ● headline over its text stays as it was
    briefs = _briefs("●二手房交易更便捷", "记者从县不动产登记中心获悉，今年以来，全县共办理",
                     "二手房交易登记业务860笔。")
    assert briefs[0].headline == "二手房交易更便捷" and briefs[0].text.startswith("记者从县不动产登记中心获悉")
    assert briefs[1].headline == "老旧小区改造项目开工"


STORY = ("本报讯 近日，某县住建局组织开展城镇燃气安全专项检查，共", "排查餐饮场所326家，整改隐患41处，督促",
         "相关单位落实主体责任，切实守牢安全底线。")
NEXT = ("本报讯 5月6日，某县城西片区首批人才公寓开始接受申请，共推出", "房源120套，租金为同地段市场租金的八折。")


GAS = ("本报讯 5月6日，记者从某县住建局获悉，前4个月全县燃气用户增长", "8.2%，液化气销量增长1.6倍。")
PLANT = ("本报讯 近日，某县第二污水处理厂扩建工程完成总工程量近七成。", "该工程总投资3.2亿元，建成后处理能力翻一番。")


def _stack(*heads: str, story: tuple[str, ...] = STORY) -> tuple[str, str, list[str]]:
    arts = stories(raw(*HEADER, *story, *heads, *NEXT))
    item = next(a for a in arts if a.text.startswith(story[0][4:10]))
    return item.kicker, item.headline, item.subheadlines


@pytest.mark.parametrize("heads, expected", [
    # two plain lines of one width printed after the text: the first the headline, the second its deck
    (("燃气安全专项检查全面铺开", "餐饮场所隐患整改有序推进"), ("", "燃气安全专项检查全面铺开", ["餐饮场所隐患整改有序推进"])),
    # two figure lines, the upper the wider: the headline and its deck
    (("前4个月全县燃气用户增长8.2%", "液化气销量增长1.6倍", GAS), ("", "前4个月全县燃气用户增长8.2%", ["液化气销量增长1.6倍"])),
    # a one-phrase line far wider than the two decks over it is the headline, they its kicker
    (("总投资3.2亿元 处理能力翻一番", "某县第二污水处理厂扩建工程完成总工程量近七成", PLANT),
     ("总投资3.2亿元 处理能力翻一番", "某县第二污水处理厂扩建工程完成总工程量近七成", [])),
])
def test_two_line_stack_on_a_raw_page_read_by_width(heads, expected):
    assert _stack(*heads[:2], story=heads[2] if len(heads) > 2 else STORY) == expected


@pytest.mark.parametrize("heads, expected", [
    # near miss: a plain line over one giving the news in a figure is that line's kicker
    (("燃气安全专项检查全面铺开", "全县排查餐饮场所326家"), ("燃气安全专项检查全面铺开", "全县排查餐饮场所326家", [])),
    # near miss: a short line over a much wider one is its kicker
    (("燃气安全专项检查", "全县各乡镇餐饮场所隐患整改全面有序推进"), ("燃气安全专项检查", "全县各乡镇餐饮场所隐患整改全面有序推进", [])),
    # near miss: a figure line much narrower than the plain line above is its deck
    (("燃气安全专项检查全面铺开", "全县整改隐患41处"), ("", "燃气安全专项检查全面铺开", ["全县整改隐患41处"])),
    # near miss: a month opening the plain line is no figure of news; the figure line under it is the headline
    (("5月份全县燃气安全专项检查", "整改隐患数量环比下降12%"), ("5月份全县燃气安全专项检查", "整改隐患数量环比下降12%", [])),
    # near miss: a word or two over a line is a label, whatever the widths
    (("住建快讯", "燃气检查"), ("住建快讯", "燃气检查", [])),
])
def test_other_two_line_stacks_keep_their_reading(heads, expected):
    assert _stack(*heads) == expected


TRADE = ("本报讯 1月8日，记者从某县商务局获悉，去年全县外贸进出口总额", "达52.6亿元，首次突破50亿元大关，同比增长9.4%。")


@pytest.mark.parametrize("heads, expected", [
    # a bound word (突破, 超过) awaits its figure: the line under it finishes one headline
    (("外贸稳中有进", "某县去年外贸进出口总额首次突破", "50亿元大关"), ("外贸稳中有进", "某县去年外贸进出口总额首次突破50亿元大关", [])),
    (("外贸稳中有进", "某县去年外贸进出口总额超过", "五十亿元"), ("外贸稳中有进", "某县去年外贸进出口总额超过五十亿元", [])),
])
def test_headline_wrapped_between_a_bound_word_and_its_figure(heads, expected):
    assert _stack(*heads, story=TRADE) == expected


@pytest.mark.parametrize("upper, lower, joined", [
    ("某县去年外贸进出口总额首次突破", "50亿元大关", True),
    ("某县今年粮食总产量有望超过", "三十万吨", True),
    # near misses: 突破 as a noun (实现新突破, 取得突破), or no figure under the bound word
    ("某县外贸进出口实现新突破", "50家企业首次出口", False),
    ("某县科技创新取得突破", "36家企业获评高新技术企业", False),
    ("某县外贸进出口总额首次突破", "全年预期目标", False),
])
def test_hedge_split(upper, lower, joined):
    from frontpage.parse.articles import _hedge_split
    assert _hedge_split(upper, lower) is joined
