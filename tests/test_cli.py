"""The `edition` command: profiles on stdout, one-line errors on stderr, no tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from frontpage.book import DEFAULT_EDITION
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
