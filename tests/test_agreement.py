"""Two annotators on the same claims: the scorer applied to a second annotation, and the data."""

from __future__ import annotations

import csv

import pandas as pd
import pytest

from frontpage.evaluation import annotated_editions, read_gold
from frontpage.evaluation.agreement import SECOND, AGREEMENT_METRICS, agreement_table, double_annotations, weakest
from frontpage.evaluation.failures import first_contact_table

HEADER = ["article_id", "line", "quote", "value", "low", "high", "unit", "kind", "qualifier", "direction",
          "subject", "period", "comparison", "projection", "note"]
ROWS = [["a01", "3", "5.2%", "5.2", "", "", "%", "percent", "", "increase", "地区生产总值", "2024", "同比", "", ""],
        ["a01", "4", "120亿元", "12000000000", "", "", "CNY", "money", "约", "", "社会消费品零售总额", "2024", "", "", ""],
        ["a02", "9", "3个百分点", "3", "", "", "pp", "percentage_point", "", "decrease", "城镇化率", "", "", "target", ""]]


def write(path, rows):
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(HEADER)
        w.writerows(rows)
    return path


def test_a_second_annotation_that_copies_the_first_agrees_everywhere(tmp_path):
    first = write(tmp_path / "first.csv", ROWS)
    (tmp_path / "s").mkdir()
    write(tmp_path / "s" / "ed.claims.csv", ROWS)
    [double] = double_annotations({"ed": first}, tmp_path / "s")
    s = double.score
    assert (s.recall, s.precision, s.value_accuracy) == (1.0, 1.0, 1.0)
    assert all(s.agreement(f) == 1.0 for f in ("subject", "period", "comparison", "direction", "projection"))


def test_each_disagreement_counts_against_its_own_field(tmp_path):
    first = write(tmp_path / "first.csv", ROWS)
    (tmp_path / "s").mkdir()
    changed = [row[:] for row in ROWS[:2]]
    changed[0][10] = "全市地区生产总值"   # another subject
    changed[1][11] = ""                 # no period
    write(tmp_path / "s" / "ed.claims.csv", changed)
    s = double_annotations({"ed": first}, tmp_path / "s")[0].score
    assert s.recall == pytest.approx(2 / 3) and s.precision == 1.0
    assert s.agreement("subject") == 0.5 and s.agreement("period") == 0.5 and s.agreement("comparison") == 1.0
    assert weakest(double_annotations({"ed": first}, tmp_path / "s")) == ("ed", 0.5)


def test_a_second_annotation_of_an_edition_with_no_gold_is_an_error(tmp_path):
    write(tmp_path / "nowhere.claims.csv", ROWS)
    with pytest.raises(ValueError, match="nowhere"):
        double_annotations({}, tmp_path)


def test_the_table_compares_people_with_the_extractor_on_the_same_editions(tmp_path):
    first = write(tmp_path / "first.csv", ROWS)
    (tmp_path / "s").mkdir()
    write(tmp_path / "s" / "ed.claims.csv", ROWS)
    doubles = double_annotations({"ed": first}, tmp_path / "s")
    fc = pd.DataFrame([{"edition": "ed", "subject_agreement": 0.5}, {"edition": "other", "subject_agreement": 0.0}])
    table = agreement_table(doubles, {}, fc).set_index("metric")
    assert list(table.index) == list(AGREEMENT_METRICS.values())
    assert table.loc["subject agrees", "a second annotator"] == 1.0
    assert table.loc["subject agrees", "the extractor at first contact"] == 0.5
    assert table["the extractor today"].isna().all()


def test_every_second_annotation_in_the_repository_has_its_gold_and_a_first_contact_score():
    golds = {a.name: a.claims for a in annotated_editions() if a.claims}
    doubles = double_annotations(golds)
    assert len(doubles) >= 5, f"expected the second annotations in {SECOND}"
    scored = set(first_contact_table()["edition"])
    for d in doubles:
        assert d.name in scored, f"{d.name}: no first-contact score to compare with"
        assert len(read_gold(d.second)) >= 20, f"{d.second}: too few claims to say anything"
