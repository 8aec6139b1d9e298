"""The learned line-role model against the rules: the rules' side comes from the first-contact record."""

import pandas as pd
import pytest

from frontpage.evaluation.failures import first_contact_table
from frontpage.evaluation.learned import clean_test_table, read_learned, rules_against_model


def _first_contact(rows):
    return pd.DataFrame(rows, columns=["edition", "split", "recorded", "commit", "headline_recall", "start_recall",
                                       "count_ratio"])


LEARNED = pd.DataFrame([{"commit": "abc1234", "batch": 3, "measured_on": "2026-01-02", "model_headline_recall": 0.5,
                         "model_start_recall": 0.75, "model_count_ratio": 1.2}])


def test_the_rules_side_is_the_mean_first_contact_of_the_batch_commit():
    fc = _first_contact([("b3-a", "heldout", "2026-01-01", "abc1234", 0.6, 0.8, 1.0),
                         ("b3-b", "heldout", "2026-01-01", "abc1234", 1.0, 1.0, 1.5),
                         ("b2-a", "dev", "2025-12-01", "fff0000", 0.0, 0.0, 3.0)])
    row = rules_against_model(LEARNED, fc).iloc[0].to_dict()
    assert row == {"batch": 3, "editions": 2, "headlines, rules": pytest.approx(0.8), "headlines, model": 0.5,
                   "starts, rules": pytest.approx(0.9), "starts, model": 0.75,
                   "found/true, rules": pytest.approx(1.25), "found/true, model": 1.2}


def test_a_model_score_for_a_commit_that_recorded_no_batch_is_refused():
    fc = _first_contact([("b2-a", "dev", "2025-12-01", "fff0000", 0.5, 0.5, 1.0)])
    with pytest.raises(ValueError, match="abc1234 recorded no held-out first contact"):
        rules_against_model(LEARNED, fc)


def test_every_recorded_clean_test_is_one_whole_blind_batch_recorded_while_held_out():
    learned, fc = read_learned(), first_contact_table()
    for rec in learned.to_dict("records"):
        batch = fc[fc["commit"] == rec["commit"]]
        assert set(batch["split"]) == {"heldout"}, rec
        assert all(name.startswith(f"b{rec['batch']}-") for name in batch["edition"]), rec
        for metric in ("model_headline_recall", "model_start_recall"):
            assert 0 <= rec[metric] <= 1
    assert len(clean_test_table()) == len(learned)


def test_the_verdict_compares_at_the_model_scores_precision_and_needs_a_lead_on_batches_and_mean():
    from frontpage.evaluation.learned import headline_verdict

    table = pd.DataFrame({"headlines, rules": [0.804, 0.70, 0.90], "headlines, model": [0.80, 0.75, 0.85]})
    verdict = headline_verdict(table)
    assert verdict["led"] == {"rules": 1, "model": 1, "tied": 1}  # 0.804 and 0.80 tie at two decimals
    assert verdict["rules_stay"] is False  # no lead on batches
    table["headlines, rules"] = [0.90, 0.70, 0.90]
    assert headline_verdict(table)["rules_stay"] is True


def test_a_learned_row_pointing_at_a_dev_recording_is_refused():
    fc = _first_contact([("b3-a", "dev", "2026-01-01", "abc1234", 0.6, 0.8, 1.0)])
    with pytest.raises(ValueError, match="no held-out first contact"):
        rules_against_model(LEARNED, fc)
