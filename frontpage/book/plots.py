"""Figures for the chapters. Each function returns a matplotlib Figure and bakes in no title:
the chapter gives it a caption and a name."""

from __future__ import annotations

from collections import Counter

import matplotlib.pyplot as plt
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, NullFormatter

from ..parse.layout import blocks, column_widths, line_width
from ..parse.reading import Edition

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


KIND_COLORS = {
    "news": "#1f3b57", "wire": "#3f7fbf", "commentary": "#6c5b7b", "document": "#c0392b", "brief": "#e08e45",
    "box": "#2a9d8f", "caption": "#8ab17d", "teaser": "#b8b8b8", "unknown": "#555555",
    "notice": "#8d6e63", "furniture": "#dddddd",
}
ROLE_COLORS = {
    "headline": "#c0392b", "kicker": "#e08e45", "subheadline": "#f4a261", "body": "#1f3b57", "source": "#2a9d8f",
    "byline": "#2a9d8f", "dateline": "#2a9d8f", "label": "#6c5b7b", "credit": "#8ab17d", "continuation": "#9aa7b4",
    "teaser_ref": "#9aa7b4", "furniture": "#dddddd",
}


def _short(text: str, n: int = 14) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def text_by_article(articles) -> Figure:
    """Characters per article (reading order, top to bottom): body coloured by kind, the rest
    (headlines, bylines, marks) in grey."""
    from .anatomy import display_headline, part_chars

    fig, ax = plt.subplots(figsize=(8, 0.32 * max(len(articles), 3) + 1.0))
    labels = [f"{a.id} {_short(display_headline(a))}" for a in articles]
    body = [part_chars(a, body=True) for a in articles]
    rest = [part_chars(a, body=False) for a in articles]
    colors = [KIND_COLORS.get(a.kind, MUTED) for a in articles]
    ax.barh(range(len(articles)), body, color=colors)
    ax.barh(range(len(articles)), rest, left=body, color="#d9dee4")
    ax.set_yticks(range(len(articles)), labels, fontsize=8)
    ax.invert_yaxis()
    ax.set_xlabel("characters (body in the colour of its kind; headlines, bylines and marks in grey)")
    seen = []
    for a in articles:
        if a.kind not in seen:
            seen.append(a.kind)
    handles = [plt.Rectangle((0, 0), 1, 1, color=KIND_COLORS.get(k, MUTED)) for k in seen]
    ax.legend(handles, seen, loc="lower right", fontsize=8, frameon=False)
    return _finish(fig)


def line_map(edition: Edition, articles) -> Figure:
    """Which raw lines each article's parts came from: articles in reading order (rows) against
    raw line number (x); a headline to the right of its body was extracted after it."""
    fig, ax = plt.subplots(figsize=(9, 0.3 * max(len(articles), 3) + 1.2))
    used_roles = []
    for row, a in enumerate(articles):
        for p in a.parts:
            color = ROLE_COLORS.get(p.role, MUTED)
            if p.role not in used_roles:
                used_roles.append(p.role)
            for line in p.lines:
                ax.barh(row, 1, left=line - 0.5, height=0.7, color=color, linewidth=0)
    ax.set_yticks(range(len(articles)), [f"{a.id} {a.kind}" for a in articles], fontsize=8)
    ax.invert_yaxis()
    ax.set_xlim(0, len(edition.lines) + 1)
    ax.set_xlabel("raw line number (extraction order)")
    by_color: dict[str, list[str]] = {}
    for r in ROLE_COLORS:
        if r in used_roles:
            by_color.setdefault(ROLE_COLORS[r], []).append(r.replace("_", " "))
    handles = [plt.Rectangle((0, 0), 1, 1, color=c) for c in by_color]
    ax.legend(handles, [", ".join(v) for v in by_color.values()], loc="upper left", bbox_to_anchor=(1.0, 1.0),
              fontsize=8, frameon=False)
    return _finish(fig)


