"""`edition corpus`: the whole pipeline over a folder of editions on Dask, into Parquet.

The fast tests share one LocalCluster started here, separately from the command, and pass its
address (``scheduler=``), as a user with a cluster would; the slow ones start the command in a
subprocess (its own local cluster, or the shared one by ``--scheduler``) and kill it midway.
"""

from __future__ import annotations

import csv
import logging
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from frontpage.corpus.generate import generate
from frontpage.corpus.run import LOCAL_HTTP, batches, run_corpus, walk
from frontpage.corpus.schema import TABLES
from frontpage.paths import ROOT
from frontpage.pipeline import read_page

BAD = 4  # empty, binary, undecodable, blank


@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None, processes=True,
                      silence_logs=logging.ERROR, scheduler_kwargs={"dashboard_address": LOCAL_HTTP}) as c:
        yield c


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    generate(folder, 14, bad=BAD, seed=7)
    return folder


@pytest.fixture(scope="module")
def done(corpus, cluster, tmp_path_factory) -> tuple[Path, object]:
    out = tmp_path_factory.mktemp("out")
    summary = run_corpus(corpus, out, scheduler=cluster.scheduler_address, batch_bytes=8_000, progress="never")
    return out, summary


def frames(out: Path) -> dict:
    """Every dataset as a pandas frame, sorted, so two runs compare equal whatever their batches."""
    keys = {"editions": ["edition"], "articles": ["edition", "id"], "claims": ["edition", "id"]}
    return {name: pq.read_table(out / name).to_pandas().sort_values(keys[name]).reset_index(drop=True)
            for name in TABLES}


def test_every_good_edition_is_in_the_parquet_with_its_records(corpus, done):
    out, summary = done
    f = frames(out)
    good = [i for i in walk(corpus) if "/bad/" not in i.key]
    assert summary.found == len(good) + BAD and summary.processed == summary.found and summary.errors == BAD
    ok = f["editions"][f["editions"].status == "ok"]
    assert sorted(ok.edition) == sorted(i.key for i in good)
    for item in good[:5]:
        page = read_page(item.path)
        claims = f["claims"][f["claims"].edition == item.key]
        assert list(claims.sort_values("id").quote) == [c.quote for c in sorted(page.all_claims, key=lambda c: c.id)]
        articles = f["articles"][f["articles"].edition == item.key]
        assert list(articles.id) == sorted(a.id for a in page.articles)
        row = ok[ok.edition == item.key].iloc[0]
        assert row.sha256 == item.sha256 and row.date == page.date and row.paper == page.provenance["paper"]
        assert row.articles == len(page.articles) and row.claims == len(page.claims)
        assert row.context == len(page.context) and row.page == page.provenance["page"]
    assert len(f["claims"]) == summary.claims and len(f["articles"]) == summary.articles
    assert not f["claims"].duplicated(["edition", "id"]).any()


