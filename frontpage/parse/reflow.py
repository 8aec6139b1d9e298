"""Lines back into paragraphs: the reflow step.

Input: an :class:`~frontpage.parse.reading.Edition`, whose lines break where the printed
columns broke. Output: a list of :class:`TextUnit` in file order. A unit is a paragraph of
body text, a headline-like group of lines, or one of the page's markers (continuation
mark, box label, byline, photo credit, teaser reference). Every unit keeps the exact
pieces of raw lines it was made from (:class:`Span`), so every character can be traced
back, and nothing is lost: the spans of all units cover every non-space character of
the file exactly once.

The rules, from the conventions of Chinese newspaper layout (no edition's strings):

* Within a block (no blank line between), a line continues the previous one unless the
  previous line ended a sentence well short of its column (a paragraph's last line), or
  the line is much wider than the previous one (a different type size or column).
* A blank line ends a paragraph unless it is a column break: the previous line did not
  end a sentence and either ran (nearly) to its column's edge or ended on a comma-like
  mark. Then the next lines continue the same sentence, whatever their shape.
* A line that starts with a space opens a new text frame in the PDF: never a continuation.
* On a page without blank lines (``pdftotext -raw``), where headlines follow their bodies, a line
  stands alone when it ends short of its column with no mark, when it is wider than its column
  and ends no clause (display type), or when it follows a sentence's end and ends none itself
  before a lead, a marker or furniture; a ● item after a sentence's end opens a paragraph, and
  a closing credit （王普） ends one.
* Display type set with spaces (``加 快 推 动``) loses the spaces; spaces between Chinese
  characters and digits (``3月 20日``, ``11193 个``) are extraction artefacts and go;
  spaces between two Latin words stay.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field

from .digits import page_number
from .layout import line_width
from .furniture import CREDIT_REST, DATE_END, NOTICE_ABOUT, NOTICE_HEAD, NOTICE_HEAD_LONG, PAGE_COUNT, bare_prompt, furniture_lines
from .lexicon import (BARE_BOX_LABEL, HEDGES_AFTER, CAPTION_ANYWHERE, CREDIT_AFTER, DOCUMENT_TYPE, CREDIT_BEFORE, ORG, PAPER_SOURCE, POINTER_ARROW, REPORTED_LEAD, ROLE, ROLE_PREFIX, ROLE_WORD,
                      WIRE_SERVICE, fold)
from .lexicon import ARROW_PAGE, BOX_LABEL, PAGE_NUMBER, SEE_PAGE, SEE_WORD, COMMENTARY_LABEL, INSTITUTION, MASTHEAD_SUFFIX, NOTICE_TITLE, SALUTATION
from .lexicon import AWAITING_VALUE, KICKER_OPENING, NAMES_ONLY, QUANTITY_UNIT, SOURCE_CREDIT_LINE
from ..vocabulary import alternation
from .reading import Edition

# Sentence-final marks, optionally followed by closing quotes/brackets.
TERMINAL = re.compile(r"[。！？!?；;…][”’」』）)】》\"']*$")
# Marks after which a sentence certainly continues.
CONTINUING = re.compile(r"[，,、：:（(《“‘「『—·\-]$")
INTERNAL_PUNCT = re.compile(r"[，,、；;：:]")
SENTENCE_PUNCT = re.compile(r"[，,；;]")
QUOTED_LINE = re.compile(r"^“[^“”]+”$")
"""A line that is one whole quotation (``“回家过年，心里暖暖的”``): a quoted headline under a plain
line, not a sentence's rest cut by a column break (prose breaks its lines wherever the column ends)."""
"""A comma or semicolon: a sentence's inner mark (a headline's ``石岭：…`` colon is not one)."""

CONT_MARK = re.compile(
    r"[（(]\s*(?P<dir>[上下])?\s*(?:转|接)\s*第?\s*(?P<page>[A-Z]?\d{1,2}|[一二三四五六七八九十]{1,3})\s*版\s*[）)]"
)
"""The continuation mark, the package's only one: ``（下转2版）`` continues on page 2, ``（上接1版）``
continues from page 1 (``dir`` is 下 or 上, or absent in ``（转2版）``)."""


def read_cont_mark(m: re.Match) -> tuple[str | None, int | None]:
    """(direction, page) of a :data:`CONT_MARK` match: ``下`` (continued on), ``上`` (continued
    from) or None; the page as an int, or None when it is not a well-formed number (``三四``)."""
    try:
        page = page_number(m.group("page"))
    except ValueError:
        page = None
    return m.group("dir"), page


CLOSING_CREDIT_END = re.compile(r"[。！？”]\s*[（(][\u4e00-\u9fff](?:\s*[\u4e00-\u9fff]){1,3}\s*[）)]$")
"""A line that ends on a closing credit, the writer's name in brackets after the last sentence."""
CREDIT_LINE = re.compile(r"^[（(][\u4e00-\u9fff](?:\s*[\u4e00-\u9fff]){1,5}\s*[）)]$")
"""A closing credit on a line of its own: the writers' names in brackets (``（韩露 叶舟）``)."""
BULLET_START = re.compile(r"^\s*[●•]")
"""The mark that opens each item of a briefs column: it opens a paragraph."""
MARKED_HEAD = re.compile(r"^[■▲◆][^，,、；;：:。！？!?…]*$")
"""A line that opens on a mark (■, ▲, ◆) and has no clause mark: a brief's headline or a feature's
小标题, never a sentence that runs on across a blank line."""
HEADING = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])"
                     r"(?:[^，,、；;：:。！？]{1,8}、(?=[^，,、；;：:。！？\s]))*[^，,、；;：:。！？]*$")
"""A numbered heading on a line of its own (一、明确发展目标), its words a list or not (六、居民收入、物价和就业,
each 、 between words, none at its end): never a sentence cut off by a column break."""
NUMBERED_START = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.．、])")
"""A line opening with an item's number (二、 （一） 1.)."""
LABEL = re.compile(r"^【(?P<label>[^】]{1,12})】")
BARE_LABEL = re.compile(r"(?P<label>" + BARE_BOX_LABEL + r")")
"""A box's label printed unbracketed on a line of its own (链接): matched against the whole line."""
_NAME = r"[\u4e00-\u9fff·]{1,4}"
BYLINE = re.compile(
    r"^(?P<mark>[□■◎●◆▲△○◇])?\s*(?P<org>" + ORG + r")?(?:" + MASTHEAD_SUFFIX + r")?(?P<role>" + ROLE + r")"
    r"(?P<names>(?:[\s、，,]+(?:" + ROLE + r")?\s*" + _NAME + r")+)?\s*$"
)
PEN_NAME = re.compile(r"^[□■]\s*(?P<pen>[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,3})\s*$")
"""A commentary's signature, a pen name after a box mark on a line of its own (□禾 言): no role, no house."""
PAPER_HOUSE = r"[\u4e00-\u9fff]{0,4}?(?:" + MASTHEAD_SUFFIX + r")"
"""A paper named before a credit's role: by its kind alone (晚报记者) or in full, a place and the
masthead's suffix (青河晚报记者 周 平 摄)."""
CREDIT = re.compile(
    r"^(?:(?:" + ORG + r")?(?:" + ROLE_PREFIX + r")?(?:" + ROLE_WORD + r")?\s*(?:" + CREDIT_BEFORE + r")(?!\s*[/／]\s*文)\s*[/:：]?\s*"
    r"(?P<names>" + _NAME + r"(?:[、\s]+" + _NAME + r")*)(?:\s*[/／]\s*(?P<agency>\S{1,12}))?"
    r"|(?:(?:" + ORG + r")?(?:" + PAPER_HOUSE + r")?" + ROLE + r"\s*)?(?P<names2>" + _NAME + r"(?:[、\s]+" + _NAME + r")*)\s+(?:"
    + CREDIT_AFTER + r")"
    r"|(?:" + ORG + r")发?\s*[（(]\s*(?:" + ROLE + r"\s*)?(?P<names3>" + _NAME + r"(?:[、\s]+" + _NAME + r")*)\s*(?:"
    + CREDIT_AFTER + r")\s*[）)])\s*$"
)
TEASER_REF = re.compile(r"^" + PAGE_NUMBER + r"\s*版\s*(?:刊登|刊发|详见|导读)|^" + SEE_PAGE +
                        r"|^[（(]\s*" + SEE_PAGE + r"\s*[）)]$"
                        r"|^" + ARROW_PAGE + r"$")
"""A teaser's page reference: ``2版刊登…``, ``详见3版``, or a line that is only ``（详见3版）`` or an
arrow and a page (``▶3版``) (in a body such a mark runs on with the sentence, never alone on its line)."""

HOUSE_CREDIT = re.compile(r"^(?P<agency>[\u4e00-\u9fff]{2,16}?(?:" + INSTITUTION + r"))\s*(?:" + CREDIT_AFTER + r")$")
"""A photo credit naming no photographer, only the body that supplied the picture (某州融媒体中心供图): its source."""

LINE_MARKERS = (("credit", CREDIT), ("credit", HOUSE_CREDIT), ("byline", BYLINE), ("byline", PEN_NAME), ("teaser_ref", TEASER_REF))
"""What a whole text line may be instead of text, tried in this order."""

CAPTION_START = re.compile(r"^(?:" + CAPTION_ANYWHERE + r")")
"""A line that opens with a caption formula (图为…) starts a caption, never continues a paragraph."""

DOCUMENT_TITLE = re.compile(r"(?:" + DOCUMENT_TYPE + r")(?:[（(](?:摘要|摘登|全文|草案)[）)])?$")
TITLE_QUALIFIER = re.compile(r"^[（(](?:摘要|摘登|全文|草案|[0-9０-９]{4}\s*(?:年\s*)?[—－\-–~～至]{1,2}\s*[0-9０-９]{4}\s*年"
                             r"|[0-9０-９]{4}\s*年(?:度|版)?)[）)]$")
"""A document title's qualifier printed on a line of its own under it: （摘要）, the years it covers
(（2024—2027年）, （2025年）)."""
"""An official document's printed title: it ends in the document's type (…的意见, 政府工作报告（摘要）)."""

UNIT_KINDS = ("para", "head", "cont", "label", "byline", "credit", "teaser_ref", "furniture", "notice")


@dataclass(frozen=True, order=True, slots=True)
class Span:
    """Characters ``start:end`` of raw line ``line`` (1-based)."""

    line: int
    start: int
    end: int

    def text(self, edition: Edition) -> str:
        return edition.lines[self.line - 1][self.start:self.end]


@dataclass(slots=True)
class TextUnit:
    """A paragraph, a headline-like group, or a marker, with the raw spans it came from."""

    kind: str
    spans: list[Span]
    text: str = ""
    gap_before: bool = False  # a blank line separates it from the previous unit
    frame_start: bool = False  # its first line opens a new PDF text frame (leading space)
    gap_joined: bool = False  # a headline glued to the next line across a blank line, mid-phrase
    match: re.Match | None = field(default=None, repr=False)
    furniture: str = ""  # for page furniture, what it is (masthead, date, weather …)

    @property
    def first_line(self) -> int:
        return self.spans[0].line

    @property
    def last_line(self) -> int:
        return self.spans[-1].line

    @property
    def lines(self) -> list[int]:
        return sorted({s.line for s in self.spans})


# --- text of spans ---------------------------------------------------------------

_SPACED = r"[“‘《「]?(?:[\u4e00-\u9fff]|[0-9０-９][0-9０-９.．%％]*)[”’》」]?"
"""One character of letter-spaced display type, a quotation mark or title mark set close to it (“加 速 度”)."""
_SPACED_APART = r"(?:[“‘《「][ \u3000]+)?" + _SPACED + r"(?:[ \u3000]+[”’》」])?"
"""The same with its quotation or title marks set apart like the characters (“ 加 速 度 ”, 实 现 “ 开 门 红 ”)."""
_DISPLAY = re.compile(r"^(?:" + _SPACED_APART + r"[ \u3000]+){2,}" + _SPACED_APART + "$")
_LATIN = re.compile(r"[A-Za-z0-9]")


def undisplay(line: str) -> str:
    """``加 快 推 动`` → ``加快推动``: spaced display type, one character per token."""
    s = line.strip()
    return re.sub(r"[ \u3000]+", "", s) if _DISPLAY.match(s) else s


def is_display(line: str) -> bool:
    return bool(_DISPLAY.match(line.strip()))


_NUMBERED_TITLE = re.compile(r"(?:^|[^\u4e00-\u9fff])(?:附?表|图)[ \u3000]*\d{1,2}$")
"""A table's or figure's number opening its title (表3, 附表1, 图2): the space after it parts it from a
title that opens on a figure (表3 2024年…), which joined would read as one number (class: numbered table
title opening on a figure)."""


def clean_spaces(text: str) -> str:
    """Drop spaces except between two Latin letters/digits (``Windows 10`` keeps its space)."""

    def keep(m: re.Match) -> str:
        before = text[m.start() - 1] if m.start() > 0 else ""
        after = text[m.end()] if m.end() < len(text) else ""
        both_latin = bool(_LATIN.match(before)) and bool(_LATIN.match(after))
        both_letters = before.isascii() and after.isascii() and before.isalpha() and after.isalpha()
        if both_letters or (both_latin and not (before.isdigit() and after.isdigit())):
            return " "
        if before.isdigit() and after.isdigit() and _NUMBERED_TITLE.search(text[max(0, m.start() - 6):m.start()]):
            return " "  # 表3 2024年主要预期目标: the table's number, then a title opening on a figure
        return ""

    return re.sub(r"[ \t\u3000\u00a0]+", keep, text).strip()


