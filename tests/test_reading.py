"""The reader: strict decoding, normalised line ends, one clear error per kind of bad input."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from frontpage.parse.reading import (
    BinaryEdition,
    EditionError,
    EditionNotFound,
    EditionTooLarge,
    EmptyEdition,
    NotAFile,
    UndecodableEdition,
    decode_edition,
    read_edition,
)


def write(tmp_path, data: bytes, name="e.txt"):
    p = tmp_path / name
    p.write_bytes(data)
    return p


def test_reads_the_edition(edition, raw_bytes):
    assert edition.encoding == "utf-8"
    assert edition.newline == "LF"
    assert edition.size == len(raw_bytes) == 17181
    assert edition.sha256 == "4f705aae16e55831afd20d46c0a5cac69c6b6aa0929fc23f716e905f2c091872"
    assert len(edition.lines) == 425
    assert edition.line(1) == " 一季度"
    assert edition.line(57) == "（下转2版）"
    assert edition.line(425) == ""
    with pytest.raises(IndexError):
        edition.line(426)


@pytest.mark.parametrize(
    "transform",
    [
        pytest.param(lambda b: b.replace(b"\n", b"\r\n"), id="crlf"),
        pytest.param(lambda b: b.replace(b"\n", b"\r"), id="cr"),
        pytest.param(lambda b: codecs.BOM_UTF8 + b, id="bom"),
        pytest.param(lambda b: codecs.BOM_UTF8 + b.replace(b"\n", b"\r\n"), id="bom+crlf"),
        pytest.param(lambda b: b.decode("utf-8").encode("gb18030"), id="gb18030"),
        pytest.param(lambda b: b.decode("utf-8").replace("\n", "\r\n").encode("gb18030"), id="gb18030+crlf"),
    ],
)
def test_other_encodings_and_line_ends_give_identical_text(tmp_path, raw_bytes, edition, transform):
    other = read_edition(write(tmp_path, transform(raw_bytes)))
    assert other.text == edition.text
    assert other.lines == edition.lines
    assert other.text_sha256 == edition.text_sha256
    assert other.sha256 != edition.sha256  # the bytes differ, and the record says so


def test_encodings_are_reported(tmp_path, raw_bytes):
    assert read_edition(write(tmp_path, codecs.BOM_UTF8 + raw_bytes)).encoding == "utf-8-sig"
    gb = raw_bytes.decode("utf-8").encode("gb18030")
    assert read_edition(write(tmp_path, gb)).encoding == "gb18030"
    assert read_edition(write(tmp_path, raw_bytes.replace(b"\n", b"\r\n"))).newline == "CRLF"
    assert read_edition(write(tmp_path, b"a\r\nb\nc")).newline == "mixed"


def test_encoding_override(tmp_path):
    p = write(tmp_path, "重慶日報\n".encode("big5"))
    assert read_edition(p, encoding="big5").text == "重慶日報\n"
    with pytest.raises(UndecodableEdition, match="not valid utf-8"):
        read_edition(write(tmp_path, "重庆".encode("gb18030")), encoding="utf-8")
    with pytest.raises(UndecodableEdition, match="unknown encoding"):
        read_edition(p, encoding="no-such-codec")
    assert read_edition(write(tmp_path, codecs.BOM_UTF8 + "重庆".encode()), encoding="utf-8").text == "重庆"


def test_missing_path(tmp_path):
    with pytest.raises(EditionNotFound, match="no such file"):
        read_edition(tmp_path / "nope.txt")


def test_directory(tmp_path):
    with pytest.raises(NotAFile, match="is a directory"):
        read_edition(tmp_path)


@pytest.mark.parametrize("data", [b"", b"   \n\n\t\r\n", "\u3000\u3000\n".encode()], ids=["empty", "ascii-space", "ideographic-space"])
def test_empty_or_whitespace(tmp_path, data):
    with pytest.raises(EmptyEdition):
        read_edition(write(tmp_path, data))


def test_binary(tmp_path):
    with pytest.raises(BinaryEdition, match="NUL byte at offset 3"):
        read_edition(write(tmp_path, b"\x89PN\x00G\r\n"))
    with pytest.raises(BinaryEdition):  # UTF-16 text is NUL-riddled: not an extracted text layer
        read_edition(write(tmp_path, "重庆日报 2021".encode("utf-16")))


def test_undecodable_says_where(tmp_path):
    data = "重庆".encode("utf-8") + b"\xff\xfe\x80abc"
    with pytest.raises(UndecodableEdition) as err:
        read_edition(write(tmp_path, data))
    msg = str(err.value)
    assert "utf-8 fails at offset 6" in msg and "gb18030 fails at offset" in msg
    assert "\n" not in msg


def test_bom_then_bad_bytes(tmp_path):
    with pytest.raises(UndecodableEdition, match="byte-order mark"):
        read_edition(write(tmp_path, codecs.BOM_UTF8 + b"ok \xff"))


def test_size_cap(tmp_path):
    p = write(tmp_path, "重".encode() * 100)
    assert read_edition(p, max_bytes=300).size == 300
    with pytest.raises(EditionTooLarge, match="over the 299-byte cap"):
        read_edition(p, max_bytes=299)


def test_unreadable_file(tmp_path, monkeypatch):
    p = write(tmp_path, b"text")

    def refuse(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(type(p), "open", refuse)  # root ignores chmod, so simulate the refusal
    with pytest.raises(EditionError, match="cannot read .Permission denied"):
        read_edition(p)


def test_errors_are_one_line_and_name_the_file(tmp_path):
    cases = [tmp_path / "missing.txt", tmp_path, write(tmp_path, b""), write(tmp_path, b"a\x00b", "b.bin")]
    for path in cases:
        with pytest.raises(EditionError) as err:
            read_edition(path)
        assert "\n" not in str(err.value)
        assert str(path) in str(err.value)


@settings(max_examples=400, deadline=None)
@given(st.binary(max_size=300))
def test_arbitrary_bytes_read_or_raise_the_declared_error(data):
    try:
        ed = decode_edition(data)
    except EditionError as exc:
        assert "\n" not in str(exc)
        return
    assert ed.text.strip()
    assert "\r" not in ed.text
    assert ed.encoding in ("utf-8", "utf-8-sig", "gb18030")


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=1, max_size=200).filter(lambda s: s.removeprefix("\ufeff").strip() and "\x00" not in s))
def test_any_text_round_trips_through_utf8_and_crlf(text):
    lf = decode_edition(text.replace("\r", "").encode("utf-8"))
    crlf = decode_edition(text.replace("\r", "").replace("\n", "\r\n").encode("utf-8"))
    assert lf.text == crlf.text and lf.lines == crlf.lines
