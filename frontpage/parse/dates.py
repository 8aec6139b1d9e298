"""Dates printed without a year take the edition's: the one rule, used for datelines and periods."""

from __future__ import annotations

from datetime import date

FUTURE_TOLERANCE_DAYS = 31
"""A day (or a month's first day) more than this after the edition is read as last year's:
a 12月31日 dateline in a January paper is the previous December."""


def year_for(month: int, day: int | None, edition_date: date) -> int:
    """The year of ``month``/``day`` printed in an edition of ``edition_date`` with no year."""
    year = edition_date.year
    try:
        when = date(year, month, day or 1)
    except ValueError:  # 2月30日: no such day this year; keep the edition's year, let the caller reject it
        return year
    return year - 1 if (when - edition_date).days > FUTURE_TOLERANCE_DAYS else year
