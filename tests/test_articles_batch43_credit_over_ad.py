"""A story whose closing credit the column wrapped after its last sentence (…第三位。（记者 林 ⏎ 立）), right over
an advertisement on a page without blank lines: the wrapped credit ends the story, so the advertisement found
from its contact line (服务热线：…) reaches no higher; before, it swallowed the story, headline and all.
Near miss: the credit on one line."""

from tests.snippets import raw, parse

HEAD = ("6", "经济·产业")
AD = ("青杉农商银行", "“惠 农 贷”火热办理中", "最高额度300万元 最快3个工作日放款", "服务热线：0000-1234567",
      "地址：青杉市新华路1号")
FOOT = ("本版责编：林立 版式：周川",)


def _story(*credit):
    return ("三家企业入选省级专精特新名单",
            "本报讯 近日，省工业和信息化厅公布2024年度省级专精特新企业",
            "名单，我市3家企业入选。至此，全市累计达到21家，数量居全省" + credit[0],
            *credit[1:])


def _news(*credit):
    arts = parse(raw(*HEAD, *_story(*credit), *AD, *FOOT))
    return [a for a in arts if a.kind == "news"], [a for a in arts if a.kind == "furniture"]


def test_wrapped_credit_keeps_the_story_above_the_ad():
    news, furniture = _news("第三位。（记者 林", "立）")
    assert [a.headline for a in news] == ["三家企业入选省级专精特新名单"]
    assert news[0].byline == ["林立"] and news[0].text.endswith("数量居全省第三位。")


def test_one_line_credit_unchanged():
    news, _ = _news("第三位。（记者 林立）")
    assert [a.headline for a in news] == ["三家企业入选省级专精特新名单"]


def test_ad_lines_stay_out_of_the_story():
    news, furniture = _news("第三位。（记者 林", "立）")
    assert furniture and not any("服务热线" in a.text or "惠农贷" in a.text.replace(" ", "") for a in news)
