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
from dataclasses import dataclass, replace
from datetime import date

from .. import vocabulary
from .numerals import halfwidth
from .periods import PERIOD, resolve_period, title_period
from .quantities import base_value, noun_unit, quantity_pattern, units

_FIGURE = re.compile(r"[+\-−]?\d+(?:\.\d+)?")
_RATE_CELL = re.compile(r"(?P<figure>[+\-−]?\d+(?:\.\d+)?)(?P<unit>[%‰])")
"""A cell printed with its own rate sign (+4.2%, -0.6%, 3.5‰): read in that unit whatever the column's heading."""
_NO_FIGURE = re.compile(r"[—–－\-…/]{1,2}")  # a cell with no figure printed (— under 总量): a place kept, no claim
_BRACKET_UNIT = re.compile(r"[（(](?P<unit>[^）)]{1,6})[）)]$")
_DIGIT = re.compile(r"\d")
_UNIT_HEADING = "单位"
_GROWTH = re.compile(r"增长|增速|增减|增幅|变化|涨幅|涨跌|^(?:同比|环比)(?:[（(]|$)")  # 环比（%）: a column named by its base alone
_YEAR_END = re.compile(r"比(?:(?:上年|去年)(?:末|底)|年初)")  # 比上年末增长（%）, 比年初增减: a stock against last year's end, as printed
# A title whose head is a change (…居民消费价格分类涨跌幅（%）, …主要指标增速): every column is one; not 产量及其增长速度
# (levels and their changes)
_CHANGES_TITLE = re.compile(r"^[^及和与]*(?:涨跌幅|涨幅|增速|增长速度|增幅|增减|增长率)(?:[（(][^）)]{1,6}[）)])?$")
_ON_PERIOD = re.compile(r"比上月|比上季|环比")
_SENTENCE = re.compile(r"[，,。；;]")  # a line holding a sentence is prose, not a table's title
TITLE_LINES = 3
_TOTAL_ROW = {"合计": "共计", "总计": "共计", "共计": "共计"}  # a row of the column's totals: its figures are totals (共计)
_UNIT_LINE = re.compile(r"(?P<open>[（(])?\s*单位\s*[：:]\s*(?P<unit>[^\s，,。；;（()）]{1,6})\s*(?(open)[）)])")  # 单位：%, （单位：%）
# over rows of one figure each


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
    projection: str | None = None  # a year column headed as a plan's (2025年目标): target
    dated_by_headline: bool = True  # False for a table a sentence lists the units of (…公示如下（单位：亩、元）：): the
    # year of a notice's title is not the period of the results it lists, so its figures take no period from it


