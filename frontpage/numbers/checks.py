"""Checking the numbers: what the claims imply, whether they hold together, and what needs a source.

Each rule reads the claims table (never one edition's strings) and yields :class:`Check`
rows with a status:

* ``consistent`` / ``inconsistent``: two statements of the same kind and unit that should
  agree, and do or do not (the same figure printed twice, one period named two ways), or
  a share that cannot be one (above 100%, below 0): *inconsistent* only, since a share
  within 0-100% confirms nothing;
* ``implied``: a derived figure the page does not print that a reader can use (a
  year-earlier base behind an amount and its growth rate, money per unit, a share of a
  stated total and its remainder, a total of parts of one kind, a yearly average);
* ``projection``: a forecast or target (将达, 目标 …): not a fact on the page's date, never
  used in a check; it can be checked once the period it names is over;
* ``unverifiable``: a claim no comparison on the page confirms (it may still be used in
  derived figures, which the statement names), with the outside source a reader would
  consult (``data/reference/sources.csv``).

Statements are English: a claim's subject is named by the ``name`` function the caller
passes (the pipeline passes :func:`frontpage.words.english.named`, "English (中文)"), amounts
are in English scale words (180.24 billion CNY, 1.37 million CNY), never 万 or 亿 beside
an English unit.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import asdict, dataclass
from functools import lru_cache

from .claims import Claim
from ..english import counted, number, unit_words
from ..paths import REFERENCE

STATUSES = ("inconsistent", "consistent", "implied", "projection", "unverifiable")
COMPARED = ("consistent", "inconsistent")
"""The statuses of a comparison on the page (a check proper); ``implied`` rows are derived figures."""
GENERIC_UNITS = ("item", "kind", "")
"""Units of the general measure words (个, 项, 种): counts in them are alike only if their things are."""
PERIOD_RULE = "one period named two ways"
"""A comparison of the periods two claims name: it confirms their periods, not their figures."""
COMPARISONS = {"同比": "year on year", "环比": "on the previous period"}

Name = Callable[[str], str]


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


def amount_text(x: float | None) -> str:
    """An amount in English scale words: 180240000000 → "180.24 billion", 1367231.6 → "1.37 million",
    91111.1 → "91,111", 2.2 → "2.2" (no 万 or 亿: the unit that follows is English)."""
    if x is None:
        return ""
    ax = abs(x)
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if ax >= scale:
            return f"{f'{x / scale:,.2f}'.rstrip('0').rstrip('.')} {word}"
    return f"{x:,.0f}" if ax >= 100 else _num(x)


def money_text(x: float | None, unit: str) -> str:
    """An amount with its unit: "180.24 billion CNY"."""
    return f"{amount_text(x)} {unit}".strip()


def _counted_in(x: float, unit: str) -> str:
    """A count with its unit agreeing: 1 item, 17 items, 18,000 people; the bare number without a unit."""
    return f"{number(x)} {unit_words(x, unit)}" if unit else number(x)


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


def _as_is(text: str) -> str:
    return text


def check_claims(claims: list[Claim], linked: dict[str, str] | None = None, name: Name = _as_is) -> list[Check]:
    """Every check the rules find (see module doc). ``linked`` maps a box's or caption's id to its story's;
    ``name`` words a subject for the statements (default: as printed)."""
    linked = linked or {}
    topic = {c.article_id: linked.get(c.article_id, c.article_id) for c in claims}
    facts = [c for c in claims if not c.projection]  # a forecast or target is never checked as a fact
    by_sentence: Groups = defaultdict(list)
    for c in facts:
        by_sentence[(c.article_id, c.sentence)].append(c)
    out: list[Check] = [
        *implied_bases(facts, name), *per_unit_ratios(by_sentence, name), *yearly_averages(facts, name),
        *shares_of_totals(by_sentence, name), *totals_of_parts(by_sentence, name),
        *figures_stated_twice(facts, topic, name), *shares_out_of_range(facts, name), *periods_named_twice(facts, topic),
    ]
    out += projections(claims, name) + needing_a_source(facts, out, name)
    order = {s: i for i, s in enumerate(STATUSES)}
    out.sort(key=lambda k: (order[k.status], k.article_id, k.claims))
    for n, k in enumerate(out, start=1):
        k.id = f"k{n:02d}"
    _name_uses(out)
    return out


def _name_uses(checks: list[Check]) -> None:
    """Say, in each unverifiable claim's statement, which derived figures use it."""
    used: dict[str, list[str]] = defaultdict(list)
    for k in checks:
        if k.status == "implied":
            for cid in k.claims:
                used[cid].append(k.id)
    for k in checks:
        if k.status == "unverifiable" and used.get(k.claims[0]):
            ids = used[k.claims[0]]
            k.statement += f" It is used in {'derived figure' if len(ids) == 1 else 'derived figures'} {', '.join(ids)}."


