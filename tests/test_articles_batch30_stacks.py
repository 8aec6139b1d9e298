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
    (("某县严打非法集资犯罪", "破获案件12起 追赃挽损3600万元"), "", "某县严打非法集资犯罪", ["破获案件12起 追赃挽损3600万元"]),
])
def test_short_qualifier_over_a_long_headline(stack, kicker, headline, subs):
    arts = stories(raw(*HEADER, *stack, *(LEAD if len(stack) == 2 else ())))
    story = next(a for a in arts if a.kind == "news")
    assert (story.kicker, story.headline, story.subheadlines) == (kicker, headline, subs)
