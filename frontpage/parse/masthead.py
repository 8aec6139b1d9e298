"""What the page says about itself: its date, its page number, whose paper it is.

The text layer has no masthead, so we read the page's own conventions: datelines
(``新华社北京4月21日电``, ``本报讯（记者 …）4月21日``), continuation marks
(``（下转2版）`` means "continued on page 2", so this page comes before it), teasers
for other pages, the paper's self-references (``本报``), anniversaries that fix the
year (``建党100周年``: 1921 + 100), and the latest past year the page names.

Everything here is evidence with a line number; :func:`read_masthead` turns it
into a best reading and says how it got there.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta

from .digits import page_number  # noqa: F401 (the page number reader, re-exported)
from .lexicon import AGENCY, ANNIVERSARIES, ROLE, THIS_PAPER
from .reading import Edition
from .reflow import CONT_MARK, read_cont_mark

_S = r"\s*"
_MONTH_DAY = r"(?P<m>\d{1,2})" + _S + "月" + _S + r"(?P<d>\d{1,2})" + _S + "日"
WIRE_DATELINE = re.compile(r"(?:" + AGENCY + r")(?P<place>[\u4e00-\u9fff]{0,6}?)"
                           + _S + _MONTH_DAY + _S + "电")
LOCAL_DATELINE = re.compile(THIS_PAPER + r"讯" + _S + r"[（(][^）)]{0,40}[）)]" + _S + _MONTH_DAY)
ANNOUNCED = re.compile(r"将于" + _S + _MONTH_DAY)
TEASER = re.compile(r"(?P<page>\d{1,2})" + _S + r"版" + _S + r"(?:刊登|刊发|详见|见)")
ANNIVERSARY = re.compile(r"(?P<what>" + "|".join(ANNIVERSARIES) + r")" + _S + r"(?P<n>\d{2,3})" + _S + r"周年")
YEAR = re.compile(r"(?<![\d.])(?P<y>(?:19|20)\d{2})" + _S + r"年(?!代)")
LOCAL_MARKER = re.compile(THIS_PAPER + r"(?:讯|" + ROLE + r")")


@dataclass(frozen=True)
class Evidence:
    kind: str
    quote: str
    line: int
    reading: str


@dataclass(frozen=True)
class Masthead:
    """The page's best reading of itself. Fields are None where the text is silent."""

    date: date | None
    year_basis: str
    page: int | None
    local_paper: bool
    place: str | None
    evidence: list[Evidence] = field(default_factory=list)


class _Flat:
    """The edition's lines joined (no separators), so patterns match across line breaks."""

    def __init__(self, edition: Edition) -> None:
        self.starts = []
        pos = 0
        for line in edition.lines:
            self.starts.append(pos)
            pos += len(line)
        self.text = "".join(edition.lines)

    def line_of(self, offset: int) -> int:
        return bisect_right(self.starts, offset)

    def evidence(self, kind: str, m: re.Match, reading: str) -> Evidence:
        """Evidence quoting match ``m``, at the line where it starts."""
        return Evidence(kind, m.group(0), self.line_of(m.start()), reading)


def _month_day(m: re.Match) -> tuple[int, int] | None:
    month, day = int(m.group("m")), int(m.group("d"))
    if 1 <= month <= 12 and 1 <= day <= 31:
        return month, day
    return None


def read_masthead(edition: Edition, places: list[str] | None = None) -> Masthead:
    """Read date, page and paper from the page's own conventions (see module doc).

    ``places`` are candidate home places (e.g. province-level names); the most
    mentioned one is reported as the paper's place when the page calls itself 本报.
    """
    flat = _Flat(edition)
    days, ev = dated_reports(flat)
    ev += announcements(flat)
    before, after, marks = continuations(flat)
    ev += marks
    teasers = teaser_evidence(flat)
    ev += teasers
    anniversary_years, past_years, years = year_evidence(flat)
    ev += years
    local = list(LOCAL_MARKER.finditer(flat.text))
    ev += [flat.evidence("local marker", m, "the paper refers to itself (本报, 'this paper'): a local daily's own reporting")
           for m in local[:3]]
    when, basis = edition_day(days, anniversary_years, past_years)
    return Masthead(date=when, year_basis=basis, page=page_of(before, after, bool(teasers)), local_paper=bool(local),
                    place=home_place(flat.text, places) if local else None, evidence=sorted(ev, key=lambda e: e.line))


