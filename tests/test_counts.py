"""One count of a term on the page (frontpage.words.count), the same in every chapter."""

from __future__ import annotations

from datetime import date

from frontpage.book.page import load
from frontpage.parse.articles import parse_articles
from frontpage.parse.reading import decode_edition
from frontpage.words import count, terms, voices

DAY = date(2021, 4, 22)


def articles_of(text: str):
    return parse_articles(decode_edition(text.encode("utf-8")), DAY)


def test_a_fixed_phrase_inside_a_longer_one_is_not_counted_again():
    arts = articles_of("打赢脱贫攻坚战，巩固脱贫攻坚成果。推动高质量发展，发展是第一要务。")
    got = count.counts(["脱贫攻坚战", "脱贫攻坚", "高质量发展", "发展"], arts)
    assert got == {"脱贫攻坚战": 1, "脱贫攻坚": 1, "高质量发展": 1, "发展": 1}


def test_a_phrase_broken_across_a_printed_line_is_still_counted():
    # the body wraps mid-phrase (as a column does): the agreed text joins the lines first
    page = ("本报讯（记者张三）今年以来，全市坚持推动制造业转型升级和高质\n"
            "量发展，加快建设先进制造业基地，推进产业链供应链现代化水平提升，\n"
            "努力实现跨省通办事项扩面增效，推动经济社会高质量发展取得新成效。\n")
    arts = articles_of(page)
    assert page.count("高质量发展") == 1  # on the raw lines, the first is cut in two
    assert count.count("高质量发展", arts) == 2
    assert count.count("跨省通办", arts) == 1


def test_a_phrase_never_cuts_a_word_of_its_own_in_two():
    # 中国 is in the glossary, but 发展中国家 is one word to jieba: it is not counted as 中国
    arts = articles_of("支持发展中国家。中国发展。")
    assert count.count("中国", arts) == 1


def test_formulas_are_counted_by_the_same_function():
    arts = articles_of("落实三去一降一补，推进三大工程。三大工程进展顺利。")
    assert {f: n for f, n, _, _ in terms.formulas(arts)} == {"三去一降一补": 1, "三大工程": 2}
    assert count.count("三大工程", arts) == 2


def test_every_chapter_counts_a_term_the_same_way():
    """The language chapter (frequent terms, formulas), the voices chapter (user-dictionary entries) and
    the opening page (the most repeated phrase) all read their numbers from frontpage.words.count."""
    page = load()
    arts = page.articles
    frequent = {t.term: t.count for t in terms.frequent(arts, 200)}
    formulas = {f: n for f, n, _, _ in terms.formulas(arts)}
    fixes = {r["term"]: r["occurrences"] for r in count.user_dictionary_fixes(arts)}
    institutions = {n: c for n, c, _ in voices.institutions(arts)}
    for table in (frequent, formulas, fixes, institutions):
        assert table and all(count.count(t, arts) == n for t, n in table.items())
    phrase, n = count.most_repeated_phrase(arts)
    assert phrase == "高质量发展" and n == frequent["高质量发展"] == formulas["高质量发展"] == fixes["高质量发展"] == 24
    assert fixes["跨省通办"] == frequent["跨省通办"] == 12
    assert count.count("脱贫攻坚", arts) == 2 and count.count("脱贫攻坚战", arts) == 1


def test_the_opening_page_and_the_checks_chapter_read_one_tally():
    """The opening page's "derived figures" and "consistency checks" are the checks chapter's, from
    claimviews.check_tally; neither counts an unverifiable claim or a projection as a check."""
    from frontpage.book.claimviews import check_tally
    from frontpage.book.findings import at_a_glance
    from frontpage.english import counted

    page = load()
    t = check_tally(page.checks, page.claims)
    glance = at_a_glance(page)
    assert f"{counted(t.derived, 'derived figure')} and {counted(t.compared, 'consistency check')}" in glance
    assert t.derived == sum(k.status == "implied" for k in page.checks)
    assert t.compared + t.derived + t.projections + t.outside == len(page.checks)
    assert t.outside + t.projections + t.confirmed == t.claims  # every claim is one of the three
