"""Reading an edition file: bytes in, a decoded :class:`Edition` out, or one clear error.

The reader is strict on purpose. Short Chinese texts defeat automatic charset
detection, so we never guess: the bytes must decode as UTF-8 (a byte-order mark is
allowed), else as GB18030, else the read fails and says at which byte. Line ends
(LF, CRLF, CR) are normalised to LF, so a CRLF or BOM copy of an edition gives the
same text, lines and results as the LF original; only ``sha256`` (of the bytes on
disk) tells them apart. ``text_sha256`` is the same for all of them.
"""

from __future__ import annotations

import codecs
import hashlib
import os
from array import array
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
"""Files larger than this (20 MiB) are refused unless the caller raises the cap."""

ENCODINGS = ("utf-8", "gb18030")
"""Tried strictly, in this order, when no encoding is given (UTF-8 may carry a BOM)."""


class EditionError(Exception):
    """A file that cannot be read as an edition. ``str(error)`` is one line for a user."""


class EditionNotFound(EditionError):
    """The path does not exist."""


class NotAFile(EditionError):
    """The path exists but is not a regular file (a directory, a device, ...)."""


class EmptyEdition(EditionError):
    """The file has no bytes, or only whitespace."""


class BinaryEdition(EditionError):
    """The file holds NUL bytes: it is binary (or UTF-16/32), not an extracted text layer."""


class UndecodableEdition(EditionError):
    """The bytes are neither UTF-8 nor GB18030 (nor the encoding asked for)."""


class EditionTooLarge(EditionError):
    """The file is larger than the size cap."""


class Lines(Sequence[str]):
    """An edition's lines as a read-only sequence over one string: ``lines[0]`` is line 1.

    Holding the text once, with the offsets where lines start, takes a fraction of the
    memory of one string per line (a 20 MB edition has half a million lines).
    """

    __slots__ = ("_text", "_starts")

    def __init__(self, text: str) -> None:
        self._text = text
        starts = array("q", [0])
        find = text.find
        pos = find("\n")
        while pos != -1:
            starts.append(pos + 1)
            pos = find("\n", pos + 1)
        self._starts = starts

    def __len__(self) -> int:
        return len(self._starts)

    def _line(self, i: int) -> str:
        start = self._starts[i]
        end = self._starts[i + 1] - 1 if i + 1 < len(self._starts) else len(self._text)
        return self._text[start:end]

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self._line(i) for i in range(*index.indices(len(self)))]
        n = len(self)
        if index < 0:
            index += n
        if not 0 <= index < n:
            raise IndexError("line index out of range")
        return self._line(index)

    def __iter__(self) -> Iterator[str]:
        return (self._line(i) for i in range(len(self._starts)))

    def __eq__(self, other) -> bool:
        if isinstance(other, Lines):  # one string each: compared at C speed (a cache keyed by the edition asks often)
            return self._text == other._text
        return list(self) == list(other) if isinstance(other, (list, tuple)) else NotImplemented

    def __hash__(self) -> int:
        return hash(self._text)

    def __repr__(self) -> str:
        return f"Lines({len(self)} lines)"

    @property
    def joined(self) -> str:
        """The lines joined by LF (no final newline)."""
        return self._text