def table_figures(lines: list[tuple[int, str]], edition_date: date | None) -> list[TableFigure]:
    """The figures of every flattened table in ``lines`` ((raw line number, text) in order)."""
    out: list[TableFigure] = []
    header: list[str] | None = None
    title: tuple[str | None, str | None] = (None, None)
    done = -1  # the last line read by a table of one cell a line or of year columns
    listed: list[str] | None = None  # the header of a table whose units a sentence lists above it
    periods: tuple = (None, [], [])  # of which header, the (period, text) and the projection of each column
    changes = False  # the table's title names changes only (…涨跌幅): its period columns are changes too
    for k, (number, text) in enumerate(lines):
        if k <= done:
            continue
        special = _stacked_table(lines, k, edition_date) or _year_table(lines, k, edition_date) \
            or _column_table(lines, k, edition_date)
        if special:
            header, (figures, done) = None, special
            out.extend(figures)
            continue
        cells = halfwidth(text).split()
        unit_line, lead = _unit_line(cells)
        if unit_line and _unit_of(unit_line.group("unit")):
            above = lines[max(0, k - TITLE_LINES):k] + ([(number, lead)] if lead else [])  # 表2 …增速 / 单位：% / rows
            header, title = ["", _title_text(above) + f"（{unit_line.group('unit')}）"], _title_period(above, edition_date)
            continue
        under_unit = _headed_by_unit_line(header, cells)
        if under_unit:
            changes = _CHANGES_TITLE.search(header[1]) is not None  # …分类涨跌幅（%）: a title of changes
            header = under_unit  # 单位：万人 / 项 目 参保人数 比上年末增减: the unit line's unit for every column
            continue
        if _is_header(cells):
            above = lines[max(0, k - TITLE_LINES):k]
            header, title = cells, _title_period(above, edition_date)
            changes = _CHANGES_TITLE.search(_title_text(above)) is not None
            continue
        units_above = _heading_with_units_listed_above(lines, k)
        if units_above:  # …公示如下（单位：亩、元）： / 户主 受灾面积 赔款金额: one unit a figure column, in order
            header = listed = units_above
            title = (None, None)
            continue
        units_below = _heading_with_units_below(lines, k)
        if units_below:  # 地块编号 出让面积 用途 起始价 / （平方米） （万元）: the units printed on a row of their own
            header, title, done = units_below, _title_period(lines[max(0, k - TITLE_LINES):k], edition_date), k + 1
            continue
        if _unit_title(lines, k):  # 前三季度全市主要指标增速（%） / 地区生产总值 9.1: the title's bracket the unit
            header, title = ["", "".join(cells)], _title_period(lines[max(0, k - TITLE_LINES):k + 1], edition_date)
            continue
        if header is not None and _runs_on(lines, k):  # …地区生产总值 6.2 / 亿元，同比增长…: prose cut from its unit
            header = None
            continue
        if header is not None and _ranked(header, cells):  # 排名 乡镇 签约额（亿元） / 1 青梧镇 12.60: the rank is no figure
            out.extend(_row(header[1:], cells[1:], number, text, title))
            continue
        if header is None or len(cells) != len(header) or _FIGURE.fullmatch(cells[0]):
            header = None if header is not None and not _FIGURE.search(text) else header
            continue
        if periods[0] is not header:  # the column periods read once per header, not once per row
            periods = (header, *_column_periods(header, edition_date))
        row = _row(header, cells, number, text, _label_period(cells[0], edition_date) or title, *periods[1:], changes)
        out.extend(replace(f, dated_by_headline=header is not listed) for f in row)
    return out


def _unit_line(cells: list[str]) -> tuple[re.Match | None, str]:
    """A table's 单位 line (单位：亿元, （单位：%）) and what is printed before it on that line: nothing, or the
    table's period or title set on the same line (2025年1—10月 单位：亿元), a phrase with no clause mark."""
    joined = " ".join(cells)
    m = _UNIT_LINE.fullmatch(joined)
    if m:
        return m, ""
    m = _UNIT_LINE.search(joined)
    lead = joined[:m.start()].strip() if m and m.end() == len(joined) else ""
    if not lead or len(lead.replace(" ", "")) > UNIT_LINE_LEAD_MAX or _SENTENCE.search(lead) or re.search(r"[，,。；;：:]", lead):
        return None, ""
    return m, lead


UNIT_LINE_LEAD_MAX = 16
"""At most this many characters of a table's period or title printed before its 单位 label on one line."""


def _label_period(label: str, edition_date: date | None) -> tuple[str | None, str | None] | None:
    """The period a row's label is by itself (1-3月 5.2 / 1-6月 6.1: each row a span of the year), else None."""
    m = PERIOD.fullmatch(label)
    return (resolve_period(m, edition_date), m.group(0)) if m else None


def _runs_on(lines: list[tuple[int, str]], k: int) -> bool:
    """Line ``k``'s figure runs on into a unit opening the next line, a clause's mark right after it (全县地区生产总值
    6.2 ⏎ 亿元，同比增长6.2%。): one sentence cut by a line break, prose and not a table's row."""
    if k + 1 >= len(lines):
        return False
    after = halfwidth(lines[k + 1][1]).strip()
    m = quantity_pattern().match("1" + after)
    return bool(m and m.end("num1") == 1 and m.group("unit1") in units() and _SENTENCE.match(after, m.end() - 1))


_SPACED = re.compile(r"[\u4e00-\u9fff]")


