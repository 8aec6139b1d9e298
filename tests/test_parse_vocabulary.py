"""Every vocabulary is data with an origin: entry and origin columns, no duplicates, no empty origin."""

from __future__ import annotations

import csv
import re

import pytest

from frontpage import vocabulary
from frontpage.parse import lexicon

ORIGIN = re.compile(r"^(?:rule(?::\s*\S.*)?|reference:\s*\S.*|example:\s*\S.*)$")


@pytest.mark.parametrize("name", vocabulary.names())
def test_every_entry_has_an_origin_and_appears_once(name):
    path = vocabulary.VOCABULARY / f"{name}.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        assert {"entry", "origin"} <= set(reader.fieldnames or []), f"{name}.csv needs entry and origin columns"
        rows = list(reader)
    assert rows, f"{name}.csv is empty"
    entries = [r["entry"] for r in rows]
    assert all(e and e == e.strip() for e in entries), f"{name}.csv has an empty or padded entry"
    dupes = sorted({e for e in entries if entries.count(e) > 1})
    assert not dupes, f"{name}.csv lists {dupes} more than once"
    bad = [r["entry"] for r in rows if not ORIGIN.match((r["origin"] or "").strip())]
    assert not bad, f"{name}.csv: no origin (rule | reference: … | example: …) for {bad}"


def test_the_parse_layer_reads_one_agency_list():
    """Every agency in agencies.csv is known to datelines, bylines, credits and leads alike."""
    from frontpage.parse.reflow import BYLINE, CREDIT, LEAD
    from frontpage.parse.masthead import WIRE_DATELINE
    for agency in vocabulary.words("agencies"):
        assert agency in lexicon.AGENCIES
        assert LEAD.match(f"{agency}北京4月21日电 今天"), agency
        assert WIRE_DATELINE.search(f"{agency}北京4月21日电"), agency
        assert BYLINE.match(f"{agency}记者 王伟"), agency
        assert CREDIT.match(f"{agency}记者 王伟 摄"), agency


def test_surnames_are_single_or_compound_and_have_no_one_off_entries():
    rows = vocabulary.table("surnames")
    assert all((len(r["entry"]) == 1) == (r["compound"] == "no") for r in rows)
    assert "拜" not in vocabulary.words("surnames")  # added once only so that 拜登 passed as a person


def test_titles_and_speech_verbs_say_where_and_how_they_are_used():
    assert {r["printed"] for r in vocabulary.table("titles")} <= {"before", "after", "both"}
    assert {r["mode"] for r in vocabulary.table("speech_verbs")} <= {"quoted", "reported", "both"}
