"""Every quantitative claim on the page, with its value, unit, subject, period and sentence.

A claim is a number with a unit that states an amount, rate, count, measure, duration or
multiple: ``1802.4亿元``, ``同比增长60.4%``, ``275名``, ``1500公里``, ``10多天``,
``两成``. For each, :func:`extract_claims` gives the normalised value in base units
(1802.4亿元 → 180,240,000,000 CNY), a range's bounds, the hedge (约 approx, 超过 lower
bound, 近 upper bound …), the direction of a change (下降 makes the value negative), the
subject (what is measured), the period (一季度 → 2021-Q1), the comparison (同比, 环比,
累计, 共计, target) and the sentence, article and raw line it came from.

Not claims (see ``data/annotations/README.md`` for the full rules): ordinals (第一批,
首例), names and numbered formulas (十四五, 十九届二中全会, 三大工程, 三去一降一补,
一降一升), set phrases (千家万户, 十分, 最后一公里), titles in 《》, page references
(2版), codes (5G), the indefinite 一 (一家企业 "a company"), and numbers with no unit.
Dates and periods are reported as rows of kind ``date`` or ``period``, which the claims
table and the evaluation filter out.

This module drives the reading; the stages are elsewhere, in the order data flows:
:mod:`.quantities` (recognise → scale → unit and kind → hedge and range) and :mod:`.context`
(direction → comparison → subject → period), with :mod:`.subjects`, :mod:`.periods` and
:mod:`.clauses` beneath them; a table flattened into lines is read by :mod:`.tables`. Word lists are
vocabularies in ``data/reference/vocabulary/``.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from functools import cache, lru_cache
from itertools import accumulate, islice

from .. import vocabulary
from ..parse.articles import Article, Part
from ..parse.furniture import WEATHER_LINE
from ..parse.lexicon import COVER_PRICE
from ..parse.reflow import spans_text
from ..parse.reading import Edition
from .clauses import (BULLETS, CLAUSE_BREAK, without_item_number, SENTENCE_END, after_projection_marker, clause_bounds, opens_clause, sentences,
                      takes_effect)
from .context import (carried_subject, comparison, comparison_frame, cut_off_day, day_to_come, direction, period, periods_in, place,
                      projection_list_opener, subject, weather_box_subject, NOT_WILL)
from ..parse.segmenter import word_ends_at
from ..parse.traditional import simplified
from .numerals import halfwidth, small_count
from .periods import DAY, PERIOD, break_just_over, context_period, holiday_span, is_past, is_under_way, resolve_day, resolve_period, that_day
from .quantities import (ContextSpan, Reading, UnitWord, agreement_of_term, has_number, hedge_and_range, masked,
                         quantity_pattern, read_quantity, recognise, scale, unit_and_kind, unit_alternation, units,
                         within_opens_noun, _noun_units)
from .tables import TITLE_LINES, is_figure_cell, is_table_heading, one_cell, table_figures
from .subjects import (VERB_RE, VERBS, clean_subject, label_subject, row_label_subject, labels_after_figures, opens_an_attribute, subject_after, subject_before,
                       without_shared_head)

__all__ = [
    "CLAIM_KINDS", "CONTEXT_KINDS", "CLAUSE_BREAK", "DAY", "PERIOD", "SENTENCE_END", "VERBS", "Claim", "ContextSpan",
    "Reading", "UnitWord", "claim_id_widths", "clause_bounds", "clean_subject", "comparison", "direction",
    "extract_claims", "hedge_and_range", "iter_claims", "masked", "opens_clause", "period", "place",
    "quantity_pattern", "read_quantity", "recognise", "resolve_day", "resolve_period", "scale", "sentences",
    "subject", "subject_after", "subject_before", "unit_and_kind", "units",
]

CLAIM_KINDS = ("money", "percent", "percentage_point", "count", "measure", "duration", "multiple")
CONTEXT_KINDS = ("date", "period")


@dataclass(slots=True)
class Claim:
    """One quantitative claim (or date/period row), as documented in data/README.md."""

    id: str
    article_id: str
    quote: str
    value: int | float | None
    low: int | float | None
    high: int | float | None
    unit: str
    kind: str
    qualifier: str | None
    direction: str | None
    subject: str
    period: str | None
    period_text: str | None
    comparison: str | None
    sentence: str
    line: int
    part: str
    projection: str | None = None  # forecast (预计, 将达 …), target (目标, 力争, 到2025年 …), else None

    def as_dict(self) -> dict:
        return asdict(self)

    def record(self) -> dict:
        """The claim as the documented record (data/README.md), keys in :data:`CLAIM_COLUMNS` order."""
        d = asdict(self)
        return {k: d[k] for k in CLAIM_COLUMNS}


CLAIM_COLUMNS = ["id", "article_id", "quote", "value", "low", "high", "unit", "kind", "qualifier", "direction",
                 "subject", "period", "period_text", "comparison", "projection", "sentence", "line", "part"]
"""The columns of a claims table, in order: what ``edition claims`` and the book's downloads write."""


# --- where the text comes from --------------------------------------------------------------

@dataclass
class _Text:
    """One text of an article to scan: a headline-like part or a body paragraph."""

    part: Part
    text: str
    _lines: list[int] | None = None  # the raw line of each non-space character, read once
    _before: list[int] | None = None  # non-space characters of ``text`` before each offset

    def line_at(self, edition: Edition, offset: int) -> int:
        """The raw line holding the ``offset``-th character of ``text`` (counting non-space characters, read once per text)."""
        if self._lines is None:
            self._lines = [span.line for span in self.part.spans for ch in span.text(edition) if not ch.isspace()]
            self._before = list(accumulate((not c.isspace() for c in self.text), initial=0))
        target = self._before[min(offset, len(self.text))]
        if target < len(self._lines):
            return self._lines[target]
        return self.part.spans[-1].line if self.part.spans else 0


def _texts(article: Article) -> list[_Text]:
    order = {"kicker": 0, "headline": 1, "subheadline": 2, "body": 3, "teaser_ref": 4}
    parts = [p for p in article.parts if p.role in order]
    parts.sort(key=lambda p: (order[p.role] if p.role != "body" else 3, p.spans[0].line if p.spans else 0))
    order = {id(p): i for i, p in enumerate(article.parts)}
    return [_Text(p, p.text) for p in _rejoined([p for p in parts if p.role != "teaser_ref"], order)]


_PRICE = re.compile(r"[\d０-９]\s*[万千百]?元(?![/／])|[\d０-９]\s*折(?![合扣算旧射服])")  # 580元, 8折; not 元/斤 (a unit price)


def _ad_prices(edition: Edition, article: Article) -> list[_Text]:
    """An advertisement's lines that print a price (票价：180元 280元, 早鸟票8折), each read as a paragraph of its
    own: the prices an advertisement states are claims; its other lines (a phone number, the dates) are not read.
    Empty for any other item."""
    if article.kind != "furniture" or article.furniture != "ad":
        return []
    out, before = [], ""
    for part in article.parts:
        for n in part.lines:
            spans = [sp for sp in part.spans if sp.line == n]
            text = spans_text(edition, spans)
            if _PRICE.search(halfwidth(text)) and not _COVER_PRICE_BEFORE.search(before + text):
                out.append(_Text(Part("body", text, tuple(spans)), text))
            before = text
    return out


def _ear_weather(edition: Edition, article: Article) -> list[_Text]:
    """The day's weather on a line of its own in the masthead's ear (今日天气 多云转阵雨 19℃～27℃ under the
    date line), read as a weather box is: the paper's forecast, its temperatures claims. Only before the page's
    first sentence of running text (no 。 on any line above it): a weather strip further down the page, among the
    stories and ads, stays furniture. Empty for any other item."""
    if article.kind != "furniture" or article.furniture not in ("weather", "masthead"):
        return []
    spans = [sp for part in article.parts for sp in part.spans]
    if article.furniture == "masthead":  # the ear's weather line run into the masthead's block (… ⏎ 今日天气：多云 13℃～21℃)
        spans = [sp for sp in spans if WEATHER_LINE.match(edition.lines[sp.line - 1].strip())]
    if not spans or any("。" in line for line in edition.lines[:spans[0].line - 1]):
        return []
    text = spans_text(edition, spans)
    return [_Text(Part("body", text, tuple(spans)), text)]


_COVER_PRICE_BEFORE = re.compile(r"(?:" + COVER_PRICE + r")\s*[：:]?\s*(?:人民币)?\s*[\d０-９.．]+\s*元")  # the paper's own price


_CUT_CLAUSE = re.compile(r"，[^。！？!?；;：:，]*[\u4e00-\u9fff\d.]$"  # …，全市地区生产总值达到4386.2
                         r"|(?:^|[。！？!?；;])[^\s。！？!?；;]*\d[万亿]?[多余]?$"  # …两年平均增长4.3%。9 / 月份，…, …发电量89.6亿 /
                         # 千瓦时，…: a number (with its scale) cut from its word
                         r"|[。！？!?；;][^\s。！？!?；;，,：:、（）()“”]{1,12}[\u4e00-\u9fff]$"  # …新台阶。五年来 / (a caption) / …
                         r"|[\d%][、和及与]$")  # …分别下降0.4%、0.2%和 / 2.6%。: a list of figures cut before its last item
_GOES_ON = re.compile(r"[\u4e00-\u9fff“]|(?<![\d.])[\d０-９]")  # 亿元，增长5.7%；…, (…收入增长 /) 6.5%，…; not a note (（…）)


def _rejoined(parts: list[Part], order: dict[int, int]) -> list[Part]:
    """Body paragraphs that a column break cut inside a sentence (…，全市地区生产总值达到4386.2 / 亿元，增长5.7%；…),
    read as one: the number keeps its unit, and the sentence's period its figures. Cut inside a sentence: the
    paragraph ends in a clause begun after a comma, with no stop, the next goes on with a word, and nothing
    else of the article (a headline) is printed between them."""
    out: list[Part] = []
    last = -2  # the place in the article of the last paragraph read
    for p in parts:
        prev = out[-1] if out else None
        if prev is not None and order.get(id(p)) == last + 1 and (_cut_body(prev, p) or _cut_display(prev, p)):
            out[-1] = Part(prev.role, prev.text.rstrip() + p.text.lstrip(), prev.spans + p.spans)
        else:
            out.append(p)
        last = order.get(id(p), -2)
    return out


def _cut_body(prev: Part, p: Part) -> bool:
    """Whether body paragraph ``p`` goes on a sentence that a column break cut at the end of ``prev`` (after a scale
    word, 发电量89.6亿 / 千瓦时, only when ``p`` opens on a unit: 85万 / 家庭轿车… is no 85万家)."""
    head, tail = prev.text.rstrip(), p.text.lstrip()
    if prev.role != "body" or p.role != "body":
        return False
    if _cut_in_number(head, tail) or _cut_in_unit(head, tail):
        return True
    return (_CUT_CLAUSE.search(head) is not None and _GOES_ON.match(head[-1:] + tail, 1) is not None
            and (re.search(r"\d(?:[万亿][多余]?|[多余])$", head) is None or _unit_opens(head, tail)))


_UNIT_BEGUN = re.compile(r"\d[万亿]?[多余]?(?P<piece>[\u4e00-\u9fff]{1,3})$")
_DIGITS_CUT = re.compile(r"(?:^|[^\d.\-－A-Za-z:：/])\d+$")  # not a code's or a phone number's digits (0591-8321)
# a number to dial or to write on a letter, not an amount: after its label (热线电话 12345, 邮编350001) or five
# digits and more set off by a space (…可拨打 96345)
_NUMBER_TO_DIAL = re.compile(r"(?:电话|热线|拨打|致电|传真|邮编|号码|手机)[：:\s]*\d+$|\s\d{5,}$")


def _cut_in_unit(head: str, tail: str) -> bool:
    """Whether a column break cut a unit word after its number (面积42.6万平方 / 米，…; 3.5公 / 里): the piece
    after the number and the start of ``tail`` make a unit longer than the piece (not 5公里 / 处, a unit whole)."""
    m = _UNIT_BEGUN.search(head)
    if m is None:
        return False
    u = _unit_opening().match(m.group("piece") + tail)
    return u is not None and u.end() > len(m.group("piece")) and word_ends_at(m.group("piece") + tail, u.end())


def _cut_in_number(head: str, tail: str) -> bool:
    """Whether a column break cut a whole number inside its digits (收入分别达到45216元和238 / 70元，…): ``head``
    ends in digits (not a code's: 0591-8321 / 6655) and ``tail`` opens on digits and a unit, not a date's (0591-8321 /
    2023年7月4日; 2024 / 25元 after a year; 热线电话 12345 / 120名… after a number to dial)."""
    if _DIGITS_CUT.search(head) is None or re.search(r"(?<![\d.])(?:19|20)\d\d$", head) \
            or _NUMBER_TO_DIAL.search(head):
        return False
    m = re.match(r"\d+(?:\.\d+)?(?![\d.]|\s*[年月日号时])", tail)
    return m is not None and _unit_opens(head + m.group(), tail[m.end():])


_DISPLAY = ("kicker", "headline", "subheadline")


@cache
def _unit_opening() -> re.Pattern:
    """A line that opens on a scale word or a unit (万余次, 亿元, 公里): the rest of a number cut above it."""
    return re.compile(rf"(?:[万亿][多余]?)?(?:{unit_alternation()})|[万亿]")


