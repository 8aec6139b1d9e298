"""The claim extractor's vocabularies: one table each, every entry with its origin."""

from __future__ import annotations

import csv

import pytest

from frontpage import vocabulary
from frontpage.paths import REFERENCE

NUMBERS_VOCABULARIES = ("hedges", "change_verbs", "set_phrases", "ordinal_markers", "subject_verbs",
                        "recurring_markers", "share_words", "future_markers", "comparison_words", "no_change_words",
                        "implied_bases", "predicate_openers", "verb_initial_nouns", "verb_nouns", "attribute_nouns",
                        "subject_frames", "measure_heads", "intransitive_verbs", "verb_or_noun",
                        "causative_verbs", "event_times", "neng_nouns", "she_words", "yao_words", "zhe_verbs",
                        "jiang_nouns", "ze_words", "huo_words", "ying_words", "jihua_words", "present_markers", "whole_scopes",
                        "event_places", "move_verbs", "rank_headings", "bei_nouns", "reported_markers",
                        "standard_markers", "document_titles", "people_nouns", "benefactive_coverbs")
ORIGINS = ("rule", "reference", "example")


@pytest.mark.parametrize("name", NUMBERS_VOCABULARIES)
def test_every_entry_has_an_origin_and_appears_once(name):
    rows = vocabulary.table(name)
    assert rows and {"entry", "origin"} <= rows[0].keys()
    entries = [r["entry"] for r in rows]
    assert all(e.strip() == e and e for e in entries), name
    assert len(entries) == len(set(entries)), [e for e in entries if entries.count(e) > 1]
    for r in rows:
        assert r["origin"].strip(), r
        assert r["origin"].split(":")[0] in ORIGINS, r


@pytest.mark.parametrize("name", vocabulary.names())
def test_every_origin_is_whole(name):
    """An origin is one CSV field read whole: no field left over (an unquoted comma), no backslash escape (CSV
    doubles a quote: ""over""), and every bracket it opens it closes (a field cut short leaves one open)."""
    for r in vocabulary.table(name):
        assert None not in r, r
        origin = r.get("origin") or ""
        assert "\\" not in origin, r
        assert origin.count("(") == origin.count(")") and origin.count("（") == origin.count("）"), r


def test_words_a_pattern_cuts_have_the_shape_it_cuts():
    """_PLAN_INSIDE reads each jihua_words entry past its first two characters (计划生育 → 生育), and the 被 of
    STOP_AFTER each bei_nouns entry past its first (被执行人 → 执行人): each must open on what is cut."""
    assert all(w.startswith("计划") and len(w) > 2 for w in vocabulary.words("jihua_words"))
    assert all(w.startswith("被") and len(w) > 1 for w in vocabulary.words("bei_nouns"))


def test_units_have_an_origin_and_appear_once():
    with (REFERENCE / "units.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    words = [r["word"] for r in rows]
    assert len(words) == len(set(words))
    assert all(r["origin"].strip() and r["origin"].split(":")[0] in ORIGINS for r in rows)


def test_table_columns_hold_known_values():
    assert {r["position"] for r in vocabulary.table("hedges")} == {"before", "after"}
    assert {r["qualifier"] for r in vocabulary.table("hedges")} == {"approx", "lower_bound", "upper_bound"}
    assert {r["direction"] for r in vocabulary.table("change_verbs")} == {"increase", "decrease"}
    assert {r["comparison"] for r in vocabulary.table("comparison_words")} == {"同比", "环比", "两年平均", "累计", "共计"}
    assert {r["before"] for r in vocabulary.table("predicate_openers")} <= {"", "verb", "not_head", "word"}


def test_nouns_of_people_are_read_from_their_table():
    """The nouns of people (志愿者, 会员 …) live in ``people_nouns.csv``, each read at a phrase's end."""
    from frontpage.numbers.subjects import PEOPLE
    assert all(PEOPLE.search("参与" + w) for w in vocabulary.words("people_nouns"))
    assert PEOPLE.search("人员密集场所") is None


def test_words_holding_huo_and_coverbs_are_read_from_their_tables():
    """What follows 获 in a word (获悉, 获奖作品: ``huo_words.csv``) and the coverbs after 免费 (为, 帮:
    ``benefactive_coverbs.csv``) are vocabularies read by the subject patterns, no characters in code."""
    import inspect

    from frontpage.numbers import subjects
    source = inspect.getsource(subjects)
    assert "获(?![" not in source and "[为给向帮替]" not in source
    assert {"获悉", "获奖作品"} <= set(vocabulary.words("huo_words"))
    assert set("为给向帮替") <= set(vocabulary.words("benefactive_coverbs"))


def test_entries_fitted_to_one_sentence_are_gone():
    """一茬接着一茬 (a set phrase) and 到岗, 播出, 植入 (verbs) each made one sentence of one
    edition pass; the known-failures table is where such a sentence goes instead."""
    assert "一茬接着一茬" not in vocabulary.words("set_phrases")
    assert not {"到岗", "播出", "植入"} & set(vocabulary.words("subject_verbs"))


def test_a_hedge_a_standard_sets_is_listed_once():
    """不得超过 is one word with one meaning (a ceiling laid down): ``hedges.csv`` holds it with its qualifier and
    marks it ``ruled``; ``standard_markers.csv`` keeps only what is no hedge (directive words, 控制在, 标准为)."""
    hedges = set(vocabulary.words("hedges"))
    assert not hedges & set(vocabulary.words("standard_markers"))
    assert {r["standard"] for r in vocabulary.table("hedges")} == {"", "bound", "ruled"}
    assert {"不得超过", "不得少于"} <= set(vocabulary.words("hedges", standard="ruled"))
    assert {"不少于", "不超过"} <= set(vocabulary.words("hedges", standard="bound"))
