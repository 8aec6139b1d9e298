"""Projection classes of batch 30, written as invented sentences: none is copied from an edition. Each table holds
cases that failed before its class was fixed and near misses the new rule must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from tests.snippets import claims_of


def _read(text: str, when: date = date(2022, 11, 3)) -> list[tuple]:
    return [(c.quote, c.projection, c.period) for c in claims_of(text, when)]


# --- 将 + an adverb + a verb (将先后下降), 将 + a one-character verb of change (将降): a forecast ---------------------------
@pytest.mark.parametrize("text, expected", [
    ("受寒潮影响，北方大部地区气温将先后下降8℃至10℃。", [("8℃至10℃", "forecast", None)]),
    ("寒潮来袭 北方气温将降8℃至10℃", [("8℃至10℃", "forecast", None)]),
    ("明年起，景区门票将逐步下调20%。", [("20%", "forecast", "2023")]),
    # near misses: no 将, or 将近 (a hedge)
    ("受寒潮影响，北方大部地区气温先后下降8℃至10℃。", [("8℃至10℃", None, None)]),
    ("受寒潮影响，气温下降将近10℃。", [("将近10℃", None, None)]),
])
def test_will_with_an_adverb_or_a_short_verb_is_a_forecast(text, expected):
    assert _read(text) == expected


# --- a forecast keeps a period standing as a clause of its own right before its clause --------------------------------
@pytest.mark.parametrize("text, expected", [
    ("气象台发布预报，受寒潮影响，5日至7日，北方气温将下降8℃至10℃。",
     [("8℃至10℃", "forecast", "2022-11-05/2022-11-07")]),
    # near misses: a period inside a clause that goes on is not its own clause; one two clauses back is not kept
    ("气象台发布预报，受5日至7日寒潮影响，北方气温将下降8℃至10℃。", [("8℃至10℃", "forecast", None)]),
    ("气象台发布预报，5日至7日，受寒潮影响，北方气温将下降8℃至10℃。", [("8℃至10℃", "forecast", None)]),
])
def test_a_forecast_keeps_a_period_framing_its_clause(text, expected):
    assert _read(text) == expected
