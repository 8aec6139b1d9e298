"""The raw edition as an HTML page: every line numbered and anchored, articles labelled,
claims marked where they stand; for a page PDF, the page itself with every item outlined.
Everything from the edition is escaped."""

from __future__ import annotations

import re

from ..parse.articles import Article
from ..numbers.claims import Claim
from .display import EscapedHTML, escape
from ..parse.pdf import boxes_of, page_png
from ..parse.reading import Edition

SOURCE_PAGE = "11_source.html"


def line_link(line: int) -> str:
    """Where a raw line is, from another chapter."""
    return f"{SOURCE_PAGE}#L{int(line)}"


def _claim_spans(edition: Edition, claim: Claim, window: int = 4) -> list[tuple[int, int, int]]:
    """(line, start, end) pieces of raw text that print the claim's quote (a quote may cross lines)."""
    first = claim.line
    lines = edition.lines[first - 1: first - 1 + window]
    joined = "\n".join(lines)
    pattern = r"\s*".join(re.escape(ch) for ch in claim.quote if not ch.isspace())
    m = re.search(pattern, joined)
    if not m or m.start() > len(lines[0]):
        return []
    pieces, offset = [], 0
    for k, text in enumerate(lines):
        lo, hi = max(m.start(), offset), min(m.end(), offset + len(text))
        if lo < hi:
            pieces.append((first + k, lo - offset, hi - offset))
        offset += len(text) + 1
    return pieces


def source_html(edition: Edition, articles: list[Article], claims: list[Claim]) -> EscapedHTML:
    """The whole edition as an escaped, anchored table (see module doc)."""
    owner: dict[int, str] = {}
    starts: set[int] = set()
    for a in articles:
        for x, y in a.lines:
            for n in range(x, y + 1):
                owner.setdefault(n, a.id)
        starts.add(a.lines[0][0])
    marks: dict[int, list[tuple[int, int, Claim]]] = {}
    for c in claims:
        for line, lo, hi in _claim_spans(edition, c):
            taken = marks.setdefault(line, [])
            if all(hi <= a or lo >= b for a, b, _ in taken):
                taken.append((lo, hi, c))
    rows = []
    for n, text in enumerate(edition.lines, start=1):
        pieces, pos = [], 0
        for lo, hi, c in sorted(marks.get(n, []), key=lambda t: t[0]):
            title = f"{c.id}: {c.quote} ({c.kind}) {c.subject}"
            anchor = f' id="{escape(c.id)}"' if n == c.line else ""
            pieces.append(escape(text[pos:lo]))
            pieces.append(f'<mark class="claim"{anchor} title="{escape(title)}">{escape(text[lo:hi])}</mark>')
            pos = hi
        pieces.append(escape(text[pos:]))
        art = owner.get(n, "")
        label = f'<a href="#L{n}">{n}</a>'
        art_cell = f'<span class="art-start">{escape(art)}</span>' if n in starts else escape(art)
        rows.append(f'<tr id="L{n}" class="{"blank" if not text.strip() else "line"}"><td class="ln">{label}</td>'
                    f'<td class="art">{art_cell}</td><td class="txt">{"".join(pieces)}</td></tr>')
    return EscapedHTML('<div class="fp-source"><table><thead><tr><th>line</th><th>article</th><th>raw text</th></tr>'
                       "</thead><tbody>" + "".join(rows) + "</tbody></table></div>")


KIND_COLOURS = {"news": "#1f77b4", "wire": "#17becf", "commentary": "#9467bd", "document": "#8c564b",
                "brief": "#2ca02c", "box": "#bcbd22", "caption": "#ff7f0e", "teaser": "#e377c2",
                "notice": "#7f7f7f", "furniture": "#c7c7c7", "unknown": "#d62728"}


def page_view_html(edition: Edition, articles: list[Article], width_px: int = 900) -> EscapedHTML:
    """For a page PDF: the page rendered (offline, pypdfium2) with each item outlined in its kind's
    colour, labelled with its id and linked to its first line below. Empty for a text edition."""
    if not edition.boxes or edition.page_size is None or edition.path is None:
        return EscapedHTML("")
    import base64

    width, height = edition.page_size
    png = base64.b64encode(page_png(edition, width_px)).decode("ascii")
    shapes = []
    for a in articles:
        lines = [n for x, y in a.lines for n in range(x, y + 1)]
        colour = KIND_COLOURS.get(a.kind, "#d62728")
        title = escape(f"{a.id} ({a.kind}) {a.headline or a.kicker or a.text[:20]}")
        for k, b in enumerate(boxes_of(edition, lines)):
            label = (f'<text x="{b.x0 + 1:.1f}" y="{b.top + 7:.1f}" font-size="7" fill="{colour}">{escape(a.id)}</text>'
                     if k == 0 else "")
            shapes.append(f'<a href="#L{a.lines[0][0]}"><title>{title}</title><rect x="{b.x0 - 1:.1f}" '
                          f'y="{b.top - 1:.1f}" width="{b.x1 - b.x0 + 2:.1f}" height="{b.bottom - b.top + 2:.1f}" '
                          f'fill="{colour}" fill-opacity="0.08" stroke="{colour}" stroke-width="1"/>{label}</a>')
    note = (f"Page {edition.page} of {edition.pages} of {escape(edition.name)}, as printed, with every item "
            f"outlined in the colour of its kind; each outline links to the item's first line below.")
    return EscapedHTML(f'<figure class="fp-pageview"><svg viewBox="0 0 {width:.1f} {height:.1f}" role="img" '
                       f'aria-label="the page with its items outlined"><image href="data:image/png;base64,{png}" '
                       f'x="0" y="0" width="{width:.1f}" height="{height:.1f}"/>{"".join(shapes)}</svg>'
                       f"<figcaption>{note}</figcaption></figure>")
