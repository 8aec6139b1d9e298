"""English for every Chinese item a reader meets (frontpage.words.english), and the accounts of articles."""

from __future__ import annotations

import re

from frontpage.book import claimviews
from frontpage.book.accounts import accounts, accounts_markdown, claim_in_words
from frontpage.book.page import DEFAULT_EDITION, load
from frontpage.words.english import WORD_BY_WORD, english_of, gloss_of, named, roles_in_english

HAN = re.compile(r"[\u4e00-\u9fff]")


def test_the_glossary_comes_first_then_the_dictionary_then_word_by_word():
    assert gloss_of("市委书记").source == "glossary"
    assert gloss_of("制造业").english and gloss_of("专柜").source == "CC-CEDICT"
    g = gloss_of("重庆外贸总值")
    assert g.source == "word by word" and g.english.startswith(WORD_BY_WORD) and "foreign trade" in g.english
    assert gloss_of("").source == "none" and gloss_of("GDP").english == "GDP"


def test_function_words_are_glossed_by_their_grammar_not_the_dictionarys_first_sense():
    assert "harmonious" not in english_of("挂职和交流党政干部") and " and " in english_of("挂职和交流党政干部")
    assert "vice mayor" in english_of("潍坊市副市长")  # 副市长 whole, not 副 · 市长


def test_a_compound_jieba_cuts_apart_is_glossed_whole_when_a_dictionary_knows_it():
    from frontpage.words.english import _known_compounds
    from frontpage.words.segment import words

    assert words("重庆外贸总值")[1:] != ("外贸总值",)  # jieba cuts it; CC-CEDICT knows it whole
    assert "total value of foreign trade" in english_of("重庆外贸总值")
    assert "hillock" not in english_of("他到岗") and "post" in english_of("他到岗")  # glossary compound
    # near misses: a token with digits or Latin letters is never joined into a compound
    assert _known_compounds(("5G", "基站")) == ["5G", "基站"]
    assert _known_compounds(("他",)) == ["他"]


def test_named_puts_the_english_first_and_the_chinese_in_brackets():
    assert named("市委书记") == "municipal party secretary (市委书记)"
    assert named("重庆外贸总值").endswith("(重庆外贸总值)") and named("重庆外贸总值").startswith("≈ ")
    assert roles_in_english(["市委副书记、市长"]) == "deputy party secretary of the municipality; mayor"


def test_every_chinese_subject_in_the_claims_tables_has_english():
    page = load(DEFAULT_EDITION)
    for frame in (claimviews.readers_table(page.claims), claimviews.sentences_table(page.claims)):
        for subject, eng in zip(frame["subject"], frame["subject, in English"]):
            assert not HAN.search(subject) or (eng and not HAN.fullmatch(eng)), subject


def test_each_article_has_an_account_in_english():
    page = load(DEFAULT_EDITION)
    told = accounts(page)
    assert [a.article_id for a in told] == [a.id for a in page.articles]
    a02 = next(a for a in told if a.article_id == "a02")
    assert a02.headline_english.startswith("Chongqing's foreign trade")
    assert any("180.24 billion CNY" in s for s in a02.sentences)
    a14 = next(a for a in told if a.article_id == "a14")
    assert any("projection (not a result)" in s and "a forecast" in s for s in a14.sentences)
    assert any("is quoted" in s for s in next(a for a in told if a.article_id == "a05").sentences)


def test_accounts_escape_the_editions_text():
    page = load(DEFAULT_EDITION)
    text = accounts_markdown(accounts(page)).text
    assert "<" not in text.replace("&lt;", "") and "\\(" in text  # markup escaped, brackets too
    assert accounts_markdown([]).text.startswith("None found")


def test_an_account_never_passes_a_stand_in_for_a_printed_headline():
    page = load(DEFAULT_EDITION)
    told = {a.article_id: a for a in accounts(page)}
    assert not told["a04"].printed and told["a02"].printed  # the lead document's title is not in the text
    line = next(s for s in accounts_markdown(list(told.values())).text.splitlines() if s.startswith("- **a04**"))
    assert "(no headline in the text; known by 一、" in line


def test_a_claim_in_words():
    page = load(DEFAULT_EDITION)
    c = next(c for c in page.claims if c.quote == "60.4%")
    assert claim_in_words(c) == "≈ Chongqing · total value of foreign trade: up 60.4% year on year (2021-Q1)"


def test_growth_against_an_unusual_base_is_flagged_from_the_reference_table():
    page = load(DEFAULT_EDITION)
    bases = claimviews.base_effects_table(page.claims)
    assert set(bases["id"]) == {c.id for c in page.claims if c.comparison == "同比" and c.period == "2021-Q1"}
    assert set(bases["measured against"]) == {"2020-Q1"}
    quiet = next(c for c in page.claims if c.comparison != "同比")
    assert claimviews.base_effect(quiet) is None


def test_a_base_is_matched_by_overlap_one_year_earlier():
    from dataclasses import replace

    c = next(c for c in load(DEFAULT_EDITION).claims if c.quote == "60.4%")
    assert claimviews.base_effect(replace(c, period="2021-03"))["period"] == "2020-Q1"
    assert claimviews.base_effect(replace(c, period="2021-H1"))["period"] == "2020-H1"
    assert claimviews.base_effect(replace(c, period="2023-Q2"))["period"] == "2022-Q2"
    assert claimviews.base_effect(replace(c, period="2019-Q1")) is None


def test_projections_stand_apart_from_results():
    page = load(DEFAULT_EDITION)
    proj = claimviews.projections_table(page.claims)
    assert list(proj["id"]) == [c.id for c in page.claims if c.projection] and len(proj) == 1
    assert set(claimviews.readers_table(page.claims)["status"]) == {"result", "forecast"}
