"""Robustness sweep: the whole pipeline (read → articles → claims) on random and mutated editions.

Nothing may raise except the reader's declared errors; no character may be lost; every
claim stays traceable. (How much memory a 20 MB edition takes is measured by the benchmark,
`benchmarks/run.py`, not asserted here: a ratio measured on a busy machine is not a test.)
"""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from frontpage.parse.articles import coverage_problems, parse_articles
from frontpage.book.page import DEFAULT_EDITION
from frontpage.numbers.claims import extract_claims, iter_claims
from frontpage.parse.reading import EditionError, decode_edition

DAY = date(2021, 4, 22)
LINES = DEFAULT_EDITION.read_text(encoding="utf-8").split("\n")
ALPHABET = list("制造业重庆山东亿万元个名%。，、；：“”（）【】《》□ 0123456789.一二三四五六七八九十两第本报讯新华社电记者下转版图为摄\n\t")


def pipeline(data: bytes) -> None:
    try:
        ed = decode_edition(data)
    except EditionError as exc:
        assert "\n" not in str(exc)
        return
    articles = parse_articles(ed, DAY)
    assert coverage_problems(ed, articles) == []
    texts = {a.id: "\n".join(p.text for p in a.parts) for a in articles}
    for c in extract_claims(ed, articles, DAY):
        # a sentence that a paragraph break cut (…达到4386.2 / 亿元，增长5.7%) is read whole: it is in its article's
        # text up to that break
        assert c.quote in c.sentence and c.sentence in texts[c.article_id].replace("\n", "")
        assert 1 <= c.line <= len(ed.lines)


@st.composite
def mutated(draw) -> bytes:
    lines = list(LINES)
    for _ in range(draw(st.integers(1, 8))):
        op = draw(st.sampled_from(["delete", "duplicate", "swap", "insert", "blank", "split", "join"]))
        i = draw(st.integers(0, len(lines) - 1))
        if op == "delete" and len(lines) > 1:
            del lines[i]
        elif op == "duplicate":
            lines.insert(i, lines[i])
        elif op == "swap":
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "insert":
            lines.insert(i, draw(st.text(alphabet=ALPHABET, max_size=40)))
        elif op == "blank":
            lines.insert(i, "")
        elif op == "split" and lines[i]:
            k = draw(st.integers(0, len(lines[i])))
            lines[i:i + 1] = [lines[i][:k], lines[i][k:]]
        elif op == "join" and i + 1 < len(lines):
            lines[i:i + 2] = [lines[i] + lines[i + 1]]
    data = "\n".join(lines).encode(draw(st.sampled_from(["utf-8", "utf-8-sig", "gb18030"])))
    if draw(st.booleans()):  # a few stray bytes: the reader either copes or says where it failed
        k = draw(st.integers(0, len(data)))
        data = data[:k] + draw(st.binary(min_size=1, max_size=3)) + data[k:]
    return data


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(mutated())
def test_mutated_editions(data):
    pipeline(data)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.text(alphabet=ALPHABET, max_size=60), min_size=1, max_size=40))
def test_random_editions(lines):
    pipeline("\n".join(lines).encode("utf-8"))


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=400))
def test_random_bytes(data):
    pipeline(data)


def test_streaming_gives_the_same_claims_as_the_whole(edition):
    whole = extract_claims(edition, parse_articles(edition, DAY), DAY)
    streamed = [c for _, claims in iter_claims(edition, DAY) for c in claims]
    assert [c.as_dict() for c in whole] == [c.as_dict() for c in streamed]


def test_the_benchmark_names_an_unknown_group_in_one_line_and_exits_2():
    run = subprocess.run([sys.executable, str(Path(__file__).resolve().parent.parent / "benchmarks" / "run.py"), "--help"],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 2 and run.stdout == ""
    assert run.stderr.count("\n") == 1 and "no group '--help'" in run.stderr and "Traceback" not in run.stderr