def _headed_by_unit_line(header: list[str] | None, cells: list[str]) -> list[str] | None:
    """A heading row printed under a 单位 line (单位：万人 / 项 目 参保人数 比上年末增减): the heading, its label
    cell's spaced letters joined (项 目 → 项目) and the unit line's unit given to every figure column that names
    none of its own (品 名 1月20日 1月13日 环比(%): the day columns the line's, 环比 its %); None when ``header``
    is no 单位 line's or ``cells`` no heading row."""
    if header is None or len(header) != 2 or header[0] or not _bracket_unit(header[1]):
        return None
    spaced = 0
    while spaced < len(cells) and _SPACED.fullmatch(cells[spaced]):
        spaced += 1
    cells = (["".join(cells[:spaced])] if spaced > 1 else cells[:spaced]) + cells[spaced:]
    if len(cells) < 3 or _bracket_unit(cells[0]) or all(_bracket_unit(c) for c in cells[1:]) \
            or any(_FIGURE.fullmatch(c) or _SENTENCE.search(c) for c in cells):
        return None
    unit = _BRACKET_UNIT.search(header[1]).group("unit")
    return [cells[0]] + [c if _bracket_unit(c) else f"{c}（{unit}）" for c in cells[1:]]


_UNITS_LISTED = re.compile(r"单位\s*[：:]\s*(?P<units>[^（()）：:，,。；;]{1,24})[）)]\s*[：:]?$")  # （单位：户、平方米）：


def _heading_with_units_listed_above(lines: list[tuple[int, str]], k: int) -> list[str] | None:
    """A heading row (line ``k``: three cells or more, no figure, no sentence) under a sentence that ends listing the
    table's units, one a figure column in order (…情况如下（单位：户、平方米）：, the bracket maybe broken over two
    lines), over a row of its width whose cells after the label are all figures: the heading with each figure
    column's unit in its bracket; None for any other line."""
    if k < 1 or k + 1 >= len(lines):
        return None
    cells, row = halfwidth(lines[k][1]).split(), halfwidth(lines[k + 1][1]).split()
    if len(cells) < 3 or any(_FIGURE.fullmatch(c) or _SENTENCE.search(c) for c in cells) or len(row) != len(cells) \
            or _FIGURE.fullmatch(row[0]) or not all(_FIGURE.fullmatch(c) for c in row[1:]):
        return None
    above = "".join("".join(text.split()) for _, text in lines[max(0, k - 2):k])
    m = _UNITS_LISTED.search(above)
    listed = m.group("units").split("、") if m else []
    if len(listed) != len(cells) - 1 or not all(_unit_of(u) for u in listed):
        return None
    return [cells[0]] + [f"{c}（{u}）" for c, u in zip(cells[1:], listed)]


def _heading_with_units_below(lines: list[tuple[int, str]], k: int) -> list[str] | None:
    """A heading row (line ``k``: three cells or more, no figure, no sentence) whose units are printed on the line
    under it, one bracket a unit cell (（平方米） （年） （万元）), over the figure columns only: the heading with each
    figure column's unit in its bracket, the figure columns read off the first row below (as many figures after its
    label as unit cells, the row as wide as the heading); None for any other line."""
    if k + 2 >= len(lines):
        return None
    cells, unit_cells, row = (halfwidth(lines[j][1]).split() for j in (k, k + 1, k + 2))
    if len(cells) < 3 or any(_FIGURE.fullmatch(c) or _SENTENCE.search(c) for c in cells) or not unit_cells \
            or not all(_BRACKET_UNIT.fullmatch(c) and _bracket_unit(c) for c in unit_cells):
        return None
    figures = [j for j, c in enumerate(row) if j and _FIGURE.fullmatch(c)]
    if len(row) != len(cells) or len(figures) != len(unit_cells):
        return None
    by_column = dict(zip(figures, unit_cells))
    return [c + by_column.get(j, "") for j, c in enumerate(cells)]


