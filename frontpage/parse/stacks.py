"""Headline stacks: where one printed headline line ends a tier of its own.

A block of headline lines with no blank line between them is either one headline wrapped at
its measure (``一季度全县地区生产`` / ``总值增长5.6%``: joined, no space) or a stack of tiers
(kicker 引题, headline 主题, subheadline 副题), each a phrase complete in itself
(``临港产业园…集中开工`` / ``总投资…亿元``). The text alone tells them apart by the first
line's end and by the widths:

* a line wider than the one above it (by more than :data:`KICKER_MARGIN`) is not that line's
  wrap: a wrap's first line fills the headline's measure, the rest is no wider. The shorter
  line above is a kicker;
* a line that ends on a figure with its unit (``…演出326场``, ``…增长32.6%``, ``…两千亿元``) has finished its
  phrase, unless the next line carries the figure on (``以上``, ``左右``, ``的``);
* a line whose last characters and the next line's first ones stand in the page's text with a
  clause mark between them (the body restates ``…集中开工，总投资…``) ends a clause there; so
  does one whose end closes a clause in the page while the next line ends one too, the two
  never run on (``…集中开工。`` and ``…总投资56亿元，``).

Which tier is which (kicker, headline, subheadline) is decided later from the tiers' widths
and wording (:func:`frontpage.parse.articles._arrange_heads`).
"""

from __future__ import annotations

import re

from .layout import line_width
from .lexicon import CHANGE_IN, HEDGES_AFTER, MEASURE_LINE, PREDICATE_LINE, PRESIDER_LINE, ends_closed, ends_open, fold
from .reading import Edition
from .reflow import DOCUMENT_TITLE, TITLE_QUALIFIER, TextUnit, is_display, spans_text
from .segmenter import word_bounds
from ..vocabulary import alternation

KICKER_MARGIN = 1.5
"""A line this many em wider than the line above it is a tier of its own (the one above its
kicker); within it, widths say nothing (punctuation and digits make a wrap's rest a little wider)."""

FIGURE_END = re.compile(r"[0-9０-９](?:[%％]|(?![万亿千百年月日号]+$)[\u4e00-\u9fff]{1,3})$")
"""A line ending on a figure and its unit (``6800个``, ``45万人次``, ``32.6%``); a bare
magnitude (``38.6万``) or a date's year, month or day goes on in the next line."""

WORDED_FIGURE_END = re.compile(r"[零一二两三四五六七八九十百千万亿]{2,}[^\W\d_零一二两三四五六七八九十百千万亿年月日号]{1,2}$")
"""A line ending on a figure written in words and its unit (``两千亿元``, ``百万标箱``): a phrase
finished, as a figure in digits is; a magnitude alone (``两千亿``) goes on in the next line."""

BARE_FIGURE = re.compile(r"^[0-9０-９][0-9０-９.．,，]*(?:[%％]|[\u4e00-\u9fff]{1,3})?$")
"""A line that is a figure alone (``6524.3亿元`` over ``社会消费品零售总额``): a figure box's value
over its label, no kicker (see :mod:`frontpage.parse.articles` for boxes)."""

ECHO_TAIL = 3
ECHO_HEAD = 2
"""Characters of the upper line's end and of the lower line's start looked for with a clause
mark between them in the page's text (:func:`_restated_as_clauses`)."""

CLAUSE_TAIL = 4
"""Characters of the upper line's end that must close a clause somewhere in the page when the two
lines are restated apart."""

_CLAUSE_MARK = "[，,、；;：:。]"
_AFTER_FIGURE = HEDGES_AFTER + ("的",)
_DASH = ("——", "—", "--")
_BULLET = ("●", "•")


ECHO_WINDOW = 150
"""Lines either side of a headline searched for its restatement: most of a front page, so that a
stack printed at the foot of the page still finds its body, and a long edition is never read whole."""
_SPACE = re.compile(r"\s+")
_DIGIT = re.compile(r"[0-9０-９]")


