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

from .reading import Edition

ANNIVERSARIES = {"建党": 1921, "新中国成立": 1949, "建国": 1949, "改革开放": 1978, "建军": 1927}

_S = r"\s*"
WIRE_DATELINE = re.compile(
    r"(新华社|中新社|人民日报|央视网|央视|中央广播电视总台)" r"(?P<place>[\u4e00-\u9fff]{0,6}?)" + _S
    + r"(?P<m>\d{1,2})" + _S + "月" + _S + r"(?P<d>\d{1,2})" + _S + "日" + _S + "电"
)
LOCAL_DATELINE = re.compile(
    r"本报讯" + _S + r"[（(][^）)]{0,40}[）)]" + _S + r"(?P<m>\d{1,2})" + _S + "月" + _S + r"(?P<d>\d{1,2})" + _S + "日"
)
ANNOUNCED = re.compile(r"将于" + _S + r"(?P<m>\d{1,2})" + _S + "月" + _S + r"(?P<d>\d{1,2})" + _S + "日")
CONTINUATION = re.compile(r"[（(]" + _S + r"(?P<dir>[上下])" + _S + r"(?:转|接)" + _S + r"(?:第)?" + _S
                          + r"(?P<page>\d{1,2}|[一二三四五六七八九十]{1,3})" + _S + r"版" + _S + r"[）)]")
TEASER = re.compile(r"(?P<page>\d{1,2})" + _S + r"版" + _S + r"(?:刊登|刊发|详见|见)")
ANNIVERSARY = re.compile(r"(?P<what>" + "|".join(ANNIVERSARIES) + r")" + _S + r"(?P<n>\d{2,3})" + _S + r"周年")
YEAR = re.compile(r"(?<![\d.])(?P<y>(?:19|20)\d{2})" + _S + r"年(?!代)")
LOCAL_MARKER = re.compile(r"本报(?:讯|记者|评论员|通讯员)")

_CN_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def page_number(token: str) -> int:
    """``2`` or ``二`` or ``十二`` as an int."""
    if token.isdigit():
        return int(token)
    if token.startswith("十"):
        return 10 + _CN_DIGITS.get(token[1:], 0)
    if "十" in token:
        tens, _, ones = token.partition("十")
        return _CN_DIGITS[tens] * 10 + _CN_DIGITS.get(ones, 0)
    return _CN_DIGITS[token]


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
    text = flat.text
    ev: list[Evidence] = []
    days: list[tuple[int, int]] = []

    for rx, kind in ((WIRE_DATELINE, "wire dateline"), (LOCAL_DATELINE, "local dateline")):
        for m in rx.finditer(text):
            md = _month_day(m)
            if md:
                days.append(md)
                ev.append(Evidence(kind, m.group(0), flat.line_of(m.start()),
                                   f"a report filed on {md[0]}/{md[1]} (month/day)"))
    for m in ANNOUNCED.finditer(text):
        md = _month_day(m)
        if md:
            ev.append(Evidence("announcement", m.group(0), flat.line_of(m.start()),
                               f"an event still to come on {md[0]}/{md[1]}"))

    pages_after: list[int] = []
    pages_before: list[int] = []
    for m in CONTINUATION.finditer(text):
        n = page_number(m.group("page"))
        if m.group("dir") == "下":
            pages_after.append(n)
            ev.append(Evidence("continuation", m.group(0), flat.line_of(m.start()),
                               f"continued on page {n}: this page comes before it"))
        else:
            pages_before.append(n)
            ev.append(Evidence("continuation", m.group(0), flat.line_of(m.start()),
                               f"continued from page {n}: this page comes after it"))
    for m in TEASER.finditer(text):
        ev.append(Evidence("teaser", m.group(0), flat.line_of(m.start()),
                           f"points readers to page {m.group('page')}: teasers stand on the front page"))

    anniversary_years = []
    for m in ANNIVERSARY.finditer(text):
        y = ANNIVERSARIES[m.group("what")] + int(m.group("n"))
        anniversary_years.append(y)
        ev.append(Evidence("anniversary", m.group(0), flat.line_of(m.start()),
                           f"{m.group('what')} + {m.group('n')} years = {y}"))
    past_years = []
    for m in YEAR.finditer(text):
        if "到" in text[max(0, m.start() - 2): m.start()]:
            continue  # 到2025年: a target, not a year already lived
        past_years.append(int(m.group("y")))
    if past_years:
        latest = max(past_years)
        m_latest = next(m for m in YEAR.finditer(text) if int(m.group("y")) == latest)
        ev.append(Evidence("year mention", m_latest.group(0), flat.line_of(m_latest.start()),
                           f"the latest year the page names that is not a target: {latest}"))

    local = list(LOCAL_MARKER.finditer(text))
    for m in local[:3]:
        ev.append(Evidence("local marker", m.group(0), flat.line_of(m.start()),
                           "the paper refers to itself (本报, 'this paper'): a local daily's own reporting"))

    # The date: a morning daily prints yesterday's datelines.
    if anniversary_years:
        year, basis = Counter(anniversary_years).most_common(1)[0][0], "anniversary"
    elif past_years:
        year, basis = max(past_years) + 1, "latest past year + 1"
    else:
        year, basis = None, "none"
    when: date | None = None
    if year and days:
        month, day = max(days)
        try:
            when = date(year, month, day) + timedelta(days=1)
        except ValueError:
            when = None

    if pages_before:
        page = None  # an inside page; which one the marks do not say exactly
    elif pages_after or any(e.kind == "teaser" for e in ev):
        page = 1
    else:
        page = None

    place = None
    if local and places:
        counts = Counter({p: text.count(p) for p in places})
        top = counts.most_common(1)
        if top and top[0][1] > 0:
            place = top[0][0]
    return Masthead(date=when, year_basis=basis, page=page, local_paper=bool(local), place=place,
                    evidence=sorted(ev, key=lambda e: e.line))
