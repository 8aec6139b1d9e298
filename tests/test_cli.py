"""The `edition` command: profiles on stdout, one-line errors on stderr, no tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from frontpage.book.page import DEFAULT_EDITION
from frontpage.cli import main


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "frontpage.cli", *args], capture_output=True, text=True)


def file(folder, data: bytes):
    p = folder / "edition.txt"
    p.write_bytes(data)
    return p


def test_help_lists_the_subcommands():
    r = run("--help")
    assert r.returncode == 0
    assert "info" in r.stdout


def test_info_text(capsys):
    assert main(["info", str(DEFAULT_EDITION)]) == 0
    out = capsys.readouterr().out
    assert "4f705aae16e55831afd20d46c0a5cac69c6b6aa0929fc23f716e905f2c091872" in out
    assert "lines               425 (71 blank)" in out
    assert "column widths (em)  17, 13" in out


def test_info_json(capsys):
    assert main(["info", str(DEFAULT_EDITION), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["encoding"] == "utf-8"
    assert data["lines"] == 425
    assert data["blank_lines"] == 71
    assert data["blocks"] == 70
    assert data["line_width_em"]["mode"] == 17
    assert data["column_widths_em"] == [17.0, 13.0]


@pytest.mark.parametrize(
    "make, expected",
    [
        (lambda d: d / "missing.txt", "no such file"),
        (lambda d: d, "is a directory"),
        (lambda d: file(d, b""), "empty file"),
        (lambda d: file(d, b" \n\n"), "only whitespace"),
        (lambda d: file(d, b"\x7fELF\x00\x01"), "binary file"),
        (lambda d: file(d, b"ok\xff\xfe\x80"), "cannot decode"),
    ],
    ids=["missing", "directory", "empty", "whitespace", "binary", "undecodable"],
)
def test_bad_input_is_one_line_and_exit_2(tmp_path, make, expected):
    path = make(tmp_path)
    r = run("info", str(path))
    assert r.returncode == 2
    assert r.stdout == ""
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1, r.stderr
    assert lines[0].startswith("edition: error: ") and expected in lines[0]
    assert "Traceback" not in r.stderr


def test_size_cap_is_configurable(tmp_path):
    p = tmp_path / "e.txt"
    p.write_text("重庆" * 1000, encoding="utf-8")
    r = run("info", str(p), "--max-bytes", "1k")
    assert r.returncode == 2 and "over the 1,000-byte cap" in r.stderr
    assert run("info", str(p), "--max-bytes", "1MB").returncode == 0
    bad = run("info", str(p), "--max-bytes", "lots")
    assert bad.returncode == 2 and "not a size" in bad.stderr


def test_encoding_flag(tmp_path):
    p = tmp_path / "big5.txt"
    p.write_bytes("重慶日報\n".encode("big5"))
    r = run("info", str(p), "--encoding", "big5", "--format", "json")
    assert r.returncode == 0 and json.loads(r.stdout)["encoding"] == "big5"


def test_usage_errors_exit_2_without_traceback():
    r = run("info")
    assert r.returncode == 2 and "Traceback" not in r.stderr
    r = run("frobnicate", "x")
    assert r.returncode == 2 and "Traceback" not in r.stderr


def test_articles_json_schema(capsys):
    assert main(["articles", str(DEFAULT_EDITION), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data) == 16
    required = {"id", "kind", "headline", "kicker", "subheadlines", "source", "byline", "dateline",
                "continues_on", "text", "lines"}
    for a in data:
        assert required <= a.keys()
        assert all(isinstance(r, list) and len(r) == 2 and r[0] <= r[1] for r in a["lines"])
    wire = next(a for a in data if a["kind"] == "wire")
    assert wire["source"] == "新华社" and wire["dateline"] == "2021-04-21"


def test_articles_csv_and_table(capsys):
    import csv
    import io

    assert main(["articles", str(DEFAULT_EDITION), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == 16 and rows[3]["continues_on"] == "2"
    assert main(["articles", str(DEFAULT_EDITION)]) == 0
    assert "a09  news" in capsys.readouterr().out


def test_articles_date_override(capsys, tmp_path):
    p = tmp_path / "e.txt"  # no provenance record beside it: the date comes from --date
    p.write_text("本报讯 （记者 王五）12月31日，会议召开。\n", encoding="utf-8")
    assert main(["articles", str(p), "--format", "json", "--date", "2022-01-01"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["dateline"] == "2021-12-31"
    r = run("articles", str(p), "--date", "yesterday")
    assert r.returncode == 2 and "not a date" in r.stderr


def test_claims_json(capsys):
    assert main(["claims", str(DEFAULT_EDITION)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data) == 25
    required = {"id", "article_id", "quote", "value", "low", "high", "unit", "kind", "qualifier", "subject",
                "period", "comparison", "sentence", "line"}
    assert all(required <= c.keys() for c in data)
    trade = next(c for c in data if c["quote"] == "1802.4亿元")
    assert (trade["value"], trade["unit"], trade["kind"], trade["period"]) == (180240000000, "CNY", "money", "2021-Q1")
    assert all(c["quote"] in c["sentence"] for c in data)


def test_claims_context_rows(capsys):
    assert main(["claims", str(DEFAULT_EDITION), "--context"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {c["kind"] for c in data} >= {"date", "period", "money"} and len(data) > 25


def test_claims_csv_for_a_folder(tmp_path):
    import csv
    import io
    import shutil

    for name in ("narrow-columns", "wide-columns"):
        shutil.copy(DEFAULT_EDITION.parent.parent / "editions" / "dev" / f"{name}.txt", tmp_path)
    r = run("claims", str(tmp_path), "--format", "csv", "--progress", "always")
    assert r.returncode == 0, r.stderr
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert {row["edition"] for row in rows} == {"narrow-columns.txt", "wide-columns.txt"}
    assert "2/2" in r.stderr  # the progress bar
    empty = tmp_path / "empty"
    empty.mkdir()
    r = run("claims", str(empty))
    assert r.returncode == 2 and "no *.txt editions" in r.stderr
