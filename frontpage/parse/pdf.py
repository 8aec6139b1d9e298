"""Reading an edition from a page PDF: characters with positions in, the text path's edition out.

The text layer of a page PDF, as other tools extract it, has lost what the page still shows:
where each line sits, in which column, in what type size. This module reads the page itself
(with PDFium, through ``pypdfium2``, Apache-2.0/BSD: a full page's characters with their boxes,
sizes and fonts in about a tenth of a second, where ``pdfplumber`` on ``pdfminer.six`` takes most
of a second) and writes it out in the form the
text path reads (:class:`~frontpage.parse.reading.Edition`), so every later step works
unchanged:

* **lines**: characters on one baseline, in one type size, with no gap wider than a
  column's gutter, make a printed line; letter-spaced display type (``奋 力 推 进``, even
  gaps) is one line and is joined without spaces;
* **reading order**: a recursive XY cut over the lines and the images: a region is cut first
  at the vertical gaps that run its whole height (the gutters between modules and between
  columns), else at its widest horizontal gap (under a headline that spans the columns), so
  columns read left to right and top to bottom, and a headline comes before the columns it
  spans;
* **the text**: one output line per printed line, a blank line between blocks (a change of
  type size, a new paragraph, a new region), none where a paragraph runs on from the foot
  of one column to the head of the next;
* **hints**: each output line's role as the geometry sees it (``head`` for type well above
  the body size, ``caption`` for lines just under an image, ``box`` inside a drawn frame,
  ``body``), which :mod:`frontpage.parse.reflow` trusts over its text heuristics;
* **provenance**: each output line's page and bounding box (points, from the page's top
  left), as the text path keeps line numbers.

A bad PDF raises an :class:`~frontpage.parse.reading.EditionError` with one line: not a PDF,
encrypted, damaged, a page out of range, or a page without a text layer (a scan: OCR is not
done here).
"""

from __future__ import annotations

import hashlib
import statistics
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .reading import DEFAULT_MAX_BYTES, Edition, EditionError, EditionNotFound, EditionTooLarge, Lines, NotAFile


class NotAPdf(EditionError):
    """The file does not start like a PDF."""


class EncryptedPdf(EditionError):
    """The PDF needs a password (or uses an encryption pdfminer cannot undo)."""


class DamagedPdf(EditionError):
    """The PDF cannot be parsed: truncated, corrupt."""


class NoTextLayer(EditionError):
    """The page has no characters: a scanned image (OCR is not done)."""


class PageOutOfRange(EditionError):
    """``--page`` names a page the PDF does not have."""


HEAD_RATIO = 1.2
"""Type at least this many times the body size is a headline's (body 8–12 pt, headlines 17–60)."""
STORY_HEAD_RATIO = 1.5
"""Type this much larger is a story's own headline (``head``); smaller headline type is a kicker,
a deck or a subheadline inside a story (``subhead``), which the parser places by its text."""
BOLD_HEAD_RATIO = 1.12
"""Bold type at least this many times the body size is a headline's too."""
BOLD_WORDS = ("bold", "black", "heavy", "hei", "demi", "semibold")
HEADS = ("head", "subhead")
GAP_SPLIT = 0.6
"""A gap wider than this many ems (and much wider than the line's usual gap) ends a line."""
VERTICAL_CUT = 0.6
"""A vertical gap of at least this many body ems, running a region's whole height, cuts it."""
OVERPRINT = 0.15
"""The same character again within this many ems on its row is an overprinted copy (fake bold)."""
CAPTION_REACH = 1.6
"""Lines starting within this many body ems under an image are its caption."""


@dataclass(frozen=True, slots=True)
class Box:
    """Where something is printed: page (1-based) and a bounding box in points from the top left."""

    page: int
    x0: float
    top: float
    x1: float
    bottom: float

    def as_dict(self) -> dict:
        return {"page": self.page, "x0": round(self.x0, 1), "top": round(self.top, 1),
                "x1": round(self.x1, 1), "bottom": round(self.bottom, 1)}


