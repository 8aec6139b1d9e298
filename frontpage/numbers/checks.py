"""Checking the numbers: what the claims imply, whether they hold together, and what needs a source.

Each rule reads the claims table (never one edition's strings) and yields :class:`Check`
rows with a status:

* ``implied``: a derived figure the page does not state (a year-earlier base behind an
  amount and its growth rate, a per-unit ratio, a share of a stated total, a total of
  stated parts, a yearly average over a stated span);
* ``consistent`` / ``inconsistent``: two statements that should agree, and do or do not
  (the same figure printed twice, one period named two ways, shares within 0-100%);
* ``unverifiable``: a claim nothing on the page can check, with the outside source a
  reader would consult (``data/reference/sources.csv``).
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from dataclasses import asdict, dataclass
from functools import lru_cache

from .claims import Claim
from ..english import counted, unit_words
from ..paths import REFERENCE

STATUSES = ("consistent", "inconsistent", "implied", "unverifiable")


@dataclass
class Check:
    id: str
    rule: str
    status: str
    statement: str
    formula: str
    value: float | None
    unit: str
    claims: list[str]
    article_id: str
    source: str = ""

    def as_dict(self) -> dict:
        d = asdict(self)
        d["claims"] = " ".join(self.claims)
        return d


def _num(x: float) -> str:
    """1802.4 → 1,802.4; 2.2 → 2.2; 0.2182 → 0.218 (no exponent, trailing zeros dropped)."""
    ax = abs(x)
    text = f"{x:,.1f}" if ax >= 100 else f"{x:,.2f}" if ax >= 1 else f"{x:,.3g}"
    return text.rstrip("0").rstrip(".") if "." in text and "e" not in text else text


def amount_text(x: float) -> str:
    """A derived amount for prose, in the page's own scale words with an English reading."""
    if x is None:
        return ""
    ax = abs(x)
    if ax >= 1e8:
        return f"{_num(x / 1e8)} 亿 ({_num(x / 1e9)} bn)"
    if ax >= 1e4:
        return f"{_num(x / 1e4)} 万 ({x:,.0f})"
    return _num(x)


def _counted_in(x: float, unit: str) -> str:
    """A count with its unit agreeing: 1 item, 17 items, 18,000 people; the bare number without a unit."""
    return f"{x:,g} {unit_words(x, unit)}" if unit else f"{x:,g}"


def _bigrams(s: str) -> set[str]:
    return {a + b for a, b in zip(s, s[1:])}


def _related(a: str, b: str) -> bool:
    """Two subjects about the same thing: equal, one inside the other, or sharing half their pairs."""
    if not a or not b:
        return False
    if a == b or a in b or b in a:
        return True
    x, y = _bigrams(a), _bigrams(b)
    return bool(x and y) and len(x & y) >= 0.5 * min(len(x), len(y))


def _years(period: str | None) -> int | None:
    m = re.fullmatch(r"(\d{4})/(\d{4})", period or "")
    return int(m.group(2)) - int(m.group(1)) + 1 if m else None


@lru_cache(maxsize=1)
def sources() -> list[tuple[re.Pattern, str]]:
    with (REFERENCE / "sources.csv").open(encoding="utf-8") as fh:
        return [(re.compile(r["pattern"]), r["source"]) for r in csv.DictReader(fh)]


def outside_source(claim: Claim) -> str:
    text = f"{claim.subject} {claim.sentence}"
    for rx, src in sources():
        if rx.search(claim.subject or ""):
            return src
    for rx, src in sources():
        if rx.search(text):
            return src
    return "the body that published the figure (the page does not say who)"


Groups = dict[tuple[str, str], list[Claim]]


def check_claims(claims: list[Claim], linked: dict[str, str] | None = None) -> list[Check]:
    """Every check the rules find (see module doc). ``linked`` maps a box's or caption's id to its story's."""
    linked = linked or {}
    topic = {c.article_id: linked.get(c.article_id, c.article_id) for c in claims}
    by_sentence: Groups = defaultdict(list)
    for c in claims:
        by_sentence[(c.article_id, c.sentence)].append(c)
    out: list[Check] = [
        *implied_bases(claims), *per_unit_ratios(by_sentence), *yearly_averages(claims),
        *shares_of_totals(by_sentence), *totals_of_parts(by_sentence), *figures_stated_twice(claims, topic),
        *shares_within_range(claims, by_sentence), *periods_named_twice(claims, topic),
    ]
    out += needing_a_source(claims, out)
    order = {s: i for i, s in enumerate(("inconsistent", "consistent", "implied", "unverifiable"))}
    out.sort(key=lambda k: (order[k.status], k.article_id, k.claims))
    for n, k in enumerate(out, start=1):
        k.id = f"k{n:02d}"
    return out


