"""Tables for the chapter on the page's anatomy: articles, order, reassembly, doubts."""

from __future__ import annotations

import re

import pandas as pd

from ..parse.articles import Article, line_ranges
from ..words.english import english_of
from ..parse.reading import Edition

SENTENCE_END = re.compile(r"[。！？]”?$")


def display_headline(a: Article) -> str:
    """What to call an article: its headline; without one, in square brackets (so no reader takes it
    for a headline), its kicker or first subheadline, else its opening words."""
    if a.headline:
        return a.headline
    stand_in = next((t for t in (a.kicker, *a.subheadlines) if t), "")
    if not stand_in:
        stand_in = (a.text[:18] + "…") if len(a.text) > 18 else a.text
    return f"[{stand_in}]" if stand_in else ""


def articles_table(articles: list[Article]) -> pd.DataFrame:
    """One row per article, for readers: id, kind, headline and gloss, who, when, size, pages."""
    rows = []
    for a in articles:
        named = next((t for t in (a.headline, a.kicker, *a.subheadlines) if t), "")
        who = " ".join(x for x in (a.source or "", "、".join(a.byline)) if x)
        rows.append({
            "id": a.id,
            "kind": a.kind,
            "headline": display_headline(a),
            "English": english_of(named),  # a word-by-word gloss starts with ≈
            "source, byline": who,
            "dateline": a.dateline or "",
            "chars": len(a.text.replace("\n", "")),
            "goes on": f"p. {a.continues_on}" if a.continues_on else "",
            "belongs to": a.linked_to or "",
            "raw lines": _span(a.lines[0][0], a.lines[-1][1]),
            "_first": a.lines[0][0],
        })
    return pd.DataFrame(rows)


def _span(first: int, last: int) -> str:
    return str(first) if first == last else f"{first}–{last}"


def part_chars(a: Article, *, body: bool) -> int:
    """Non-space characters in the article's body parts (``body=True``) or in all its other parts."""
    return sum(len("".join(p.text.split())) for p in a.parts if (p.role == "body") == body)


def longest_article(articles: list[Article]) -> Article | None:
    """The article with the most body text (non-space characters); None for no articles."""
    return max(articles, key=lambda a: part_chars(a, body=True), default=None)


def possible_merges(edition: Edition, articles: list[Article]) -> pd.DataFrame:
    """Consecutive body lines where the first ends a sentence at the line's end.

    A paragraph that ends exactly at the column edge leaves no trace in the text layer, so
    these are the places where two paragraphs may have been read as one.
    """
    rows = []
    for a in articles:
        for part in a.parts:
            if part.role != "body":
                continue
            for s1, s2 in zip(part.spans, part.spans[1:]):
                end = s1.text(edition).rstrip()
                if s2.line == s1.line + 1 and SENTENCE_END.search(end):
                    rows.append({"article": a.id, "raw lines": _span(s1.line, s2.line),
                                 "end of one": end.strip()[-12:], "start of the next": s2.text(edition).strip()[:12]})
    return pd.DataFrame(rows, columns=["article", "raw lines", "end of one", "start of the next"])


def chars_by_kind(articles: list[Article]) -> pd.DataFrame:
    """Articles and characters (all parts) per kind, largest first, with shares of the page."""
    df = pd.DataFrame({"kind": [a.kind for a in articles],
                       "chars": [part_chars(a, body=True) + part_chars(a, body=False) for a in articles]})
    out = df.groupby("kind").agg(articles=("chars", "size"), chars=("chars", "sum")).sort_values("chars", ascending=False)
    total = out["chars"].sum()
    out["share"] = out["chars"] / total if total else 0.0
    return out.reset_index()


def order_table(articles: list[Article]) -> pd.DataFrame:
    """Extraction order against reading order, with where each headline sits."""
    by_first = sorted(articles, key=lambda a: a.first_line)
    extraction_rank = {a.id: k for k, a in enumerate(by_first, start=1)}
    rows = []
    for k, a in enumerate(articles, start=1):
        heads = [s.line for p in a.parts if p.role in ("headline", "kicker") for s in p.spans]
        body = [s.line for p in a.parts if p.role == "body" for s in p.spans]
        if not heads:
            where = "no headline"
        elif not body:
            where = "headline only"
        elif min(heads) > max(body):
            where = "after the body"
        elif max(heads) < min(body):
            where = "before the body"
        else:
            where = "inside the body"
        rows.append({"id": a.id, "kind": a.kind, "reading order": k, "extraction order": extraction_rank[a.id],
                     "first raw line": a.first_line, "headline": where, "linked to": a.linked_to or ""})
    return pd.DataFrame(rows)