def _column_periods(header: list[str], edition_date: date | None) -> tuple[list, list]:
    """The (period, text) and the projection of each figure column: of a heading that names a period by itself
    (1月20日（元/斤）, 2023年), or a year then a plan's word (2025年目标: target) or an outcome's (2022年实际:
    reported); None for a column that names none (均价（元/斤）): its figures are of that period, not the table
    title's."""
    out = []
    for heading in header[1:]:
        name = _BRACKET_UNIT.sub("", heading)
        m = PERIOD.fullmatch(name)
        out.append(((resolve_period(m, edition_date), m.group(0)), None) if m
                   else _year_column(_OUTCOME.sub("", name.removesuffix("值")), edition_date))  # 2030年目标值
    return [c and c[0] for c in out], [c and c[1] for c in out]


_OUTCOME = re.compile(r"(?<=年)(?:实际|完成|实绩)$")  # 2022年实际: the figures of that year, reported


def _ranked(header: list[str], cells: list[str]) -> bool:
    """A row of a table whose first column numbers the rows (排名, 序号: ``rank_headings.csv``): it opens on a
    whole number, the row's label after it."""
    return len(cells) == len(header) and header[0] in vocabulary.words("rank_headings") \
        and cells[0].isdigit() and not _FIGURE.fullmatch(cells[1])


def _unit_title(lines: list[tuple[int, str]], k: int) -> bool:
    """Line ``k`` is a table's title that names its unit in a bracket at its end (…主要指标增速（%）, …吞吐量（万吨）),
    no sentence, over a row of a label and one figure: the unit of every row under it."""
    text = halfwidth(lines[k][1]).strip()
    below = halfwidth(lines[k + 1][1]).split() if k + 1 < len(lines) else []
    return bool(text) and not _SENTENCE.search(text) and _bracket_unit(text) is not None \
        and not _is_header(text.split()) and len(below) == 2 and not _FIGURE.fullmatch(below[0]) \
        and _FIGURE.fullmatch(below[1]) is not None and not _runs_on(lines, k + 1)


def is_table_heading(text: str) -> bool:
    """``text`` is a flattened table's heading row (指标 总量（亿元） 增速（%）)."""
    return _is_header(halfwidth(text).split())


def _is_header(cells: list[str]) -> bool:
    """A heading row: three cells or more, no figure, and a unit column or a unit in a heading's bracket."""
    return (len(cells) >= 3 and not any(_FIGURE.fullmatch(c) for c in cells)
            and (_UNIT_HEADING in cells or any(_bracket_unit(c) for c in cells)))


def _bracket_unit(heading: str) -> str | None:
    """The unit a heading names in a bracket at its end (增速（%）); None for a bracket holding a figure, a year or a
    count (…推进情况（2024年）, 民生实事（10件）): no unit of a column."""
    m = _BRACKET_UNIT.search(heading)
    return m.group("unit") if m and not _DIGIT.search(m.group("unit")) and _unit_of(m.group("unit")) else None


def _title_period(before: list[tuple[int, str]], edition_date: date | None) -> tuple[str | None, str | None]:
    """The period the table's title names (表1 2024年主要农产品产量…), from the title lines just above its
    heading (【数说前三季度】 over 全市主要经济指标): lines of no sentence, up to the first that is one."""
    for _, text in reversed(before):
        if _SENTENCE.search(text):
            break
        found = title_period(halfwidth(text), edition_date)
        if found:
            return found
    return None, None


def _title_text(before: list[tuple[int, str]]) -> str:
    """The title lines just above a table (no sentence among them), joined: what a 单位 line's column is."""
    title: list[str] = []
    for _, text in reversed(before):
        if _SENTENCE.search(text):
            break
        title.insert(0, "".join(text.split()))
    return "".join(title)


def _unit_of(word: str) -> tuple[str | None, str] | None:
    """(scale, unit word) of a unit cell: 万吨 → (万, 吨), % → (None, %); None when it names no unit."""
    m = quantity_pattern().fullmatch("1" + word.strip())
    if m is None or not m.group("unit1") or m.group("unit1") not in units():
        return None
    return m.group("scale1"), m.group("unit1")