def join_lines(pieces: list[str]) -> str:
    """Join stripped line pieces of one paragraph; a space only between two Latin words."""
    out = ""
    for p in pieces:
        p = undisplay(p)
        if not p:
            continue
        if out and out[-1].isascii() and out[-1].isalpha() and p[0].isascii() and p[0].isalpha():
            out += " "
        out += p
    return clean_spaces(out)


def spans_text(edition: Edition, spans: list[Span]) -> str:
    return join_lines([s.text(edition) for s in spans])


# --- line roles ----------------------------------------------------------------------

@dataclass(slots=True)
class _Line:
    number: int
    raw: str
    start: int  # first char of this piece within the raw line
    end: int
    role: str  # text | cont | label | byline | credit | teaser_ref
    gap_before: bool
    frame_start: bool
    match: re.Match | None = None
    width: float = 0.0
    furniture: str = ""  # for page furniture, what it is (masthead, date, ad, disclaimer …)

    def __post_init__(self) -> None:
        self.width = line_width(self.raw[self.start:self.end])

    @property
    def text(self) -> str:
        return self.raw[self.start:self.end]


POINTER_TAIL = re.compile(r"[（(]\s*" + SEE_PAGE + r"\s*[）)]\s*$")
"""A teaser's page pointer printed at the end of its headline's line (``…1.2万户（详见2版）``)."""
POINTER_HEAD_MAX = 30
POINTER_TAIL_BARE = re.compile(r"(?:(?<=\S)\s+" + SEE_WORD + r"\s*第?|\s*" + POINTER_ARROW + r"\s*第?)\s*" + PAGE_NUMBER + r"\s*版\s*$")
"""A teaser's page pointer without brackets at the end of its headline's line, set off by a space or
an arrow (``…进度过半 详见2版``, ``…12.8万亩 ▶2版``): prose never spaces before 详见 nor prints an arrow,
so such a line is a teaser wherever it stands (one of a 导读 column's lines, with no blank between)."""


POINTER_TAIL_SPACED = re.compile(r"(?<=[\u4e00-\u9fff”」》）)%‰])\s+第?(?:\d{1,2}|[A-Z]\d{1,2})\s*版\s*$")
"""A page alone set off by a space after a headline (``…错峰返校 3版``, ``…增长12.5% 2版``: a 导读
column's pointer)."""
SPACED_HEAD_MIN = 6
"""The headline before a page set off by a space alone is one phrase (no space in it) of at least
this many characters: not a date line's end (``星期三 今日 12版``) nor a section's name (``要闻 2版``).
The last line of a headline wrapped over several lines may be shorter (``某某工作 ⏎ 全面展开 3版``)."""
WRAPPED_HEAD_MIN = 2
"""The fewest characters left before a spaced page on a headline's wrapped last line (``全面展开 3版``)."""
HEAD_COLON = re.compile(r"^[^：:]{2,8}[：:](?=[^：:]{4,}$)")
"""A headline's place or speaker before a full-width colon (``某镇：某某盘活撂荒地``): a headline's
colon, allowed before a pointer that has no brackets (a sentence has clause marks around its colon)."""


def _spaced_page(raw: str, a: int, b: int, wrapped: bool = False) -> re.Match | None:
    """A page number set off by a space alone at the end of a headline's line (:data:`POINTER_TAIL_SPACED`);
    ``wrapped`` when the line goes on a headline line above it (then the phrase may be short)."""
    m = POINTER_TAIL_SPACED.search(fold(raw), a, b)
    head = raw[a:m.start()].strip() if m else ""
    least = WRAPPED_HEAD_MIN if wrapped else SPACED_HEAD_MIN
    return m if len(head) >= least and not re.search(r"\s", head) and not head[:1].isdigit() else None


def _pointer_tail(raw: str, a: int, b: int, bare: bool = False,
                  wrapped: bool = False) -> list[tuple[int, int, str, re.Match | None]] | None:
    """A headline line ending on a teaser's pointer, as (headline, pointer) pieces; None for any
    other line. The caller asks for a bracketed pointer only on a line that opens a block (after a
    blank line), for a ``bare`` one (:data:`POINTER_TAIL_BARE`) on any line, ``wrapped`` when the
    line goes on a headline line above it; the text before the pointer has no clause mark (a body
    sentence pointing to a page runs on with them), save a bare pointer's headline colon (:data:`HEAD_COLON`)."""
    m = (POINTER_TAIL_BARE if bare else POINTER_TAIL).search(fold(raw), a, b)
    if m is None and bare:
        m = _spaced_page(raw, a, b, wrapped)
    if m is None or m.start() == a:
        return None
    head = raw[a:m.start()].strip()
    if bare:
        head = HEAD_COLON.sub("", fold(head))
    if not head or len(head) > POINTER_HEAD_MAX or re.search(r"[，,、；;：:。！？!?…]", head):
        return None
    at = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
    return [(a, m.start(), "text", None), (at, b, "teaser_ref", m)]


POINTER_FIRST = re.compile(ARROW_PAGE + r"[\s\u3000]*")
"""A teaser's arrow and page printed before its headline on one line (``▶2版 某某进度过半``)."""


POINTER_FIRST_BARE = re.compile(r"(?:\d{1,2}|[A-Z]\d{1,2})版[ \t\u3000]+")
"""A 导读 line's page printed bare before its headline, set off by a space (``3版 某某长势良好``)."""


def _pointer_head(raw: str, a: int, b: int) -> list[tuple[int, int, str, re.Match | None]] | None:
    """A 导读 line that opens on its arrow and page, its headline after them (``▶2版 某某进度过半``), as
    (pointer, headline) pieces; None unless the words after the pointer are a headline (no clause mark).
    A bare page (``3版 某某…``) needs a headline of one phrase (:data:`SPACED_HEAD_MIN`, no space in it)."""
    seg = raw[a:b]
    off = a + len(seg) - len(seg.lstrip())
    m = POINTER_FIRST.match(fold(raw), off, b)
    if m is None and (m := POINTER_FIRST_BARE.match(fold(raw), off, b)) is not None:
        bare = raw[m.end():b].strip()
        m = m if len(bare) >= SPACED_HEAD_MIN and not re.search(r"\s", bare) and not bare[:1].isdigit() else None
    if m is None or m.end() >= b:
        return None
    head = raw[m.end():b].strip()
    if not head or len(head) > POINTER_HEAD_MAX or re.search(r"[，,、；;：:。！？!?…]", head):
        return None
    return [(off, m.end(), "teaser_ref", m), (m.end(), b, "text", None)]


CREDIT_TAIL = re.compile(r"(?<=[。！？”])\s*(?P<tail>[^。！？”\s][^。！？”]*)$")
"""What follows a caption's last sentence on its line: a photo credit printed on the same line
(``图为签约现场。 本报记者 唐 琦 摄``) or the head of one wrapped onto the next (``…人次。 新华``)."""
CREDIT_WRAP_HEAD = 4
"""The most characters of a credit left at the end of a caption's line before it wraps (新华 ⏎ 社记者 …)."""


def _credit_tail(raw: str, a: int, b: int, nxt: str) -> tuple[list[tuple[int, int, str, re.Match | None]], bool] | None:
    """A caption line ending on a photo credit after its last sentence, as (caption, credit) pieces
    and whether the credit wraps onto the next line (which then is all credit); None otherwise."""
    t = CREDIT_TAIL.search(raw, a, b)
    if t is None or t.start("tail") == a:
        return None
    tail = fold(raw[t.start("tail"):b].strip())
    if CAPTION_START.match(tail):  # …胜利闭幕。图为 ⏎ 代表们…: the caption's next sentence, wrapped (图 + 为 is no credit)
        return None
    if (m := CREDIT.match(tail)) is not None:
        return [(a, t.start("tail"), "text", None), (t.start("tail"), b, "credit", m)], False
    rest = fold(nxt.strip())
    if len(tail) <= CREDIT_WRAP_HEAD and _cjk(tail) and rest and (m := CREDIT.match(tail + rest)) is not None:
        return [(a, t.start("tail"), "text", None), (t.start("tail"), b, "credit", m)], True
    return None


CREDIT_WRAP_HOUSE = re.compile(r"^(?:" + ORG + r"|" + PAPER_HOUSE + r")?" + ROLE)
"""How a photo credit wrapped over two lines opens its first: the house and the role (青河晚报记者)."""


def _credit_wraps(line: str, nxt: str) -> re.Match | None:
    """A photo credit set over two lines, the house and role (and names) on the first, the rest ending
    on the credit word on the next (青河晚报记者 ⏎ 陈 远 摄; 青河晚报记者 周 平 ⏎ 通讯员 方 晓 摄): the
    credit read whole, None when the two lines are not one."""
    text, rest = fold(line.strip()), fold(nxt.strip())
    if not rest or CREDIT.match(text) or not CREDIT_WRAP_HOUSE.match(text) or not CREDIT.match(rest):
        return None
    return CREDIT.match(text + " " + rest)


def _pieces(edition: Edition, first: int = 1, last: int | None = None) -> list[_Line]:
    """Non-blank lines ``first..last`` as pieces with a role; a line holding a mark and text is split."""
    out: list[_Line] = []
    gap = credit_due = False
    last = len(edition.lines) if last is None else last
    for number in range(first, last + 1):
        raw = edition.lines[number - 1]
        if not raw.strip():
            gap = bool(out)
            continue
        frame = raw[:1].isspace()
        lo = len(raw) - len(raw.lstrip())
        hi = len(raw.rstrip())
        nxt = edition.lines[number] if number < len(edition.lines) else ""
        pieces = _cont_pieces(raw, lo, hi, bool(out) and out[-1].role == "cont" and out[-1].match is None, nxt)
        if credit_due:  # 新华 ⏎ 社记者 齐 远 摄: the rest of a credit wrapped from the line above
            pieces, credit_due = [(lo, hi, "credit", None)], False
        elif len(pieces) == 1 and pieces[0][2] == "text" and (ct := _credit_tail(raw, lo, hi, nxt)) is not None:
            pieces, credit_due = ct
        elif len(pieces) == 1 and pieces[0][2] == "text" and (cm := _credit_wraps(raw[lo:hi], nxt)) is not None:
            pieces, credit_due = [(lo, hi, "credit", cm)], True
        # a box label at the start of a text piece
        split: list[tuple[int, int, str, re.Match | None]] = []
        for a, b, role, m in pieces:
            if role == "text":
                seg = raw[a:b]
                off = a + (len(seg) - len(seg.lstrip()))
                lm = LABEL.match(fold(raw), off, b) or BARE_LABEL.fullmatch(fold(raw), off, off + len(raw[off:b].rstrip()))
                if lm and _label_opens_box(edition, number, raw[off:b], raw[lm.end():b], nxt):
                    split.append((off, lm.end(), "label", lm))
                    if raw[lm.end():b].strip():
                        split.append((lm.end(), b, "text", None))
                    continue
                stripped = fold(seg.strip())
                if not split and not PAGE_COUNT.match(stripped) \
                        and (tail := _pointer_tail(raw, a, b, bare=True, wrapped=_wraps_head(out, gap))
                                  or _pointer_head(raw, a, b)
                                  or (_pointer_tail(raw, a, b) if gap or not out else None)) is not None:
                    split += tail  # 某市新增市场主体1.2万户（详见2版） after a blank line: a teaser and its pointer
                    # (the page count 今日 12版 under a date line is furniture, never a teaser's pointer)
                    continue
                for role2, rx in LINE_MARKERS:
                    mm = rx.search(stripped) if role2 == "teaser_ref" else rx.match(stripped)
                    if mm and (role2 != "teaser_ref" or len(stripped) <= 30):
                        role = role2
                        m = mm
                        break
                if role == "text" and _bare_pointer(stripped, out, gap):
                    role = "teaser_ref"
            split.append((a, b, role, m))
        for i, (a, b, role, m) in enumerate(split):
            out.append(_Line(number, raw, a, b, role, gap_before=gap and i == 0, frame_start=frame and i == 0, match=m))
            if i == 1 and role == "text" and split[0][2] == "cont" and split[0][0] == lo:
                out[-1].width = line_width(raw[lo:b])  # （上接1版）今年以来…: the text fills the line the mark opens
        gap = False
    return _furniture_and_notices(out)


def _wraps_head(out: list[_Line], gap: bool) -> bool:
    """Does the next line go on a headline line right above it: a short line of text with no clause
    mark in the same block (``某某中心组 ⏎ 专题学习某某论述 2版``)?"""
    if gap or not out or out[-1].role != "text":
        return False
    above = out[-1].text.strip()
    return 0 < len(above) <= POINTER_HEAD_MAX and not re.search(r"[，,、；;。！？!?…]", above)


PAGE_ALONE = re.compile(r"^" + PAGE_NUMBER + r"\s*版$")
"""A page number and 版 alone on a line, no word nor arrow before it (5版): a teaser's pointer when it
stands right under the teaser's headline line (第5版 alone is the page's own number, furniture)."""


def _bare_pointer(stripped: str, out: list[_Line], gap: bool) -> bool:
    """Is ``stripped`` a bare pointer (:data:`PAGE_ALONE`) right under a headline-like line: a short
    line of text with no clause mark, in the same block?"""
    if gap or not out or out[-1].role != "text" or not PAGE_ALONE.match(stripped):
        return False
    above = out[-1].text.strip()
    return 0 < len(above) <= POINTER_HEAD_MAX and not re.search(r"[，,、；;：:。！？!?…（(]", above)


CONT_HEAD = re.compile(r"[（(]\s*[上下]?\s*(?:转|接)\s*第?\s*(?:[A-Z]?\d{1,2})?\s*$")
CONT_TAIL = re.compile(r"\s*第?\s*(?:[A-Z]?\d{1,2}|[一二三四五六七八九十]{1,3})?\s*版\s*[）)]")
"""A continuation mark broken over two lines (…山路。（下转 ⏎ 4版）): its head ends one line, its tail
opens the next; the two pieces make one mark (:func:`_one_item`)."""