def _unit_opens(head: str, tail: str) -> bool:
    """Whether ``tail`` opens on the scale or unit of the number that ends ``head``, as a word of its own
    (3.26 / 万余次, 89.6亿 / 千瓦时, 4.18万 / 余次; not 2024 / 人民群众, 2024 / 万家灯火, 12345 / 次次有回应). After a
    year (2024, 1998) only a scale with its unit (2024 / 万元) is a measure; 2024 / 年度…, 2024 / 个人… are not."""
    scaled = re.search(r"[万亿][多余]?$", head) is not None
    m = _unit_opening().match(tail, 1 if re.search(r"[万亿]$", head) and tail[:1] in "多余" else 0)
    if m is None or scaled and m.group()[0] in "万亿" and not (head.endswith("万") and m.group()[0] == "亿"):
        return False  # (but 2.86万 / 亿元: 万亿, a trillion)
    if re.search(r"(?<![\d.])(?:19|20)\d\d$", head) and not re.match(r"[万亿][多余]?.", m.group()):
        return False
    return word_ends_at(tail, m.end())


def _cut_display(prev: Part, p: Part) -> bool:
    """Whether display line ``p`` is the scale and unit of a number that ends display line ``prev``
    (去年全市巡河3.26 / 万余次: one headline wrapped inside its figure; the joined part keeps ``prev``'s role)."""
    head = prev.text.rstrip()
    return (prev.role in _DISPLAY and p.role in _DISPLAY and re.search(r"\d[万亿]?[多余]?$", head) is not None
            and _unit_opens(head, p.text.lstrip()))


@dataclass
class _Sentence:
    """A sentence being read: where it is, its half-width text, and what it inherits."""

    edition: Edition
    article: Article
    text: _Text
    offset: int  # of the sentence in its text
    sentence: str
    norm: str
    edition_date: date | None
    inherited: tuple[str | None, str | None]  # the period of the paragraph or headline
    carried: str | None = None  # the subject of the paragraph's last claim, for a sentence that opens without one
    projection: str | None = None  # a list opener's projection (主要目标是：…；…；), carried to its items
    opening: tuple[str | None, str | None] = (None, None)  # the period opening a sentence begun before a ；
    day: str | None = None  # the day the story named last (its dateline's at first), for 当天
    lead: bool = False  # in the paragraph that opens the body, where the dateline's day is printed
    now_until: int = 0  # figures before this offset stand now (截至目前，全县建有…个，…), no period inherited
    framed: str | None = None  # the comparison its section's label or an earlier sentence's opener names (从环比看，)

    def as_printed(self, text: str, end: int) -> str:
        """``text`` (read from the normalised sentence) as printed: 兩地簽約項目, not 两地签约项目."""
        k = self.norm.rfind(text, 0, end) if text else -1
        if k == -1:
            k = self.norm.find(text) if text else -1
        return self.sentence[k:k + len(text)] if k != -1 else self._scattered(text, end)

    def _scattered(self, text: str, end: int) -> str:
        """``text`` as printed when words were cut from inside it (我們公司去年營業額 → 我們公司營業額): each
        character where it last stands before ``end``, from the last one back; ``text`` if one is missing."""
        out, pos = [], end
        for ch in reversed(text):
            pos = self.norm.rfind(ch, 0, pos)
            if pos == -1:
                return text
            out.append(self.sentence[pos])
        return "".join(reversed(out))

    def claim(self, start: int, end: int, **fields) -> Claim:
        """A claim quoting ``sentence[start:end]``, located on its raw line."""
        return Claim(id="", article_id=self.article.id, quote=self.sentence[start:end], **fields,
                     sentence=self.sentence.strip(), line=self.text.line_at(self.edition, self.offset + start),
                     part=self.text.part.role)


# --- ids ----------------------------------------------------------------------------------------

def claim_id_widths(edition: Edition) -> tuple[int, int]:
    """Digits in claim ids (c…) and context ids (t…): enough for every number-like run in the text,
    an upper bound, so ids given section by section agree with a whole-edition extraction."""
    runs = sum(len(_NUMBER_RUN.findall(line)) for line in edition.lines)
    width = max(3, len(str(runs)))
    return width, width


_NUMBER_RUN = re.compile(r"[\d０-９]+|[零〇一二两三四五六七八九十百千万亿]+|" + vocabulary.alternation("half_words"))


def _halves(norm: str) -> str:
    """``norm`` with each word for a half read as its tenths (一半 → 五成, 半价 → 五折), one for one."""
    for word, reading in vocabulary.mapping("half_words", "reading").items():
        norm = norm.replace(word, reading)
    return norm


class _Numbering:
    def __init__(self, edition: Edition) -> None:
        self.widths = claim_id_widths(edition)
        self.n = {"c": 0, "t": 0}

    def assign(self, claims: list[Claim]) -> list[Claim]:
        # claims are c001, c002 …; dates and periods t001 … (context: "time"), each in reading order
        for c in claims:
            prefix = "t" if c.kind in CONTEXT_KINDS else "c"
            self.n[prefix] += 1
            c.id = f"{prefix}{self.n[prefix]:0{self.widths[prefix == 't']}d}"
        return claims


# --- the driver -----------------------------------------------------------------------------

def extract_claims(edition: Edition, articles: list[Article], edition_date: date | None = None,
                   *, with_context: bool = True) -> list[Claim]:
    """Every claim of every article, in reading order (see module doc)."""
    out: list[Claim] = []
    for a in articles:
        out.extend(_article_claims(edition, a, edition_date, with_context))
    return _Numbering(edition).assign(out)


def iter_claims(edition: Edition, edition_date: date | None = None, *, with_context: bool = True):
    """(articles, claims) one section at a time, ids as :func:`extract_claims` gives them:
    a long edition in bounded memory."""
    from ..parse.articles import iter_articles

    numbering = _Numbering(edition)
    for articles in iter_articles(edition, edition_date):
        claims = [c for a in articles for c in _article_claims(edition, a, edition_date, with_context)]
        yield articles, numbering.assign(claims)


def _headline_period(article: Article, edition_date: date | None) -> tuple[str | None, str | None]:
    """The period the headline names (else the kicker): what the story's figures are about by default.
    Of each, its first period; the headline, read after the kicker, wins. A kicker shared by a stack
    of teasers (the banner 一季度 over three headlines) is read from ``article.kicker``: only the first
    teaser owns its characters."""
    found: tuple[str | None, str | None] = (None, None)
    heads = [t.text for t in _texts(article) if t.part.role in ("kicker", "headline")]
    if article.kicker and not any(p.role == "kicker" for p in article.parts):
        heads.insert(0, article.kicker)
    heads[:0] = _box_labels(article)
    for text in heads:
        if text:
            found = _display_period(simplified(halfwidth(text)), edition_date) or found  # ２０２５年1月 → 2025-01
    return found


def _box_labels(article: Article) -> list[str]:
    """A box's label (【数说2024】, 【数说一季度】) when the box has a kicker of its own: it dates the box's figures,
    read before the kicker and headline (which win when they name a period)."""
    return [p.text.strip("【】[] ") for p in article.parts if p.role == "label" and p.text.startswith(("【", "["))]


def _display_period(text: str, edition_date: date | None) -> tuple[str, str] | None:
    """The first period of one display line; not the base of a comparison (比2019年同期增长37.5%), nor a
    day's date (（2021年12月29日…全体会议通过）: when a document was adopted). A box's label may name
    its year without 年 (【数说临峤2021】)."""
    for m in PERIOD.finditer(text):
        in_day = any(a <= m.start() < b for a, b in (d.span() for d in _FULL_DATE.finditer(text)))
        ordinal = text.startswith(("首", "第"), m.end())  # 签发今年首份保护令: which one, not when the figures are
        goal = m.group("whole") and _GOAL_NAMED.match(text, m.end())  # 冲刺全年目标: the year's goal, not the figures' period
        p = None if _BASE_BEFORE.search(text, 0, m.start()) or in_day or ordinal or goal else resolve_period(m, edition_date)
        if p:
            return _part_of_the_year(text, m, p, edition_date) or (p, m.group(0))
    bare = _LABEL_YEAR.search(text) if len(text) <= 12 else None
    return (bare.group(0), bare.group(0)) if bare else None


def _part_of_the_year(text: str, m: re.Match, year: str, edition_date: date | None) -> tuple[str, str] | None:
    """今年前10个月, 2024年上半年 on a display line: a year printed right before a part of it names that part (when
    the part falls in that year), as the same words in a body clause do: 去年前三季度, 2023年上半年 name the
    printed year's part. Not the start of a span (今年上半年以来, 今年上半年到三季度)."""
    nxt = PERIOD.match(text, m.end() + len(text[m.end():]) - len(text[m.end():].lstrip()))
    if nxt is None or len(year) != 4 or not year.isdigit() or _SPAN_ON.match(text, nxt.end()):
        return None
    over = date(int(year) + 1, 1, 1)  # a past year's part as read once that year is over; this year's, as of today
    part = resolve_period(nxt, min(over, edition_date) if edition_date else over)
    return (part, m.group(0) + text[m.end():nxt.end()]) if part and part != year and part.startswith(year) else None


_SPAN_ON = re.compile(r"\s*(?:以来|来|至|到|—|-|~)")
_GOAL_NAMED = re.compile(r"\s*(?:目\s*标|任\s*务)")  # 全年目标(任务): a goal of the year, named on a display line


_LABEL_YEAR = re.compile(r"(?<![\d.])(?:19|20)\d{2}(?![\d.年%])")


def _article_claims(edition: Edition, article: Article, edition_date: date | None, with_context: bool) -> list[Claim]:
    claims: list[Claim] = []
    named = _named_spans(article, edition_date)
    headline_period = _article_headline_period(article, edition_date, named)
    headings = _section_headings(article, edition_date)
    figure: list[Claim] = []  # the claims of a paragraph that is only a figure, waiting for its label
    header: tuple[str, ...] | None = None  # a table's header row (品种 均价 环比), over the rows that follow
    display: str | None = None  # the last subject of a display line, for the deck printed under it
    section_frame: str | None = None  # the comparison a heading inside the article names (同比：…)
    day, lead, open_end, running, above = article.dateline, _lead_line(article), None, (None, None), ""  # _paragraph_start
    ad_lines = _ad_prices(edition, article) + _ear_weather(edition, article)
    for t in _texts(article) + ad_lines:
        carried: str | None = label_subject(t.text, run_on=True) if figure else None
        carried = display if carried is None and t.part.role != "body" else carried  # …同比增长5.2% / 两年平均增长4.6%
        for c in figure if carried else []:
            c.subject = c.subject or _label_subject_of(c, carried)  # 1.86万户 / 新登记经营主体，…: figure, then label
        figure, previous, now, cut_off, start = [], "", False, False, len(claims)
        if t.part.role == "subheadline":
            section_frame = comparison_frame(simplified(halfwidth(t.text)))  # 同比：…, the section's viewpoint
        framed = section_frame
        section, dated = _section(headings, t, headline_period) if t.part.role == "body" else (None, headline_period)
        para_period, opening, run_on_end = _paragraph_start(t, claims, dated, open_end, running)
        listed = section
        pieces = sentences(t.text) if t.part.role == "body" else [(0, t.text)]
        for offset, sentence in pieces:
            holiday = _named_opening(sentence, named)  # 国庆假期，…: a holiday opening a sentence dates it anew
            para_period = holiday if holiday[0] else para_period
            # 一半, 半数 and 半价 (a half) read as 五成, 五折 (``half_words.csv``): same length, so offsets and quotes hold
            # traditional characters read as simplified (約15億元), one for one, so offsets and quotes hold
            norm = _halves(simplified(halfwidth(sentence)))
            run_on, until, fresh, now = _now_of(norm, previous, now)
            inherited = (None, None) if until == len(norm) else \
                para_period if t.part.role == "body" and para_period[0] else dated
            inherited = _unless_a_stock(norm, inherited, named, dated)
            opening = opening if run_on and not fresh else _opening_period(norm, edition_date)
            opening = holiday if holiday[0] else opening  # 国庆假期预计…将超过6万人次, 今年“五一”假期，…: the holiday's days
            framed = section_frame if _opening_period(norm, edition_date)[0] else framed  # 1—9月，…: a new topic
            s = _Sentence(edition, article, t, offset, sentence, norm, edition_date, inherited, carried, listed, opening,
                          day, t.part.role == "body" and bool(t.part.spans) and t.part.spans[0].line == lead
                          and not (cut_off and inherited == para_period and not periods_in(norm)),
                          until if until < len(norm) else 0, framed)
            framed = comparison_frame(norm) or framed
            previous = norm
            found = _sentence_claims(s, with_context)
            day = _last_day(found, day)
            _label_figures(norm, found, above if offset == 0 else "", edition_date)
            if any(t is a for a in ad_lines):
                _label_prices(norm, found)
            header = _column_header(norm) or (header if _by_column(header, norm, found) else None)
            claims.extend(found)
            carried = next((c.subject for c in reversed(found) if c.kind not in CONTEXT_KINDS and c.subject), carried)
            listed = _list_projection(norm, listed) or section
            para_period, run_on_end = _past_run_on(para_period, run_on_end), None
            para_period, cut_off = _paragraph_period_after(norm, found, day, article, edition_date, para_period, cut_off,
                                                           holiday)
            figure = found if "".join(t.text.split()) == "".join(c.quote for c in found) else []
        display, above = (_label_line(t, found) or carried) if t.part.role != "body" else None, _bare_label(t, found)
        open_end, running = _paragraph_end(t, para_period, opening, claims[start:], running)
    rows = _table_claims(edition, article, edition_date, headline_period)
    return _in_line_order([c for c in claims if not _row_run_on(edition, c, rows) and not _read_as_cell(c, rows)], rows)