def _row(header: list[str], cells: list[str], number: int, text: str, title: tuple[str | None, str | None],
         periods: list[tuple[str | None, str | None] | None] | None = None,
         projections: list[str | None] | None = None, changes: bool = False) -> list[TableFigure]:
    """The figures of one row, each read in the unit of its column, and of its column's period when its heading
    names one (``periods``, by column), else of the table's title. Under a title of changes (``changes``: …涨跌幅)
    a column headed by a period alone (1—4月) is a change too, as a growth column is (growth columns). A column
    headed as a plan's (2025年目标: ``projections``) holds targets. A column that names no unit takes the row's unit
    cell, else the unit its label names in brackets (新能源汽车（万辆） 4.82: the row's subject the label without it)."""
    unit_cell = cells[header.index(_UNIT_HEADING)] if _UNIT_HEADING in header else None
    label_unit = _bracket_unit(cells[0])
    if label_unit:
        cells = [_BRACKET_UNIT.sub("", cells[0]), *cells[1:]]
    out = []
    for heading, cell, period, projection in zip(header[1:], cells[1:], periods or [None] * len(cells),
                                                 projections or [None] * len(cells)):
        whole, own = cell, _RATE_CELL.fullmatch(cell)  # +4.2% under 环比涨跌: a rate printed with its own sign
        cell = own.group("figure") if own else cell
        if not _FIGURE.fullmatch(cell):
            continue
        word = (own.group("unit") if own else None) or _bracket_unit(heading) or unit_cell or label_unit
        scaled = _unit_of(word) if word else None
        if scaled is None or not header[0] and not _takes_title_unit(cells[0], scaled[1]):
            continue
        growth = _GROWTH.search(heading) is not None or (changes and period is not None)
        falls = cell[0] not in "+-−" and not growth and _sizes_a_fall(cells[0], heading, scaled[1])  # 能耗下降 % 14
        sign = -1 if cell[0] in "-−" or falls else 1
        value = sign * base_value(cell.lstrip("+-−"), scaled[0], scaled[1])
        direction = _change_direction(value) if growth else ("decrease" if falls else None)
        comparison = _comparison(heading) if growth else _TOTAL_ROW.get(cells[0])
        u = units()[scaled[1]]
        printed = next((c for c in text.split() if halfwidth(c) == whole), whole)
        unit = noun_unit(scaled[1], cells[0]) or u.unit  # 床位 万张 → beds, not sheets
        label = cells[0][:_BRACKET_UNIT.search(cells[0]).start()] if _bracket_unit(cells[0]) else cells[0]  # 新能源汽车（万辆）
        out.append(TableFigure(printed, value, unit, u.kind, direction, comparison, label, *(period or title),
                               number, text, projection))
    return out


def _change_direction(value: int | float) -> str | None:
    """A growth column's figure is a change its sign gives: 0.0 (no change) has no direction."""
    return "decrease" if value < 0 else "increase" if value > 0 else None


def _sizes_a_fall(label: str, heading: str, unit: str) -> bool:
    """A row's label ends on an explicit verb of fall (``fall_labels.csv``: 单位地区生产总值能耗累计下降, 二氧化碳排放减少)
    and the figure is a rate or an amount: its unsigned figure is the size of a fall, so negative, as 下降14% is in a
    sentence. Not under a growth column (caller) or one of completion, progress or a share (``progress_headings.csv``:
    完成率 110 is a level), nor a count (环比下降 个 55 counts the things that fell)."""
    if units()[unit].kind == "count" or any(w in heading for w in vocabulary.words("progress_headings")):
        return False
    return any(label.endswith(w) for w in vocabulary.words("fall_labels"))


def _takes_title_unit(label: str, word: str) -> bool:
    """A row under a title's or a 单位 line's unit takes it unless its label names another measure: a rate (增速,
    增长, 比重: a percent only) or a measure per something (亩产, 均价: ``per_measures.csv``)."""
    if any(w in label for w in vocabulary.words("per_measures")):
        return False
    rate = _GROWTH.search(label) or any(w in label for w in _rate_labels())
    return not rate or units()[word].kind in ("percent", "percentage_point")


def _rate_labels() -> tuple[str, ...]:
    return vocabulary.words("rate_words") + vocabulary.words("share_words", part="noun")


