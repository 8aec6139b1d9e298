"""A headline line closing on an event's start verb is a tier of its own (class: closing verb tier).

开工 (a project's start), like 开幕 and 闭幕, takes no object: a headline line ending on it has finished
its phrase, and the line under it (总投资超…亿元) is its deck, not its wrap. A line under
it opening on a word the verb makes (开工仪式, 开工率) is still the same headline (near miss)."""

from tests.snippets import page, parse


def _teasers(*lines: str):
    text = page("今日导读", "市政府工作报告全文刊发\n详见2版", "\n".join(lines), "春耕备耕物资储备充足 4版",
                "本报讯（记者 柯 原）5月4日，记者从县统计局获悉，\n一季度全县地区生产总值增长6.2%。")
    return [a for a in parse(text) if a.kind == "teaser"][1:]


def test_project_start_line_over_its_investment_is_headline_and_deck():
    t = _teasers("全县第二批重点项目集中开工", "总投资超120亿元 3版")[0]
    assert (t.headline, t.subheadlines) == ("全县第二批重点项目集中开工", ["总投资超120亿元"])


def test_start_verb_making_a_word_below_stays_one_headline():
    t = _teasers("全县重点项目开工", "率达到九成以上 3版")[0]
    assert t.headline == "全县重点项目开工率达到九成以上"