def implied_bases(claims: list[Claim]) -> list[Check]:
    """1. The base a growth rate implies: an amount after a rise of r% was amount / (1 + r) before."""
    out = []
    for c in claims:
        if not (c.kind in ("money", "count", "measure") and c.value and not c.direction):
            continue
        for r in claims:
            if (r.kind == "percent" and r.direction and r.comparison in ("同比", "环比") and r.value is not None
                    and r.article_id == c.article_id and r.sentence == c.sentence and r.subject == c.subject
                    and r.period == c.period and r.value > -100):
                base = c.value / (1 + r.value / 100)
                when = "a year earlier" if r.comparison == "同比" else "in the previous period"
                out.append(Check("", "base implied by a growth rate", "implied",
                                 f"{c.subject} of {amount_text(c.value)} {c.unit} after {r.value:+g}% ({r.comparison}) "
                                 f"implies {amount_text(base)} {c.unit} {when}.",
                                 f"{c.quote} ÷ (1 {'+' if r.value >= 0 else '−'} {abs(r.value):g}%)", base, c.unit,
                                 [c.id, r.id], c.article_id))
    return out


def per_unit_ratios(by_sentence: Groups) -> list[Check]:
    """2. Per-unit ratios: an amount of money over a count of things, in one sentence."""
    out = []
    for group in by_sentence.values():
        money = [c for c in group if c.kind == "money" and c.value and c.value > 0]
        counts = [c for c in group if c.kind == "count" and c.value and c.value > 1 and c.unit not in ("kind", "")]
        for m in money:
            for n in counts:
                per = m.value / n.value
                out.append(Check("", "per-unit ratio", "implied",
                                 f"{m.subject} of {amount_text(m.value)} {m.unit} over {_counted_in(n.value, n.unit)} "
                                 f"({n.subject}) "
                                 f"is {amount_text(per)} {m.unit} per {n.unit}.",
                                 f"{m.quote} ÷ {n.quote}", per, f"{m.unit} per {n.unit}", [m.id, n.id], m.article_id))
    return out


def yearly_averages(claims: list[Claim]) -> list[Check]:
    """3. A yearly average over a stated span of years (累计 over 2010/2020)."""
    out = []
    for c in claims:
        years = _years(c.period)
        if c.kind == "money" and c.value and years and years > 1 and c.comparison == "累计":
            avg = c.value / years
            out.append(Check("", "yearly average over a span", "implied",
                             f"{c.subject}: {amount_text(c.value)} {c.unit} over {counted(years, 'year')} ({c.period_text}) averages "
                             f"{amount_text(avg)} {c.unit} a year.", f"{c.quote} ÷ {years}", avg, f"{c.unit} per year",
                             [c.id], c.article_id))
    return out


def shares_of_totals(by_sentence: Groups) -> list[Check]:
    """4. Shares of a stated total (共计), and the remainder the page does not itemise."""
    out = []
    for group in by_sentence.values():
        for t in [c for c in group if c.comparison == "共计" and c.kind == "count" and c.value]:
            parts = [c for c in group if c is not t and c.kind == "count" and c.unit == t.unit and c.value
                     and c.value < t.value]
            for p in parts:
                out.append(Check("", "share of a stated total", "implied",
                                 f"{p.value:,g} {p.subject} of {t.value:,g} in all is {p.value / t.value:.1%}.",
                                 f"{p.quote} ÷ {t.quote}", 100 * p.value / t.value, "%", [p.id, t.id], t.article_id))
            if parts:
                rest = t.value - sum(p.value for p in parts)
                out.append(Check("", "remainder of a stated total", "implied",
                                 f"{t.value:,g} in all less {', '.join(p.quote for p in parts)} leaves "
                                 f"{_counted_in(rest, t.unit)} the page does not itemise.",
                                 f"{t.quote} − " + " − ".join(p.quote for p in parts), rest, t.unit,
                                 [t.id, *[p.id for p in parts]], t.article_id))
    return out


def totals_of_parts(by_sentence: Groups) -> list[Check]:
    """5. Three or more counts of one unit listed together with no total: their sum."""
    out = []
    for group in by_sentence.values():
        if any(c.comparison == "共计" for c in group):
            continue
        by_unit: dict[str, list[Claim]] = defaultdict(list)
        for c in group:
            if c.kind == "count" and c.value and not c.comparison:
                by_unit[c.unit].append(c)
        for unit, parts in by_unit.items():
            if len(parts) >= 3:
                total = sum(c.value for c in parts)
                out.append(Check("", "total of listed parts", "implied",
                                 f"{' + '.join(f'{c.value:,g} {c.subject}' for c in parts)} make {_counted_in(total, unit)} in all.",
                                 " + ".join(c.quote for c in parts), total, unit, [c.id for c in parts], parts[0].article_id))
    return out


