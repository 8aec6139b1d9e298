"""Batch 38's headline classes on pages without blank lines (pdftotext -raw): stacks printed after the
bodies of several stories. Every snippet is invented; near misses must not change."""

from __future__ import annotations

from tests.snippets import page, raw, stories

HEADER = ("城市生活", "2024年9月12日 星期四")

BUS = ("本报讯（记者 林小舟）9月11日，记者从某市公交集团获悉，", "新开通的环湖公交专线日均客流已达1.8万人次，",
       "比开通首周增长六成。专线共设站点26个，", "全程约需50分钟。")
LIBRARY = ("本报讯（通讯员 何青）9月10日，某市图书馆少儿分馆", "正式开馆，馆内藏书12万册，设阅览座位320个，",
           "开馆首日接待小读者4600余人次。")
FAIR = ("本报讯（记者 周晴）9月11日，第六届某市秋季农产品", "展销会开幕，来自各区县的210家企业参展，",
        "展销会将持续至9月15日。")
NEXT = ("本报讯 近日，某市启动老旧小区电梯加装三年行动，计划加装", "电梯600部，今年首批已开工86部。",
        "老旧小区电梯加装三年行动启动")


def _heads(arts):
    return {a.text[:7]: (a.kicker, a.headline, a.subheadlines) for a in arts if a.kind in ("news", "teaser")}


def test_stacks_after_three_bodies_in_another_order():
    # the stacks follow all three bodies, the library's first, then the bus line's (with a kicker that
    # echoes nothing, after the library's dash deck), then the fair's: each goes back to its own body
    arts = stories(raw(*HEADER, *BUS, *LIBRARY, *FAIR,
                       "少儿分馆正式开馆", "——首日接待小读者4600余人次",
                       "家门口的好去处", "环湖公交专线日均客流达1.8万人次",
                       "秋季农产品展销会开幕 210家企业参展"))
    heads = _heads(arts)
    assert heads["9月11日，记"] == ("家门口的好去处", "环湖公交专线日均客流达1.8万人次", [])
    assert heads["9月10日，某"] == ("", "少儿分馆正式开馆", ["——首日接待小读者4600余人次"])
    assert heads["9月11日，第"][1] == "秋季农产品展销会开幕 210家企业参展"
    assert not [a for a in arts if a.kind == "teaser"]


def test_two_stacks_after_two_bodies_mid_page():
    # two headless bodies, then their two stacks in page order, then a story with its own stack under it
    # (the story after prints its stack after its own body too)
    arts = stories(raw(*HEADER, *BUS, *LIBRARY, "环湖公交专线日均客流达1.8万人次", "专线共设站点26个",
                       "家门口的好去处", "少儿分馆开馆首日接待小读者4600余人次", *NEXT))
    heads = _heads(arts)
    assert heads["9月11日，记"][1:] == ("环湖公交专线日均客流达1.8万人次", ["专线共设站点26个"])
    assert heads["9月10日，某"] == ("家门口的好去处", "少儿分馆开馆首日接待小读者4600余人次", [])
    assert not [a for a in arts if a.kind == "teaser"]


def test_lines_echoing_no_body_stay_teasers():
    # near miss: lines after two headless bodies that echo neither are no stacks of theirs
    arts = stories(raw(*HEADER, *BUS, *LIBRARY, "秋冬季森林防火形势严峻", "山区道路塌方抢修完毕", *NEXT))
    assert not any(a.headline in ("秋冬季森林防火形势严峻", "山区道路塌方抢修完毕")
                   for a in arts if a.kind == "news" and a.text.startswith(("9月11日", "9月10日")))


def test_page_with_blank_lines_keeps_its_reading():
    # near miss: on a page with blank lines the stacks are read as they were
    text = page("\n".join(HEADER), "\n".join(BUS), "\n".join(LIBRARY),
                "少儿分馆正式开馆\n——首日接待小读者4600余人次", "环湖公交专线日均客流达1.8万人次")
    arts = stories(text)
    assert arts  # parses; the sharing-out in any order is for pages without blank lines only


PARK = ("本报讯（记者 叶帆）9月10日，某市高新区秋季项目集中签约", "活动举行，12个项目现场签约，总投资86.4亿元，",
        "涵盖智能装备、生物医药等领域。")


def _stack_over_park(*heads: str):
    arts = stories(raw(*HEADER, *heads, *PARK))
    return next((a.kicker, a.headline, a.subheadlines) for a in arts if a.text.startswith("9月10日，某市高新区"))


def test_plain_kicker_over_two_figure_decks():
    # a plain phrase over two decks giving figures: the decks are the headline, the phrase its kicker
    assert _stack_over_park("高新区秋季项目签约", "12个项目集中签约 总投资86.4亿元") == \
        ("高新区秋季项目签约", "12个项目集中签约 总投资86.4亿元", [])