@dataclass
class PdfLine:
    """One printed line: its characters (pdfplumber's dicts), box, type size and role."""

    chars: list[dict]
    size: float
    bold: bool = False
    role: str = "body"
    x0: float = field(init=False)
    top: float = field(init=False)
    x1: float = field(init=False)
    bottom: float = field(init=False)

    def __post_init__(self) -> None:
        self.x0 = min(c["x0"] for c in self.chars)
        self.x1 = max(c["x1"] for c in self.chars)
        self.reach = (self.x0, self.x1)  # how far across the page it claims (a headline: its module)
        self.top = min(c["top"] for c in self.chars)
        self.bottom = max(c["bottom"] for c in self.chars)

    @property
    def text(self) -> str:
        return _joined(self.chars, self.size)


def _joined(chars: list[dict], size: float) -> str:
    """Characters of one line as text, a space where the gap is a word space wider than the line's
    usual gap: letter-spaced display type (even gaps) is joined, ``记者 王刚 李娜`` keeps its spaces."""
    gaps = [max(0.0, b["x0"] - a["x1"]) for a, b in zip(chars, chars[1:])]
    usual = statistics.median(gaps) if gaps else 0.0
    out = chars[0]["text"] if chars else ""
    for g, c in zip(gaps, chars[1:]):
        out += (" " if g > usual + 0.2 * size else "") + c["text"]
    return out


@dataclass
class PdfPage:
    """One page read: its lines in reading order, grouped in blocks, and what else is drawn."""

    number: int
    pages: int
    width: float
    height: float
    body_size: float
    blocks: list[list[PdfLine]]
    images: list[Box]
    frames: list[Box]


# --- opening ------------------------------------------------------------------------------

def _check_file(p: Path, max_bytes: int) -> bytes:
    try:
        st = p.stat()
    except FileNotFoundError:
        raise EditionNotFound(f"{p}: no such file") from None
    except OSError as exc:
        raise EditionError(f"{p}: cannot read ({exc.strerror or exc})") from None
    if not p.is_file():
        raise NotAFile(f"{p}: is a directory, not an edition file" if p.is_dir() else f"{p}: is not a regular file")
    if st.st_size > max_bytes:
        raise EditionTooLarge(f"{p}: {st.st_size:,} bytes is over the {max_bytes:,}-byte cap (raise it with --max-bytes)")
    data = p.read_bytes()
    if b"%PDF-" not in data[:1024]:
        raise NotAPdf(f"{p}: not a PDF (no %PDF- header)")
    return data


def _open(p: Path, data: bytes):
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) in (ERR_PASSWORD, ERR_SECURITY):
            raise EncryptedPdf(f"{p}: the PDF is encrypted (it needs a password); decrypt it first") from None
        raise DamagedPdf(f"{p}: damaged PDF, cannot be parsed ({str(exc).rstrip('.')})") from None


ERR_PASSWORD, ERR_SECURITY = 4, 6
"""PDFium's load errors for a password-protected file and an unsupported security handler."""


def _page_data(p: Path, pdf, number: int) -> tuple[list[dict], list[dict], float, float]:
    import pypdfium2 as pdfium

    n = len(pdf)
    if not 1 <= number <= n:
        raise PageOutOfRange(f"{p}: no page {number} (the PDF has {n} page{'s' if n != 1 else ''})")
    try:
        page = pdf[number - 1]
        width, height = page.get_size()
        chars = _chars(page, height)
        rects = _drawings(page, height)
    except pdfium.PdfiumError as exc:
        raise DamagedPdf(f"{p}: damaged PDF, page {number} cannot be read ({str(exc).rstrip('.')})") from None
    if not chars:
        what = "it holds only images: a scanned page" if any(r.get("image") for r in rects) else "it is empty"
        raise NoTextLayer(f"{p}: page {number} has no text layer ({what}); OCR is not done, use a PDF with text")
    return chars, rects, float(width), float(height)


