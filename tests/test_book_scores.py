"""The editions' scores, computed once per book build and shared by the chapters that show them."""

from __future__ import annotations

from pathlib import Path

from frontpage.book import scores
from frontpage.book.build import scores_file


def counting_scorer(calls: list[int]):
    """A stand-in for ``evaluate_all``: a small result, and a count of how often it ran."""
    def evaluate_all():
        calls.append(1)
        return {"invented-edition": {"headline_recall": 0.5, "claims": [1, 2, 3]}}
    return evaluate_all


def test_one_build_scores_the_editions_once(tmp_path, monkeypatch):
    calls: list[int] = []
    monkeypatch.setattr(scores, "evaluate_all", counting_scorer(calls))
    shared = scores_file(tmp_path / "_build", "abc123")
    monkeypatch.setenv(scores.CACHE_VAR, str(shared))
    first = scores.evaluations()   # the first chapter scores and keeps the result
    second = scores.evaluations()  # the next reads it
    assert calls == [1] and first == second and shared.is_file()
    assert [p.name for p in shared.parent.iterdir()] == [".evaluations-abc123.pickle"]  # no partial file left


def test_another_key_is_another_file(tmp_path):
    assert scores_file(tmp_path, "abc") != scores_file(tmp_path, "abd")
    assert "abc" in scores_file(tmp_path, "abc").name


def test_without_a_build_every_call_scores_afresh(monkeypatch):
    calls: list[int] = []
    monkeypatch.setattr(scores, "evaluate_all", counting_scorer(calls))
    monkeypatch.delenv(scores.CACHE_VAR, raising=False)
    scores.evaluations()
    scores.evaluations()
    assert calls == [1, 1]


def test_a_real_evaluation_reads_back_as_it_was_scored(tmp_path, monkeypatch):
    """A parsed, scored edition survives the round trip: the chapters show what was computed."""
    from frontpage.evaluation import annotated_editions, evaluate

    edition = annotated_editions(("dev",))[0]
    monkeypatch.setattr(scores, "evaluate_all", lambda: {edition.name: evaluate(edition)})
    monkeypatch.setenv(scores.CACHE_VAR, str(tmp_path / "scores.pickle"))
    computed = scores.evaluations()[edition.name]
    read_back = scores.evaluations()[edition.name]
    assert read_back is not computed
    assert read_back.metrics() == computed.metrics() and read_back.failures() == computed.failures()
    assert read_back.page.articles == computed.page.articles
