"""Sentences and clauses: the stretches of text a claim's context is read from.

A sentence ends after 。！？；… (a closing quote stays with its sentence); a clause ends at a
comma, colon or semicolon too. Every context stage looks only inside the clause of its number,
or at what opens that clause.
"""

from __future__ import annotations

import re
from functools import cache

from .. import vocabulary

SENTENCE_END = re.compile(r"(?<=[。！？!?；;…])(?![”’」』）)])|(?<=[。！？!?][”’」』）)])")
CLAUSE_BREAK = "，,；;：:。！？!?\n"
# What may come before a period and still leave it at the head of its clause; 截止 (a common misspelling of 截至) only
# heading its clause: after a noun or verb (缴费截止12月31日) it is a deadline, 'closes on', dating nothing
_CLAUSE_OPENERS = re.compile(r"(?:据统计|据了解|截至|其中|(?:^|[" + CLAUSE_BREAK + r"（(“\s]|据统计|据了解)\s*截止(?:到|至)?)$")
_STARTS = re.compile(r"\s*(?P<hour>\d{1,2}\s*[时点])?\s*起\s*[，,]")  # 自3月5日起，… (an hour: 自3月5日10时起，…)
_BY = re.compile(r"(?:^|[，,；;：:])\s*到$")  # 到年底，…: a deadline opening its clause
_FROM = re.compile(r"(?:^|[，,；;：:])\s*[自从]$")  # 自2017年4月15日起至6月30日止，…: a span opening its clause
# A short phrase opening its clause with the period in brackets after it (清明小长假期间（4月2日至4日），…)
_BRACKETED = re.compile(r"(?:^|[，,；;：:])[^\d，,；;：:。（(]{1,10}[（(]$")
# A numbered section heading run into its first sentence (二、农业全年粮食播种面积…): what follows opens a clause.
_HEADING = re.compile(r"[一二三四五六七八九十]{1,2}、[\u4e00-\u9fff]{1,12}")


def sentences(text: str) -> list[tuple[int, str]]:
    """(offset, sentence) pieces of a text, split after 。！？；… (closing quotes stay with their sentence)."""
    out, start = [], 0
    for m in SENTENCE_END.finditer(text):
        if m.start() > start:
            out.append((start, text[start:m.start()]))
        start = m.start()
    if start < len(text):
        out.append((start, text[start:]))
    return [(o, s) for o, s in out if s.strip()]


def clause_bounds(text: str, pos: int) -> tuple[int, int]:
    """(start, end) of the clause holding ``pos``: from after the last break before it to the next."""
    lo = max((text.rfind(ch, 0, pos) for ch in CLAUSE_BREAK), default=-1) + 1
    his = [i for i in (text.find(ch, pos) for ch in CLAUSE_BREAK) if i != -1]
    return lo, (min(his) if his else len(text))


def opens_clause(sentence: str, pos: int, end: int | None = None) -> bool:
    """True when a period expression opens its clause (据统计，2010年至2020年，…), or (given its ``end``)
    is a 以来 phrase that closes its clause, a frame for what follows (新区自2016年设立以来，…)."""
    if end is not None and sentence[end - 2:end] == "以来" and sentence[end:end + 1] in ("，", ","):
        return True
    before = _before_period(sentence, pos)
    if end is not None and _BRACKETED.search(before) and re.match(r"\s*[）)]\s*[，,]", sentence[end:]):
        return True
    if end is not None and _FROM.search(before) and re.search(r"[至到—~]", sentence[pos:end]):
        return True  # a span from one day to another (not 自11月21日起, the day a service starts)
    if end is not None and takes_effect(sentence, pos, end):
        return True  # 自1月22日零时起，…价格分别下调…: the day an adjustment takes effect frames the sentence
    if end is not None and _BY.search(before) and sentence[end:end + 1] in ("，", ","):
        return True  # 到年底，…将达到…, 到今年底，…: a deadline that is a clause of its own (to a month's end: 截至/到6月末)
    return (not before or before[-1] in CLAUSE_BREAK + "—“「" or _CLAUSE_OPENERS.search(before) is not None
            or _HEADING.fullmatch(before.lstrip()) is not None or opens_after_marker(before))


def takes_effect(sentence: str, pos: int, end: int) -> bool:
    """自1月22日零时起，…: the moment an adjustment takes effect, opening its clause: an hour named
    (``effect_hours.csv``), or a verb of adjustment in the clause after (自3月5日起，…价格分别下调…:
    ``adjustment_verbs.csv``), and nothing done or summed so far there (自2020年起，…累计投入…, 已接待…: a span from
    that start to now, ``reported_markers.csv`` kind clause). A day still to come (自11月21日起 in a story of the
    16th) dates nothing yet: the callers check."""
    if _FROM.search(_before_period(sentence, pos)) is None:
        return False
    m = _effect_hour().match(sentence, end) or _STARTS.match(sentence, end)
    if m is None:
        return False
    after = sentence[m.end():clause_bounds(sentence, m.end())[1]]
    if _done_so_far().search(after):
        return False
    return bool(m.group("hour")) or _adjustment().search(after) is not None


@cache
def _effect_hour() -> re.Pattern:
    return re.compile(r"\s*(?P<hour>" + vocabulary.alternation("effect_hours") + r")\s*起\s*[，,]")


@cache
def _adjustment() -> re.Pattern:
    return re.compile(vocabulary.alternation("adjustment_verbs"))


@cache
def _done_so_far() -> re.Pattern:
    return re.compile(vocabulary.alternation("reported_markers", kind="clause"))


def _before_period(sentence: str, pos: int) -> str:
    before = re.sub(r"(?:今年|去年|本年|全年|\d{4}\s*年)$", "", sentence[:pos].rstrip()).rstrip()  # 今年1至9月
    return "" if not before.strip(BULLETS + " \u3000") else before  # ▲去年…: a list's mark opens nothing


BULLETS = "●○■□◆◇▲△▼▽★☆•·◎►▶"
"""Marks that open an item of a list or box (▲去年全市生产总值…): nothing of the sentence before what follows."""

_ITEM_NUMBER = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、](?!\d))\s*")


def without_item_number(before: str) -> str:
    """What a sentence holds before a point, less the number of the list item it opens ((一), （2）, 三、, 1.): a
    document's numbered item (（一）到2025年底，…) opens on its period as an unnumbered sentence does."""
    return _ITEM_NUMBER.sub("", before, count=1)


def after_projection_marker(sentence: str, pos: int) -> bool:
    """A period at ``pos`` that follows a projection's marker (预计2020年6月底实现通水): the projection's
    period, not one for the actual figures after it."""
    return opens_after_marker(_before_period(sentence, pos))


@cache
def _projection_marker_end() -> re.Pattern:
    return re.compile(r"(?:^|[" + CLAUSE_BREAK + BULLETS + r"“])\s*(?:" + vocabulary.alternation("projection_markers")
                      + r")(?:到|至)?$")


def opens_after_marker(before: str) -> bool:
    """力争到2025年，…, 预计到4月底，…: a projection's marker (and 到) before a period leaves it at the
    head of its clause."""
    return _projection_marker_end().search(before) is not None