def _page_text(edition: Edition, line: int) -> str:
    """The text around raw line ``line`` (:data:`ECHO_WINDOW`) with no line breaks and no spaces
    (a sentence reads across its lines)."""
    lo, hi = max(0, line - 1 - ECHO_WINDOW), min(len(edition.lines), line + ECHO_WINDOW)
    return _SPACE.sub("", "\n".join(edition.lines[lo:hi]))


def _restated_as_clauses(edition: Edition, upper: str, lower: str, line: int) -> bool:
    """Does the page around line ``line`` print the upper line's end and the lower line's start as
    two clauses (``…集中开工，总投资…``)? Then the headline lines are two tiers the body restates."""
    tail, head = upper[-ECHO_TAIL:], lower[:ECHO_HEAD]
    if len(tail) < ECHO_TAIL or len(head) < ECHO_HEAD:
        return False
    page = _page_text(edition, line)
    if re.search(re.escape(tail) + _CLAUSE_MARK + re.escape(head), page):
        return True
    # apart: the upper line's end closes a clause, the lower line is a clause's end, and the page
    # never runs the two on (``…集中开工。`` … ``总投资56亿元，``)
    return (re.search(re.escape(upper[-CLAUSE_TAIL:]) + _CLAUSE_MARK, page) is not None
            and re.search(re.escape(lower) + _CLAUSE_MARK, page) is not None
            and page.count(upper[-ECHO_HEAD:] + head) <= page.count(upper + lower))


DELIVERY_OPEN = re.compile(r"^(?:——|—|--)[^，。；]*在[^，。；上]*$")
"""A report's delivery line cut by the column before its end (——2024年1月22日在某某市第十七届)."""
DELIVERY_CLOSE = re.compile(r"^[^—，。；]{2,30}上$")
"""The rest of a wrapped delivery line (人民代表大会第三次会议上): it closes the 在…上 frame."""


def delivery_wrapped(upper: str, lower: str) -> bool:
    """Are two headline lines one delivery line (——某日在某某会议上) wrapped by the column?"""
    return bool(DELIVERY_OPEN.match(upper.strip()) and DELIVERY_CLOSE.match(lower.strip()))


def ends_tier(edition: Edition, upper: str, lower: str, line: int = 1) -> bool:
    """Is headline line ``upper`` (raw line ``line``) a tier of its own, ``lower`` (the line under
    it) the next tier, rather than ``upper``'s wrap? See the module doc."""
    a, b = "".join(upper.split()), "".join(lower.split())
    if not a or not b or BARE_FIGURE.match(a) or delivery_wrapped(a, b) or ends_open(a, b):
        return False  # (a line ending on a verb awaiting its object or on a coverb runs on: no tier ends)
    if line_width(b) > line_width(a) + KICKER_MARGIN or (BRACKET_NOTE.match(b) and not TITLE_QUALIFIER.match(b)):
        return True  # a wider line; or a note in brackets under a title (…名单 ⏎ （按姓氏笔画排序）): a deck of its own
    if (FIGURE_END.search(a) or WORDED_FIGURE_END.search(a)) and not b.startswith(_AFTER_FIGURE):
        return True
    if ends_closed(a, b) or PRESIDER_LINE.match(lower.strip()):
        return True  # …会议闭幕 over 表决通过…; 某某主持 under a meeting's headline: tiers of their own
    if _restated_as_clauses(edition, a, b, line):
        return True
    if _predicate_wrapped(a, b):
        return False  # 一季度全市地区生产总值 ⏎ 同比增长5.9%: a change and its figure finish the measure above, one headline wrapped
    return _figure_clause_below(edition, a, b, line)


def _predicate_wrapped(a: str, b: str) -> bool:
    """Is ``b`` only a change and its figure (同比增长5.9%) under a line ``a`` that ends on a bare measure
    (…地区生产总值, :data:`MEASURE_LINE`) with no change verb of its own? Then ``b`` is ``a``'s predicate, the
    headline wrapped (class: headline wrapped before its predicate); a line with a predicate of its own
    (…稳中提质, …温和上涨) over a change and figure keeps it as its subheadline."""
    return bool(PREDICATE_LINE.match(b) and MEASURE_LINE.search(a) and not CHANGE_IN.search(a))