def _chars(page, height: float) -> list[dict]:
    """The page's printed characters (PDFium's text page; no generated spaces or line ends), each a
    dict with its text, box (points from the top left; the font's full height and advance, not the
    glyph's ink), type size, font name and whether it is upright."""
    import ctypes

    import pypdfium2.raw as raw

    tp = page.get_textpage()
    rect, buf, flags = raw.FS_RECTF(), ctypes.create_string_buffer(256), ctypes.c_int()
    out: list[dict] = []
    n = tp.count_chars()
    i = 0
    while i < n:
        u = raw.FPDFText_GetUnicode(tp.raw, i)
        if 0xD800 <= u < 0xDC00 and i + 1 < n:  # a character beyond the BMP comes as a surrogate pair
            u = 0x10000 + ((u - 0xD800) << 10) + (raw.FPDFText_GetUnicode(tp.raw, i + 1) - 0xDC00)
        ch = chr(u) if u and not 0xD800 <= u < 0xE000 else ""
        if ch.strip() and raw.FPDFText_IsGenerated(tp.raw, i) != 1:
            raw.FPDFText_GetLooseCharBox(tp.raw, i, rect)
            k = raw.FPDFText_GetFontInfo(tp.raw, i, buf, 256, flags)
            angle = raw.FPDFText_GetCharAngle(tp.raw, i)
            out.append({"text": ch, "x0": rect.left, "x1": rect.right, "top": height - rect.top,
                        "bottom": height - rect.bottom, "size": raw.FPDFText_GetFontSize(tp.raw, i),
                        "fontname": buf.value.decode("latin-1") if k else "",
                        "upright": min(abs(angle), abs(angle - 6.283185)) < 0.02})
        i += 2 if u >= 0x10000 else 1
    return out


def _drawings(page, height: float) -> list[dict]:
    """Paths and images as boxes: whether each is filled, stroked, its fill grey level, an image."""
    import ctypes

    import pypdfium2.raw as raw

    out = []
    for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_PATH, raw.FPDF_PAGEOBJ_IMAGE]):
        left, bottom, right, top = obj.get_bounds()
        box = {"x0": left, "x1": right, "top": height - top, "bottom": height - bottom}
        if obj.type == raw.FPDF_PAGEOBJ_IMAGE:
            out.append({**box, "image": True, "fill": True})
            continue
        mode, stroke = ctypes.c_int(), ctypes.c_int()
        raw.FPDFPath_GetDrawMode(obj.raw, ctypes.byref(mode), ctypes.byref(stroke))
        r, g, b, a = (ctypes.c_uint() for _ in range(4))
        raw.FPDFPageObj_GetFillColor(obj.raw, ctypes.byref(r), ctypes.byref(g), ctypes.byref(b), ctypes.byref(a))
        out.append({**box, "fill": mode.value != 0, "stroke": bool(stroke.value),
                    "non_stroking_color": (r.value / 255, g.value / 255, b.value / 255)})
    return out


# --- characters into lines ------------------------------------------------------------------

def _is_bold(fontname: str) -> bool:
    name = fontname.split("+")[-1].lower()
    return any(w in name for w in BOLD_WORDS)


def _rows(chars: list[dict]) -> list[list[dict]]:
    """Characters of one size on one baseline (upright text), each row left to right."""
    rows: dict[tuple[float, float], list[dict]] = {}
    for c in sorted(chars, key=lambda c: (round(c["size"] * 2) / 2, c["bottom"])):
        size = round(c["size"] * 2) / 2
        base = round(c["bottom"], 1)
        key = next((k for k in _near_keys(rows, size, base)), (size, base))
        rows.setdefault(key, []).append(c)
    return [sorted(r, key=lambda c: c["x0"]) for r in rows.values()]


def _near_keys(rows: dict, size: float, base: float):
    tol = 0.3 * size
    for k in reversed(list(rows)[-8:]):  # rows of this size come sorted by baseline: look back a little
        if k[0] == size and abs(k[1] - base) <= tol:
            yield k