def dated_reports(flat: _Flat) -> tuple[list[tuple[int, int]], list[Evidence]]:
    """(month, day) of every wire and local dateline (新华社北京4月21日电, 本报讯（…）4月21日), with evidence."""
    days: list[tuple[int, int]] = []
    ev: list[Evidence] = []
    for rx, kind in ((WIRE_DATELINE, "wire dateline"), (LOCAL_DATELINE, "local dateline")):
        for m in rx.finditer(flat.text):
            md = _month_day(m)
            if md:
                days.append(md)
                ev.append(flat.evidence(kind, m, f"a report filed on {md[0]}/{md[1]} (month/day)"))
    return days, ev


def announcements(flat: _Flat) -> list[Evidence]:
    """Events announced for a later day (将于4月22日): evidence only, they do not date the page."""
    return [flat.evidence("announcement", m, f"an event still to come on {md[0]}/{md[1]}")
            for m in ANNOUNCED.finditer(flat.text) if (md := _month_day(m))]


def continuations(flat: _Flat) -> tuple[list[int | None], list[int | None], list[Evidence]]:
    """Pages this one comes after (（上接N版）) and before (（下转N版）), with evidence.

    A mark with no direction (（转2版）) says nothing about the order of pages; a page number
    that does not read (``三四``) is None, but its direction still counts.
    """
    before: list[int | None] = []
    after: list[int | None] = []
    ev: list[Evidence] = []
    for m in CONT_MARK.finditer(flat.text):
        direction, n = read_cont_mark(m)
        page = n if n is not None else m.group("page")
        if direction == "下":
            after.append(n)
            ev.append(flat.evidence("continuation", m, f"continued on page {page}: this page comes before it"))
        elif direction == "上":
            before.append(n)
            ev.append(flat.evidence("continuation", m, f"continued from page {page}: this page comes after it"))
    return before, after, ev


def teaser_evidence(flat: _Flat) -> list[Evidence]:
    """Teasers for other pages (2版刊登…): they stand on a front page."""
    return [flat.evidence("teaser", m, f"points readers to page {m.group('page')}: teasers stand on the front page")
            for m in TEASER.finditer(flat.text)]


def year_evidence(flat: _Flat) -> tuple[list[int], list[int], list[Evidence]]:
    """Years from anniversaries (建党100周年 → 2021) and the past years the page names (not 到2025年 targets)."""
    text = flat.text
    anniversary_years: list[int] = []
    ev: list[Evidence] = []
    for m in ANNIVERSARY.finditer(text):
        y = ANNIVERSARIES[m.group("what")] + int(m.group("n"))
        anniversary_years.append(y)
        ev.append(flat.evidence("anniversary", m, f"{m.group('what')} + {m.group('n')} years = {y}"))
    past = [m for m in YEAR.finditer(text) if "到" not in text[max(0, m.start() - 2): m.start()]]
    past_years = [int(m.group("y")) for m in past]
    if past_years:
        latest = max(past_years)
        m_latest = next(m for m in YEAR.finditer(text) if int(m.group("y")) == latest)
        ev.append(flat.evidence("year mention", m_latest,
                                f"the latest year the page names that is not a target: {latest}"))
    return anniversary_years, past_years, ev


def edition_day(days: list[tuple[int, int]], anniversary_years: list[int],
                past_years: list[int]) -> tuple[date | None, str]:
    """(the edition's date, how its year was found): a morning daily prints yesterday's datelines.

    The year is the commonest anniversary year, else the latest past year named + 1; the
    day is the day after the latest dateline. None when either is missing.
    """
    if anniversary_years:
        year, basis = Counter(anniversary_years).most_common(1)[0][0], "anniversary"
    elif past_years:
        year, basis = max(past_years) + 1, "latest past year + 1"
    else:
        return None, "none"
    if not days:
        return None, basis
    month, day = max(days)
    try:
        return date(year, month, day) + timedelta(days=1), basis
    except ValueError:
        return None, basis


def page_of(before: list, after: list, teasers: bool) -> int | None:
    """Page 1 when the page continues stories onward or carries teasers and continues none from
    an earlier page; None otherwise (an inside page's marks do not say which page it is)."""
    if before:
        return None
    return 1 if after or teasers else None


def home_place(text: str, places: list[str] | None) -> str | None:
    """The most mentioned of ``places`` (None when none is mentioned)."""
    if not places:
        return None
    counts = Counter({p: text.count(p) for p in places})
    top = counts.most_common(1)
    return top[0][0] if top and top[0][1] > 0 else None