def _cont_pieces(raw: str, lo: int, hi: int, tail_due: bool, nxt: str) -> list[tuple[int, int, str, re.Match | None]]:
    """A line's text pieces around its continuation marks (:data:`CONT_MARK`), a mark broken over
    two lines included: ``tail_due`` when the line before ended on a mark's head, ``nxt`` the next line."""
    folded = fold(raw)
    pieces: list[tuple[int, int, str, re.Match | None]] = []
    pos = lo
    if tail_due and (t := CONT_TAIL.match(folded, lo, hi)):
        pieces.append((lo, t.end(), "cont", None))
        pos = t.end()
    for m in CONT_MARK.finditer(folded, pos, hi):
        if raw[pos:m.start()].strip():
            pieces.append((pos, m.start(), "text", None))
        pieces.append((m.start(), m.end(), "cont", m))
        pos = m.end()
    head = CONT_HEAD.search(folded, pos, hi)
    if head and CONT_TAIL.match(fold(nxt)):
        if raw[pos:head.start()].strip():
            pieces.append((pos, head.start(), "text", None))
        pieces.append((head.start(), hi, "cont", None))
    elif raw[pos:hi].strip():
        pieces.append((pos, hi, "text", None))
    return pieces


ITEM_END = re.compile(r"[。！？][”’」』]?$|[。！？][”’」』]?[（(][^（()）]{1,12}[）)]$|^[^（(，。]{1,6}[）)]$")
"""How an item's last line ends: on a sentence (…投诉举报。), on its closing credit (…完工。（唐宁）) or on
the credit's wrapped tail (宁）): a notice's full title may follow it (:data:`NOTICE_HEAD_LONG`)."""


TITLE_RUNS_ON = re.compile(r"^[^，,、；;：:。！？\s]{2,}关于[^，,、；;：:。！？\s]*[\u4e00-\u9fff\d《（(—]$")
"""A document's title cut mid-word by the column (…关于印发《某某 ⏎ …》的通知): its next line ends the title."""
SENTENCE_TAIL_LINE = re.compile(r"^[^，,、；;：:。！？]*[。！？][”’」』]?$")
"""A line that is one clause up to a sentence's end: the tail of a sentence begun on the line above."""


def _item_ends(prev: _Line, nxt: list[_Line]) -> bool:
    """Does an item end on ``prev`` so that a notice's full title may follow it? Not when the line after
    the would-be title ends the title's sentence (…在官网发布公告 ⏎ 提醒市民注意安全。)."""
    return bool(ITEM_END.search(prev.text.strip())) and not (nxt and SENTENCE_TAIL_LINE.match(nxt[0].text.strip()))


def _furniture_and_notices(pieces: list[_Line]) -> list[_Line]:
    """Mark page furniture (:mod:`frontpage.parse.furniture`) and notice titles (公 告, 送达公告
    on a line of their own, after a sentence's end, a blank line or furniture)."""
    kinds = furniture_lines([p.text.strip() for p in pieces], [p.gap_before for p in pieces])
    for i, p in enumerate(pieces):
        if p.role != "text":
            continue
        if i in kinds:
            p.role = "ad" if kinds[i] in ("ad", "disclaimer", "psa") else "furniture"
            p.furniture = kinds[i]
            p.match = None
            continue
        prev = pieces[i - 1] if i else None
        after_end = prev is None or p.gap_before or prev.role != "text" or not CONTINUING.search(prev.text.rstrip())
        title = re.sub(r"[\s\u3000]+", "", fold(p.text))
        after_notice = prev is not None and (prev.role == "text" and (DATE_END.search(fold(prev.text.strip()))
                                                                      or _item_ends(prev, pieces[i + 1:i + 2]))
                                             or _after_band(pieces, i))
        if prev is not None and TITLE_RUNS_ON.match(fold(prev.text.strip())):
            continue  # 某某市考试院关于2024年某某考试报 ⏎ 名的公告: the end of the title above, not a title
        if (after_end and NOTICE_HEAD.match(title)) or (after_notice and NOTICE_HEAD_LONG.match(title)) \
                or (after_end and ABOUT_NOTICE.match(title) and (issuer_above(prev) or after_notice)) \
                or (after_end and (prev is None or p.gap_before) and NOTICE_ABOUT.match(title)) \
                or _wrapped_about_title(pieces, i, title):
            p.role = "notice"
    return pieces


def _after_band(pieces: list[_Line], i: int) -> bool:
    """Is line ``i`` right under a date band or folio printed mid-page (furniture) that follows an item's
    last sentence, with the notice's text under it: a line with a clause mark that is no story's lead
    (本报讯…)? There a notice's full title may stand (class: notice title under a mid-page date band);
    over a lead, or over a deck, headline line or byline (no clause mark) before a lead, it is news."""
    prev, nxt = pieces[i - 1], pieces[i + 1:i + 2]
    return i > 1 and prev.role == "furniture" and pieces[i - 2].role == "text" and _item_ends(pieces[i - 2], nxt) \
        and bool(nxt) and bool(_BODY_CLAUSE.search(nxt[0].text)) and not is_lead(nxt[0].text.strip())


_BODY_CLAUSE = re.compile(r"[，,。；;：:]")
"""A clause mark: a notice's first line of text has one; a deck (——…), a headline's second line or a
byline (记者 林 一) between a news headline and its lead (本报讯…) has none, so there the title is news."""


def _wrapped_about_title(pieces: list[_Line], i: int, title: str) -> bool:
    """Is line ``i`` the end of a notice's 关于… title that the column wrapped (关于开展某某年度城乡居民基本医疗
    ⏎ 保险集中参保缴费工作的公告), the title's first line standing where an item may begin (after an item's
    last sentence, an issuer's name line, furniture or a blank line)?"""
    prev = pieces[i - 1] if i else None
    if prev is None or prev.role != "text" or pieces[i].gap_before:
        return False
    head = re.sub(r"[\s\u3000]+", "", fold(prev.text))
    if not head.startswith("关于") or not ABOUT_NOTICE.match(head + title):
        return False
    before = pieces[i - 2] if i > 1 else None
    return before is None or prev.gap_before or before.role != "text" or issuer_above(before) \
        or bool(ITEM_END.search(before.text.strip()))


ABOUT_NOTICE = re.compile(r"^关于[^，,。；;！？]{2,40}的(?:" + NOTICE_TITLE + r")$")
"""A notice's title that says what it is about (关于某路段临时交通管制的通告)."""
ISSUER_NAME = re.compile(r"^[\u4e00-\u9fff（）()]{2,30}(?:" + INSTITUTION + r")$")
"""An institution's full name on a line of its own (某市公安局交通管理局, 某某（集团）有限公司)."""


DOCUMENT_NUMBER = re.compile(r"^[\u4e00-\u9fff]{1,10}[〔\[［(（]\d{4}[〕\]］)）]\s*\d{1,4}\s*号$"
                             r"|^[〔\[［(（]\d{4}[〕\]］)）]\s*[\u4e00-\u9fff]{1,3}\s*\d{2,6}\s*[\u4e00-\u9fff]{1,4}\s*\d{1,6}\s*号$"
                             r"|^[〔\[［(（]\d{4}[〕\]］)）]\s*(?=[\u4e00-\u9fff\d]*[民刑行执赔破商])[\u4e00-\u9fff\d]{1,14}?\s*\d{1,6}\s*号$")
"""A document's number under its title (澜府办发〔2021〕12号), or a court case's, the year first (（2024）某0102民初
356号, the court's short name and code, the kind of case; or the older form with 字第, （2009）某中法民二初字第45号, its
court and case kind in words: a case's kind, 民 刑 行 执 赔 破 商, must be named): a label of the document or notice, no headline."""


def _issuer_over_about(prev: _Line, cur: _Line) -> bool:
    """Is ``prev`` an issuer's name on a line of its own, set solid over the 关于… title it issues (某县
    人民政府办公室 ⏎ 关于印发某某方案的通知, the title maybe wrapped)? The name is the title's kicker, a
    line apart, not the first words of one headline."""
    return issuer_above(prev) and re.sub(r"[\s\u3000]+", "", fold(cur.text)).startswith("关于")


def issuer_above(prev: _Line | TextUnit | None) -> bool:
    """Is ``prev`` an issuer's name printed on a line of its own (某市人民政府), as over a notice's 关于…
    title (某市人民政府 ⏎ 关于某某的通告)? The name is a line apart, the title's kicker (see
    :func:`_issuer_over_about`), not the first words of the title."""
    return prev is not None and bool(ISSUER_NAME.match(re.sub(r"[\s\u3000]+", "", fold(prev.text))))


# --- paragraphs ---------------------------------------------------------------------

def _column(widths: list[float]) -> float | None:
    """A paragraph's column: the median width of its wrapped lines (all but the last)."""
    return statistics.median(widths[:-1]) if len(widths) > 1 else None


DECK_MIN = 4
"""Each of two decks set on one headline line has at least this many characters (not a padded name)."""


def two_decks(text: str) -> bool:
    """A headline line of two or more decks set apart by a space (``…出台 “夜梧川”再添新场景``)."""
    t = text.strip()
    phrases = t.split()
    return (len(phrases) >= 2 and all(len(p) >= DECK_MIN for p in phrases) and not is_display(t)
            and not INTERNAL_PUNCT.search(t) and not TERMINAL.search(t) and not is_lead(t))


def _tagged_headline(rest: str) -> bool:
    """Is the text after a 【label】 on its line a headline (the label a column tag printed in it,
    ``【奋进新征程】《…》出台``) rather than a box's first words? A headline has no clause mark, and
    is set in decks or runs long (:data:`TAGGED_HEADLINE_MIN`)."""
    rest = rest.strip()
    if re.search(r"[，,、；;：:。！？!?…]", rest):
        return False
    return two_decks(rest) or len(rest) >= TAGGED_HEADLINE_MIN


TAG_LINE_HEAD = re.compile(r"^[^。；;]{4,30}?[^，,、；;：:。]$")
"""The text after a tag on a headline line alone: no full stop or semicolon, no open clause at its end
(西塘港：向海图强再出发, 代表委员热议：民生实事怎么办……)."""


def _next_line(edition: Edition, number: int) -> tuple[str, bool]:
    """The first non-blank line after line ``number`` and whether blank lines come before it."""
    for k in range(number, len(edition.lines)):
        if edition.lines[k].strip():
            return edition.lines[k], k > number
    return "", False


def _tag_over_lead(edition: Edition, number: int, rest: str) -> bool:
    """Is line ``number`` a tagged headline set alone over its story's lead (【奋进新征程】西塘港：向海图强
    再出发 ⏎⏎ 本报讯…)? The text after the tag reads as a display line (:data:`TAG_LINE_HEAD`), a blank line
    parts it from the line under it, and that line opens a story's lead: a box's first words run on
    into the box's next line instead (class: column tag printed in a headline over its lead)."""
    below, gap = _next_line(edition, number)
    return gap and is_lead(below) and bool(TAG_LINE_HEAD.match(rest.strip()))


def _label_opens_box(edition: Edition, number: int, line: str, rest: str, nxt: str) -> bool:
    """Is the 【label】 opening ``line`` a box's label (split off from the text after it) rather than a
    column tag printed in a headline (:func:`_tagged_headline`, :func:`_tag_over_lead`)? A known box's label
    (【链接】, 【数说一季度】, :data:`BOX_LABEL_START`) set alone over a lead is still a box's."""
    if _wraps_into(line, nxt):
        return True
    return not _tagged_headline(rest) and (BOX_LABEL_START.match(line.strip()) is not None
                                           or not _tag_over_lead(edition, number, rest))


BOX_LABEL_START = re.compile(r"^【(?:" + BOX_LABEL + r")")
"""A 【label】 opening on a known box's label (:data:`~frontpage.parse.lexicon.BOX_LABEL`)."""


WRAPPED_TAIL = re.compile(r"^[^\s，,、；;：:。！？!?（(“”《》【】]{1,3}[，,、；;。！？]")
"""A line that opens on the last character or two of a word and a clause mark (气，若…): the line
above broke a sentence in the middle of a word."""


def _wraps_into(line: str, nxt: str) -> bool:
    """Does a 【label】 line run on into the next line as one sentence (【温馨提示】某某管道内可能存有空 ⏎
    气，若…)? It fills its column (no shorter than the next line) and the next line finishes its word
    before a clause mark: the text after the label is a box's first words, not a tagged headline."""
    nxt = nxt.strip()
    return bool(WRAPPED_TAIL.match(nxt)) and line_width(line.strip()) >= line_width(nxt) - 1


def _label_text_wraps(pieces: list[_Line], k: int) -> bool:
    """Is ``pieces[k - 1]`` a box's first words after its 【label】 on the same line, carried on by
    ``pieces[k]`` in the middle of a word (:func:`_wraps_into`)? The piece is short only by its label."""
    if k < 2 or pieces[k - 2].role != "label" or pieces[k - 2].number != pieces[k - 1].number:
        return False
    return pieces[k].role == "text" and _wraps_into(pieces[k - 1].raw, pieces[k].text)


TITLE_MARGIN = 3.0
"""A box's title under its label stops at least this many em short of the box's column (a sentence's
first line wrapped early, a word that did not fit, stops shorter by less)."""