def _paragraph_period_after(norm: str, found: list[Claim], day, article: Article, edition_date: date | None,
                            para_period: tuple, cut_off: bool,
                            holiday: tuple[str | None, str | None] = (None, None)) -> tuple[tuple, bool]:
    """The paragraph's period and whether it is a cut-off day, after a sentence (``norm``, its claims ``found``) that may
    open a new one: a period opening a clause, unless it is part of a plan, a moment, a holiday's year or a day to come.
    Only periods after the ``holiday`` the sentence opens a clause on: a holiday framing a later clause (10月8日，记者…
    获悉，国庆假期，…) dates the paragraph, not the day of the report before it."""
    planned = [halfwidth(c.quote) for c in found
               if c.kind in CLAIM_KINDS and c.projection and not _estimate_of_past(c, edition_date)]
    targets = [halfwidth(c.quote) for c in found if c.kind in CLAIM_KINDS and c.projection == "target"]
    since = max(0, norm.find(holiday[1])) if holiday[0] else 0
    for m in periods_in(norm):  # read once per sentence, shared with the period stage
        if m.start() >= since and not m.group("target") and not m.group("ago") \
                and not norm.startswith(("年均", "年平均"), m.end()):  # 三年前，…: a flashback dates its own sentence only;
            # 五年年均增长…: the years a mean is over, that clause's only
            p = that_day(m, day, article.dateline) if m.group("sameday") else resolve_period(m, edition_date)
            if p and opens_clause(norm, m.start(), m.end()) and not _PART.search(norm, 0, m.start()) \
                    and not cut_off_day(norm, m) and not _opens_a_plan(norm, m, planned if not is_under_way(p, edition_date)
                                                                       else targets) \
                    and not after_projection_marker(norm, m.start()) and not _a_moment(norm, m) \
                    and not _holiday_year(norm, m) \
                    and not (takes_effect(norm, m.start(), m.end()) and day_to_come(m, edition_date)):
                para_period, cut_off = (p, m.group(0)), _CUT_OFF_DAY.search(norm, 0, m.start()) is not None
    return para_period, cut_off


def _estimate_of_past(c: Claim, edition_date: date | None) -> bool:
    """A forecast of a period already over (上半年…预计增长12.5% in July): an estimate of a result, not a plan, so the
    period it names dates the clauses after it as a result's does."""
    return c.projection == "forecast" and c.period is not None and is_past(c.period, edition_date)


def _table_claims(edition: Edition, article: Article, edition_date: date | None,
                  inherited: tuple[str | None, str | None]) -> list[Claim]:
    """The figures of tables flattened into the article (:mod:`.tables`), read from its raw lines, whether
    the parser kept the table's rows in one paragraph, gave each row a part of its own, or read the title
    and heading row as display lines (a kicker, a headline over subheadlines); a row the parser gave to
    the next item, printed right under the article's rows, is still read with them."""
    lines = sorted((sp.line, sp.text(edition)) for p in article.parts for sp in p.spans)
    if not lines:
        return []
    lines = _with_run_on_rows(edition, lines)  # a title and a heading read as display lines, the rows another item's
    if len(lines) < 3:
        return []
    own = {n for n, _ in lines}
    lines = _with_title_lines(edition, _with_cells_above(edition, lines))
    return [Claim(id="", article_id=article.id, quote=f.quote, value=f.value, low=None, high=None, unit=f.unit,
                  kind=f.kind, qualifier=None, direction=f.direction, subject=row_label_subject(f.subject),
                  period=f.period or (inherited[0] if f.dated_by_headline else None),
                  period_text=f.period_text or (inherited[1] if f.dated_by_headline else None),
                  comparison=f.comparison, projection=f.projection, sentence=f.row.strip(), line=f.line, part="body")
            for f in table_figures(lines, edition_date) if f.line in own]


_ROW = re.compile(r"\S+(?:\s+\S+)*\s+[+\-−－]?[\d０-９]+(?:[.．][\d０-９]+)?\s*$")  # 油料 4.85 -3.2: cells, a bare figure last


