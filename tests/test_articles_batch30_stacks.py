"""Batch 30's headline-stack classes on raw pages. Near misses must not change."""

from __future__ import annotations

import pytest

from tests.snippets import raw, stories

HEADER = ("法治视线", "2019年11月20日 星期三")
LEAD = ("本报讯（记者 林木）近日，某县人民法院对一起非法集资案作出", "一审判决，被告人骗取群众存款860余万元，被判处",
        "有期徒刑五年。另有两名被告人获刑。")
SNOW = ("本报讯（记者 林木）昨日，寒潮裹挟首场降雪来袭，城区累计", "降雪10厘米，全市出动除雪车辆126辆连夜保畅通。")


# A short qualifier line (以…为诱饵, the occasion or means) over a headline line set at least twice as wide, in
# decks with its figures: the short line is the kicker, the long one the headline, not a headline over a figures deck.

@pytest.mark.parametrize("stack, kicker, headline, subs", [
    (("以养老投资为幌子", "非法集资860余万元 某某某被判有期徒刑五年"), "以养老投资为幌子",
     "非法集资860余万元 某某某被判有期徒刑五年", []),
    (("借高息理财之名", "骗取群众存款320万元 两名被告人获刑"), "借高息理财之名", "骗取群众存款320万元 两名被告人获刑", []),
    # near miss: a figures deck about as wide as the headline over it stays its subheadline
    (("寒潮裹挟首场降雪 全城连夜保畅通", "城区累计降雪10厘米 出动除雪车辆126辆", *SNOW), "", "寒潮裹挟首场降雪 全城连夜保畅通",
     ["城区累计降雪10厘米 出动除雪车辆126辆"]),
    # (batch 38: a figures deck set wider than a plain one-phrase line is the headline under its kicker, as the raw
    # pages' annotations read it, so this near miss now sets the deck no wider than the headline)
    (("某县严打非法集资犯罪团伙", "破获12起 挽损3600万元"), "", "某县严打非法集资犯罪团伙", ["破获12起 挽损3600万元"]),
])
def test_short_qualifier_over_a_long_headline(stack, kicker, headline, subs):
    arts = stories(raw(*HEADER, *stack, *(LEAD if len(stack) == 2 else ())))
    story = next(a for a in arts if a.kind == "news")
    assert (story.kicker, story.headline, story.subheadlines) == (kicker, headline, subs)


# A document's title printed over two lines, the year and the place it covers on the upper (２０１９年某市 ⏎ 水资源公报):
# one title, no kicker over a headline.

from tests.snippets import page  # noqa: E402

REPORT_BODY = ("（某市水利局 2020年6月）", "2019年，全市水资源总量较上年有所增加，用水总量\n控制在年度指标以内。",
               "一、降水量\n\n2019年全市平均降水量1286.4毫米，比上年\n偏多6.2%。")


@pytest.mark.parametrize("title, kicker, headline", [
    ("２０１９年某某市\n水 资 源 公 报", "", "２０１９年某某市水资源公报"),
    ("2019年某某县\n环境状况公报", "", "2019年某某县环境状况公报"),
    ("2019年度\n某某市水资源公报", "", "2019年度某某市水资源公报"),
    # near miss: a kicker with words of its own over the title keeps its reading
    ("回眸2019年\n某 某 市 水 资 源 公 报", "回眸2019年", "某某市水资源公报"),
])
def test_title_wrapped_after_its_year_and_place(title, kicker, headline):
    arts = stories(page("7", "专  版", "【编者按】\n近日，市水利局发布年度水资源公报，现将公报\n主要内容刊登如下，供读者参阅。", title, *REPORT_BODY))
    doc = next(a for a in arts if "水资源总量" in a.text)
    assert (doc.kicker, doc.headline) == (kicker, headline)


def test_year_and_place_over_a_plain_headline_is_left_alone():
    # near miss: no document's type on the lower line: not a title, the reading is as before
    from frontpage.parse.articles import _title_wrapped_after_place
    assert not _title_wrapped_after_place("2019年某某市", "经济运行稳中向好")
    assert not _title_wrapped_after_place("2019年某某市", "关于水资源管理的报告")