def claims_by_kind(claims, articles) -> Figure:
    """Claims per article (rows, reading order), stacked by kind."""
    from .anatomy import display_headline

    kinds = [k for k in ("money", "percent", "percentage_point", "count", "measure", "duration", "multiple")
             if any(c.kind == k for c in claims)]
    colors = dict(zip(("money", "percent", "percentage_point", "count", "measure", "duration", "multiple"),
                      ("#1f3b57", "#c0392b", "#e08e45", "#2a9d8f", "#8ab17d", "#6c5b7b", "#3f7fbf")))
    rows = [a for a in articles if any(c.article_id == a.id for c in claims)]
    fig, ax = plt.subplots(figsize=(8, 0.38 * max(len(rows), 2) + 1.1))
    left = [0] * len(rows)
    for k in kinds:
        n = [sum(1 for c in claims if c.article_id == a.id and c.kind == k) for a in rows]
        ax.barh(range(len(rows)), n, left=left, color=colors[k], label=k.replace("_", " "))
        left = [x + y for x, y in zip(left, n)]
    ax.set_yticks(range(len(rows)), [f"{a.id} {_short(display_headline(a))}" for a in rows], fontsize=8)
    ax.invert_yaxis()
    ax.set_xlabel("claims")
    ax.xaxis.get_major_locator().set_params(integer=True)
    if kinds:
        ax.legend(loc="lower right", fontsize=8, frameon=False)
    return _finish(fig)


def amount_label(x: float) -> str:
    """A tick label for an amount, in plain words a reader can read: 1 万, 10 亿, 1 万亿 … (no TeX:
    matplotlib's log formatter writes ``$\\mathdefault{10^{9}}$``, which shows as source when
    mathtext is off, as it is here)."""
    for scale, word in ((1e12, "万亿"), (1e8, "亿"), (1e4, "万")):
        if abs(x) >= scale:
            return f"{x / scale:g} {word}"
    return f"{x:g}"


def money_log(claims) -> Figure:
    """Every money amount on a log scale, labelled with its subject; ranges as lines."""
    money = sorted((c for c in claims if c.kind == "money"), key=lambda c: abs(c.value or c.high or 0))
    fig, ax = plt.subplots(figsize=(8, 0.34 * max(len(money), 2) + 1.2))
    for i, c in enumerate(money):
        color = ACCENT if (c.value or 0) < 0 else INK
        if c.value is not None:
            ax.plot(abs(c.value), i, "o", color=color)
        else:
            ax.plot([abs(c.low), abs(c.high)], [i, i], "-", color=color, linewidth=3)
    ax.set_xscale("log")
    ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _pos: amount_label(x)))
    ax.xaxis.set_minor_formatter(NullFormatter())
    ax.set_yticks(range(len(money)), [f"{c.article_id} {_short(c.subject or '(no subject)', 16)} ({c.unit})" for c in money],
                  fontsize=8)
    ax.set_xlabel("amount (log scale; CNY unless the label says USD; red: a decrease)")
    ax.grid(axis="x", which="major", color="#e3e7ec", linewidth=0.6)
    return _finish(fig)


def rates(claims) -> Figure:
    """Percentages and percentage points stated as changes, largest first; decreases in red."""
    changes = [c for c in claims if c.kind in ("percent", "percentage_point") and c.direction and c.value is not None]
    changes.sort(key=lambda c: c.value)
    fig, ax = plt.subplots(figsize=(8, 0.34 * max(len(changes), 2) + 1.2))
    ax.barh(range(len(changes)), [c.value for c in changes],
            color=[ACCENT if c.value < 0 else INK for c in changes])
    labels = [f"{c.article_id} {_short(c.subject or '(no subject)', 16)}" + (" (pp)" if c.unit == "pp" else "")
              for c in changes]
    ax.set_yticks(range(len(changes)), labels, fontsize=8)
    ax.axvline(0, color="#555555", linewidth=0.8)
    ax.set_xlabel("change (% or percentage points)")
    for i, c in enumerate(changes):
        ax.text(c.value, i, f" {c.value:g}", va="center", ha="left" if c.value >= 0 else "right", fontsize=7)
    return _finish(fig)


GROUP_COLORS = {"chongqing": "#c0392b", "china": "#1f3b57", "foreign": "#6c5b7b"}