def _title_under_label(pieces: list[_Line], k: int) -> bool:
    """Is the line before piece ``k``, right under a box's label (【链接】), the box's title rather than
    its text's first line (【链接】 ⏎ “某某号”中欧班列 ⏎ 该班列2019年4月首发，从…)? A text's first line fills
    the column or ends a sentence; a title has no clause mark and stops well short of the line below."""
    if k < 2 or pieces[k - 2].role != "label" or pieces[k - 1].gap_before or pieces[k].gap_before:
        return False
    title = pieces[k - 1]
    if re.search(r"[，,、；;：:。！？!?…]", title.text) or is_display(title.text):
        return False
    block = [pieces[k]]
    for p in pieces[k + 1:k + LOCAL_WINDOW // 2 + 1]:
        if p.gap_before or p.role != "text":
            break
        block.append(p)
    column = max(p.width for p in block)
    if title.width <= column - TITLE_MARGIN:
        return True
    return title.width <= column - TITLE_MARGIN_WORDED and not re.match(r"[0-9０-９]", title.text.strip()) \
        and not pieces[k].text.strip().startswith(_CANNOT_OPEN)


TITLE_MARGIN_WORDED = 2.0
"""A title in words (no figure first) over a line that opens a sentence may stop this many em short of the
column (高息诱饵背后多是“某某骗局” ⏎ 非法集资往往以…): a sentence's first line wraps later than that."""
_CANNOT_OPEN = ("的", "地", "得", "了", "着", "过", "之", "和", "与", "及", "等", "”", "）", "，", "。", "、")
"""What no sentence opens on: a line opening so finishes the line above (…群众健康 ⏎ 的“守门人”。)."""


COLUMN_HEADING_MAX = 8
"""A briefs column's heading (城事速递, 法治动态) is a short line of words alone."""


def _column_heading(text: str) -> bool:
    """A short line with no mark at all and no ● of its own: a briefs column's heading."""
    t = re.sub(r"\s", "", text)
    return 0 < len(t) <= COLUMN_HEADING_MAX and not BULLET_START.match(t) \
        and not re.search(r"[，,、；;：:。！？!?…()（）\d]", t)


TAGGED_HEADLINE_MIN = 12
"""Without decks, the text after a tag must be this long to be a headline: in a box's column the
first line after its label leaves room for fewer characters, which may carry no mark yet."""


RUNS_ON_START = re.compile(r"^[（(［\[“‘《〈和与及并或、，,]")
"""How a line opens that carries on the words above it (a bracket's aside, a conjunction): no sentence's start."""
HEADING_SHORT = 3.0
"""A numbered heading set straight on its text stops at least this many em short of the line under it."""


def _heading_set_on_text(prev: _Line, cur: _Line) -> bool:
    """Is ``prev`` a numbered heading (:data:`HEADING`, no mark in it) set straight on the first line of
    its text, no blank line between? It stops well short of the line under it, and not because a
    number opening that line did not fit (:func:`_number_wrapped`), and that line opens a sentence
    (not a bracket or a conjunction carrying an item's words on, :data:`RUNS_ON_START`): a line of its own."""
    return bool(HEADING.match(prev.text.strip())) and prev.width <= cur.width - HEADING_SHORT \
        and not _number_wrapped(prev, cur, cur.width) and not RUNS_ON_START.match(cur.text.strip())


def _continues_in_block(prev: _Line, cur: _Line, col: float | None, first_of_para: bool) -> bool:
    """Does ``cur`` continue ``prev`` when no blank line separates them?"""
    if _credit_wrapped(prev, cur) or _lead_bracket_open(prev, cur) or _role_credit_wrapped(prev, cur):
        return True  # …36.2%。（武 ⏎  毅）: a closing credit broken inside its brackets, even in a new frame
    if cur.frame_start or is_lead(cur.text):
        return False
    if _credit_after_sentence(prev, cur):
        return True  # …全覆盖。⏎（韩露 叶舟）: the closing credit, wrapped onto a line of its own
    if _quote_credit(prev, cur):
        return True  # …做起来。” ⏎ ——市政协委员 王某: the speaker's credit under the quote
    if TITLE_QUALIFIER.match(cur.text.strip()):
        return True  # 政 府 工 作 报 告 ⏎（摘要）: the qualifier belongs to the title above it
    if CLOSING_CREDIT_END.search(prev.text.rstrip()):
        return False  # …一倍。（李二）: the writer's closing credit ends the story
    if HEADING.match(prev.text.strip()) and NUMBERED_START.match(cur.text.strip()):
        return False  # 二、重点任务 ⏎ （一）推进…: a heading, then the first item under it
    if first_of_para and _heading_set_on_text(prev, cur):
        return False  # （一）一般公共预算 ⏎ 2023年，全市…: a numbered heading set straight on its text
    if HEADING.match(cur.text.strip()) and prev.text.rstrip().endswith(("：", ":")):
        return False  # …现将主要数据公布如下： ⏎ 一、常住人口: the first heading under the line announcing them
    if _bracketed_line(cur) and DOCUMENT_TITLE.search(fold(prev.text.strip())):
        return False  # …实施方案 ⏎ （2021年3月12日…审议通过）: the title, then the note of its adoption
    if _title_end(prev.text) and ISSUER_NAME.match(re.sub(r"[\s\u3000]+", "", fold(cur.text))):
        return False  # …统计公报 ⏎ （摘要） ⏎ 某市统计局: the title, then the block of who issues it
    if first_of_para and _issuer_over_about(prev, cur):
        return False  # 某县人民政府办公室 ⏎ 关于印发…的通知: the issuer's line, then the title it issues
    if DOCUMENT_NUMBER.match(fold(cur.text.strip())) or DOCUMENT_NUMBER.match(fold(prev.text.strip())):
        return False  # …的通知 ⏎ 某政办发〔2024〕12号 ⏎ 根据…: the document's number, a label of its own line
    if two_decks(prev.text):
        return False  # a headline line of two decks is whole: the line under it is a deck of its own
    if BULLET_START.match(cur.text) and (TERMINAL.search(prev.text.rstrip()) or first_of_para):
        return False  # a ● item after a sentence's end, or under a line of its own (a headline printed after the
        # item above: …（县资规） ⏎ 某某成交4.6亿元 ⏎ ●…), opens the next item of a briefs column
    if BULLET_START.match(cur.text) and first_of_para and _column_heading(prev.text):
        return False  # 城事速递 ⏎ ●…: the column's heading line stands over its first item
    pw, cw = prev.width, cur.width
    # Letter-spacing justifies a headline line to the width of its companion deck; spaced
    # type beside a line of another width is a headline of its own.
    if is_display(prev.text) != is_display(cur.text) and abs(pw - cw) > 3:
        return False
    if cw > pw + 6:  # much wider: another type size or column (a subheadline under a headline)
        return False
    if TERMINAL.search(prev.text.rstrip()):
        ref = col if col is not None else max(pw, cw)
        indent = 2.0 if first_of_para else 0.0
        if pw < ref - 1.5 - indent:  # a sentence ended well short of the edge: paragraph over
            return False
    return True


LOCAL_WINDOW = 6
"""Lines either side that measure a line's column on a page without blank lines."""


def _local_columns(pieces: list[_Line]) -> list[float]:
    """Each line's column, on a page without blank lines: the upper quartile of the widths of
    the text lines around it (columns differ across a page; most lines fill theirs)."""
    widths = [p.width if p.role == "text" else 0.0 for p in pieces]
    out = []
    for k in range(len(pieces)):
        near = sorted(w for w in widths[max(0, k - LOCAL_WINDOW): k + LOCAL_WINDOW + 1] if w)
        out.append(near[(3 * len(near)) // 4] if near else 0.0)
    return out


FIRST_LINE_INDENT = 2.0
"""A paragraph's first line is indented two em; the text layer drops the indent, not the shortfall:
such a line runs to the column's edge when it falls short by the indent (and half an em), no more."""


def _ends_short(prev: _Line, main_col: float, first: bool = False) -> bool:
    """In a page without blank lines (``pdftotext -raw``), a line that ends no sentence, no clause
    and falls well short of the column is a line of its own: a headline, a heading, a signature.
    A paragraph's ``first`` line may fall short by its indent and still run to the column's edge."""
    tail = prev.text.rstrip()
    if TERMINAL.search(tail) or CONTINUING.search(tail):
        return False
    return prev.width < main_col - (FIRST_LINE_INDENT + 0.5 if first else 1.5)


_LEADING_NUMBER = re.compile(r"[0-9０-９][0-9０-９.,．%％‰]*")


def _number_wrapped(prev: _Line, cur: _Line, col: float) -> bool:
    """A line that ends mid-clause short of the column only because the number opening the next
    line did not fit in what was left (``同比增长`` / ``12.8%。``): a number is never broken across
    lines, so the gap it leaves is no paragraph's end."""
    m = _LEADING_NUMBER.match(cur.text.strip())
    return bool(m) and prev.width + line_width(m.group()) > col - 1.5


def _stands_after_sentence(prev: _Line, cur: _Line, col: float) -> bool:
    """In a page without blank lines, a line that ends short (:func:`_ends_short`) right after a
    sentence's end is a line of its own (a headline after its body, a 小标题): a paragraph's first
    line runs to the column's edge, and a one-line paragraph ends a sentence."""
    if not TERMINAL.search(prev.text.rstrip()):
        return False
    if _ends_short(cur, col):
        return True
    return _plain_heading(cur, col)


def _plain_heading(cur: _Line, col: float) -> bool:
    """A line with no mark at all one em short of the column: a 小标题 (prose has a mark every dozen
    characters)."""
    tail = cur.text.strip()  # (all full-width: a line ending in digits is short by half-width characters)
    return (not INTERNAL_PUNCT.search(tail) and not re.search(r"[。！？!?…—]", tail) and cur.width <= col - 1
            and cur.width == len(tail))


def _heading_above(pieces: list[_Line], k: int, local: list[float]) -> bool:
    """On a page without blank lines, is ``pieces[k - 1]`` a 小标题 after a sentence's end
    (:func:`_plain_heading`)? Then the line after it opens a paragraph: a heading is never run on
    into the text under it."""
    if not _series_heading(pieces, k, local):
        return False
    lo, hi = max(2, k - HEADING_SERIES_WINDOW), min(len(pieces), k + HEADING_SERIES_WINDOW + 1)
    return any(_series_heading(pieces, j, local) for j in range(lo, hi) if j != k)


HEADING_SERIES_WINDOW = 30
"""A feature's 小标题 come in a series: another one stands within this many lines."""


def _series_heading(pieces: list[_Line], k: int, local: list[float]) -> bool:
    """Is ``pieces[k - 1]`` a 小标题 by its form, after a sentence's end, its quotes closed, not a line
    cut short by a number that did not fit (127450元 opening the next line), and not a headline printed
    after its body (it restates the text above)?"""
    if k < 2 or k >= len(pieces) or pieces[k - 1].role != "text" or pieces[k].role != "text":
        return False
    head, nxt = pieces[k - 1].text.strip(), pieces[k].text.strip()
    return bool(TERMINAL.search(pieces[k - 2].text.rstrip())) and _plain_heading(pieces[k - 1], local[k - 1]) \
        and head.count("“") == head.count("”") and not _LEADING_NUMBER.match(nxt) and not _echoes_above(pieces, k - 1)


def _stands_alone(prev: _Line, cur: _Line, nxt: _Line | None) -> bool:
    """In a page without blank lines, a line between a sentence's end and a line that cannot carry
    it on (a lead, a marker, furniture, the page's end) that ends no sentence itself is a line of
    its own: a paragraph's last line ends a sentence, so it is a headline printed after its body."""
    tail = cur.text.rstrip()
    if not TERMINAL.search(prev.text.rstrip()) or TERMINAL.search(tail) or CONTINUING.search(tail):
        return False
    return nxt is None or nxt.role != "text" or is_lead(nxt.text) or bool(BULLET_START.match(nxt.text))


CREDIT_OPENED = re.compile(r"[。！？”]\s*[（(][\u4e00-\u9fff](?:\s*[\u4e00-\u9fff]){0,3}\s*$")
"""A line ending on a closing credit's opening bracket and first names after the last sentence: ``…10天。（何``."""
CREDIT_CLOSED = re.compile(r"^[\u4e00-\u9fff](?:\s*[\u4e00-\u9fff]){0,3}\s*[）)]$")
"""The rest of a wrapped closing credit on a line of its own: the last names and the closing bracket (``畅）``)."""


def _credit_wrapped(prev: _Line, cur: _Line) -> bool:
    """Is ``cur`` the end of a closing credit that ``prev`` opened after its last sentence (``（何`` ⏎
    ``畅）``)? The bracket still open binds the two lines, whatever frame or indent ``cur`` starts."""
    return bool(CREDIT_OPENED.search(prev.text.rstrip())) and bool(CREDIT_CLOSED.match(cur.text.strip()))


def _lead_bracket_open(prev: _Line, cur: _Line) -> bool:
    """Is ``prev`` a lead whose bracketed byline is still open (本报讯（记者 王一 柯 ⏎  静）4月2日，…)?
    Then ``cur`` carries it on, whatever frame or indent it starts: a byline is never left open."""
    return cur.role == "text" and is_lead(prev.text) and _depth(prev.text, 0) > 0 and not is_lead(cur.text)


def _credit_after_sentence(prev: _Line, cur: _Line) -> bool:
    """Is ``cur`` a closing credit on a line of its own right after a sentence's end (``（韩露）``, or the
    first line of one naming its writers by role that the column wraps, ``（通讯员 王一``)?"""
    line = cur.text.strip()
    return bool(CREDIT_LINE.match(line) or ROLE_CREDIT_OPEN.match(line)) and bool(TERMINAL.search(prev.text.rstrip()))


ROLE_CREDIT_OPEN = re.compile(r"^[（(](?:" + ROLE + r")[^（()）。！？，,；;]{1,20}$")
"""A closing credit naming its writers by role whose bracket the line leaves open (``（通讯员 王一``)."""


def _role_credit_wrapped(prev: _Line, cur: _Line) -> bool:
    """Is ``cur`` the rest of a closing credit naming its writers by role that ``prev`` opened (``（通讯员 王一`` ⏎
    ``记者 李二）``: class: closing credit wrapped by a narrow column)? The two read as one credit
    (:data:`ROLE_CREDIT_LINE`), never a line of its own (a teaser, the next item's kicker)."""
    a, b = prev.text.strip(), cur.text.strip()
    return bool(ROLE_CREDIT_OPEN.match(a) and CREDIT_REST.match(b)) and bool(ROLE_CREDIT_LINE.match(a + " " + b))


QUOTE_CLOSED = re.compile(r"[。！？!?…][”’」』]$")
"""A line that closes a quoted sentence (…说到了心坎上。”): a speaker's words in a quotes column."""
QUOTE_CREDIT_LINE = re.compile(r"^——[^，,。；;！？!?：:“”‘’]{2,30}$")
"""A credit under a quote naming its speaker with no clause mark (——市人大代表、某某镇党委书记 王某)."""


def _quote_credit(prev: _Line, cur: _Line) -> bool:
    """Is ``cur`` the dash credit of the quoted sentence that ``prev`` closes (●“…做起来。” ⏎ ——市政协委员 王某)?
    It signs the quote (class: a quotes column's speaker credit), no dash deck: a deck hangs under a
    headline, which closes no sentence inside its quotes."""
    return bool(QUOTE_CLOSED.search(prev.text.rstrip())) and bool(QUOTE_CREDIT_LINE.match(cur.text.strip()))


def _raw_break(pieces: list[_Line], k: int, local: list[float], first: bool) -> bool:
    """On a page without blank lines, does a line of its own end before ``pieces[k]``? (See the
    module doc.) A paragraph's first line may fall short by its indent, unless it restates the
    text above it (:data:`ECHO_ABOVE`): then it is a headline printed after its body."""
    prev, piece = pieces[k - 1], pieces[k]
    nxt = pieces[k + 1] if k + 1 < len(pieces) else None
    if _credit_after_sentence(prev, piece) or _credit_wrapped(prev, piece) or _lead_bracket_open(prev, piece) \
            or _role_credit_wrapped(prev, piece) or _label_text_wraps(pieces, k) or _figure_cut_from_unit(prev, piece):
        return False
    if _role_credit_closes(pieces, k) or CAPTION_START.match(fold(piece.text.strip())):
        return True  # (图为…: a caption printed inside the column, even where the text left a clause open)
    if _brief_runs_to_credit(pieces, k):
        return False  # ●… ⏎ 日前，省某厅 ⏎ 公布2024年度某某中 ⏎ …17家。 ⏎ （邝 宇）: a brief's text, up to its credit
    if k >= 2 and COMMENTARY_LABEL_LINE.match(re.sub(r"\s", "", pieces[k - 2].text)) and not CLAUSE_BREAK.search(prev.text) \
            and not TERMINAL.search(prev.text.rstrip()) and not is_lead(prev.text):
        return True  # 短评 ⏎ 让“好数据”转化为“好感受” ⏎ 数据是…: the line under a commentary's label is its title
    first = first and not _echoes_above(pieces, k - 1)
    short = _ends_short(prev, local[k - 1], first=first) and not _number_wrapped(prev, piece, local[k - 1])
    return (short or _figure_headline(prev, piece) or _dash_deck_above(pieces, k)
            or _stands_after_sentence(prev, piece, local[k]) or _stands_alone(prev, piece, nxt)
            or _heading_above(pieces, k, local) or _after_signature(pieces, k, local)
            or (first and _over_column(prev, local[k - 1]) and not _clause_runs_on(pieces, k - 1)
                and not _section_text_runs_on(pieces, k) and not _value_wrapped_on(pieces, k)
                and not _brief_text_under_bullet(pieces, k))
            or (_over_column(piece, local[k]) and not OPEN_CLAUSE.search(prev.text.rstrip())
                and not _clause_runs_on(pieces, k) and not _wide_prose_runs_on(pieces, k, local)))


BRIEF_LINES_MAX = 16
"""The most lines a ● brief runs, its headline and closing credit included, in the narrowest column."""
BRIEF_LINE_SHORT = 2.0
"""Em by which a line with no mark after a sentence's end falls short of the brief's measure to be a headline."""


def _signed_line(text: str) -> bool:
    """Does a line end a story on its writers' closing credit (（邝 宇）, …万元。（邝 宇）, （记者 某某 通讯员 某某））?"""
    t = text.strip()
    return bool(CREDIT_LINE.match(t) or CLOSING_CREDIT_END.search(t) or ROLE_CREDIT_LINE.match(t))


def _brief_runs_to_credit(pieces: list[_Line], k: int) -> bool:
    """On a page without blank lines, is ``pieces[k]`` inside a ● brief's text: under its ● line, after the text
    has begun (a line with a clause mark between the ● line and ``pieces[k]``: so a ● headline wrapped over two
    lines keeps its second), the brief not yet signed, and its closing credit ahead before the next ● item, a
    lead or a line that is not text? A brief's text runs on to its credit, whatever a narrow column (11-12
    characters) does to its lines (class: a narrow ● column's text lines read as display)."""
    piece = pieces[k]
    if piece.role != "text" or BULLET_START.match(piece.text) or is_lead(piece.text) or _signed_line(piece.text) \
            and not CLOSING_CREDIT_END.search(piece.text.strip()):
        return False  # (a credit on a line of its own has rules of its own)
    bullet = None
    for j in range(k - 1, max(-1, k - BRIEF_LINES_MAX), -1):
        if pieces[j].role != "text" or _signed_line(pieces[j].text) or is_lead(pieces[j].text):
            return False
        if BULLET_START.match(pieces[j].text):
            bullet = j
            break
    if bullet is None or not any(CLAUSE_BREAK.search(p.text) for p in pieces[bullet + 1:k]):
        return False
    measure = max(p.width for p in pieces[bullet + 1:k + 1])
    for j in range(bullet + 2, k + 1):
        if TERMINAL.search(pieces[j - 1].text.rstrip()) and not CLAUSE_BREAK.search(pieces[j].text) \
                and pieces[j].width < measure - BRIEF_LINE_SHORT:
            return False  # …惠及农户1.1万户。 ⏎ 种好“责任田” (short, no mark, after a sentence's end): the next item's headline
    for p in pieces[k:bullet + BRIEF_LINES_MAX]:
        if p.role != "text" or BULLET_START.match(p.text) or is_lead(p.text):
            return False
        if _signed_line(p.text):
            return True
    return False


_FIGURE_CUT = re.compile(r"[\u4e00-\u9fff][0-9０-９]+(?:[.．][0-9０-９]+)?$")
_UNIT_CLAUSE = re.compile(r"^[万亿千百]{0,2}[余多]?(?:" + QUANTITY_UNIT + r")[，,；;。、）)]")


def _figure_cut_from_unit(prev: _Line, cur: _Line) -> bool:
    """On a page without blank lines, does ``prev`` end on a figure's digits after a word (…冻结涉案资金1.37) and
    ``cur`` open on that figure's unit closing its clause (亿元，返还…)? A figure is one word: the line ran on in
    the text, however short it ends (class: text line cut between a figure and its unit, read as a 小标题)."""
    return bool(_FIGURE_CUT.search(prev.text.strip()) and _UNIT_CLAUSE.match(cur.text.strip()))


_LONE_FULL_DATE = re.compile(r"^(?:[〇零一二三四五六七八九十○]{4}|\d{4})\s*年\s*[一二三四五六七八九十\d]{1,3}\s*月\s*"
                             r"[一二三四五六七八九十\d]{1,3}\s*日$")
"""A full date alone on its line (2025年3月20日): the close of a signature."""


def _after_signature(pieces: list[_Line], k: int, local: list[float]) -> bool:
    """On a page without blank lines, is ``pieces[k - 1]`` the first line after a notice's or document's
    signature (某某区民政局 ⏎ 2025年3月20日), with no mark that ends or breaks a clause (a 、 between display
    words aside)? The signed item has ended, and a text's first line breaks a clause within its measure:
    that line is a headline printed after the bodies, a line of its own, however wide the signed item's
    measure made the column around it (class: headline stack right after a notice's signature). Unless its
    sentence runs on (:func:`_sentence_runs_on`): then it is the first line of the next item's text."""
    if k < 3 or any(p.role != "text" for p in pieces[k - 3:k]):
        return False
    prev = pieces[k - 1].text.strip()
    return bool(_LONE_FULL_DATE.match(fold(pieces[k - 2].text.strip()))) and issuer_above(pieces[k - 3]) \
        and not CLAUSE_BREAK.search(prev) and not CONTINUING.search(prev) and not is_lead(prev) \
        and not _sentence_runs_on(pieces, k, local)


def _sentence_runs_on(pieces: list[_Line], k: int, local: list[float]) -> bool:
    """Does ``pieces[k - 1]``, a line with no mark set at the column's width, wrap a sentence that goes on in
    ``pieces[k]`` (某区城市管理局近日组织执法队员对辖区 ⏎ 主次干道占道经营行为开展集中整治，共清理 ⏎ …)?
    The next line is text of the same column carrying a clause mark, no lead, no heading: prose wrapped at
    the column's edge, not a headline (a headline stack's next line is display type, marks aside from 、)."""
    prev, piece = pieces[k - 1], pieces[k]
    t = piece.text.strip()
    return prev.width >= local[k - 1] - 1.5 and piece.role == "text" and not piece.frame_start \
        and bool(CLAUSE_BREAK.search(t)) and not is_lead(t) and not HEADING.match(t) and not NUMBERED_START.match(t)


def _section_text_runs_on(pieces: list[_Line], k: int) -> bool:
    """Is ``pieces[k - 1]``, wider than the short lines around it, the first line of a numbered section's
    text (二、竞买人资格 ⏎ 某某境内外的法人和其他组织 ⏎ 均可申请参加竞买。): right under the numbered heading,
    ending on no mark, the line after it ending the sentence? Display type is never set under a section's
    heading (class: a section's first line set without an indent)."""
    if k < 2 or pieces[k - 2].role != "text" or not HEADING.match(pieces[k - 2].text.strip()):
        return False
    prev, piece = pieces[k - 1].text.strip(), pieces[k].text.strip()
    return not INTERNAL_PUNCT.search(prev) and not HEADING.match(piece) and bool(TERMINAL.search(piece)) \
        and not is_lead(piece)


def _brief_text_under_bullet(pieces: list[_Line], k: int) -> bool:
    """Is ``pieces[k - 1]``, wider than the column, the first line of a ● item's text right under its
    headline line (●某某提前完成年度任务 ⏎ 记者从某某获悉，今年已淘 ⏎ 汰…): a clause mark inside it, not
    a lead? A ● item's headline is the ● line; the wide line under it is its text run over the measure, not
    a deck (class: wide first line of a ● brief's text)."""
    if k < 2 or pieces[k - 2].role != "text" or not BULLET_START.match(pieces[k - 2].text):
        return False
    prev = pieces[k - 1].text.strip()
    return bool(INTERNAL_PUNCT.search(prev[:-1])) and not is_lead(prev) and not BULLET_START.match(prev)


_WRAPPED_VALUE = re.compile(r"^[0-9０-９][0-9０-９.,．]*[万亿千百]*(?:" + QUANTITY_UNIT + ")")
_SENTENCE_END = re.compile(r"[。！？!?]")


def _value_wrapped_on(pieces: list[_Line], k: int) -> bool:
    """Is ``pieces[k - 1]``, wider than the column with a clause mark in it, a numbered section's first line
    of prose whose subject's figure wrapped onto the next line (一、综合 ⏎ 初步核算，全年全县地区生产总值（GDP） ⏎
    286.47亿元，按不变价格计算， ⏎ 比上年增长5.6%。…)? It sits right under the section's heading (display type
    is never set there), ends on its subject waiting for its value (:data:`AWAITING_VALUE`), ``pieces[k]``
    opens on a quantity (a number not read as a date) not exclaimed (86.5亿元！ is display type), and the
    sentence closes within :data:`CLAUSE_CLOSE_LINES` lines, before any lead or bullet (class: a value wrapped
    onto the next line under a wide first line)."""
    if k < 2 or pieces[k - 2].role != "text" or not HEADING.match(pieces[k - 2].text.strip()):
        return False
    prev, piece = pieces[k - 1].text.strip(), pieces[k].text.strip()
    value = _WRAPPED_VALUE.match(piece)
    if not INTERNAL_PUNCT.search(prev) or not AWAITING_VALUE.search(fold(prev)) or not value or is_lead(piece) \
            or piece[value.end():].startswith(("！", "!")):
        return False
    for p in pieces[k:k + CLAUSE_CLOSE_LINES]:
        if p.role != "text" or (p is not pieces[k] and (is_lead(p.text) or BULLET_START.match(p.text))):
            return False
        if _SENTENCE_END.search(p.text):
            return True
    return False


WIDE_MEASURE_SLACK = 1.0
"""Em by which two lines set wider than the column may differ and still share one wider measure."""


def _wide_prose_runs_on(pieces: list[_Line], k: int, local: list[float]) -> bool:
    """On a page without blank lines, does ``pieces[k]`` go on with the prose of the line above, both set
    at one measure wider than the column (within :data:`WIDE_MEASURE_SLACK` em), the line above prose by
    :func:`_clause_runs_on`? A photo's caption set across columns wraps at its own measure (3月2日，某某在
    田间 ⏎ 调试插秧机。今年…), one paragraph, not a headline over a line of its own (class: wide caption)."""
    prev, piece = pieces[k - 1], pieces[k]
    return _over_column(prev, local[k - 1]) and abs(prev.width - piece.width) <= WIDE_MEASURE_SLACK \
        and _clause_runs_on(pieces, k - 1)


ROLE_CREDIT_LINE = re.compile(r"^[（(](?=[^（()）]*(?:" + ROLE + r"))[^（()）]{3,30}[）)]$")
"""A story's closing credit on a line of its own, naming its writers by role (（本报记者 王一 通讯员 李二）)."""


def _role_credit_closes(pieces: list[_Line], k: int) -> bool:
    """Is ``pieces[k - 1]`` a closing credit with roles (:data:`ROLE_CREDIT_LINE`) right after a sentence's
    end? It ends its story's text: the next line (a caption, a headline, another story) never runs on from it."""
    if k < 2 or pieces[k - 1].role != "text":
        return False
    return bool(ROLE_CREDIT_LINE.match(pieces[k - 1].text.strip())) and bool(TERMINAL.search(pieces[k - 2].text.rstrip()))


def _dash_deck_above(pieces: list[_Line], k: int) -> bool:
    """On a page without blank lines, a dash deck (``——某村发展某业见闻``) under a line that ends no
    clause (its headline) is a line of its own: it ends no sentence and holds no clause mark, so the
    line after it opens the body, not more of the deck (prose wrapped after a dash ends on a mark)."""
    deck = pieces[k - 1].text.strip()
    if k < 2 or not deck.startswith(("——", "—")) or INTERNAL_PUNCT.search(deck) or re.search(r"[。！？!?…]", deck):
        return False
    above = pieces[k - 2].text.rstrip()
    return not CONTINUING.search(above) and not INTERNAL_PUNCT.search(above[-1:])


ECHO_ABOVE = 0.7
ECHO_WINDOW = 24
"""A line whose character pairs mostly (this share) occur in the ``ECHO_WINDOW`` lines above it restates them."""


def _pairs(text: str) -> set[str]:
    return {a + b for a, b in zip(text, text[1:]) if "\u4e00" <= a <= "\u9fff" and "\u4e00" <= b <= "\u9fff"}


def _echoes_above(pieces: list[_Line], k: int) -> bool:
    own = _pairs(pieces[k].text)
    if not own:
        return False
    above = _pairs("".join(p.text.strip() for p in pieces[max(0, k - ECHO_WINDOW):k]))
    return len(own & above) >= ECHO_ABOVE * len(own)


OPEN_CLAUSE = re.compile(r"[，,、]$")
"""A line ending on a comma leaves its clause open: the line under it carries the clause on, never a headline."""

CLAUSE_CLOSE_LINES = 2
"""How many lines under a wide line with a clause mark may finish its sentence (…预计，下半年全市外贸 ⏎
将保持稳中向好态势，全年进出口总值 ⏎ 有望突破千亿元。): prose wrapped, not a headline set wide."""


def _clause_runs_on(pieces: list[_Line], k: int) -> bool:
    """On a page without blank lines, is ``pieces[k]`` (wider than its column) prose: a clause mark inside
    it, and its sentence ends within :data:`CLAUSE_CLOSE_LINES` text lines under it (no lead, marker or
    furniture between)? A headline with a comma (某某下跌1.2%，某某回落) ends no sentence under it."""
    if not INTERNAL_PUNCT.search(pieces[k].text.strip()[:-1]):
        return False
    for p in pieces[k + 1:k + 1 + CLAUSE_CLOSE_LINES]:
        if p.role != "text" or is_lead(p.text) or BULLET_START.match(p.text):
            return False
        if TERMINAL.search(p.text.rstrip()):
            return True
    return False


def _clause_carried(prev: _Line, cur: _Line) -> bool:
    """On a page without blank lines, does ``cur`` carry on the clause ``prev`` left open on a comma
    (7月18日0800时至7月20日1800时， ⏎ “某某9”轮将在…), however much wider it is set? A line ending on a
    comma is never a headline's or a signature's, so no item ends there; only a new frame, a lead, a ●
    item or a numbered heading opens one."""
    t = cur.text.strip()
    return bool(OPEN_CLAUSE.search(prev.text.rstrip())) and prev.role == cur.role == "text" and not cur.frame_start \
        and not is_lead(t) and not BULLET_START.match(t) and not HEADING.match(t) and not NUMBERED_START.match(t) \
        and not CAPTION_START.match(fold(t))  # 图为… is a caption printed inside the column, not the clause's end


def _over_column(line: _Line, col: float) -> bool:
    """In a page without blank lines, a line wider than the column around it that ends no sentence
    and no clause is display type (a headline or a deck set across columns): a line of its own."""
    tail = line.text.rstrip()
    return line.width > col + 1.5 and not TERMINAL.search(tail) and not CONTINUING.search(tail)


_FIGURE_END = re.compile(r"[0-9０-９][%％]$")
_AFTER_FIGURE = HEDGES_AFTER + ("的",)


def _figure_headline(prev: _Line, cur: _Line) -> bool:
    """In a page without blank lines, a line with no punctuation that ends on a percentage
    (``8月江东铝锭均价环比上涨2.9%``) is a headline of its own, however wide: prose puts a mark, a
    hedge (以上, 左右) or 的 after a figure before it goes on, and a headline line has no marks."""
    tail = prev.text.strip()
    if not _FIGURE_END.search(tail) or INTERNAL_PUNCT.search(tail) or re.search(r"[。！？!?…—（(]", tail):
        return False
    return not cur.text.strip().startswith(_AFTER_FIGURE) and not _NEXT_FIGURE.match(cur.text.strip())


_NEXT_FIGURE = re.compile(r"^(?:和|与|及|或|至|到|、)\s*[0-9０-９]")
"""A line opening on a conjunction or a range word and the next figure (和31.2%。, 至15%，): a list or range of figures
wrapped after its first, the same sentence."""


def _title_end(text: str) -> bool:
    """Does a document's printed title end on this line (…统计公报, or its qualifier （摘要） under it)?"""
    t = fold(text.strip())
    return bool(TITLE_QUALIFIER.match(t)) or (bool(DOCUMENT_TITLE.search(t)) and not re.search(r"[，,。；;！？]", t))


def _bracketed_line(line: _Line) -> bool:
    """A line that is one note in brackets (（2021年3月12日…审议通过）), not a title's qualifier (（摘要）)."""
    t = line.text.strip()
    return t[:1] in "（(" and t[-1:] in "）)" and bool(BRACKETED.match(t)) and not TITLE_QUALIFIER.match(t)


COMMENTARY_LABEL_LINE = re.compile(r"^(?:" + COMMENTARY_LABEL + r")$")
"""A commentary's label on a line of its own (短评): it opens the stack below, never ends the one above."""

BRACKETED = re.compile(r"^[（(][^（()）]{6,}[）)]$")


STACK_RUN_MAX = 3
"""A headline stack over a blank line is at most this many lines (a paragraph cut by a column is longer,
or shows a mark)."""


WIDER_THAN_COLUMN = 3
"""A line at least this many characters wider than the text column is set across more than it."""


def _set_wider(run: list[_Line], cur: _Line, main_col: float) -> bool:
    """After a blank line, a line wider than the text column and than the paragraph's own lines (a
    caption under a wide photo, 1月5日，某县召开… 本报记者 某某 摄) does not go on that paragraph."""
    return len(run) >= 2 and cur.width >= max(main_col, max(p.width for p in run)) + WIDER_THAN_COLUMN


SALUTATION_LINE = re.compile(r"^\s*(?:" + SALUTATION + r")\s*[：:]")
"""A line opening on a salutation (各位代表：): the first words of a speech or a report read out."""


def _continues_across_gap(run: list[_Line], cur: _Line, main_col: float, recent: list[float], unclosed: bool) -> bool:
    """Is the blank line between ``run[-1]`` and ``cur`` a column break inside a sentence?

    Yes when a parenthesis is still open, or the previous line ends on a comma-like mark;
    or when it ends no sentence and ran to its column's edge (allowing two em of indent
    on a paragraph's first line). A single line alone is too little evidence of a
    column: only its punctuation counts, unless it is a lead, which always runs on.
    """
    prev = run[-1]
    if cur.frame_start or cur.role != "text" or is_lead(cur.text):
        return False
    if _credit_after_sentence(prev, cur) and CREDIT_LINE.match(cur.text.strip()) and not is_display(prev.text) \
            and NAMES_ONLY.match(re.sub(r"[\s（()）]", "", cur.text)):
        return True  # …行稳致远。⏎⏎ （宗 岩）: a closing credit the layout set apart still closes the story above
    if is_display(prev.text) or is_display(cur.text) or CAPTION_START.match(fold(cur.text.strip())):
        return False  # display type is a headline; 图为… opens a caption
    if HEADING.match(cur.text.strip()):
        return False  # 一、明确目标 after a blank line is a heading, even after 各部门：
    if SALUTATION_LINE.match(fold(cur.text)):
        return False  # 各位代表： after a blank line opens a speech's text, under its speaker's line
    if COMMENTARY_LABEL_LINE.match(re.sub(r"\s", "", cur.text)):
        return False  # …增长4.8% ⏎⏎ 短评: a commentary's label opens the next stack
    if len(run) <= 3 and DOCUMENT_TITLE.search(fold("".join(p.text.strip() for p in run if not _bracketed_line(p)))):
        return False  # a document's printed title (关于…的意见), and the approval note under it, stand above its text
    if _set_wider(run, cur, main_col):
        return False  # a line set across more than the column after a blank line: a wide photo's caption
    tail = prev.text.rstrip()
    if SOURCE_CREDIT_LINE.match(re.sub(r"\s", "", fold(prev.text))):
        return False  # …数据来源：市统计局 ⏎⏎ 某某创新高: a source line closes its box or table
    if TERMINAL.search(tail) or CLOSING_CREDIT_END.search(tail) or BULLET_START.match(cur.text):
        return False  # a sentence's end, a closing credit （王普）, or the next ● item of a briefs column
    if _credit_paragraph_ends(run):
        return False  # …居全省前列。⏎ （融媒记者 某 某） ⏎⏎ 某某超千亿元: the credit closes its story
    if MARKED_HEAD.match(prev.text.strip()):
        return False  # …比上年提高0.9个百分点。⏎ ▲某某创新高 ⏎⏎ 9月26日，…: a marked headline ends its item
    if len(run) == 2 and MARKED_HEAD.match(run[0].text.strip()) and MARKED_HEAD.match("■" + tail.strip()):
        return False  # ■前8月新登记市场 ⏎ 主体超1.2万户 ⏎⏎ 记者从…: a marked headline wrapped once ends there too
    if unclosed or CONTINUING.search(tail):
        return True
    if len(run) == 1:
        return is_lead(prev.text)  # 本报讯（记者 …）6月1 ⏎⏎ 日，…: a lead runs on into its story
    if len(run) <= STACK_RUN_MAX and not any(re.search(r"[，,、；;：:。！？!?]", p.text) for p in run + [cur]):
        return False  # a stack of headline lines, none with a mark, then another: a blank line between items
    if _reads_as_list(run + [cur]):
        return False  # a list's rows, then a blank line: the list (or its part) ends there
    col = _column(recent)
    ref = col if col is not None and col >= 0.75 * main_col else main_col
    starts_paragraph = bool(TERMINAL.search(run[-2].text.rstrip()))
    return prev.width >= ref - 2 - (2 if starts_paragraph else 0)


CREDIT_ALONE = re.compile(r"^[（(][\u4e00-\u9fff\s]{2,24}[）)]$")
"""A line that is only a bracketed credit: the writers' names, with their roles or not (（融媒记者 某 某）)."""


def _credit_paragraph_ends(run: list[_Line]) -> bool:
    """Does ``run`` end on a closing credit on a line of its own (a name, or roles and names: 记者, 通讯员),
    right under a line that ends a sentence? Then the story ends there, whatever follows a blank line."""
    last = run[-1].text.strip()
    if len(run) < 2 or not TERMINAL.search(run[-2].text.rstrip()) or not CREDIT_ALONE.match(last):
        return False
    return bool(CREDIT_LINE.match(last) or re.search(r"记者|通讯员|摄影", last))


CLAUSE_BREAK = re.compile(r"[，,；;：:。！？!?]")
"""A mark that ends or breaks a clause: no list's entry holds one (an entry may hold a 、)."""
LIST_ROWS_MIN = 4
"""A list (names and their units, one a line) runs at least this many rows: more than a stack."""


def _reads_as_list(lines: list[_Line]) -> bool:
    """Are ``lines`` a list's rows (万某 某街道社区志愿者 ⏎ 龙某 退休教师、某某发起人 …): many lines, none
    with a mark that ends or breaks a clause (a list's entry may hold a 、), of unequal widths (a row
    ends where its entry does; a wrapped paragraph runs each line to its column's edge)?"""
    return reads_as_list([p.text for p in lines], [p.width for p in lines])


def reads_as_list(texts: list[str], widths: list[float] | None = None, least: int = LIST_ROWS_MIN + 1) -> bool:
    """Are ``texts`` (one a line) a list's rows as :func:`_reads_as_list` reads them: at least ``least`` lines,
    none with a clause mark, of unequal widths (``widths`` if measured, else each text's)?"""
    ws = sorted(widths if widths is not None else [line_width(t) for t in texts])
    return len(texts) >= least and ws[0] < ws[-1] - 2 and not any(CLAUSE_BREAK.search(t) for t in texts)


def _depth(text: str, depth: int) -> int:
    """Parenthesis depth after ``text``, starting from ``depth`` (unmatched closers ignored)."""
    for ch in text:
        if ch in "（(《":
            depth += 1
        elif ch in "）)》" and depth:
            depth -= 1
    return depth


def _main_column(pieces: list[_Line]) -> float:
    """The page's body column: the commonest width of lines followed by another line of the same block.

    A page with no such line (every block one line long) has no wrapped line to measure a
    column by; its text lines' median width stands in (0.0 for a page with no text at all).
    """
    widths = [round(a.width) for a, b in zip(pieces, pieces[1:]) if not b.gap_before and a.role == b.role == "text"]
    if not widths:
        text = [p.width for p in pieces if p.role == "text"]
        return float(statistics.median(text)) if text else 0.0
    return float(statistics.mode(widths))


COLUMN_WINDOW = 8
"""A paragraph's column is measured over its last few lines (a column is a local thing)."""


def units(edition: Edition, first: int = 1, last: int | None = None) -> list[TextUnit]:
    """The edition's lines ``first..last`` (default: all) as units in file order (see module doc)."""
    pieces = _pieces(edition, first, last)
    main_col = _main_column(pieces)
    out: list[TextUnit] = []
    run: list[_Line] = []
    depth = 0  # open parentheses in the running paragraph

    def flush() -> None:
        nonlocal depth
        if run:
            out.append(_text_unit(edition, run, main_col))
            run.clear()
        depth = 0

    raw_style = len(pieces) > 1 and not any(p.gap_before for p in pieces)
    local = _local_columns(pieces) if raw_style else []
    for k, piece in enumerate(pieces):
        if piece.role != "text":
            flush()
            span = Span(piece.number, piece.start, piece.end)
            if k and (not piece.gap_before or piece.furniture == pieces[k - 1].furniture == "psa") \
                    and _one_item(pieces[k - 1], piece) and not _name_under_folio(pieces, k):
                out[-1].spans.append(span)  # an advertisement's lines, a masthead's lines: one item
                out[-1].text = spans_text(edition, out[-1].spans)
                continue
            kind = "furniture" if piece.role == "ad" else piece.role
            out.append(TextUnit(kind, [span], text=join_lines([piece.text]), gap_before=piece.gap_before,
                                frame_start=piece.frame_start, match=piece.match, furniture=piece.furniture))
            continue
        if run and _hint(edition, run[-1].number) != _hint(edition, piece.number):
            flush()  # the page's geometry tells a headline from body text (a PDF edition)
        if run:
            prev = run[-1]
            recent = [p.width for p in run[-COLUMN_WINDOW:]]
            if piece.gap_before:
                joined = _continues_across_gap(run, piece, main_col, recent, depth > 0) and not _teaser_ahead(pieces, k) \
                    and not _caption_ahead(pieces, k)
            else:
                col = _column(recent + [piece.width]) if len(run) > 1 else None
                joined = _label_text_wraps(pieces, k) or (_continues_in_block(prev, piece, col, first_of_para=len(run) == 1)
                                                          and not (len(run) == 1 and _title_under_label(pieces, k))
                                                          and not (len(run) == 1 and _heads_teasers(prev, pieces, k)))
                if joined and raw_style and depth == 0 and not is_lead(prev.text):
                    joined = not _raw_break(pieces, k, local, first=len(run) == 1)
                joined = joined or (raw_style and (_clause_carried(prev, piece) or _figure_cut_from_unit(prev, piece)
                                                   or (_brief_runs_to_credit(pieces, k) and CLAUSE_BREAK.search(piece.text))))
                # (…主桥顺利合龙。 ⏎ 大桥全长1.26公里，… ⏎ （周 航）: a ● brief's second paragraph, up to its credit)
            if not joined:
                flush()
        run.append(piece)
        depth = _depth(piece.text, depth)
    flush()
    classified = _classify(edition, out, main_col, raw_style)
    return _one_line_heads(edition, classified) if raw_style else classified


TEASER_COLUMN_HEAD = re.compile(r"^[\u4e00-\u9fff]{0,4}(?:" + alternation("page_furniture", kind="teaser_column") + r")$")
"""A teaser column's heading (今日导读, 要闻导读, 本期看点): a short word ending on the column's name."""


def _heads_teasers(prev: _Line, pieces: list[_Line], k: int) -> bool:
    """Is ``prev`` a teaser column's heading (:data:`TEASER_COLUMN_HEAD`) right over the column's first
    teaser block (代表热议某某 ⏎ 详见2版)? Then it heads the column; the teaser's headline is not wrapped from it."""
    return bool(TEASER_COLUMN_HEAD.match(re.sub(r"\s", "", prev.text))) and _teaser_ahead(pieces, k)


TEASER_BLOCK_LINES = 3
"""A teaser printed inside a column is a headline line or two (a dash deck under it) over its pointer."""


def _teaser_ahead(pieces: list[_Line], k: int) -> bool:
    """Do the lines from ``k`` make a teaser's block: a short headline line or two with no clause mark, then
    its pointer (详见3版), no blank line between? Set inside a column (…占规 ⏎⏎ 某某的“开工第一天” ⏎ ——新春走
    基层 ⏎ 详见3版 ⏎⏎ 模以上…), it interrupts a sentence the text carries on after it, never continues it."""
    for n, p in enumerate(pieces[k:k + TEASER_BLOCK_LINES + 1]):
        if n and p.gap_before:
            return False
        if p.role == "teaser_ref":
            return n > 0
        text = p.text.strip()
        if p.role != "text" or len(text) > POINTER_HEAD_MAX or re.search(r"[，,、；;。！？!?…]", text):
            return False
    return False


CAPTION_BLOCK_LINES = 6
"""A photo's caption printed inside a column is at most this many lines of text over its credit."""


CAPTION_DAY_OPENING = re.compile(r"^[0-9]{1,2}月[0-9]{1,2}日[，,]")
"""A caption's first words: the day the photo was taken (2月25日，…), a sentence's start."""


def _caption_ahead(pieces: list[_Line], k: int) -> bool:
    """Do the lines from ``k``, after a blank line, make a photo's caption block: a few lines of text closed by a
    photo credit (…观摩托育服务。 ⏎ 本报记者 某某 摄), no blank line between? Set inside a column (…托位数达到4.5个， ⏎⏎
    2月25日，与会人员在… ⏎ 本报记者 某某 摄 ⏎⏎ 到2027年达到5个…), it interrupts a sentence the text carries on
    after it, never continues it (class: document text interrupted mid-sentence by a photo caption). The block
    opens on the day the photo was taken (:data:`CAPTION_DAY_OPENING`): a caption's own second half after a
    column break (…一季 ⏎⏎ 度，某港完成… ⏎ 本报记者 某某 摄) opens mid-sentence and goes on its first."""
    if not CAPTION_DAY_OPENING.match(fold(pieces[k].text.strip())):
        return False
    for n, p in enumerate(pieces[k:k + CAPTION_BLOCK_LINES + 1]):
        if n and p.gap_before:
            return False
        if p.role == "credit":
            return n > 0
        if p.role != "text":
            return False
    return False


def _name_under_folio(pieces: list[_Line], k: int) -> bool:
    """An inside page's header (6 ⏎ 某某日报 ⏎ 2024年5月14日 星期二): under the folio, the paper's
    name stands alone and the date line under it is an item of its own (the front page's masthead
    block, with lines under the name, still takes its date line). So does a page header of the paper's name on
    the page's first line right over a one-line date line (某某日报 ⏎ 2024年3月12日 星期二): the date its own item;
    a date with its lunar date or the page count on lines under it (农历… ⏎ 今日12版) is a front page's masthead block."""
    if k < 1 or pieces[k].furniture != "date" or pieces[k - 1].furniture != "masthead":
        return False
    if k >= 2:
        return pieces[k - 2].furniture == "page"
    below = pieces[k + 1] if k + 1 < len(pieces) else None
    return below is None or below.gap_before or below.furniture not in ("date", "page_count")


def _one_item(prev: _Line, cur: _Line) -> bool:
    """Do two adjacent furniture lines make one item? An advertisement's lines do (with the risk line
    printed under it), a disclaimer's lines do, a masthead and the lines under it do, a date line and
    the lunar date under it do; an
    advertisement does not join the disclaimer above it."""
    if prev.role == "ad" and cur.role == "ad":
        return not (prev.furniture == "disclaimer" and cur.furniture == "ad")
    if prev.role == "credit" and cur.role == "credit" and cur.match is None:
        return True  # …人次。 新华 ⏎ 社记者 齐 远 摄: one photo credit wrapped over two lines
    if prev.role == "cont" and cur.role == "cont" and prev.match is None and cur.match is None:
        return True  # （下转 ⏎ 4版）: one continuation mark broken over two lines
    if prev.furniture == cur.furniture == "serial":
        return True  # 国内统一连续出版物号 CN 00-0000 ⏎ 第1234期: the masthead's numbers, one piece
    if prev.furniture == cur.furniture == "prompt" and bare_prompt(prev.text):
        return True  # 扫描二维码 ⏎ 看灯会直播: one QR-code prompt, what it leads to under it
    if prev.furniture == cur.furniture == "weather_box":
        return True  # 今日大寒 ⏎ 多云转阴 ⏎ 气温8℃～13℃: one weather box
    if prev.furniture == cur.furniture == "date" or (prev.furniture == "date" and cur.furniture == "page_count"):
        return True  # 2019年5月14日 星期二 ⏎ 农历己亥年四月初十 ⏎ 今日12版: one date line, the lunar date under it
    return prev.furniture in ("masthead", "date") and cur.furniture in ("masthead", "date") \
        and "masthead" in (prev.furniture, cur.furniture)


def _one_line_heads(edition: Edition, us: list[TextUnit]) -> list[TextUnit]:
    """On a page without blank lines, each line of a headline stack is an item of its own (kicker,
    headline, deck): nothing tells a wrapped headline from two decks there."""
    out: list[TextUnit] = []
    for u in us:
        if u.kind != "head" or len({s.line for s in u.spans}) < 2:
            out.append(u)
            continue
        for line in sorted({s.line for s in u.spans}):
            spans = [s for s in u.spans if s.line == line]
            out.append(TextUnit("head", spans, text=spans_text(edition, spans)))
    return out


def _text_unit(edition: Edition, run: list[_Line], main_col: float) -> TextUnit:
    spans = [Span(p.number, p.start, p.end) for p in run]
    return TextUnit("para", spans, text=spans_text(edition, spans), gap_before=run[0].gap_before,
                    frame_start=run[0].frame_start)


LEAD = re.compile(
    r"^(?:" + PAPER_SOURCE + r"|(?:" + ORG + r")[\u4e00-\u9fff]{0,8}?\d{1,2}\s*月\s*\d{1,2}\s*日\s*电"
    r"|据(?:" + WIRE_SERVICE + r")|(?:" + WIRE_SERVICE + r")(?:电|消息)|" + REPORTED_LEAD + r")"
)
"""A story's lead: 本报讯, an agency's or this paper's dateline (新华社北京4月21日电), or a
wire service named as the source (据新华社电, 新华社消息)."""


def is_lead(text: str) -> bool:
    return bool(LEAD.match(fold(text.lstrip())))


CLAUSE_SEMICOLON = re.compile(r"[；;]")
"""A semicolon: it parts the clauses of one sentence (a list of items, of coordinates), and no headline has one."""


def _classify(edition: Edition, us: list[TextUnit], main_col: float, raw_style: bool = False) -> list[TextUnit]:
    """Mark text units that look like headlines (``head``) rather than body (``para``)."""
    for i, u in enumerate(us):
        if u.kind != "para":
            continue
        seen = {_hint(edition, s.line) for s in u.spans}
        if seen and None not in seen:  # read from a PDF: the type size decided (see _hint)
            u.kind = "head" if seen == {"head"} else "para"
            continue
        lines = [s.text(edition) for s in u.spans]
        widths = [line_width(s) for s in lines]
        if is_lead(u.text) or _rows_announced(edition, us[i - 1] if i else None, lines):
            continue
        if not raw_style and _exclaimed_over_lead(u, us[i - 1] if i else None, us[i + 1] if i + 1 < len(us) else None):
            u.kind = "head"  # 谁来守护“一老一小”？ ⏎⏎ 本报讯…: a headline ending on ？, ！ or …… over its story's lead
            continue
        if raw_style and _numbered_list_goes_on(edition, us[i - 1] if i else None, lines):
            continue
        if _question_over_deck(u, us[i + 1] if i + 1 < len(us) else None):
            u.kind = "head"  # 如何看待上半年经济“成绩单”？ ⏎⏎ ——某某发言人答记者问: a question set as a headline
            continue
        if _unmarked_stack(lines):
            u.kind = "head"  # three or more lines without a single mark: a stack of headlines, not prose
            continue
        if len(lines) >= 3 or TERMINAL.search(u.text) or "。" in u.text or u.text.endswith(("：", ":")):
            continue  # a headline ends on no sentence mark and no colon (各部门： opens a text)
        if raw_style and _clause_cut_on_raw_page(u.text):
            continue
        if len(lines) == 2 and HEADING.match(u.text.strip()):
            u.kind = "head"  # 一、充分肯定…发展 ⏎ 成就: a numbered heading wrapped, its 、 no clause mark
            continue
        if len(lines) == 2 and widths[0] >= 0.8 * main_col and INTERNAL_PUNCT.search(lines[0]) \
                and not _dash_deck(lines):
            continue
        col = (_column_of(edition, us[i - 1]) if i and us[i - 1].kind == "para" else None) or main_col
        if len(lines) == 2 and widths[0] >= col - 1 and SENTENCE_PUNCT.search(lines[1]) \
                and not ((QUOTED_LINE.match(lines[1].strip()) or _dash_deck(lines)) and not INTERNAL_PUNCT.search(lines[0])):
            continue  # a line that fills the text's column, then more of a sentence: prose cut by a column break
            # (not a line with no clause mark over a dash deck that ends no sentence: a headline and its deck)
        u.kind = "head"
    return _join_split_heads(edition, _first_lines_rejoined(edition, us, main_col))


def _clause_cut_on_raw_page(text: str) -> bool:
    """On a ``-raw`` page, is a short unit a piece of text, not a headline: a line left open on a comma
    (…有关负责人介绍，上半年， ⏎ 图为…: text cut by a caption), or one holding a semicolon, which parts a
    sentence's clauses and no headline's (（2）26°31′12″N， ⏎ 120°06′18″E；（3）)?"""
    return bool(OPEN_CLAUSE.search(text.rstrip()) or CLAUSE_SEMICOLON.search(text))


def _first_lines_rejoined(edition: Edition, us: list[TextUnit], main_col: float) -> list[TextUnit]:
    """A one-line "headline" with internal punctuation that a blank line separates from body
    text is the first line of that body's paragraph, cut off by a column break: joined to it."""
    merged: list[TextUnit] = []
    i = 0
    while i < len(us):
        u = us[i]
        nxt = us[i + 1] if i + 1 < len(us) else None
        if (u.kind == "head" and _hint(edition, u.first_line) is None and len(u.spans) == 1
                and INTERNAL_PUNCT.search(u.text) and not HEADING.match(u.text) and not _listing_heading(u.text, main_col)
                and not TERMINAL.search(u.text) and nxt is not None and nxt.kind == "para"
                and not nxt.frame_start and not is_lead(nxt.text) and not CAPTION_START.match(fold(nxt.text.strip()))
                and line_width(u.spans[0].text(edition)) <= (_column_of(edition, nxt) or main_col)
                and not _deck_under_head(merged, u)):
            spans = u.spans + nxt.spans
            merged.append(TextUnit("para", spans, text=spans_text(edition, spans), gap_before=u.gap_before,
                                   frame_start=u.frame_start))
            i += 2
            continue
        merged.append(u)
        i += 1
    return merged


def _deck_under_head(before: list[TextUnit], u: TextUnit) -> bool:
    """Is ``u`` a dash deck (——今年预计…，比上年…) set under a headline unit, a blank line between? It is
    that stack's subheadline, not the first line of the paragraph under it cut off by a column break
    (class: a dash deck under a headline printed after its story, over a photo's caption)."""
    return bool(before) and before[-1].kind == "head" and u.text.strip().startswith(("——", "—"))


LISTING_HEADING = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])"
                             r"[^，,、；;：:。！？!?\s]+(?:、[^，,、；;：:。！？!?\s]+)+$")
