"""A ● item's headline set in a narrow briefs column and wrapped over two lines, its second line wider than
the first because the typesetter broke it at a phrase (●某镇首届 ⏎ 梨花文化节开幕), on a page without blank
lines: one headline joined without a space, never a headline and a subheadline (a ● item has no deck).
Near misses: a second line that is the item's text (a clause mark on it), and a ● headline on one line."""

from tests.snippets import raw, stories

HEAD = ("2", "城乡·民生")
FOOT = ("2024年4月9日 星期二", "责任编辑 林立 版式 周川")


def _briefs(*lines):
    return [a for a in stories(raw(*HEAD, *lines, *FOOT)) if a.kind == "brief"]


COLUMN = (
    "简讯",
    "●青杉镇首届",
    "梨花文化节开幕",
    "4月6日，青杉镇首届梨花文",
    "化节开幕，当天接待游客约",
    "2.3万人次，带动农产品销",
    "售超过60万元。",
    "（记者 林立）",
    "●北塘社区",
    "“邻里食堂”开张",
    "4月7日，北塘社区“邻里食",
    "堂”开张，首日为辖区120",
    "余名老人提供午餐，每餐",
    "收费8元。",
    "（通讯员 周川）",
)


def test_wrapped_bullet_headline_is_one_headline():
    briefs = _briefs(*COLUMN)
    heads = [(b.headline, b.subheadlines) for b in briefs]
    assert ("青杉镇首届梨花文化节开幕", []) in heads
    assert ("北塘社区“邻里食堂”开张", []) in heads


def test_wrapped_bullet_headline_text_starts_under_it():
    briefs = _briefs(*COLUMN)
    first = next(b for b in briefs if b.headline.startswith("青杉镇"))
    assert first.text.startswith("4月6日，青杉镇首届")


def test_text_line_under_bullet_headline_stays_text():
    briefs = _briefs("简讯", "●青杉镇梨花文化节开幕", "4月6日，青杉镇首届梨花文", "化节开幕，当天接待游客约",
                     "2.3万人次，带动农产品销", "售超过60万元。", "（记者 林立）")
    assert briefs[0].headline == "青杉镇梨花文化节开幕" and briefs[0].subheadlines == []
    assert briefs[0].text.startswith("4月6日，")


def test_one_line_bullet_headline_unchanged():
    briefs = _briefs("简讯", "●北塘社区食堂开张", "4月7日，北塘社区“邻里食", "堂”开张，首日为辖区120",
                     "余名老人提供午餐，每餐", "收费8元。", "（通讯员 周川）")
    assert briefs[0].headline == "北塘社区食堂开张"


def test_wider_line_the_bullet_line_fits_beside_stays_apart():
    # near miss: the ● line and the line under it would fit the text's column together: no wrap
    briefs = _briefs("简讯", "●医保新规", "城东片区首批长护险定点机构开始受理",
                     "本报讯 4月6日，城东片区首批长护险定点机构开始受理申请，", "共有机构12家。")
    assert briefs[0].headline == "医保新规"