def implied_bases(claims: list[Claim], name: Name = _as_is) -> list[Check]:
    """1. The base a growth rate implies: an amount after a rise of r% was amount / (1 + r) before."""
    out = []
    for c in claims:
        if not (c.kind in ("money", "count", "measure") and c.value and not c.direction):
            continue
        for r in claims:
            if (r.kind == "percent" and r.direction and r.comparison in COMPARISONS and r.value is not None
                    and r.article_id == c.article_id and r.sentence == c.sentence and r.subject == c.subject
                    and r.period == c.period and r.value > -100):
                base = c.value / (1 + r.value / 100)
                when = "a year earlier" if r.comparison == "同比" else "in the previous period"
                change = f"a {'rise' if r.value >= 0 else 'fall'} of {abs(r.value):g}% {COMPARISONS[r.comparison]}"
                out.append(Check("", "base implied by a growth rate", "implied",
                                 f"{name(c.subject)}: {_amount(c.value, c.unit)} after {change} "
                                 f"implies {_amount(base, c.unit)} {when}.",
                                 f"{c.quote} ÷ (1 {'+' if r.value >= 0 else '−'} {abs(r.value):g}%)", base, c.unit,
                                 [c.id, r.id], c.article_id))
    return out


def _amount(x: float, unit: str) -> str:
    """Money in English scale words, a count or measure with its unit agreeing."""
    return money_text(x, unit) if unit in ("CNY", "USD", "EUR", "HKD") else _counted_in(round(x, 2), unit)


def per_unit_ratios(by_sentence: Groups, name: Name = _as_is) -> list[Check]:
    """2. Money per unit: an amount of money over a count of things, in one sentence (neither hedged)."""
    out = []
    for group in by_sentence.values():
        money = [c for c in group if c.kind == "money" and c.value and c.value > 0 and not c.qualifier]
        counts = [c for c in group if c.kind == "count" and c.value and c.value > 1 and c.unit not in ("kind", "")
                  and not c.qualifier]
        for m in money:
            for n in counts:
                per = m.value / n.value
                over = (f"{number(n.value)} × {name(n.subject)}" if n.unit in GENERIC_UNITS
                        else f"{_counted_in(n.value, n.unit)}, {name(n.subject)},")
                each = "each" if n.unit in GENERIC_UNITS else f"per {unit_words(1, n.unit)}"
                out.append(Check("", "per-unit ratio", "implied",
                                 f"{name(m.subject)}: {money_text(m.value, m.unit)} over {over} is about "
                                 f"{money_text(per, m.unit)} {each}.",
                                 f"{m.quote} ÷ {n.quote}", per, f"{m.unit} per {unit_words(1, n.unit)}",
                                 [m.id, n.id], m.article_id))
    return out


def yearly_averages(claims: list[Claim], name: Name = _as_is) -> list[Check]:
    """3. A yearly average over a stated span of years (累计 over 2010/2020)."""
    out = []
    for c in claims:
        years = _years(c.period)
        if c.kind == "money" and c.value and years and years > 1 and c.comparison == "累计":
            avg = c.value / years
            out.append(Check("", "yearly average over a span", "implied",
                             f"{name(c.subject)}: {money_text(c.value, c.unit)} over {counted(years, 'year')} "
                             f"({c.period.replace('/', '–')}) averages {money_text(avg, c.unit)} a year.", f"{c.quote} ÷ {years}",
                             avg, f"{c.unit} per year", [c.id], c.article_id))
    return out


def shares_of_totals(by_sentence: Groups, name: Name = _as_is) -> list[Check]:
    """4. Shares of a stated total (共计), and the remainder the page does not itemise."""
    out = []
    for group in by_sentence.values():
        totals = [c for c in group if c.comparison == "共计" and c.kind == "count" and c.value]
        if len(totals) != 1:  # several "totals" in one sentence (共派出A2名、B4名): none is the whole
            continue
        for t in totals:
            parts = [c for c in group if c is not t and c.kind == "count" and c.unit == t.unit and c.value
                     and c.value < t.value]
            for p in parts:
                out.append(Check("", "share of a stated total", "implied",
                                 f"{number(p.value)} ({name(p.subject)}) out of {number(t.value)} in all "
                                 f"({name(t.subject)}) is {p.value / t.value:.1%}.",
                                 f"{p.quote} ÷ {t.quote}", 100 * p.value / t.value, "%", [p.id, t.id], t.article_id))
            if parts:
                rest = t.value - sum(p.value for p in parts)
                out.append(Check("", "remainder of a stated total", "implied",
                                 f"{number(t.value)} in all less {', '.join(p.quote for p in parts)} leaves "
                                 f"{_counted_in(rest, t.unit)} the page does not itemise.",
                                 f"{t.quote} − " + " − ".join(p.quote for p in parts), rest, t.unit,
                                 [t.id, *[p.id for p in parts]], t.article_id))
    return out


