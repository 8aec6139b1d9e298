"""Reading an edition from a page PDF: characters with positions in, the text path's edition out.

The text layer of a page PDF, as other tools extract it, has lost what the page still shows:
where each line sits, in which column, in what type size. This module reads the page itself
(``pdfplumber`` on ``pdfminer.six``, both MIT-licensed) and writes it out in the form the
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
BOLD_HEAD_RATIO = 1.12
"""Bold type at least this many times the body size is a headline's too."""
BOLD_WORDS = ("bold", "black", "heavy", "hei", "demi", "semibold")
GAP_SPLIT = 0.6
"""A gap wider than this many ems (and much wider than the line's usual gap) ends a line."""
VERTICAL_CUT = 0.6
"""A vertical gap of at least this many body ems, running a region's whole height, cuts it."""
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
    import io

    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
        pdf.pages  # noqa: B018 (parses the page tree: a damaged file fails here)
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise EncryptedPdf(f"{p}: the PDF is encrypted (it needs a password); decrypt it first") from None
    except Exception as exc:  # pdfminer raises many types on a damaged file
        cause = getattr(exc, "__cause__", None) or exc
        if isinstance(cause, (PDFPasswordIncorrect, PDFEncryptionError)):
            raise EncryptedPdf(f"{p}: the PDF is encrypted (it needs a password); decrypt it first") from None
        raise DamagedPdf(f"{p}: damaged PDF, cannot be parsed ({type(cause).__name__}: {str(cause)[:80]})") from None
    return pdf


def _page_data(p: Path, pdf, number: int) -> tuple[list[dict], list[dict], float, float]:
    n = len(pdf.pages)
    if not 1 <= number <= n:
        raise PageOutOfRange(f"{p}: no page {number} (the PDF has {n} page{'s' if n != 1 else ''})")
    page = pdf.pages[number - 1]
    try:
        chars = [c for c in page.chars if c["text"].strip()]
        rects = list(page.rects) + [{**i, "fill": True, "image": True} for i in page.images]
    except Exception as exc:
        raise DamagedPdf(f"{p}: damaged PDF, page {number} cannot be read ({type(exc).__name__})") from None
    if not chars:
        what = "it holds only images: a scanned page" if page.images else "it is empty"
        raise NoTextLayer(f"{p}: page {number} has no text layer ({what}); OCR is not done, use a PDF with text")
    return chars, rects, float(page.width), float(page.height)


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


def _split_row(row: list[dict]) -> list[list[dict]]:
    """A row cut where a gap is far wider than its usual gap: separate columns or modules."""
    size = row[0]["size"]
    gaps = [max(0.0, b["x0"] - a["x1"]) for a, b in zip(row, row[1:])]
    usual = statistics.median(gaps) if gaps else 0.0
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
        if size >= HEAD_RATIO * body or (bold and size >= BOLD_HEAD_RATIO * body):
            line.role = "head"
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
    vertical = _gaps([(e.x0, e.x1) for e in region], VERTICAL_CUT * body)
    if vertical:
        return _split(region, [(a + b) / 2 for a, b in vertical], lambda e: (e.x0 + e.x1) / 2)
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
    """The usual gap between a body line and the next below it in the same column (the leading)."""
    gaps = []
    by_left: dict[int, list] = {}
    for e in lines:
        by_left.setdefault(round(e.x1 / 4), []).append(e)  # justified lines share their right edge
    for col in by_left.values():
        col.sort(key=lambda e: e.top)
        gaps += [b.top - a.bottom for a, b in zip(col, col[1:]) if b.top >= a.bottom - 0.5]
    return statistics.median(gaps) if gaps else 0.0


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
        n = len(pdf.pages)
    finally:
        pdf.close()
    lines, body = lines_of(chars)
    images, frames = _drawn(rects, width, height)
    _mark_drawn_roles(lines, images, frames, body)
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

    def __getattr__(self, name):
        return getattr(self.box, name)


# --- writing the page as a text edition -----------------------------------------------------

def _opens_paragraph(line: PdfLine, left: float, body: float) -> bool:
    return line.x0 - left >= 1.2 * line.size


def _runs_on(prev: PdfLine, line: PdfLine, col: tuple[float, float], body: float) -> bool:
    """Does ``line`` continue ``prev``'s paragraph (same role and size, no indent, prev ran to the edge)?"""
    if prev.role != line.role or abs(prev.size - line.size) > 0.25 or line.role == "head":
        return False
    return not _opens_paragraph(line, col[0], body) and prev.x1 >= col[1] - 1.5 * prev.size


def _edges(block: list[PdfLine]) -> tuple[float, float]:
    return min(ln.x0 for ln in block), max(ln.x1 for ln in block)


def _block_lines(block: list[PdfLine], body: float) -> list[tuple[PdfLine, bool]]:
    """(line, a blank line goes before it) for one leaf of the cut."""
    col = _edges(block)
    out = []
    for prev, line in zip([None, *block], block):
        if prev is None:
            out.append((line, True))
            continue
        same = prev.role == line.role and abs(prev.size - line.size) <= 0.25
        gap = line.top - prev.bottom
        if line.role == "head" and same and gap <= 0.6 * line.size:
            out.append((line, False))  # a headline's wrapped line
        else:
            out.append((line, not same or gap > 1.2 * line.size or not _runs_on(prev, line, col, body)
                        and (_opens_paragraph(line, col[0], body) or prev.x1 < col[1] - 1.5 * prev.size)))
    return out


def page_lines(page: PdfPage) -> list[tuple[PdfLine, bool]]:
    """Every printed line in reading order, with whether a blank line goes before it; across a
    column break a paragraph runs on (no blank line) when the column's last line reached its edge
    and the next column's first line is not indented."""
    out: list[tuple[PdfLine, bool]] = []
    prev_block: list[PdfLine] | None = None
    for block in page.blocks:
        lines = _block_lines(block, page.body_size)
        if prev_block is not None and lines:
            last, first = prev_block[-1], lines[0][0]
            col, ncol = _edges(prev_block), _edges(block)
            if last.role == first.role == "head" and abs(last.size - first.size) <= 0.25 \
                    and first.top - last.bottom <= 0.6 * first.size and min(last.x1, first.x1) > max(last.x0, first.x0):
                lines[0] = (first, False)  # a headline's wrapped line, cut off by the leading under it
            elif (last.role == first.role == "body" and abs(last.size - first.size) <= 0.25
                    and last.x1 >= col[1] - 1.5 * last.size and not _opens_paragraph(first, ncol[0], page.body_size)
                    and abs((col[1] - col[0]) - (ncol[1] - ncol[0])) <= 2 * last.size):
                lines[0] = (first, False)
        out += lines
        prev_block = block
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