def _comparison(heading: str) -> str | None:
    """What a growth column compares with: 比上年 → 同比, 比上月 → 环比, 比上年末 and 比年初 as printed; a growth rate
    with no base written (增速（%）) is 同比, the convention of official statistics."""
    end = _YEAR_END.search(heading)
    if end:
        return end.group(0)
    return "环比" if _ON_PERIOD.search(heading) else "同比"  # 比上年, 同比, or a bare 增速: 同比 by convention


def one_cell(text: str) -> str | None:
    """The one cell a line of a table flattened one cell a line holds, None when it is no such line."""
    return _cell(text)


def is_figure_cell(cell: str | None) -> bool:
    """``cell`` is a figure column's cell (a figure or the dash printed where there is none)."""
    return _is_figure_cell(cell)


def _cell(text: str) -> str | None:
    """The one cell a line holds (稻谷, 产量（万吨）, -0.7), None for a line of several or none, or prose."""
    cells = halfwidth(text).split()
    return cells[0] if len(cells) == 1 and not _SENTENCE.search(cells[0]) else None


def _stacked_table(lines: list[tuple[int, str]], k: int, edition_date: date | None):
    """A table flattened one cell a line, its heading cells first (产品名称 / 产量（万吨） / 比上年增长（%））,
    then each row's label and figures (粮食 / 125.3 / 1.8), starting at ``lines[k]``: (figures, the index of
    the last line read), or None. The heading has as many cells as a row (the first row says how many)."""
    run = k
    while run < len(lines) and _cell(lines[run][1]) and not _is_figure_cell(_cell(lines[run][1])):
        run += 1
    width = 0
    while run + width < len(lines) and _is_figure_cell(_cell(lines[run + width][1])):
        width += 1
    if width == 0 or run - k != width + 2:  # the heading (a label column and one per figure), then a label
        return None
    header = [_cell(t) for _, t in lines[k:run - 1]]
    if not any(_bracket_unit(h) for h in header[1:]):
        return None
    title = _title_period(lines[max(0, k - TITLE_LINES):k], edition_date)
    out: list[TableFigure] = []
    at = run - 1
    while at + width < len(lines) and _is_stacked_row(lines[at:at + width + 1]):
        label = _cell(lines[at][1])
        for column, (number, text) in enumerate(lines[at + 1:at + width + 1], start=1):
            out.extend(_row([header[0], header[column]], [label, _cell(text)], number, text, title))
        at += width + 1
    return (out, at - 1) if out else None


def _column_table(lines: list[tuple[int, str]], k: int, edition_date: date | None):
    """A table flattened column by column, one cell a line, under a 单位 line (单位：万元 / 项目 / 教育支出 /
    卫生健康支出 / 决算数 / 68420 / 31870 / 比上年增长（%） / 5.2 / -8.6), starting at ``lines[k]``, the label
    column's heading: the labels, then each figure column's heading over as many figures as there are labels,
    the n-th figure the n-th label's. A column takes the unit its heading names in brackets, else the 单位
    line's. (figures, the index of the last line read), or None."""
    run = k
    while run < len(lines) and _cell(lines[run][1]) and not _is_figure_cell(_cell(lines[run][1])):
        run += 1
    rows = run - k - 2  # the label column's heading, its labels, the first figure column's heading
    if rows < 2 or run >= len(lines):
        return None
    unit = _unit_line_above(lines, k)
    labels = [_cell(t) for _, t in lines[k + 1:k + 1 + rows]]
    title = _title_period(lines[max(0, k - 1 - TITLE_LINES):max(0, k - 1)], edition_date)
    out: list[TableFigure] = []
    at = run - 1
    while at + rows < len(lines) and _cell(lines[at][1]) and not _is_figure_cell(_cell(lines[at][1])) \
            and all(_is_figure_cell(_cell(t)) for _, t in lines[at + 1:at + 1 + rows]):
        heading = _cell(lines[at][1])
        if not _bracket_unit(heading):
            if unit is None:
                return None
            heading = f"{heading}（{unit}）"
        for label, (number, text) in zip(labels, lines[at + 1:at + 1 + rows]):
            out.extend(_row(["", heading], [label, _cell(text)], number, text, title))
        at += rows + 1
    figures_after = at < len(lines) and _is_figure_cell(_cell(lines[at][1]))
    return (out, at - 1) if out and not figures_after else None


