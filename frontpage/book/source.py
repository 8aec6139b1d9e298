"""The raw edition as an HTML page: every line numbered and anchored, articles labelled,
claims marked where they stand. Everything from the edition is escaped."""

from __future__ import annotations

import re

from ..parse.articles import Article
from ..numbers.claims import Claim
from .display import EscapedHTML, escape
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
