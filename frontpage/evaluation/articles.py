"""Scoring the articles a parser finds against a hand-annotated list.

Two things a reader meets first are scored, each as recall and precision:

* **headlines**: a gold headline is found when some article has exactly that headline
  (spaces ignored: display letter-spacing is presentation, not text);
* **starts**: a gold article's body start (its annotated ``first`` words) is found when some
  article's text begins with them, i.e. the body was cut at the right place and its source
  or dateline prefix stripped;

and the **count**: articles found against articles annotated. Page furniture (page numbers,
date lines, credits, advertisements) is annotated as kind ``furniture`` and is not an article.

Then, field by field (:func:`field_failures`): each annotated item (furniture included) is
paired with the parsed item that begins on the same raw line, and its kind, kicker, headline,
subheadlines, source, byline, dateline, continuation, link, body start and end and line span
are compared, so that every golden comparison is a row the known-failures table can name.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

NOT_ARTICLES = ("furniture",)
_SPACE = re.compile(r"\s+")


def _squash(text: str) -> str:
    return _SPACE.sub("", text or "")


def read_gold_articles(path: Path) -> list[dict]:
    """The articles of a gold ``*.articles.json`` (its ``articles`` list), furniture included."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return data["articles"] if isinstance(data, dict) else data


@dataclass
class ArticleScore:
    """Headlines and starts found, and the article count, for one edition (or several, pooled)."""

    gold_articles: int
    found_articles: int
    gold_headlines: int
    found_headlines: int
    headlines_matched: int
    predicted_headlines_matched: int
    gold_starts: int
    found_starts: int
    starts_matched: int
    predicted_starts_matched: int
    failures: list[tuple[str, str, str]] = field(default_factory=list)

    @staticmethod
    def _rate(a: int, b: int) -> float:
        return a / b if b else 1.0

    @property
    def headline_recall(self) -> float:
        return self._rate(self.headlines_matched, self.gold_headlines)

    @property
    def headline_precision(self) -> float:
        return self._rate(self.predicted_headlines_matched, self.found_headlines)

    @property
    def start_recall(self) -> float:
        return self._rate(self.starts_matched, self.gold_starts)

    @property
    def start_precision(self) -> float:
        return self._rate(self.predicted_starts_matched, self.found_starts)

    @property
    def count_ratio(self) -> float:
        """Articles found per article annotated (1.0 is right; 2.0 twice too many)."""
        return self._rate(self.found_articles, self.gold_articles)

    def summary(self) -> dict[str, float]:
        return {"gold_articles": self.gold_articles, "found_articles": self.found_articles,
                "headline_recall": self.headline_recall, "headline_precision": self.headline_precision,
                "start_recall": self.start_recall, "start_precision": self.start_precision,
                "count_ratio": self.count_ratio}


def _numbered(kind: str, text: str, before: list[str]) -> str:
    """An item's key: ``headline:公告``, and ``headline:公告#2`` for the second of the same text."""
    n = before.count(text)
    return f"{kind}:{text}" + (f"#{n + 1}" if n else "")


def _multiset_matches(gold: list[str], found: list[str], kind: str) -> tuple[int, list[tuple[str, str, str]]]:
    """How many of ``gold`` are in ``found``, each used once (three notices headed 公告 need three
    articles headed 公告), and the failures: gold texts missed, found texts extra."""
    left = Counter(found)
    missed = []
    for i, h in enumerate(gold):
        if left[h]:
            left[h] -= 1
        else:
            missed.append((_numbered(kind, h, gold[:i]), "missed", f"no article has this {kind}"))
    spare = Counter(gold)
    extra = []
    for i, h in enumerate(found):
        if spare[h]:
            spare[h] -= 1
        else:
            extra.append((_numbered(kind, h, found[:i]), "extra", f"no gold article has this {kind}"))
    return len(gold) - len(missed), missed + extra


def score_articles(articles: list, gold: list[dict]) -> ArticleScore:
    """Score parsed ``articles`` (records with ``kind``, ``headline``, ``text``) against ``gold``."""
    all_gold = gold
    gold = [g for g in gold if g.get("kind") not in NOT_ARTICLES]
    found = [a for a in articles if a.kind not in NOT_ARTICLES]
    gold_heads = [_squash(g["headline"]) for g in gold if _squash(g.get("headline", ""))]
    found_heads = [_squash(a.headline) for a in found if _squash(a.headline)]
    gold_starts = [_squash(g["first"]) for g in gold if _squash(g.get("first", ""))]
    found_starts = [_squash(a.text) for a in found if _squash(a.text)]
    head_hits, fails = _multiset_matches(gold_heads, found_heads, "headline")
    start_hit = [any(t.startswith(s) for t in found_starts) for s in gold_starts]
    fails += [(_numbered("start", s, gold_starts[:i]), "missed", "no article's text begins here")
              for i, (s, hit) in enumerate(zip(gold_starts, start_hit)) if not hit]
    pred_hit = [any(t.startswith(s) for s in gold_starts) for t in found_starts]
    fails += [(_numbered("start", t[:16], [x[:16] for x in found_starts[:i]]), "extra", "no gold article begins here")
              for i, (t, hit) in enumerate(zip(found_starts, pred_hit)) if not hit]
    return ArticleScore(
        gold_articles=len(gold), found_articles=len(found),
        gold_headlines=len(gold_heads), found_headlines=len(found_heads),
        headlines_matched=head_hits, predicted_headlines_matched=head_hits,
        gold_starts=len(gold_starts), found_starts=len(found_starts),
        starts_matched=sum(start_hit), predicted_starts_matched=sum(pred_hit),
        failures=fails + field_failures(articles, all_gold))