"""A numbered heading that lists its topics (七、交通、邮电和旅游): its 、 part words, not clauses."""


def _listing_heading(text: str, col: float) -> bool:
    """Is ``text`` a numbered heading listing its topics, set well short of the column (prose cut by
    a column break runs to the column's edge)? Then it is the heading over the paragraph below it."""
    t = text.strip()
    return bool(LISTING_HEADING.match(t)) and line_width(t) < 0.8 * col


def _dash_deck(lines: list[str]) -> bool:
    """A line over a dash deck (``——记…``, ``——…见闻（一）``) with no sentence's end: a headline and
    its subheadline, even when the line above carries a colon (``某村：…``) and fills the column."""
    return len(lines) == 2 and lines[1].strip().startswith(("——", "—")) and not TERMINAL.search(lines[1].strip())


QUESTION_HEAD = re.compile(r"^[^，,、；;：:。！!…]+[？?]$")
"""A question with no clause mark: one a headline asks (如何看待上半年经济“成绩单”？)."""


def _question_over_deck(u: TextUnit, nxt: TextUnit | None) -> bool:
    """Is ``u`` one line asking a question, no clause mark in it, right over a dash deck (——某某答记者问)?
    Then it is the headline the deck hangs from, though it ends on a sentence mark: a question a
    paragraph asks runs on into its answer, and no text paragraph is followed by a dash deck."""
    return len(u.spans) == 1 and bool(QUESTION_HEAD.match(u.text.strip())) and nxt is not None \
        and nxt.text.strip().startswith(("——", "—")) and not TERMINAL.search(nxt.text.strip())