BRACKET_NOTE = re.compile(r"^[（(][^（()）]{2,}[）)]$")
"""A headline line that is all a note in brackets (（按姓氏笔画排序）, （2024年12月20日…通过）): the title's
subheadline, not its wrap, unless it qualifies the title itself (:data:`TITLE_QUALIFIER`: （摘要）, years)."""


EQUAL_SLACK = 0.5
EQUAL_MIN = 8
"""Two plain lines within this many em of each other, each at least :data:`EQUAL_MIN` em wide."""


def _equal_lines(edition: Edition, upper: str, lower: str) -> bool:
    """A stack of just two plain lines of equal length (:data:`EQUAL_SLACK`) on a page with blank lines
    is two tiers, a headline and its subheadline (``某镇“夜经济”火起来了`` / ``老码头改造引来新游客``): a wrap's rest
    seldom fills the measure again to the character."""
    wa, wb = line_width(upper), line_width(lower)
    return min(wa, wb) >= EQUAL_MIN and abs(wa - wb) <= EQUAL_SLACK and not edition.hints \
        and any(not t.strip() for t in edition.lines)


FIGURE_CLAUSE = re.compile(r"^[\u4e00-\u9fff]{2,10}(?P<figure>[0-9０-９][0-9０-９.．]*(?:[%％]|[\u4e00-\u9fff]{1,3}))$")
"""A short line that is a clause of its own: a few words and a figure with its unit (``总投资186亿元``,
``签约项目总金额约318亿元``)."""


_YEAR_OPENING = re.compile(r"^(?:" + alternation("year_words") + r")")
"""A line opening on the year it speaks of (今年…, 明年…, ``year_words.csv``): a clause's start, never a word's rest."""


_HALF_WIDTH = str.maketrans("０１２３４５６７８９．％", "0123456789.%")
"""Full-width digits, point and percent sign as half-width: one figure however the page sets it."""


def _figure_clause_below(edition: Edition, upper: str, lower: str, line: int) -> bool:
    """Is ``lower`` a figures deck under ``upper`` (``…集中签约`` / ``总投资186亿元``)? It is a word or two and
    a figure with its unit that the page prints elsewhere, and the page never runs the two lines on
    (the characters either side of the break stand together nowhere but in the stack itself), nor is
    the break inside a word the page prints (接待游 / 客超…万人次: :func:`word_across`), unless the body prints the
    lower line whole as a clause of its own (``…大产业`` / ``产值预计达9.8亿元`` on a page that also prints 产业产值)."""
    m = FIGURE_CLAUSE.match(lower)
    if m is None or len(upper) < ECHO_TAIL:
        return False
    page = _page_text(edition, line).translate(_HALF_WIDTH)  # the text may print it full-width (９．６％)
    if page.count(m.group("figure").translate(_HALF_WIDTH)) < 2 and not _YEAR_OPENING.match(lower):
        return False  # (a deck opening on its year, 今年筛查任务42万人, may give a sum the body never prints)
    if re.search(_CLAUSE_MARK + re.escape(lower.translate(_HALF_WIDTH)) + _CLAUSE_MARK, page):
        return True  # the body prints the line whole as a clause (…，产值预计达9.8亿元，…): a deck, however the words run on
    return page.count(upper[-ECHO_HEAD:] + lower[:ECHO_HEAD]) <= 1 and not word_across(edition, upper, lower, line)


