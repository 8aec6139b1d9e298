"""Line widths, blocks and column widths."""

from __future__ import annotations

from frontpage.parse.layout import block_column, blocks, char_width, column_widths, line_width
from frontpage.parse.reading import decode_edition


def test_char_widths():
    assert char_width("重") == 1.0
    assert char_width("，") == 1.0  # full-width punctuation
    assert char_width("“") == 1.0  # ambiguous width counts as wide in Chinese text
    assert char_width("8") == 0.5
    assert char_width("G") == 0.5
    assert line_width(" 重庆高新区GDP同比增长30.8%") == 13.0


def test_blocks_keep_raw_line_numbers(edition):
    bs = blocks(edition)
    assert len(bs) == 70
    assert (bs[0].first, bs[0].last, bs[0].lines) == (1, 1, (" 一季度",))
    assert bs[0].starts_frame
    # a continuation mark and the next story's first line share a block (no blank between)
    mixed = next(b for b in bs if b.first == 130)
    assert mixed.lines[0] == "（下转6版）" and mixed.lines[1].startswith(" 新华社") and mixed.last == 132
    assert all(edition.line(b.first) == b.lines[0] for b in bs)


def test_column_widths_of_the_edition(edition):
    assert column_widths(edition) == [17.0, 13.0]


def test_block_column():
    ed = decode_edition("一二三四五六\n一二三四五\n一二\n\n单行\n".encode())
    b1, b2 = blocks(ed)
    assert block_column(b1) == 5.5
    assert block_column(b2) is None


def test_column_widths_of_a_narrow_page():
    para = "\n".join(["甲乙丙丁戊己庚辛壬癸"] * 6 + ["甲乙。"])
    ed = decode_edition(("\n\n".join([para] * 3) + "\n").encode())
    assert column_widths(ed) == [10.0]
