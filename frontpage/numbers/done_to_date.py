"""What a clause after a plan reports as done to date (今年计划…，1至7月已完成15.2亿元; 截至6月底，累计完成45亿元):
a figure done by a time already past at the edition's date, and marked as done (已, 累计, 完成了, or a date of
reckoning, 截至…), is no projection. A schedule still ahead (10月底前完工率达到100%, 下半年完成70公里), a clause that
plans again (要, 必须, 力争, 将) or a bare 上半年完成80公里 stays the plan's target."""

from __future__ import annotations

import re
from datetime import date

from .numerals import parse_number

_NUMERAL = r"[\d一二两三四五六七八九十]{1,3}"
_PERIOD = re.compile(
    r"(?:(?P<year>\d{4})年|(?P<rel>今年|去年|上年))?\s*(?:"
    r"(?:\d{1,2}\s*[至到—\-~～]\s*)?(?P<month>\d{1,2})\s*月(?:份|底|末)?(?:(?P<day>\d{1,2})\s*[日号])?"
    r"|前(?P<months>" + _NUMERAL + r")个?月"
    r"|(?P<half>[上下])半年|全年"
    r"|前?第?(?P<quarters>[一二两三四1-4])季度)")  # 前三季度 and 三季度 both end with the ninth month
_MARKED = re.compile(r"已|累计|完成了")  # what is done, said so
_RECKONING = re.compile(r"\s*截[至止]")  # 截至6月底，…: the day the figures run to
_OPENER = re.compile(r"\s*截[至止]到?\s*(?:" + _PERIOD.pattern + r")\s*")  # 截至6月底， a clause of its own
_PLANS = re.compile(r"(?:底|末|月|日|份|内|年)前(?![\d一二两三四五六七八九十个])|要|必须|确保|力争|争取|将|预计|拟")
# 10月底前, 9月底建成率要达到, 必须达到: a deadline or a duty, still planned
_BREAK = re.compile(r"[，,；;]")


def done_to_date(norm: str, start: int, end: int, today: date | None) -> bool:
    """True when a clause between a plan's marker at ``start`` and the end of the number's clause at ``end`` reports
    what is done by a time past at ``today`` (:func:`_done`), and no clause after it (up to the number's own) names
    a period or a deadline of its own (上半年完成80公里，下半年完成70公里; 6月底已完工15个，剩余9个年底前完工: still planned)."""
    if today is None:
        return False
    clauses = _BREAK.split(norm[start:end])
    for i in range(len(clauses) - 1, 0, -1):
        opener = clauses[i - 1] if i > 1 and _OPENER.fullmatch(clauses[i - 1]) else ""
        if _done(clauses[i], opener, today):
            return True
        if opener or _PERIOD.search(clauses[i]) or _PLANS.search(clauses[i]):
            return False
    return False


def _done(clause: str, opener: str, today: date) -> bool:
    """True when ``clause`` (after a 截至… ``opener``) names a period over by ``today`` and says it is done: 已,
    累计 or 完成了 (to the current month: 1至7月已完成 in July), or a date of reckoning alone (截至6月底…达: over
    before the edition's month or day)."""
    text = opener + clause
    m = _PERIOD.search(text)
    if m is None or _PLANS.search(text):
        return False
    marked = _MARKED.search(text) is not None
    if not marked and not _RECKONING.match(text):
        return False
    year = int(m["year"]) if m["year"] else today.year - (m["rel"] in ("去年", "上年"))
    if year != today.year:
        return year < today.year
    month = _last_month(m)
    if m["day"]:
        try:
            return date(year, month, int(m["day"])) <= today
        except ValueError:
            return False
    return month < today.month or (marked and month == today.month)


def _last_month(m: re.Match) -> int:
    """The month (1-12) in which the period that ``m`` names ends: 1至7月 → 7, 前四个月 → 4, 上半年 → 6, 前三季度 → 9."""
    if m["month"]:
        return int(m["month"])
    if m["months"]:
        return int(parse_number(m["months"]))
    if m["quarters"]:
        return 3 * int(parse_number(m["quarters"]))
    return 6 if m["half"] == "上" else 12