def place_map(places, links) -> Figure:
    """Left: China, every province capital as a faint dot for orientation, the places the page
    names coloured by group, and the links it draws between them. Right: Chongqing, enlarged."""
    from ..words.voices import gazetteer

    capitals = [r for r in gazetteer() if r["level"] == "province"]
    short_names = {r["name"]: r["short"] for r in gazetteer()}
    fig, (ax, zoom) = plt.subplots(1, 2, figsize=(10, 4.6), gridspec_kw={"width_ratios": [1.45, 1]})
    by_name = {p.name: p for p in places}
    for panel, (x0, x1, y0, y1) in ((ax, (73, 135, 18, 50)), (zoom, (105.2, 110.4, 28.0, 32.4))):
        panel.scatter([float(r["lon"]) for r in capitals], [float(r["lat"]) for r in capitals], s=6, color="#d5dbe1",
                      zorder=1)
        for x, y, n in links:
            a, b = by_name.get(x), by_name.get(y)
            if a and b:
                panel.plot([a.lon, b.lon], [a.lat, b.lat], color="#e08e45", linewidth=0.6 + 0.5 * n, alpha=0.7, zorder=2)
        shown = [p for p in places if p.group != "foreign" and x0 <= p.lon <= x1 and y0 <= p.lat <= y1]
        panel.scatter([p.lon for p in shown], [p.lat for p in shown], s=[12 + 8 * p.mentions for p in shown],
                      color=[GROUP_COLORS[p.group] for p in shown], zorder=3, alpha=0.85)
        levels = {r["name"]: r["level"] for r in gazetteer()}
        labelled = [p for p in shown if (panel is zoom and p.group == "chongqing")
                    or (panel is ax and (p.name == "重庆市" or (p.group != "chongqing"
                                                             and (levels.get(p.name) == "province" or p.mentions >= 3))))]
        for p in labelled:
            dy = 3
            panel.annotate(short_names.get(p.name) or p.name, (p.lon, p.lat), xytext=(4, dy),
                           textcoords="offset points", fontsize=7)
        panel.set_xlim(x0, x1)
        panel.set_ylim(y0, y1)
        panel.set_aspect(1.15)
        panel.tick_params(labelsize=7)
        panel.set_xlabel("longitude (°E)", fontsize=8)
    ax.set_ylabel("latitude (°N)", fontsize=8)
    ax.add_patch(plt.Rectangle((105.2, 28.0), 5.2, 4.4, fill=False, edgecolor="#9aa7b4", linewidth=0.8))
    handles = [plt.Line2D([], [], marker="o", linestyle="", color=c) for c in GROUP_COLORS.values()]
    ax.legend(handles + [plt.Line2D([], [], color="#e08e45")],
              ["in Chongqing", "elsewhere in China", "abroad (not drawn)", "a link drawn in one clause"],
              loc="lower right", fontsize=7, frameon=False)
    return _finish(fig)


def term_spread(spread: dict[str, dict[str, int]], article_ids: list[str]) -> Figure:
    """Terms (rows) against articles (columns): how often each term occurs in each article."""
    terms = list(spread)
    cols = [a for a in article_ids if any(a in spread[t] for t in terms)]
    grid = [[spread[t].get(a, 0) for a in cols] for t in terms]
    fig, ax = plt.subplots(figsize=(0.55 * max(len(cols), 4) + 2.2, 0.3 * max(len(terms), 3) + 1.0))
    ax.imshow(grid, cmap="Blues", aspect="auto")
    ax.set_xticks(range(len(cols)), cols, fontsize=8)
    ax.set_yticks(range(len(terms)), terms, fontsize=8)
    for i, row in enumerate(grid):
        for j, v in enumerate(row):
            if v:
                ax.text(j, i, str(v), ha="center", va="center", fontsize=7,
                        color="white" if v > 0.6 * max(max(r) for r in grid) else INK)
    ax.set_xlabel("article")
    for side in ("top", "right", "left", "bottom"):
        ax.spines[side].set_visible(False)
    ax.tick_params(length=0)
    return _finish(fig)