def alike(parts: list[Claim]) -> bool:
    """Whether counts may be added: a specific unit (people, km) makes them alike; a general measure
    word (个, 项: "item") only if the things counted share their head noun (last character)."""
    if parts[0].unit not in GENERIC_UNITS:
        return True
    heads = {c.subject[-1:] for c in parts}
    return len(heads) == 1 and all(heads)


def totals_of_parts(by_sentence: Groups, name: Name = _as_is) -> list[Check]:
    """5. Three or more counts of one kind of thing listed together with no total: their sum."""
    out = []
    for group in by_sentence.values():
        if any(c.comparison == "共计" for c in group):
            continue
        by_unit: dict[str, list[Claim]] = defaultdict(list)
        for c in group:
            if c.kind == "count" and c.value and not c.comparison:
                by_unit[c.unit].append(c)
        for unit, parts in by_unit.items():
            if len(parts) >= 3 and alike(parts):
                total = sum(c.value for c in parts)
                out.append(Check("", "total of listed parts", "implied",
                                 f"{' + '.join(f'{number(c.value)} ({name(c.subject)})' for c in parts)} make "
                                 f"{_counted_in(total, unit)} in all.",
                                 " + ".join(c.quote for c in parts), total, unit, [c.id for c in parts], parts[0].article_id))
    return out


def _same_figure(a: Claim, b: Claim) -> bool:
    """Two claims in different sentences that state the same figure of the same thing."""
    return (a.unit == b.unit and a.kind == b.kind and a.period == b.period and _related(a.subject, b.subject)
            and a.sentence != b.sentence and a.value is not None and b.value is not None
            and a.direction == b.direction and a.comparison == b.comparison)


def figures_stated_twice(claims: list[Claim], topic: dict[str, str], name: Name = _as_is) -> list[Check]:
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
                             f"{name(a.subject)} is {a.quote} in one place ({a.part}, line {a.line}) and {b.quote} in "
                             f"another ({b.part}, line {b.line}): " + ("they agree." if same else "they differ."),
                             f"{a.quote} = {b.quote}" if same else f"{a.quote} ≠ {b.quote}", None, a.unit,
                             [a.id, b.id], a.article_id))
    return out


def shares_out_of_range(claims: list[Claim], name: Name = _as_is) -> list[Check]:
    """7. A percentage that is a share (no direction) cannot lie outside 0-100%. A share inside the
    range confirms nothing, so it makes no row."""
    return [Check("", "share outside 0-100%", "inconsistent",
                  f"{name(c.subject)}: {c.quote} is stated as a share, but a share lies within 0-100%.",
                  f"{c.quote} ∉ [0, 100%]", c.value, "%", [c.id], c.article_id)
            for c in claims if c.kind == "percent" and not c.direction and c.value is not None
            and not 0 <= c.value <= 100]


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
    return Check("", PERIOD_RULE, "consistent" if close else "inconsistent",
                 f"{a.period_text} ({a.period.replace('/', '–')}) and {b.period_text} ({b.period.replace('/', '–')}), "
                 "in one story, name the same stretch of years "
                 + ("to within a year." if close else "but differ by more than a year."),
                 f"{a.period} ≈ {b.period}" if close else f"{a.period} ≠ {b.period}", None, "",
                 [a.id, b.id], a.article_id)


def projections(claims: list[Claim], name: Name = _as_is) -> list[Check]:
    """9. Forecasts and targets: not facts on the page's date, so never checked; checkable later."""
    return [Check("", "a projection, not a result", "projection",
                  f"{c.quote} ({name(c.subject)}) is a {c.projection}, not a result: it can be checked only "
                  "once the time it names has passed.", "", None, c.unit, [c.id], c.article_id, outside_source(c))
            for c in claims if c.projection]


def confirmed_claims(checks: list[Check]) -> set[str]:
    """Ids of the claims whose figure a consistent comparison on the page confirms."""
    return {cid for k in checks if k.status == "consistent" and k.rule != PERIOD_RULE for cid in k.claims}


def _printed(c: Claim) -> str:
    """A claim as printed, with its English value when it is money (1802.4亿元 = 180.24 billion CNY)."""
    return f"{c.quote} ({money_text(c.value, c.unit)})" if c.kind == "money" and c.value is not None else c.quote


def needing_a_source(claims: list[Claim], found: list[Check], name: Name = _as_is) -> list[Check]:
    """10. What only an outside source can confirm: every claim whose figure no comparison in ``found``
    confirms (a period named two ways confirms the periods, not the figures)."""
    confirmed = confirmed_claims(found)
    return [Check("", "needs an outside source", "unverifiable",
                  f"{name(c.subject) or 'No subject found'}: {_printed(c)}. Only an outside source can confirm it.",
                  "", None,
                  c.unit, [c.id], c.article_id, outside_source(c))
            for c in claims if c.id not in confirmed]