EXCLAIMED_HEAD = re.compile(r"^[^。；;]{4,30}?(?:[？?！!]|…{1,2}|……)[”’」』]?$")
"""A line ending on a question, an exclamation or an ellipsis, and on no full stop or semicolon
(稳就业，我们在行动！, 春风十里，不如“村BA”……): a display line may close on such a mark."""


def _exclaimed_over_lead(u: TextUnit, prev: TextUnit | None, nxt: TextUnit | None) -> bool:
    """Is ``u`` one line closing on ？, ！ or …… (:data:`EXCLAIMED_HEAD`) set right over a story's
    lead (本报讯, 新华社…电) with no story's text above it (the page's top, a kicker or headline line, a jump
    line)? Then it is that story's headline, though it ends on a sentence mark (class: headline closing on a
    question or exclamation). Under a paragraph of text the line is that story's last words (这样的好事，何乐
    而不为？), and a whole quotation (“…！”) or a caption (图为…！) heads nothing."""
    t = u.text.strip()
    return (len(u.spans) == 1 and bool(EXCLAIMED_HEAD.match(t)) and not is_lead(u.text)
            and nxt is not None and is_lead(nxt.text) and not _body_above(prev)
            and not QUOTED_WHOLE.match(t) and not CAPTION_START.match(fold(t)))


