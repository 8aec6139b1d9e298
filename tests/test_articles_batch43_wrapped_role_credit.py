"""A closing credit naming its writers by role, wrapped by a narrow column over two lines (（通讯员 王一 ⏎
记者 李二）), on a page without blank lines: one credit closing the item above, its byline, not a line of
its own (a teaser) nor the next item's kicker. Near miss: a credit on one line."""

from tests.snippets import raw, stories

HEAD = ("2", "城乡·民生")
FOOT = ("2024年4月9日 星期二", "责任编辑 林立 版式 周川")


def _briefs(*lines):
    return [a for a in stories(raw(*HEAD, *lines, *FOOT)) if a.kind == "brief"]


def _column(credit):
    return ("简讯",
            "●青杉镇梨花文化节开幕",
            "4月6日，青杉镇首届梨花文",
            "化节开幕，当天接待游客约",
            "2.3万人次，带动农产品销",
            "售超过60万元。",
            *credit,
            "●北塘社区食堂开张",
            "4月7日，北塘社区“邻里食",
            "堂”开张，首日为辖区120",
            "余名老人提供午餐，每餐",
            "收费8元。",
            "（记者 周川）")


def test_wrapped_role_credit_closes_the_item_above():
    briefs = _briefs(*_column(("（通讯员 程远", "记者 林立）")))
    assert [b.headline for b in briefs] == ["青杉镇梨花文化节开幕", "北塘社区食堂开张"]
    assert briefs[0].byline == ["程远", "林立"]
    assert briefs[1].kicker == "简讯"


def test_wrapped_role_credit_makes_no_teaser():
    text = raw(*HEAD, *_column(("（通讯员 程远", "记者 林立）")), *FOOT)
    assert not [a for a in stories(text) if a.kind == "teaser"]


def test_one_line_role_credit_unchanged():
    briefs = _briefs(*_column(("（通讯员 程远 记者 林立）",)))
    assert briefs[0].byline == ["程远", "林立"] and briefs[1].kicker == "简讯"
