"""Derive data/reference/holidays.csv from the chinese-calendar package (run once, by hand; the build
and the package never run it, and chinese-calendar is no dependency of frontpage).

    python -m venv /tmp/cal && /tmp/cal/bin/pip install chinese-calendar==1.11.0
    /tmp/cal/bin/python scripts/make-holidays.py > data/reference/holidays.csv

One row per public holiday break and year, 2010-2026: the break's first and last day off by the
State Council's schedule, the weekend days it runs into included (端午 2024: 6月10日 is the legal
holiday, the break 6月8日至10日). A break that runs straight into another (中秋 and 国庆 in 2023,
9月29日至10月6日) is one break for both. A holiday that falls inside another's break (中秋 on
10月1日 in 2020) takes that break. A break is the year of its last day (元旦 2024: 2023-12-30 to
2024-01-01).
"""

from __future__ import annotations

import csv
import datetime as dt
import sys

import chinese_calendar as cc

NAMES = {  # the package's holiday → the name a paper prints
    "New Year's Day": "元旦", "Spring Festival": "春节", "Tomb-sweeping Day": "清明", "Labour Day": "五一",
    "Dragon Boat Festival": "端午", "Mid-autumn Festival": "中秋", "National Day": "国庆",
}
YEARS = range(2010, 2027)
ONE = dt.timedelta(days=1)


def runs() -> list[tuple[dt.date, dt.date, set[str]]]:
    """Maximal runs of days off holding a named holiday day, with the holidays they hold."""
    days = sorted(d for d, name in cc.holidays.items() if name in NAMES and d.year in range(YEARS[0] - 1, YEARS[-1] + 2))
    out: list[tuple[dt.date, dt.date, set[str]]] = []
    for d in days:
        if out and d - out[-1][1] <= ONE * 3 and all(not cc.is_workday(out[-1][1] + ONE * k) for k in range(1, (d - out[-1][1]).days)):
            out[-1] = (out[-1][0], d, out[-1][2] | {NAMES[cc.holidays[d]]})
        else:
            out.append((d, d, {NAMES[cc.holidays[d]]}))
    widened = []
    for first, last, names in out:
        while not cc.is_workday(first - ONE):
            first -= ONE
        while not cc.is_workday(last + ONE):
            last += ONE
        widened.append((first, last, names))
    return widened


def main() -> None:
    rows = []
    for first, last, names in runs():
        if last.year not in YEARS:
            continue
        for name in sorted(names, key=list(NAMES.values()).index):
            rows.append((last.year, name, first.isoformat(), last.isoformat(), "chinese-calendar 1.11.0"))
    present = {(y, n) for y, n, *_ in rows}
    for y in YEARS:  # 中秋 on 国庆's first day (2020) or inside its break (2025): the package names 国庆 only
        if (y, "中秋") not in present:
            guo = next(r for r in rows if r[0] == y and r[1] == "国庆")
            rows.append((y, "中秋", guo[2], guo[3], "chinese-calendar 1.11.0; 中秋 fell inside 国庆's break"))
    rows.sort(key=lambda r: (r[0], r[2], list(NAMES.values()).index(r[1])))
    w = csv.writer(sys.stdout, lineterminator="\n")
    w.writerow(["year", "holiday", "first", "last", "origin"])
    w.writerows(rows)


if __name__ == "__main__":
    main()