def _same_figure(a: Claim, b: Claim) -> bool:
    """Two claims in different sentences that state the same figure of the same thing."""
    return (a.unit == b.unit and a.kind == b.kind and a.period == b.period and _related(a.subject, b.subject)
            and a.sentence != b.sentence and a.value is not None and b.value is not None
            and a.direction == b.direction and a.comparison == b.comparison)


def figures_stated_twice(claims: list[Claim], topic: dict[str, str]) -> list[Check]:
    """6. The same figure stated twice in one story (or its box): it should agree."""
    out, seen = [], set()
    for a in claims:
        for b in claims:
            if a.id >= b.id or (a.id, b.id) in seen or topic[a.article_id] != topic[b.article_id] \
                    or not _same_figure(a, b):
                continue
            seen.add((a.id, b.id))  # ids repeated across editions: one check per pair
            same = abs(a.value - b.value) <= 1e-9 * max(1.0, abs(a.value))
            out.append(Check("", "the same figure stated twice", "consistent" if same else "inconsistent",
                             f"{a.subject} is {a.quote} in one place ({a.part}, line {a.line}) and {b.quote} in "
                             f"another ({b.part}, line {b.line}): " + ("they agree." if same else "they differ."),
                             f"{a.quote} = {b.quote}" if same else f"{a.quote} ≠ {b.quote}", None, a.unit,
                             [a.id, b.id], a.article_id))
    return out


def shares_within_range(claims: list[Claim], by_sentence: Groups) -> list[Check]:
    """7. A percentage that is a share (no direction) must lie within 0-100%; 100% is a share of everything."""
    out = []
    for c in claims:
        if not (c.kind == "percent" and not c.direction and c.value is not None):
            continue
        ok = 0 <= c.value <= 100
        if c.value == 100 or not ok:
            counts = [n for n in by_sentence[(c.article_id, c.sentence)] if n.kind == "count" and n.value]
            whole = f"; with {counts[0].quote} {counts[0].subject} in the same sentence, that is all {counts[0].value:,g}" \
                if counts and ok else ""
            out.append(Check("", "share within 0-100%", "consistent" if ok else "inconsistent",
                             f"{c.subject}: {c.quote} is a share " + ("of everything" if c.value == 100 else "outside 0-100%")
                             + whole + ".", f"0 ≤ {c.quote} ≤ 100%", c.value, "%",
                             [c.id, *([counts[0].id] if counts and ok else [])], c.article_id))
    return out


def periods_named_twice(claims: list[Claim], topic: dict[str, str]) -> list[Check]:
    """8. One stretch of years named two ways in a story (2010年至2020年, 10年来): within a year, they agree."""
    spans: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        if _years(c.period) and c.period_text:
            spans[topic[c.article_id]].append(c)
    out = []
    for cs in spans.values():
        texts: dict[str, Claim] = {}
        for c in cs:
            texts.setdefault(c.period_text, c)
        named = list(texts.values())
        for i, a in enumerate(named):
            for b in named[i + 1:]:
                if a.period != b.period:
                    out.append(_period_check(a, b))
    return out


def _period_check(a: Claim, b: Claim) -> Check:
    a0, a1 = map(int, a.period.split("/"))
    b0, b1 = map(int, b.period.split("/"))
    close = abs(a0 - b0) <= 1 and abs(a1 - b1) <= 1
    return Check("", "one period named two ways", "consistent" if close else "inconsistent",
                 f"{a.period_text} ({a.period}) and {b.period_text} ({b.period}) describe the same "
                 f"stretch of cooperation " + ("to within a year." if close else "but differ by more than a year."),
                 f"{a.period} ≈ {b.period}" if close else f"{a.period} ≠ {b.period}", None, "",
                 [a.id, b.id], a.article_id)


def needing_a_source(claims: list[Claim], found: list[Check]) -> list[Check]:
    """9. What only an outside source can check: every claim no consistency check in ``found`` covers."""
    checked = {cid for k in found if k.status in ("consistent", "inconsistent") for cid in k.claims}
    return [Check("", "needs an outside source", "unverifiable",
                  f"Nothing on the page checks {c.quote} ({c.subject or 'no subject'}).", "", None, c.unit,
                  [c.id], c.article_id, outside_source(c))
            for c in claims if c.id not in checked]
