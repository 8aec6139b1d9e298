"""Batch 36, measure words the extractor did not know: 期 (runs of a course, after Arabic digits), 遍 (times done
over), 道 (steps of a process). Invented sentences, with near misses (a phase: 二期工程, 3期项目; an ordinal: 第5期;
the indefinite 一遍)."""

from tests.snippets import claims_of


def _one(text: str, quote: str):
    hits = [c for c in claims_of(text) if c.quote == quote]
    assert hits, [(c.quote, c.unit) for c in claims_of(text)]
    return hits[0]


def test_runs_of_a_course_are_counted():
    c = _one("今年全县共举办技能培训班45期，培训农民2300人。", "45期")
    assert (c.value, c.unit, c.kind) == (45, "session", "count")


def test_a_phase_or_an_ordinal_is_no_count_of_runs():
    quotes = [c.quote for c in claims_of("二期工程将于年底完工，3期项目同时开工。")]
    assert quotes == []
    assert [c.quote for c in claims_of("第5期培训班昨日开班。")] == []


def test_times_done_over():
    c = _one("每份样品须检测3—5遍，取平均值。", "3—5遍")
    assert (c.low, c.high, c.unit) == (3, 5, "time")
    assert [c.quote for c in claims_of("他把课文读了一遍。")] == []


def test_steps_of_a_process():
    c = _one("一块手工豆腐要经过浸泡、磨浆等9道工序。", "9道")
    assert (c.value, c.unit) == (9, "step")
