"""Does a line open on what a figure broken off the line above needs after it: its scale or unit as a word?

A figure wrapped away from its unit (…累计巡河3.26 ⏎ 万余次, …提高 ⏎ 12 ⏎ 个百分点) leaves a line that opens on
the unit. A character that can be a unit but here begins a longer word (人民, 万家灯火, 千方百计, 县域, 百姓) is no
such opening: the line's first dictionary word is read with the package's one tokenizer (:func:`frontpage.parse.segmenter.first_word`).
"""

from __future__ import annotations

import re

from .lexicon import QUANTITY_UNIT
from .segmenter import first_word

UNIT_WORD = re.compile(r"^(?:[万亿千百]{1,2}[余多]?(?:" + QUANTITY_UNIT + r")?|[余多]?(?:" + QUANTITY_UNIT + r"))$")
"""A whole word that is a figure's scale and/or unit (万, 亿元, 万余次, 余家, 个, %)."""
UNIT_WORD_SPAN = 12
"""How much of a line is segmented to find its first word (a unit word is short; its context is enough)."""
YEAR_END = re.compile(r"(?<![0-9０-９.．])(?:19|20)[0-9]{2}$")
"""A line that ends on a year (回眸2023, 奋进2024): a kicker's year, never a figure awaiting its unit."""


def opens_on_unit_word(line: str) -> bool:
    """Is the first word of ``line`` (spaces dropped, text folded by the caller) a figure's scale or unit?"""
    if not line:
        return False
    if line[0] in "%％‰":
        return True
    return bool(UNIT_WORD.match(first_word(line[:UNIT_WORD_SPAN].lstrip())))  # jieba loads on first use