def _with_run_on_rows(edition: Edition, lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """``lines`` with each raw line printed right under one of them that the article does not hold and that
    has the shape of a table row (cells parted by spaces, a bare figure last): a row given to another item."""
    held = {n for n, _ in lines}
    out = list(lines)
    for n, text in lines:
        k = n + 1
        while k not in held and k <= len(edition.lines) and _ROW.fullmatch(edition.lines[k - 1].strip()) \
                and len(edition.lines[k - 1].split()) >= 2:
            out.append((k, edition.lines[k - 1]))
            held.add(k)
            k += 1
    return sorted(out)


CELLS_ABOVE = 40  # the most lines of a table set one cell a line read above the rows an article holds


def _with_cells_above(edition: Edition, lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """``lines`` with the lines of one cell each printed just above one of them that opens rows of a table
    set one cell a line (a label over a figure) and that the article does not hold: the rows, heading cells
    (指标 / 总量（亿元） / 同比增长（%）) and title (【数说一季度】) the parser gave to other items, and
    TITLE_LINES more. They are read for their columns and period; their own figures are their items'."""
    held = {n for n, _ in lines}
    out = list(lines)
    for (n, text), (_, below) in zip(lines, lines[1:]):
        if one_cell(text) is None or not is_figure_cell(one_cell(below)) or n - 1 in held:
            continue
        above = [k for k in range(n - 1, max(0, n - 2 * CELLS_ABOVE), -1) if edition.lines[k - 1].strip()]
        cells = 0
        while cells < min(len(above), CELLS_ABOVE) and above[cells] not in held \
                and one_cell(edition.lines[above[cells] - 1]):
            cells += 1
        if cells:
            added = [k for k in above[:cells + TITLE_LINES] if k not in held]
            out.extend((k, edition.lines[k - 1]) for k in added)
            held.update(added)
    return sorted(out)


def _with_title_lines(edition: Edition, lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """``lines`` with the printed lines just above each table heading row that the article does not hold
    (【数说前三季度】 / 全市主要经济指标 given to another item): the title that names the table's period."""
    held = {n for n, _ in lines}
    out = list(lines)
    for n, text in lines:
        if not is_table_heading(text):
            continue
        above = list(islice((k for k in range(n - 1, 0, -1) if edition.lines[k - 1].strip()), TITLE_LINES))
        out.extend((k, edition.lines[k - 1]) for k in above if k not in held)
        held.update(above)
    return sorted(out)


def _row_run_on(edition: Edition, claim: Claim, rows: list[Claim]) -> bool:
    """A table row's last figure read by the sentence reader with a word of the next row as its unit
    (饮料类 6.1 ⏎ 金银珠宝类 12.6 → 6.1金): the table reader reads that figure, as printed, ending its line."""
    line = edition.lines[claim.line - 1].rstrip() if 0 < claim.line <= len(edition.lines) else ""
    return any(r.line == claim.line and claim.quote != r.quote and claim.quote.startswith(r.quote)
               and line.endswith(r.quote) for r in rows)


def _read_as_cell(claim: Claim, rows: list[Claim]) -> bool:
    """A figure the table reader reads as a cell of its row (明前绿茶 1360 +4.2% under 环比涨跌: +4.2% with its row's
    label, column's base and table's period): the sentence reader's reading of it, with no row or column, goes."""
    return any(r.line == claim.line and r.quote == claim.quote for r in rows)


def _in_line_order(claims: list[Claim], rows: list[Claim]) -> list[Claim]:
    """``claims`` with a table's ``rows`` put where they are printed: before the first body claim below them."""
    for row in rows:
        at = next((k for k, c in enumerate(claims) if c.part == "body" and c.line > row.line), len(claims))
        claims.insert(at, row)
    return claims


_BARE_LABEL = re.compile(r"[\u4e00-\u9fff“”（）()A-Za-z]{2,16}")  # a box's label on a line of its own, no mark nor figure


def _bare_label(t, found: list[Claim]) -> str:
    """What a body paragraph that is only a label names (一般公共预算收入, over 12.36亿元 增长8.7%), else ""."""
    return label_subject(t.text) if t.part.role == "body" and not found and _BARE_LABEL.fullmatch(t.text.strip()) else ""


def _label_subject_of(c: Claim, label: str) -> str:
    """The subject a box's label gives a figure of its own: the label, but a temperature's is the air temperature of
    the place whose weather the box is (澜川天气 今天 多云转晴 → 澜川气温: :func:`weather_box_subject`)."""
    return (c.unit == "°C" and weather_box_subject(label)) or label


def _under_label(label: str, norm: str, found: list[Claim]) -> None:
    """The figures of a paragraph opening on a figure, under a paragraph that is only a label (``label``, from
    :func:`_bare_label`): a box prints the label over its figures, so the label is the subject of those with none."""
    if label and found and norm.lstrip().startswith(simplified(halfwidth(found[0].quote))):
        for c in (c for c in found if c.kind not in CONTEXT_KINDS):
            c.subject = c.subject or _label_subject_of(c, label)


def _label_line(t, found: list[Claim]) -> str:
    """What a display line with no claim labels (地区生产总值 ⏎ 3268.5亿元 增长5.6%): the subject of the
    figures printed under it, "" when the line holds claims."""
    return "" if found and t.text.strip() else label_subject(t.text)


_HOLIDAY = r"(?P<name>[\u4e00-\u9fff“”]{0,4}?(?P<head>" + vocabulary.alternation("holiday_heads") + "))"
_NAMED = re.compile(r"\s*的?\s*" + _HOLIDAY)


# 清明小长假期间（4月2日至4日）: the holiday named first, its span in brackets after it
_NAMED_BEFORE = re.compile(_HOLIDAY + r"(?:期间)?\s*[（(]\s*$")
# 2023年春运从1月7日开始至2月15日结束, 春运自1月7日起至…: the season named first, its span after 从 or 自
_NAMED_FROM = re.compile(r"(?<![\u4e00-\u9fff“”])(?:\d{4}\s*年|今年|明年)?" + _HOLIDAY + r"(?:期间)?\s*[从自]\s*$")


def _named_spans(article: Article, edition_date: date | None) -> dict[str, tuple[str, str]]:
    """Holidays and seasons the story dates once (4月4日至6日清明假期 → 清明假期, and 假期 alone; also 清明小长假期间
    （4月2日至4日）): name → (span, text).
    Wherever else it names them (the headline 清明假期…, 假期里，…) they mean that span."""
    out: dict[str, tuple[str, str]] = {}
    for t in _texts(article):
        if t.part.role != "body" or "日" not in t.text:
            continue
        norm = simplified(halfwidth(t.text))
        for m in periods_in(norm):
            named = (_NAMED.match(norm, m.end()) or _NAMED_BEFORE.search(norm, max(0, m.start() - 12), m.start())
                     or _NAMED_FROM.search(norm, max(0, m.start() - 12), m.start()) if m.group("dspan") else None)
            p = resolve_period(m, edition_date) if named else None
            if p:
                out.setdefault(named.group("name"), (p, named.group("name")))
                out.setdefault(named.group("head"), (p, named.group("head")))
    return out | {k: v for k, v in _scheduled_spans(article, edition_date).items() if k not in out}


_HOLIDAY_NAMED = re.compile(_HOLIDAY)


def _scheduled_spans(article: Article, edition_date: date | None) -> dict[str, tuple[str, str]]:
    """Public holidays the story names without printing their days (国庆假期，全市…): name → (the days that
    holiday ran by the national schedule, name): the break nearest the edition's date, or the year's a year word
    before it names (去年国庆假期, 2023年春节: keyed with that word, as the story names it; 今年 is the edition's
    year), or the next one when a mention of it with no year word says it is coming (``_says_coming``).
    假期 alone too when it names one only, the story's own (a holiday with no year word) first."""
    if edition_date is None:
        return {}
    mentions = _holiday_mentions(article, edition_date)
    if not mentions:
        span = break_just_over(edition_date)  # 节日期间，… in a brief of a holiday column: the break just over
        return {w: (span, w) for w in vocabulary.words("holiday_alone")} if span else {}
    coming = {key for key, word, year, ahead in mentions if ahead and year is None}
    out: dict[str, tuple[str, str]] = {}
    yeared: set[str] = set()
    for key, word, year, _ in mentions:
        p = holiday_span(key, edition_date, year, key in coming)
        if p:
            out.setdefault(word + key, (p, word + key))
            yeared |= {word + key} if word else set()
    own = {k: v for k, v in out.items() if k not in yeared} or out
    ahead = {word + key for key, word, _, says in mentions if says}  # 今年端午假期客流有望…: the break to come
    own = {k: v for k, v in own.items() if k not in ahead} or own  # 假期 alone: the break the story looks back on
    spans = {p for p, _ in own.values()}
    heads = {k: (p, _HOLIDAY_NAMED.search(k).group("head")) for k, (p, _) in own.items()} if len(spans) == 1 else {}
    return out | {h: (p, h) for p, h in heads.values() if h not in out}


def _holiday_mentions(article: Article, edition_date: date) -> list[tuple[str, str, int | None, bool]]:
    """Every public holiday the story names, in one scan: (name, year word, year, whether this mention says the
    break is still to come: 端午假期将至, 端午假期客流预计…, 为保障端午假期…, ``holiday_coming.csv``)."""
    out = []
    for t in _texts(article):
        norm = simplified(halfwidth(t.text))
        for m in _HOLIDAY_NAMED.finditer(norm):
            key, word, year = _holiday_name_year(norm, m, edition_date)
            if key:
                out.append((key, word, year, _says_coming(norm, m)))
    return out


def _says_coming(norm: str, m: re.Match) -> bool:
    """A coming word after the holiday's name in its clause (端午假期将至, not 将近 nor 超出预计, the expectation as a
    thing exceeded) or one before it (为保障端午假期)."""
    w = _holiday_word().search(norm, m.start("name"), m.end("name"))
    a = _coming_after().match(norm, m.end())
    if a and norm[:a.start("word")].endswith(vocabulary.words("holiday_coming", position="not_before")):
        a = None
    return bool(w and (a or _coming_before().search(norm, max(0, w.start() - 4), w.start())))


@cache
def _coming_after() -> re.Pattern:
    """A coming word after a holiday's name in its clause (端午假期将至; 端午假期客流预计…)."""
    return re.compile(r"[^，,。；;：:！？!?]{0,8}?(?P<word>" + vocabulary.alternation("holiday_coming", position="after")
                      + ")" + NOT_WILL)


@cache
def _coming_before() -> re.Pattern:
    return re.compile("(?:" + vocabulary.alternation("holiday_coming", position="before") + r")\s*$")


def _holiday_year(norm: str, m: re.Match) -> bool:
    """A year that only says which year's holiday follows (今年国庆假期, 去年“五一”假期): no period of its own."""
    return any(m.group(g) for g in ("this", "last", "next", "year")) and _holiday_word().match(norm, m.end()) is not None


@cache
def _holiday_word() -> re.Pattern:
    """A public holiday's own word (``holiday_names.csv``): after a year (去年国庆假期) the year only says which break."""
    return re.compile("“?(?:" + vocabulary.alternation("holiday_names") + ")")


@cache
def _year_word() -> re.Pattern:
    return re.compile(r"(?:(?P<digits>(?:19|20)\d{2})\s*年|" + vocabulary.alternation("year_words") + r")\s*$")


def _holiday_name_year(norm: str, m: re.Match, edition_date: date) -> tuple[str, str, int | None]:
    """A holiday's name from its own word on (今年国庆假期 → 国庆假期), the year word before it as printed (去年, 2023年;
    "" for 今年, the edition's year, read as the story's own holiday) and the year it names (None: none named).
    A holiday of another year named as a base (比去年国庆假期) tells the story's is the nearest: no year."""
    w = _holiday_word().search(norm, m.start("name"), m.end("name"))
    if not w:
        return "", "", None
    y = _year_word().search(norm, max(0, w.start() - 8), w.start())
    if not y:
        return norm[w.start():m.end()], "", None
    if _BASE_BEFORE.search(norm, max(0, y.start() - 2), y.start()):
        return norm[w.start():m.end()], "", None  # 比去年国庆假期增长25%: a base; the story's figures are of the nearest
    offset = None if y.group("digits") else int(vocabulary.mapping("year_words", "offset")[y.group(0).strip()])
    year = int(y.group("digits")) if offset is None else edition_date.year + offset
    return norm[w.start():m.end()], "" if offset == 0 else y.group(0).strip(), year


def _headline_text(article: Article) -> str:
    return " ".join([article.kicker or ""] + [t.text for t in _texts(article) if t.part.role in ("kicker", "headline")])


def _named_period(text: str, named: dict[str, tuple[str, str]]) -> tuple[str, str] | None:
    """The span of a holiday the story dates, named in ``text`` (its longest name first)."""
    norm = simplified(halfwidth(text))
    return next((named[k] for k in sorted(named, key=len, reverse=True) if k in norm), None)


_BREAKDOWN = re.compile(r"\s*分[^，,。；;：:]{1,8}?来?看\s*[，,：:]")  # 分产业看，…: the figures before, broken down


_RUNS_ON = re.compile(r"[；;，,]\s*$")  # a paragraph ending on a clause's break: its sentence goes on in the next


def _article_headline_period(article: Article, edition_date: date | None,
                             named: dict[str, tuple[str, str]]) -> tuple[str | None, str | None]:
    """The period of the headline (its kicker's, or the holiday it names that the body dates: 清明假期全市接待游客…)."""
    headline_period = _headline_period(article, edition_date)
    if headline_period[0] is None:
        headline_period = _named_period(_headline_text(article), named) or headline_period
    return headline_period


def _paragraph_start(t, claims: list[Claim], dated: tuple, open_end: tuple | None,
                     running: tuple = (None, None)) -> tuple[tuple, tuple, tuple | None]:
    """The period and opening a paragraph starts with, and the period and opening it runs on with (else None): a body
    paragraph after one that ended on a clause's break (``open_end``: …同比增长4.7%； ⏎ 其中地铁客运量…) goes on with
    its sentence, and so with the period and opening it had, unless a heading or headline dates it. Else statistics
    go on with the period of those before them (``running``: :func:`_running_period`)."""
    para_period = (None, None) if dated[0] else _breakdown_period(t, claims)
    run_on = open_end if open_end is not None and t.part.role == "body" and not dated[0] and para_period[0] is None \
        else None
    return (*run_on, run_on) if run_on else (_running_period(t, dated, para_period, running), (None, None), None)


def _paragraph_end(t, para_period: tuple, opening: tuple, found: list[Claim], running: tuple) -> tuple[tuple | None, tuple]:
    """After a paragraph (its claims ``found``): the period and opening its sentence runs on with when it ends on a
    clause's break (see :func:`_paragraph_start`), and the period statistics run on with (:func:`_running_after`)."""
    body = t.part.role == "body"
    open_end = (para_period, opening) if body and _RUNS_ON.search(t.text) else None
    return open_end, _running_after(t, found if body else None, para_period, running)


def _running_period(t, dated: tuple, para_period: tuple, running: tuple) -> tuple:
    """A paragraph that opens on statistics naming no period (食品中，猪肉价格上涨8.6%；… after 上半年，全市CPI同比上涨
    0.6%) in a story no headline or heading dates goes on with the period of the statistics before it (``running``):
    a report's figures stay those of the period its lead set, until a clause names another. Not a paragraph whose
    text before its first period reports no bare change rate (全市现有护林员2860名: a stock, dated by nothing)."""
    if t.part.role != "body" or dated[0] or para_period[0] or not running[0]:
        return para_period
    norm = "".join(simplified(halfwidth(t.text)).split())
    first = next(iter(_dating_periods(norm)), None)
    return running if _statistics(norm[:first.start()] if first else norm) else para_period


def _running_after(t, found: list[Claim] | None, para_period: tuple, running: tuple) -> tuple:
    """The period statistics run on with after a body paragraph (``found``: its claims; None for a display
    line): its own when it reports statistics (a bare change rate) or is a label naming only a period
    (【数说】 ⏎ 1—5月 ⏎ 全市新登记市场主体2.36万户同比增长18.4%); none after one that names another period; as
    before after one that names none. Not a day (9月10日，…举办…: an event, not a period of statistics)."""
    if found is None:
        return running
    norm = "".join(simplified(halfwidth(t.text)).split())
    if not _dating_periods(norm):
        return running
    label = len(norm) <= 16 and not any(c.kind in CLAIM_KINDS for c in found)  # 2013年成绩单, a box's period label
    if para_period[0] and not _DAY_PERIOD.fullmatch(para_period[0]) and (label or _statistics(norm)):
        return para_period
    return (None, None)


def _dating_periods(norm: str) -> list[re.Match]:
    """The periods of ``norm`` that may date its figures: not a base (比上年同期, 较去年, 与上年相比)."""
    return [m for m in periods_in(norm) if not _BASE_WORD.search(norm, max(0, m.start() - 2), m.start())]


_BASE_WORD = re.compile(r"(?:比|较|与|同)$")
_DAY_PERIOD = re.compile(r"\d{4}-\d{2}-\d{2}")
_WRITTEN_BASE = re.compile(r"(?<![同环可])比|较")  # 比上年, 较去年: a base written; not 同比, 环比, 按可比口径


@cache
def _bare_rate() -> re.Pattern:
    """A change verb right before a rate (增长8.6%, 下降0.3个百分点, 增长1.1倍, 分别增长12.6%)."""
    verbs = sorted((w for w in vocabulary.words("change_verbs") if len(w) > 1), key=len, reverse=True)
    return re.compile("(?:" + "|".join(re.escape(w) for w in verbs) + r")了?(?:约|近)?\d+(?:\.\d+)?(?:%|倍|个百分点)")


@cache
def _future_word() -> re.Pattern:
    return re.compile(vocabulary.alternation("future_markers"))


def _statistics(norm: str) -> bool:
    """Some clause of ``norm`` reports a bare change rate (猪肉价格上涨8.6%, 同比下降1.4%): official statistics of a
    period; not against a written base (比上年增加0.3天), nor a forecast or target (预计…增长6%)."""
    for clause in re.split(r"[，,。；;：:！？!?]", norm):
        m = _bare_rate().search(clause)
        if m and not _WRITTEN_BASE.search(clause, 0, m.start()) and not _future_word().search(clause):
            return True
    return False


def _past_run_on(para_period: tuple, run_on: tuple | None) -> tuple:
    """After the sentence run on from the paragraph before, the period it carried is no longer the paragraph's (the
    sentences after its end open their own), unless that sentence named one."""
    return (None, None) if run_on is not None and para_period == run_on[0] else para_period


def _breakdown_period(t, claims: list[Claim]) -> tuple[str | None, str | None]:
    """A paragraph that opens by breaking down the figures before it (分产业看，第一产业…增长7.6%; 分行业看，…):
    the period of the last claim before it, the period those figures are of, unless it names its own. Only
    for a paragraph no heading or headline dates; not 从…看 (从项目类型看, often a stock of no period)."""
    if t.part.role != "body" or not _BREAKDOWN.match(halfwidth(t.text)):
        return None, None
    last = next((c for c in reversed(claims) if c.kind in CLAIM_KINDS and c.part == "body"), None)
    return (last.period, last.period_text) if last and last.period else (None, None)


_THIS_YEAR = re.compile(r"^(?:今年|预计|预测)\s*")  # 今年“五一”假期，…; 预计春运期间，…: the holiday still opens the clause


def _named_opening(sentence: str, named: dict[str, tuple[str, str]]) -> tuple[str | None, str | None]:
    """假期里，…: a sentence opening on a holiday the story dated (or the national schedule dates) gives the
    paragraph its span; also after 今年 (今年“五一”假期，…: this year's), and a holiday that is a later clause of
    its own (记者从市旅游局获悉，国庆假期，全市…: the frame after a source's clause)."""
    norm = simplified(halfwidth(sentence))
    first = _holiday_clause(norm.lstrip(), named, True)
    if first[0] or not named:
        return first
    for m in _CLAUSE_START.finditer(norm):
        later = _holiday_clause(norm[m.end():], named, False)
        if later[0]:
            return later
    return _holiday_in_topic(norm, named)


_FIRST_FIGURE_CLAUSE = re.compile(r"[^，,。；;：:！？!?]*?\d")
_NOT_THE_BREAK = re.compile(r"(?:比|较|同|于|与|为|保障|迎接|做好)\s*(?:今年|去年|上年)?\s*$")


def _holiday_in_topic(norm: str, named: dict[str, tuple[str, str]]) -> tuple[str | None, str | None]:
    """高速公路方面，假期全市车流量共计196万辆次; 宁崖机场假期保障航班1542架次: a holiday the story dates, named in the
    clause that holds the sentence's first figure, before it, dates the sentence: not one named as a base (比去年国庆
    假期) or as what is prepared for (为保障国庆假期…), nor one a shifting word moves (假期首日, 假期结束后)."""
    m = _FIRST_FIGURE_CLAUSE.search(norm)
    if m is None:
        return None, None
    clause = m.group(0)
    for k in sorted(named, key=len, reverse=True):
        at = clause.find(k)
        if at == -1:
            continue
        if _NOT_THE_BREAK.search(clause, 0, at) or _holiday_shift().match(clause, at + len(k)):
            return None, None
        return named[k]
    return None, None


_CLAUSE_START = re.compile(r"[，,：:]\s*")


def _holiday_clause(clause: str, named: dict[str, tuple[str, str]], opens: bool) -> tuple[str | None, str | None]:
    """The span of a holiday ``clause`` begins on: followed by its frame (假期里，) or, when it ``opens`` the
    sentence, a topic holding a figure (国庆假期预计…将超过6万人次); a shifting word moves it (首日)."""
    norm = _THIS_YEAR.sub("", clause, count=1)
    for k in sorted(named, key=len, reverse=True):
        if not norm.startswith(k):
            continue
        shift = _holiday_shift().match(norm, len(k))
        if shift:
            return _shifted(named[k], shift)  # 五一假期首日…: its first day; 国庆假期以来…: not the break's days
        if _HOLIDAY_FRAME.match(norm, len(k)) or norm.startswith(_DURING, len(k)) \
                or (opens and k not in _holiday_heads() and _HOLIDAY_TOPIC.match(norm, len(k))):
            return named[k]
    return None, None


@cache
def _holiday_shift() -> re.Pattern:
    """A word right after a holiday's name that moves its period (``holiday_shifts.csv``), 第N天 (its N-th day) or
    前N天 (its first N days; not 前 alone, 'before the holiday')."""
    return re.compile(r"(?:第(?P<nth>[一二三四五六七八九十\d]{1,2})[天日]|前(?P<first>[一二两三四五六七八九十\d]{1,2})[天日]"
                      r"|(?P<word>"
                      + vocabulary.alternation("holiday_shifts") + "))")


def _shifted(span: tuple[str, str], shift: re.Match) -> tuple[str | None, str | None]:
    """The N-th day of a holiday's span (首日 the first), its first N days (前三天: from its first day on), None for a
    word that moves its period off the break."""
    word = shift.group("word")
    if word and vocabulary.mapping("holiday_shifts", "shift")[word] != "first_day":
        return None, None
    n = 1 if word else small_count(shift.group("nth") or shift.group("first"))
    first, _, last = span[0].partition("/")
    if not last or not n:
        return None, None
    day = (date.fromisoformat(first) + timedelta(days=n - 1)).isoformat()
    if day > last:
        return None, None
    return (f"{first}/{day}" if shift.group("first") and n > 1 else day), span[1] + shift.group(0)


@cache
def _holiday_heads() -> frozenset[str]:
    """The heads of a holiday's name (``holiday_heads.csv``): alone (假期结束后) they name no holiday on their own."""
    return frozenset(vocabulary.words("holiday_heads"))


def _unless_a_stock(norm: str, inherited: tuple[str | None, str | None], named: dict[str, tuple[str, str]],
                    dated: tuple[str | None, str | None]) -> tuple[str | None, str | None]:
    """春节假期，…接待游客320万人次。据了解，全市共有A级景区56家: a holiday dates the figures of its own sentence and of
    those that continue it (其中…, 假期里…), not a stock a later sentence counts as it stands (共有, 现有:
    ``stock_markers.csv``) and does not date by the holiday itself: that takes the period it had without it."""
    if inherited not in named.values() or not _stock_opening().match(norm) or _HOLIDAY_NAMED.search(norm):
        return inherited
    return (None, None) if dated in named.values() else dated


@cache
def _stock_opening() -> re.Pattern:
    return re.compile(r"[^\d。；;]*?(?:" + vocabulary.alternation("stock_markers") + ")")


_DURING = "期间"  # 据测算，黄金周期间游客人均消费…: 'during' frames its clause without a comma after it
_HOLIDAY_FRAME = re.compile(r"(?:里|中|期间)?(?:[（(][^）)]{1,16}[）)])?[，,]")  # 国庆假期，…; 端午假期（6月22日至24日），…
_HOLIDAY_TOPIC = re.compile(r"(?:里|中|期间)?[\u4e00-\u9fff][^，,。；;：:]*?(?:\d|[一二两三四五六七八九][成倍])")  # 国庆假期预计日均客流将超过6万人次:
# the topic of a first clause that holds a figure, also one in words (预计增长一成, 翻两倍) (not “五一”假期临近，…:
# what follows is no figure of the holiday)


def _lead_line(article: Article) -> int | None:
    """The first line of the first body paragraph: where a story prints the day it reports (its dateline's)."""
    return next((t.part.spans[0].line for t in _texts(article) if t.part.role == "body" and t.part.spans), None)


def _last_day(found: list[Claim], day: str | None) -> str | None:
    """The last single day a sentence names (7月21日, not a span), else ``day``: what a later 当天 refers to."""
    return next((c.period for c in reversed(found) if c.kind in CONTEXT_KINDS and c.period
                 and _ONE_DAY.fullmatch(c.period)), day)


_ONE_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _label_figures(norm: str, found: list[Claim], above: str = "", edition_date: date | None = None) -> None:
    """Figures each printed before their label (a 【数说】 box) take the label after them as subject; figures under
    a paragraph that is only a label (``above``) take that label (:func:`_under_label`)."""
    _under_label(above, norm, found)
    claims = [c for c in found if c.kind not in CONTEXT_KINDS]
    for c, label in zip(claims, labels_after_figures(norm, [simplified(halfwidth(c.quote)) for c in claims])):
        c.subject = label or c.subject
    first = simplified(halfwidth(claims[0].quote)) if claims else ""
    opening = _opening_period(norm[len(first):].lstrip("—-－ "), edition_date) if first and norm.startswith(first) \
        and claims[0].period is None else (None, None)
    if opening[0]:  # １２所 ⏎ 今年新增普惠性托育机构, 42公里——今年以来新修…: the period its label opens on
        claims[0].period, claims[0].period_text = opening


_PRICE_LABEL = re.compile(r"\s*(?P<label>[\u4e00-\u9fff]{1,8})\s*[：:]")  # 票价：180元 280元


def _label_prices(norm: str, found: list[Claim]) -> None:
    """An advertisement's price line led by a label and a colon (票价：180元 280元, 门票价格：80元) gives its label as
    the subject of each price printed after the colon that has none."""
    m = _PRICE_LABEL.match(norm)
    if m is None:
        return
    for c in found:
        at = norm.find(halfwidth(c.quote))
        if c.kind in CLAIM_KINDS and not c.subject and at >= m.end():
            c.subject = m.group("label")


def _column_header(norm: str) -> tuple[str, ...] | None:
    """A table's header row (品种 均价 环比): short labels set apart by spaces, no figure, one of them
    a comparison (环比, 同比) that the column under it is measured by."""
    cells = tuple(norm.split())
    labels = vocabulary.mapping("comparison_words", "comparison")
    if len(cells) >= 2 and not re.search(r"[，,。；;：:]", norm) and all(len(c) <= 6 and not has_number(c)
                                                                      for c in cells[1:]) \
            and any(c in labels for c in cells[1:]):
        return cells  # the first cell heads the row labels (a title line can run into it)
    return None


def _by_column(header: tuple[str, ...] | None, norm: str, found: list[Claim]) -> bool:
    """A row under a table's header (精瘦肉 28.60元/公斤 -1.4%) with as many cells: a figure in the
    环比 column is 环比. Whether the row belongs to the table (so the header holds for the next)."""
    cells = norm.split()
    if header is None or len(cells) != len(header):
        return False
    labels = vocabulary.mapping("comparison_words", "comparison")
    for c in found:
        k = next((i for i, cell in enumerate(cells) if halfwidth(c.quote) in cell), None)
        if c.kind not in CONTEXT_KINDS and k is not None and header[k] in labels:
            c.comparison = labels[header[k]]
    return True


_FULL_DATE = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号]")
_BASE_BEFORE = re.compile(r"(?:比|较|同|与)\s*$")
_PART = re.compile(r"其中\s*[，,]?\s*$")  # 其中，2月17日单日…: a part of the paragraph's period, not a new one


@cache
def _moment_re() -> re.Pattern:
    """A clock time right after a day, opening its clause (10月9日中午11时30分，): see :func:`_a_moment`."""
    return re.compile(r"\s*(?:" + vocabulary.alternation("day_parts") + r")?\s*\d{1,2}\s*[时点](?:\s*\d{1,2}\s*分)?"
                      r"(?:许|左右)?\s*[，,]")


def _a_moment(norm: str, m: re.Match) -> bool:
    """A day with its clock time opening a clause (10月9日中午11时30分，在长者食堂…): the moment of a scene, which
    dates what its sentence tells, not the statistics of the sentences after it (街道现有老年人口6800余人). Not a
    cut-off (截至7月15日8时，…): the point the paragraph's figures run to, which dates them all (其中，…), even
    on the dateline's day."""
    return bool(m.group("md") or m.group("bday") or m.group("dpart")) and _moment_re().match(norm, m.end()) is not None \
        and _CUT_OFF_DAY.search(norm, 0, m.start()) is None


_CUT_OFF_DAY = re.compile(r"截[至止]\s*$")  # 截至7月15日8时: a figure to that day (and hour)


@cache
def _present_re() -> re.Pattern:
    return re.compile(r"\s*(?:" + vocabulary.alternation("present_markers", clears_period="yes") + r")\s*[，,]")


def _now_of(norm: str, previous: str, now: bool) -> tuple[bool, int, bool, bool]:
    """For a sentence after ``previous`` (``now``: whose 截至目前 stock reading ran to its end): whether it runs on
    after a ；, how far its figures stand now (:func:`_stands_now`; 截至目前，全县建有…；总里程…: the items after ；
    stand now too, not those after a 如今 sentence), whether it opens on that reading itself, and whether its own
    截至目前 reading runs to its end."""
    run_on = previous.rstrip().endswith(("；", ";"))
    carried = now and run_on
    until = _stands_now(norm, carried)
    return run_on, until, until > 0 and not carried, until == len(norm) and _present_re().match(norm) is None \
        and not _event_span(norm)


def _stands_now(norm: str, continued: bool = False) -> int:
    """How far into the sentence its figures tell how things stand now, taking no period from the paragraph or
    headline (0: none of it). All of one opening on 如今， (``present_markers.csv``: 十一年来累计…。如今，课堂有志愿者老师6名:
    the 6 are no count of those years). For one opening on 截至目前 (up to now) with a stock counted as it stands
    before its first figure (``stock_markers.csv``: 今年以来…。截至目前，全县建有瞭望塔27座), or an item after ； of such
    a sentence (``continued``): up to the first clause that counts work done (``flow_verbs.csv``: …；完成投资18亿元,
    …，办理业务12万件), which keeps the paragraph's period, as does the whole sentence when its stock clause counts
    who did the work (共有120家企业完成整改). 截至目前，已检修农机具… (work done so far) keeps it too."""
    if _present_re().match(norm) or _event_span(norm):
        return len(norm)
    opening = None if continued else _UP_TO_NOW.match(norm)
    if not continued and (opening is None or _stock_opening().match(norm) is None):
        return 0
    for clause in _CLAUSE.finditer(norm, opening.end() if opening else 0):
        text, start = clause.group(0), 0
        stock = _stock_opening().match(text)
        if stock:  # 共有120家企业完成整改: a count of who did the work, its verb after the figure
            figure = _DIGIT.search(text, stock.end())
            start = figure.end() if figure else len(text)
        if _flow_re().search(text, start):
            return clause.start()
    return len(norm)


_CLAUSE = re.compile(r"[^，,；;]+")
_EVENT_SPAN = re.compile(r"\s*[\u4e00-\u9fff“”]{2,8}?期间\s*[，,]")


def _event_span(norm: str) -> bool:
    """论坛期间，…, 案件审理期间，…: a sentence opening on the span of an event it names is that event's, no period of
    the paragraph or headline; not a holiday (节日期间, 春运期间), a season of the year (三夏期间: ``year_seasons.csv``)
    nor a period of the calendar (“十四五”期间)."""
    m = _EVENT_SPAN.match(norm)
    return m is not None and not periods_in(m.group(0)) and not _HOLIDAY_NAMED.search(m.group(0)) \
        and not _holiday_word().search(m.group(0)) \
        and not any(w in m.group(0) for w in vocabulary.words("holiday_alone") + vocabulary.words("year_seasons"))
_DIGIT = re.compile(r"\d")


@cache
def _flow_re() -> re.Pattern:
    return re.compile(vocabulary.alternation("flow_verbs"))


_UP_TO_NOW = re.compile(r"\s*(?:截[至止]|到)目前(?:为止)?\s*[，,]")


def _opens_a_plan(norm: str, m: re.Match, planned: list[str]) -> bool:
    """A period opening a clause whose figure is a target or forecast (…，今年计划完成投资312亿元。其中，
    产业项目98个): the plan's period, not the paragraph's for the actual figures after it. The caller passes only
    targets when the period is under way: 今年合作社纯收入有望超过80万元。合作社还带动82户… (a forecast for the year
    under way) dates the figures after it; 报告预计，下半年…将在10%至12%之间 (a period to come, or one already
    over when 下半年 resolves to last year's half) does not."""
    end = clause_bounds(norm, m.end())[1]
    return any(q and q in norm[m.end():end] for q in planned)


@lru_cache(maxsize=64)  # asked twice for each sentence (its opening period, and whether it opens a new topic)
def _opening_period(norm: str, edition_date: date | None) -> tuple[str | None, str | None]:
    """The period a sentence opens with (2023年全市…主要预期目标是：…), also after a clause that says who states
    it (会议明确，2026年工作的主要目标是：…), or in brackets after the holiday or event it dates (端午假期（6月22日
    至24日），预计…), else none."""
    found = periods_in(norm)
    m = next(iter(found), None)
    year_word = m is not None and len(found) > 1 and m.group("this") and found[1].start() == m.end()
    start, m, found = (m.start(), found[1], found[1:]) if year_word else (m.start() if m else 0, m, found)  # 今年1至9月，…
    if m is not None and len(found) > 1 and (m.group("md") or m.group("bday")) and not norm[:m.start()].strip():
        comma = _DAY_COMMA.match(norm, m.end())  # 4月11日，记者从县农业局获悉，今年全县…: the day the news was learned
        stated = _statement_opener().fullmatch(norm, comma.end(), found[1].start()) if comma else None
        if stated and not found[1].group("ago"):  # (a lead's day) opens no period; the one after the source does
            return resolve_period(found[1], edition_date), found[1].group(0)
    before = without_item_number(norm[:start].strip().lstrip(BULLETS).strip()) if m else ""  # ▲2025年…, （一）2025年…
    label = _speaker_label().match(before)  # 答：今年，…: who speaks, no clause of what is said
    before = before[label.end():] if label else before
    stated = _statement_opener().match(before)
    before = before[stated.end():].strip() if stated else before
    named = _NAMED_SPAN_OPENING.fullmatch(before) and _BRACKET_CLOSE.match(norm, m.end())
    if m is None or (before and not named) or m.group("ago"):
        return None, None  # 三年前，…；如今，…: a look back does not date the sentence past its ；
    return resolve_period(m, edition_date), m.group(0)


_DAY_COMMA = re.compile(r"\s*[，,]\s*")
_NAMED_SPAN_OPENING = re.compile(r"[\u4e00-\u9fff“”\"]{2,10}\s*[（(]")  # 端午假期（6月22日至24日），…: the days the name spans
_BRACKET_CLOSE = re.compile(r"\s*[）)]")


@cache
def _speaker_label() -> re.Pattern:
    """答：, 问：: an interview's label opening a sentence (``speaker_labels.csv``)."""
    return re.compile(r"(?:" + vocabulary.alternation("speaker_labels") + r")\s*[：:]\s*")


@cache
def _statement_opener() -> re.Pattern:
    """会议明确，, 报告提出，: a short clause naming who states what follows (``statement_openers.csv``)."""
    return re.compile(r"[\u4e00-\u9fff]{1,8}?(?:" + vocabulary.alternation("statement_openers") + r")\s*[，,：:]")


@cache
def _target_heading(reading: str) -> re.Pattern:
    return re.compile(vocabulary.alternation("target_headings", reading=reading))


_NUMBERED = re.compile(r"\s*(?:(?P<top>[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[章部篇])|[（(][一二三四五六七八九十]+[）)])")


@dataclass(frozen=True)
class _Heading:
    """A heading inside an article: its first line, the projection it gives its section, the one period it
    names (numbered headings only) and whether it opens a top-level section (二、…, 第三章) rather than a sub-one."""

    line: int
    projection: str | None
    period: tuple[str, str] | None
    top: bool


def _section_headings(article: Article, edition_date: date | None) -> list[_Heading]:
    """Every heading inside the article, in print order."""
    out = []
    for p in article.parts:
        if p.role == "subheadline" and p.spans:
            h = simplified(halfwidth(p.text))
            numbered = _NUMBERED.match(h) if len(h) <= 30 else None
            one = numbered and len(periods_in(h)) == 1  # 一、2020年和“十三五”时期工作回顾: two periods, no one date
            out.append(_Heading(p.spans[0].line, _heading_projection(p.text),
                                _display_period(h, edition_date) if one else None,
                                bool(numbered and numbered.group("top"))))
    return sorted(out, key=lambda h: h.line)


def _section(headings: list[_Heading], t: _Text,
             headline: tuple[str | None, str | None]) -> tuple[str | None, tuple[str | None, str | None]]:
    """The projection of the last heading printed before this paragraph (its section's), and the period
    its figures default to: a review section's dated heading's (一、2024年工作回顾, and （一）… under it),
    else the headline's. A plan's section (二、2025年主要目标) dates none: a target keeps only a period of
    its own sentence; nor does a later top-level heading that names no period (三、…)."""
    line = t.part.spans[0].line if t.part.spans else 0
    above = [h for h in headings if h.line < line]
    if not above:
        return None, headline
    if above[-1].projection is not None:
        return above[-1].projection, headline
    for h in reversed(above):
        if h.projection is not None:
            return h.projection, headline  # （一）… under 二、2025年主要目标: still the plan's section
        if h.period or h.top:
            return None, h.period or headline
    return None, headline


def _heading_projection(heading: str) -> str | None:
    """A heading inside a plan that names its goals, tasks or measures (一、发展目标, 二、重点任务,
    第三章 主要目标) makes the figures of its section targets; not a review of results
    (目标任务完成情况, 发展成就, 目标进展): ``target_headings.csv``."""
    h = simplified(halfwidth(heading))
    if len(h) > 30 or _target_heading("review").search(h):
        return None
    return "target" if _target_heading("target").search(h) else None


def _list_projection(norm: str, listed: str | None) -> str | None:
    """The projection a list opener (预期目标是：) gives the ；-separated items after it, up to a sentence's
    full stop."""
    if not norm.rstrip().endswith(("；", ";")):
        return None
    opener = projection_list_opener().search(norm)
    if opener:
        return next(p for w, p in _projection_labels() if w == opener.group("word"))
    return _opening_forecast(norm) or listed


@cache
def _opening_forecast_re() -> re.Pattern:
    return re.compile(r"\s*(?:" + vocabulary.alternation("projection_markers", projection="forecast") + ")")


def _opening_forecast(norm: str) -> str | None:
    """A sentence that opens on a forecast (预计春运期间，…；其中，…) or a target year (到2025年，…；…): it governs
    its ；-separated parts up to the full stop, as a list opener's label does."""
    if _opening_forecast_re().match(norm):
        return "forecast"
    return "target" if _OPENING_TARGET.match(norm) else None  # 到2025年，…力争达到10%，…；…数量突破2000家


_OPENING_TARGET = re.compile(r"\s*(?:力争|计划|预计)?到\s*\d{4}\s*年(?:底|末)?\s*[，,]")


@cache
def _projection_labels() -> tuple[tuple[str, str], ...]:
    return tuple((r["entry"], r["projection"]) for r in vocabulary.table("projection_markers"))


def _sentence_claims(s: _Sentence, with_context: bool) -> list[Claim]:
    """The claims of one sentence, left to right, each read by the stages in turn."""
    if not has_number(s.norm):
        return []
    masks, rx, norm = masked(s.norm), quantity_pattern(), s.norm
    found: list[Claim] = []
    spans: dict[int, tuple[int, int]] = {}
    prev_end = pos = 0
    while (m := rx.search(norm, pos)) is not None:
        pos = m.end() if m.end() > m.start() else m.start() + 1
        if not m.group("num1"):
            continue
        if within_opens_noun(m):
            m = rx.match(norm, m.start(), m.start("post")) or m  # 2条内贸航线: the quantity ends before 内
        claim = _one(s, m, masks, prev_end, found)
        if claim is None:
            continue
        pos = max(pos, claim[1])
        if claim[0].kind in CONTEXT_KINDS and not with_context:
            continue
        found.append(claim[0])
        spans[id(claim[0])] = (m.start(), claim[1])
        if claim[0].kind not in CONTEXT_KINDS and not (claim[0].kind == "duration" and agreement_of_term(norm, m.end())):
            # (签订3年期劳动合同的农民工达2.1万人: a term modifies the next figure's subject, which keeps it whole)
            if _in_aside(norm, m, prev_end):
                continue  # 比规划目标（年均增长6.5%）低0.2个百分点: the figure after reads through the aside
            prev_end = m.end()
            if claim[0].subject and norm.startswith(claim[0].subject, m.end()) and not has_number(claim[0].subject) \
                    and not opens_an_attribute(norm[m.end() + len(claim[0].subject):]):
                prev_end += len(claim[0].subject)  # 11193个村（社区）党组织100%…: that noun was this claim's
                # (but 12个国控断面水质优良比例为100%: the noun and its attribute are the next figure's)
    found = _without_size_classes(norm, found, spans)
    _pair_respectively(norm, found)
    _run_on_totals(norm, found)
    _run_on_changes(norm, found)
    _shared_within(norm, found)
    return _compound_durations(s, _bounded_ranges(s, found))


# 投资超过10亿元的项目有28个, 产值超10亿元企业9家, 10亿元以上项目23个: a bound amount (超, 超过, 以上, 以下) printed
# before a noun that a count then counts names a class of that noun by size, no amount of its own
_BOUND_AMOUNT = re.compile(r"^(?:超过|超)|(?:以上|以下)$")
_CLASS_COUNTED = re.compile(r"的?[\u4e00-\u9fff“”]{1,12}?(?:共有|有|达到|达|共|为)?")  # no space: a display line's decks
_SIZE_KINDS = frozenset({"money", "measure", "percent"})


def _without_size_classes(norm: str, found: list[Claim], spans: dict[int, tuple[int, int]]) -> list[Claim]:
    """``found`` without the bound amounts that size a class of what the next figure, a count, counts (投资超过
    10亿元的项目有28个: the projects over a billion are 28; the billion is the class's threshold, no claim). Not a
    count (超1.3万家参与促销的商户: how many), nor before a figure of another kind (60%以上的税收和70%以上的…)."""
    figures = [c for c in found if c.kind not in CONTEXT_KINDS]
    dropped = set()
    for c, d in zip(figures, figures[1:]):
        if c.kind in _SIZE_KINDS and d.kind == "count" and _BOUND_AMOUNT.search(c.quote.strip()) \
                and _CLASS_COUNTED.fullmatch(norm, spans[id(c)][1], spans[id(d)][0]):
            dropped.add(id(c))
    return [c for c in found if id(c) not in dropped] if dropped else found


_COMPOUND_DURATION = re.compile(r"(?<![\d.])(?:(?P<h>\d{1,3})(?:个?小时|时(?=\d{1,2}分\d{1,2}(?:\.\d+)?秒)))?"
                                r"(?:(?P<m>\d{1,2})分(?:钟)?)?(?:(?P<s>\d{1,2}(?:\.\d+)?)秒(?:(?<=\d秒)(?P<cs>\d{2})(?![\d.%]))?)?")
"""An elapsed time in two units or more; 时 stands for 小时 only before minutes and seconds (a race time, 2时08分15秒)."""
_RACE_TIME_BEFORE = re.compile(r"(?:以|为|是|用时|耗时|历时|成绩|跑出|仅用|创造了?)$")
"""What comes right before an elapsed time written with 时 (以2时08分15秒的成绩): without it, 时 is a clock's hour."""
_IN_SECONDS = {"h": 3600, "m": 60, "s": 1}
_SMALLEST = (("s", "second"), ("m", "minute"), ("h", "hour"))


def _compound_durations(s: _Sentence, found: list[Claim]) -> list[Claim]:
    """``found`` with each elapsed time printed in two units or more (2小时11分08秒, 3分20秒, 1小时30分钟) read as one
    duration in the smallest unit printed (7868 seconds), in place of the claims read from its pieces. A clock time
    (10时30分) names no 小时 and is left alone. A piece's hedge (约2小时30分钟) comes with it: every claim whose quote
    overlaps the time is a piece, and the merged quote begins where the first piece's does."""
    if "秒" not in s.norm and "小时" not in s.norm:
        return found
    out = list(found)
    for m in _COMPOUND_DURATION.finditer(s.norm):
        if sum(1 for g in ("h", "m", "s", "cs") if m.group(g)) < 2:  # (10秒38: ten seconds and 38 hundredths, a race time)
            continue
        clock = bool(m.group("h")) and s.norm[m.end("h")] == "时" and not _RACE_TIME_BEFORE.search(s.norm[:m.start()])
        pieces, starts, cursor = [], [], 0
        for c in out:
            k = s.norm.find(halfwidth(c.quote), cursor) if c.kind in CLAIM_KINDS else -1
            if k != -1:
                cursor = k + len(c.quote)
                if k < m.end() and k + len(c.quote) > m.start():
                    pieces.append(c)
                    starts.append(k)
        if not pieces or any(c.kind != "duration" for c in pieces):
            continue
        if clock:  # 9时30分15秒，火箭点火: a clock time to the second, no elapsed time at all
            out = [c for c in out if not any(c is p for p in pieces)]
            continue
        seconds = sum(float(m.group(g)) * _IN_SECONDS[g] for g in "hms" if m.group(g)) + int(m.group("cs") or 0) / 100
        g, unit = next((g, u) for g, u in _SMALLEST if m.group(g))
        value = seconds / _IN_SECONDS[g]
        merged = s.claim(min(m.start(), *starts), m.end(), value=int(value) if value == int(value) else value, low=None, high=None,
                         unit=unit, kind="duration", qualifier=pieces[0].qualifier, direction=pieces[0].direction,
                         subject=pieces[0].subject, period=pieces[0].period, period_text=pieces[0].period_text,
                         comparison=pieces[0].comparison, projection=pieces[0].projection)
        at = out.index(pieces[0])
        out = [c for c in out if not any(c is p for p in pieces)]
        out.insert(at, merged)
    return out


def _bounded_ranges(s: _Sentence, found: list[Claim]) -> list[Claim]:
    """处50元以上200元以下罚款: a lower bound run on into an upper bound of the same unit is one range."""
    out: list[Claim] = []
    cursor = 0
    for c in found:
        k = s.norm.find(halfwidth(c.quote), cursor) if c.kind in CLAIM_KINDS else -1
        prev = out[-1] if out else None
        if (k != -1 and prev is not None and prev.kind in CLAIM_KINDS and k == cursor and prev.unit == c.unit
                and prev.qualifier == "lower_bound" and c.qualifier == "upper_bound" and prev.value is not None
                and c.value is not None and prev.value < c.value and prev.quote.endswith("以上")
                and c.quote.endswith(("以下", "以内"))):
            start = cursor - len(prev.quote)
            prev.quote = s.sentence[start:k + len(c.quote)]
            prev.low, prev.high, prev.value, prev.qualifier = prev.value, c.value, None, None
            cursor = k + len(c.quote)
            continue
        if k != -1:
            cursor = k + len(c.quote)
        out.append(c)
    return out


def _neighbours(norm: str, found: list[Claim]):
    """Each claim with the next, and where the first one's quote ends in ``norm``, in print order; stops where a
    quote cannot be found (the pairs after it would be misplaced)."""
    claims = [c for c in found if c.kind in CLAIM_KINDS]
    cursor = 0
    for a, b in zip(claims, claims[1:]):
        k = norm.find(halfwidth(a.quote), cursor)
        if k == -1:
            return
        cursor = k + len(a.quote)
        yield a, b, cursor


def _shared_within(norm: str, found: list[Claim]) -> None:
    """期限分别为15日和30日内: 内 after the last of two time limits joined by 和 (或, 及, 、) bounds both, the first an
    upper bound too (also 60日和6个月内). Not 15日后和30日内 (the first has its own word), nor counts (3人和5人以内)."""
    if "内" not in norm:
        return
    for a, b, cursor in _neighbours(norm, found):
        if a.qualifier is None and b.qualifier == "upper_bound" and a.kind == b.kind == "duration" \
                and b.quote.endswith("内") and _JOINED.fullmatch(norm, cursor, max(cursor, norm.find(halfwidth(b.quote), cursor))):
            a.qualifier = "upper_bound"


_JOINED = re.compile(r"\s*[和或及、与]\s*")


def _run_on_totals(norm: str, found: list[Claim]) -> None:
    """共6章42条: a count printed right after a total's count, nothing between, is part of that total."""
    for a, b, cursor in _neighbours(norm, found):
        if a.comparison == "共计" and b.comparison is None and b.kind == a.kind == "count" \
                and norm.startswith(halfwidth(b.quote), cursor):
            b.comparison = "共计"


def _run_on_changes(norm: str, found: list[Claim]) -> None:
    """减少贫困人口860户0.27万人: a count printed right after a changed count, nothing between, in another unit, is the
    same change measured again: it takes that change's direction, and a decrease its sign."""
    for a, b, cursor in _neighbours(norm, found):
        if a.direction and not b.direction and a.kind == b.kind == "count" and a.unit != b.unit \
                and b.value is not None and b.value > 0 and norm.startswith(halfwidth(b.quote), cursor):
            b.direction = a.direction
            if a.direction == "decrease":
                b.value = -b.value


_ASIDE_CLOSE = re.compile(r"[^（）()\d，,。；;]{0,6}[）)]")


def _in_aside(norm: str, m: re.Match, prev_end: int) -> bool:
    """A figure inside a bracketed aside opened after the figure before it and closed right after it, glossing a base
    written before it (比规划目标（年均增长6.5%）低0.2个百分点): the next figure's base and verb are read through it."""
    opened = max(norm.rfind("（", prev_end, m.start()), norm.rfind("(", prev_end, m.start()))
    return opened >= 0 and _ASIDE_CLOSE.match(norm, m.end()) is not None \
        and not re.search(r"[）)，,；;]", norm[opened:m.start()]) and _THAN_OPEN.search(norm, prev_end, opened) is not None


_THAN_OPEN = re.compile(r"(?<![同环占])[比较](?![重例率])")  # a base opened before the aside (比规划目标（…）低)


def _one(s: _Sentence, m: re.Match, masks: list[tuple[int, int]], prev_end: int,
         found: list[Claim]) -> tuple[Claim, int] | None:
    """The claim at ``m`` and where its quote ends: stages 1-4 (quantity), then 5-8 (context)."""
    r = read_quantity(s.norm, m, masks, prev_end)
    if r is None:
        return None
    if isinstance(r, ContextSpan):
        period_ = context_period(s.norm, r.start, r.end, s.edition_date)
        return s.claim(r.start, r.end, value=None, low=None, high=None, unit="", kind=r.kind, qualifier=None,
                       direction=None, subject="", period=period_, period_text=s.sentence[r.start:r.end],
                       comparison=None), r.end
    if r.value is None and r.low is None:
        return None  # a claim always has a value (or a range's bounds)
    prior = [c for c in found if c.kind not in CONTEXT_KINDS]
    r.projection, r.laid_down, r.framed = s.projection, _lays_down(s.article), s.framed
    inherited = s.inherited if r.quote_start >= s.now_until else (None, None)
    r = place(r, s.edition_date, carried_subject([c.subject for c in prior], r.kind) if prior else s.carried, inherited,
              s.article.dateline if s.lead else None, s.opening, s.day, s.article.dateline)
    _weather_forecast(r, s)
    _span_length(r, s.edition_date)
    _same_rate_raised(r, prior[-1] if prior else None)
    _same_verb_listed(r, prior[-1] if prior else None)
    _same_total_listed(r, prior[-1] if prior else None)
    _same_noun_counted(r, next((c for c in reversed(prior) if r.word and c.quote.endswith(r.word)), None))
    if prior and r.kind == "money" and prior[-1].unit.startswith(r.unit + "/") and r.subject == prior[-1].subject:
        r.unit = prior[-1].unit  # 每斤1.26元，环比上涨0.02元: the change of a price is per the same unit
    return s.claim(r.quote_start, r.quote_end, value=r.value, low=r.low, high=r.high, unit=r.unit, kind=r.kind,
                   qualifier=r.qualifier, direction=r.direction,
                   subject=_joined(s.as_printed(r.subject, r.quote_start), s.text.part.role),
                   period=r.period, period_text=r.period_text, comparison=_printed_base(s, r),
                   projection=r.projection), r.quote_end


_LEVEL_REACHED = re.compile(r"(?:达到|达|增至|增加到|提高到|提高至|增加至|为)\s*$")


def _same_noun_counted(r: Reading, prior: Claim | None) -> None:
    """床位3.18万张，其中医院2.64万张，基层机构0.46万张; 养老床位28张，建议到2017年达到35张: a general measure word (张)
    with no noun of its own, after a figure of the same measure word whose noun named its unit (bed), counts that
    noun too: in a 其中 breakdown with no verb of its own, or as a level reached (达到35张). Not 发放宣传单5000张."""
    if prior is None or r.word is None or r.word not in _noun_units() or not prior.quote.endswith(r.word) \
            or r.unit != units()[r.word].unit or prior.unit == r.unit or prior.kind != r.kind:
        return
    between = r.norm[r.prev_end:r.quote_start]
    if (VERB_RE.search(between) is None and "其中" in r.norm[:r.quote_start]) or _LEVEL_REACHED.search(between):
        r.unit = prior.unit


_SPAN_LENGTH = re.compile(r"(?:共计?|为期|历时|全长)\s*$")
_SPAN_ENDS = re.compile(r"(?:结束|截止|止|举办|举行|开展)?\s*[，,]\s*$")


def _span_length(r: Reading, edition_date: date | None) -> None:
    """公示期为2024年11月19日至11月25日，共7天; 春运从1月7日开始至2月15日结束，共40天: a number of days opening the
    clause right after a span of days (only 共, 为期 between) is that span's length: the span is its period."""
    if r.kind != "duration" or r.unit != "day" or r.clause[0] == 0 \
            or not _SPAN_LENGTH.fullmatch(r.norm, r.clause[0], r.quote_start):
        return
    before = r.norm[max(0, r.clause[0] - 40):r.clause[0]]
    span = next((m for m in reversed(periods_in(before)) if m.group("dspan") or m.group("bdspan")), None)
    if span is None or not _SPAN_ENDS.fullmatch(before, span.end()):
        return
    p = resolve_period(span, edition_date)
    if p:
        r.period, r.period_text = p, span.group(0)


_LAYS_DOWN = ("notice", "document")  # kinds of text that set time limits (5个工作日内办结), not report them


def _lays_down(article: Article) -> str:
    """The kind of text that lays down the terms it prints (a notice, a document that directs: 通知, 方案), else
    "": a document titled as a report (政府工作报告, 审计工作报告（摘要）, 统计公报: ``document_titles.csv``, ``sets``
    report) is ``report``: it tells the terms it cut (审批时间压缩至60个工作日内) and sets only the ones a
    directive word lays down (已明确整改期限为30至90天)."""
    if article.kind not in _LAYS_DOWN:
        return ""
    if article.kind == "document" and _report_title().search(article.headline.strip()):
        return "report"
    return article.kind


@cache
def _report_title() -> re.Pattern:
    return re.compile("(?:" + vocabulary.alternation("document_titles", sets="report") + r")(?:[（(][^）)]{1,6}[）)])?$")
_WRAP_SPACE = re.compile(r"(?<=[\u4e00-\u9fff“”])\s+(?=[\u4e00-\u9fff“”])")


def _joined(subject: str, role: str) -> str:
    """A subject with a space left where display lines were joined: a line wrapped inside a phrase
    (空气质量优良 天数比例) is joined up; in a headline, a second deck that names a whole noun phrase
    (“侨”力汇聚 梧川侨资企业) is the subject on its own."""
    if " " not in subject and "\u3000" not in subject:
        return subject
    last = subject.split()[-1]
    if role != "body" and len(last) >= 5:
        return last
    return _WRAP_SPACE.sub("", subject)


# 、建议 (共提出议案12件、建议386件), 、 alone (共设32个大项、418个小项: the first count's noun read as its own), 班、
# (新生96个班、4320名: the first count's noun after it)
_LISTED_OBJECT = re.compile(r"[\u4e00-\u9fff“”]{0,6}[、和及]\s*[\u4e00-\u9fff“”]{0,12}$")


def _same_verb_listed(r: Reading, prior: Claim | None) -> None:
    """新增公办幼儿园学位4200个、中小学学位3600个: a count listed after the count before, with no verb of its own
    (only 、 and its noun between), is changed by the same verb: that count's direction."""
    if r.direction is not None or prior is None or prior.direction is None or r.prev_end <= r.clause[0] \
            or prior.kind != "count" or r.kind != "count":  # not 新增产值约120亿元、税收8亿元 (the tax is a level)
        return
    between = r.norm[r.prev_end:r.quote_start]
    if _LISTED_OBJECT.fullmatch(between) is None or VERB_RE.search(between[1:]) is not None:
        return
    r.direction = prior.direction
    if r.direction == "decrease" and r.value is not None and r.value > 0:
        r.value = -r.value


def _same_total_listed(r: Reading, prior: Claim | None) -> None:
    """共提出议案12件、建议386件, 共设32个大项、418个小项: a count listed after a total, with only 、 (和, 及) and a
    noun between (no verb of its own), is counted by the same 共 verb: a total too."""
    if r.comparison is not None or prior is None or prior.comparison != "共计" or r.prev_end <= r.clause[0] \
            or prior.kind != "count" or r.kind != "count":
        return
    between = r.norm[r.prev_end:r.quote_start]
    if _LISTED_OBJECT.fullmatch(between) is not None and VERB_RE.search(between[1:]) is None:
        r.comparison = "共计"


_RAISED_RATE = re.compile(r"(?:力争|争取|努力|确保)(?:达到|达|实现)?$")


def _same_rate_raised(r: Reading, prior: Claim | None) -> None:
    """增长7%以上，力争达到7.5%: a rate whose clause names nothing but a higher aim is the same change as the
    rate just before it (its direction and comparison)."""
    if r.direction is not None or prior is None or r.kind not in ("percent", "percentage_point") \
            or prior.kind != r.kind or prior.direction is None:
        return
    if _RAISED_RATE.fullmatch(r.norm[r.clause[0]:r.quote_start].strip()) is None:
        return
    r.direction = prior.direction
    r.comparison = r.comparison or prior.comparison
    if r.direction == "decrease" and r.value is not None and r.value > 0:
        r.value = -r.value


@cache
def _forecast_day_re() -> re.Pattern:
    return re.compile(vocabulary.alternation("forecast_days"))


def _weather_forecast(r: Reading, s: _Sentence) -> None:
    """A weather report's temperatures (今日天气 / 气温-4℃～1℃; 今天多云，8℃～13℃), and its rain and chance of rain,
    are a forecast of the day it names (``forecast_days.csv``: 今天 → the edition's date, 明天 → the day after), in its sentence
    or its display lines; in a sentence naming several days (今天…气温26℃～34℃ 明天…气温25℃～31℃), the last named before
    the figure. A figure of the days ahead (未来三天, 今明两天: a span from the edition's date on) is a forecast too."""
    if s.edition_date is None:
        return
    if r.period_text and _DAYS_AHEAD.fullmatch(r.period_text):
        r.projection = r.projection or "forecast"  # 未来三天，…过程雨量可达…, 今明两天…气温…: days still to come
        return
    measure = r.unit == "°C" or (r.unit in _WEATHER_MEASURE and re.search(_WEATHER_MEASURE[r.unit], r.subject or ""))
    if not measure:
        return
    display = [t.text for t in _texts(s.article) if t.part.role != "body" or _weather_label(t.text)] \
        + [s.article.kicker or ""]
    if r.unit != "°C" and not any(_WEATHER_REPORT.search(text) for text in (s.norm, *display)):
        return  # rain (过程降雨量25至40毫米) and its chance (降水概率60%) in a weather report, as its temperatures
    before = list(_forecast_day_re().finditer(s.norm, 0, r.quote_start))  # 今天…26℃～34℃ 明天…25℃～31℃: each day its own
    day = before[-1] if before else next((m for text in (s.norm, *display) if (m := _forecast_day_re().search(text))), None)
    if day is None:
        return
    offset = int(vocabulary.mapping("forecast_days", "offset")[day.group(0)])
    r.period, r.period_text = (s.edition_date + timedelta(days=offset)).isoformat(), day.group(0)
    r.projection = r.projection or "forecast"


_DAYS_AHEAD = re.compile(r"今明两[天日]|未来.{1,3}[天日]")
_WEATHER_MEASURE = {"mm": r"雨量|降水|降雪", "%": r"降水概率|降雨概率"}
_WEATHER_REPORT = re.compile(r"天气|预报")


def _weather_label(text: str) -> bool:
    """A weather box's label line printed as a paragraph of its own (今日天气：多云转阵雨 / 22℃～31℃, 某地天气 今天
    晴 / 3℃～14℃): short, opening on its day (after the place's 天气), with no figure."""
    text = text.strip()
    day_at = _WEATHER_HEAD.match(text).end()  # 澜川天气 今天 多云转晴: the place's weather, then its day
    opens = _forecast_day_re().match(text) or _forecast_day_re().match(text, day_at)  # 今日天气： opens on its day
    return len(text) <= 16 and opens is not None and not re.search(r"\d", text)


_WEATHER_HEAD = re.compile(r"(?:[\u4e00-\u9fff]{0,4}天气\s*[：:]?\s*)?")


def _printed_base(s: _Sentence, r) -> str | None:
    """A written base as printed (较上屆 → 比上屆), other comparisons as they are."""
    c = r.comparison
    if c and c.startswith("比") and r.base_start is not None:  # full-width digits as digits (比２０１９ → 比2019)
        return "比" + halfwidth(s.as_printed(c[1:], r.quote_start)) if c[1:] in s.norm else c
    return c


def _pair_respectively(norm: str, found: list[Claim]) -> None:
    """分别: give each value after a 分别 (up to the next) its own subject from the list before it;
    a list with no items of its own (同比增速分别为…) pairs with the values before it."""
    marks = [m.start() for m in re.finditer("分别", norm)]
    if not marks:
        return
    claims, cursor, where = [c for c in found if c.kind in CLAIM_KINDS], 0, {}
    for c in claims:
        k = norm.find(halfwidth(c.quote), cursor)
        where[id(c)], cursor = (k, k + len(c.quote)) if k != -1 else (-1, cursor)
    for i, k in enumerate(marks):
        stop = min(marks[i + 1] if i + 1 < len(marks) else len(norm), clause_bounds(norm, k)[1])  # the list's own clause
        after = [c for c in claims if k <= where[id(c)] < stop]
        if len(after) < 2:
            continue
        _inherit_from_list(after)
        before = [c for c in claims if 0 <= where[id(c)] < k]
        subjects = (_list_items(_list_head(norm, k), len(after)) or _ranked_list_before(norm, k, len(after))
                    or [c.subject for c in before[-len(after):]])
        if len(subjects) != len(after):
            continue
        for c, subj in zip(after, subjects):
            c.subject = subj


def _list_head(norm: str, k: int) -> str:
    """The text that names a 分别 list's items: its clause before 分别, or the clause before that when
    分别 opens its own (电子行业和计算机行业涨幅居前，分别上涨3.4%和2.8%)."""
    lo = clause_bounds(norm, k)[0]
    if clean_subject(norm[lo:k]) or lo == 0:
        return norm[lo:k]
    return norm[clause_bounds(norm, lo - 1)[0]:lo - 1]


_GROUP = re.compile(r"(?<=..)[两二三四五六七八九十]+[大个类项种家条][\u4e00-\u9fff]{0,6}$")  # …三大支柱产业


def _ranked_list_before(norm: str, k: int, n: int) -> list[str]:
    """The items of a list ranked in the clause before a 分别 clause that names only what is measured (东盟、欧盟、
    美国为前三大贸易伙伴，进出口分别增长…): the ranked items, when that clause lists exactly ``n`` of them."""
    lo = clause_bounds(norm, k)[0]
    if lo == 0 or re.search(r"[、和及与]", norm[lo:k]):
        return []  # the 分别 clause lists its own items
    head = norm[clause_bounds(norm, lo - 1)[0]:lo - 1]
    return _list_items(head, n) if _RANKED.search(head) else []


# 位居全市前三, 位列前三, 为口岸前三大贸易伙伴, 居前两位: a ranking after a list's last item, no part of it.
_RANKED = re.compile(r"(?<=[\u4e00-\u9fff])(?:位居|位列|居于|居|排名|排在|为)[\u4e00-\u9fff“”]{0,12}?前[两二三四五六七八九十]+"
                     r"(?:位|名|强|大[\u4e00-\u9fff]{0,6})?$")


def _list_items(head: str, n: int) -> list[str]:
    """The ``n`` items of a 分别 list (汽车、电子信息、装备制造三大支柱产业 → 汽车, 电子信息, 装备制造),
    a head noun only the last item carries (铝板带、铝型材、铝箔产量) left to the list; [] when they differ in number."""
    items = [x for x in clean_subject(head).split("、") if x]
    if items:
        items[-1] = _RATE_AFTER.split(items[-1])[0] or items[-1]  # 计算机行业涨幅居前: the items end at their rate
        items[-1] = _RANKED.sub("", items[-1]) or items[-1]  # 餐饮服务位列前三: the items end before their rank
    if len(items) == n - 1:  # 工业、农业和服务业: the last two joined by 和 (not 外商及港澳台商投资企业, one item)
        joint = "和" if "和" in items[-1] else "[及与]"  # 普及率和覆盖率: 和 joins them, 及 is inside a word
        items[-1:] = [x for x in re.split(joint, items[-1], maxsplit=1) if x]
    if len(items) != n or any(re.search(r"\d", _CODES.sub("", _NAMED_BY_NUMBER.sub("", x))) for x in items):
        return []  # 制造业项目112个、基础设施项目68个，分别占…: the items are claims, paired below
    items[0] = _LIST_INTRO.sub("", items[0])  # 增幅居前三位的分别是节能环保、…: what introduces the list is no item
    items[0] = _SCOPE.sub("", items[0]) or items[0]  # 全市水稻、玉米、大豆: the scope is the whole list's
    items[0] = _without_list_coverb(items)
    items[-1] = _GROUP.sub("", items[-1])
    acts = False  # 提出上诉和申请复议的期限: the items are acts, each with its own verb
    if not any("的" in x for x in items[:-1]) and "占" not in items[-1]:  # not …占总产值的比重: a share's base
        acts = _SHARED_DE_HEAD.search(items[-1]) is not None
        items[-1] = _SHARED_DE_HEAD.sub("", items[-1])  # 提出答辩状和举证的期限: 的期限 is the whole list's head
    if any(_WHOLE_MEASURE.search(x) for x in items[:-1]):
        return _first_item_without_frame(items, acts)  # 城镇化率、森林覆盖率: an earlier item is a rate named whole, the last one's head is its own
    heads = [h for h in _measure_heads() if items[-1].endswith(h) and len(items[-1]) > len(h)
             and not any(x.endswith(_measure_heads()) for x in items[:-1])]  # 增加值、固定资产投资: two whole names
    if heads and not items[0].startswith(items[-1][:-len(heads[0])]):  # 旅游接待人次和旅游收入: 旅游 is the first word
        items[-1] = _GROUP.sub("", items[-1][:-len(heads[0])])  # 食品加工三大主导产业增加值 → 食品加工   # both items share
        inner = next((h for h in _measure_heads() if items[-1].endswith(h) and len(items[-1]) > len(h) + 1), "")
        items[-1] = items[-1][:-len(inner)] if inner else items[-1]  # 装备制造产业产值: a head noun before the measure
        if items[-1].endswith("类") and len(items[-1]) > 2 and not any(x.endswith("类") for x in items[:-1]):
            items[-1] = items[-1][:-1]  # 通讯器材类零售额: 类 names the category, the item is 通讯器材
    return _first_item_without_frame(without_shared_head(items), acts)


# 提出答辩状和举证的期限分别为15日和30日: a head after 的 that only the last item prints is the whole list's (the
# items are the acts limited), as a measure printed once after the last item is.
_SHARED_DE_HEAD = re.compile(r"(?<=[\u4e00-\u9fff]{2})的[\u4e00-\u9fff]{1,3}$")


# PM10, （PM2.5）: a code's digits name the item, they make it no claim of its own (not 一期（120亩）: a measure).
_CODES = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ][A-Za-zＡ-Ｚａ-ｚ\d０-９.．]*")
# 23价肺炎疫苗, 3号线, 5G基站: a number with a character that names a thing by it (``name_numbers.csv``) is part of the
# item's name, no claim of its own (制造业项目112个 is one: its number ends the item).
_NAMED_BY_NUMBER = re.compile(r"[\d０-９]+(?:(?:" + vocabulary.alternation("name_numbers") + r")(?=[\u4e00-\u9fffA-Za-z])"
                              r"|[A-Za-zＡ-Ｚ]+(?=[\u4e00-\u9fff]))")  # 5G基站, 4A级景区: a code opening on its number
# 城镇化率, 优良天数比例, 地区生产总值占比: an item ending in a rate or a share is a measure named whole; so is a trade
# named by its activity (商品零售、餐饮收入: the retail of goods is measured as printed, 收入 is the last item's own).
_WHOLE_MEASURE = re.compile(r"(?<=.)(?:率|比例|零售|批发|" + vocabulary.alternation("share_words", part="noun") + ")$")
_RATE_AFTER = re.compile("(?<=.)(?:" + vocabulary.alternation("rate_words") + ")")
# 居前三位的(分别)是, 排名靠前的依次为: a copula after 分别/依次, or 是 alone; never a bare 为, which opens
# a noun as often (新建的为民服务站, 为老服务中心)
_LIST_INTRO = re.compile(r"^[^、]*?的(?:(?:分别|依次)[是为]|是)(?=..)")
# 全市水稻、玉米, 限额以上单位汽车类、石油及制品类: a scope (a whole area, the units above the reporting threshold)
# printed before the first item is the whole list's, no part of that item.
_SCOPE = re.compile(r"^(?:(?:全市|全省|全县|全区|全国|全州|本市|我市|我省|国内|境内|各类|各项|限额以上单位|限上单位)(?=..))+")


_LIST_COVERB = re.compile("^(?:" + vocabulary.alternation("list_coverbs") + ")")


def _without_list_coverb(items: list[str]) -> str:
    """The first item of a 分别 list without a coverb of the partner that governs every item (对欧盟、美国、日本出口
    → 欧盟: ``list_coverbs.csv``), when what is left is as long as every other item (the last one's head, ``measure_heads.csv``, aside:
    日本出口) and no other item opens on it; not 对虾、罗非鱼 nor 对口帮扶村、结对村 (a word's first
    character), nor 对外贸易、对外投资 (every item opens on it)."""
    first, m = items[0], _LIST_COVERB.match(items[0])
    if m is None or any(x.startswith(m.group(0)) for x in items[1:]):
        return first
    rest, last = first[m.end():], items[-1]
    alike = all(len(x) == len(rest) for x in items[1:-1]) and (len(last) == len(rest) or last[len(rest):] in _measure_heads())
    return rest if len(rest) >= 2 and alike else first


# 卫生院为签约的高血压、糖尿病患者, 在职职工在一级、二级, 园区内粮食、蔬菜: a modifier ending in 的, a coverb 在 or a
# locative 内 printed once before the first item frames the whole list (not 为: it opens 为民服务站, 为老服务中心).
_LIST_FRAME = re.compile(r"^[^、]*(?:的|(?<=..)内|(?<=..)(?<![存现正所实好])在)(?=[\u4e00-\u9fff]{2})")


def _first_item_without_frame(items: list[str], acts: bool = False) -> list[str]:
    """The items of a 分别 list, the first without what frames the whole list before it: a verb that introduces
    every item (白石县提前调运化肥、种子 → 化肥), unless the items are acts (``acts``: 提出上诉和申请复议的期限) or
    another item has a verb of its own (会议应出席代表、实际出席代表); a modifier, a coverb or a locative
    (``_LIST_FRAME``). Only when what is left is no longer than the longest other item, and is not just the head
    another item ends in (提出答辩状的期限和举证期限: 期限 is no item)."""
    first, others = items[0], items[1:]
    framed = _LIST_FRAME.match(first)
    verb_cut = "" if acts or any(VERB_RE.search(x) for x in others) else subject_before(first)
    for rest in (verb_cut, first[framed.end():] if framed else ""):
        if 2 <= len(rest) <= max(len(x) for x in others) and rest != first and first.endswith(rest) \
                and not any(x.endswith(rest) for x in others):
            return [rest, *others]
    return items


@cache
def _measure_heads() -> tuple[str, ...]:
    """What a 分别 list prints once after its last item: a measure (``measure_heads.csv``) or a head noun
    (``list_heads.csv``: 项目, 案件)."""
    return tuple(sorted(vocabulary.words("measure_heads") + vocabulary.words("list_heads"), key=len, reverse=True))


def _base_is_no_period(items: list[Claim]) -> None:
    """分别恢复到2019年同期的92%和88%: an item that shares the list's base (比2019) and read the base's
    year as its period has no period of its own; it takes the list's."""
    for c in items:
        if c.period and c.comparison and c.comparison.startswith("比" + c.period):
            c.period, c.period_text = None, None


_SCALE_ONLY = re.compile(r"[\d.]\s*[万亿]$")  # 480万: a value with its scale but no unit of its own


def _inherit_from_list(items: list[Claim]) -> None:
    """Every item of a 分别 list shares the list's direction, comparison and period (分别增长3.3、1.4、1.1倍):
    a field only some items were given (the one nearest the verb) goes to all of them."""
    per = {c.unit for c in items if c.kind == "money" and "/" in c.unit}
    if len(per) == 1:  # 每吨1960元、2980元: the per-unit base printed once, before the first price
        unit = next(iter(per))
        for c in items:
            if c.kind == "money" and c.unit == unit.split("/")[0]:
                c.unit = unit
    last = items[-1]
    for c in items[:-1]:  # 分别发送旅客480万、420万和130万人次: the unit printed once, after the last value
        if _SCALE_ONLY.search(halfwidth(c.quote)) and not _SCALE_ONLY.search(halfwidth(last.quote)) \
                and c.kind == "count" and last.kind in ("count", "measure", "money"):
            c.unit, c.kind = last.unit, last.kind
    for name in ("direction", "comparison", "period"):
        if name == "period":
            _base_is_no_period(items)
        given = [getattr(c, name) for c in items if getattr(c, name)
                 and not (name == "direction" and re.match(r"[负\-−－]", c.quote))]  # 负1.6%: its own sign
        if not given or any(g != given[0] for g in given):
            continue
        for c in items:
            if not getattr(c, name):
                setattr(c, name, given[0])
                if name == "direction" and given[0] == "decrease" and c.value is not None and c.value > 0:
                    c.value = -c.value