def figures_deck_off(edition: Edition, unit: TextUnit) -> list[TextUnit]:
    """A plain headline line with no figure over a line that is a figures clause of its own (a few words
    and a figure with its unit: :data:`FIGURE_CLAUSE`) that ends no wrap (:func:`ends_tier`: wider, or
    restated apart): two tiers, the headline and its figures deck (``某某会展周明日开幕`` / ``预计接待客商8万人次``),
    not one headline wrapped (``某某占比提`` / ``高到75%``). Other stacks are left whole."""
    lines = unit.lines
    by_line = [[s for s in unit.spans if s.line == ln] for ln in lines]
    texts = ["".join(spans_text(edition, spans).split()) for spans in by_line]
    if len(lines) != 2 or not _plain_stack(edition, unit, texts) or _DIGIT.search(texts[0]) \
            or not FIGURE_CLAUSE.match(texts[1]) or not ends_tier(edition, texts[0], texts[1], lines[0]):
        return [unit]
    return [TextUnit("head", spans, text=spans_text(edition, spans)) for spans in by_line]


def _plain_stack(edition: Edition, unit: TextUnit, texts: list[str]) -> bool:
    """A stack of plain headline lines (not letter-spaced display type, no dash deck, no ● brief,
    not a document's title, which wraps as one title whatever its lines)."""
    if unit.gap_joined or len(texts) < 2 or any(is_display(s.text(edition)) for s in unit.spans):
        return False
    if any(t.strip().startswith(_DASH) for t in texts[1:]) or texts[0].strip().startswith(_BULLET):
        return False
    if any(ends_closed(a, b) for a, b in zip(texts, texts[1:])):
        return True  # a line closed on 闭幕, 开幕 (…会议闭幕 / 表决通过…条例) is a headline's tier, never a title's wrap
    return not DOCUMENT_TITLE.search(fold("".join(t.strip() for t in texts)))


def tiers_off(edition: Edition, unit: TextUnit) -> list[TextUnit]:
    """A headline unit cut into its tiers where a line ends one (:func:`ends_tier`); a unit with
    no such line is one headline, returned whole."""
    lines = unit.lines
    by_line = [[s for s in unit.spans if s.line == ln] for ln in lines]
    texts = [spans_text(edition, spans) for spans in by_line]
    if not _plain_stack(edition, unit, texts):
        return [unit]
    groups: list[list] = [list(by_line[0])]
    for k in range(1, len(lines)):
        if ends_tier(edition, texts[k - 1], texts[k], lines[k - 1]) \
                or (len(lines) == 2 and _equal_lines(edition, texts[0], texts[1])):
            groups.append([])
        groups[-1].extend(by_line[k])
    if len(groups) == 1:
        return [unit]
    return [TextUnit("head", g, text=spans_text(edition, g)) for g in groups]



def display_tiers(edition: Edition, unit: TextUnit) -> list[TextUnit]:
    """Plain headline lines giving figures under letter-spaced display lines that give none are a tier
    of their own (``156个项目总投资…`` under ``为 高 质 量 发 展 蓄 势 赋 能``: a figures deck, a subheadline), not
    more of the display headline; a plain line without figures may be its second deck (``加 快 推 动 …`` over
    ``全力打造…``). Display lines among themselves are decks or a wrap, never cut here."""
    lines = unit.lines
    by_line = [[s for s in unit.spans if s.line == ln] for ln in lines]
    shown = [all(is_display(s.text(edition)) for s in spans) for spans in by_line]
    cut = next((k for k in range(1, len(lines)) if shown[k - 1] and not shown[k]), None)
    if cut is None or unit.gap_joined:
        return _display_kicker(edition, unit, by_line, shown)
    top = [s for spans in by_line[:cut] for s in spans]
    rest = [s for spans in by_line[cut:] for s in spans]
    if _DIGIT.search(spans_text(edition, top)) or not _DIGIT.search(spans_text(edition, rest)):
        return [unit]
    return _display_kicker(edition, TextUnit("head", top, text=spans_text(edition, top)), by_line[:cut], shown[:cut]) \
        + [TextUnit("head", rest, text=spans_text(edition, rest))]


