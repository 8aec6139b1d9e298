"""Headline stacks on front pages (blank lines between blocks), each on a small invented snippet:
a headline wrapped at its measure is one headline; lines that each end a phrase are tiers of a
stack (kicker, headline, subheadline); a run of teasers with bracketed page pointers is one teaser
each (:mod:`frontpage.parse.stacks`)."""

from __future__ import annotations

import pytest

from tests.snippets import stories

BODY = ("本报讯（记者 王一）4月2日，某园区第一批8个\n"
        "重点项目集中开工，总投资56亿元，预计全部达\n"
        "产后可实现年产值约120亿元，新增就业岗位三\n"
        "千个以上。\n")


def _page(*head: str, body: str = BODY) -> str:
    return "\n".join(head) + "\n\n" + body


def test_a_line_the_body_restates_as_a_clause_ends_a_tier():
    (a,) = stories(_page("某园区8个重点项目集中开工", "总投资56亿元"))
    assert (a.kicker, a.headline, a.subheadlines) == ("", "某园区8个重点项目集中开工", ["总投资56亿元"])


@pytest.mark.parametrize("upper, lower", [
    ("春季消费节销售额达12.5亿元", "客流超80万人次"),  # a figure with its unit
    ("一季度全市工业增加值增长8.6%", "两年平均增长5.1%"),  # a percentage
])
def test_a_line_ending_on_a_figure_and_its_unit_ends_a_tier(upper, lower):
    (a,) = stories(_page(upper, lower))
    assert (a.headline, a.subheadlines) == (upper, [lower])


@pytest.mark.parametrize("lines, headline", [
    (("某县粮食播种面积稳定在", "38万亩以上"), "某县粮食播种面积稳定在38万亩以上"),  # ends mid-phrase
    (("某县粮食播种面积稳定在38.6万", "亩以上"), "某县粮食播种面积稳定在38.6万亩以上"),  # a bare magnitude
    (("某县粮食产量增长6.5%", "以上"), "某县粮食产量增长6.5%以上"),  # a hedge carries the figure on
    (("某县至某镇二级公路", "全线贯通"), "某县至某镇二级公路全线贯通"),
])
def test_a_headline_wrapped_at_its_measure_stays_one_headline(lines, headline):
    (a,) = stories(_page(*lines))
    assert (a.kicker, a.headline, a.subheadlines) == ("", headline, [])


def test_two_decks_of_equal_width_stay_one_headline():
    (a,) = stories(_page("重点项目建设提速增效显著", "产业转型升级蓄势赋能加快"))
    assert (a.kicker, a.headline, a.subheadlines) == ("", "重点项目建设提速增效显著 产业转型升级蓄势赋能加快", [])


def test_a_three_line_stack_is_kicker_headline_and_subheadline():
    body = ("本报讯（记者 王一）4月2日晚，某县第二届运动\n"
            "会在县体育中心闭幕。某镇代表团以30枚金牌\n"
            "位居奖牌榜首位，本届运动会共有6项县纪录被\n"
            "打破。\n")
    (a,) = stories(_page("第二届全县运动会闭幕", "某镇代表团以30金位居奖牌榜首位", "本届运动会打破6项县纪录",
                         body=body))
    assert (a.kicker, a.headline, a.subheadlines) == (
        "第二届全县运动会闭幕", "某镇代表团以30金位居奖牌榜首位", ["本届运动会打破6项县纪录"])


def test_a_kicker_over_a_headline_and_its_deck_in_one_block():
    (a,) = stories(_page("项目为王 拼抢开局", "某园区8个重点项目集中开工", "总投资56亿元"))
    assert (a.kicker, a.headline, a.subheadlines) == ("项目为王 拼抢开局", "某园区8个重点项目集中开工", ["总投资56亿元"])


def test_a_run_of_teasers_with_bracketed_pointers_is_one_teaser_each():
    text = (BODY + "\n"
            "全县新增市场主体1.2万户\n（详见2版）\n\n"
            "冬季运动季启动 8项赛事陆续开赛\n（详见7版）\n\n"
            "春节档电影预售火热\n（详见8版）\n")
    teasers = [a for a in stories(text) if a.kind == "teaser"]
    assert [(a.headline, a.continues_on) for a in teasers] == [
        ("全县新增市场主体1.2万户", 2), ("冬季运动季启动 8项赛事陆续开赛", 7), ("春节档电影预售火热", 8)]
