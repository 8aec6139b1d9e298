"""Reading date, page and paper from the page's own conventions."""

from __future__ import annotations

from datetime import date

from frontpage.book.page import PROVINCE_NAMES
from frontpage.parse.masthead import page_number, read_masthead
from frontpage.parse.reading import decode_edition


def ed(text: str):
    return decode_edition(text.encode("utf-8"))


def test_the_edition_dates_itself(edition):
    m = read_masthead(edition, places=PROVINCE_NAMES)
    assert m.date == date(2021, 4, 22)
    assert m.year_basis == "anniversary"
    assert m.page == 1
    assert m.local_paper and m.place == "重庆"
    kinds = [(e.kind, e.line) for e in m.evidence]
    assert ("wire dateline", 131) in kinds
    assert ("local dateline", 136) in kinds and ("local dateline", 382) in kinds
    assert ("anniversary", 265) in kinds
    assert [e.line for e in m.evidence if e.kind == "continuation"] == [57, 130, 409]


def test_dateline_split_across_lines_and_year_from_latest_past_year():
    m = read_masthead(ed("本报讯 （记者 王五）3月\n9日，会议召开。2019年以来，到2030年\n（下转3版）\n"))
    assert m.date == date(2020, 3, 10)
    assert m.year_basis == "latest past year + 1"
    assert m.page == 1


def test_targets_are_not_past_years():
    m = read_masthead(ed("新华社北京1月5日电 到2035年，目标实现。2015年\n"))
    assert m.date == date(2016, 1, 6)


def test_inside_page_and_silent_page():
    assert read_masthead(ed("（上接1版）继续。\n")).page is None
    silent = read_masthead(ed("没有任何标记的一段文字。\n"))
    assert silent.date is None and silent.page is None and not silent.local_paper and silent.evidence == []


def test_page_numbers_in_both_scripts():
    assert [page_number(t) for t in ("2", "12", "二", "十", "十二", "二十", "二十三")] == [2, 12, 2, 10, 12, 20, 23]


def test_year_end_rollover():
    m = read_masthead(ed("新华社北京12月31日电 建党100周年。\n"))
    assert m.date == date(2022, 1, 1)