QUOTED_WHOLE = re.compile(r"^[“「『][^“”「」『』]+[”」』]$")
"""A line that is one whole quotation (“我们的日子越过越好！”): somebody's words, not a display line."""


def _body_above(prev: TextUnit | None) -> bool:
    """Is ``prev`` (the unit above a line) a paragraph of text or a box's label (【编者按】) whose text the
    line is, not a display line or a jump line (（下转2版）)?"""
    return prev is not None and prev.kind in ("para", "label")


ROW_ITEMS_MIN = 3
"""A row of a list set across the column (names, places) holds at least this many items."""
ROW_ITEM = re.compile(r"^[\u4e00-\u9fff·]{1,6}$")


def _rows_announced(edition: Edition, prev: TextUnit | None, lines: list[str]) -> bool:
    """Are ``lines`` rows of a list that the text right above announces on a colon (…名单公示如下： ⏎
    甲一鸣 乙二川 丙 三 ⏎ 丁四海 …), or more rows under such a row: each line at least
    :data:`ROW_ITEMS_MIN` short items parted by spaces, no mark? They are that text's, not headlines."""
    if prev is None or prev.kind != "para" or not all(_list_row(line) for line in lines):
        return False
    above = prev.spans[-1].text(edition)
    return prev.text.rstrip().endswith(("：", ":")) or _list_row(above)