def _dedupe(row: list[dict]) -> list[dict]:
    """A row without overprinted copies: fake bold draws a character two or more times, a fraction
    of a point apart; one copy is kept."""
    out: list[dict] = []
    for c in row:
        if out and c["text"] == out[-1]["text"] and abs(c["x0"] - out[-1]["x0"]) < OVERPRINT * c["size"]:
            continue
        out.append(c)
    return out


def _split_row(row: list[dict]) -> list[list[dict]]:
    """A row cut where a gap is far wider than its usual gap: separate columns or modules."""
    row = _dedupe(row)
    size = row[0]["size"]
    gaps = [max(0.0, b["x0"] - a["x1"]) for a, b in zip(row, row[1:])]
    usual = sorted(gaps)[(len(gaps) - 1) // 4] if gaps else 0.0  # lower quartile: a row of two pieces has one wide gap
    out = [[row[0]]]
    for g, c in zip(gaps, row[1:]):
        if g > GAP_SPLIT * size and g > 2 * usual + 0.3 * size:
            out.append([c])
        else:
            out[-1].append(c)
    return out


def _columns_of_vertical(chars: list[dict]) -> list[list[dict]]:
    """Rotated or vertical characters: one line per column of them, top to bottom."""
    cols: list[list[dict]] = []
    for c in sorted(chars, key=lambda c: (c["x0"], c["top"])):
        if cols and abs(cols[-1][0]["x0"] - c["x0"]) <= 0.3 * c["size"]:
            cols[-1].append(c)
        else:
            cols.append([c])
    return [sorted(col, key=lambda c: c["top"]) for col in cols]


def lines_of(chars: list[dict]) -> tuple[list[PdfLine], float]:
    """The page's printed lines and its body type size (the commonest size, by characters)."""
    sizes = Counter(round(c["size"] * 2) / 2 for c in chars)
    body = sizes.most_common(1)[0][0]
    upright = [c for c in chars if c.get("upright", True)]
    pieces = [piece for row in _rows(upright) for piece in _split_row(row)]
    pieces += _columns_of_vertical([c for c in chars if not c.get("upright", True)])
    lines = []
    for piece in pieces:
        size = statistics.median(c["size"] for c in piece)
        bold = sum(_is_bold(c.get("fontname", "")) for c in piece) * 2 > len(piece)
        line = PdfLine(piece, size, bold)
        if size >= STORY_HEAD_RATIO * body:
            line.role = "head"
        elif size >= HEAD_RATIO * body or (bold and size >= BOLD_HEAD_RATIO * body):
            line.role = "subhead"
        lines.append(line)
    return lines, body


# --- reading order: a recursive XY cut --------------------------------------------------------

def _gaps(spans: list[tuple[float, float]], min_gap: float) -> list[tuple[float, float]]:
    """Gaps of at least ``min_gap`` between the union of intervals ``spans``."""
    out = []
    spans = sorted(spans)
    end = spans[0][1]
    for a, b in spans[1:]:
        if a - end >= min_gap:
            out.append((end, a))
        end = max(end, b)
    return out


def xy_cut(items: list, body: float) -> list[list]:
    """Items (anything with x0, top, x1, bottom) in reading order, as leaf groups (see module doc)."""
    stack, leaves = [items], []
    leading = _line_gap([e for e in items if getattr(e, "size", 0) == body] or items)
    while stack:
        region = stack.pop()
        parts = _cut(region, body, leading)
        if parts is None:
            leaves.append(sorted(region, key=lambda e: (e.top, e.x0)))
        else:
            stack.extend(reversed(parts))
    return leaves


def _cut(region: list, body: float, leading: float) -> list[list] | None:
    if len(region) < 2:
        return None
    vertical = _gaps([e.reach for e in region], VERTICAL_CUT * body)
    if vertical:
        return _split(region, [(a + b) / 2 for a, b in vertical], lambda e: (e.reach[0] + e.reach[1]) / 2)
    horizontal = _gaps([(e.top, e.bottom) for e in region], 0.01)
    if not horizontal:
        return None
    sizes = sorted(b - a for a, b in horizontal)
    widest = sizes[-1]
    if widest < 1.5 * leading + 0.1 * body:
        return None  # only the leading between lines: one column, read top to bottom
    cuts = [(a + b) / 2 for a, b in horizontal if b - a >= 0.85 * widest]
    return _split(region, cuts, lambda e: (e.top + e.bottom) / 2)


def _line_gap(lines: list) -> float:
    """The usual gap between a body line and the next line under it that it overlaps (the leading)."""
    order = sorted(lines, key=lambda e: e.top)
    gaps = []
    for k, e in enumerate(order):
        for o in order[k + 1:]:
            if o.top >= e.bottom - 0.5 and min(o.x1, e.x1) > max(o.x0, e.x0):
                gaps.append(o.top - e.bottom)
                break
    return statistics.median(gaps) if gaps else 0.0


def widen_heads(lines: list[PdfLine], body: float) -> None:
    """A headline claims the columns its story starts in, so that a short headline centred over
    three columns is not cut away from the first and last of them: the lines right under it, and
    the body lines beside those that start on the same level with nothing printed above them up to
    the headline. Stacked headline lines (kicker, headline, deck) pass the claim up, lowest first."""
    heads = sorted((ln for ln in lines if ln.role in HEADS), key=lambda ln: -ln.bottom)
    for h in heads:
        under = [ln for ln in lines if ln is not h and 0 <= ln.top - h.bottom <= 3 * body
                 and not _between(lines, h, ln)]
        direct = [ln for ln in under if min(ln.reach[1], h.reach[1]) > max(ln.reach[0], h.reach[0])]
        if not direct:
            continue
        lo = min(h.reach[0], *(d.reach[0] for d in direct))
        hi = max(h.reach[1], *(d.reach[1] for d in direct))
        tops = [d.top for d in direct if d.role not in HEADS]
        side = [ln for ln in under if tops and ln.role not in HEADS and abs(ln.top - min(tops)) <= 0.5 * body]
        for ln in sorted(side, key=lambda ln: ln.reach[0]):  # rightwards, then leftwards
            if ln.reach[0] <= hi + 2 * body and ln.reach[1] > hi:
                hi = ln.reach[1]
        for ln in sorted(side, key=lambda ln: -ln.reach[1]):
            if ln.reach[1] >= lo - 2 * body and ln.reach[0] < lo:
                lo = ln.reach[0]
        h.reach = (lo, hi)


def _between(lines: list[PdfLine], h: PdfLine, ln: PdfLine) -> bool:
    """Is something printed in ``ln``'s column between the top of ``h`` and ``ln``?"""
    return any(o is not h and o is not ln and o.bottom > h.top and o.top < ln.top - 0.5
               and min(o.x1, ln.x1) > max(o.x0, ln.x0) for o in lines)


def _split(region: list, cuts: list[float], key) -> list[list]:
    parts: list[list] = [[] for _ in range(len(cuts) + 1)]
    for e in region:
        k = sum(key(e) > c for c in cuts)
        parts[k].append(e)
    return [p for p in parts if p]


# --- roles that need the drawing: captions and boxes -----------------------------------------

def _drawn(rects: list[dict], width: float, height: float) -> tuple[list[Box], list[Box]]:
    """Images (pictures, and filled grey areas at least 3 em each way) and frames (stroked boxes)."""
    images, frames = [], []
    for r in rects:
        w, h = r["x1"] - r["x0"], r["bottom"] - r["top"]
        if w < 20 or h < 20 or (w > 0.95 * width and h > 0.95 * height):
            continue  # rules, dots and the page's own background
        box = Box(0, r["x0"], r["top"], r["x1"], r["bottom"])
        if r.get("image") or (r.get("fill") and _grey(r.get("non_stroking_color"))):
            images.append(box)
        elif r.get("stroke"):
            frames.append(box)
    return images, frames


def _grey(color) -> bool:
    values = color if isinstance(color, (tuple, list)) else [color]
    values = [v for v in values if isinstance(v, (int, float))]
    return bool(values) and all(v < 0.95 for v in values[:3])


def _mark_drawn_roles(lines: list[PdfLine], images: list[Box], frames: list[Box], body: float) -> None:
    for line in lines:
        if line.role != "body":
            continue
        if any(f.x0 - 1 <= line.x0 and line.x1 <= f.x1 + 1 and f.top - 1 <= line.top and line.bottom <= f.bottom + 1
               for f in frames):
            line.role = "box"
    for im in images:
        last = im.bottom
        under = sorted((ln for ln in lines if ln.role == "body" and ln.top >= im.bottom - 1
                        and ln.x0 >= im.x0 - body and ln.x1 <= im.x1 + body), key=lambda ln: ln.top)
        for ln in under:
            if ln.top - last > (CAPTION_REACH * body if last == im.bottom else 0.8 * ln.size):
                break
            ln.role, last = "caption", max(last, ln.bottom)


# --- reading one page -------------------------------------------------------------------------

def read_pdf_page(path: str | Path, page: int = 1, *, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[PdfPage, bytes]:
    """Page ``page`` (1-based) of the PDF at ``path``, read (see module doc), and the file's bytes."""
    p = Path(path)
    data = _check_file(p, max_bytes)
    pdf = _open(p, data)
    try:
        chars, rects, width, height = _page_data(p, pdf, page)
        n = len(pdf)
    finally:
        pdf.close()
    lines, body = lines_of(chars)
    images, frames = _drawn(rects, width, height)
    _mark_drawn_roles(lines, images, frames, body)
    widen_heads(lines, body)
    placed = [*lines, *(_Image(b) for b in images)]
    blocks = [[e for e in leaf if isinstance(e, PdfLine)] for leaf in xy_cut(placed, body)]
    blocks = [b for b in blocks if b]
    return PdfPage(page, n, width, height, body, blocks, [Box(page, *_xyxy(b)) for b in images],
                   [Box(page, *_xyxy(b)) for b in frames]), data


def _xyxy(b: Box) -> tuple[float, float, float, float]:
    return b.x0, b.top, b.x1, b.bottom


@dataclass
class _Image:
    box: Box

    @property
    def reach(self) -> tuple[float, float]:
        return self.box.x0, self.box.x1

    def __getattr__(self, name):
        return getattr(self.box, name)


# --- writing the page as a text edition -----------------------------------------------------

@dataclass
class _Grid:
    """The page's column edges: left and right edges that three or more body lines share."""

    lefts: list[float]
    rights: list[float]

    @classmethod
    def of(cls, lines: list[PdfLine]) -> _Grid:
        body = [ln for ln in lines if ln.role not in HEADS]
        lefts = Counter(round(ln.x0) for ln in body)
        rights = Counter(round(ln.x1) for ln in body)
        return cls([x for x, n in lefts.items() if n >= 3], [x for x, n in rights.items() if n >= 3])

    def full(self, ln: PdfLine) -> bool:
        """Does the line run to its column's right edge?"""
        return any(abs(ln.x1 - r) <= 0.5 * ln.size for r in self.rights)

    def indented(self, ln: PdfLine) -> bool:
        """Does the line start one to three ems in from its column's left edge (a paragraph's first)?"""
        if any(abs(ln.x0 - x) <= 0.5 * ln.size for x in self.lefts):
            return False
        return any(1.2 * ln.size <= ln.x0 - x <= 3.5 * ln.size for x in self.lefts)


def _blank_before(prev: PdfLine, line: PdfLine, grid: _Grid) -> bool:
    """Does a blank line go between two printed lines that follow each other in reading order?

    No for a headline's wrapped line (same size, close under it, overlapping it), and no where
    body text runs on: the line before ran to its column's edge and this one is not indented,
    whether it sits under it or at the head of the next column."""
    gap = line.top - prev.bottom
    if prev.role in HEADS and line.role not in HEADS and 0 <= gap <= 0.5 * prev.size:
        return False  # a line set tight under a headline goes with it (a teaser and its 详见2版)
    if prev.role != line.role or abs(prev.size - line.size) > 0.25:
        return True
    if line.role in HEADS:
        return not (0 <= gap <= 0.6 * line.size and min(prev.x1, line.x1) > max(prev.x0, line.x0))
    if gap > 1.2 * line.size:
        return True
    if line.role in ("caption", "box"):  # a caption's or a box's lines go together, whatever their length
        return gap < -0.5 * line.size
    return not grid.full(prev) or grid.indented(line)


def page_lines(page: PdfPage) -> list[tuple[PdfLine, bool]]:
    """Every printed line in reading order, with whether a blank line goes before it
    (:func:`_blank_before`; always before the first line of a block that is not body text)."""
    grid = _Grid.of([ln for block in page.blocks for ln in block])
    out: list[tuple[PdfLine, bool]] = []
    prev = None
    for block in page.blocks:
        for line in block:
            out.append((line, prev is None or _blank_before(prev, line, grid)))
            prev = line
    return out


def pdf_edition(path: str | Path, page: int = 1, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Edition:
    """The PDF's page as an :class:`Edition` in the extracted form, with each line's box and role hint."""
    pdf_page, data = read_pdf_page(path, page, max_bytes=max_bytes)
    texts: list[str] = []
    boxes: list[Box | None] = []
    hints: list[str] = []
    for line, blank in page_lines(pdf_page):
        if blank and texts:
            texts.append("")
            boxes.append(None)
            hints.append("")
        texts.append(line.text)
        boxes.append(Box(page, line.x0, line.top, line.x1, line.bottom))
        hints.append(line.role)
    return Edition(lines=Lines("\n".join(texts)), encoding="pdf", sha256=hashlib.sha256(data).hexdigest(),
                   size=len(data), newline="LF", final_newline=True, path=Path(path),
                   boxes=tuple(boxes), hints=tuple(hints), page=page, pages=pdf_page.pages,
                   page_size=(pdf_page.width, pdf_page.height))


def is_pdf(path: str | Path) -> bool:
    """Does the file at ``path`` look like a PDF (its name, or its first bytes)?"""
    p = Path(path)
    if p.suffix.lower() == ".pdf":
        return True
    try:
        with p.open("rb") as fh:
            return fh.read(5) == b"%PDF-"
    except OSError:
        return False


# --- provenance: where an item is printed ------------------------------------------------------

def boxes_of(edition: Edition, lines: list[int]) -> list[Box]:
    """The printed boxes of raw lines ``lines`` (1-based) of a PDF edition, merged into one box a
    column: a line joins the box before it when it overlaps it across and starts within two lines'
    height under it. [] for a text edition."""
    if not edition.boxes:
        return []
    out: list[Box] = []
    for n in sorted(set(lines)):
        b = edition.boxes[n - 1]
        if b is None:
            continue
        last = out[-1] if out else None
        if (last is not None and last.page == b.page and min(last.x1, b.x1) > max(last.x0, b.x0)
                and -0.5 <= b.top - last.bottom <= 2 * (b.bottom - b.top)):
            out[-1] = Box(b.page, min(last.x0, b.x0), last.top, max(last.x1, b.x1), max(last.bottom, b.bottom))
        else:
            out.append(b)
    return out


def page_png(edition: Edition, width_px: int = 900) -> bytes:
    """The edition's PDF page as a PNG ``width_px`` wide, rendered offline with pypdfium2."""
    import io

    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(edition.path))
    try:
        page = pdf[(edition.page or 1) - 1]
        image = page.render(scale=width_px / page.get_width()).to_pil()
        buf = io.BytesIO()
        image.save(buf, format="PNG", optimize=True)
        return buf.getvalue()
    finally:
        pdf.close()