def _unit_line_above(lines: list[tuple[int, str]], k: int) -> str | None:
    """The unit of the 单位 line right above ``lines[k]`` (单位：万元 → 万元), None when there is none."""
    if k == 0:
        return None
    m = _UNIT_LINE.fullmatch(" ".join(halfwidth(lines[k - 1][1]).split()))
    return m.group("unit") if m and _unit_of(m.group("unit")) else None


def _is_stacked_row(lines: list[tuple[int, str]]) -> bool:
    """A label line, then a line of one figure for each other column."""
    cells = [_cell(t) for _, t in lines]
    return all(cells) and not _is_figure_cell(cells[0]) and all(_is_figure_cell(c) for c in cells[1:]) \
        and any(_FIGURE.fullmatch(c) for c in cells[1:])


def _is_figure_cell(cell: str | None) -> bool:
    """A cell of a table's figure column: a figure, or the dash printed where there is none (—)."""
    return bool(cell) and bool(_FIGURE.fullmatch(cell) or _NO_FIGURE.fullmatch(cell))


def _year_table(lines: list[tuple[int, str]], k: int, edition_date: date | None):
    """A table whose columns are years (指标 2020年 2025年, or 2025年目标: a plan's column, its figures
    targets), each row a label naming its unit in brackets (地区生产总值（亿元）) over a line of its figures
    (2436.2 3286.4), or followed by them on its own line, starting at ``lines[k]``: each figure is of its
    column's year; (figures, the index of the last line read), or None."""
    cells = halfwidth(lines[k][1]).split()
    columns = [_year_column(c, edition_date) for c in cells[1:]]
    if len(cells) < 3 or _FIGURE.fullmatch(cells[0]) or not all(columns):
        return None
    out: list[TableFigure] = []
    at = k + 1
    while at < len(lines):
        row = _year_row(lines, at, len(columns))
        if row is None:
            break
        label, number, text, figures, at = row
        subject = _BRACKET_UNIT.sub("", label)
        for figure, (period, projection) in zip(figures, columns):
            out.extend(replace(f, projection=projection)
                       for f in _row(["", label], [subject, figure], number, text, period))
    return (out, at - 1) if out else None


def _year_column(cell: str, edition_date: date | None):
    """((period, period text), projection) of a year column's heading: 2020年, or 2025年目标 (a plan's
    column: the words after the year a projection marker); None for any other cell."""
    m = next(iter(PERIOD.finditer(cell)), None)
    if m is None or m.start() != 0:
        return None
    rest = cell[m.end():]
    projection = next((p for w, p in _projection_words() if rest.endswith(w)), None) if rest else None
    if rest and projection is None:
        return None
    return (resolve_period(m, edition_date), m.group(0)), projection


def _year_row(lines: list[tuple[int, str]], at: int, width: int):
    """A year table's row at ``lines[at]``: its label with the figures on the same line, or over a line of
    them: (label, line number, text, figures, the index after the row), or None."""
    cells = halfwidth(lines[at][1]).split()
    if len(cells) == width + 1 and _bracket_unit(cells[0]) and all(_FIGURE.fullmatch(f) for f in cells[1:]):
        return cells[0], lines[at][0], lines[at][1], cells[1:], at + 1
    if at + 1 >= len(lines):
        return None
    label, (number, text) = _cell(lines[at][1]), lines[at + 1]
    figures = halfwidth(text).split()
    if not label or not _bracket_unit(label) or len(figures) != width \
            or not all(_FIGURE.fullmatch(f) for f in figures):
        return None
    return label, number, text, figures, at + 2


def _projection_words() -> tuple[tuple[str, str], ...]:
    return tuple((r["entry"], r["projection"]) for r in vocabulary.table("projection_markers"))
