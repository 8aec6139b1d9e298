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


# --- under a directive (要求, 规定): what each unit is given, or the threshold a rule applies at, is a standard set ---
@pytest.mark.parametrize("text, quote, expected", [
    ("市卫健委要求各医院落实预检分诊制度，每个发热门诊配备医生3名。", "3名", "target"),
    ("通知要求，室外气温达到38℃以上时，应缩短户外作业时间。", "38℃以上", "target"),
    ("办法规定，违约金超过合同金额30%以上的，应予调整。", "30%以上", "target"),
    # near misses: no directive word; a count already reached; a bound that is no threshold of the rule
    ("各医院落实预检分诊制度，每个发热门诊配备医生3名。", "3名", None),
    ("市卫健委要求各医院落实预检分诊制度，目前每个发热门诊已配备医生3名。", "3名", None),
    ("市卫健委要求加强防暑，全市气温连续5天达到38℃以上。", "38℃以上", None),
])
def test_a_directive_sets_each_units_share_and_its_thresholds(text, quote, expected):
    found = {c.quote: c for c in claims_of(text, date(2022, 7, 3))}
    assert found[quote].projection == expected


# --- 工期 in a notice: the works period it sets is a term laid down (target); in a story, a term told --------------------
def test_a_notices_works_period_is_a_term_it_sets():
    text = ("关于临江路封闭施工的通告\n\n因管网改造需要，自2021年8月2日至9月30日，对临江路实行全封闭施工，工期约60天。"
            "特此通告。\n")
    found = {c.quote: c for c in claims_of(text, date(2021, 7, 28), lead="")}
    assert (found["约60天"].projection, found["约60天"].period) == ("target", None)


def test_a_storys_works_period_is_told():
    found = {c.quote: c for c in claims_of("该工程总投资1.2亿元，工期约60天，目前已完工。", date(2021, 7, 28))}
    assert found["约60天"].projection is None