def test_bad_files_are_listed_in_errors_csv_and_skipped(corpus, done):
    out, _ = done
    with open(out / "errors.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert sorted(r["edition"] for r in rows) == sorted(i.key for i in walk(corpus) if "/bad/" in i.key)
    assert all(r["error"] and "\n" not in r["error"] and str(corpus) not in r["error"] for r in rows)
    said = {"empty": "empty", "binary": "binary", "undecodable": "cannot decode", "blank": "whitespace"}
    for r in rows:
        assert said[r["edition"].split("-")[1]] in r["error"], r
    f = frames(out)
    assert not set(f["claims"].edition) & {r["edition"] for r in rows}


def test_a_second_run_skips_everything_and_changes_nothing(corpus, done, cluster):
    out, _ = done
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    again = run_corpus(corpus, out, scheduler=cluster.scheduler_address, progress="never")
    assert again.skipped == again.found and again.processed == 0
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before


def test_a_changed_edition_replaces_its_rows(corpus, done, cluster, tmp_path):
    import shutil

    copy = tmp_path / "corpus"
    shutil.copytree(corpus, copy)
    out = tmp_path / "out"
    shutil.copytree(done[0], out)
    item = next(i for i in walk(copy) if "/bad/" not in i.key)
    path = copy / item.key
    path.write_text(path.read_text(encoding="utf-8") + "\n本报讯 全市新增就业岗位1234个。\n", encoding="utf-8")
    s = run_corpus(copy, out, scheduler=cluster.scheduler_address, progress="never")
    assert s.processed == 1 and s.skipped == s.found - 1
    f, old = frames(out), frames(done[0])
    assert not f["claims"].duplicated(["edition", "id"]).any()
    assert len(f["editions"]) == len(old["editions"])
    mine = f["claims"][f["claims"].edition == item.key]
    assert "1234个" in set(mine.quote) and len(mine) == len(read_page(path).all_claims)
    assert f["editions"].set_index("edition").loc[item.key, "sha256"] != item.sha256


def test_retry_errors_processes_only_the_errors_again(corpus, done, cluster, tmp_path):
    import shutil

    out = tmp_path / "out"
    shutil.copytree(done[0], out)
    s = run_corpus(corpus, out, scheduler=cluster.scheduler_address, retry_errors=True, progress="never")
    assert s.processed == BAD and s.errors == BAD and s.errors_total == BAD
    new, old = frames(out), frames(done[0])
    for name in TABLES:
        assert new[name].equals(old[name]), name


def test_orphan_part_files_of_an_unfinished_batch_are_removed(corpus, done, cluster, tmp_path):
    import shutil

    out = tmp_path / "out"
    shutil.copytree(done[0], out)
    part = next((out / "editions").glob("part-*.parquet"))
    part.unlink()  # as if killed after its articles and claims parts were written
    (out / "claims" / ".part-x.parquet.tmp").write_bytes(b"half a file")
    s = run_corpus(corpus, out, scheduler=cluster.scheduler_address, progress="never")
    assert 0 < s.processed < s.found
    new, old = frames(out), frames(done[0])
    for name in TABLES:
        assert new[name].equals(old[name]), name
    assert not list(out.rglob(".*.tmp"))


def test_batches_are_cut_by_size_and_keep_the_order(corpus):
    items = walk(corpus)
    cut = list(batches(items, batch_bytes=10_000, batch_max=3))
    assert [i for b in cut for i in b] == items
    assert all(len(b) <= 3 for b in cut)
    assert all(sum(i.size for i in b[:-1]) < 10_000 for b in cut)


def test_the_generator_is_deterministic_and_varied(tmp_path):
    a = generate(tmp_path / "a", 12, bad=2, seed=3)
    b = generate(tmp_path / "b", 12, bad=2, seed=3)
    assert [p.read_bytes() for p in a] == [p.read_bytes() for p in b]
    texts = {p.read_bytes() for p in a}
    assert len(texts) == len(a)
    import json

    records = [json.loads(p.with_name(p.stem + ".provenance.json").read_text(encoding="utf-8")) for p in a[:-2]]
    assert len({r["paper"] for r in records}) > 3 and len({r["date"] for r in records}) == len(records)


def _command(*args: str) -> list[str]:
    return [sys.executable, "-m", "frontpage.cli", "corpus", *args, "--progress", "never"]


def _env() -> dict:
    return {**os.environ, "PYTHONPATH": str(ROOT)}


@pytest.mark.slow
def test_the_command_runs_on_a_cluster_started_separately(corpus, done, cluster, tmp_path):
    out = tmp_path / "out"
    r = subprocess.run(_command(str(corpus), "--out", str(out), "--scheduler", cluster.scheduler_address),
                       capture_output=True, text=True, env=_env(), timeout=300)
    assert r.returncode == 0, r.stderr
    assert f"{BAD} editions in" in r.stderr.splitlines()[-1]
    new, old = frames(out), frames(done[0])
    for name in TABLES:
        assert new[name].equals(old[name]), name


@pytest.mark.slow
def test_a_killed_run_resumes_without_duplicates(tmp_path):
    corpus = tmp_path / "corpus"
    generate(corpus, 60, bad=2, seed=11)
    clean, out = tmp_path / "clean", tmp_path / "out"
    args = ["--workers", "1", "--batch-bytes", "3k"]
    subprocess.run(_command(str(corpus), "--out", str(clean), *args), check=True, env=_env(), timeout=600,
                   capture_output=True)
    proc = subprocess.Popen(_command(str(corpus), "--out", str(out), *args), env=_env(), start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 300
        while len(list((out / "editions").glob("part-*.parquet"))) < 4 and time.monotonic() < deadline:
            assert proc.poll() is None, "the run finished before it could be killed"
            time.sleep(0.02)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)  # the command and its cluster: the group this test started
        proc.wait()
    parts = len(list((out / "editions").glob("part-*.parquet")))
    assert parts >= 4 and parts < len(list((clean / "editions").glob("part-*.parquet")))
    r = subprocess.run(_command(str(corpus), "--out", str(out), *args), env=_env(), timeout=600,
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert "already done" in r.stderr and " 0 already done" not in r.stderr
    new, old = frames(out), frames(clean)
    for name in TABLES:
        assert new[name].equals(old[name]), name
    assert not new["claims"].duplicated(["edition", "id"]).any()


def test_the_command_refuses_a_file_or_no_workers_in_one_line(tmp_path, capsys):
    from frontpage.cli import main

    edition = tmp_path / "page.txt"
    edition.write_text("本报讯 今天。\n", encoding="utf-8")
    assert main(["corpus", str(edition), "--out", str(tmp_path / "out")]) == 2
    assert main(["corpus", str(tmp_path), "--out", str(tmp_path / "out"), "--workers", "0"]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 2 and "not a folder" in err[0] and "--workers 0" in err[1]


def test_records_packed_early_into_arrow_are_the_same_records(corpus, monkeypatch):
    import frontpage.corpus.records as records

    items = walk(corpus)[:6]
    at_once = records.process_batch(items)
    monkeypatch.setattr(records, "FLUSH_ROWS", 7)
    packed = records.process_batch(items)
    for name in TABLES:
        assert packed[name].equals(at_once[name]), name
    assert at_once["claims"].num_rows > 7