def test_two_deck_headline_over_figure_decks_keeps_its_deck():
    # near miss: a first line of two decks of its own is the headline, the figures decks its subheadline
    assert _stack_over_park("项目建设提速 产业集群成势", "12个项目集中签约 总投资86.4亿元") == \
        ("", "项目建设提速 产业集群成势", ["12个项目集中签约 总投资86.4亿元"])


def test_wide_headline_over_short_figure_decks_keeps_its_deck():
    # near miss: a line set much wider than the figures decks under it is the headline, they its deck
    assert _stack_over_park("某市高新区秋季重大产业项目集中签约活动举行", "签约12个 总投资86亿") == \
        ("", "某市高新区秋季重大产业项目集中签约活动举行", ["签约12个 总投资86亿"])


def test_figures_sentence_under_a_plain_line_stays_its_subheadline():
    # near miss: one clause with a comma under the plain line is no pair of decks
    assert _stack_over_park("高新区秋季项目集中签约", "签约12个，总投资86.4亿元") == \
        ("", "高新区秋季项目集中签约", ["签约12个，总投资86.4亿元"])


def test_headline_wrapped_inside_a_quotation_is_one_headline():
    # a quotation opened on the first line and closed on the second: one headline wrapped, no deck
    assert _stack_over_park("高新区：签约项目“落地有保障、投", "产有服务”") == \
        ("", "高新区：签约项目“落地有保障、投产有服务”", [])


def test_closed_quotation_over_a_deck_keeps_its_tiers():
    # near miss: a first line whose quotation closes on it is a tier of its own
    kicker, headline, subs = _stack_over_park("高新区“秋季签约季”启幕", "12个项目落地 总投资86.4亿元")
    assert "高新区“秋季签约季”启幕" in (kicker, headline) and headline != "高新区“秋季签约季”启幕12个项目落地 总投资86.4亿元"


FAIR_BOX = ("【数说】", "秋季展销会“成绩单”")
BRIEFS = ("城事快讯", "●城北菜市场改造完工", "9月9日，城北菜市场提质改造工程完工，新增摊位120个。",
          "●环湖绿道全线贯通", "9月8日，环湖绿道全线贯通，全长16.5公里。")


def test_box_of_label_over_figure_facts_on_a_raw_page():
    # a box's facts set as a label line over its figure line are its text; the briefs column after the box
    # keeps its heading as each brief's kicker
    arts = stories(raw(*HEADER, *FAIR, *FAIR_BOX, "参展企业", "210家", "现场成交额", "1.36亿元", "同比增长18.4%",
                       "日均客流（9月12日）", "2.4万人次", *BRIEFS))
    box = next(a for a in arts if a.kind == "box")
    assert box.headline == "秋季展销会“成绩单”" and box.text.startswith("参展企业") and "2.4万人次" in box.text
    briefs = [a for a in arts if a.kind == "brief"]
    assert [(b.kicker, b.headline) for b in briefs] == [("城事快讯", "城北菜市场改造完工"), ("城事快讯", "环湖绿道全线贯通")]


def test_label_over_prose_is_no_fact():
    # near miss: a short line over a sentence, not over a figure alone, is no fact label of the box
    arts = stories(raw(*HEADER, *FAIR, *FAIR_BOX, "参展企业", "210家", "展会亮点",
                       "本报讯 9月11日，某市秋季农产品展销会设立助农直播间，当天", "带货销售额达86万元。"))
    box = next(a for a in arts if a.kind == "box")
    assert "展会亮点" not in box.text


def _one_story(*body: str):
    return stories(raw(*HEADER, "本报讯（记者 林小舟）9月11日，记者从某市公安局获悉，今年", "以来全市共破获电信诈骗案件326起，同比上升12.4%；",
                       *body, "秋季反诈宣传月活动启动"))


def test_text_line_cut_between_a_figure_and_its_unit_is_no_subheadline():
    # a short text line ending on a figure's digits, its unit opening the next line: the text runs on
    arts = _one_story("为群众挽回经济损失2.16", "亿元，同比增长8.6%。全市反诈宣传活动覆盖群众逾", "40万人次。")
    story = next(a for a in arts if a.kind == "news")
    assert story.subheadlines == [] and "2.16亿元" in story.text.replace("\n", "")


def test_line_ending_on_digits_over_a_new_sentence_keeps_its_break():
    # near miss: a short line ending on digits whose next line opens no unit (a date, a new sentence) stays apart
    arts = _one_story("全市反诈宣传点达到126", "9月10日，某市反诈中心民警走进12所中小学，开展反诈", "宣传课46场。")
    story = next(a for a in arts if a.kind == "news")
    assert story.subheadlines == ["全市反诈宣传点达到126"]
