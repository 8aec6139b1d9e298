"""Batch 35: a quotes column (class: ● quoted sentences, each signed by its speaker's dash credit,
——市人大代表、某某 王某, under a short column heading). The credit is the item's byline, not a headline
nor a dash deck; the heading is every item's kicker, also when a figures box (its last line a figure
alone) stands right above it. Every snippet is invented; near misses must not change."""

from __future__ import annotations

from tests.snippets import page, stories

QUOTES = ("群众心声",
          "●“今年村里修通了产业路，我们的\n猕猴桃能直接装车外运了。”\n——县人大代表、石桥村党支部\n书记 罗大勇",
          "●“希望继续加大对返乡创业的\n扶持力度，让年轻人留得住。”\n——县政协委员 柯 珊")


def test_quote_credits_are_bylines():
    arts = stories(page("本报讯 1月8日，县十七届人大三次会议开幕，会议听取了政府工作报告。", *QUOTES))
    briefs = [a for a in arts if a.kind == "brief"]
    assert [a.byline for a in briefs] == [["罗大勇"], ["柯珊"]]
    assert [a.kicker for a in briefs] == ["群众心声", "群众心声"]
    assert not any(a.headline.startswith("——") for a in arts)
    assert briefs[0].paragraphs[-1].endswith("能直接装车外运了。”")


def test_column_under_a_figures_box():
    box = "【数说2025】\n粮食总产量\n38.6万吨\n\n农民人均可支配收入\n2.17万元"
    arts = stories(page("本报讯 1月8日，县十七届人大三次会议开幕，会议听取了政府工作报告。", box, *QUOTES))
    assert [a.kind for a in arts].count("brief") == 2
    assert not any(a.headline == "群众心声" for a in arts)


def test_quoted_headline_over_dash_deck_stays():
    # near miss: a headline in quotes closes no sentence inside them; the dash line under it is its deck
    arts = stories(page("“让老人吃上热乎饭”",
                        "——记城南社区长者食堂",
                        "本报讯 1月8日，城南社区长者食堂开业，每天为社区老人供应午餐200余份。"))
    assert arts[0].headline == "“让老人吃上热乎饭”"
    assert arts[0].subheadlines == ["——记城南社区长者食堂"]
    assert arts[0].byline == []


def test_dash_line_with_a_clause_stays_text():
    # near miss: a dash line holding a comma after a quote is more of the text, not a credit
    arts = stories(page("本报讯 1月8日，老人们说：“食堂的饭菜合口味。”\n——这是不少老人的心声，食堂还将增设夜间供餐。"))
    assert arts[0].byline == []
