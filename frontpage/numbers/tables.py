"""Tables flattened into lines: a heading row naming the columns (one of them the unit, or a unit in
brackets: ``比上年增长（%）``), then rows of a label and bare figures::

    表1  2024年主要农产品产量及其增长速度
    产品名称  单位  产量  比上年增长（%）
    粮食  万吨  71.2  1.6

Each figure is a claim, with the unit of its column (the unit cell of its row, or the bracket of its
heading), its row's label as subject, a growth column's direction (the sign) and comparison (比上年 →
同比), and the period of the table's title. Read from the raw lines of the part, whatever the parser made
of their spacing; figures that print their own unit (28.60元/公斤) are the sentence reader's, not read here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .numerals import halfwidth
from .periods import PERIOD, resolve_period
from .quantities import base_value, noun_unit, quantity_pattern, units

_FIGURE = re.compile(r"[+\-−]?\d+(?:\.\d+)?")
_BRACKET_UNIT = re.compile(r"[（(](?P<unit>[^）)]{1,6})[）)]$")
_UNIT_HEADING = "单位"
_GROWTH = re.compile(r"增长|增速|增减|增幅|变化|涨幅")
_YEAR_ON_YEAR = re.compile(r"(?:比上年|比去年)(?!末|底)|同比")
_YEAR_END = re.compile(r"比(?:上年|去年)(?:末|底)")  # 比上年末增长（%）: a stock against last year's end, as printed
_ON_PERIOD = re.compile(r"比上月|比上季|环比")


@dataclass(frozen=True)
class TableFigure:
    """One figure of a flattened table, as the claims table records it."""

    quote: str
    value: int | float
    unit: str
    kind: str
    direction: str | None
    comparison: str | None
    subject: str
    period: str | None
    period_text: str | None
    line: int
    row: str


def table_figures(lines: list[tuple[int, str]], edition_date: date | None) -> list[TableFigure]:
    """The figures of every flattened table in ``lines`` ((raw line number, text) in order)."""
    out: list[TableFigure] = []
    header: list[str] | None = None
    title: tuple[str | None, str | None] = (None, None)
    for k, (number, text) in enumerate(lines):
        cells = halfwidth(text).split()
        if _is_header(cells):
            header, title = cells, _title_period(lines[max(0, k - 2):k], edition_date)
            continue
        if header is None or len(cells) != len(header) or _FIGURE.fullmatch(cells[0]):
            header = None if header is not None and not _FIGURE.search(text) else header
            continue
        out.extend(_row(header, cells, number, text, title))
    return out


def _is_header(cells: list[str]) -> bool:
    """A heading row: three cells or more, no figure, and a unit column or a unit in a heading's bracket."""
    return (len(cells) >= 3 and not any(_FIGURE.fullmatch(c) for c in cells)
            and (_UNIT_HEADING in cells or any(_bracket_unit(c) for c in cells)))


def _bracket_unit(heading: str) -> str | None:
    m = _BRACKET_UNIT.search(heading)
    return m.group("unit") if m and _unit_of(m.group("unit")) else None


def _title_period(before: list[tuple[int, str]], edition_date: date | None) -> tuple[str | None, str | None]:
    """The period the table's title names (表1 2024年主要农产品产量…), from the lines just above its heading."""
    for _, text in reversed(before):
        m = next(iter(PERIOD.finditer(halfwidth(text))), None)
        if m:
            return resolve_period(m, edition_date), m.group(0)
    return None, None


def _unit_of(word: str) -> tuple[str | None, str] | None:
    """(scale, unit word) of a unit cell: 万吨 → (万, 吨), % → (None, %); None when it names no unit."""
    m = quantity_pattern().fullmatch("1" + word.strip())
    if m is None or not m.group("unit1") or m.group("unit1") not in units():
        return None
    return m.group("scale1"), m.group("unit1")


def _row(header: list[str], cells: list[str], number: int, text: str, title) -> list[TableFigure]:
    """The figures of one row, each read in the unit of its column."""
    unit_cell = cells[header.index(_UNIT_HEADING)] if _UNIT_HEADING in header else None
    out = []
    for heading, cell in zip(header[1:], cells[1:]):
        if not _FIGURE.fullmatch(cell):
            continue
        word = _bracket_unit(heading) or unit_cell
        scaled = _unit_of(word) if word else None
        if scaled is None:
            continue
        sign = -1 if cell[0] in "-−" else 1
        value = sign * base_value(cell.lstrip("+-−"), scaled[0], scaled[1])
        growth = _GROWTH.search(heading) is not None
        direction = ("decrease" if value < 0 else "increase") if growth else None
        comparison = _comparison(heading) if growth else None
        u = units()[scaled[1]]
        printed = next((c for c in text.split() if halfwidth(c) == cell), cell)
        unit = noun_unit(scaled[1], cells[0]) or u.unit  # 床位 万张 → beds, not sheets
        out.append(TableFigure(printed, value, unit, u.kind, direction, comparison, cells[0], *title, number, text))
    return out


def _comparison(heading: str) -> str | None:
    """What a growth column compares with: 比上年 → 同比, 比上月 → 环比, 比上年末 as printed."""
    end = _YEAR_END.search(heading)
    if end:
        return end.group(0)
    return "同比" if _YEAR_ON_YEAR.search(heading) else "环比" if _ON_PERIOD.search(heading) else None
