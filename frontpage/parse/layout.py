"""The geometry of an extracted page: line widths, blocks of lines, column widths.

A PDF text layer keeps the printed line breaks. How wide a line is, in em (the width
of one Chinese character), tells which column it was set in: body columns of a front
page are 13-18 em, a boxed summary narrower, a wire story or a caption across several
columns much wider. Half-width characters (digits, Latin letters, ASCII punctuation)
count as half an em.
"""

from __future__ import annotations

import re
import statistics
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from .reading import Edition


@lru_cache(maxsize=4096)
def char_width(ch: str) -> float:
    """Width of one character in em: 1 for wide/full-width/ambiguous (CJK, “”, ——), else 0.5."""
    if unicodedata.east_asian_width(ch) in ("W", "F", "A"):
        return 1.0
    return 0.5


@lru_cache(maxsize=1)
def _narrow() -> re.Pattern:
    """A character class of every BMP character narrower than a Chinese character."""
    ranges: list[tuple[int, int]] = []
    for cp in range(0x10000):
        if 0xD800 <= cp <= 0xDFFF or unicodedata.east_asian_width(chr(cp)) in ("W", "F", "A"):
            continue
        if ranges and ranges[-1][1] == cp - 1:
            ranges[-1] = (ranges[-1][0], cp)
        else:
            ranges.append((cp, cp))
    parts = "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges)
    return re.compile(f"[{parts}]+")


def line_width(line: str) -> float:
    """Printed width of a line in em, ignoring leading and trailing whitespace (see :func:`char_width`)."""
    s = line.strip()
    if s.isascii():
        return 0.5 * len(s)
    narrow = len(s) - len(_narrow().sub("", s))
    return len(s) - 0.5 * narrow


@dataclass(frozen=True)
class Block:
    """A run of consecutive non-blank lines (``first``..``last``, 1-based, inclusive)."""

    first: int
    last: int
    lines: tuple[str, ...]

    @property
    def widths(self) -> tuple[float, ...]:
        return tuple(line_width(s) for s in self.lines)

    @property
    def starts_frame(self) -> bool:
        """True when the block's first line begins with a space: a new text frame in the PDF."""
        return self.lines[0][:1].isspace()

    def __len__(self) -> int:
        return len(self.lines)


def blocks(edition: Edition) -> list[Block]:
    """The edition's blocks: runs of non-blank lines separated by blank lines."""
    out: list[Block] = []
    run: list[str] = []
    start = 0
    for number, line in enumerate(edition.lines, start=1):
        if line.strip():
            if not run:
                start = number
            run.append(line)
        elif run:
            out.append(Block(start, number - 1, tuple(run)))
            run = []
    if run:
        out.append(Block(start, start + len(run) - 1, tuple(run)))
    return out


def wrapped_widths(edition: Edition) -> list[float]:
    """Widths of the lines that wrapped (every line of a block but its last).

    A wrapped line ran to the edge of its column, so these widths measure columns;
    last lines of paragraphs and headlines do not.
    """
    return [w for b in blocks(edition) for w in b.widths[:-1]]


def block_column(block: Block) -> float | None:
    """The column width a block was set in: the median width of its wrapped lines (None for one line)."""
    wrapped = block.widths[:-1]
    return statistics.median(wrapped) if wrapped else None


def column_widths(edition: Edition, *, min_lines: int = 4) -> list[float]:
    """The page's column widths in em, widest first.

    Each multi-line block measures its column (:func:`block_column`), rounded to a
    whole em and weighted by its wrapped lines. A width is a column when at least
    ``min_lines`` wrapped lines support it and no width one em either side has more.
    """
    weight: Counter[int] = Counter()
    for b in blocks(edition):
        col = block_column(b)
        if col is not None:
            weight[round(col)] += len(b) - 1
    cols = [
        float(w) for w, n in weight.items()
        if n >= min_lines and n >= weight.get(w - 1, 0) and n > weight.get(w + 1, 0)
    ]
    return sorted(cols, reverse=True)


@dataclass(frozen=True)
class LineStats:
    """Summary of line widths (em) over the non-blank lines."""

    count: int
    min: float
    median: float
    mean: float
    max: float
    mode: float


def line_stats(edition: Edition) -> LineStats:
    widths = [line_width(s) for s in edition.lines if s.strip()]
    if not widths:  # the reader refuses blank editions; this guards hand-made ones
        return LineStats(0, 0.0, 0.0, 0.0, 0.0, 0.0)
    return LineStats(
        count=len(widths),
        min=min(widths),
        median=statistics.median(widths),
        mean=round(statistics.fmean(widths), 2),
        max=max(widths),
        mode=Counter(round(w) for w in widths).most_common(1)[0][0],
    )