FIELDS = ("kind", "kicker", "headline", "subheadlines", "source", "byline", "dateline", "continues_on", "linked_to")


def _span(article) -> tuple[int, int]:
    return article.lines[0][0], article.lines[-1][1]


def _pair(gold: list[dict], articles: list) -> list[tuple[dict, object]]:
    """Each gold item with the parsed item that starts on its first raw line (else none)."""
    by_start: dict[int, list] = {}
    for a in articles:
        by_start.setdefault(_span(a)[0], []).append(a)
    pairs = []
    for g in gold:
        cands = by_start.get(g["first_line"], [])
        if cands:
            pairs.append((g, cands.pop(0)))
    return pairs


def _linked_line(link: str | None, by_id: dict) -> int | None:
    """The first raw line of the item an id points to (None for no link, or an id no item has)."""
    item = by_id.get(link) if link else None  # an id no item has (or items without ids): no line
    if item is None:
        return None
    return item["first_line"] if isinstance(item, dict) else _span(item)[0]


def _field_differences(g: dict, a, gold_ids: dict | None = None, found_ids: dict | None = None) -> list[tuple[str, str]]:
    """(field, what) for every field of parsed item ``a`` that differs from gold item ``g``.

    ``linked_to`` is compared by where the linked item begins (its first raw line, through
    ``gold_ids`` and ``found_ids``), not by its id: ids count items, and one item more or less
    before the linked story (a caption numbered apart, furniture) renumbers it."""
    fields = ("kind",) if g.get("kind") == "furniture" else FIELDS  # furniture: what it is and where
    out = []
    for f in fields:
        if f not in g:
            continue
        if f == "linked_to" and gold_ids is not None and found_ids is not None:
            mine, theirs = _linked_line(a.linked_to, found_ids), _linked_line(g[f], gold_ids)
            if mine != theirs:
                out.append((f, f"{f}: {a.linked_to!r} (line {mine}) (gold {g[f]!r}, line {theirs})"))
        elif (getattr(a, f) or None) != (g[f] or None):  # "" and null, [] and null: both none
            out.append((f, f"{f}: {getattr(a, f)!r} (gold {g[f]!r})"))
    if g.get("kind") != "furniture":
        text = a.text.replace("\n", "")
        if g.get("first") and not text.startswith(g["first"]):
            out.append(("first", f"text starts {text[:16]!r} (gold {g['first']!r})"))
        if g.get("last") and not text.endswith(g["last"]):
            out.append(("last", f"text ends {text[-16:]!r} (gold {g['last']!r})"))
    if _span(a) != (g["first_line"], g["last_line"]):
        out.append(("lines", f"lines {_span(a)[0]}-{_span(a)[1]} (gold {g['first_line']}-{g['last_line']})"))
    return out


def field_failures(articles: list, gold: list[dict]) -> list[tuple[str, str, str]]:
    """(item, field, what) for every field of a paired item that differs from the annotation, and
    an ``unpaired`` row for an annotated item no parsed item starts with."""
    pairs = _pair(gold, articles)
    paired = {id(g) for g, _ in pairs}
    key = _article_keys(gold)
    out = [(key[id(g)], "unpaired", f"no item begins on line {g['first_line']} ({g['kind']})")
           for g in gold if id(g) not in paired]
    gold_ids = {g["id"]: g for g in gold if g.get("id")}
    found_ids = {getattr(a, "id", None): a for a in articles}
    for g, a in pairs:
        out += [(key[id(g)], f, what) for f, what in _field_differences(g, a, gold_ids, found_ids)]
    return out


def _article_keys(gold: list[dict]) -> dict[int, str]:
    """Each annotated item's key, ``article:<first line>``, numbered ``#2``, ``#3`` … when several
    items begin on the same line (the ● briefs of a column whose heading line opens each span)."""
    seen: list[str] = []
    keys = {}
    for g in gold:
        line = str(g["first_line"])
        keys[id(g)] = _numbered("article", line, seen)
        seen.append(line)
    return keys


def pooled_articles(scores: list[ArticleScore]) -> ArticleScore:
    """One score over several editions: counts added."""
    names = [f for f in ArticleScore.__dataclass_fields__ if f != "failures"]
    return ArticleScore(**{f: sum(getattr(s, f) for s in scores) for f in names},
                        failures=[x for s in scores for x in s.failures])