LIST_ITEM = re.compile(r"^(?:(\d{1,2})[.．]|[（(](\d{1,2})[）)])(?!\d)")
"""A numbered item of a list a text announces: 1.…, （2）… (not 1.5亿元, a figure)."""


def _item_number(line: str) -> int | None:
    m = LIST_ITEM.match(line.strip())
    return int(m.group(1) or m.group(2)) if m else None


def _numbered_list_goes_on(edition: Edition, prev: TextUnit | None, lines: list[str]) -> bool:
    """On a page without blank lines, lines of a numbered list the text announces on a colon (…分别是：
    ⏎ 1.新增普惠托位1200个 ⏎ 2.改造老旧小区86个 ⏎ …): the announcing line ends on the colon (in this unit
    or the paragraph above), every other line is an item numbered one more than the item before. They
    are the story's text, not a stack of headlines (class: numbered list announced by a colon)."""
    if prev is None or prev.kind != "para":
        return False
    above = prev.spans[-1].text(edition).strip()
    if lines[0].strip().endswith(("：", ":")):
        above, lines = lines[0].strip(), lines[1:]
    if not lines:
        return False
    want = 1 if above.endswith(("：", ":")) else (_item_number(above) or 0) + 1
    for k, line in enumerate(lines):
        if _item_number(line) != want + k:
            return False
    return want > 1 or above.endswith(("：", ":"))


def _list_row(line: str) -> bool:
    """Is ``line`` a row of :data:`ROW_ITEMS_MIN` or more short unmarked items parted by spaces?"""
    items = line.split()
    return len(items) >= ROW_ITEMS_MIN and all(ROW_ITEM.match(x) for x in items)


def _unmarked_stack(lines: list[str]) -> bool:
    """Three or more lines none of which has a punctuation mark: prose puts a mark every dozen
    characters or so, a stack of headlines (one a line) none. A block that ends on a full date is
    who signs what and when (an issuer block, a notice's signature), not headlines."""
    return (len(lines) >= 3 and not any(re.search(r"[，,、；;：:。！？!?…]", t) for t in lines)
            and not DATE_END.search(fold(lines[-1].strip())))


def _hint(edition: Edition, line: int) -> str | None:
    """Line ``line``'s role as a PDF page's geometry sees it (``head`` for headline type, else body,
    caption, box; :mod:`frontpage.parse.pdf`), reduced to head or not; None for a text edition or a
    line given no role (a blank line)."""
    hints = edition.hints
    if not hints or not hints[line - 1]:
        return None
    return "head" if hints[line - 1] in ("head", "subhead") else "text"


def hinted(edition: Edition, u: TextUnit) -> str | None:
    """The role a PDF edition's geometry gives every line of unit ``u`` (head, subhead, body,
    caption, box; :mod:`frontpage.parse.pdf`), or None: a text edition, lines of mixed roles, or a
    line given no role."""
    hints = edition.hints
    if not hints:
        return None
    roles = {hints[s.line - 1] for s in u.spans}
    return roles.pop() if len(roles) == 1 and "" not in roles else None


def opens_story(edition: Edition, u: TextUnit) -> bool:
    """Is headline unit ``u`` set in a story headline's type (a PDF edition: well above the body
    size), so that it opens a story rather than heading a section inside the running one?"""
    return hinted(edition, u) == "head"


def _column_of(edition: Edition, u: TextUnit) -> float | None:
    return _column([line_width(s.text(edition)) for s in u.spans])


SPLIT_HEAD_WINDOW = 8000
"""How far (in characters) around a headline break to look for the phrase it may split."""


def _join_split_heads(edition: Edition, us: list[TextUnit]) -> list[TextUnit]:
    """Join a headline line to the next when a blank line split a phrase the page uses elsewhere.

    ``…补证换证、社会`` / ``保障卡应用状态查询等``: the four characters around the break
    (``社会保障``) occur elsewhere on the page (within ``SPLIT_HEAD_WINDOW`` characters, not across
    another blank line), so the break falls inside a phrase.
    """
    if not us:
        return us
    first = us[0].first_line
    # a blank line stays a break in the flat text: a phrase bridged only across another blank line (the
    # same heading-over-text layout repeated: …的提案 ⏎⏎ 建议… twice) is no evidence the page uses it
    lines = [line if line.strip() else "\n" for line in edition.lines[first - 1: us[-1].last_line]]
    flat = "".join(lines)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))
    out: list[TextUnit] = []
    for u in us:
        prev = out[-1] if out else None
        # a one-line fragment over a paragraph (…补贴性职业技 ⏎⏎ 能培训5万人次…): the sentence's first line
        fragment = prev is not None and prev.kind == "head" and u.kind == "para" and len(prev.spans) == 1 \
            and not is_lead(u.text) and hinted(edition, prev) is None
        if (prev is not None and (prev.kind == u.kind == "head" or fragment) and u.gap_before and not u.frame_start
                and hinted(edition, prev) == hinted(edition, u)  # a PDF edition: only type of one size
                and not TERMINAL.search(prev.text) and not re.search(r"[”’」』）)】》!！?？]$", prev.text)):
            if _bridged(edition, flat, starts[u.first_line - first], prev, u) and not _occasion_alone(prev):
                spans = prev.spans + u.spans
                out[-1] = TextUnit(u.kind, spans, text=prev.text + u.text, gap_before=prev.gap_before,
                                   frame_start=prev.frame_start, gap_joined=u.kind == "head")
                continue
        out.append(u)
    return out


def _bridged(edition: Edition, flat: str, at: int, prev: TextUnit, u: TextUnit) -> bool:
    """Do the two characters either side of the break between ``prev`` and ``u`` make a phrase the
    page uses elsewhere (within ``SPLIT_HEAD_WINDOW`` characters of ``at``)?"""
    bridge = prev.text[-2:] + u.text[:2]
    if len(bridge) != 4 or not _cjk(bridge):
        return False
    lo, hi = max(0, at - SPLIT_HEAD_WINDOW), at + SPLIT_HEAD_WINDOW
    # the break itself reads as the bridge once lines are joined, unless a blank line parts them (it stays a
    # break in ``flat``): look for another
    here = ("\n" if u.gap_before else "").join(s.text(edition).strip() for s in prev.spans[-1:] + u.spans[:1]).count(bridge)
    return flat.count(bridge, lo, hi) > here


def _occasion_alone(u: TextUnit) -> bool:
    """Is headline line ``u`` only the period or occasion a headline covers (前三季度, 端午假期, 1—5月:
    :data:`~frontpage.parse.lexicon.KICKER_OPENING`, nothing after it)? Set apart by a blank line over the
    headline, it is the stack's kicker, a tier of its own, though the text runs the two on (端午假期全县共接待…):
    the blank line is no break inside a phrase (class: period kicker over a headline)."""
    return OCCASION_ALONE.match(re.sub(r"\s", "", fold(u.text))) is not None


OCCASION_ALONE = re.compile(KICKER_OPENING.pattern + r"(?:" + alternation("holiday_heads") + r"|期间)?$")
"""A line that is only a period or occasion, its holiday head after it or not (双节假期, 前三季度)."""


def _cjk(s: str) -> bool:
    return all("\u4e00" <= c <= "\u9fff" for c in s)