def example_article(articles: list[Article]) -> Article | None:
    """The article that best shows reassembly: most kinds of part, a headline after its body
    preferred, shortest among equals. None for an edition with no articles."""
    if not articles:
        return None

    def key(a: Article):
        roles = {p.role for p in a.parts}
        return (-len(roles), not a.headline_after_body, len(a.text))

    return min(articles, key=key)


def reassembly(edition: Edition, article: Article) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(raw lines from the article's first to last line, with the part each belongs to; the parts)."""
    ranges = line_ranges(sorted({s.line for p in article.parts for s in p.spans}))
    first, last = ranges[0][0], ranges[-1][1]
    owner: dict[int, list[str]] = {}
    for p in article.parts:
        for s in p.spans:
            owner.setdefault(s.line, [])
            if p.role not in owner[s.line]:
                owner[s.line].append(p.role)
    raw = pd.DataFrame([
        {"line": n, "raw text": edition.lines[n - 1], "part": " + ".join(owner.get(n, [])) or ("(blank)" if not edition.lines[n - 1].strip() else "(another article)")}
        for n in range(first, last + 1)
    ])
    parts = pd.DataFrame([
        {"part": p.role, "text": p.text, "lines": ", ".join(_span(x, y) for x, y in line_ranges(p.lines))}
        for p in article.parts
    ])
    return raw, parts


FURNITURE_NAMES = {"masthead": "masthead", "date": "date line", "page": "page number", "section": "section name",
                   "desk": "desk credits (责编, 美编 …)", "ad": "advertisement", "disclaimer": "standing disclaimer",
                   "weather": "weather line", "weather_box": "weather box", "prompt": "QR-code prompt (扫码 …)",
                   "serial": "serial and issue numbers", "page_count": "page count (今日N版)"}
"""What each kind of page furniture (:func:`frontpage.parse.furniture.furniture_lines`, kept on the
article as ``Article.furniture``) is called here."""


def is_story(a: Article) -> bool:
    """An item a reader reads: everything but page furniture."""
    return a.kind != "furniture"


def furniture_table(edition: Edition, articles: list[Article]) -> pd.DataFrame:
    """The page's furniture, apart from its articles: what each item is, its text as printed, its lines."""
    rows = []
    for a in articles:
        if is_story(a):
            continue
        lines = [edition.lines[n - 1].strip() for first, last in a.lines for n in range(first, last + 1)]
        lines = [t for t in lines if t]
        what = FURNITURE_NAMES.get(a.furniture, a.furniture or "page furniture")
        rows.append({"id": a.id, "what": what, "as printed": " / ".join(lines),
                     "raw lines": _span(a.lines[0][0], a.lines[-1][1]), "_first": a.lines[0][0]})
    return pd.DataFrame(rows, columns=["id", "what", "as printed", "raw lines", "_first"])


def doubts_table(articles: list[Article]) -> pd.DataFrame:
    """Every item the segmenter is unsure of, with what it guessed (:attr:`Article.doubt`)."""
    rows = [{"id": a.id, "kind": a.kind, "headline": display_headline(a), "doubt": d, "raw lines":
             _span(a.lines[0][0], a.lines[-1][1]), "_first": a.lines[0][0]}
            for a in articles if a.doubt for d in a.doubt.split("; ")]
    return pd.DataFrame(rows, columns=["id", "kind", "headline", "doubt", "raw lines", "_first"])


def undecided(articles: list[Article]) -> pd.DataFrame:
    """Every note the parser left: what it could not decide, article by article."""
    rows = [{"id": a.id, "kind": a.kind, "headline": display_headline(a), "note": n} for a in articles for n in a.notes]
    return pd.DataFrame(rows, columns=["id", "kind", "headline", "note"])