@dataclass(frozen=True)
class Edition:
    """One edition's text, decoded and normalised, with where it came from.

    ``lines[i]`` is raw line ``i + 1`` (1-based numbering, as in an editor), without
    its line end. The text is held once (:class:`Lines`); ``text`` adds the final newline.
    """

    lines: Lines
    encoding: str
    sha256: str
    size: int
    newline: str
    final_newline: bool = True
    path: Path | None = None
    # Read from a page PDF (frontpage.parse.pdf): each line's printed box (None for a blank
    # line), its role as the geometry sees it (head, body, caption, box; "" for a blank line),
    # which page of how many, and the page's size in points. None for a text edition.
    boxes: tuple | None = None
    hints: tuple[str, ...] | None = None
    page: int | None = None
    pages: int | None = None
    page_size: tuple[float, float] | None = None

    @property
    def text(self) -> str:
        """The normalised text: lines joined by LF, with a final LF when the file had one."""
        return self.lines.joined + ("\n" if self.final_newline else "")

    @property
    def text_sha256(self) -> str:
        """sha256 of the normalised text (UTF-8, LF): the same for LF, CRLF, CR and BOM copies."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def name(self) -> str:
        return self.path.name if self.path else "<text>"

    def line(self, number: int) -> str:
        """Raw line ``number`` (1-based)."""
        if not 1 <= number <= len(self.lines):
            raise IndexError(f"line {number} is outside 1..{len(self.lines)}")
        return self.lines[number - 1]


def read_edition(
    path: str | os.PathLike[str],
    *,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    page: int | None = None,
) -> Edition:
    """Read the edition file at ``path``: a text layer, or a page PDF (``*.pdf``, or a file that
    starts ``%PDF-``), whose page ``page`` (default 1) is read by :mod:`frontpage.parse.pdf`.

    Raises a subclass of :class:`EditionError` (with a one-line message naming the
    file) for a missing path, a directory, an empty or whitespace-only file, a binary
    file, undecodable bytes, or a file over ``max_bytes``; for a PDF, also encrypted,
    damaged, without a text layer, or without that page.
    """
    p = Path(path)
    from .pdf import is_pdf, pdf_edition  # a layer of this module's own package, read on demand

    if is_pdf(p):
        return pdf_edition(p, page or 1, max_bytes=max_bytes)
    if page is not None and page != 1:
        raise EditionError(f"{p}: --page is for a PDF; a text edition is one page")
    try:
        st = p.stat()
    except FileNotFoundError:
        raise EditionNotFound(f"{p}: no such file") from None
    except NotADirectoryError:
        raise EditionNotFound(f"{p}: no such file (a parent is not a directory)") from None
    except OSError as exc:
        raise EditionError(f"{p}: cannot read ({exc.strerror or exc})") from None
    if p.is_dir():
        raise NotAFile(f"{p}: is a directory, not an edition file")
    if not p.is_file():
        raise NotAFile(f"{p}: is not a regular file")
    if st.st_size > max_bytes:
        raise EditionTooLarge(
            f"{p}: {st.st_size:,} bytes is over the {max_bytes:,}-byte cap (raise it with --max-bytes)"
        )
    try:
        with p.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        raise EditionError(f"{p}: cannot read ({exc.strerror or exc})") from None
    if len(data) > max_bytes:  # grew between stat and read
        raise EditionTooLarge(f"{p}: over the {max_bytes:,}-byte cap")
    return decode_edition(data, path=p, encoding=encoding)


def decode_edition(data: bytes, *, path: Path | None = None, encoding: str | None = None) -> Edition:
    """Decode edition bytes (see :func:`read_edition`); ``path`` only names the source in errors."""
    where = str(path) if path else "<bytes>"
    if not data.strip():
        raise EmptyEdition(f"{where}: empty file" if not data else f"{where}: only whitespace")
    nul = data.find(b"\x00")
    if nul >= 0:
        raise BinaryEdition(f"{where}: binary file (NUL byte at offset {nul}), not a text edition")
    text, used = _decode(data, where, encoding)
    size, digest = len(data), hashlib.sha256(data).hexdigest()
    del data
    if not text.strip():
        raise EmptyEdition(f"{where}: only whitespace")
    newline = _newline_style(text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    final_newline = text.endswith("\n")
    return Edition(lines=Lines(text[:-1] if final_newline else text), encoding=used, sha256=digest, size=size,
                   newline=newline, final_newline=final_newline, path=path)


def _decode(data: bytes, where: str, encoding: str | None) -> tuple[str, str]:
    if encoding is not None:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise UndecodableEdition(f"{where}: unknown encoding {encoding!r}") from None
        try:
            return data.decode(encoding).removeprefix("\ufeff"), encoding
        except UnicodeDecodeError as exc:
            raise UndecodableEdition(
                f"{where}: not valid {encoding} (byte 0x{data[exc.start]:02x} at offset {exc.start})"
            ) from None
    if data.startswith(codecs.BOM_UTF8):  # a BOM settles it: UTF-8 or nothing
        try:
            return data.decode("utf-8-sig"), "utf-8-sig"
        except UnicodeDecodeError as exc:
            raise UndecodableEdition(
                f"{where}: has a UTF-8 byte-order mark but is not UTF-8 "
                f"(byte 0x{data[exc.start]:02x} at offset {exc.start})"
            ) from None
    failures = []
    for enc in ENCODINGS:
        try:
            return data.decode(enc), enc
        except UnicodeDecodeError as exc:
            failures.append(f"{enc} fails at offset {exc.start} (byte 0x{data[exc.start]:02x})")
    raise UndecodableEdition(f"{where}: cannot decode: " + "; ".join(failures) + " (try --encoding)")


def _newline_style(text: str) -> str:
    crlf = text.count("\r\n")
    cr = text.count("\r") - crlf
    lf = text.count("\n") - crlf
    kinds = [name for name, n in (("LF", lf), ("CRLF", crlf), ("CR", cr)) if n]
    if not kinds:
        return "none"
    return kinds[0] if len(kinds) == 1 else "mixed"
