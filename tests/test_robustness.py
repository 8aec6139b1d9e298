"""Robustness sweep: the whole pipeline (read → articles → claims) on random and mutated editions.

Nothing may raise except the reader's declared errors; no character may be lost; every
claim stays traceable. And a 20 MB edition streams through `edition claims` within the
documented memory bound (10× the input above the interpreter's baseline).
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from frontpage.parse.articles import coverage_problems, parse_articles
from frontpage.book.page import DEFAULT_EDITION, ROOT
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
        assert c.quote in c.sentence and c.sentence in texts[c.article_id]
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


MEMORY_PROBE = """
import sys
from frontpage.cli import main
import frontpage.parse.articles, frontpage.numbers.claims


def kb(key):
    return int(next(line for line in open("/proc/self/status") if line.startswith(key + ":")).split()[1])


open("/proc/self/clear_refs", "w").write("5")  # reset the peak: import-time peaks do not count
base = kb("VmRSS")
sys.stdout = open(sys.argv[2], "w", encoding="utf-8")
code = main(["claims", sys.argv[1], "--format", "csv", "--max-bytes", "21MB"])
sys.stdout.close()
print(code, (kb("VmHWM") - base) * 1024, file=sys.stderr)
"""


@pytest.mark.slow
def test_a_20_mb_edition_within_the_memory_bound(tmp_path):
    one = "\n".join(p.read_text(encoding="utf-8") for p in [DEFAULT_EDITION, *sorted((ROOT / "tests" / "editions").glob("*.txt"))])
    one_size = len(one.encode("utf-8")) + 1
    big = tmp_path / "big.txt"
    big.write_text((one + "\n") * (20_000_000 // one_size), encoding="utf-8")
    size = big.stat().st_size
    assert 19_000_000 < size <= 20_000_000
    r = subprocess.run([sys.executable, "-c", MEMORY_PROBE, str(big), str(tmp_path / "claims.csv")],
                       capture_output=True, text=True, cwd=ROOT)
    code, above = r.stderr.strip().splitlines()[-1].split()
    assert code == "0", r.stderr[-2000:]
    assert float(above) <= 10 * size, f"{float(above) / size:.1f}x the input above baseline"
    assert os.path.getsize(tmp_path / "claims.csv") > 1_000_000
