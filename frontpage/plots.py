"""Figures for the chapters. Each function returns a matplotlib Figure and bakes in no title:
the chapter gives it a caption and a name."""

from __future__ import annotations

from collections import Counter

import matplotlib.pyplot as plt
from matplotlib.figure import Figure

from .layout import blocks, column_widths, line_width
from .reading import Edition

INK = "#1f3b57"
ACCENT = "#c0392b"
MUTED = "#9aa7b4"


def line_widths(edition: Edition) -> Figure:
    """Left: every line's width down the file. Right: how many wrapped lines have each width."""
    fig, (ax_seq, ax_hist) = plt.subplots(1, 2, figsize=(9, 3.8), gridspec_kw={"width_ratios": [2.2, 1]})
    numbers = list(range(1, len(edition.lines) + 1))
    widths = [line_width(s) for s in edition.lines]
    ax_seq.vlines(numbers, 0, widths, color=INK, linewidth=0.8)
    cols = column_widths(edition)
    for c in cols:
        ax_seq.axhline(c, color=ACCENT, linewidth=0.8, linestyle="--")
        ax_hist.axvline(c, color=ACCENT, linewidth=0.8, linestyle="--")
    ax_seq.set_xlabel("raw line number")
    ax_seq.set_ylabel("line width (em)")
    ax_seq.set_xlim(0, len(numbers) + 1)
    wrapped = Counter(round(w) for b in blocks(edition) for w in b.widths[:-1])
    if wrapped:
        xs = sorted(wrapped)
        ax_hist.bar(xs, [wrapped[x] for x in xs], width=0.8, color=INK)
    ax_hist.set_xlabel("width of wrapped lines (em)")
    ax_hist.set_ylabel("lines")
    if cols:
        ax_hist.text(0.98, 0.95, "dashed: columns found\n" + ", ".join(f"{c:g} em" for c in cols),
                     transform=ax_hist.transAxes, ha="right", va="top", fontsize=8, color=ACCENT)
    return _finish(fig)


def _finish(fig: Figure) -> Figure:
    """Lay out and detach the figure: the cell shows it once, as its result, not again on flush."""
    fig.tight_layout()
    plt.close(fig)
    return fig