def word_across(edition: Edition, upper: str, lower: str, line: int) -> bool:
    """Does a line of letter-spaced display type break inside a word (``… 8.6% 投`` / ``资 消 费 …``)?
    Yes when its last character and the next line's first make a word the page prints elsewhere
    (the headline itself, read without its spaces and line breaks, holds it once): the two lines are
    one headline wrapped, joined without a space, not two decks."""
    a, b = "".join(upper.split())[-1:], "".join(lower.split())[:1]
    if not (a and b and "\u4e00" <= a <= "\u9fff" and "\u4e00" <= b <= "\u9fff"):
        return False
    return _page_text(edition, line).count(a + b) >= 2


WORD_REACH = 6
"""Characters read on each side of a line break (or of a pair the page prints) when asking the tokenizer
whether the break falls inside a word: enough for the words around it, short enough to stay local."""


def _inside_word(text: str, at: int) -> bool:
    """True when offset ``at`` of ``text`` falls strictly inside a dictionary word (林|区 of 织密林区防火), False
    at a boundary between words (召开|全力, 举行|全县, 签约|总金额)."""
    return 0 < at < len(text) and at not in word_bounds(text)


def cut_inside_word(edition: Edition, upper: str, lower: str, line: int) -> bool:
    """Does the break between headline lines ``upper`` and ``lower`` fall inside a word, one word the page
    prints (…织密林 ⏎ 区防火: 林区)? Yes when the tokenizer reads the two lines joined around the break as one
    word across it, and reads at least one more place on the page (:func:`_page_text`, the headline's own
    join aside) that prints the same two characters as that word too. Two characters printed together across
    a word boundary (县政府召开全县…, 签约总金额…) are no evidence: a headline closing on 召开 over a deck
    opening on 全力 is two tiers. Returns False when either side of the break is not a Chinese character."""
    a, b = "".join(upper.split()), "".join(lower.split())
    if not word_across(edition, upper, lower, line):
        return False
    head = a[-WORD_REACH:]
    if not _inside_word(head + b[:WORD_REACH], len(head)):
        return False
    page, pair = _page_text(edition, line), a[-1] + b[0]
    as_word, at = 0, page.find(pair)
    while at >= 0:
        lo = max(0, at + 1 - WORD_REACH)
        as_word += _inside_word(page[lo:at + 1 + WORD_REACH], at + 1 - lo)
        at = page.find(pair, at + 1)
    return as_word >= 2


def display_runs_on(upper: str, lower: str) -> bool:
    """Does a line of display type finish the sentence of the line above, so that the two are one
    headline wrapped, whatever their widths? Yes when the lower closes on a quoted catchword
    (``工 业 投 资 双 双 跑 出`` / ``“ 加 速 度 ”``, ``… 经 济`` / ``实 现 “ 开 门 红 ”``) or the upper
    ends on an attributive particle that cannot close a phrase (``田 野 上 的`` / ``“ …曲 ”``)."""
    a, b = "".join(upper.split()), "".join(lower.split())
    return bool(a and b) and (bool(_CATCHWORD_END.search(b)) or a.endswith(_OPEN_PARTICLES))


_CATCHWORD_END = re.compile(r"[“「][^”」]{1,8}[”」]$")
"""A line closing on a quoted catchword (发展“加速度”, 实现“开门红”)."""
_OPEN_PARTICLES = ("的", "之")
"""Particles a headline line cannot end on when it stands alone (田野上的 …, 发展之 …)."""


def _display_kicker(edition: Edition, unit: TextUnit, by_line: list[list], shown: list[bool]) -> list[TextUnit]:
    """Two lines of letter-spaced display type, the lower wider (by more than :data:`KICKER_MARGIN`):
    the shorter line above is a kicker over the headline (重 大 项 目 集 中 开 工 / 为 高 质 量 发 展 …),
    unless the lower runs on from it (:func:`display_runs_on`)."""
    if len(by_line) != 2 or not all(shown):
        return [unit]
    top, low = (spans_text(edition, spans) for spans in by_line)
    if line_width(low) <= line_width(top) + KICKER_MARGIN or display_runs_on(top, low):
        return [unit]
    return [TextUnit("head", list(spans), text=spans_text(edition, spans)) for spans in by_line]
