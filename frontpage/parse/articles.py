"""Units into articles: who wrote what, under which headline, continued where.

:func:`parse_articles` turns the reflowed units of an edition (:mod:`frontpage.parse.reflow`)
into :class:`Article` records. It works from the conventions of Chinese newspaper
layout, never from one edition's strings or line numbers:

* a story opens with a lead marker (``本报讯（记者 …）``, ``新华社北京4月21日电``), a
  byline line (``□本报记者 …``), a box label (``【核心提示】``), or, after the previous
  story has closed, plain body text;
* a continuation mark (``（下转2版）``) closes a story and says where it goes on;
* a photo caption says ``图为…`` or sits above a photo credit (``特约摄影 …``);
* a teaser points to another page (``2版刊登…``);
* headline-like lines between two stories belong to the one whose text they echo.
  In a PDF's text layer a headline may come before its body or after it; we score each
  headline line against the text of the story before and the story after (shared
  character pairs, weighted by how rare they are on the page) and split the group of
  lines at the best point: a prefix for the story before, a suffix for the story after,
  the unclaimed middle as teasers (headlines whose story is on another page).

On a page without blank lines (``pdftotext -raw``) headlines come after their bodies: a lone
headline line inside a running story is its 小标题 unless it echoes the story before and the
next paragraph does not carry that story on (:func:`is_subheadline_raw`).

Every article keeps its parts (headline, kicker, …, body) with the raw spans they came
from, so :func:`coverage_problems` can prove that nothing was lost or invented. What the
segmenter guessed about an item (a kicker that echoes nothing, a headline from lines printed
after another item, lines shared between two stories, a body with no headline) is its
:attr:`Article.doubt`, in words, so that a reader sees the guess rather than a silent choice.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from datetime import date, timedelta

from .dates import year_for
from .digits import page_number
from .furniture import DATE_END, NOTICE_ABOUT, NOTICE_HEAD, NOTICE_HEAD_LONG, PRICE_LINE, TEMPERATURE
from .layout import line_width, wrapped_widths
from .lexicon import (AD_MARK, AGAINST_BASE, CHANGE_VERB, AGENCIES, AGENCY, CAPTION, FORECAST_DAY, RELATIVE_DAY, DAY_PART, RELATIVE_DAYS, COMMENTARY_LABEL, CONTACT, INSTITUTION, MASTHEAD_SUFFIX, NOTICE_TITLE, OFFICE, ORG, PAPER_SOURCE, ROLE, ROLE_PREFIX,
                      DIRECTIVE_TYPE, EDITOR_NOTE_LABEL, NOTICE_CLOSING, EDITOR_NOTE_OWN, KICKER_OPENING, STAFF_ROLE, BYLINE_WORK, THIS_PAPER, WIRE_SERVICE, ends_open, fold, role_story_kind)
from .lexicon import CREDIT_BEFORE, PERSON_NAME, SECTION_NAME, TIME_LEAD_IN, HEDGES_AFTER, ISSUING_VERB, LATIN_UNIT, LEARNT, RECENT_DAY, PAGE_NUMBER, PAGE_NUMBERS, POINTER_ARROWHEAD, POINTER_LIST_MARK, REPORTER_NAMED, SEE_WORD, SOURCE_CREDIT_LINE, PRESIDER_LINE, RATE_OPENING, ACTING_VERB, PROJECTION_OPENING, MEASURE_LINE, PREDICATE_LINE, CHANGE_IN, ends_closed, ends_on_event
from .reading import Edition
from ..vocabulary import words
from .unit_words import YEAR_END, opens_on_unit_word
from .reflow import CONT_MARK, LINE_MARKERS, DECK_MIN, DOCUMENT_TITLE, TITLE_QUALIFIER, two_decks, TERMINAL, Span, TextUnit, is_display, is_lead, join_lines, read_cont_mark, spans_text, units
from .reflow import ABOUT_NOTICE, CLAUSE_BREAK, DOCUMENT_NUMBER, ISSUER_NAME, LIST_ROWS_MIN, PAPER_HOUSE, reads_as_list, POINTER_HEAD_MAX, QUOTED_LINE, SALUTATION_LINE, TEASER_REF, hinted, issuer_above, opens_story
from .stacks import KICKER_MARGIN as STACK_KICKER_MARGIN, FIGURE_END as STACK_FIGURE_END, WORDED_FIGURE_END, delivery_wrapped, display_runs_on, display_tiers, \
    figures_deck_off, tiers_off, \
    cut_inside_word, word_across

KINDS = ("news", "wire", "commentary", "document", "brief", "box", "caption", "teaser", "notice", "furniture",
         "unknown")
PART_ROLES = ("kicker", "headline", "subheadline", "source", "byline", "dateline", "body", "label",
              "credit", "continuation", "teaser_ref", "furniture", "issuer")

AFFINITY_THRESHOLD = 0.3
"""A headline line belongs to a story when at least this share of its (rarity-weighted)
character pairs occur in the story's text; otherwise it is left unclaimed."""

BRIEF_MAX_CHARS = 300
BRIEF_HEADING_MAX = 8
"""A briefs column's heading (要闻速览, 新闻速递) is a short line; a longer one is a headline."""
BRIEF_HEAD_ECHO = 0.3
"""A ● item's first line is its headline when at least this share of its character pairs recur below."""
BRIEF_HEAD_SHORT = 3
"""A ● item's first line this many characters short of its text's full lines is a line of its own (its headline)."""
RUN_ON_LINES_MAX = 4
"""A ● item's text cut after its first line is read on through at most this many more raw lines."""
BRIEF_DAY = re.compile(r"^\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日\s*[，,]")
"""A brief that opens on the day it reports (11月18日，…): its dateline, as a lead's day is (not 5月8日至10日, 9月1日起)."""
BULLET = re.compile(r"^\s*[●•]\s*")
"""The mark that opens each item of a briefs column."""

_WIRE = re.compile(
    r"^\s*(?P<source>" + ORG + r")(?P<place>[\u4e00-\u9fff]{1,8}?)?\s*"
    r"(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日\s*电\s*(?:[（(](?P<by>[^）)]{1,40})[）)])?"
)
_WIRE_NODATE = re.compile(r"^\s*(?:据)?(?P<source>" + WIRE_SERVICE + r")(?:电|消息)\s*")
_LOCAL = re.compile(r"^\s*(?P<source>" + PAPER_SOURCE + r")\s*(?:[（(](?P<by>[^）)]{1,40})[）)])?")
_REPORTED = re.compile(r"^\s*(?P<source>" + re.escape(THIS_PAPER) + r")(?P<by>" + REPORTER_NAMED + r")\s*报道\s*")
"""A reported lead (:data:`~frontpage.parse.lexicon.REPORTED_LEAD`) with its source and reporter as groups
(本报记者 王 五 报道 3月9日，…: the paper is the source, the reporter the byline, the day the dateline)."""
_DATE_AT_START = re.compile(r"^\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日")
_MONTH_LEAD_IN = re.compile(r"^\s*\d{1,2}\s*(?:[至—–\-－~～]\s*\d{1,2}\s*)?月(?:份|\s*\d{1,2}\s*日)?\s*[，,]")
"""A text that opens on its month, its day or a span of months and a comma (5月份，… / 6月3日，… /
1至8月，…): a sentence's start, so a ● line with no mark right above it is the item's headline, not its
text's first line."""
_RELATIVE_AT_START = re.compile(r"^\s*(?P<day>" + RELATIVE_DAY + r")\s*(?:" + DAY_PART + r")?\s*[，,]")
"""A lead that opens on a day named relative to the edition's date (昨日，…, 昨日上午，…): its dateline."""
_BYLINE_WORK = re.compile(BYLINE_WORK)
"""What a byline says its people did (报道, 整理), printed after their names."""
_ROLES = re.compile(r"(?:" + ORG + r"|[\u4e00-\u9fff·]{0,8}?(?:" + MASTHEAD_SUFFIX + r"))?" + ROLE)
"""A role with the organisation before it, an agency, this paper or another paper by name (鹭屿晚报记者)."""
NOTICE_TAIL = re.compile(
    r"(?:[〇零一二三四五六七八九十]{4}|\d{4})\s*年\s*[一二三四五六七八九十\d]{1,3}\s*月\s*[一二三四五六七八九十\d]{1,3}\s*日$"
    r"|(?:" + INSTITUTION + r")$|[：:]$|(?:" + CONTACT + r")\s*[：:]|^[\d\s\-－]{7,40}$")
"""A notice's closing lines: who issues it (an institution), when (二〇二四年三月一日), whom to call (a
label, or the numbers alone under 咨询电话：)."""
COMMENTARY_ONLY = re.compile(r"^(?:" + COMMENTARY_LABEL + r")$")
"""A kicker that is only a commentary's label (短评)."""
COMMENTARY_COLUMN = re.compile(r"^[\u4e00-\u9fff]{0,4}(?:" + COMMENTARY_LABEL + r")$")
"""A commentary column's label: the label, or a topic word or two before it (法治时评, 经济短评)."""
DATE_TAIL = re.compile(r"(?:[〇零一二三四五六七八九十]{4}|\d{4})\s*年\s*[一二三四五六七八九十\d]{1,3}\s*月\s*"
                       r"[一二三四五六七八九十\d]{1,3}\s*日$")
"""A line ending on a full date (2021年4月16日, 二〇二四年三月一日): a signature's last line."""
_FIRST_ITEM = re.compile(r"^(?:一、|[（(]一[）)])")
"""The first item of a numbered list of headings (一、…, （一）…)."""
_NUMBERED = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])")


@dataclass(frozen=True, slots=True)
class Part:
    """One labelled piece of an article, traceable to raw spans."""

    role: str
    text: str
    spans: tuple[Span, ...]

    @property
    def lines(self) -> list[int]:
        return sorted({s.line for s in self.spans})


@dataclass
class Article:
    """One article as a reader sees it. ``lines`` are 1-based inclusive raw line ranges."""

    id: str
    kind: str
    headline: str = ""
    kicker: str = ""
    subheadlines: list[str] = field(default_factory=list)
    source: str | None = None
    byline: list[str] = field(default_factory=list)
    dateline: str | None = None
    dateline_place: str | None = None
    continues_on: int | None = None
    continued_from: int | None = None
    paragraphs: list[str] = field(default_factory=list)
    linked_to: str | None = None
    parts: list[Part] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    doubt: str = ""  # what the segmenter guessed about this item, in short English; "" when sure
    furniture: str = ""  # for page furniture, what the parser recognised it as (masthead, date, section …)

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)

    @property
    def lines(self) -> list[list[int]]:
        return line_ranges(sorted({s.line for p in self.parts for s in p.spans}))

    @property
    def first_line(self) -> int:
        return min(s.line for p in self.parts for s in p.spans)

    @property
    def headline_after_body(self) -> bool:
        """True when the headline's raw lines come after the body's (printed above, extracted after)."""
        heads = [s.line for p in self.parts if p.role == "headline" for s in p.spans]
        body = [s.line for p in self.parts if p.role == "body" for s in p.spans]
        return bool(heads and body) and min(heads) > max(body)

    def as_dict(self) -> dict:
        """The article as the documented JSON record (see data/README.md)."""
        return {
            "id": self.id, "kind": self.kind, "headline": self.headline, "kicker": self.kicker,
            "subheadlines": list(self.subheadlines), "source": self.source, "byline": list(self.byline),
            "dateline": self.dateline, "dateline_place": self.dateline_place,
            "continues_on": self.continues_on, "continued_from": self.continued_from,
            "linked_to": self.linked_to, "text": self.text, "chars": len(self.text.replace("\n", "")),
            "lines": self.lines, "notes": list(self.notes), "doubt": self.doubt,
        }


def line_ranges(numbers: list[int]) -> list[list[int]]:
    """[3, 4, 5, 9] → [[3, 5], [9, 9]]."""
    out: list[list[int]] = []
    for n in numbers:
        if out and n == out[-1][1] + 1:
            out[-1][1] = n
        else:
            out.append([n, n])
    return out


# --- building blocks ------------------------------------------------------------------

_WORDS_AND_PICTURES = re.compile(r"^\s*[文图]\s*[/／]\s*[文图]\s*")
"""A feature's byline role, words and pictures by (文/图 某某, 图/文 某某): its writer took the photos. Printed with no house,
it is the page's own paper's, as 记者 某某 is."""


def parse_names(text: str) -> list[str]:
    """Reporters' names from a byline: roles dropped, two one-character tokens are one name.

    ``记者 杨帆 张珺`` → [杨帆, 张珺]; ``本报记者 王 刚`` → [王刚]; ``记者 李四、王五`` → [李四, 王五].
    A line break separates names (``周小川⏎李 娜``) unless it splits a role word (``记⏎者``).
    """
    t = text.strip().lstrip("□■◎●◆▲△○◇").strip()
    lead = re.match(r"^(?:" + PAPER_SOURCE + r"|" + AGENCY + r")\s*", fold(t))
    t = t[lead.end():] if lead else t
    t = _WORDS_AND_PICTURES.sub("", t)  # 文/图 柯敏: the role's slash is no separator between names
    # tokens with the separator before each: a bare line break may split a word
    parts = re.split(r"([\s、，,；;/／]+)", t)
    raw_tokens = [(tok, parts[k - 1] if k else "") for k, tok in enumerate(parts) if k % 2 == 0 and tok]
    tokens: list[tuple[str, bool]] = []  # (token, came after a bare line break)
    for tok, sep in raw_tokens:
        if tokens and _split_role(tokens[-1][0], tok):  # a role split across lines: 记⏎者, …日报记⏎者
            tokens[-1] = (tokens[-1][0] + tok, tokens[-1][1])
            continue
        tokens.append((tok, sep == "\n"))
    tokens = [(r, nl) for r, nl in ((_drop_roles(tok), nl) for tok, nl in tokens) if r]
    paired = _padded_pairs(tokens)
    # 王伟⏎伟, 王⏎伟伟: a name wrapped at a line's end leaves a one-character piece
    names: list[str] = []
    for tok, after_break in paired:
        if names and after_break and (len(tok) == 1 or len(names[-1]) == 1) and len(names[-1] + tok) <= 4:
            names[-1] += tok
        else:
            names.append(tok)
    if len(names) > 1 and _BYLINE_WORK.fullmatch(names[-1]):
        names.pop()  # 本报记者 王 刚 报道: the work the byline names after its people is no name
    return [n for n in names if re.fullmatch(r"[\u4e00-\u9fff·]{1,6}", n)]


def _padded_pairs(tokens: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """王 刚: two one-character tokens set apart by a space are one name padded to three. A run of an even
    number of them pairs in order even across a line break (孙 ⏎ 立 陈 默: 孙立, 陈默); in an odd run a
    token after a line break opens no pair (it may end a name wrapped from the line above)."""
    paired: list[tuple[str, bool]] = []
    i = 0
    while i < len(tokens):
        tok, after_break = tokens[i]
        run = next((k for k in range(i, len(tokens)) if len(tokens[k][0]) != 1), len(tokens)) - i
        if len(tok) == 1 and i + 1 < len(tokens) and len(tokens[i + 1][0]) == 1 \
                and (not tokens[i + 1][1] or run % 2 == 0):
            paired.append((tok + tokens[i + 1][0], after_break))
            i += 2
        else:
            paired.append((tok, after_break))
            i += 1
    return paired


def _split_role(before: str, tok: str) -> bool:
    """Does a role word run from the end of ``before`` into ``tok`` (记⏎者)?"""
    m = _ROLES.search(fold(before + tok))
    return bool(m) and m.end() == len(before + tok) and m.start() < len(before)


_HOUSE_BEFORE_ROLE = re.compile(r"^[\u4e00-\u9fff]{2,}$")
"""Words glued before a byline's first role (岷阳融媒体记者, 某县广播电视台记者): the reporter's house
(a place, a newsroom), never a name (names are set apart from the role by a space)."""


def _drop_roles(tok: str) -> str:
    """A byline token without its role words, matched on the folded copy (記者 is 记者)."""
    folded = fold(tok)
    keep = [True] * len(tok)
    for k, m in enumerate(_ROLES.finditer(folded)):
        start = 0 if k == 0 and _HOUSE_BEFORE_ROLE.match(folded[:m.start()]) else m.start()
        keep[start:m.end()] = [False] * (m.end() - start)  # 柘川融媒体记者: the house before the role goes too
    return "".join(c for c, k in zip(tok, keep) if k)


def _raw(edition: Edition, spans: list[Span]) -> str:
    """The spans' raw text, one span a line: names split across lines stay apart."""
    return "\n".join(s.text(edition) for s in spans)


def _bigrams(text: str) -> list[str]:
    return [a + b for a, b in zip(text, text[1:]) if "\u4e00" <= a <= "\u9fff" and "\u4e00" <= b <= "\u9fff"]


_LABEL_OPENING = re.compile(r"^[\u4e00-\u9fff]{1,4}[：:]")
"""A paragraph opening on a speaker's or a box's label (记者：…, 编者按：…): an item's own start."""
RESUME_MIN_ECHO = 0.3
"""A paragraph after a caption printed inside a story carries that story on when at least this share
of its character pairs occur in the story so far (a new story shares far less with its neighbour)."""
SUBHEAD_MIN_ECHO = 0.2
SUBHEAD_MIN_CONTINUITY = 0.12


REPORT_OPENING = re.compile(r"^受[\u4e00-\u9fff]{2,20}(?:政府|委员会|人民法院)委托[，,]现将")
"""The formula a report read to a meeting opens on (受市人民政府委托，现将2024年度…报告如下)."""


def is_salutation(text: str) -> bool:
    """A paragraph opening on a salutation (各位代表：, 同志们：): the first words of a speech or report read
    to a meeting, which opens a document of its own (never the tail of the story printed above it)."""
    return bool(SALUTATION_LINE.match(fold(text)))


def is_subheadline(head: str, story_so_far: str, next_paragraph: str) -> bool:
    """Is a lone headline line between two paragraphs a subheadline of the running story?

    Yes when it is numbered (一、 / （一）), or when it echoes the story so far at least
    ``SUBHEAD_MIN_ECHO`` and not much less than the paragraph after it: a new story's
    headline echoes its own first paragraph far more than the story it interrupts.
    """
    if _NUMBERED.match(head):
        return True
    before = shared_share(head, story_so_far)
    if before >= SUBHEAD_MIN_ECHO and before >= shared_share(head, next_paragraph) - 0.2:
        return True
    # A heading need not echo the story: the test is whether the text after it carries on
    # the same story (a new story's first paragraph shares little with the one before).
    return shared_share(next_paragraph, story_so_far) >= SUBHEAD_MIN_CONTINUITY


def is_subheadline_raw(head: str, story_so_far: str, next_paragraph: str) -> bool:
    """The same question on a page without blank lines (``pdftotext -raw``), where headlines are
    extracted after their bodies: a line that echoes the story so far, not the paragraph after
    it, followed by a paragraph that does not carry the story on, is that story's headline; a
    小标题 introduces the paragraph after it: whatever it echoes, it does not close the story."""
    if _NUMBERED.match(head):
        return True
    before, after = shared_share(head, story_so_far), shared_share(head, next_paragraph)
    carries_on = shared_share(next_paragraph, story_so_far) >= SUBHEAD_MIN_CONTINUITY
    return not (before >= SUBHEAD_MIN_ECHO and before > after + 0.2 and not carries_on)


def shared_share(text: str, other: str) -> float:
    """Share of ``text``'s character pairs that occur in ``other`` (unweighted)."""
    grams = set(_bigrams(text))
    return len(grams & set(_bigrams(other))) / len(grams) if grams else 0.0


class _Affinity:
    """How much a headline line echoes a story's text: rarity-weighted share of shared character pairs."""

    def __init__(self, texts: dict[int, str]) -> None:
        self.sets = {k: set(_bigrams(v)) for k, v in texts.items()}
        df = Counter(b for s in self.sets.values() for b in s)
        n = max(len(self.sets), 1)
        self.idf = {b: math.log((n + 1) / (c + 0.5)) for b, c in df.items()}
        # A pair no story uses says nothing about which story a line belongs to: weigh it
        # like a typical pair rather than a rare one.
        self.unseen = sorted(self.idf.values())[len(self.idf) // 2] if self.idf else 1.0

    def score(self, text: str, story: int) -> float:
        grams = set(_bigrams(text))
        if not grams or story not in self.sets:
            return 0.0
        total = sum(self.idf.get(g, self.unseen) for g in grams)
        shared = sum(self.idf.get(g, self.unseen) for g in grams if g in self.sets[story])
        return shared / total if total else 0.0


# --- the story machine --------------------------------------------------------------

@dataclass
class _Story:
    kind: str = "unknown"
    parts: list[Part] = field(default_factory=list)
    heads_before: list[TextUnit] = field(default_factory=list)
    heads_after: list[TextUnit] = field(default_factory=list)
    subheads: list[TextUnit] = field(default_factory=list)
    source: str | None = None
    byline: list[str] = field(default_factory=list)
    date_md: tuple[int, int] | None = None
    day_offset: int | None = None  # a lead's day named relative to the edition's (昨日: -1)
    place: str | None = None
    continues_on: int | None = None
    continued_from: int | None = None
    closed: bool = False
    teaser_heads: list[TextUnit] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    link_to: _Story | None = None
    kicker: str = ""  # a briefs column's heading, for every item of the column
    brief_head: list[Span] = field(default_factory=list)  # a ● item's own headline line
    tail_head: bool = False  # a brief whose marked headline line is printed under its text
    doubts: list[str] = field(default_factory=list)  # what was guessed (see DOUBT_*)
    heads_first: bool = False  # headline lines right before it that no story before could own
    lead_in: list[Span] = field(default_factory=list)  # a ● item's first words, on its headline's line
    signed_off: bool = False  # on a page without blank lines, its text ended on a closing credit （苏 禾）
    furniture: str = ""  # for page furniture, what it is (the unit's kind: masthead, date, section …)

    def body_text(self) -> str:
        return "".join(p.text for p in self.parts if p.role == "body")

    @property
    def first_line(self) -> int:
        lines = [s.line for p in self.parts for s in p.spans]
        lines += [u.first_line for u in self.heads_before + self.heads_after + self.subheads + self.teaser_heads]
        return min(lines) if lines else 0

    @property
    def last_line(self) -> int:
        lines = [s.line for p in self.parts for s in p.spans]
        lines += [u.last_line for u in self.heads_before + self.heads_after + self.subheads + self.teaser_heads]
        return max(lines) if lines else 0

    def has_headline(self) -> bool:
        """Has the story a headline line: any head but a commentary's label alone above its text (短评 ⏎
        text ⏎ headline: its headline is still to come, printed after the text)."""
        return bool(self.heads_before and not _label_alone(self.heads_before) or self.heads_after or self.brief_head)


def _label_alone(heads: list[TextUnit]) -> bool:
    """Are ``heads`` one line that is only a commentary's label (短评, :data:`COMMENTARY_ONLY`)?"""
    return len(heads) == 1 and len(heads[0].lines) == 1 and bool(COMMENTARY_ONLY.match(nonspace(heads[0].text)))


def _part(edition: Edition, role: str, spans: list[Span], text: str | None = None) -> Part:
    return Part(role, spans_text(edition, spans) if text is None else text, tuple(spans))


def carve(edition: Edition, spans: list[Span], offsets: list[int]) -> list[list[Span]]:
    """Cut ``spans`` at offsets into :func:`_raw` (their texts joined by newlines): len(offsets)+1 pieces.

    An offset that falls on a separating newline cuts between the two spans.
    """
    bounds = [0, *offsets, 10**12]
    pieces: list[list[Span]] = [[] for _ in range(len(bounds) - 1)]
    pos = 0
    for s in spans:
        n = s.end - s.start
        for k in range(len(pieces)):
            lo, hi = max(bounds[k], pos), min(bounds[k + 1], pos + n)
            if lo < hi:
                pieces[k].append(Span(s.line, s.start + (lo - pos), s.start + (hi - pos)))
        pos += n + 1  # the newline that _raw puts between spans
    return [[s for s in piece if s.text(edition).strip()] for piece in pieces]


def _lead_parts(edition: Edition, unit: TextUnit, story: _Story) -> list[Span]:
    """Carve the lead (source, byline, dateline) off a paragraph; return the body's spans."""
    printed = _raw(edition, unit.spans)
    raw = fold(printed)  # markers matched on a simplified copy; what is kept is as printed
    m = _WIRE.match(raw)
    if m:  # 新华社北京4月21日电（记者 …）: source, place and day are the dateline part
        story.source = m.group("source")
        story.place = m.group("place") or None
        story.date_md = (int(m.group("m")), int(m.group("d")))
        story.kind = "wire" if story.source != THIS_PAPER else "news"
        if m.group("by"):
            dl, by, body = carve(edition, unit.spans, [m.start("by") - 1, m.end()])
            story.parts += [_part(edition, "dateline", dl), _part(edition, "byline", by)]
            story.byline = parse_names(printed[m.start("by"):m.end("by")])  # names as printed
        else:
            dl, body = carve(edition, unit.spans, [m.end()])
            story.parts.append(_part(edition, "dateline", dl))
        return body
    m = _WIRE_NODATE.match(raw)
    if m:  # 据新华社电
        story.source, story.kind = m.group("source"), "wire"
        src, body = carve(edition, unit.spans, [m.end()])
        story.parts.append(_part(edition, "source", src))
        return body
    m = _LOCAL.match(raw) or _REPORTED.match(raw)
    return _local_lead(edition, unit, story, printed, m) if m else unit.spans


def _local_lead(edition: Edition, unit: TextUnit, story: _Story, printed: str, m: re.Match) -> list[Span]:
    """本报讯（记者 …）4月21日，… or 本报记者 … 报道 4月21日，…: source and byline carved off; the day
    stays in the sentence, and is the dateline."""
    story.source, story.kind = printed[m.start("source"):m.end("source")], "news"
    if m.group("by"):
        src, by, body = carve(edition, unit.spans, [m.end("source"), m.end()])
        story.parts += [_part(edition, "source", src), _part(edition, "byline", by)]
        story.byline = parse_names(printed[m.start("by"):m.end("by")])
    else:
        src, body = carve(edition, unit.spans, [m.end("source")])
        story.parts.append(_part(edition, "source", src))
    dm = _DATE_AT_START.match(_raw(edition, body))
    if dm:
        story.date_md = (int(dm.group("m")), int(dm.group("d")))
    elif (rm := _RELATIVE_AT_START.match(_raw(edition, body))) is not None:
        story.day_offset = RELATIVE_DAYS[rm.group("day")]  # 本报讯（记者 …）昨日，…: the day before the edition's
    return body


def _decks(pieces: list[str]) -> str:
    """One headline line's text: two or more phrases set apart by a space (``寒潮裹挟首场降雪 全城连夜保畅通``,
    ``迎新年 保畅通``) are decks, joined by one space; otherwise the pieces as :func:`join_lines` joins them."""
    phrases = " ".join(pieces).split()
    if len(pieces) == 1 and len(phrases) >= 2 and not is_display(pieces[0]) and all(len(p) >= 2 for p in phrases):
        return " ".join(join_lines([p]) for p in phrases)
    return join_lines(pieces)


def _headline_text(edition: Edition, unit: TextUnit) -> str:
    """A headline unit's text: its lines joined, with a space between balanced decks.

    A second line at least 0.7 times as wide as the first is a deck of its own
    (``加快推动制造业高质量发展 全力打造…``); a shorter one is the first line's wrap.
    """
    by_line: dict[int, list[Span]] = {}
    for s in unit.spans:
        by_line.setdefault(s.line, []).append(s)
    lines = [_decks([s.text(edition) for s in spans]) for spans in by_line.values()]
    out = lines[0]
    joined = nonspace(fold("".join(lines)))
    if DOCUMENT_TITLE.search(joined) or NOTICE_ABOUT.match(joined) or out.startswith(DASH_DECK):
        return "".join(lines)  # a document's or notice's title, a ——deck (——…在某市第十七 ⏎ 届人民代表大会…) wraps: one phrase
    col = body_column(edition)
    for prev_spans, line in zip(list(by_line.values()), lines[1:]):
        prev = join_lines([s.text(edition) for s in prev_spans])
        printed = line_width(edition.lines[prev_spans[0].line - 1])  # the whole line, a ● included
        wraps = col - WRAP_SLACK <= printed <= col + 1 and not is_display(prev_spans[0].text(edition))
        display = is_display(prev_spans[0].text(edition))
        short = not display and min(line_width(line), line_width(prev)) < DECK_MIN_WIDTH \
            and line_width(line) <= line_width(prev)  # a small headline wraps: the rest no wider than the line
        inside = display and (word_across(edition, prev, line, prev_spans[0].line)  # 投 ⏎ 资: a word broken
                              or not _display_decks(prev, line))
        gap = " " if line_width(line) >= 0.7 * line_width(prev) and not unit.gap_joined and not wraps and not short \
            and not inside and not ends_open(prev, line) and not COMMA_END.search(prev.rstrip()) else ""
        out += gap + line
    return out


def _brief_headline_text(edition: Edition, unit: TextUnit) -> str:
    """A ● item's own headline: one phrase however many lines the item's narrow column wraps it over
    (●某镇首届 ⏎ 柑橘采摘节开幕), its lines joined without a space (a ● item has no decks); a line's own
    balanced decks (迎新年 保畅通) keep theirs."""
    if len({s.line for s in unit.spans}) < 2 or any(is_display(s.text(edition)) for s in unit.spans):
        return _headline_text(edition, unit)
    by_line: dict[int, list[Span]] = {}
    for s in unit.spans:
        by_line.setdefault(s.line, []).append(s)
    return join_lines([_decks([s.text(edition) for s in spans]) for spans in by_line.values()])


STAR_MARK = re.compile(r"^[★☆]\s*(?=\S)")
"""A star set before a headline as an ornament (★全市十大民生实事全部兑现 in a 导读 column): no word of the
article's headline (its headline part keeps the printed characters)."""


def _display_decks(upper: str, lower: str) -> bool:
    """Two lines of letter-spaced display type are two decks (joined with a space) only when the lower
    stands as a phrase of its own: no narrower than the upper by more than :data:`DISPLAY_DECK_SLACK`
    em (``扎 实 推 进 新 型 城 镇 化`` / ``全 力 攻 坚 重 点 项 目 建 设``) and not finishing the upper's
    sentence (:func:`display_runs_on`: ``一 季 度 全 市 经 济`` / ``实 现 “ 开 门 红 ”``)."""
    return line_width(lower) >= line_width(upper) - DISPLAY_DECK_SLACK and not display_runs_on(upper, lower)


DISPLAY_DECK_SLACK = 1.0


DASH_DECK = ("——", "—", "--")
"""How a dash deck (——访…, ——2026年1月20日在…会议上) opens: one phrase however many lines it takes."""

WRAP_SLACK = 1.5
DECK_MIN_WIDTH = 10
"""A deck of its own is a phrase set across columns: two plain headline lines either of which is
narrower than this many em, the second no wider than the first, are one small headline (a teaser's,
a brief's) wrapped, joined without a space (``柳湾镇：一片茶叶`` / ``富了一方百姓``); a wider second line
is a deck (``西部陆海新通道`` / ``三种物流组织方式均快速增长``); letter-spaced decks are told by their type."""
"""A headline line that fills the body column to within this many em wrapped there (一 line of one
headline, joined without a space); a deck of its own is set shorter or across columns."""


@lru_cache(maxsize=8)
def body_column(edition: Edition) -> float:
    """The page's body column in em: the commonest width of lines that wrapped (0 when none did)."""
    widths = Counter(round(w) for w in wrapped_widths(edition))
    return float(widths.most_common(1)[0][0]) if widths else 0.0


SLOGAN_PHRASE_MAX = 4
_FIGURE = re.compile(r"[0-9０-９]")
_CODE = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ]+[0-9０-９]+(?:[.．][0-9０-９]+)?|[0-9０-９]+(?!(?:" + LATIN_UNIT
                   + r")(?![A-Za-z]))[A-Za-zＡ-Ｚａ-ｚ]+")
"""A name written with figures glued to Latin letters (PM2.5, 5G, G20): a code, not a quantity; a figure with a
Latin unit (600km, 120MW) is a quantity."""
_CUT_INSIDE_CLAUSE = re.compile(r"[\u4e00-\u9fff0-9０-９%％]$")
"""A text that ends on a word or a figure, no mark after it: cut inside a clause."""
FIGURE_LINE = re.compile(r"^[约近超逾]?[0-9０-９][0-9０-９.．,，]*(?:[%％‰]|[\u4e00-\u9fff]{1,4}(?:[/／][\u4e00-\u9fff]{1,2})?)?$")
"""A figure on a line of its own (16.2%, 6524.3亿元, 1.36万户): a figures box's entry, not a headline."""


CHANGE_FIGURE_LINE = re.compile(r"^(?:" + AGAINST_BASE + r")?(?:" + CHANGE_VERB + r")" + FIGURE_LINE.pattern[1:])
"""A change and its figure on a line of its own (增长7.4%, 同比下降0.6个百分点): a figures box's entry under
its label, as a figure alone is (规上工业增加值 ⏎ 增长7.4%)."""


def _figure_entry(line: str) -> bool:
    """Is ``line`` (spaces squeezed out) a figures box's entry: a figure alone or a change and its figure?"""
    return bool(FIGURE_LINE.match(line) or CHANGE_FIGURE_LINE.match(line))


FIGURE_START = re.compile(r"^[约近超逾]?[0-9０-９][0-9０-９.．,，]*(?:[%％‰]|[\u4e00-\u9fff]{1,4}(?:[/／][\u4e00-\u9fff]{1,2})?)?(?:\s|$)")
"""A line that opens on a figure set apart (356.2亿元 增长11.4%): the figure of a box's label-over-figure pair."""


def _last_line_text(edition: Edition, part: Part | TextUnit) -> str:
    """The text of the last raw line of a part or unit."""
    last = max(s.line for s in part.spans)
    return spans_text(edition, [s for s in part.spans if s.line == last])


def _first_line_text(edition: Edition, part: Part | TextUnit) -> str:
    """The text of the first raw line of a part or unit."""
    first = [sp for sp in part.spans if sp.line == part.spans[0].line]
    return spans_text(edition, first)


def is_slogan(text: str) -> bool:
    """A line of short parallel phrases set apart by spaces (``迎新年 保畅通``): a kicker's form.
    Each phrase has 2 to ``SLOGAN_PHRASE_MAX`` characters (one character a phrase is display type)."""
    phrases = text.split()
    return len(phrases) >= 2 and all(2 <= len(p) <= SLOGAN_PHRASE_MAX for p in phrases)


def _slogan_off(edition: Edition, unit: TextUnit) -> list[TextUnit]:
    """A headline unit whose first line is a slogan (:func:`is_slogan`) over more lines: the slogan
    is a unit of its own (a kicker), not a deck of the headline below it."""
    first = [s for s in unit.spans if s.line == unit.first_line]
    rest = [s for s in unit.spans if s.line != unit.first_line]
    if not rest or len(first) != 1 or not is_slogan(_decks([first[0].text(edition)])):
        return [unit]
    return [TextUnit("head", first, text=spans_text(edition, first)),
            TextUnit("head", rest, text=spans_text(edition, rest), gap_joined=unit.gap_joined)]


def _dash_off(edition: Edition, unit: TextUnit) -> list[TextUnit]:
    """A headline unit with a dash line (——论…) below its first line: the dash line and what follows
    it are a unit of their own (a subheadline), never part of the headline."""
    lines = sorted({s.line for s in unit.spans})
    cut = next((ln for ln in lines[1:] if spans_text(edition, [s for s in unit.spans if s.line == ln])
                .startswith(DASH_DECK)), None)
    if cut is None:
        return [unit]
    top = [s for s in unit.spans if s.line < cut]
    rest = [s for s in unit.spans if s.line >= cut]
    return [TextUnit("head", top, text=spans_text(edition, top), gap_joined=unit.gap_joined),
            TextUnit("head", rest, text=spans_text(edition, rest))]


def _plain_over_display(edition: Edition, unit: TextUnit) -> list[TextUnit]:
    """A headline unit whose plain first lines stand over letter-spaced display lines (``融入区域发展大局``
    over ``禾 临 城 际 铁 路``): the plain lines are a unit of their own (a kicker), the display lines
    the headline; different type, different tiers."""
    lines = sorted({s.line for s in unit.spans})
    cut = next((ln for ln in lines if any(is_display(s.text(edition)) for s in unit.spans if s.line == ln)), None)
    if cut is None or cut == lines[0]:
        return [unit]
    top = [s for s in unit.spans if s.line < cut]
    rest = [s for s in unit.spans if s.line >= cut]
    return [TextUnit("head", top, text=spans_text(edition, top)),
            TextUnit("head", rest, text=spans_text(edition, rest), gap_joined=unit.gap_joined)]


SPEAKER_LABEL = re.compile(r"^\s*(?P<who>[\u4e00-\u9fff]{1,4})[：:]")
"""A paragraph opening on its speaker's label (记者：…, 鲁建平：…): a turn of an interview."""


def _same_speaker(text: str, body: list[Part]) -> bool:
    """Does ``text`` open on a speaker's label that opens a paragraph of ``body`` too? Then it is the
    interview's next turn (its question or its answer), not a story of its own."""
    m = SPEAKER_LABEL.match(text)
    return m is not None and any((n := SPEAKER_LABEL.match(p.text)) and n.group("who") == m.group("who") for p in body)


BOX_COLUMN_SLACK = 1.0
"""Em by which a paragraph's column may differ from its story's and must exceed a box's (:meth:`_resumes_after_box`)."""


def _column_width(edition: Edition, lines: list[int]) -> float:
    """The upper quartile of the widths of the raw lines ``lines``, in em: the column they are set in
    (most lines fill it; a paragraph's last line falls short, a lead's prefix may run over)."""
    widths = sorted(line_width(edition.lines[n - 1].strip()) for n in lines)
    return widths[(3 * len(widths)) // 4] if widths else 0.0


def _second_is_sub(first: str, second: str) -> bool:
    """Of two plain headline lines, is the second a subheadline? When it reads like a sentence (a
    comma), is a dash line, or is a pair of decks giving the figures the first
    does not (``城区累计降雪10厘米 出动除雪车辆126辆`` under ``寒潮裹挟首场降雪 全城连夜保畅通``). A longer
    line alone says nothing: a short kicker (``最美基层医生``) often stands over a longer headline."""
    figures_deck = _figures_deck(first, second) and not _dwarfs(second, first)
    if len(nonspace(first)) <= TEASER_BANNER_MAX:  # a word or two over a headline is a label (社会, 短评)
        return False
    return (bool(re.search(r"[，,；;]", second)) or second.startswith(("——", "—"))
            or figures_deck or two_decks(first) or _wider(first, second) or _figure_over_plain(first, second)
            or _figure_headline_over_deck(first, second) or _outlook_deck(first, second))


DWARF_RATIO = 2.0
"""A line set at least this many times as wide as the short line above it is the stack's headline: no deck runs
so far past its headline."""


def _dwarfs(second: str, first: str) -> bool:
    """Is ``second`` set at least :data:`DWARF_RATIO` times as wide as ``first``? Then ``first``, a short line over
    it (以高额返利为诱饵 over 非法吸收公众存款1260余万元 某某被判有期徒刑四年), is the kicker, the long line the headline
    in decks with its figures, not a figures deck under a headline (class: short qualifier over a long headline)."""
    return line_width(nonspace(second)) >= DWARF_RATIO * line_width(nonspace(first))


def _outlook_deck(first: str, second: str) -> bool:
    """Does ``second`` open on a forecast's or target's word (计划9月底前开通…, 预计…, :data:`PROJECTION_OPENING`)
    under a line that does not? It tells what is to come of the news the line above states: that
    headline's deck, not the headline under a kicker (class: outlook deck under a headline)."""
    return bool(PROJECTION_OPENING.match(fold(nonspace(second)))) and not PROJECTION_OPENING.match(fold(nonspace(first)))


def _figure_headline_over_deck(first: str, second: str) -> bool:
    """Is ``first`` a whole figures headline, closing on its figure and unit (上半年我市外贸进出口862.4亿元),
    over a line no wider than it that opens on a bare rate word (增速高出全省3.2个百分点, 涨幅…)? The rate
    is the pace of the figure above, a line with no subject of its own: that headline's deck, not the
    headline under a kicker (class: rate deck under a figures headline). A line naming its own measure
    (电诈发案数同比下降23.6%) may be the headline under a figures kicker."""
    top = fold(nonspace(first))
    return bool(FIGURE_CLAUSE_END.search(top)) and bool(RATE_OPENING.match(fold(nonspace(second)))) \
        and line_width(nonspace(second)) <= line_width(nonspace(first))


def _figure_over_plain(first: str, second: str) -> bool:
    """Is ``first`` the longer line and the one with the figure (…累计巡查超4800万人次 over 各地加力推进…)?
    The headline states the news in its figure; the plainer line under it is its deck."""
    return bool(_FIGURE.search(first)) and not _FIGURE.search(second) and len(nonspace(first)) > len(nonspace(second))


def _figures_deck(first: str, second: str) -> bool:
    """Is ``second`` a pair of decks giving the figures that ``first`` does not?"""
    return len(second.split()) >= 2 and bool(_FIGURE.search(second)) and not _FIGURE.search(first)


def _wider(first: str, second: str) -> bool:
    """Is ``first`` set at least :data:`KICKER_RATIO` times as wide as ``second``? Widths in em, as
    printed: digits and Latin letters are half as wide as a character (``比2019年同期增长37.5%``)."""
    return line_width(nonspace(first)) >= KICKER_RATIO * line_width(nonspace(second))


SERIES_LABEL = re.compile(r"(?:[·•・][\u4e00-\u9fff]{1,5}篇|系列(?:报道|评论|述评|访谈)?之[一二三四五六七八九十]+"
                          r"|[·•・]?[\u4e00-\u9fff]{1,5}篇之[一二三四五六七八九十]+)[”」』）)]?$")
"""A series' name and instalment set over a feature's title (“十四五”成就巡礼·综述篇, 某某系列报道之三): the label
of the series the story belongs to, its kicker, never its headline (class: series label over a feature title)."""


PAIRED_PHRASE_MAX = 8
"""Each phrase of a paired kicker (生产需求稳步恢复 新动能加快成长) is at most this many characters."""


def _deck_pair_over_figure(first: str, second: str) -> bool:
    """Is ``first`` two short phrases set apart by a space, neither with a figure or a clause mark (a paired
    kicker, 开局平稳 势头向好, 生产需求稳步恢复 新动能加快成长), over ``second``, one phrase giving the news in
    a figure (全市规上工业增加值同比增长7.9%)? Then ``first`` is the kicker, ``second`` the headline
    (class: paired kicker over a figures headline)."""
    phrases, low = first.split(), second.strip()
    return len(phrases) == 2 and all(2 <= len(p) <= PAIRED_PHRASE_MAX for p in phrases) and not _FIGURE.search(first) \
        and not _CLAUSE_MARK.search(first) and len(low.split()) == 1 and bool(_FIGURE.search(low)) \
        and not low.startswith(DASH_DECK) and not _CLAUSE_MARK.search(low)


def _two_line_main(edition: Edition, first: str, second: str) -> int:
    """Which of two plain headline lines is the headline (0 or 1; the other is a kicker above or a
    subheadline below). A slogan on top is a kicker and a sentence or dash line below a subheadline;
    so is a figures deck under a line of about its width (:func:`_figures_deck`, not
    :data:`KICKER_RATIO` times as wide); otherwise, on a page with blank lines, the longer line is the headline, and of two lines of equal
    width (within :data:`EQUAL_WIDTH_SLACK` em) the first; a word or two on top is a label. On a
    page without them, and on a PDF's page (whose type sizes mark the headline), the older reading
    holds (:func:`_second_is_sub`), on a page without them read by width too (:func:`_raw_two_line`)."""
    if is_slogan(first) or (SERIES_LABEL.search(nonspace(first)) and not SERIES_LABEL.search(nonspace(second))):
        return 1  # a slogan, or a series' name and instalment (“某某”成就巡礼·综述篇), over the feature's own title
    if _deck_pair_over_figure(first, second):
        return 1  # 生产需求稳步恢复 新动能加快成长 ⏎ 1—5月全省规上工业增加值增长6.8%: a paired kicker over the news
    if PRESIDER_LINE.match(second.strip()):
        return 0  # who chairs or speaks (某某主持) is the meeting headline's subheadline, however wide
    if not _has_blank_lines(edition) or edition.hints:  # no blank lines, or a PDF's type sizes set the stack
        main = 1 if _figure_clauses_under(first, second) and not _acts(first) else 0 if _second_is_sub(first, second) else 1
        return main if edition.hints else _raw_two_line(first, second, main)
    if QUOTED_LINE.match(second.strip()) and not QUOTED_LINE.match(first.strip()) and not _CLAUSE_MARK.search(first):
        return 1  # a whole quotation under a plain line is the headline, the line its kicker
    if _figure_clauses_under(first, second) or _figure_under_occasion(first, second):
        return 1  # the news in figures, set wider than the line above: the headline, that line its kicker
    if _figure_over_figure(first, second):
        return 0  # two figures of one story: the first the headline, the second its deck, whatever the widths
    if re.search(r"[，,；;]", second) or second.startswith(("——", "—")) \
            or (_figures_deck(first, second) and not _wider(second, first)):
        return 0
    if len(nonspace(first)) <= TEASER_BANNER_MAX:
        return 1
    return 1 if line_width(nonspace(second)) > line_width(nonspace(first)) + EQUAL_WIDTH_SLACK else 0


def _one_phrase(line: str) -> bool:
    """Is ``line`` one phrase: no clause mark, no space setting decks apart, no dash deck?"""
    return len(line.split()) == 1 and not _CLAUSE_MARK.search(line) and not line.lstrip().startswith("—")


def _raw_two_line(first: str, second: str, main: int) -> int:
    """The older reading ``main`` of a two-line stack on a page without blank lines, read by width as well when
    the lower line is one phrase (:func:`_one_phrase`; decks set apart by a space keep the older reading): a lower
    line no wider than the upper (within :data:`EQUAL_WIDTH_SLACK` em) is its deck, unless it gives the news in a
    figure under a plain line (:func:`_plain_over_figure`: the upper is its kicker), and a lower line
    :data:`KICKER_RATIO` times as wide as the upper is the headline under it (class: two-line stack on a raw
    page read by width: 全市畜禽存栏总体平稳 ⏎ 生猪价格环比小幅回落 is a headline and its deck)."""
    if main == 0 and _kicker_over_figure_decks(first, second):
        return 1
    if not _one_phrase(second):
        return main
    if main == 1 and line_width(nonspace(second)) <= line_width(nonspace(first)) + EQUAL_WIDTH_SLACK \
            and not _plain_over_figure(first, second) and not _CLAUSE_MARK.search(first) \
            and len(nonspace(first)) > TEASER_BANNER_MAX:  # a word or two over a line is a label (公告栏 ⏎ 公告)
        return 0
    if main == 0 and _wider(second, first) and not PROJECTION_OPENING.match(fold(nonspace(second))):
        return 1
    return main


def _kicker_over_figure_decks(first: str, second: str) -> bool:
    """On a page without blank lines, is ``second`` two decks set apart by a space giving figures
    (18个项目集中签约 总投资312.6亿元) under a ``first`` of one phrase with no figure (某某产业园, 某某法院审结一起
    诈骗案), set wider than it? The raw pages' annotations read the figures decks as the headline and the plain
    line over them as its kicker (class: plain kicker over a two-deck figures headline on a raw page). A first
    line of two decks or a clause of its own, decks no wider than it, decks of clock times (首班车6时30分 …: no
    figures of news) and a first line opening on its period (一季度全市经济实现“开门红”, :data:`KICKER_OPENING`,
    read as it was) keep the decks its subheadline."""
    top, low = nonspace(fold(first)), nonspace(fold(second))
    return _figures_deck(first, second) and _one_phrase(first) and not KICKER_OPENING.match(top) \
        and line_width(low) > line_width(top) + EQUAL_WIDTH_SLACK \
        and not any(CLOCK_END.search(deck) for deck in fold(second).split())


def _plain_over_figure(first: str, second: str) -> bool:
    """Is ``second`` one phrase closing on a figure of news (…启动改造小区186个, 接待游客86.4万人次) under a
    ``first`` that gives no figure past the period it may open on (某某改造进入攻坚阶段, 5月份全市新建商品住宅)
    and is not set much narrower than it (the first not :data:`KICKER_RATIO` times as wide)? The figure is the
    news, the plain line its kicker: so the raw pages' annotations read such a stack (class: plain kicker
    over a figures headline on a page without blank lines)."""
    top, low = fold(nonspace(first)), fold(nonspace(second))
    opening = KICKER_OPENING.match(top) or _MONTH_OPENING.match(top)
    return not _FIGURE.search(top[opening.end():] if opening else top) and _closes_on_figure(low) \
        and _one_phrase(second) and not _wider(first, second)


_MONTH_OPENING = re.compile(r"^(?:今年|[0-9]{4}年)?[0-9]{1,2}月份?")
"""A line opening on the month it covers (5月份…, 2024年3月…): a period, no figure of news."""


FIGURE_CLAUSE_END = re.compile(r"[0-9０-９](?:[%％]|[\u4e00-\u9fff]{1,3})$")
"""A clause closing on a figure and its unit (增长7.2%, 386.4万人次): a figure of news, unless a clock time."""
CLOCK_END = re.compile(r"[0-9０-９]{1,2}\s*[时点](?:\s*[0-9０-９]{1,2}\s*分|半|许)?$")
"""A clause closing on a clock time (6时30分, 21时, 8点半): when something runs, no figure of news."""


def _figure_clause(text: str) -> bool:
    """Does ``text`` close on a figure of news with its unit (增长6.2%, 512.6万人次), not a clock time (21时)?"""
    return bool(FIGURE_CLAUSE_END.search(text)) and not CLOCK_END.search(text)


def _figure_clauses(line: str) -> list[str]:
    """The clauses of ``line``: split at commas, and at a space only after a complete figure clause, so a
    word keeps its own figure set apart by a space (地区生产总值增长 6.2% is one clause; 接待游客386.4万人次
    旅游收入28.67亿元 two decks)."""
    clauses = []
    for piece in re.split(r"[，,]", fold(line).strip()):
        current = ""
        for word in re.split(r"[\s\u3000]+", piece.strip()):
            current += word
            if _figure_clause(current):
                clauses.append(current)
                current = ""
        if current or not piece.strip():
            clauses.append(current)
    return clauses


def _acts(first: str) -> bool:
    """Does ``first``, past the period or holiday it opens on (一季度, 春节假期), hold a verb of its own
    (一季度全市经济实现“开门红”, 春节假期公交运营时间调整)? It is then a whole headline sentence, not a
    kicker naming the period over figure decks (端午假期文旅市场量价齐升, a verdict with no verb taking an
    object). Asked on pages without blank lines, where width does not tell the tiers apart."""
    text = fold(nonspace(first))
    opening = KICKER_OPENING.match(text)
    return bool(ACTING_VERB.search(text[opening.end():] if opening else text))
"""A clause closing on a figure with its unit (…增长7.2%, …接待游客486.3万人次)."""


def _figure_clauses_under(first: str, second: str) -> bool:
    """Is ``second`` the headline of a two-line stack because it gives the news in figures: two or more
    clauses, each closing on a figure with its unit, joined by commas or set apart as decks by a space
    (``某某增加值增长7.2%，投资增长11.4%``, ``全市接待游客386.4万人次 旅游收入28.67亿元``),
    set wider than ``first`` (by more than :data:`STACK_KICKER_MARGIN` em), which gives no such figure
    (``1—5月全市经济运行稳中有进``), and which reads as a kicker: it opens on the period or occasion the
    figures cover (:data:`KICKER_OPENING`: 1—5月, 前三季度, 春节假期)? The shorter line is the kicker over it,
    not the headline over a sentence deck (class: figures headline under a shorter kicker). A dash line
    (``——今年预计总产…``) is a deck, and under a plain headline (``经济持续稳定恢复``) so is a figures line."""
    if second.lstrip().startswith("—") or not KICKER_OPENING.match(fold(nonspace(first))):
        return False
    clauses = _figure_clauses(second)
    if len(clauses) < 2 or not all(_figure_clause(c) for c in clauses) \
            or _figure_clause(nonspace(first).rstrip("，,")):
        return False
    return line_width(nonspace(second)) > line_width(nonspace(first)) + STACK_KICKER_MARGIN


def _closes_on_figure(line: str) -> bool:
    """Does ``line`` close on a figure of news and its unit, in digits (…资金4300万元) or in words
    (…近八十万亩), not on a clock time nor a date's year, month or day (北江市2023年: a period, no figure)?"""
    text = fold(nonspace(line))
    return (_figure_clause(text) and bool(STACK_FIGURE_END.search(text))) or bool(WORDED_FIGURE_END.search(text))


def _figure_under_occasion(first: str, second: str) -> bool:
    """Is ``second`` the headline of a two-line stack because it states the news in one figure
    (全省预计接待游客…万人次) under a line that gives none and opens on the occasion it covers
    (:data:`KICKER_OPENING`: 双节…准备就绪, 春节假期…), set no narrower than that line (within
    :data:`EQUAL_WIDTH_SLACK` em)? The occasion line is its kicker (class: kicker or figures headline in
    a two-line stack). A line with a figure of its own on top, or a sentence or dash deck below, is no such kicker."""
    top, low = fold(nonspace(first)), fold(nonspace(second))
    if _FIGURE.search(top) or not KICKER_OPENING.match(top) or second.lstrip().startswith("—") \
            or _CLAUSE_MARK.search(low) or not _closes_on_figure(low):
        return False
    return line_width(low) >= line_width(top) - EQUAL_WIDTH_SLACK


def _figure_over_figure(first: str, second: str) -> bool:
    """Do both lines of a two-line stack close on a figure of news with its unit, each a clause of its
    own with no comma (全市浇灌麦田近八十万亩 over 市财政已拨付抗旱资金…万元)? The first states the story's
    news, the second another figure of it: the headline and its deck, though the second be a little
    wider (class: kicker or figures headline in a two-line stack). A short line under which one
    :data:`KICKER_RATIO` times as wide is set (新建改建…所学校 over 今年我市公办学位预计新增…个) is a kicker
    still, and a line opening on a period (上半年…) is left to the other readings."""
    top, low = fold(nonspace(first)), fold(nonspace(second))
    if _CLAUSE_MARK.search(top) or _CLAUSE_MARK.search(low) or KICKER_OPENING.match(top) or _wider(low, top):
        return False
    return _closes_on_figure(top) and _closes_on_figure(low)


def _has_blank_lines(edition: Edition) -> bool:
    """Does the page set its blocks apart with blank lines? A page without them (``pdftotext -raw``)
    gives less sign of how a stack is set, and the dev annotations of such pages keep the older
    reading (a kicker over the headline) save where width tells (:func:`_raw_two_line`)."""
    return any(not line.strip() for line in edition.lines)


EQUAL_WIDTH_SLACK = 0.5
"""Two display lines within this many em of each other are of equal length (a half-width digit or
mark more or less)."""


KICKER_RATIO = 1.3
"""A kicker is set shorter than the headline under it: a first line this much longer than the second
is the headline, the second its subheadline."""


def _three_tier(edition: Edition, heads: list[TextUnit]) -> list[TextUnit]:
    """Two plain lines of like width over a subheadline (a sentence, a figures deck, a dash line) are
    a kicker and a headline, not two decks of one headline: a three-tier stack (引题, 主题, 副题)."""
    if len(heads) != 2 or any(is_display(s.text(edition)) for u in heads for s in u.spans):
        return heads
    top = heads[0]
    lines = sorted({s.line for s in top.spans})
    texts = [_headline_text(edition, u) for u in heads]
    if len(lines) != 2 or top.gap_joined or DOCUMENT_TITLE.search(fold(texts[0])) \
            or ends_open(*(spans_text(edition, [s for s in top.spans if s.line == ln]) for ln in lines)):
        return heads  # (a first line ending on a verb awaiting its object runs on: one headline)
    widths = [line_width(spans_text(edition, [s for s in top.spans if s.line == ln])) for ln in lines]
    if widths[1] < 0.7 * widths[0] or (" " not in texts[0] and min(widths) >= DECK_MIN_WIDTH):
        return heads  # the second line is the first's wrap, not a line of its own
    if not _second_is_sub(texts[0], texts[1]):
        return heads
    return [TextUnit("head", [s for s in top.spans if s.line == ln], text=spans_text(edition, [s for s in top.spans
                                                                                             if s.line == ln]))
            for ln in lines] + heads[1:]


def _kicker_over_decks(edition: Edition, heads: list[TextUnit]) -> list[TextUnit]:
    """A short plain line over two longer lines set as decks of their own (a space between them,
    :func:`_headline_text`) is a three-tier stack: kicker, headline, subheadline (``文旅市场加快回暖`` over
    ``前三季度…接待游客…`` over ``旅游总收入…``), not a headline over one two-deck subheadline."""
    if len(heads) != 2 or any(is_display(s.text(edition)) for u in heads for s in u.spans):
        return heads
    top, below = heads
    lines = sorted({s.line for s in below.spans})
    if len({s.line for s in top.spans}) != 1 or len(lines) != 2 or below.gap_joined:
        return heads
    texts = [_headline_text(edition, u) for u in heads]
    if any(DOCUMENT_TITLE.search(fold(t)) for t in texts) or " " not in texts[1]:
        return heads  # the two lines below are one wrapped line, not two decks
    pieces = [[s for s in below.spans if s.line == ln] for ln in lines]
    if _column_wrap(edition, pieces[0], pieces[1]):
        return heads  # one headline the column cut inside a word (…全员上岗 织密林 ⏎ 区防火…), not two decks
    widths = [len(nonspace(spans_text(edition, p))) for p in pieces]
    if not TEASER_BANNER_MAX < len(nonspace(texts[0])) < min(widths) or texts[1].startswith(("——", "—")):
        return heads  # a word or two over a headline is a label (短评), not a kicker
    return [top] + [TextUnit("head", p, text=spans_text(edition, p)) for p in pieces]


def _arrange_heads(edition: Edition, heads: list[TextUnit]) -> tuple[str, str, list[str], list[tuple[str, TextUnit]]]:
    """Kicker, main headline and subheadlines from a story's headline units, in print order.

    Display type (letter-spaced) marks the main headline; failing that, one unit is the
    headline; of two, the second is a subheadline when it reads like a sentence (a comma, a dash
    line, figures under none: :func:`_second_is_sub`), else the first is a kicker; of three or
    more, kicker, headline, subs.
    """
    heads = [piece for u in heads for part in _dash_off(edition, u) for tier in _plain_over_display(edition, part)
             for sl in _slogan_off(edition, tier) for cut in tiers_off(edition, sl)
             for piece in display_tiers(edition, cut)]
    heads = _display_wraps_joined(edition, _open_ends_joined(edition, heads))
    heads, numbers = _document_heads(edition, _kicker_over_decks(edition, _three_tier(edition, heads)))
    texts = [_headline_text(edition, u) for u in heads]
    n = len(heads)
    if n == 0:
        return "", "", [], [("label", u) for u in numbers]
    display = [i for i, u in enumerate(heads) if any(is_display(s.text(edition)) for s in u.spans)]
    titles = [i for i, t in enumerate(texts)
              if (DOCUMENT_TITLE.search(fold(t)) or ABOUT_NOTICE.match(nonspace(fold(t)))) and not t.startswith(DASH_DECK)]
    titles += [i for i in range(1, n) if _BARE_NOTICE_TITLE.match(nonspace(fold(texts[i]))) and issuer_above(heads[i - 1])]
    if display:  # a dash deck naming a document (——代表热议政府工作报告) is a subheadline, never the title
        main = _main_display(edition, heads, display)
    elif titles and (not _outsized(texts, titles[0]) or _BARE_NOTICE_TITLE.match(nonspace(fold(texts[titles[0]])))):
        main = titles[0]  # a document's printed title is its headline (停水通告 under its issuer's wider line too)
    elif _label_alone(heads[:1]):  # 短评 ⏎ (text) ⏎ 让…: the label is the kicker, the line after it the headline
        main = 1
    elif n == 1:
        main = 0
    elif n == 2:
        main = 1 if _cut_by_column(edition, heads[0], heads[1]) else _two_line_main(edition, texts[0], texts[1])
    else:  # kicker, headline, subheadlines; a dash line (——…) is a subheadline of the line above
        main = 0 if texts[1].startswith(("——", "—")) else 1
    decks = [main, main + 1] if main == 1 and _decks_over_dash(heads, texts) else [main]
    roles = ["kicker" if i < main else "headline" if i in decks else "subheadline" for i in range(n)]
    kicker = " ".join(t for t, r in zip(texts, roles) if r == "kicker")
    return (kicker, " ".join(texts[i] for i in decks if i < n), [t for t, r in zip(texts, roles) if r == "subheadline"],
            list(zip(roles, heads)) + [("label", u) for u in numbers])


def _display_wraps_joined(edition: Edition, heads: list[TextUnit]) -> list[TextUnit]:
    """A line of letter-spaced display type right over a shorter one of the same type (more than
    :data:`DISPLAY_DECK_SLACK` em narrower, no dash deck: ``… 文 旅 消 费 热`` ⏎ ``力 持 续 攀 升``) is one
    headline the column wrapped, inside a word or not, as :func:`_headline_text` reads such lines in one unit:
    on a page without blank lines, where each line came as a unit of its own, they are joined."""
    out: list[TextUnit] = []
    for u in heads:
        prev = out[-1] if out else None
        if prev is not None and len(u.lines) == 1 and prev.last_line == u.first_line - 1 \
                and _all_display(edition, prev) and _all_display(edition, u) and not u.text.lstrip().startswith(DASH_DECK):
            upper = spans_text(edition, [s for s in prev.spans if s.line == prev.last_line])
            if not _display_decks(upper, u.text):
                out[-1] = TextUnit("head", list(prev.spans) + list(u.spans), text=prev.text + u.text)
                continue
        out.append(u)
    return out


def _all_display(edition: Edition, u: TextUnit) -> bool:
    """Is every span of ``u`` letter-spaced display type?"""
    return all(is_display(s.text(edition)) for s in u.spans)


def _open_ends_joined(edition: Edition, heads: list[TextUnit]) -> list[TextUnit]:
    """Headline lines whose upper ends on a word a headline cannot end on (:func:`ends_open`: a verb
    awaiting its object, 让每个孩子都能享有, or a coverb, 把, 向, 为) and whose lower is the plain line right
    under it: one headline wrapped, one unit, not a kicker over a headline (class: open line end). So are
    two lines that split a figure from its magnitude or unit (…累计巡河3.26 ⏎ 万余次: :func:`_figure_split`), a
    quotation left open on the upper line and closed on the lower (:func:`_quote_across`), a
    line filling the body column that breaks a word the page prints (…织密林 ⏎ 区防火…: :func:`_column_wrap`), and
    a line of any width that breaks such a word over a line no wider (…住宅成 ⏎ 交面积…: :func:`_column_wrap` with
    ``column=False``)."""
    out: list[TextUnit] = []
    for u in heads:
        prev = out[-1] if out else None
        if prev is not None and prev.last_line + 1 == u.first_line and not u.gap_before and not _is_dash(u) \
                and not BULLET.match(u.text) and not any(is_display(s.text(edition)) for s in (*prev.spans, *u.spans)) \
                and (ends_open(_last_line_text(edition, prev), u.text) or _wrap_tail(edition, _last_line_text(edition, prev), u.text)
                     or _figure_split(_last_line_text(edition, prev), u.text) or _hedge_split(_last_line_text(edition, prev), u.text)
                     or _verb_to_figure_split(_last_line_text(edition, prev), u.text)
                     or _quote_across(_last_line_text(edition, prev), u.text) or _comma_cut(_last_line_text(edition, prev), u.text)
                     or _column_wrap(edition, prev, u)
                     or _column_wrap(edition, prev, u, column=False) or _predicate_under_measure(edition, prev, u)):
            spans = [*prev.spans, *u.spans]
            out[-1] = TextUnit("head", spans, text=spans_text(edition, spans), gap_before=prev.gap_before)
        else:
            out.append(u)
    return out


def _quote_across(upper: str, lower: str) -> bool:
    """Does a quotation opened in ``upper`` and left open there close in ``lower`` (禾川：订单小麦“种前有合同、收 ⏎
    后不愁卖”)? No kicker or deck ends inside a quotation: one headline wrapped (class: headline wrapped inside a
    quotation). A line whose quotations all close (某村“共富工坊”开张) is a tier of its own."""
    return upper.count("“") > upper.count("”") and lower.count("”") > lower.count("“")


COMMA_END = re.compile(r"[，,][”’」』]?$")
"""A headline line ending on a comma: the clause after it is still to come (…养出“生态鱼”， ⏎ 每亩…)."""


def _comma_cut(upper: str, lower: str) -> bool:
    """Does ``upper`` end on a comma with a plain line of words right under it (某村养出“生态鱼”， ⏎ 每亩纯收入增加…)?
    A kicker or a deck is a tier of its own that never ends on a comma: the headline's two clauses wrapped at the
    comma, one headline (class: headline broken after a comma over two display lines). Not a dash deck under it."""
    a, b = nonspace(fold(upper)), nonspace(fold(lower))
    return bool(COMMA_END.search(a)) and len(a) > 2 and bool(b) and not b.startswith(("—", "-"))


def _predicate_under_measure(edition: Edition, upper: TextUnit, lower: TextUnit) -> bool:
    """On a page without blank lines, is ``lower`` only a change and its figure (同比上涨0.6%) under a one-line
    ``upper`` that ends on a bare measure with no change verb of its own (4月份全市居民消费价格)? The page set
    each line as a unit of its own, but the change finishes the measure above: one headline wrapped, not a
    kicker over a headline (class: headline wrapped before its predicate, as :func:`~frontpage.parse.stacks.ends_tier`
    reads it within one unit). A line with a predicate of its own (…稳中提质) keeps its figures deck."""
    if len(upper.lines) != 1 or len(lower.lines) != 1:
        return False
    a, b = nonspace(fold(upper.text)), nonspace(fold(lower.text))
    return bool(PREDICATE_LINE.match(b) and MEASURE_LINE.search(a) and not CHANGE_IN.search(a)) \
        and not _has_blank_lines(edition)


FIGURE_CUT_UPPER = re.compile(r"[\u4e00-\u9fff].*[\u4e00-\u9fff].*[0-9０-９]$")
"""A headline line of words that ends on a bare figure's digits (…累计巡河3.26)."""


def _figure_split(upper: str, lower: str) -> bool:
    """Do two headline lines split one figure, the digits ending ``upper`` and its scale or unit opening
    ``lower`` as a word (…累计巡河3.26 ⏎ 万余次, …增长6 ⏎ %: :func:`opens_on_unit_word`)? A headline never ends
    on a bare number: one headline wrapped (class: figure split from its unit across headline lines). Not a
    line ending on a year (回眸2023 ⏎ 人民生活持续改善: a kicker), nor a lower line whose first character only
    begins a word (万家灯火, 县域)."""
    upper, lower = nonspace(fold(upper)), nonspace(fold(lower))
    return bool(FIGURE_CUT_UPPER.search(upper)) and not YEAR_END.search(upper) and opens_on_unit_word(lower)


HEDGE_BEFORE_CUT = re.compile(r"[\u4e00-\u9fff].*(?P<hedge>" + "|".join(sorted((w for w in words("hedges", position="before") if len(w) > 1),
                                                                      key=len, reverse=True)) + r")$")
"""A headline line of words ending on a bound word set before its figure (…总产量首次突破, …年收入超过): ``hedges.csv``'s
words of two or more characters printed before a figure."""
HEDGE_AS_NOUN_AFTER = "新性大得现获来求有的"
"""Characters before 突破 (or another bound word) that make it a noun (新突破, 历史性突破, 重大突破, 取得突破, 实现突破,
获突破, 迎来突破, 寻求突破, 有突破, 的突破): a headline may end on such a noun."""
FIGURE_OPENING = re.compile(r"^(?:[0-9０-９]|[一二两三四五六七八九十百千万]+[十百千万亿])")
"""A line opening on a figure, in digits (24万吨大关) or in words (千亿元大关, 三十万人次)."""


def _hedge_split(upper: str, lower: str) -> bool:
    """Do two headline lines split a bound word from its figure (某县今年粮食总产量首次突破 ⏎ 24万吨大关, …年营收超过 ⏎
    百亿元)? A bound word (突破, 超过, 迈上: :data:`HEDGE_BEFORE_CUT`) awaits its figure, so no kicker or deck ends on
    it: one headline wrapped (class: headline wrapped between a bound word and its figure). Not a lower line
    opening on words (突破 ⏎ 关键技术: no figure follows), nor a bound word read as a noun (实现新突破, 取得历史性突破 ⏎
    36家企业…: :data:`HEDGE_AS_NOUN_AFTER`), a line of its own."""
    a, b = nonspace(fold(upper)), nonspace(fold(lower))
    m = HEDGE_BEFORE_CUT.search(a)
    return m is not None and bool(FIGURE_OPENING.match(b)) and not _CLAUSE_MARK.search(a) \
        and a[m.start("hedge") - 1] not in HEDGE_AS_NOUN_AFTER


CHANGE_TO_END = re.compile(r"[\u4e00-\u9fff](?:" + CHANGE_VERB + r"|[提增降升涨减扩缩延调跌])$")
"""A headline line ending on a change verb, or on the one character of a verb whose 至 the next line opens on
(提|至, 增|至, 降|至)."""
TO_FIGURE_OPENING = re.compile(r"^[至到][约近超逾]?(?:[0-9０-９]|[一二两三四五六七八九十百千万]+[十百千万亿成倍])")
"""A line opening on 至 or 到 and a figure (至500元, 到3成): the second half of a change, never a tier of its own."""


def _verb_to_figure_split(upper: str, lower: str) -> bool:
    """Do two headline lines split a change from the figure it reaches (…报销标准提 ⏎ 至500元, …补贴标准提高 ⏎
    至800元)? No kicker or deck opens on 至 and a figure: one headline wrapped (class: headline wrapped
    between a change verb and its 至 figure). Not an upper line with a clause mark, nor a lower line opening
    on 至 and words (至今, 至关重要)."""
    a, b = nonspace(fold(upper)), nonspace(fold(lower))
    return bool(CHANGE_TO_END.search(a) and TO_FIGURE_OPENING.match(b)) and not _CLAUSE_MARK.search(a)


def _column_wrap(edition: Edition, upper: TextUnit | list[Span], lower: TextUnit | list[Span], column: bool = True) -> bool:
    """Is ``lower`` the rest of a headline line the body column cut (…全员上岗 织密林 ⏎ 区防火“安全网”)? The upper
    line's last raw line fills the page's body column (:func:`body_column`, within :data:`WRAP_SLACK` em), the lower
    is narrower, the upper does not close on an event's verb (:func:`ends_on_event`: …会议召开, …集中签约), and the
    break falls strictly inside a dictionary word the page prints elsewhere as that word (:func:`cut_inside_word`:
    林|区 of 织密林区防火; not 召开|全县 nor 签约|总金额, two words the body merely prints side by side). A stack
    set at the foot of a raw page is cut by the column as its bodies are (class: headline wrapped at the column).
    A tier of its own that happens to fill the column (a kicker over its headline) breaks between words, never
    inside one, and a lower line as wide as the upper is a tier of its own.

    With ``column=False`` the line is cut at the headline's own measure, narrower than the body column
    (…新建商品住宅成 ⏎ 交面积环比下降…: 成交): the lower line is then only no wider than the upper's last line
    (class: headline wrapped inside a word at its own measure). A kicker or deck of its own ends on a word's end,
    never inside a word."""
    up = upper.spans if isinstance(upper, TextUnit) else upper
    down = lower.spans if isinstance(lower, TextUnit) else lower
    last = max(s.line for s in up)
    top, low = spans_text(edition, [s for s in up if s.line == last]), spans_text(edition, down)
    if column:
        col = body_column(edition)
        printed = line_width(edition.lines[last - 1])
        fits = bool(col) and col - WRAP_SLACK <= printed <= col + 1 and line_width(low) < printed - STACK_KICKER_MARGIN
    else:
        fits = line_width(nonspace(low)) <= line_width(nonspace(top))
    return fits and not TERMINAL.search(top.strip()) and not ends_on_event(top) and cut_inside_word(edition, top, low, last)


def _cut_by_column(edition: Edition, top: TextUnit, low: TextUnit) -> bool:
    """Is ``low`` a headline set wider than the body column, which the text layer cut inside a word
    (:func:`_column_wrap`), under a one-line ``top`` narrower than it? Then ``low`` is the stack's main
    headline and ``top`` its kicker, whatever figures ``low`` gives (class: headline wrapped at the column
    under its kicker: 某某推进会召开 ⏎ 全县…全员上岗 织密林 ⏎ 区防火“安全网”). A one-line figures deck under a
    plain line stays its subheadline (:func:`_two_line_main`); so does a dash deck under a document's title."""
    lines = low.lines
    if len(lines) != 2 or len(top.lines) != 1 or top.gap_joined or low.text.lstrip().startswith(DASH_DECK) \
            or DOCUMENT_TITLE.search(fold(nonspace(top.text))):
        return False  # a document's title over its delivery line (——某日在…会议上) wrapped: title and deck
    upper = [s for s in low.spans if s.line == lines[0]]
    return _column_wrap(edition, upper, [s for s in low.spans if s.line == lines[1]]) \
        and line_width(nonspace(top.text)) < line_width(nonspace(spans_text(edition, upper))) - STACK_KICKER_MARGIN


WRAP_TAIL_MAX = 2
"""A headline's last word wrapped alone onto a line of its own (…精准滴灌实体 ⏎ 经济) is at most this many characters."""
WRAP_TAIL_UPPER_MIN = 10
"""…under a line at least this long: a full headline's measure, not a kicker's."""


def _wrap_tail(edition: Edition, upper: str, lower: str) -> bool:
    """Is ``lower`` a headline's tail wrapped alone under ``upper`` (…精准滴灌实体 ⏎ 经济): a word of one or two
    Chinese characters, no mark or figure, under a line filling a headline's measure? No deck or kicker is
    so short (class: headline wrapped before its last word). Not a section's or column's name set on a line
    of its own (要闻, 观察, 快评: :data:`SECTION_NAME`), nor a byline: a person's name (叶舟, :data:`PERSON_NAME`)
    printed nowhere else on the page, where a headline's word comes back in its text."""
    a, b = nonspace(fold(upper)), nonspace(fold(lower))
    if not (len(b) <= WRAP_TAIL_MAX and re.fullmatch(r"[\u4e00-\u9fff]+", b) and len(a) >= WRAP_TAIL_UPPER_MIN
            and not TERMINAL.search(a) and not _CLAUSE_MARK.search(a[-1])) or SECTION_NAME.match(b):
        return False
    if _BARE_NOTICE_TITLE.match(b) and ISSUER_NAME.match(a):
        return False  # an issuer's name over its notice's type (某区人民法院 ⏎ 公告): the kicker over the title
    return not PERSON_NAME.match(b) or nonspace(fold("".join(edition.lines))).count(b) > 1


def _decks_over_dash(heads: list[TextUnit], texts: list[str]) -> bool:
    """A four-tier stack: a kicker, two plain lines of like width printed as one block (no blank line
    between them), a dash deck (——…) under them. The dash line is the stack's subheadline, so the two
    lines between are the headline's two decks (``接待游客…万人次`` / ``旅游总收入…亿元``), joined with a
    space, not a headline over a second subheadline (class: two-deck headline over a dash deck)."""
    if len(heads) != 4 or not texts[3].startswith(DASH_DECK) or any(t.startswith(DASH_DECK) for t in texts[:3]):
        return False
    upper, lower = heads[1], heads[2]
    return lower.first_line == upper.last_line + 1 and not lower.gap_before and len(upper.lines) == len(lower.lines) == 1 \
        and abs(line_width(nonspace(texts[1])) - line_width(nonspace(texts[2]))) <= STACK_KICKER_MARGIN \
        and not _CLAUSE_MARK.search(texts[1] + texts[2])


def _outsized(texts: list[str], k: int) -> bool:
    """Is a line of the stack set wider than line ``k`` by more than :data:`STACK_KICKER_MARGIN` em? Then
    line ``k``, though it ends like a document's title (…热议党的二十大报告), is not the headline of its
    stack: the widest line is (a kicker above it, subheadlines below)."""
    return any(line_width(nonspace(t)) > line_width(nonspace(texts[k])) + STACK_KICKER_MARGIN
               for i, t in enumerate(texts) if i != k and not _TITLE_COMPANION.match(fold(t.strip())))


_TITLE_COMPANION = re.compile(r"^(?:[（(]|[一二三四五六七八九十]{1,3}、)")
"""What a document's title may be narrower than: the note of its adoption (（…审议通过）), its
numbered headings (一、…)."""


def _main_display(edition: Edition, heads: list[TextUnit], display: list[int]) -> int:
    """The main headline among display units: the first, unless the next is a display line set wider
    (by more than :data:`KICKER_MARGIN` em) right under it; then the first is its kicker."""
    first = display[0]
    if len(display) >= 2 and display[1] == first + 1 and len(heads[first].lines) == len(heads[first + 1].lines) == 1:
        top, low = (line_width(_headline_text(edition, heads[k])) for k in (first, first + 1))
        if low > top + STACK_KICKER_MARGIN:
            return first + 1
    return first


def _document_heads(edition: Edition, heads: list[TextUnit]) -> tuple[list[TextUnit], list[TextUnit]]:
    """A document's headline units: its number (:data:`DOCUMENT_NUMBER`) set apart as a label, and a
    title wrapped by the column joined into one. An issuer on its own line above a 关于… title
    (某市人民政府办公室 ⏎ 关于印发…的通知) stays a line of its own: the title's kicker (the brief's
    seventeenth-batch clarification); an issuer opening the title's own line is part of the headline."""
    numbers = [u for u in heads if DOCUMENT_NUMBER.match(fold(u.text.strip()))]
    heads = [u for u in heads if u not in numbers]
    out: list[TextUnit] = []
    for u in heads:
        prev = out[-1] if out else None
        if prev is not None and (_wrapped_title(prev.text, u.text) or _conjoined_title(prev.text, u.text)
                                 or _title_wrapped_at_type(edition, prev, u) or _title_wrapped_after_year(prev.text, u.text)
                                 or _title_wrapped_after_place(prev.text, u.text)
                                 or TITLE_QUALIFIER.match(u.text.strip())):
            spans = prev.spans + u.spans
            out[-1] = TextUnit("head", spans, text=spans_text(edition, spans), gap_joined=True)
            continue
        out.append(u)
    return out, numbers


_BARE_NOTICE_TITLE = re.compile(r"^[\u4e00-\u9fff]{0,4}(?:" + NOTICE_TITLE + r")$")
"""A notice's short title without 关于 (停水通告, 招聘公告): under an issuer's line, that line is its kicker."""

_COLUMN_NOTICE_TITLE = re.compile(r"^(?:法院|司法)公告$")
"""A notices column's generic name (法院公告): the kind of issuer, no issuer named, so no one notice's title."""

_ADDRESSEE_OPENING = re.compile(r"^[\u4e00-\u9fff]{2,4}[:：](?:本院|原告|申请人|你)")
"""A court notice served on a person opens on the addressee's name (某某：本院受理…, 某某：原告某公司诉你…)."""

_LABELLED_LINE = re.compile(r"^[\u4e00-\u9fff]{1,6}[:：]\S")
"""A labelled line of a notice's section (联系地址：…, 电话：…, 时间：…): a short label, a colon, its value."""


_NOTICE_END = re.compile(r"(?:" + NOTICE_TITLE + r")$")
"""A title that ends on a notice's type (…报名的公告)."""
_TITLE_CUT = re.compile(r"[\u4e00-\u9fff\d《（(—]$")
"""How a title line cut by the column ends: inside a word, a number, a book title or a bracket."""


def _wrapped_title(first: str, second: str) -> bool:
    """A document's title run on over two lines (某某市某局关于2025年某某考试报 ⏎ 名的公告; …关于印发《某某
    ⏎ 行动计划》的通知; 关于开展某某年度城乡居民基本医疗 ⏎ 保险集中参保工作的公告): the first line has 关于 and is
    cut mid-word, the second ends on the document's type and opens no title of its own; they are one title."""
    a, b = fold(first.strip()), fold(second.strip())
    opens = a.startswith("关于") and "的" not in a  # 关于养老的三个问题 is a headline of its own, not a title's start
    return ("关于" in a[2:] or opens) and bool(_TITLE_CUT.search(a)) and not b.startswith("关于") \
        and bool(DOCUMENT_TITLE.search(b) or _NOTICE_END.search(b)) and not _CLAUSE_MARK.search(a + b)


def _title_wrapped_before_type(first: str, second: str) -> bool:
    """A notice's title wrapped by the column just before its last words (某市国有建设用地使用权挂牌 ⏎
    出让公告): the lower line is a word or two and the notice's type, the upper names no issuer (某某有限公司
    ⏎ 减资公告 is an issuer over its notice) and neither has a clause mark; together one title."""
    a, b = nonspace(fold(first)), nonspace(fold(second))
    return bool(NOTICE_HEAD.match(b)) and len(b) <= NOTICE_TAIL_WORDS_MAX and not _CLAUSE_MARK.search(a + b) \
        and not issuer_above(TextUnit("head", [], text=a)) and not re.search(NOTICE_TITLE, a) \
        and not is_display(first) and bool(NOTICE_HEAD_LONG.match(a + b))


def _title_wrapped_after_date(first: str, second: str) -> bool:
    """A notice's title wrapped by the column (2023年度某县“护林标兵” ⏎ 拟表彰人员名单公示) on the lines
    right under the notice above's closing date: the lower line is a few words and the notice's type
    (:data:`NOTICE_HEAD`), the upper names no issuer and no notice of its own, neither has a clause mark
    and together they read as one title (quoted names allowed); they are one title."""
    a, b = nonspace(fold(first)), nonspace(fold(second))
    return bool(NOTICE_HEAD.match(b)) and not _CLAUSE_MARK.search(a + b) and not re.search(NOTICE_TITLE, a) \
        and not issuer_above(TextUnit("head", [], text=a)) and not is_display(first) \
        and bool(NOTICE_HEAD_LONG.match(QUOTE_MARKS.sub("", a + b)))


_YEAR_CUT = re.compile(r"(?:19|20)[0-9]{2}\s*年度?$")
"""A title line cut right after the year the title is about (某某中心2025年 ⏎ 公开招聘…公告)."""


def _title_wrapped_after_year(first: str, second: str) -> bool:
    """A document's or notice's title wrapped by the column right after its year (某县公共资源交易中心2025年
    ⏎ 第二批政府采购意向公告): a year qualifies what follows it and never ends a title, so a long upper line
    ending on one, over a line ending on the document's or notice's type, is one title, not a kicker over a
    headline (class: title wrapped after its year). Not a short line (回眸2024年 over a report: a kicker),
    a line with a clause mark, nor a lower line opening a 关于… title of its own."""
    a, b = nonspace(fold(first)), nonspace(fold(second))
    return len(a) >= WRAPPED_TITLE_MIN and bool(_YEAR_CUT.search(a)) and not _CLAUSE_MARK.search(a + b) \
        and not b.startswith("关于") and bool(DOCUMENT_TITLE.search(b) or _NOTICE_END.search(b)) \
        and not DOCUMENT_TITLE.search(a) and not is_display(first)


_YEAR_AND_PLACE = re.compile(r"^[0-9０-９]{4}年度?(?:[\u4e00-\u9fff]{1,8}?[省市县区州盟旗])?$")
"""A line that is only a year and maybe a place (２０１８年某市, 2024年度, 2023年某某县): what a title is of."""


def _title_wrapped_after_place(first: str, second: str) -> bool:
    """A document's title printed over two lines, the year and the place it covers on the upper (２０１８年某市 ⏎
    水 资 源 公 报), the document's type ending the lower: a year and a place say nothing of their own, no kicker,
    so the two lines are one title (class: title wrapped after its year and place). Not a kicker with words of its
    own (回眸2024年, 2024年某市经济观察), nor a lower line opening a 关于… title of its own."""
    a, b = nonspace(fold(first)), nonspace(fold(second))
    return bool(_YEAR_AND_PLACE.match(a)) and not b.startswith("关于") and not _CLAUSE_MARK.search(b) \
        and bool(DOCUMENT_TITLE.search(b)) and not DOCUMENT_TITLE.search(a)


QUOTE_MARKS = re.compile(r"[“”‘’「」《》\"]")
"""Quotation and book-title marks around a name inside a title (“护林标兵”, 《某某办法》)."""


NOTICE_TAIL_WORDS_MAX = 6
"""The end of a wrapped notice title: a word or two and the type (出让公告, 拍卖公告), no more."""


_CONJUNCTION_START = re.compile(r"^[和与及暨]")
"""A conjunction opening a line: it joins what went before, it opens no headline of its own."""


def _conjoined_title(first: str, second: str) -> bool:
    """A document's title wrapped before a conjunction (某某市2024年国民经济 ⏎ 和社会发展统计公报): the
    second line opens on 和/与/及/暨 and ends on the document's type, the first ends no title and neither
    has a clause mark; they are one title, not a kicker over a headline."""
    a, b = fold(first.strip()), fold(second.strip())
    return bool(_CONJUNCTION_START.match(b)) and bool(DOCUMENT_TITLE.search(b)) and not DOCUMENT_TITLE.search(a) \
        and not is_display(first) and not _CLAUSE_MARK.search(a + b)


def _title_wrapped_at_type(edition: Edition, top: TextUnit, low: TextUnit) -> bool:
    """A document's title wrapped by the column just before its type (某县2023年国民经济和社会发展 ⏎
    统计公报): the lower line is a word or two and the type, the upper a line filling a headline's measure
    that ends no title, names no issuer, has no clause mark and does not end on a verb issuing the document
    (…签署国务院令公布 ⏎ 节约用水条例 is a clause over the title); together one title, not a kicker over a
    headline (class: title wrapped before its document type)."""
    a, b = nonspace(fold(top.text)), nonspace(fold(low.text))
    return len(top.lines) == 1 and len(b) <= TYPE_TAIL_MAX and bool(DOCUMENT_TITLE.search(b)) \
        and len(a) >= WRAPPED_TITLE_MIN and bool(_TITLE_CUT.search(a)) and not DOCUMENT_TITLE.search(a) \
        and not _CLAUSE_MARK.search(a + b) and not issuer_above(top) and not is_display(top.text) \
        and not _ISSUED.search(a)


_ISSUED = re.compile(r"(?:" + ISSUING_VERB + r")$")
"""A line ending on a verb that issues a document (…签署国务院令公布): a clause whose object is the title under
it, which stands as a headline of its own (class: issuing clause over a document's title)."""


TYPE_TAIL_MAX = 6
"""The lower line of a title wrapped before its type: a word or two and the type (统计公报, 工作报告)."""
WRAPPED_TITLE_MIN = 10
"""The upper line of a title the column wrapped is a long line, at least this many characters."""


SECTION_LINES = 1000
"""Editions longer than this are parsed in sections of about this many lines (four or
five pages), cut at a paragraph's end, so that memory stays proportional to the input.
A front page has about 400 lines: it is always parsed whole."""


def sections(edition: Edition, size: int = SECTION_LINES) -> list[tuple[int, int]]:
    """1-based inclusive line ranges to parse independently: the whole edition unless it is long."""
    n = len(edition.lines)
    out: list[tuple[int, int]] = []
    start = 1
    while n - start + 1 > size:
        cut = None
        for k in range(start + size - 1, min(n, start + size + 2000)):
            line, prev = edition.lines[k - 1], edition.lines[k - 2]
            if not line.strip() and (re.search(r"[。！？”）]\s*$", prev) or not prev.strip()):
                cut = k
                break
        if cut is None:
            cut = start + size - 1
        out.append((start, cut))
        start = cut + 1
    out.append((start, n))
    return out


def id_width(edition: Edition) -> int:
    """Digits in article ids: enough for the edition's blocks, an upper bound on its articles, so
    ids can be given section by section and still agree with a whole-edition parse."""
    blocks, blank = 0, True
    for line in edition.lines:
        if line.strip():
            blocks += blank
            blank = False
        else:
            blank = True
    return max(2, len(str(blocks)))


def iter_articles(edition: Edition, edition_date: date | None = None) -> Iterator[list[Article]]:
    """The edition's articles, one section (:func:`sections`) at a time, with their final ids.

    A long edition can be processed in bounded memory this way; :func:`parse_articles` is
    the same articles as one list.
    """
    width, n = id_width(edition), 0
    for first, last in sections(edition):
        articles = _build(edition, _section_stories(edition, first, last), edition_date)
        ids = {}
        for a in articles:
            n += 1
            ids[id(a)] = a.id = f"a{n:0{width}d}"
        for a in articles:
            if a.linked_to is not None:
                a.linked_to = ids[id(a.linked_to)]
        yield articles


def parse_articles(edition: Edition, edition_date: date | None = None) -> list[Article]:
    """The edition's articles in reading order (see module doc). ``edition_date`` resolves datelines."""
    return [a for section in iter_articles(edition, edition_date) for a in section]


def _section_stories(edition: Edition, first: int, last: int) -> list[_Story]:
    """The stories of lines ``first..last``: the story machine, then headline groups resolved."""
    machine = _StoryMachine(edition)
    machine.run(units(edition, first, last))
    _resolve_groups(edition, machine.stories, _groups_offered_past_notes(edition, machine.stories, machine.groups))
    _announced_documents(machine.stories)
    _commentary_signed_at_foot(machine.stories)
    _lone_heads_over_text(machine.stories)
    _series_logos(edition, machine.stories)
    _note_stacks_down_to_leads(machine.stories)
    _series_tags_down(edition, machine.stories)
    _headings_in_story(edition, machine.stories)
    _feature_sections(edition, machine.stories)
    _feature_first_section(edition, machine.stories)
    _pointers_over_heads(machine.stories)
    _pointer_banners(edition, machine.stories)
    _pointer_run_kickers(edition, machine.stories)
    _closing_credits(edition, machine.stories)
    _caption_titles_glued(edition, machine.stories)
    _figures_box_titles(edition, machine.stories)
    _numbered_item_headings(edition, machine.stories)
    _issuers(edition, machine.stories)
    _delivery_lines(edition, machine.stories)
    _speakers(edition, machine.stories)
    _issuer_heads(edition, machine.stories)
    _section_marks(edition, machine.stories)
    _first_section_heading(edition, machine.stories)
    _rejoin_numbered_sections(machine.stories)
    _document_past_table(edition, machine.stories)
    _stack_past_box(edition, machine.stories)
    _table_rows_as_printed(edition, machine.stories)
    return machine.stories


def _table_rows_as_printed(edition: Edition, stories: list[_Story]) -> None:
    """A body part whose every line is a table's row or its row of column names (指标 绝对额（亿元） 同比增长（%） ⏎
    地区生产总值 1286.4 12.6), joined like prose, runs its cells together and reads two figures as one
    (…总值1286.412.6): each row becomes a part of its own, as printed, its cells set apart by one space
    (class: a flattened table's rows joined as a paragraph)."""
    for s in stories:
        parts: list[Part] = []
        for p in s.parts:
            rows = {n: [sp for sp in p.spans if sp.line == n] for n in p.lines}
            texts = {n: " ".join(" ".join(sp.text(edition) for sp in spans).split()) for n, spans in rows.items()}
            figures = sum(len([c for c in t.split()[1:] if _BARE_FIGURE.match(c)]) for t in texts.values())
            if p.role != "body" or not any(_table_row(t) or _fact_row(t) for t in texts.values()) \
                    or not all(_table_row(t) or _table_header(t) or _fact_row(t) for t in texts.values()) \
                    or (len(rows) < 2 and figures < 2 and not _fact_row(texts[p.lines[0]])) or p.text == "\n".join(texts.values()):
                parts.append(p)
                continue
            parts += [_part(edition, "body", spans, texts[n]) for n, spans in rows.items()]
        s.parts = parts


SECTION_HEADING_MAX = 12
SECTION_HEADING_MIN = 4
"""A 小标题 is a phrase of at least this many characters (a two-character line, 链接, labels a box)."""
"""A feature's 小标题 is a short phrase: at most this many characters."""
CO_SIGNERS_MAX = 3
"""A joint notice is signed by a few institutions, one a line, over its date."""


EDITOR_NOTE = re.compile(r"^[【\[［]?\s*(?:" + EDITOR_NOTE_LABEL + r")\s*[】\]］：:]?\s*$")
"""An editor's note's label part (【编者按】, 编者按：)."""
NOTE_LEAD_GAP = 2
"""The lead of the story an editor's note introduces starts within this many lines of the note's end."""


def _announced_documents(stories: list[_Story]) -> None:
    """A document's title left over at the foot of a page without blank lines (某县2024年…统计公报 ⏎
    （摘要）), printed after the text, when a story above quotes it (县统计局发布《某县2024年…统计公报》)
    and runs on into numbered headings (一、综合 …): the story is the short item announcing the document,
    the document itself printed under it from the paragraph right before its first numbered heading (its
    preamble, unless that is the item's own lead) to its end, with the foot title as its headline, not
    one story with a teaser (class: announced document under its announcement, title at the foot)."""
    for k, t in enumerate(stories):
        heads = t.teaser_heads
        title = nonspace(fold("".join(u.text for u in heads)))
        if t.kind != "teaser" or t.parts or not heads or not DOCUMENT_TITLE.search(title):
            continue
        base = re.sub(r"[（(][^）)]*[）)]$", "", title)
        host = next((s for s in reversed(stories[:k]) if s.kind in _MAIN_KINDS), None)
        if host is None or f"《{base}》" not in nonspace(fold(host.body_text())):
            continue
        numbered = [u.first_line for u in host.subheads if _NUMBERED.match(nonspace(u.text))]
        body = [p for p in host.parts if p.role == "body"]
        if not numbered or not body or body[0].lines[0] > numbered[0]:
            continue
        before = [p for p in body[1:] if p.lines[-1] < numbered[0]]
        cut = before[-1].lines[0] if before else numbered[0]
        doc = _Story(kind="document", heads_after=list(heads), closed=True,
                     parts=[p for p in host.parts if p.lines[0] >= cut],
                     subheads=[u for u in host.subheads if u.first_line >= cut])
        host.parts = [p for p in host.parts if p.lines[0] < cut]
        host.subheads = [u for u in host.subheads if u.first_line < cut]
        stories[k] = doc


def _commentary_signed_at_foot(stories: list[_Story]) -> None:
    """A commentary signed at its foot after a blank line (…春运是… ⏎⏎ ■本报评论员): the signature line, an
    item of its own so far with no text, closes the unsigned text right above it, one commentary, and the
    lone headline right above that text (a headline-only item), when it has none yet, is its
    headline (class: commentary signed after its body)."""
    signatures = [s for s in stories if s.kind == "commentary" and s.parts and all(p.role == "byline" for p in s.parts)
                  and not (s.heads_before or s.heads_after or s.teaser_heads or s.byline)]
    for sig in signatures:
        text = next((s for s in stories if s is not sig and any(p.role == "body" for p in s.parts)
                     and 0 < sig.first_line - s.last_line <= 2), None)
        if text is None or text.kind not in ("unknown", "news", "brief") or text.byline or text.source \
                or text.heads_after or text.teaser_heads or text.subheads or text.brief_head:
            continue  # a text its reporter signed, or set in 小标题 (a feature), takes no commentary's signature
        text.parts += sig.parts
        text.kind, text.source, text.closed = "commentary", sig.source, True
        stories.remove(sig)
        head = next((t for t in stories if t.kind == "teaser" and not t.parts and len(t.teaser_heads) == 1
                     and 0 < text.first_line - t.last_line <= 2), None)
        if head is not None and not text.heads_before:  # the lone headline right over the signed text: its own
            text.heads_before = list(head.teaser_heads)
            stories.remove(head)


def _lone_heads_over_text(stories: list[_Story]) -> None:
    """A headline-only item, its headline one unit with no pointer, set right over a text with no headline
    of its own that opens on its lead (铁路春运客流稳步攀升 ⏎⏎ 新华社北京2月14日电…, 本报讯…): that text's headline, not
    a teaser (class: a wire headline alone above its dateline read as a teaser). Not one of a stack of items
    with no text (a 导读 stack over a lead whose headline is printed elsewhere), nor one naming a page (… B02)."""
    lone = [s for s in stories if s.kind == "teaser" and not s.parts and len(s.teaser_heads) == 1]
    for t in lone:
        text = next((s for s in stories if _headless_text(s) and 0 < s.first_line - t.last_line <= 2), None)
        stacked = any(o is not t and not any(p.role == "body" for p in o.parts) and o.kind != "furniture"
                      and 0 <= t.first_line - o.last_line <= 2 for o in stories)
        if text is None or stacked or text.kind not in ("unknown", "news", "wire", "commentary") \
                or min(text.parts, key=lambda p: p.lines[0]).role not in ("dateline", "source") \
                or _PAGE_LABEL_END.search(t.teaser_heads[0].text):
            continue  # the text opens on its lead (新华社某地某日电, 本报讯): a story's first words, no 导读 stack's
        text.heads_before = list(t.teaser_heads)
        stories.remove(t)


_PAGE_LABEL_END = re.compile(r"(?:[A-Z]\d{1,2}|\d{1,2}\s*版)\s*$")
"""A teaser's line ending on the page it points to (中考成绩明日公布 B02, …见3版)."""


def _headless_text(s: _Story) -> bool:
    """A story with text and no headline line of its own yet."""
    return any(p.role == "body" for p in s.parts) and not (s.heads_before or s.heads_after or s.teaser_heads
                                                            or s.subheads or s.brief_head)


def _title_block_start(heads: list[TextUnit]) -> int:
    """Where the last block of a run of headline units begins: the units set one over the other (no more
    than a blank line apart) down to the last, the title right over an editor's note."""
    k = len(heads) - 1
    while k > 0 and heads[k].first_line - heads[k - 1].last_line <= 2:
        k -= 1
    return k


def _is_editor_note(s: _Story) -> bool:
    return s.kind == "box" and any(p.role == "label" and EDITOR_NOTE.match(p.text.strip()) for p in s.parts)


LOGO_PHRASES = re.compile(r"[ \u3000]{2,}|[ \u3000]*[·•][ \u3000]*")
"""What sets the phrases of a letter-spaced series logo apart: a wider space, or a middle dot."""


def _series_logo(edition: Edition, u: TextUnit) -> bool:
    """Is ``u`` one line of letter-spaced phrases set apart (奋 进 新 征 程  建 功 “十 四 五”, 喜 迎 二 十 大 · 奋 进
    新 征 程): the logo of a series or campaign?"""
    if len(u.lines) != 1:
        return False
    phrases = [p for p in LOGO_PHRASES.split(edition.lines[u.first_line - 1].strip()) if p]
    return len(phrases) >= 2 and all(is_display(p) for p in phrases)


def _series_logos(edition: Edition, stories: list[_Story]) -> None:
    """A series' logo (:func:`_series_logo`) over an item that takes no headline stack here, an editor's
    note or the tail of a story jumping from another page (（上接1版）, no lead): page furniture standing
    over the series' items, not that item's headline."""
    for k in range(len(stories) - 1, -1, -1):
        s = stories[k]
        if s.kind == "teaser" and not s.parts and len(s.teaser_heads) == 1 and _series_logo(edition, s.teaser_heads[0]):
            stories[k] = _Story(kind="furniture", closed=True, furniture="series",
                                parts=[_part(edition, "furniture", s.teaser_heads[0].spans)])
            continue  # alone between two items, pointing nowhere: no teaser either
        headless = _is_editor_note(s) or (s.continued_from is not None and s.source is None)
        if not headless or len(s.heads_before) != 1 or s.heads_after or not _series_logo(edition, s.heads_before[0]):
            continue
        logo = s.heads_before.pop()
        stories.insert(k, _Story(kind="furniture", closed=True, furniture="series",
                                 parts=[_part(edition, "furniture", logo.spans)]))


def _note_stacks_down_to_leads(stories: list[_Story]) -> None:
    """After the groups are resolved: a headline stack that already went to an editor's note (【编者按】 …)
    as the note's own heads, the note over a story's lead (本报讯…) with no headline of its own, a line or
    two under it (:data:`NOTE_LEAD_GAP`), moves down to that story, and the note is linked to it.

    Not :func:`_groups_offered_past_notes`, which works earlier on a group not yet given to anyone: this
    one corrects a stack the note holds, whether the machine or the resolution gave it there."""
    for x, y in zip(stories, stories[1:]):
        if not _is_editor_note(x) or not x.heads_before or x.heads_after or y.has_headline() or y.source is None \
                or not 0 < y.first_line - x.last_line <= NOTE_LEAD_GAP:
            continue
        y.heads_before, x.heads_before = x.heads_before, []
        x.link_to = y


def _lone_heading(s: _Story) -> bool:
    """A teaser that is one short line, no clause mark, pointing nowhere: maybe a 小标题 left alone."""
    if s.kind != "teaser" or s.parts or len(s.teaser_heads) != 1 or len(s.teaser_heads[0].lines) != 1:
        return False
    text = nonspace(fold(s.teaser_heads[0].text))
    return len(text) <= SECTION_HEADING_MAX and not _CLAUSE_MARK.search(text)


def _story_over(edition: Edition, stories: list[_Story], line: int) -> _Story | None:
    """The story with a headline (or a lead awaiting its stack, :func:`_lead_awaiting_stack`) whose text
    ran last before raw line ``line``, only whole captions and boxes printed between."""
    before = [s for s in stories if s.kind in _MAIN_KINDS and s.parts and max(n for p in s.parts for n in p.lines) < line]
    x = max(before, key=lambda s: max(n for p in s.parts for n in p.lines), default=None)
    if x is None or not (x.has_headline() or _lead_awaiting_stack(edition, x)) or x.signed_off or x.continues_on is not None:
        return None
    end = max(n for p in x.parts for n in p.lines)
    between = [s for s in stories if end < s.first_line < line]
    whole = all(s.kind in ("caption", "box") and any(p.role == "body" for p in s.parts) for s in between)
    return x if whole else None  # a credit left alone after the text (…摄) makes that text a photo's caption


_ITEM_START = re.compile(r"^\s*(?:[●•■◆▲]|\d{1,2}[.．、]|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])")
"""How a column's item opens (●, 1., 一、, （一）): a briefs column or a numbered list, no 小标题's section."""


def _prose(y: _Story) -> bool:
    """Is ``y``'s text plain prose, neither a photo's caption (图①：…) nor a column's items (1.…, ●…)?"""
    text = y.body_text()
    return bool(text) and not CAPTION.search(text) and not _ITEM_START.match(text)


SERIES_TAG = re.compile(r"^[^，,、；;：:。！？!?…]{2,12}(?:[①-⑳]|[（(][一二三四五六七八九十\d]{1,3}[）)]|之[一二三四五六七八九十])$")
"""A series' tag with the instalment's number (夜校里的新农民①, 乡村振兴看一线（三）, 走基层之二)."""


def _series_tags_down(edition: Edition, stories: list[_Story]) -> None:
    """A series' tag with its number (某某系列① , :data:`SERIES_TAG`) printed over a stack that another story
    takes: the tag is that stack's (its kicker), not the headline of the headless text above it (class:
    numbered series tag at the foot of a stack)."""
    for x in stories:
        if len(x.heads_after) != 1 or len(x.heads_after[0].lines) != 1 or x.heads_before \
                or not SERIES_TAG.match(nonspace(x.heads_after[0].text)):
            continue
        tag = x.heads_after[0]
        below = tag.last_line + 1
        while below <= len(edition.lines) and not edition.lines[below - 1].strip():
            below += 1
        y = next((y for y in stories if y is not x and y.heads_after and min(u.first_line for u in y.heads_after) == below),
                 None)
        if y is None or below - tag.last_line > 2:
            continue
        y.heads_after.insert(0, tag)
        y.heads_after.sort(key=lambda u: u.first_line)
        x.heads_after = []
        x.doubts = [d for d in x.doubts if d != DOUBT_DISTANT]


def _lead_awaiting_stack(edition: Edition, x: _Story) -> bool:
    """A headless news story opened by its own source line (本报讯…) and not closed by its credit: its stack
    is printed elsewhere (at the page's foot, after its text), and its text may go on under a 小标题 like
    any headed story's."""
    return x.kind == "news" and x.source is not None and not x.has_headline() and not signed_at_end(edition, x)


def _text_under(stories: list[_Story], line: int) -> _Story | None:
    """The headless prose, no lead, that starts right under raw line ``line`` (a blank line between)."""
    y = next((y for y in stories if y.kind in ("unknown", "news") and not y.has_headline() and y.source is None
              and y.continued_from is None and y.parts and 0 < y.first_line - line <= 2), None)
    return y if y is not None and _prose(y) else None


def _headings_in_story(edition: Edition, stories: list[_Story]) -> None:
    """On a page with blank lines, a lone short line (no pointer: left as a teaser) between the text
    of a story with a headline and headless prose with no lead right under it, only captions or boxes
    printed between: the story's 小标题, and the text under it the story's next section. (A page
    without blank lines prints headlines after their text: there the line is the next item's.)"""
    if not _has_blank_lines(edition):
        return
    for t in sorted([s for s in stories if _lone_heading(s)], key=lambda s: s.first_line):
        x, y = _story_over(edition, stories, t.first_line), _text_under(stories, t.last_line)
        if x is None or y is None:
            continue
        x.subheads += t.teaser_heads
        stories.remove(t)
        _absorb(x, y, stories)


def _absorb(x: _Story, y: _Story, stories: list[_Story]) -> None:
    """Story ``y`` (a section, the rest of a cut document) merged into ``x``: its parts and 小标题, its jump
    mark (else x's), its byline, source and closing credit where x has none, its notes and doubts; ``y``
    leaves ``stories`` and every link to it points to ``x``."""
    x.parts += y.parts
    x.subheads = sorted(x.subheads + y.subheads, key=lambda u: u.first_line)
    x.continues_on = y.continues_on if y.continues_on is not None else x.continues_on
    x.byline = x.byline or y.byline
    x.source = x.source or y.source
    x.signed_off = x.signed_off or y.signed_off
    x.notes += [n for n in y.notes if n not in x.notes]
    x.doubts += [d for d in y.doubts if d not in x.doubts]
    stories[:] = [s for s in stories if s is not y]
    for other in stories:
        other.link_to = x if other.link_to is y else other.link_to


def _first_section_heading(edition: Edition, stories: list[_Story]) -> None:
    """A feature set in 小标题 prints its first one right above its first paragraph, under the headline
    (一方古碑里的往事 ⏎ 碑文记下修堰始末 ⏎ text … 老堰焕新颜 ⏎ text): the last line of the stack right above
    the text, short and no sentence, like the 小标题 inside the text, is the first of them, not the
    headline of a stack whose first line would be read as a kicker."""
    for s in stories:
        if s.kind not in _MAIN_KINDS or not s.subheads or len(s.heads_before) < 2 or s.heads_after or _is_document(s):
            continue  # a document's numbered headings (一、…) and its wrapped title are no feature's 小标题
        last, body = s.heads_before[-1], [p for p in s.parts if p.role == "body"]
        text = nonspace(fold(last.text))
        if not body or len(last.lines) != 1 or body[0].lines[0] - last.last_line > 2 \
                or len(text) > SECTION_HEADING_MAX or _CLAUSE_MARK.search(text) or text.startswith(("——", "—", "（", "(")) \
                or any(is_display(sp.text(edition)) for sp in last.spans) or _NUMBERED.match(text):
            continue
        s.subheads.insert(0, s.heads_before.pop())


PLACE_COLON_HEAD = re.compile(r"^[\u4e00-\u9fff]{2,8}[：:](?=[\u4e00-\u9fff“])")
"""A ● item's headline opening on the place or body it is about and a colon (槐溪镇：冬修水利全面开工): the colon
sets the name off inside the headline, no clause mark of a text's sentence (class: place-colon brief headline)."""


class _StoryMachine:
    """Reads units in file order and opens, extends and closes stories (see module doc).

    Headline units wait in ``pending`` until the next story opens: each group of them, with
    the story before and the story after it, goes to ``groups`` for :func:`_resolve_groups`.
    One method a unit kind; :meth:`run` dispatches.
    """

    def __init__(self, edition: Edition) -> None:
        self.edition = edition
        self.stories: list[_Story] = []
        self.current: _Story | None = None
        self.pending: list[TextUnit] = []  # headline units waiting to be assigned
        self.pending_from: list[_Story | None] = []  # the story before the pending group
        self.groups: list[tuple[_Story | None, list[TextUnit], _Story | None]] = []
        self.upcoming_from: int | None = None  # a （上接N版） mark waiting for its story
        self.brief_column: tuple[TextUnit | None, str] | None = None  # a briefs column's heading
        self.raw_style = False  # a page without blank lines (pdftotext -raw): headlines after bodies
        self.upcoming: TextUnit | None = None  # the unit after the one being read
        self.table: tuple[_Story, _Story] | None = None  # a table box (:meth:`_raw_titled_table`), the story it is in

    def run(self, us: list[TextUnit]) -> None:
        """Feed every unit to the method for its kind, then hand over the last pending group."""
        self.raw_style = len(us) > 1 and not any(u.gap_before for u in us)
        for idx, u in enumerate(us):
            nxt = us[idx + 1] if idx + 1 < len(us) else None
            self.upcoming = nxt
            if u.kind == "para" and _teaser_headline(u, nxt, self.raw_style):
                u.kind = "head"
            if u.kind == "head" and _weather_label(u, nxt):
                u.kind = "label"  # 天气预报 ⏎ 今天多云，12℃～21℃…: a weather box's label, unbracketed
            if self._table_box_goes_on(u):
                continue
            top = self._head_over_ad(u)
            if top is not None:
                self.head(top)
                u = TextUnit("furniture", [sp for sp in u.spans if sp.line != top.first_line], text=u.text,
                             furniture=u.furniture)
            if u.kind == "para":
                self.para(u, nxt)
            else:
                getattr(self, u.kind)(u)
        self.flush_pending(None)

    def part(self, role: str, spans: list[Span]) -> Part:
        return _part(self.edition, role, spans)

    def _head_over_ad(self, u: TextUnit) -> TextUnit | None:
        """The top line of an advertisement block on a page without blank lines, when it is the headline of a
        headless story above printed after its body (its text ⏎ headline ⏎ the advertisement's lines): a
        display line with no clause mark, right after the text of a story with no headline lines over it (or
        headline lines waiting after it), that restates a headless story's text (:data:`HEAD_OVER_AD_ECHO`,
        measured against each story's whole text, so a story printed before another's body still finds it)
        far more than the advertisement's own lines under it. The furniture pass (which sees no stories and
        only the lines right above) left it to the advertisement. Returns the line as a headline unit."""
        if not self.raw_style or u.kind != "furniture" or u.furniture != "ad" or len(u.lines) < HEAD_OVER_AD_REST + 1:
            return None
        n = u.first_line
        line = self.edition.lines[n - 1].strip()
        flat = nonspace(fold(line))
        if not (HEAD_OVER_AD_MIN <= len(flat) <= HEAD_OVER_AD_MAX) or _CLAUSE_MARK.search(line) or TERMINAL.search(line) \
                or re.search(CONTACT, flat) or AD_MARK_ALONE.match(flat):
            return None
        last = self.stories[-1] if self.stories else None
        stacked = {id(nxt) for _, _, nxt in self.groups if nxt is not None}  # stories with lines right over them
        if last is None or last.kind not in _MAIN_KINDS or last.has_headline() or id(last) in stacked \
                or (self.pending[-1].last_line if self.pending else last.last_line) != n - 1 \
                or (self.pending and self.pending[0].first_line != last.last_line + 1):
            return None  # the block follows a headless story's text (and the headline lines waiting after it)
        bodies = [s.body_text() for s in self.stories[-HEAD_OVER_AD_STORIES:]
                  if s.kind in _MAIN_KINDS and not s.has_headline() and id(s) not in stacked and s.parts]
        echo = max((shared_share(flat, fold(b)) for b in bodies), default=0.0)
        rest = fold("".join(self.edition.lines[k - 1] for k in u.lines[1:]))
        if echo < HEAD_OVER_AD_ECHO or shared_share(flat, nonspace(rest)) >= echo / 2:
            return None
        spans = [sp for sp in u.spans if sp.line == n]
        return TextUnit("head", spans, text=spans_text(self.edition, spans))

    def open_story(self, kind: str = "unknown") -> _Story:
        """A new current story; a waiting （上接N版） says where it came from."""
        s = _Story(kind=kind)
        if self.upcoming_from is not None:
            s.continued_from, self.upcoming_from = self.upcoming_from, None
        self.stories.append(s)
        self.current = s
        return s

    def flush_pending(self, next_story: _Story | None) -> None:
        """Hand the waiting headline units over as a group between the story before and ``next_story``."""
        self._head_after_signed_brief()
        if self.pending:
            before = self.pending_from[0] if self.pending_from else None
            cut = _after_lone_date(self.pending)
            if cut:  # a lone full-date line ends its group: it closes the item above it
                self.groups.append((before, self.pending[:cut], None))
            self.groups.append((before, list(self.pending[cut:]), next_story))
            if next_story is not None and (before is None or before.kind not in _MAIN_KINDS or before.has_headline()):
                next_story.heads_first = True
        self.pending.clear()
        self.pending_from.clear()

    def head(self, u: TextUnit) -> None:
        """A headline-like unit waits: whose it is is decided once the stories around it are known.
        In a notice, a line that signs or dates it (…人民法院, 二〇二四年三月一日) is its body."""
        current = self.current
        if current is not None and current.kind == "notice" and not self.pending and not current.closed \
                and (self._signs_above_date(u) or NOTICE_TAIL.search(fold(u.text)) and not self._name_past_notice(u, current)):
            current.parts.append(self.part("body", u.spans))
            current.closed = current.closed or bool(DATE_TAIL.search(fold(u.text)))  # its date ends the notice
            return
        if self._notice_table_goes_on(u) or self._notice_list_goes_on(u) or self._runs_on_from_bullet(u):
            return
        self._notice_table_ends(u)
        if self._notice_section(u):
            return
        if self._tail_head(u) or self._number_under_notice_title(u) or self._box_bullet(u) or self._box_table_title(u) \
                or self._labelled_box_table(u):
            return  # 【数据】 ⏎ title ⏎ rows with no mark: a box's table, read as a stack, its title the headline
        if self._document_signs(u) or self._signature(u) or self._table_in_story(u) or self._table_block(u) \
                or self._table_title(u) or self._table_after_story(u) or self._titled_table(u) or self._raw_titled_table(u) or self._stack_table_title(u) \
                or self._brief(u, as_head=True) or self._bullet_head_wraps(u) or self._pointer_first_head(u):
            return
        if current is not None and current.kind == "box" and not current.closed and not self.pending \
                and all(p.role in ("label", "body") for p in current.parts) and _FIGURE.search(_CODE.sub("", u.text)) \
                and not u.gap_before and not self.raw_style and not self._over_table_header(u):  # in the box's block
            current.parts.append(self.part("body", u.spans))  # 【数说】 ⏎ 1—5月 ⏎ …2.36万户: a box's figures
            return
        if self._cell_table(u) or self._figures_box(u) or self._figure_facts(u) or self._box_pair(u) or self._closing_note(u) \
                or self._heading_resumes(u) or self._list_section(u):
            return
        if current is not None and current.kind == "box" and not current.closed and not self.pending \
                and all(p.role == "label" for p in current.parts) and not current.heads_before:
            current.heads_before.append(u)  # 【相关链接】 / 上周主要指数表现: the box's own headline
            return
        if not self.pending:
            self.pending_from.append(self.current)
        self.pending.append(u)

    def _list_section(self, u: TextUnit) -> bool:
        """A block of unmarked lines after a blank line under a list's rows (名单 ⏎ 万某 某社区志愿者 …), its first
        line no wider than its rows (“最美志愿服务组织” ⏎ 某某志愿服务队 ⏎ 某某协会 …): the list's next section,
        its heading a subheadline and its rows more of the list, not a stack of headlines or teasers
        (class: section heading in a list)."""
        current = self.current
        if self.raw_style or current is None or current.closed or self.pending or not u.gap_before \
                or not current.parts or current.parts[-1].role != "body" or not _list_part(self.edition, current.parts[-1].spans):
            return False
        by_line = [[s for s in u.spans if s.line == ln] for ln in u.lines]
        texts = [spans_text(self.edition, spans) for spans in by_line]
        rows = texts[1:]
        if not reads_as_list(rows, least=SECTION_ROWS_MIN) or CLAUSE_BREAK.search(texts[0]) \
                or line_width(texts[0]) > max(line_width(t) for t in rows):
            return False
        current.subheads.append(TextUnit("head", by_line[0], text=texts[0]))
        current.parts.append(self.part("body", [s for spans in by_line[1:] for s in spans]))
        return True

    def _box_bullet(self, u: TextUnit) -> bool:
        """On a page without blank lines, a ● line of figures under a titled box's label (【数说】 ⏎ 全市
        某某一览 ⏎ ●某某点 436个 ⏎ ●某某家庭 3150户), or the wrap of such a line (●某某服务时长 ⏎ 超18万
        小时): the box's list of facts, its text, not headlines. A ● line with a clause mark is a brief."""
        current = self.current
        if not self.raw_style or current is None or current.kind != "box" or current.closed or self.pending \
                or len(u.lines) != 1 or _CLAUSE_MARK.search(u.text) \
                or not all(p.role in ("label", "body") for p in current.parts):
            return False
        body = [p for p in current.parts if p.role == "body"]
        if BULLET.match(u.text):
            if _FIGURE.search(u.text) or self._figure_wrap_under(u):
                current.parts.append(self.part("body", u.spans))
                return True
            return False
        last = body[-1] if body else None  # the rest of a ● line wrapped by the column: one item with it
        if last is None or not BULLET.match(last.text) or last.lines[-1] != u.first_line - 1 \
                or not FIGURE_START.match(nonspace(u.text)):
            return False
        current.parts[current.parts.index(last)] = self.part("body", list(last.spans) + list(u.spans))
        return True

    def _figure_wrap_under(self, u: TextUnit) -> bool:
        """Is the line under ``u`` the wrap of its figure (●某某服务时长 ⏎ 超18万小时)?"""
        if u.last_line >= len(self.edition.lines):
            return False
        nxt = nonspace(self.edition.lines[u.last_line])
        return bool(FIGURE_START.match(nxt)) and not BULLET.match(nxt)

    def _number_under_notice_title(self, u: TextUnit) -> bool:
        """A document number right under a notice's title (某某出让公告 ⏎ 某国土资告字〔2017〕21号) is the
        title's label: the notice goes on, its text after the number (a blank line between or not)."""
        current = self.current
        if current is None or current.kind != "notice" or self.pending or u.gap_before or current.closed \
                or any(p.role == "body" for p in current.parts) or not current.heads_before \
                or current.heads_before[-1].last_line != u.first_line - 1 \
                or not DOCUMENT_NUMBER.match(fold(u.text.strip())):
            return False
        current.heads_before.append(u)
        return True

    def _notice_section(self, u: TextUnit) -> bool:
        """Inside a running notice, right under its last line: its next numbered section's heading (二、 after
        一、) is its subheadline, and a labelled line under such a heading (联系地址：某路18号, 电话：…) its
        text, not a headline stack that ends the notice (class: numbered sections of a notice)."""
        current = self.current
        if current is None or current.kind not in ("notice", "document", "unknown") or current.closed or self.pending \
                or u.gap_before or current.last_line != u.first_line - 1 or not current.parts:
            return False
        if _next_top_heading(current, u) or self._first_section_announced(current, u):
            current.subheads.append(u)
            return True
        heading = current.subheads[-1] if current.subheads else None
        if heading is None or not _TOP_HEADING.match(nonspace(heading.text)) or len(u.lines) != 1:
            return False
        labelled = [nonspace(fold(self.edition.lines[n - 1])) for n in range(heading.last_line + 1, u.first_line + 1)]
        signs = self._signs_above_date(u) or DATE_TAIL.search(labelled[-1]) and len(labelled) > 1 \
            and _signer_line(labelled[-2])  # its issuer over its date close it (松岚县自然资源局 ⏎ 2024年3月5日)
        if not (all(_LABELLED_LINE.match(t) for t in labelled) or signs and
                all(_LABELLED_LINE.match(t) for t in labelled[:-2 if DATE_TAIL.search(labelled[-1]) else -1])):
            return False
        current.parts.append(self.part("body", u.spans))
        current.closed = bool(DATE_TAIL.search(labelled[-1]))
        return True

    def _first_section_announced(self, current: _Story, u: TextUnit) -> bool:
        """Is ``u`` the first top-level section heading (一、…) of a notice or document with none yet, right
        under its text's line that closes on a colon (现将有关事项公告如下：)? The text announced its sections:
        the heading is its subheadline, the notice goes on (class: a notice's first section under its
        announcing line)."""
        m = _TOP_HEADING.match(nonspace(fold(u.text)))
        last = current.parts[-1]
        return bool(m) and m.group(1) == "一" and not _top_numbers(current) and last.role == "body" \
            and len(u.lines) == 1 and nonspace(self.edition.lines[last.lines[-1] - 1]).endswith(("：", ":"))

    def _table_in_story(self, u: TextUnit) -> bool:
        """On a page without blank lines, a small table printed inside a story's text (its title, a
        row of column names, rows of cells with figures: 品种 均价 环比 ⏎ 粳米 5.90元/公斤 持平) is
        part of that story's text, not a stack of headlines."""
        current = self.current
        if self._table_rows_go_on(u) or self._table_source_goes_on(u):
            return True
        if not self.raw_style or current is None or current.closed or self.pending or len(u.lines) != 1 \
                or current.kind not in ("unknown", "news", "wire") or not current.parts \
                or current.parts[-1].role != "body" or current.parts[-1].lines[-1] != u.first_line - 1:
            return False
        line, after = self.edition.lines[u.first_line - 1].strip(), [self.edition.lines[n].strip() for n in range(u.first_line, u.first_line + 2)
                                       if n < len(self.edition.lines)]
        if not (_table_row(line) or any(_table_row(a) for a in after[:1]) or
                len(after) == 2 and _table_header(after[0]) and _table_row(after[1])):
            return False
        current.parts.append(_part(self.edition, "body", u.spans, " ".join(line.split())))  # cells stay apart
        return True

    def _table_source_goes_on(self, u: TextUnit) -> bool:
        """A table's source line (数据来源：省统计局) right under the table's last row that the running story took
        as its text (进口 767.5 -9.0): the table's, so the story's text, not a kicker over the next story's stack
        (class: source line under a table printed inside a story)."""
        current = self.current
        if current is None or current.closed or self.pending or len(u.lines) != 1 or not current.parts \
                or current.parts[-1].role != "body" or current.parts[-1].lines[-1] != u.first_line - 1:
            return False
        line = self.edition.lines[u.first_line - 1].strip()
        above = self.edition.lines[u.first_line - 2].strip()
        if not SOURCE_CREDIT_LINE.match(fold(nonspace(line))) or not (_table_row(above) or _figure_row(above)):
            return False
        current.parts.append(_part(self.edition, "body", u.spans, " ".join(line.split())))
        return True

    def _table_rows_go_on(self, u: TextUnit) -> bool:
        """Rows of cells (电子产品 １５．２) right under a story's text line that is itself a table's row,
        its unit line (单位：%) or its row of units (（亩） （万元））, or a table's title over its unit line (表2 … ⏎ 单位：%) above such rows,
        go on the story's text, on any page: a headline is no row of figures."""
        current = self.current
        if current is None or current.closed or self.pending or not current.parts or current.parts[-1].role != "body":
            return False
        lines = [self.edition.lines[n - 1].strip() for n in u.lines]
        last = current.parts[-1].lines[-1]
        above = self.edition.lines[last - 1].strip()
        below = self.edition.lines[u.lines[-1]].strip() if u.lines[-1] < len(self.edition.lines) else ""
        under = self.edition.lines[u.lines[-1] + 1].strip() if u.lines[-1] + 1 < len(self.edition.lines) else ""
        # the rows may stand after a blank line (表1 … ⏎ 单位：万元 ⏎⏎ 项 目 绝对数 …): the next lines with words
        after = [t.strip() for t in self.edition.lines[u.lines[-1]:u.lines[-1] + TABLE_ROWS_LOOKAHEAD] if t.strip()][:2]
        after += [""] * (2 - len(after))
        titled = len(lines) <= 2 and _TABLE_TITLE.match(lines[0]) and _UNIT_LINE.match(lines[-1]) \
            and any(_table_row(b) or _column_names(b) and _table_row(c) for b, c in ((below, under), tuple(after))) \
            and last >= u.first_line - 2
        named = last > 1 and _column_names(above) and bool(_TABLE_TITLE.match(self.edition.lines[last - 2].strip())
                                                          or _TOP_HEADING.match(nonspace(self.edition.lines[last - 2])))
        rows = (_table_row(above) or _UNIT_LINE.match(above) or named or _figure_row(above) or _units_row(above)
                or _TABLE_TITLE.match(above) and _UNIT_LINE.match(lines[0])) and not u.gap_before \
            and last == u.first_line - 1 \
            and all(_table_row(t) or _figure_row(t) or k == 0 and _UNIT_LINE.match(above) and _column_names(t)
                    or k == 0 and _TABLE_TITLE.match(above) and _UNIT_LINE.match(t)
                    for k, t in enumerate(lines)) \
            and any(_table_row(t) or _figure_row(t) or _UNIT_LINE.match(t) for t in lines)
        if not (titled or rows):
            return False
        for n, t in zip(u.lines, lines):
            current.parts.append(_part(self.edition, "body", [sp for sp in u.spans if sp.line == n], " ".join(t.split())))
        return True

    def _table_block(self, u: TextUnit) -> bool:
        """A table flattened into a block of lines inside a running story (表1 某某情况 ⏎ 名称 单位 数量 ⏎
        粮食 万吨 71.2 ⏎ 油料 万吨 6.8): two or more rows of cells with figures, at most a title and a row of
        column names besides, no sentence's end. It is the story's text, its cells kept apart, not a
        headline stack (a headline has no rows of figures)."""
        current = self.current
        if current is None or current.closed or self.pending or current.kind not in _MAIN_KINDS \
                or not current.parts or current.parts[-1].role != "body" or len(u.lines) < 2:
            return False
        if self._cell_rows_in_story(u):
            return True
        lines = [self.edition.lines[n - 1].strip() for n in u.lines]
        rows = sum(_table_row(t) for t in lines)
        if rows < 2 or rows < len(lines) - 2 or any(TERMINAL.search(t) or is_display(t) for t in lines):
            return False  # (letter-spaced display type, 喜 迎 2 0 2 5, is a headline, not a row of cells)
        for n, t in zip(u.lines, lines):  # one part a row, as printed: a header row heads the rows under it
            current.parts.append(_part(self.edition, "body", [sp for sp in u.spans if sp.line == n], " ".join(t.split())))
        return True

    def _cell_rows_in_story(self, u: TextUnit) -> bool:
        """Lines of a table printed one cell a line (:func:`_cells_per_row`) under the running story's text or
        the table's title: the story's text, one part a row (产品名称 产量（万吨） 比上年增长（%） ⏎ 粮食 38.4
        2.1), whichever units an indent cut the block into."""
        current = self.current
        if self.raw_style:  # no blank line bounds the table's block
            return False
        start = u.first_line
        while start > 1 and self.edition.lines[start - 2].strip():
            start -= 1
        width = _cells_per_row(self._raw_block(u.first_line))
        last = current.parts[-1].lines[-1]
        if not width or not (start - 2 <= last < u.first_line):
            return False
        rows: dict[int, list[int]] = {}
        for n in u.lines:
            rows.setdefault((n - start) // width, []).append(n)
        for cells in rows.values():
            current.parts.append(_part(self.edition, "body", [sp for sp in u.spans if sp.line in cells],
                                       " ".join(self.edition.lines[n - 1].strip() for n in cells)))
        return True

    def _table_title(self, u: TextUnit) -> bool:
        """A table's title on a line of its own (表：某某情况, 表1 …) after a running story's text, over
        the table's row of column names or its first row: the story's text, as the table is
        (:meth:`_table_block`), not a headline over the rows. The title may come in one unit with the
        row of column names under it, and a row of column names alone right under a title already
        taken goes on the text too (class: table title over its column names)."""
        current = self.current
        if current is None or current.closed or self.pending or current.kind not in _MAIN_KINDS \
                or not current.parts or current.parts[-1].role != "body" or len(u.lines) > 2:
            return False
        lines = [self.edition.lines[n - 1].strip() for n in u.lines]
        above = self.edition.lines[current.parts[-1].lines[-1] - 1].strip()
        titled = bool(_TABLE_TITLE.match(nonspace(lines[0]))) and all(_column_names(t) for t in lines[1:])
        named = len(lines) == 1 and _column_names(lines[0]) and bool(_TABLE_TITLE.match(nonspace(above))) \
            and current.parts[-1].lines[-1] == u.first_line - 1
        below = next((t.strip() for t in self.edition.lines[u.last_line:u.last_line + 2] if t.strip()), "")
        if not (titled or named) or not (_table_header(below) or _table_row(below) or _figure_row(below)
                                         or titled and len(lines) == 1 and _column_names(below)
                                         or _cells_per_row(self._rows_below(u.last_line))):
            return False
        for k, (n, t) in enumerate(zip(u.lines, lines)):  # the title as text, column names' cells kept apart
            spans = [sp for sp in u.spans if sp.line == n]
            title = titled and k == 0
            current.parts.append(self.part("body", spans) if title else _part(self.edition, "body", spans, " ".join(t.split())))
        return True

    def _rows_below(self, line: int) -> list[str]:
        """The lines of the first block after raw line ``line`` (past any blank lines)."""
        lines, n = self.edition.lines, line
        while n < len(lines) and not lines[n].strip():
            n += 1
        out = []
        while n < len(lines) and lines[n].strip():
            out.append(lines[n].strip())
            n += 1
        return out

    def _titled_table(self, u: TextUnit) -> bool:
        """A table set apart from the text around it (a blank line above its title): its title, one line
        with no clause mark, waiting right above rows of cells (a row of column names, rows of a label
        and its figures). The title heads a box of its own, the rows are its text, cells kept apart."""
        title = self.pending[0] if len(self.pending) == 1 else None
        if self.raw_style or title is None or len(title.lines) != 1 or title.last_line != u.first_line - 1 \
                or _CLAUSE_MARK.search(title.text) or not title.gap_before:
            return False
        lines = [self.edition.lines[n - 1].strip() for n in u.lines]
        if not all(_table_header(t) or _table_row(t) for t in lines) or not any(_table_row(t) for t in lines):
            return False
        self.pending.clear()
        self.pending_from.clear()
        box = self.open_story("box")
        box.heads_before.append(title)
        for n, t in zip(u.lines, lines):  # each row as printed, its cells set apart
            box.parts.append(_part(self.edition, "body", [sp for sp in u.spans if sp.line == n], t))
        return True

    def _raw_titled_table(self, u: TextUnit) -> bool:
        """On a page without blank lines, a table printed inside a running story's column: its title (one
        line, no clause mark) right under the story's text, over the table's unit line (单位：元/斤) and its
        rows. The title heads a box of its own, the rows are the box's text (:meth:`_table_box_goes_on`),
        and the story goes on after the table (class: titled price table inside a raw page's story)."""
        current, lines = self.current, self.edition.lines
        if not self.raw_style or current is None or current.closed or self.pending or current.kind not in _MAIN_KINDS \
                or len(u.lines) != 1 or not current.parts or current.parts[-1].role != "body" \
                or current.parts[-1].lines[-1] != u.first_line - 1 \
                or (_CLAUSE_MARK.search(u.text) and not _CHART_TITLE.match(nonspace(u.text))) \
                or not TERMINAL.search(current.parts[-1].text.strip()):
            return False
        below = [lines[n].strip() for n in range(u.last_line, min(u.last_line + 3, len(lines)))]
        if len(below) < 3 or not _UNIT_LINE.match(below[0]) or not any(_table_row(t) for t in below[1:]):
            return False
        if _TABLE_TITLE.match(nonspace(u.text)) or _CHART_TITLE.match(nonspace(u.text)):
            # 表2 …, 图1 …, 图：…: a table or chart the text numbers or marks is the text's, no box of its own
            current.parts.append(self.part("body", u.spans))
            return True
        box = self.open_story("box")
        box.heads_before.append(u)
        self.table = (box, current)
        return True

    def _stack_table_title(self, u: TextUnit) -> bool:
        """On a page without blank lines, one line with no clause mark over a table's row of column names (银行
        利率（%）) and a first row (某某银行 1.75), under a stack of headlines printed after the texts above:
        the table's title, heading a box of its own whose text is the table, up to its note (注：…); the stack
        is the texts' (class: titled table box under a raw stack)."""
        lines = self.edition.lines
        if not self.raw_style or not self.pending or len(u.lines) != 1 or _CLAUSE_MARK.search(u.text) \
                or self.pending[-1].last_line != u.first_line - 1 or u.last_line + 2 > len(lines):
            return False
        header, first = (" ".join(lines[n].split()) for n in (u.last_line, u.last_line + 1))
        if not (_column_names(header) or _table_header(header)) or not _table_row(first) or _table_row(u.text):
            return False
        self.flush_pending(None)
        box = self.open_story("box")
        box.heads_before.append(u)
        self.table = (box, None)
        return True

    def _labelled_box_table(self, u: TextUnit) -> bool:
        """A line right under a labelled box's title (【价格监测】 ⏎ 某某价格（9月17日）) that is a table's row of
        column names or its first row (品名 均价（元/公斤） 环比（%））: the table is the box's text, row by row,
        up to its source line (来源：…) or the first line that is no row (:meth:`_table_box_goes_on`), not a
        stack of headlines for the story after it (class: labelled table box). A blank line may stand between
        the title and the table, and the table's first lines may come as one block (指标 绝对值（亿元） 增速（%） ⏎
        某指标 412.6 7.2 ⏎ …): every line of it a row, each its own line of the box's text. The table may open on
        its unit line (单位：万人) and break a row down on a 其中： row (class: unit-line table box)."""
        box = self.current
        if box is None or box.kind != "box" or box.closed or self.pending or len(box.heads_before) != 1 \
                or any(p.role != "label" for p in box.parts) or not self._right_under_title(u, box.heads_before[0]):
            return False
        texts = [" ".join(self.edition.lines[n - 1].split()) for n in u.lines]
        under = " ".join(self.edition.lines[u.last_line].split()) if u.last_line < len(self.edition.lines) else ""
        if self._title_wraps_over_table(u, box.heads_before[0], texts, under):
            title = box.heads_before[0]
            spans = list(title.spans) + list(u.spans)
            box.heads_before[0] = TextUnit("head", spans, text=spans_text(self.edition, spans))
            return True
        if not (_table_header(texts[0]) or _table_row(texts[0])
                or _UNIT_LINE.match(texts[0]) and (texts[1:] or _table_row(_SUB_ROW.sub("", under)))) \
                or not _rows(texts[1:]):
            return False
        for n, text in zip(u.lines, texts):
            box.parts.append(_part(self.edition, "body", [sp for sp in u.spans if sp.line == n], text))
        self.table = (box, None)
        return True

    def _title_wraps_over_table(self, u: TextUnit, title: TextUnit, texts: list[str], under: str) -> bool:
        """Is ``u`` the second line of a labelled box's title the column wrapped (【价格行情】 ⏎ 某日某市场 ⏎
        主要农产品零售价格 ⏎ （单位：元/斤） ⏎ 大白菜 0.85): one line, right under a one-line title, with no
        clause mark, no figure and no space in it, over the table's unit line or row of column names? It is
        the title's rest, not the headline of a stack over the table (class: table title wrapped under its label)."""
        if len(texts) != 1 or len(title.lines) != 1 or u.first_line != title.last_line + 1 or " " in texts[0] \
                or _CLAUSE_MARK.search(texts[0]) or _FIGURE.search(texts[0]):
            return False
        return bool(_UNIT_LINE.match(under)) or _table_header(under)

    def _right_under_title(self, u: TextUnit, title: TextUnit) -> bool:
        """Does ``u`` start on the line under ``title``, or the one after with a blank line between?"""
        gap = u.first_line - title.last_line
        return gap == 1 or (gap == 2 and not self.edition.lines[title.last_line].strip())

    def _table_box_goes_on(self, u: TextUnit) -> bool:
        """A line right under a table box's title or last row that is the table's unit line, a row of
        column names, a row of cells or its source note (数据来源：…): the box's text, cells kept apart.
        A source note ends the table."""
        box = self.current
        if self.table is None or box is not self.table[0] or box.closed or self.pending:
            return False
        last = max([s.line for p in box.parts for s in p.spans] + [h.last_line for h in box.heads_before])
        text = " ".join(self.edition.lines[u.first_line - 1].split())
        source = bool(SOURCE_CREDIT_LINE.match(fold(text)) or _TABLE_NOTE.match(text))
        row = _UNIT_LINE.match(text) or _table_row(_SUB_ROW.sub("", text)) or _column_names(text) or _table_header(text) \
            or (not box.parts[1:] and len(text.split()) >= 3 and not TERMINAL.search(text) and "，" not in text)
        if u.first_line != last + 1 or not (source or (row and len(u.lines) == 1)):
            return False
        spans = [sp for sp in u.spans if sp.line == u.first_line]
        box.parts.append(_part(self.edition, "body", spans, text))
        rest = [sp for sp in u.spans if sp.line != u.first_line]
        box.closed = source
        if rest:  # the paragraph after a source note its line ran into
            self.para(TextUnit("para", rest, text=spans_text(self.edition, rest)), None)
        return True

    def _table_after_story(self, u: TextUnit) -> bool:
        """A table set apart under a story whose text has ended (…突破1亿吨。 ⏎⏎ 1—10月某港主要货类吞吐量 ⏎
        单位：万吨 ⏎ 煤炭 2316.4 ⏎ …), its title no numbered 表N (a document's own table, which stays its text):
        the title heads a box of its own and the unit line and rows are the box's text, not more of the story
        (class: flattened table after a story's end)."""
        current, lines = self.current, [self.edition.lines[n - 1].strip() for n in u.lines]
        before, host = self.table or (None, None)
        story = host if before is not None and before is current and not before.closed else current
        if self.raw_style or not u.gap_before or story is None or story.closed or self.pending \
                or not story.parts or story.parts[-1].role != "body" \
                or story is current and not TERMINAL.search(story.parts[-1].text):
            return False
        if u.kind == "head":  # the title and the row of column names read as a stack, the rows as heads of their own
            lines = self._rows_below(u.first_line - 1)  # (a block's lines, up to a blank line: never past this page's)
        if len(lines) < 3 or self._document_like(story):
            return False  # (a document's table, 关于…的报告 or in numbered sections, is its text)
        title, unit, rows = lines[0], lines[1], lines[2:]
        named = _column_names(unit) and _UNIT_NAMED.search(unit)  # 水库名称 蓄水量（万立方米）: the unit in a column's name
        if _CLAUSE_MARK.search(title) or _TABLE_TITLE.match(title) or _TABLE_INTRO.search(title) or _table_row(title) \
                or _figure_row(title) or not (_UNIT_LINE.match(unit) or named) \
                or not any(_table_row(t) or _figure_row(t) for t in rows) \
                or not all(_table_row(t) or _figure_row(t) or k == 0 and _column_names(t) for k, t in enumerate(rows)):
            return False
        if _credited(self._rows_below(u.first_line - 1)[-1]):
            return False  # …汽车类 -3.5 ⏎ 本报记者 某某 制图: a chart's figures under its credit, a caption
        lines = [self.edition.lines[n - 1].strip() for n in u.lines]
        top = [sp for sp in u.spans if sp.line == u.lines[0]]
        box = self.open_story("box")
        self.table = (box, story)  # the story's prose after the table, or its jump line, is still the story's
        box.heads_before.append(TextUnit("head", top, text=spans_text(self.edition, top)))
        for n, t in zip(u.lines[1:], lines[1:]):  # each row as printed, its cells set apart
            box.parts.append(_part(self.edition, "body", [sp for sp in u.spans if sp.line == n], " ".join(t.split())))
        return True

    def _document_like(self, story: _Story) -> bool:
        """Is ``story`` a document (:func:`_is_document`), or headed by a stack still waiting for it that holds a
        document's title (关于…的报告) or its occasion line (——某日在某某会议上)?"""
        return _is_document(story) or any(
            after is story and any(DOCUMENT_TITLE.search(fold(h.text)) or h.text.startswith("——") for h in heads)
            for _, heads, after in self.groups)

    def _resumes_after_table(self, u: TextUnit, marked: bool) -> bool:
        """A plain paragraph right after a table box printed inside a story (:meth:`_raw_titled_table`):
        that story's text goes on; its headline, printed after the bodies, is still to come."""
        box, host = self.table or (None, None)
        self.table = None
        if box is None or host is None or box is not self.current or marked or self.pending or BULLET.match(u.text) \
                or not self.raw_style and not _CLAUSE_MARK.search(u.text):
            return False  # (on a page with blank lines, only prose goes back to the story: a sentence, clause marks in it)
        host.parts.append(self.part("body", u.spans))
        self.current = host
        return True

    def _document_signs(self, u: TextUnit) -> bool:
        """An issuer and a date on lines of their own right under a paragraph's last sentence or a table's
        last row, or after a blank line (某某市教育局 ⏎ 2024年5月6日), sign the document or notice above: its
        closing body lines, not a headline stack (no headline is a bare institution over a full date)."""
        current = self.current
        if current is None or self.pending or current.kind not in ("unknown", "document") \
                or len(u.lines) > 2 or not current.parts or current.parts[-1].role != "body":
            return False
        last = current.parts[-1]
        if any(self.edition.lines[n - 1].strip() for n in range(last.lines[-1] + 1, u.first_line)):
            return False  # right under the last paragraph, or only a blank line between (a page with blank lines)
        texts = [fold(self.edition.lines[n - 1].strip()) for n in u.lines]
        if len(texts) == 2:
            signed = _signer_line(texts[0]) and bool(DATE_TAIL.search(texts[1]))
        elif DATE_TAIL.search(texts[0]):
            signed = _signer_line(fold(self.edition.lines[u.first_line - 2].strip())) and len(last.lines) == 1
        else:
            signed = self._signs_above_date(u) and _signer_line(texts[0])
        ended = TERMINAL.search(last.text.strip()) or _table_row(last.text.strip())  # a sentence's end, or a table's last row
        if not signed or (len(texts) == 2 or not DATE_TAIL.search(texts[0])) and not ended:
            return False
        current.parts.append(self.part("body", u.spans))
        # dated: on a raw page the next lines are no more of it (no subheadline, no text)
        current.closed = current.closed or self.raw_style and bool(DATE_TAIL.search(texts[-1]))
        return True

    def _notice_table_goes_on(self, u: TextUnit) -> bool:
        """A table printed under a notice's text that closes on a colon (现公示如下：): its row of column names
        right under the colon, then its numbered rows (1 某某合作社 30), are the notice's text, not a stack
        of headlines (class: table under a notice's colon). So is a row of column names right under the
        notice's first section heading that its colon announced (…公告如下： ⏎ 一、出让宗地情况 ⏎ 宗地编号 面积
        用途), with the line of units under it (class: table under a notice's section heading)."""
        if self._names_under_section(u):
            current = self.current
            current.parts.append(self.part("body", u.spans))
            return True
        current = self._open_notice_over(u)
        if current is None:
            return False
        above = " ".join(self.edition.lines[current.parts[-1].lines[-1] - 1].split())
        first = " ".join(self.edition.lines[u.first_line - 1].split())
        row = _NUMBERED_ROW.match(first) and not _CLAUSE_MARK.search(first) \
            and (_column_names(above) or _NUMBERED_ROW.match(above)) \
            or all(_labelled_row(" ".join(self.edition.lines[ln - 1].split()), above) for ln in u.lines)
        if not (row or above.endswith(("：", ":")) and _column_names(first) and len(u.lines) == 1):
            return False
        current.parts.append(_part(self.edition, "body", [sp for sp in u.spans if sp.line == u.first_line], first))
        rest = [sp for sp in u.spans if sp.line != u.first_line]
        if rest:
            current.parts.append(self.part("body", rest))
        return True

    def _notice_table_ends(self, u: TextUnit) -> None:
        """A display line right under a notice's last table row (张永福 12.6 1260) that is no row of it, or
        under one sentence closing the table, ends the notice, no signature under it: it is the next
        story's headline (class: a notice's table ends it)."""
        current = self._open_notice_over(u)
        if current is None:
            return
        last = current.parts[-1].lines[-1]
        text = [" ".join(self.edition.lines[n - 1].split()) for n in (last - 1, last) if n >= 1]
        if _label_and_figures(text[-1]) or len(text) == 2 and text[-1].endswith("。") and _label_and_figures(text[0]):
            current.closed = True  # its rows, or one closing sentence under them (公示期为5月20日至26日。)

    def _names_under_section(self, u: TextUnit) -> bool:
        """Is ``u`` a table's row of column names (with at most a line of units under it), right under the
        section heading a running notice just took as its subheadline (:meth:`_first_section_announced`)?"""
        current = self.current
        if current is None or current.closed or self.pending or current.kind not in ("notice", "document", "unknown") \
                or u.gap_before or not current.subheads or len(u.lines) > 2:
            return False
        first = " ".join(self.edition.lines[u.first_line - 1].split())
        if current.subheads[-1].last_line == u.first_line - 1:
            return _column_names(first)
        names = current.parts[-1].lines[-1] if current.parts and current.parts[-1].role == "body" else 0
        return names == u.first_line - 1 == current.subheads[-1].last_line + 1 and len(u.lines) == 1 \
            and _units_row(first)  # the units under the names: （平方米） （年）

    def _notice_list_goes_on(self, u: TextUnit) -> bool:
        """Lines of ``label：value`` printed under a notice's text that closes on a colon (现予公示： ⏎ 东山镇：
        杨柳村、石门村 ⏎ 西河乡：清泉村、枣林村), or under such a line of it, are the notice's text: its list,
        not a stack of headlines or teasers (class: list entries under a notice's colon)."""
        current = self._open_notice_over(u)
        if current is None:
            return False
        above = nonspace(fold(self.edition.lines[u.first_line - 1 - 1]))
        rows = [nonspace(fold(self.edition.lines[ln - 1])) for ln in u.lines]
        if not (above.endswith(("：", ":")) or _LABEL_ROW.match(above)) or not all(_LABEL_ROW.match(r) for r in rows) \
                or any(_CONTACT_ROW.match(a) and not _CONTACT_ROW.match(r) for a, r in zip([above] + rows, rows)) \
                or self._lead_under(u):
            return False  # contact lines are a notice's last; a line over a lead is the next story's headline
        current.parts.append(self.part("body", u.spans))
        return True

    def _open_notice_over(self, u: TextUnit) -> _Story | None:
        """The running notice (or a story titled as one) whose text ends on the line right above ``u``, with
        no blank line and no waiting headline between: what a table or a list under its colon goes on."""
        current = self.current
        if current is None or current.closed or self.pending or not (current.kind == "notice" or self._notice_titled(current)) \
                or not current.parts or current.parts[-1].role != "body" \
                or current.parts[-1].lines[-1] != u.first_line - 1 or u.gap_before:
            return None
        return current

    def _lead_under(self, u: TextUnit) -> bool:
        """Does a story's lead (本报讯（记者 …）…, 新华社北京3月4日电) open on the line right under ``u``?"""
        return u.last_line < len(self.edition.lines) and is_lead(self.edition.lines[u.last_line])

    def _notice_titled(self, story: _Story) -> bool:
        """Is the story's title, printed over it, a notice's (关于…的公示, …公告)?"""
        heads = list(story.heads_before) + [h for _, hs, nxt in self.groups[-1:] if nxt is story for h in hs]
        return bool(heads) and bool(_NOTICE_END.search(nonspace(fold("".join(h.text for h in heads)))))

    def _name_past_notice(self, u: TextUnit, notice: _Story) -> bool:
        """Is ``u`` a line that only ends on an institution's name (致敬国门卫士青川海关, 点赞某某海关), with no
        date under it, past a notice it cannot sign: one whose text already closed (特此公告。, 声明作废。) or
        set apart from it by a blank line? A signer is a bare name right under the text or over the date;
        such a line is a headline of what follows (class: headline ending on an institution after a notice)."""
        text = fold(u.text).strip()
        if not re.search(r"(?:" + INSTITUTION + r")$", text) or DATE_TAIL.search(text) or re.search(r"[：:]", text):
            return False
        body = [p for p in notice.parts if p.role == "body"]
        return u.gap_before or not body or bool(NOTICE_CLOSING.search(nonspace(fold(body[-1].text))))

    def _signs_above_date(self, u: TextUnit) -> bool:
        """A notice's signer on one line right above the line that dates it (某某公司管理人 ⏎ 2023年11月8日,
        某某公司清算组 ⏎ …): whoever signs, a name line with no clause mark over a full date closes the notice;
        so does the first of several signers (a joint notice), the others' institutions between it and the date."""
        if len(u.lines) != 1 or _CLAUSE_MARK.search(u.text) or DATE_TAIL.search(fold(u.text)):
            return False
        for n in range(u.last_line, min(u.last_line + CO_SIGNERS_MAX + 1, len(self.edition.lines))):
            below = fold(self.edition.lines[n].strip())
            if DATE_TAIL.search(below):
                return True
            if not _signer_line(below):  # 某某支队 ⏎ 某某局 ⏎ 2024年5月10日: co-signers, one a line, then the date
                return False
        return False

    def _heading_resumes(self, u: TextUnit) -> bool:
        """A numbered heading (二、重点任务) right after a caption or teaser printed inside a document set
        in numbered headings (一、…) is the document's next heading: the document goes on under it."""
        current = self.current
        if self.pending or current is None or current.kind not in ("caption", "teaser") or not current.closed \
                or not _NUMBERED.match(u.text) or len(u.lines) > 1:
            return False
        before = next((s for s in reversed(self.stories[:-1]) if s.kind in _MAIN_KINDS), None)
        if before is None or before.closed or not any(_NUMBERED.match(h.text) for h in before.subheads):
            return False
        before.subheads.append(u)
        self.current = before
        return True

    def _closing_note(self, u: TextUnit) -> bool:
        """A note in brackets right under a story's last sentence (（全文刊载于…网站 www…）, （本文有删节）)
        is the end of its text, not a headline."""
        current = self.current
        text = u.text.strip()
        if current is None or current.closed or self.pending or current.kind not in _MAIN_KINDS \
                or not re.match(r"^[（(].*[）)]$", text) or len(nonspace(text)) <= CLOSING_NOTE_MIN:
            return False
        body = [p for p in current.parts if p.role == "body"]
        if not body or not TERMINAL.search(body[-1].text) or current.parts[-1] is not body[-1]:
            return False
        current.parts.append(self.part("body", u.spans))
        return True

    def _raw_block(self, line: int) -> list[str]:
        """The lines of the raw block (between blank lines) holding raw line ``line``."""
        lines = self.edition.lines
        lo, hi = line - 1, line - 1
        while lo > 0 and lines[lo - 1].strip():
            lo -= 1
        while hi + 1 < len(lines) and lines[hi + 1].strip():
            hi += 1
        return [t.strip() for t in lines[lo:hi + 1]]

    def _cell_table(self, u: TextUnit) -> bool:
        """A table printed one cell a line under a box's label (【数说…】 ⏎ 指标 ⏎ 总量（亿元） ⏎ 同比增长（%）
        ⏎⏎ 地区生产总值 ⏎ 412.6 ⏎ 17.8 ⏎⏎ …): a block whose lines, read as one row, are the table's column
        names with a row of cells below, or a row of cells (a name, then figures or dashes), is the box's
        text, not a stack of headlines, as long as the box holds nothing but its label and such rows."""
        current = self.current
        if current is None or current.kind != "box" or current.closed or self.pending or self.raw_style \
                or current.heads_before or not all(p.role in ("label", "body") for p in current.parts):
            return False
        block = self._raw_block(u.first_line)
        if len(block) < 3:
            return False
        body = [p for p in current.parts if p.role == "body"]
        if body:
            first = self._raw_block(body[0].lines[0])
            ok = (_table_header(" ".join(first)) or _table_row(" ".join(first))) and _table_row(" ".join(block)) \
                and len(block) == len(first)
        else:
            below = self._block_below_block(u.first_line)
            ok = _table_header(" ".join(block)) and len(below) == len(block) and _table_row(" ".join(below))
        if ok:
            current.parts.append(self.part("body", u.spans))
        return ok

    def _block_below_block(self, line: int) -> list[str]:
        """The lines of the raw block after the one holding raw line ``line``."""
        lines, n = self.edition.lines, line
        while n < len(lines) and lines[n].strip():
            n += 1
        while n < len(lines) and not lines[n].strip():
            n += 1
        return self._raw_block(n + 1) if n < len(lines) else []

    def _figures_box(self, u: TextUnit) -> bool:
        """A box of figures (【数说…】 ⏎ 16.2% ⏎ 工业增加值增长 ⏎⏎ 6524.3亿元 ⏎ 社会消费品零售总额): a
        figure on a line of its own, blank line or not, and the label right under it (under the last line
        of the box's text so far, when that line is a figure) are the box's text, not headlines, as long
        as the box holds nothing but its label and such pairs."""
        current = self.current
        if current is None or current.kind != "box" or current.closed or self.pending \
                or not all(p.role in ("label", "body") for p in current.parts):
            return False
        body = [p for p in current.parts if p.role == "body"]
        if body and not FIGURE_LINE.match(nonspace(_first_line_text(self.edition, body[0]))):
            return False
        if FIGURE_LINE.match(nonspace(_first_line_text(self.edition, u))):
            current.parts.append(self.part("body", u.spans))
            return True
        last = body[-1] if body else None
        if last is None or u.gap_before or not FIGURE_LINE.match(nonspace(_last_line_text(self.edition, last))) \
                or _CLAUSE_MARK.search(u.text):
            return False
        current.parts[-1] = self.part("body", list(last.spans) + u.spans)  # the figure's label under it
        return True

    def _figure_facts(self, u: TextUnit) -> bool:
        """A box of figure facts (【数说…】 ⏎ 地区生产总值 ⏎ 3268.5亿元 ⏎⏎ 城镇新增就业 ⏎ 5.46万人, or one fact a
        line: 城镇新增就业33.6万人): short lines with no clause mark, each block holding an amount (a number
        and its unit, not a date), are the box's text, not its headline, when the box holds nothing but its
        label and such facts and another fact follows (a box's own headline is one line over prose). The
        line that dates the facts (截至11日18时), first under the label, is the box's text too."""
        current = self.current
        if current is None or current.kind != "box" or current.closed or self.pending \
                or not all(p.role in ("label", "body") for p in current.parts):
            return False
        body = [p for p in current.parts if p.role == "body"]
        if current.heads_before and (len(current.heads_before) > 1 or len(current.heads_before[0].lines) > 1
                                     or not body and not self._right_under_title(u, current.heads_before[0])):
            return False  # 【数说】 ⏎ 三年来看某地变化 ⏎⏎ facts: the box's one-line title, the facts right under it
        if self._cell_facts_end(u, body):
            return False  # …居民消费价格 上涨0.3% ⏎ 前5个月经济运行稳中有进: the facts were cells, this line is none
        if self._raw_fact_line(u, current, body):
            return True
        if not _fact_block(self._printed(u)) and (body or not _as_of_line(u.text)):
            return False
        if any(not _fact_block(self._printed(p)) for p in body[1:]) \
                or body and not (_fact_block(self._printed(body[0])) or _as_of_line(body[0].text)):
            return False
        if not body and not _fact_block(" ".join(self._block_below(u))) or self._heads_lead_below(u):
            return False
        current.parts.append(self.part("body", u.spans))
        return True

    def _cell_facts_end(self, u: TextUnit, body: list[Part]) -> bool:
        """Are the box's facts so far each one line of two cells, a label and its figure set apart (社会消费品零售总额
        326.4亿元, 规上工业增加值 增长7.6%), and ``u`` a line of one run of words (前5个月经济运行稳中有进)? A box
        sets its facts one way; a line set otherwise under them is a story's stack printed at the page's foot, not
        another fact (class: a foot stack under a box of cell facts)."""
        if not body or len(u.lines) != 1 or len(self.edition.lines[u.first_line - 1].split()) != 1:
            return False
        rows = [self.edition.lines[n - 1].split() for p in body for n in p.lines]
        return all(len(cells) == 2 and not re.search(r"\d", cells[0]) and re.search(r"\d", cells[1]) for cells in rows)

    def _raw_fact_line(self, u: TextUnit, current: _Story, body: list[Part]) -> bool:
        """On a page without blank lines, a box's fact set as a label line over its figure line (自驾游客占比 ⏎
        63.8% ⏎ 入境游客 ⏎ 2.6万人次): the label, when the line under it is a figure alone (:func:`_figure_entry`
        with an amount), opens a fact of the box's text; the figure line joins the label above it. True when
        ``u`` was taken (class: a box of label-over-figure facts on a raw page)."""
        if not self.raw_style or len(u.lines) != 1:
            return False
        text = nonspace(u.text)
        if body and current.parts[-1] is body[-1] and _fact_label(self._printed(body[-1])) \
                and _figure_entry(text) and AMOUNT.search(text):
            current.parts[-1] = self.part("body", list(body[-1].spans) + u.spans)  # the figure under its label
            return True
        below = nonspace(self.edition.lines[u.last_line]) if u.last_line < len(self.edition.lines) else ""
        if not (_fact_label(u.text) and _figure_entry(below) and AMOUNT.search(below)) \
                or not all(_fact_block(self._printed(p)) or _as_of_line(p.text) for p in body):
            return False
        current.parts.append(self.part("body", u.spans))
        return True

    def _heads_lead_below(self, u: TextUnit) -> bool:
        """Is ``u`` set right over a story's lead (本报讯…) that repeats its words: that story's headline stack
        (青溪县粮食总产量达52万吨 ⏎⏎ 本报讯…青溪县粮食总产量达52万吨…), not one more fact of the box above
        (class: figure headline right under a box of facts)."""
        below = self._block_below(u)
        return bool(below) and is_lead(below[0]) and shared_share(nonspace(u.text), "".join(below)) >= FACT_HEAD_ECHO

    def _printed(self, u: TextUnit | Part) -> str:
        """The text of ``u`` line by line as printed (a fact's label over its figure stays two lines)."""
        return "\n".join(spans_text(self.edition, [sp for sp in u.spans if sp.line == ln]) for ln in u.lines)

    def _block_below(self, u: TextUnit) -> list[str]:
        """The lines of the block under unit ``u`` (the next line on a page without blank lines)."""
        lines = self.edition.lines
        n = u.last_line
        while n < len(lines) and not lines[n].strip():
            n += 1
        out: list[str] = []
        while n < len(lines) and lines[n].strip() and len(out) < FACT_LINES_MAX:
            out.append(lines[n].strip())
            n += 1
            if self.raw_style:
                break
        return out

    def _box_pair(self, u: TextUnit) -> bool:
        """A box of figures set as pairs, a label over its figure, one pair a block (【数说…】 ⏎ 工业企业营业收入
        ⏎ 1206.8亿元 增长9.1% ⏎⏎ 新登记经营主体 ⏎ 1.36万户): the next block of such a pair (its label, the
        figure to follow on the line under it) is the box's text, as long as the box holds nothing else."""
        current = self.current
        if current is None or current.kind != "box" or current.closed or self.pending or self.raw_style \
                or len(u.lines) > 2 or _CLAUSE_MARK.search(u.text) or current.heads_before \
                or not all(p.role in ("label", "body") for p in current.parts):
            return False
        body = [p for p in current.parts if p.role == "body"]
        below = self.edition.lines[u.last_line].strip() if u.last_line < len(self.edition.lines) else ""
        if not body:  # the first pair right under the label, its figure opening the line below
            if u.gap_before or len(u.lines) > 1 or not FIGURE_START.match(below):
                return False
        elif not u.gap_before or any(_CLAUSE_MARK.search(p.text) or len(p.lines) > 2 for p in body) \
                or not _FIGURE.search(body[-1].text):
            return False
        figure = below if len(u.lines) == 1 else self.edition.lines[u.last_line - 1].strip()
        end = u.last_line + (len(u.lines) == 1)
        after = next((t.strip() for t in self.edition.lines[end:end + 3] if t.strip()), "")
        if not _FIGURE.search(figure) or _CLAUSE_MARK.search(figure) or _CLAUSE_MARK.search(after) or is_lead(after):
            return False  # a stack over a story's text (its lead, its first sentence) is that story's headline
        current.parts.append(self.part("body", u.spans))
        return True

    def _signature(self, u: TextUnit) -> bool:
        """Issuer and date under a document's last paragraph (澜州市人民政府办公室 / 2021年4月16日): who
        signs the document and when, its closing body lines, not a headline."""
        current = self.current
        if current is None or current.closed or self.pending or not _is_document(current):
            return False
        lines = sorted({sp.line for sp in u.spans})
        texts = [spans_text(self.edition, [sp for sp in u.spans if sp.line == ln]) for ln in lines]
        if len(texts) < 2 or not DATE_TAIL.search(fold(texts[-1])) or not all(ISSUER_LINE.match(fold(t)) for t in texts):
            return False
        current.parts.append(self.part("body", u.spans))
        current.closed = current.closed or self.raw_style  # signed and dated on a raw page: the next story's lines never join it
        return True

    def _open_brief(self, kicker: str = "", heads: list[TextUnit] | None = None) -> _Story:
        """Open an item of a briefs column, under ``kicker`` (the column's heading) and with the heading's
        units ``heads`` (the first item's only); headline lines still pending go to the story before."""
        if not self.pending:
            self.pending_from.clear()
        story = self.open_story("brief")
        self.flush_pending(None)
        story.kicker, story.heads_before = kicker or story.kicker, list(heads or [])
        return story

    def _brief(self, u: TextUnit, as_head: bool) -> bool:
        """A ● item of a briefs column (要闻速览, 简讯) is a brief of its own: the ● is its label, a
        line of its own is its headline (else it has none), and the column's heading, the short
        headline line right above the first item, is every item's kicker. False when ``u`` is no ● item."""
        m = BULLET.match(u.text) or (self._marked_column_head(u) if as_head else None) or self._numbered_column_item(u)
        current = self.current
        if not m or (current is not None and current.kind == "box" and not current.closed and not self._box_done()):
            return False
        if as_head and self._pointer_on_line(u):
            return False  # ●某某开幕 详见3版: a teaser of a pointer column, its pointer on its line, not a brief
        column = self.brief_column
        self._head_after_signed_brief()
        if self.pending and len(self.pending[-1].text) <= BRIEF_HEADING_MAX:
            heading = self.pending.pop()
            column = (heading, _headline_text(self.edition, heading))
        elif self._marked_column_heading(u):
            heading_story = self.stories.pop()  # ● 楼市简讯 ⏎ ●某某上调: the column's heading, marked like its items
            self.current = self.stories[-1] if self.stories else None
            spans = [sp for p in heading_story.parts for sp in p.spans] + list(heading_story.brief_head)
            column = (TextUnit("head", spans, text=spans_text(self.edition, spans)),
                      spans_text(self.edition, heading_story.brief_head))
        story = self._open_brief()
        self.brief_column = column
        if column is not None:
            story.kicker = column[1]
            if column[0] is not None:
                story.heads_before.append(column[0])
                self.brief_column = (None, column[1])  # the heading's characters belong to the first item
        label, rest = carve(self.edition, u.spans, [m.end()])
        story.parts.append(self.part("label", label))
        gap = _bullet_gap(self.edition, rest)
        if gap is not None:  # ●某某开园 11月18 ⏎ 日，…: the headline, then the text's first words
            story.brief_head, lead_in = gap
            story.parts.append(self.part("body", lead_in))
            if as_head:
                story.lead_in = lead_in  # the next paragraph goes on from them
        elif as_head and rest and not self._may_head(spans_text(self.edition, rest), *self._item_below(u)):
            story.parts.append(self.part("body", rest))  # ●某公司在银行间市场成功发 ⏎ 行…: the text's first line
            story.lead_in = rest
        elif as_head:
            story.brief_head = rest
        elif rest:
            head, body = self._bullet_headline(rest)
            story.brief_head = head
            if body:
                story.parts.append(self.part("body", body))
        return True

    def _head_after_signed_brief(self) -> None:
        """On a page without blank lines, a headline line alone between a ● item whose text ended on its closing
        credit (…溢价率8.2%。 ⏎ （县资规）) and the next ● item is the signed item's own headline, printed after it
        (class: a briefs column whose items' headlines follow their credits), not the column's heading over the next."""
        current = self.current
        if not self.raw_style or len(self.pending) != 1 or current is None or current.kind != "brief" \
                or current.brief_head or not current.parts or current.parts[-1].role != "body":
            return
        head, last = self.pending[0], current.parts[-1]
        if len(head.lines) != 1 or head.first_line != last.lines[-1] + 1 or _CLAUSE_MARK.search(head.text) \
                or TERMINAL.search(head.text.strip()) or not CLOSING_CREDIT.search(_raw(self.edition, list(last.spans)[-2:])):
            return
        current.brief_head = list(self.pending.pop().spans)

    def _marked_column_heading(self, u: TextUnit) -> bool:
        """Is the item just opened a short ● line with no text of its own (● 楼市简讯), right over the ● item
        ``u``, which has text under it (not a list of short ● lines), and no column heading above it? Then it
        is the column's heading set with the items' mark
        (class: a marked column heading), every item's kicker, not a brief of its own."""
        prev = self.current
        if prev is None or not self.stories or prev is not self.stories[-1] or prev.kind != "brief" or prev.kicker \
                or self.brief_column is not None or not prev.brief_head or any(p.role != "label" for p in prev.parts):
            return False
        head = nonspace(spans_text(self.edition, prev.brief_head))
        below = next((t.strip() for t in self.edition.lines[u.last_line:] if t.strip()), "")
        return prev.brief_head[-1].line == u.first_line - 1 and len(head) <= BRIEF_HEADING_MAX \
            and not _CLAUSE_MARK.search(head) and not _FIGURE.search(head) and bool(below) and not BULLET.match(below)

    def _numbered_column_item(self, u: TextUnit) -> re.Match | None:
        """An item numbered 1. (１．) whose first line is a headline with no clause mark, right under a briefs
        column's short heading (速递 ⏎ １．某某全部办结 ⏎ 去年…) or after an item of that column numbered
        so: a brief like a ● item, the number its label. A document's numbered paragraphs have no
        column heading over them."""
        m = ITEM_NUMBER.match(u.text)
        first = self.edition.lines[u.first_line - 1]
        if m is None or _CLAUSE_MARK.search(first):
            return None
        if self.pending:
            heading = self.pending[-1]
            ok = _column_heading_unit(heading) and not SECTION_MARK.match(heading.text) and _item_number(m) == 1
            return m if ok and not m.group("digit") else None
        last = next((s for s in reversed(self.stories) if s.kind != "caption"), None)
        before = ITEM_NUMBER.match(last.parts[0].text) if last is not None and last.kind == "brief" and last.parts \
            and last.parts[0].role == "label" else None
        # the next number of the run: １． ⏎ … ⏎ ２．５Ｇ基站…, its figure no decimal (2.5)
        return m if before is not None and _item_number(m) == _item_number(before) + 1 else None

    def _marked_column_head(self, u: TextUnit) -> re.Match | None:
        """A one-line headline opening on a mark (■, ▲, ◆) right under a briefs column's short heading
        (简讯 ⏎ ■某某站点再扩容 ⏎ 本报讯 …), or after such an item of the column: the item's own
        headline, set like a ● item's (the mark its label, the heading its kicker); a narrow column may
        wrap it over two lines. A feature's ■小标题 inside a running story has no column heading above it.
        Headline lines waiting above the heading (a story's headline printed after its text) stay the
        story's before."""
        m = SECTION_MARK.match(u.text)
        if m is None or len(u.lines) > 2 or _CLAUSE_MARK.search(u.text) or self._over_pointer(u):
            return None
        if self.pending:
            heading = self.pending[-1]
            return m if _column_heading_unit(heading) and (len(self.pending) == 1 or heading.gap_before) else None
        last = next((s for s in reversed(self.stories) if s.kind != "caption"), None)  # a photo may part two items
        marked = last is not None and last.kind == "brief" and bool(last.brief_head) and last.parts \
            and last.parts[0].role == "label" and SECTION_MARK.match(last.parts[0].text)
        return m if marked else None

    def _over_pointer(self, u: TextUnit) -> bool:
        """Is the line right under ``u`` a page pointer (■某某主塔封顶 ⏎ 详见3版)? Then ``u`` is a marked
        teaser's headline in a 导读 stack, not a brief's."""
        below = self.edition.lines[u.last_line] if u.last_line < len(self.edition.lines) else ""
        return bool(TEASER_REF.match(below.strip()))

    def _tail_headed_brief(self, u: TextUnit, nxt: TextUnit | None) -> bool:
        """A paragraph under a briefs column's short heading (快讯 ⏎ 9月25日，… ⏎ ▲某某招聘会举办), or
        after such an item, whose marked headline line comes right under its text: a brief of that
        column with its headline printed after it; the heading is its kicker."""
        own = self._inline_tail_head(u)
        below = nxt is not None and nxt.kind == "head" and not nxt.gap_before and len(nxt.lines) == 1 \
            and SECTION_MARK.match(nxt.text) and not _CLAUSE_MARK.search(nxt.text)
        last = self.stories[-1] if self.stories else None
        goes_on = not self.pending and last is not None and last.tail_head and last.closed
        if not (own or below) or (is_lead(u.text) and not goes_on) or self.raw_style:
            return False  # an item of a column already begun may open on its own source (某某晚报讯 …)
        if self.pending and _column_heading_unit(self.pending[-1]) and not SECTION_MARK.match(self.pending[-1].text):
            heading = self.pending.pop()
            kicker, heads = _headline_text(self.edition, heading), [heading]
        elif goes_on:
            kicker, heads = last.kicker, []
        else:
            return False
        story = self._open_brief(kicker, heads)
        story.tail_head = True
        body = [sp for sp in u.spans if sp.line != u.lines[-1]] if own else u.spans
        if is_lead(u.text):  # the item's own source line (某某晚报讯 …): carved off as a lead's
            body = _lead_parts(self.edition, TextUnit("text", body, text=spans_text(self.edition, body)), story)
            story.kind = "brief"
        story.parts.append(self.part("body", body))
        if own:
            tail = [sp for sp in u.spans if sp.line == u.lines[-1]]
            self._tail_head(TextUnit("head", tail, text=spans_text(self.edition, tail)))
        return True

    def _inline_tail_head(self, u: TextUnit) -> bool:
        """Does the paragraph end on a marked line of its own, with no clause mark, after a sentence's end
        (…比上年提高0.9个百分点。⏎ ▲某某创新高)? Then that line is the item's headline, run into its text."""
        if len(u.lines) < 2:
            return False
        last = self.edition.lines[u.lines[-1] - 1]
        before = self.edition.lines[u.lines[-2] - 1]
        return bool(SECTION_MARK.match(last)) and not _CLAUSE_MARK.search(last) and bool(TERMINAL.search(before.rstrip()))

    def _tail_head(self, u: TextUnit) -> bool:
        """The marked headline line right under the text of a brief opened by :meth:`_tail_headed_brief`:
        the mark its label, the rest its headline; the item ends there."""
        current = self.current
        if current is None or not current.tail_head or current.closed or current.brief_head or self.pending:
            return False
        m = SECTION_MARK.match(u.text)
        if m is None:
            return False
        label, rest = carve(self.edition, u.spans, [m.end()])
        current.parts.append(self.part("label", label))
        current.brief_head, current.closed = rest, True
        return True

    def _marked_brief(self, u: TextUnit) -> bool:
        """A paragraph that opens on a mark (■, ▲, ◆) and then its text at once (▲9月10日，某镇…), under
        a briefs column's short heading (乡镇传真) or right after such an item: a brief of that column, the
        mark its label, the heading its kicker (a feature's ■小标题 is a short line alone). A first line
        with no clause mark that the text below restates or runs past is the item's own headline
        (■某某破百家 ⏎ 日前，…); an item after a headed one is headed too."""
        m = SECTION_MARK.match(u.text)
        if m is None or is_lead(u.text) or not self._marked_text(u):
            return False
        current = self.current
        label, rest = carve(self.edition, u.spans, [m.end()])
        head, body = self._bullet_headline(rest)
        if self.pending and _column_heading_unit(self.pending[-1]):
            heading = self.pending.pop()
            kicker, heads = _headline_text(self.edition, heading), [heading]
        elif not self.pending and current is not None and current.kind == "brief" and current.parts \
                and current.parts[0].role == "label" and SECTION_MARK.match(current.parts[0].text) \
                and (not current.brief_head or head):
            kicker, heads = current.kicker, []
        else:
            return False
        story = self._open_brief(kicker, heads)
        story.parts.append(self.part("label", label))
        story.brief_head = head
        story.parts.append(self.part("body", body))
        return True

    def _over_table_header(self, u: TextUnit) -> bool:
        """Is the line right under ``u`` a table's row of column names (its title above it)?"""
        below = self.edition.lines[u.last_line] if u.last_line < len(self.edition.lines) else ""
        return len(u.lines) == 1 and _table_header(below.strip())

    def _box_table_title(self, u: TextUnit) -> bool:
        """A box's first paragraph whose first line, no clause mark in it, stands over a table's row of
        column names (【数据】 ⏎ 一季度各县主要经济指标 ⏎ 地区 总量（亿元） 增长（%） ⏎ …): that line is the
        table's title, the box's headline; the rows are its text."""
        current = self.current
        if current is None or current.kind != "box" or current.closed or self.pending or current.heads_before \
                or not current.parts or any(p.role != "label" for p in current.parts) or len(u.lines) < 3:
            return False
        title, header = (self.edition.lines[n - 1].strip() for n in u.lines[:2])
        title = re.sub(r"[（(][^（）()]*[）)]", "", title)  # 各县（市、区）: a bracket's marks are no clause's
        if _CLAUSE_MARK.search(title) or TERMINAL.search(title) or not _table_header(header):
            return False
        head = [sp for sp in u.spans if sp.line == u.first_line]
        current.heads_before.append(TextUnit("head", head, text=spans_text(self.edition, head)))
        current.parts.append(self.part("body", [sp for sp in u.spans if sp.line != u.first_line]))
        return True

    def _numbered_brief(self, u: TextUnit, nxt: TextUnit | None) -> bool:
        """A paragraph that opens on an item number and then its text at once (1.5月8日，某院… ⏎ 2.记者从…),
        under a briefs column's short heading (城事速递) with the number 1 and a clause mark on its first line,
        or right after a headless item numbered one less: a headless brief of that column, the number its label, the heading its kicker. A figure
        right after the point (1.6月…) reads as an item number only when the next paragraph is numbered 2."""
        m = ITEM_NUMBER.match(u.text)
        if m is None or is_lead(u.text) or not self._marked_text(u):
            return False
        if self.pending and _column_heading_unit(self.pending[-1]) and not SECTION_MARK.match(self.pending[-1].text):
            after = ITEM_NUMBER.match(nxt.text) if nxt is not None and nxt.kind == "para" else None
            if _item_number(m) != 1 or not _CLAUSE_MARK.search(self.edition.lines[u.first_line - 1]) \
                    or (m.group("digit") and (after is None or _item_number(after) != 2)):
                return False
            heading = self.pending.pop()
            kicker, heads = _headline_text(self.edition, heading), [heading]
        elif not self.pending and self._numbered_run(m):
            kicker, heads = self.current.kicker, []
        else:
            return False
        story = self._open_brief(kicker, heads)
        label, rest = carve(self.edition, u.spans, [m.end()])
        story.parts += [self.part("label", label), self.part("body", rest)]
        return True

    def _numbered_run(self, m: re.Match) -> bool:
        """Is the current story a headless numbered brief whose number is one less than ``m``'s?"""
        current = self.current
        if current is None or current.kind != "brief" or current.brief_head or not current.parts \
                or current.parts[0].role != "label":
            return False
        before = ITEM_NUMBER.match(current.parts[0].text)
        return before is not None and _item_number(m) == _item_number(before) + 1

    def _marked_text(self, u: TextUnit) -> bool:
        """Does a marked paragraph's first line carry text, not a heading: a clause mark in it, or the
        paragraph going on past it to a sentence's end?"""
        first = self.edition.lines[u.first_line - 1]
        text = CLOSING_CREDIT.sub("", u.text.strip())  # …不少于2名。（邵岚）: the sentence's end before the credit
        return bool(_CLAUSE_MARK.search(first)) or (len(u.lines) > 1 and bool(TERMINAL.search(text)))

    def _bullet_head_wraps(self, u: TextUnit) -> bool:
        """A short line with no clause mark right under a ● item's headline line that ran to the column's
        edge, before any of the item's text (●某县检察机关去年起诉破坏环境资源犯罪 ⏎ 56人): the rest of the
        headline, wrapped by the column, not a headline of its own."""
        current = self.current
        if current is None or current.kind != "brief" or current.closed or self.pending or not current.brief_head \
                or any(p.role == "body" for p in current.parts) or len(u.lines) != 1 or _CLAUSE_MARK.search(u.text):
            return False
        last = current.brief_head[-1].line
        col = body_column(self.edition)
        if u.first_line != last + 1 or BULLET.match(u.text):
            return False
        to_edge = bool(col) and line_width(self.edition.lines[last - 1].strip()) >= col - WRAP_SLACK \
            and line_width(u.text.strip()) < col / 2
        if not to_edge and not self._bullet_head_runs_on(current, u):
            return False
        current.brief_head = current.brief_head + list(u.spans)
        return True

    def _bullet_head_runs_on(self, current: _Story, u: TextUnit) -> bool:
        """On a page without blank lines, a line no wider than a ● item's headline line right under it, with the
        item's text (a clause mark, or a lead) on the line right after it (●某区保障性租赁 ⏎ 住房启动配租 ⏎ 本报讯
        …，…): the headline's second line, set in the headline's larger type and so wrapped short of the body
        column, not a deck nor the next story's headline; a ● item has no subheadline (class: ● headline
        wrapped over two lines). So is a wider line that the column's text line under it could hold but not
        with the ● line: the two would not fit on one line, the typesetter broke the headline at a phrase
        (●某镇首届 ⏎ 梨花文化节开幕, in a narrow briefs column). Not a page pointer (详见3版), nor a wider line the
        ● line would fit beside (●某某新政 ⏎ 城西片区首批人才公寓今起开始接受申请 over a wider text: a headline of its own)."""
        if not self.raw_style or u.last_line >= len(self.edition.lines) or TEASER_REF.match(u.text.strip()) \
                or SECTION_MARK.match(u.text) or is_lead(u.text):
            return False
        head = spans_text(self.edition, current.brief_head)
        below = self.edition.lines[u.last_line].strip()
        text_below = bool(_CLAUSE_MARK.search(below)) or is_lead(below)
        width, column = line_width(nonspace(u.text)), line_width(nonspace(below))
        printed = line_width(nonspace(self.edition.lines[current.brief_head[-1].line - 1]))  # the ● included
        return text_below and (width <= line_width(nonspace(head)) or printed + width > column >= width)

    def _box_done(self) -> bool:
        """Has the open box's text ended (its last paragraph a sentence's end, or a figure alone: a figures
        box, 【数说】 … 城镇新增就业 ⏎ 5.8万人) with a short heading line
        waiting after it (【链接】 … 故勒石以誌之。」 ⏎⏎ 城事快报 ⏎⏎ ●…)? Then a ● item under the heading opens
        a briefs column of its own, not a list inside the box."""
        body = [p for p in self.current.parts if p.role == "body"]
        ended = bool(body) and (bool(TERMINAL.search(body[-1].text))
                                or bool(FIGURE_LINE.match(nonspace(_last_line_text(self.edition, body[-1])))))
        return ended and len(self.pending) == 1 and len(self.pending[-1].text) <= BRIEF_HEADING_MAX

    def _bullet_headline(self, rest: list[Span]) -> tuple[list[Span], list[Span]]:
        """A ● item run together with its text (a page without blank lines): its first line is its
        headline when it has no punctuation at all and its words come back in the text below (a
        headline restates its item; a text's first line runs on into the next one), or when it closes on
        an event's verb that takes no object (●第五届某某节8日开幕: :func:`ends_closed`), a phrase finished."""
        first = [sp for sp in rest if sp.line == rest[0].line]
        body = rest[len(first):]
        line = spans_text(self.edition, first)
        if not body or re.search(r"[，,、；;：:。！？!?…]", PLACE_COLON_HEAD.sub("", line.strip(), count=1)):
            return [], rest
        text = spans_text(self.edition, body)
        below = spans_text(self.edition, [sp for sp in body if sp.line == body[0].line])
        if not self._may_head(line, below, text):
            return [], rest
        text += self._run_on(body)
        if shared_share(line, text) < BRIEF_HEAD_ECHO and not self._short_of_text(first, body) \
                and not ends_closed(line, below) \
                and not self._wider_than_text(first, body) \
                and not (_MONTH_LEAD_IN.match(text) and len(nonspace(line)) > DECK_MIN):
            return [], rest
        return self._bullet_head_second_line(first, body)

    def _bullet_head_second_line(self, first: list[Span], body: list[Span]) -> tuple[list[Span], list[Span]]:
        """A ● item's headline wrapped over two lines, run together with its text (●某县新增36个社区 ⏎ 老年助餐
        服务点 ⏎ 今年以来，某县…): the line under the ● line is the headline's rest when it has no clause mark
        and no time lead-in, is no wider than the ● line and narrower than the text's line under it (the
        text fills the column; a headline set in larger type wraps short of it), and its words come back in
        the text (:data:`BRIEF_WRAP_ECHO`; class: ● headline wrapped over two lines, on a page with blank
        lines). Returns the headline's spans and the text's."""
        lines = sorted({sp.line for sp in body})
        if len(lines) < 2:
            return first, body
        second = [sp for sp in body if sp.line == lines[0]]
        under = spans_text(self.edition, [sp for sp in body if sp.line == lines[1]])
        top, low = spans_text(self.edition, first), spans_text(self.edition, second)
        if _CLAUSE_MARK.search(low) or TERMINAL.search(low) or TIME_LEAD_IN.match(nonspace(low)) or is_lead(low) \
                or BULLET.match(low) or TEASER_REF.match(low.strip()) or not _CLAUSE_MARK.search(under) \
                or line_width(nonspace(low)) > line_width(nonspace(BULLET.sub("", top))) \
                or line_width(nonspace(low)) >= line_width(nonspace(under)) - BRIEF_WRAP_MARGIN:
            return first, body
        rest = body[len(second):]
        text = spans_text(self.edition, rest)
        if shared_share(low, text) < BRIEF_WRAP_ECHO:
            return first, body
        return first + second, rest

    @staticmethod
    def _may_head(line: str, below: str, text: str) -> bool:
        """May a ● line with no mark be its item's headline? Not when
        it opens on when the news happened (今年以来…, 日前…, 6月4日…: :data:`TIME_LEAD_IN`), as an item's text
        does and a headline seldom, nor when its end and its text's start make one word that the text
        prints again, in a line of text (a clause mark on it) running on from it (…成功发 ⏎ 行…，期限, 成功发行): a
        sentence running straight on (class: ● text line read as a headline). A headline's own wrap (…“枫桥 ⏎
        式”调解组织) has no clause mark."""
        a, b = nonspace(line), nonspace(text)
        split = bool(a and b) and bool(re.fullmatch(r"[\u4e00-\u9fff]{2}", a[-1] + b[0])) and a[-1] + b[0] in b[1:]
        return not TIME_LEAD_IN.match(a) and not (split and _CLAUSE_MARK.search(below))

    def _item_below(self, u: TextUnit) -> tuple[str, str]:
        """The first raw line under ``u`` and the lines under ``u`` down to a blank line or the next ● item (at
        most :data:`RUN_ON_LINES_MAX`), run together."""
        lines, n, out = self.edition.lines, u.last_line, []
        while n < len(lines) and len(out) < RUN_ON_LINES_MAX and lines[n].strip() and not BULLET.match(lines[n]):
            out.append(lines[n].strip())
            n += 1
        return (out[0] if out else ""), "".join(out)

    def _run_on(self, body: list[Span]) -> str:
        """The raw lines under ``body`` its sentence runs on into when it stops mid-clause (日前，某某银行向市内
        一家热电企 ⏎ 业发放…贷款。): the rest of the item's first paragraph, up to its end, a blank line or a
        marked line (class: a ● item's text cut after its first line)."""
        lines, n, out = self.edition.lines, max(sp.line for sp in body), []
        if TERMINAL.search(spans_text(self.edition, body).strip()):
            return ""
        while n < len(lines) and len(out) < RUN_ON_LINES_MAX and lines[n].strip() and not BULLET.match(lines[n]):
            out.append(lines[n].strip())
            n += 1
            if TERMINAL.search(out[-1]):
                break
        return "".join(out)

    def _short_of_text(self, first: list[Span], body: list[Span]) -> bool:
        """A ● item's first line with no mark that stops well short of the column its text fills
        (●春运返程客流平稳 ⏎ 据…统计，2月16日至3月1 ⏎ 日，…): a line of text with no mark runs on to the
        edge, so a short one is the item's headline even when its words do not come back below."""
        lines = sorted({sp.line for sp in body})
        if len(lines) < 2:
            return False
        widths = [line_width(self.edition.lines[n - 1].strip()) for n in lines[:-1]]
        printed = line_width(spans_text(self.edition, first).strip())  # the words, not the item's mark
        return printed < min(widths) - BRIEF_HEAD_SHORT

    def _wider_than_text(self, first: list[Span], body: list[Span]) -> bool:
        """A marked item's first line with no mark that runs well past the narrow column its text is set
        in (１．某某小将摘得2金1银 ⏎ 在日前结束的全国 ⏎ 青年举重锦标赛上，…): text never runs over its
        column, so the wider line is the item's headline, set across the column's width."""
        lines = sorted({sp.line for sp in body})
        if len(lines) < 2:
            return False
        widths = [line_width(self.edition.lines[n - 1].strip()) for n in lines[:-1]]
        printed = line_width(spans_text(self.edition, first).strip())
        return printed > max(widths) + WRAP_SLACK

    def para(self, u: TextUnit, nxt: TextUnit | None) -> None:
        """A paragraph: a subheadline's body, a new story (lead, caption, after a closed story or
        headlines), or more of the current story."""
        lead = is_lead(u.text)
        opens = lead or is_salutation(u.text) or self._report_opening(u)  # 各位代表： opens a report read to a meeting, as 本报讯 a story
        caption = bool(CAPTION.search(u.text)) or (nxt is not None and nxt.kind == "credit")
        caption = caption or hinted(self.edition, u) == "caption"  # hook for PDF editions: set under a photo
        if not _CLAUSE_MARK.search(self.edition.lines[u.first_line - 1]):
            self._notice_table_ends(u)  # a display line run into the next story's text
        current = self.current
        if self._box_table_title(u) or self._numbered_brief(u, nxt) or self._brief(u, as_head=False) or self._marked_brief(u) \
                or self._tail_headed_brief(u, nxt) or self._resumes(u, opens or caption) or self._goes_on_from_lead_in(u, opens) \
                or self._resumes_after_box(u, opens or caption) or self._table_after_story(u) \
                or self._resumes_after_table(u, opens or caption):
            return
        if not opens and not caption and (self._brief_text_starts(u) or self._box_gives_way(u) or self._note_gives_way(u)
                                         or self._note_under_title_gives_way(u)
                                         or self._numbered_after_box(u) or self._takes_subheadline(u)
                                         or self._takes_numbered_headings(u)):
            return
        if lead and self._brief_lead(u):
            return
        if not opens and not caption and self._signature_over_headline(u):
            return
        if caption and not lead and self._labelled_caption(u):
            pass
        elif opens or caption or current is None or current.closed or self.pending or current.kind in ("caption", "teaser") \
                or current.signed_off or self._brief_ended(u):
            above = self.current
            story = self.open_story("caption" if caption and not lead else "unknown")
            self._column_notice(story, above, u)
            self._numbered_opening(story)
            self.flush_pending(story)
            body = _lead_parts(self.edition, u, story) if lead else self._caption_number(story, u.spans)
            if body:
                story.parts.append(self.part("body", body))
        else:
            current.parts.append(self.part("body", u.spans))
        self._sign_off(u)

    def _column_notice(self, story: _Story, above: _Story | None, u: TextUnit) -> None:
        """A text opening on its addressee (某某：本院受理…) right under a notice of a named column (法院公告),
        after that notice closed on its court and date, is the column's next notice: same kicker."""
        if story.kind != "unknown" or above is None or above.kind != "notice" or not above.kicker or u.gap_before \
                or above.last_line != u.first_line - 1 or not _ADDRESSEE_OPENING.match(nonspace(fold(u.text))):
            return
        story.kind, story.kicker = "notice", above.kicker

    def _report_opening(self, u: TextUnit) -> bool:
        """Does ``u`` open on a report's opening formula (受市人民政府委托，现将…报告如下: :data:`REPORT_OPENING`)
        with no salutation right above it (各位代表：)? Then it opens a report of its own, never more of the
        story printed above it, a photo between (class: a document's opening after another item)."""
        if not REPORT_OPENING.match(fold(nonspace(u.text))):
            return False
        above = next((t.strip() for t in reversed(self.edition.lines[:u.first_line - 1]) if t.strip()), "")
        return not is_salutation(above) and not above.endswith(("：", ":"))

    def _labelled_caption(self, u: TextUnit) -> bool:
        """A caption right under a box's label and nothing else (【图说】 ⏎ 5月8日，… ⏎ 记者 某某 摄): the label is
        the caption's (its kicker), not an empty box of its own beside a second item (class: labelled caption)."""
        box = self.current
        if box is None or box.kind != "box" or box.closed or self.pending or box.heads_before \
                or not box.parts or any(p.role != "label" for p in box.parts) \
                or any(self.edition.lines[n - 1].strip() for n in range(box.parts[-1].lines[-1] + 1, u.first_line)):
            return False
        box.kind = "caption"
        box.parts.append(self.part("body", u.spans))
        return True

    def _caption_number(self, story: _Story, spans: list[Span]) -> list[Span]:
        """A caption of a numbered photo strip (①6月13日，某镇… ⏎ 记者 某某 摄): the circled figure names
        the photo, a label part of its own, not the caption's words (class: numbered photo captions)."""
        m = CAPTION_NUMBER.match(_raw(self.edition, spans)) if story.kind == "caption" and not story.parts else None
        if m is None:
            return spans
        mark, rest = carve(self.edition, spans, [m.end()])
        if not rest:
            return spans
        story.parts.append(self.part("label", mark))
        return rest

    def _numbered_opening(self, story: _Story) -> None:
        """A page whose text opens on a numbered heading (一、存款平稳增长 ⏎ 10月末，…), nothing but the
        page's furniture above it: a section heading of a document whose title is printed elsewhere
        on the page (often after its text), not the headline of the story it opens."""
        before = self.pending_from[0] if self.pending_from else None
        if len(self.pending) != 1 or len(self.pending[0].lines) != 1 or story.kind != "unknown" \
                or (before is not None and before.kind != "furniture") \
                or any(s.kind != "furniture" for s in self.stories[:-1]) \
                or not _NUMBERED.match(fold(self.pending[0].text.strip())):
            return
        story.subheads.append(self.pending.pop())
        self.pending_from.clear()

    def _signature_over_headline(self, u: TextUnit) -> bool:
        """A signature set on its own above the headline (本报评论员 ⏎⏎ 坚定信心 乘势而上 ⏎⏎ 前三季度…): the
        byline opened a story that has no text yet; the headline lines under it, then the first plain
        paragraph, are that story's headline and text, not a teaser and a story with no headline."""
        current = self.current
        if self.raw_style or current is None or current.closed or not self.pending \
                or any(p.role != "byline" for p in current.parts) or current.heads_before \
                or self.pending_from != [current] or len(self.pending) > SIGNATURE_HEAD_UNITS \
                or any(len(h.lines) > SIGNATURE_HEAD_UNITS for h in self.pending):
            return False
        current.heads_before.extend(self.pending)
        self.pending.clear()
        self.pending_from.clear()
        current.parts.append(self.part("body", u.spans))
        return True

    def _pointer_on_line(self, u: TextUnit) -> bool:
        """Does a page pointer (详见3版) follow ``u`` on its own last line: ``u`` is a teaser's headline?"""
        nxt = self.upcoming
        return nxt is not None and nxt.kind == "teaser_ref" and nxt.first_line == u.last_line

    def _brief_ended(self, u: TextUnit) -> bool:
        """On a page without blank lines, a ● item is one paragraph: a plain paragraph after its text's
        last sentence (no ●, no lead) opens another story, whose headline the page prints after it."""
        current = self.current
        if not self.raw_style or current is None or current.kind != "brief" or BULLET.match(u.text):
            return False
        body = [p for p in current.parts if p.role == "body"]
        return bool(body) and current.parts[-1] is body[-1] and bool(TERMINAL.search(body[-1].text.strip()))

    def _sign_off(self, u: TextUnit) -> None:
        """On a page without blank lines, a paragraph that ends on a closing credit (…通车。（苏 禾）)
        ends its story's text: the next paragraph opens another story (no lead marker needed), and the
        headline lines right after the credit are the signed story's unless they echo the next one."""
        current = self.current
        if self.raw_style and current is not None and current.kind in _MAIN_KINDS \
                and CLOSING_CREDIT.search(_raw(self.edition, u.spans[-2:])):  # the credit may have a line of its own
            current.signed_off = True

    def _goes_on_from_lead_in(self, u: TextUnit, lead: bool) -> bool:
        """The paragraph right under a ● item whose line ended on its text's first words
        (:func:`_bullet_gap`): those words and the paragraph are the item's body, one paragraph."""
        current = self.current
        if lead or current is None or current.kind != "brief" or not current.lead_in or self.pending \
                or list(current.parts[-1].spans) != current.lead_in:
            return False
        spans, current.lead_in = current.lead_in + u.spans, []
        current.parts[-1] = self.part("body", spans)
        return True

    def _runs_on_from_bullet(self, u: TextUnit) -> bool:
        """A line set as display right under a ● item's first line that runs straight on into it (●某公司在银行间市场
        成功 ⏎ 发行…，期 ⏎ 限5年，…): more of that item's text (class: ● text line read as a headline)."""
        current = self.current
        if current is None or current.kind != "brief" or not current.lead_in or self.pending \
                or BULLET.match(u.text) or u.first_line != max(sp.line for sp in current.lead_in) + 1:
            return False
        return self._goes_on_from_lead_in(u, False)

    def _brief_lead(self, u: TextUnit) -> bool:
        """A lead (本报讯 …) right under a ● item's headline line is that item's text: a briefs column
        may open its items with a source line; it opens no story of its own."""
        current = self.current
        if current is None or current.kind != "brief" or current.closed or self.pending or not current.brief_head \
                or any(p.role == "body" for p in current.parts):
            return False
        body = _lead_parts(self.edition, u, current)
        current.kind = "brief"  # the source line says who wrote it, not what kind of item it is
        if body:
            current.parts.append(self.part("body", body))
        return True

    def _resumes(self, u: TextUnit, marked: bool) -> bool:
        """A paragraph right after a caption that carries on a sentence the story before the caption
        left open (a caption printed inside a column breaks the text layer there) or plainly carries
        the story on (:data:`RESUME_MIN_ECHO`), or right after a
        teaser or caption that goes on with the numbered items of the document before it: that story's body."""
        current = self.current
        if marked or self.pending or current is None or current.kind not in ("caption", "teaser") or not current.closed:
            return False
        before = next((s for s in reversed(self.stories[:-1]) if s.kind in _MAIN_KINDS), None)
        body = [p for p in before.parts if p.role == "body"] if before is not None else []
        if not body or before.closed:
            return False
        # a document's next numbered item (（二）…) after a teaser or caption printed inside it
        numbered = bool(_NUMBERED.match(u.text)) and any(_NUMBERED.match(p.text) for p in body)
        # after a caption: a sentence left open, or a paragraph that plainly carries the story on
        # (after a teaser too, when the sentence was left open: 支持 ⏎⏎ 图为… ⏎⏎ …详见3版 ⏎⏎ 农户开展…)
        carries = not TERMINAL.search(body[-1].text) or (
            current.kind == "caption" and shared_share(u.text, before.body_text()) >= RESUME_MIN_ECHO)
        # after a caption printed inside a document (numbered headings): its text goes on
        carries = carries or (current.kind == "caption" and any(_NUMBERED.match(h.text) for h in before.subheads))
        carries = carries or (current.kind == "caption" and _same_speaker(u.text, body))  # 记者：… in an interview
        # on a page with blank lines a story's text needs a headline or a lead above it: a plain
        # paragraph after a caption, neither, goes on with the story the caption interrupted
        carries = carries or (current.kind == "caption" and not self.raw_style and not is_lead(u.text)
                              and not _LABEL_OPENING.match(u.text))
        if not numbered and not carries:
            return False
        before.parts.append(self.part("body", u.spans))
        self.current = before
        return True

    def _resumes_after_box(self, u: TextUnit, marked: bool) -> bool:
        """A paragraph after a labelled box's text (【背景】 …) set in the column of the story the box
        interrupts, not in the box's narrower one, or after a box printed inside a sentence the story
        left open: the story goes on (the box is printed inside it)."""
        current = self.current
        if marked or self.pending or current is None or current.kind != "box" or current.closed:
            return False
        box = [p for p in current.parts if p.role == "body"]
        before = next((s for s in reversed(self.stories[:-1]) if s.kind in _MAIN_KINDS), None)
        body = [p for p in before.parts if p.role == "body"] if before is not None and not before.closed else []
        if not box or not body:
            return False
        if not self._box_inside_sentence(before, body):
            if not TERMINAL.search(box[-1].text):
                return False
            col, box_col, own = (_column_width(self.edition, [n for p in ps for n in p.lines]) for ps in (body, box, [u]))
            if abs(own - col) > BOX_COLUMN_SLACK or own <= box_col + BOX_COLUMN_SLACK:
                return False
        before.parts.append(self.part("body", u.spans))
        self.current = before
        return True

    def _box_inside_sentence(self, before: _Story, body: list[Part]) -> bool:
        """Was the current box printed inside a sentence of the story right before it (…2022年达 ⏎⏎
        【数说】… ⏎⏎ 到2876.5亿元…), the story's text cut inside a clause, on a page with blank lines? Not
        a document's or notice's, nor text whose last line is a date, a signer, a table's row or a credit
        (某某县人民政府 ⏎ 2024年5月6日): that text ended, it was not cut."""
        if self.raw_style or len(self.stories) < 2 or self.stories[-2] is not before or _is_document(before) \
                or before.signed_off:
            return False
        last = fold(self.edition.lines[body[-1].lines[-1] - 1].strip())
        return bool(_CUT_INSIDE_CLAUSE.search(body[-1].text.strip())) and not DATE_TAIL.search(last) \
            and not _signer_line(last) and not _table_row(last)

    def _numbered_after_box(self, u: TextUnit) -> bool:
        """A numbered heading waiting after a box's text (【名词解释】 … ⏎ （三）…) that goes on from the
        numbered headings of the story the box interrupts (its last one （二）…): a box has no sections,
        so the box is over and that story goes on under the heading."""
        current = self.current
        if len(self.pending) != 1 or current is None or current.kind != "box" or current.closed:
            return False
        before = next((s for s in reversed(self.stories[:-1]) if s.kind in _MAIN_KINDS), None)
        if before is None or before.closed:
            return False
        numbered = [h for h in before.subheads if _heading_number(h.text) is not None]
        head = _heading_number(self.pending[0].text)
        last = _heading_number(numbered[-1].text) if numbered else None
        if head is None or last is None or head[0] != last[0] or head[1] != last[1] + 1:
            return False
        current.closed = True
        before.subheads.append(self.pending[0])
        self.pending.clear()
        self.pending_from.clear()
        before.parts.append(self.part("body", u.spans))
        self.current = before
        return True

    def _takes_subheadline(self, u: TextUnit) -> bool:
        """When one headline line waits inside a running story and reads as its subheadline
        (:func:`is_subheadline`), the story keeps it and the paragraph: True. Else nothing changes."""
        current = self.current
        if len(self.pending) != 1 or current is None or current.closed or current.kind in ("caption", "teaser"):
            return False
        head = self.pending[0]
        if opens_story(self.edition, head) or self._credited_off(current):  # hook for PDF editions: the type size says it opens a story
            return False
        if _is_editor_note(current) and head.gap_before:  # an editor's note has no 小标题: a title set off
            return False  # after its text heads the next item (a list, the story the note introduces)
        # a story whose headline could only be its own (no headless story before it) was printed
        # headline first, as on a front page: its in-body lines are judged the front-page way
        # (a feature under a dash deck, ——记某某, is written in sections: its lines are 小标题 the raw way)
        test = is_subheadline_raw if self.raw_style and (not current.heads_first or self._under_dash_deck(current)) \
            else is_subheadline
        if not _next_top_heading(current, head) and (DOCUMENT_TITLE.search(fold(head.text))
                                                      or not test(head.text, current.body_text(), u.text)
                                                      or self._news_after_news(current, u)) \
                and not self._sourced_story_section(current, head, u):
            return False
        current.subheads.append(head)
        self.pending.clear()
        self.pending_from.clear()
        current.parts.append(self.part("body", u.spans))
        return True

    def _credited_off(self, story: _Story) -> bool:
        """Does ``story``'s text end on its closing credit (:func:`signed_at_end`)? Then a headline line under
        it heads the next item (a profile under a column heading, a brief), never a 小标题 of the signed
        story: a story is signed at its end (class: heading after a closing credit)."""
        return signed_at_end(self.edition, story)

    def _sourced_story_section(self, story: _Story, head: TextUnit, u: TextUnit) -> bool:
        """On a page without blank lines, a short plain line inside a story headed before its text and opened
        by its source (本报讯 …), over a paragraph that opens with no source or lead of its own (工业生产较快增长 ⏎
        1—2月，全市…): the story's 小标题, whatever it echoes; a new story on such a page opens with its source
        (class: first 小标题 of a sourced report)."""
        text = nonspace(head.text)
        return self.raw_style and story.heads_first and bool(story.source) and len(head.lines) == 1 \
            and SECTION_HEADING_MIN <= len(text) <= SECTION_HEADING_MAX and not _CLAUSE_MARK.search(text) \
            and not TERMINAL.search(text) and not re.search(r"\d", text) and not is_lead(u.text) \
            and not _LOCAL.match(u.text) and not self._news_under(u)

    def _news_after_news(self, story: _Story, u: TextUnit) -> bool:
        """On a page without blank lines, a story signed off by its closing credit (…人次。（李明）), or a brief
        with no source whose text opened as news does (昨日上午，…), then a short line over a paragraph opening
        so too (日前，…): that line heads the next story, not a 小标题 of the one above (class: briefs headed
        over their text, one after another)."""
        if not self.raw_style or not _NEWS_OPENING.match(fold(u.text)):
            return False
        body = next((p for p in story.parts if p.role == "body"), None)
        return story.signed_off or story.source is None and body is not None \
            and bool(_NEWS_OPENING.match(fold(body.text)))

    def _news_under(self, u: TextUnit) -> bool:
        """On a page without blank lines, is the paragraph ``u`` a news item's text: opening on the day it
        happened (3月4日上午，…, 昨日，…, 近日，…), on what the reporter learnt (记者从某局获悉，…), or ending on a
        closing credit (…人次。（李明）)? Under a short line it is a new story headed by that line, not a
        section of the story above (class: a brief's headline under a report, not its 小标题)."""
        return self.raw_style and (bool(_NEWS_OPENING.match(fold(u.text)))
                                   or bool(CLOSING_CREDIT.search(_raw(self.edition, u.spans[-2:]))))

    def _under_dash_deck(self, story: _Story) -> bool:
        """Was ``story`` opened right under a stack with a dash deck (林区人物 ⏎ 某某 ⏎ ——记护林员某某)?
        A profile or feature so headed runs on in sections under 小标题 until something closes it."""
        return any(nxt is story and _has_dash_deck(self.edition, heads) for _, heads, nxt in self.groups)

    def _box_gives_way(self, u: TextUnit) -> bool:
        """On a page without blank lines, a marked 小标题 (■…) met inside a box's text: a box has no
        sections, a feature has. The box's text was its first paragraph (【温馨提示】 ⏎ …报警。); the
        paragraphs after it open a story of its own (its headline printed elsewhere on the page), which
        keeps the 小标题 and the paragraph under it."""
        current = self.current
        if not self.raw_style or current is None or current.kind != "box" or current.closed or len(self.pending) != 1 \
                or not SECTION_MARK.match(self.pending[0].text):
            return False
        body = [k for k, p in enumerate(current.parts) if p.role == "body"]
        if len(body) < 2:
            return False
        moved, current.parts = current.parts[body[1]:], current.parts[:body[1]]
        current.closed = True
        story = self.open_story("unknown")
        story.parts.extend(moved)
        story.subheads.append(self.pending[0])
        self.pending.clear()
        self.pending_from.clear()
        story.parts.append(self.part("body", u.spans))
        return True

    def _note_gives_way(self, u: TextUnit) -> bool:
        """A box (【编者按】 …) set right under a story's headline and byline, before any of its text: the box's
        text is its first paragraph; the paragraph after a blank line (记者：… ⏎ 某某：…) is the waiting
        story's text, which the note only introduced (a byline with no text is no story yet)."""
        current = self.current
        if self.raw_style or not u.gap_before or self.pending or current is None or current.kind != "box" \
                or current.closed or len(self.stories) < 2:
            return False
        body = [p for p in current.parts if p.role == "body"]
        waiting = self.stories[-2]
        if len(body) != 1 or not TERMINAL.search(body[0].text.strip()) or waiting.kind not in _MAIN_KINDS \
                or not any(p.role == "byline" for p in waiting.parts) or any(p.role == "body" for p in waiting.parts) \
                or current.first_line - waiting.last_line > 2:
            return False
        current.closed = True
        self.current = waiting
        waiting.parts.append(self.part("body", u.spans))
        return True

    def _note_under_title_gives_way(self, u: TextUnit) -> bool:
        """An editor's note (【编者按】 …) set between a title and the text under it (某某报告（摘要） ⏎⏎ 【编者按】
        ⏎ 近日，… ⏎⏎ text): a paragraph after a blank line that says what only a note says (本版今日刊发报告摘要，
        敬请关注: :data:`EDITOR_NOTE_OWN`) is more of the note; the first that does not (a story's lead, 本报讯,
        goes its own way before) ends it and opens the titled item, which takes the title the note was
        offered, a news story's as a document's, whatever the title echoes, and the note is linked to it
        (class: editor's note between a title and its text)."""
        current = self.current
        if self.raw_style or not u.gap_before or self.pending or current is None or not _is_editor_note(current) \
                or current.closed or current.heads_before:
            return False
        body = [p for p in current.parts if p.role == "body"]
        label = min(n for p in current.parts if p.role == "label" for n in p.lines)
        k = next((k for k in range(len(self.groups) - 1, -1, -1) if self.groups[k][2] is current), None)
        if not body or not TERMINAL.search(body[-1].text.strip()) or k is None \
                or not 0 < label - self.groups[k][1][-1].last_line <= NOTE_LEAD_GAP:
            return False
        if EDITOR_NOTE_OWN.search(fold(u.text)):
            current.parts.append(self.part("body", u.spans))  # 本版今日刊发报告摘要，敬请关注。: the note's own words
            return True
        before, heads, _ = self.groups[k]
        current.closed = True
        story = self.open_story("unknown")
        cut = _title_block_start(heads)
        story.heads_before.extend(heads[cut:])  # the title right over the note: the item's, echo or none
        if cut:
            self.groups[k] = (before, heads[:cut], story)
        else:
            del self.groups[k]
        story.heads_first, current.heads_first = current.heads_first, False
        story.parts.append(self.part("body", u.spans))
        current.link_to = story
        return True

    def _brief_text_starts(self, u: TextUnit) -> bool:
        """Under a ● item's headline, a line set apart from the paragraph after it (a column measured
        wider nearby makes it look short) that runs on mid-clause (…整合建档、产检、缴费 ⏎ 等环节，…) is
        the first line of the item's text, not a subheadline."""
        current = self.current
        if len(self.pending) != 1 or current is None or current.kind != "brief" or current.closed \
                or any(p.role == "body" for p in current.parts):
            return False
        head = self.pending[0]
        text = head.text.strip()
        if len(head.lines) != 1 or not _CLAUSE_MARK.search(text[:-1]) or TERMINAL.search(text) \
                or not _CLAUSE_MARK.search(u.text.strip()[:12]):
            return False
        self.pending.clear()
        self.pending_from.clear()
        current.parts.append(self.part("body", head.spans + u.spans))
        return True

    def _takes_numbered_headings(self, u: TextUnit) -> bool:
        """Two or three numbered headings stacked inside a document set in numbered headings (三、重点任务
        ⏎ （一）加快推进…) are its next section's headings, not a new story's headline stack: the
        document keeps them and the paragraph under them."""
        current = self.current
        if not 2 <= len(self.pending) <= 3 or current is None or current.closed or current.kind in ("caption", "teaser") \
                or not (any(_NUMBERED.match(h.text) for h in current.subheads) or self._first_numbered_headings()) \
                or not all(_NUMBERED.match(fold(h.text.strip())) and len(h.lines) == 1 for h in self.pending):
            return False
        current.subheads.extend(self.pending)
        self.pending.clear()
        self.pending_from.clear()
        current.parts.append(self.part("body", u.spans))
        return True

    def _first_numbered_headings(self) -> bool:
        """Do the waiting headings open a numbering (一、总体要求 ⏎ （一）指导思想) right under the opening
        paragraph of a story set with blank lines, that paragraph ending on a sentence? A new story's
        headline stack never opens on the first item of a numbered list."""
        body = [p for p in self.current.parts if p.role == "body"]
        return not self.raw_style and bool(body) and bool(TERMINAL.search(body[-1].text.strip())) \
            and bool(_FIRST_ITEM.match(fold(self.pending[0].text.strip())))

    def _jump_target(self) -> _Story | None:
        """The story a jump line (（下转N版）) continues: the current one, or, right after a table box printed
        in a story's text, that story (the table holds only its title, unit line and rows)."""
        box, host = self.table or (None, None)
        if box is not None and host is not None and box is self.current and not host.closed:
            self.table, self.current = None, host
            return host
        return self.current

    def cont(self, u: TextUnit) -> None:
        """A continuation mark: （下转N版） closes the current story; （上接N版） waits for the next one."""
        m = CONT_MARK.search(_raw(self.edition, u.spans))
        direction, page = read_cont_mark(m) if m else (None, None)
        if direction == "上":
            self.upcoming_from = page
            target = None
        else:
            target = self._jump_target()
            self.flush_pending(None)
        if target is not None:
            target.parts.append(self.part("continuation", u.spans))
            target.continues_on = page
            target.closed = True
        elif m and direction != "上":
            s = self.open_story("unknown")
            s.parts.append(self.part("continuation", u.spans))
            s.continues_on = page
            s.closed = True
            s.notes.append("a continuation mark with no story before it")
        else:  # （上接N版）: the mark opens the story it continues, which takes the page from open_story;
            heads = [h for h in self.pending if not h.gap_before] if self.pending else []
            if not heads and not self.raw_style:
                heads = self._block_above(u)  # 某某… ⏎⏎ （上接1版）他指出…: a headline block over the mark
            if heads and heads == self.pending[-len(heads):]:  # lines right above the mark: its jump headline
                del self.pending[-len(heads):]
            self.flush_pending(None)
            s = self.open_story("unknown")
            s.heads_before.extend(heads)
            s.parts.append(self.part("continuation", u.spans))

    def _block_above(self, u: TextUnit) -> list[TextUnit]:
        """The pending headline block standing right above ``u``, one blank line between (a page
        with blank lines sets a headline apart from its text): [] when none ends there."""
        if not self.pending or self.pending[-1].last_line < u.first_line - 2:
            return []
        k = len(self.pending) - 1
        while k > 0 and not self.pending[k].gap_before:
            k -= 1
        return self.pending[k:]

    def byline(self, u: TextUnit) -> None:
        """A byline line (□本报记者 …) opens a story: this paper's news, a commentary, or an agency's."""
        if self._byline_goes_on(u) or self._signs_off_commentary(u):
            return
        own = self._heads_on_top(u)
        story = self.open_story("news")
        self.flush_pending(story)
        story.heads_before.extend(own)
        story.parts.append(self.part("byline", u.spans))
        m = u.match
        if m is not None and "pen" in m.re.groupindex:  # □禾 言: a commentary signed with a pen name, no house
            story.byline, story.source, story.kind = [re.sub(r"\s", "", m.group("pen"))], None, "commentary"
            return
        org = (m.group("org") if m else None) or ""
        story.byline = parse_names(_raw(self.edition, u.spans))
        story.source = org or THIS_PAPER
        story.kind = "wire" if org in AGENCIES else (role_story_kind(m.group("role")) if m else "news")

    def _signs_off_commentary(self, u: TextUnit) -> bool:
        """A commentary's signature set right under its last sentence (…让群众满意。 ⏎ □本报评论员, or a pen
        name □禾 言), no blank line between, on a page with blank lines: it closes that text, opens no item
        (class: a commentary signed at its foot)."""
        current, m = self.current, u.match
        pen = m is not None and "pen" in m.re.groupindex
        signs = pen or (m is not None and "role" in m.re.groupindex and role_story_kind(m.group("role") or "") == "commentary")
        body = [p for p in current.parts if p.role == "body"] if current is not None else []
        if not signs or self.raw_style or u.gap_before or self.pending or current is None or current.closed or not body \
                or current.kind not in ("news", "commentary", "unknown") or current.parts[-1].role != "body" \
                or current.parts[-1].lines[-1] != u.first_line - 1 or not TERMINAL.search(body[-1].text.rstrip()):
            return False
        current.parts.append(self.part("byline", u.spans))
        current.kind = "commentary"
        current.byline, current.source = ([re.sub(r"\s", "", m.group("pen"))], None) if pen else ([], THIS_PAPER)
        current.closed = True
        return True

    def _byline_goes_on(self, u: TextUnit) -> bool:
        """A byline block of two lines (□融媒体记者 苏 晴 ⏎ 通讯员 骆 凡): the second line, right under a
        story that holds nothing but the first, names more of its writers; it opens no story of its own."""
        current = self.current
        if current is None or current.closed or self.pending or u.gap_before or not current.parts \
                or any(p.role != "byline" for p in current.parts) or current.parts[-1].lines[-1] != u.first_line - 1:
            return False
        current.parts.append(self.part("byline", u.spans))
        current.byline = current.byline + [n for n in parse_names(_raw(self.edition, u.spans)) if n not in current.byline]
        return True

    def _heads_on_top(self, u: TextUnit) -> list[TextUnit]:
        """On a page with blank lines, the headline lines set right on top of a byline (no blank line
        between: 让数字红利… ⏎ 本报评论员) are that story's, whatever they echo: taken from pending."""
        if self.raw_style or u.gap_before or not self.pending:
            return []
        own: list[TextUnit] = []
        while self.pending and self.pending[-1].last_line == (own[0] if own else u).first_line - 1:
            own.insert(0, self.pending.pop())
            if own[0].gap_before:  # the top of the block
                break
        if not self.pending:
            self.pending_from.clear()
        return own

    def furniture(self, u: TextUnit) -> None:
        """Page furniture (masthead, date line, page number, credits, an advertisement) is an item of
        its own; the story around it, if any, goes on after it."""
        box = self.current
        if u.furniture == "weather_box" and box is not None and box.kind == "box" and not box.closed \
                and not self.pending and not box.heads_before and box.parts and all(p.role == "label" for p in box.parts) \
                and box.parts[-1].lines[-1] == u.first_line - 1:  # 【天气预报】 ⏎ 今天 多云 气温…: the label's box
            box.parts.extend(_part(self.edition, "body", [sp for sp in u.spans if sp.line == n],
                                   " ".join(self.edition.lines[n - 1].split())) for n in u.lines)  # words kept apart
            box.closed = True
            return
        if u.furniture == "ad" and box is not None and box.kind == "box" and not box.closed and not self.pending \
                and not box.heads_before and len(box.parts) == 1 and box.parts[0].role == "label" \
                and _AD_LABEL.match(nonspace(box.parts[0].text)) and box.parts[0].lines[-1] == u.first_line - 1:
            # 【广告】 ⏎ the advertisement: the label is the advertisement's mark, one item of furniture with it
            box.kind, box.furniture, box.closed = "furniture", u.furniture, True
            box.parts = [_part(self.edition, "furniture", list(box.parts[0].spans)), self.part("furniture", u.spans)]
            return
        last = self.stories[-1] if self.stories and not self.pending else None
        s = last if self._masthead_goes_on(last, u) else _Story(kind="furniture", closed=True, furniture=u.furniture)
        if u.furniture == "weather_box":  # its lines are read, each on its own (气温8℃～13℃ is a claim)
            s.parts.extend(self.part("body", [sp for sp in u.spans if sp.line == n]) for n in u.lines)
        elif u.furniture == "masthead" and any(PRICE_LINE.match(fold(self.edition.lines[n - 1].strip())) for n in u.lines):
            for n in u.lines:  # the cover price (零售价1.00元) is read: a money amount; the other lines are not
                price = PRICE_LINE.match(fold(self.edition.lines[n - 1].strip()))
                s.parts.append(self.part("body" if price else "furniture", [sp for sp in u.spans if sp.line == n]))
        else:
            s.parts.append(self.part("furniture", u.spans))
        if s is not last:
            self.stories.append(s)

    def _masthead_goes_on(self, last: _Story | None, u: TextUnit) -> bool:
        """Is masthead unit ``u`` more of the masthead item ``last`` ends the page with, only blank lines between
        (潛川日報 ⏎⏎ QIANCHUAN DAILY ⏎⏎ 中共某某市委机关报)? The name, its Latin name and its organ line set
        apart by blank lines are one masthead (class: masthead set in blocks)."""
        if last is None or u.furniture != "masthead" or last.kind != "furniture" or last.furniture != "masthead":
            return False
        end = max(sp.line for p in last.parts for sp in p.spans)
        gap = self.edition.lines[end:u.first_line - 1]
        return bool(gap) and not any(t.strip() for t in gap)

    def notice(self, u: TextUnit) -> None:
        """A notice's title (公 告, 送达公告) opens a notice: its own headline, its own body. A short
        line right above the first title that names notices (公告栏) is the column's heading: every
        notice of the run has it as its kicker (as a briefs column's heading, :meth:`_brief`)."""
        heading = self.pending[-1] if self.pending and not u.gap_before else None
        if heading is not None and (heading.last_line != u.first_line - 1 or len(nonspace(heading.text)) >
                                    BRIEF_HEADING_MAX or not re.search(NOTICE_TITLE, fold(heading.text))):
            heading = None
        if heading is not None:
            self.pending.pop()
            if not self.pending:
                self.pending_from.clear()
        elif self._column_title_over(u):
            heading = self.stories.pop().heads_before[0]  # 法院公告 ⏎ 某某区人民法院公告: the column's name, no notice
            self.current = self.stories[-1] if self.stories else None
        column = self.current.kicker if self.current is not None and self.current.kind == "notice" else ""
        u = self._issuer_over_title(u)
        issuer = self._issuer_line(u)
        story = self.open_story("notice")
        self.flush_pending(None)
        if heading is not None:
            story.heads_before.append(heading)
            column = _headline_text(self.edition, heading)
        story.kicker = column
        if issuer is None and heading is None and self._column_name_over_addressee(u):
            story.kicker = _headline_text(self.edition, u)  # 法院公告 ⏎ 某某：本院受理…: the column's name, no title
            story.parts.append(self.part("kicker", u.spans))
            return
        story.heads_before.extend([issuer, u] if issuer is not None else [u])

    def _column_name_over_addressee(self, u: TextUnit) -> bool:
        """Is ``u`` a column's generic name for its notices (法院公告: :data:`_COLUMN_NOTICE_TITLE`, no court
        named) right over a notice that opens on its addressee (某某：本院受理…)? Then the notice under it
        has no title of its own: the name is its kicker, never its headline (class: a section label over notices)."""
        if len(u.lines) != 1 or not _COLUMN_NOTICE_TITLE.match(nonspace(fold(u.text))) \
                or u.last_line >= len(self.edition.lines):
            return False
        return bool(_ADDRESSEE_OPENING.match(nonspace(fold(self.edition.lines[u.last_line]))))

    def _column_title_over(self, u: TextUnit) -> bool:
        """Is the notice just opened only a short bare title (法院公告, 公示公告: :data:`_BARE_NOTICE_TITLE`),
        right over ``u``, a longer title of the same form (某某区人民法院公告)? Then it is the notices
        column's name (class: a column title over its notices), every notice's kicker, not a notice of its own."""
        prev = self.current
        if u.gap_before or prev is None or not self.stories or prev is not self.stories[-1] or prev.kind != "notice" \
                or prev.parts or len(prev.heads_before) != 1 or prev.kicker:
            return False
        title, own = nonspace(fold(prev.heads_before[0].text)), nonspace(fold(u.text))
        return prev.heads_before[0].last_line == u.first_line - 1 and len(title) <= BRIEF_HEADING_MAX \
            and len(own) > len(title) and bool(_BARE_NOTICE_TITLE.match(title)) and bool(_NOTICE_END.search(own)) \
            and not own.startswith("关于")

    def _issuer_over_title(self, u: TextUnit) -> TextUnit:
        """The title's first line when the column wrapped it (关于申报某某项目建设 ⏎ 补贴的公告) joined in
        front: one title. (An issuer on its own line above it is its kicker, :meth:`_issuer_line`.)"""
        wrapped = self._pending_above(u)
        if wrapped is not None and nonspace(fold(wrapped.text)).startswith("关于") \
                and ABOUT_NOTICE.match(nonspace(fold(wrapped.text + u.text))):
            u = self._take_pending(u)
        elif wrapped is not None and _title_wrapped_before_type(wrapped.text, u.text):
            u = self._wrapped_before_type(u, wrapped)
        elif wrapped is not None and (self._under_closing_date(wrapped) or self._opens_under_furniture(wrapped)) \
                and _title_wrapped_after_date(wrapped.text, u.text):
            u = self._take_pending(u)
        return u

    def _under_closing_date(self, u: TextUnit) -> bool:
        """Is ``u`` right under a line that ends on a date (某县林业局 ⏎ 2024年3月4日): the notice above
        closed there, so ``u`` opens the next item, not a headline printed after a body."""
        first = u.first_line
        return not u.gap_before and first > 1 and bool(DATE_END.search(fold(self.edition.lines[first - 2].strip())))

    def _opens_under_furniture(self, u: TextUnit) -> bool:
        """Is ``u`` under page furniture only (no blank line), with nothing above that furniture but the page's top
        or another notice's closing date (7 ⏎ 2024年12月20日 星期五 ⏎ 公告·声明 ⏎ u; …2024年12月18日 ⏎ 本版广告由…
        统一代理 ⏎ u)? Then ``u`` opens the next item, as it does right under a closing date."""
        furniture = {n for s in self.stories if s.kind == "furniture" for p in s.parts for n in p.lines}
        n = u.first_line - 1
        if u.gap_before or n not in furniture:
            return False
        while n in furniture:
            n -= 1
        return n == 0 or bool(DATE_END.search(fold(self.edition.lines[n - 1].strip())))

    def _issuer_line(self, u: TextUnit) -> TextUnit | None:
        """The issuer's name waiting on its own line right above a notice's 关于… title (某市民政局 ⏎
        关于调整某某的通告), taken off the waiting lines: the title's kicker, the 关于 line its headline
        (an issuer opening the title's own line, 某市民政局关于…, is part of the headline). So is the name over
        a notice's title the column wrapped (某县林业局 ⏎ 集体林地经营权 ⏎ 流转公告, joined by
        :meth:`_wrapped_before_type`)."""
        issuer = self._pending_above(u)
        title = nonspace(fold(u.text))
        if issuer is None or not (ABOUT_NOTICE.match(title) or _BARE_NOTICE_TITLE.match(title)
                                  or (len(u.lines) > 1 and NOTICE_HEAD_LONG.match(title))) or not issuer_above(issuer):
            return None
        self.pending.pop()
        if not self.pending:
            self.pending_from.clear()
        return issuer

    def _wrapped_before_type(self, u: TextUnit, wrapped: TextUnit) -> TextUnit:
        """``u`` with the title line above it joined in front (:func:`_title_wrapped_before_type`) when
        that line opens the title: after a blank line, or under the title's issuer-and-关于 line (某县人民
        政府关于划定 ⏎ 某某森林防 ⏎ 火区的通告), taken too, or under the issuer's name on a line of its own (某县
        林业局 ⏎ 集体林地经营权 ⏎ 流转公告: the name stays a line apart, the title's kicker, :meth:`_issuer_line`),
        or as the page's first text line under its header (class: wrapped notice title opening a raw page;
        class: wrapped notice title under its issuer). A line right under an item's text with
        none of these is that item's headline printed after it (…左右。⏎ 某某过九成 ⏎ 遗失声明)."""
        above = self.pending[-2] if len(self.pending) >= 2 and not wrapped.gap_before else None
        opener = above is not None and above.last_line == wrapped.first_line - 1 and len(above.lines) == 1 \
            and bool(NOTICE_ABOUT.match(nonspace(fold(above.text + wrapped.text + u.text))))
        first = self.current is None and len(self.pending) == 1  # the page's first line of text, under its header
        issuer = above is not None and above.last_line == wrapped.first_line - 1 and len(above.lines) == 1 \
            and issuer_above(above) and not opener
        if not wrapped.gap_before and not opener and not first and not issuer and not self._cut_at_column(wrapped):
            return u
        u = self._take_pending(u)
        return self._take_pending(u) if opener else u

    def _cut_at_column(self, wrapped: TextUnit) -> bool:
        """Is ``wrapped``, the one waiting line right under the current story's text, as wide as that text's
        lines (no wider than the widest of its last few: a headline may be set wider; no narrower by more than
        :data:`COLUMN_CUT_MARGIN` em)? Then the column cut it, inside a word (某县2024年度示范村拟命 ⏎ 名名单公示):
        the notice's title begins there, not a headline printed after the text above (class: notice title
        wrapped mid-word under a text). The line must open like such a title, naming the year its list or
        scheme covers (某县2024年度…): a headline as wide as the column (全县春播面积比上年增加两万余亩) is a
        complete line of its own, printed after its text, over a short notice title (减资公告)."""
        current = self.current
        if current is None or len(self.pending) != 1 or not current.parts or current.parts[-1].role != "body" \
                or current.parts[-1].lines[-1] != wrapped.first_line - 1 or not _TITLE_YEAR.search(fold(wrapped.text)):
            return False
        body = sorted({sp.line for p in current.parts if p.role == "body" for sp in p.spans})[-COLUMN_LINES:]
        if len(body) < COLUMN_LINES:
            return False
        column = max(line_width(self.edition.lines[n - 1]) for n in body)
        return column - COLUMN_CUT_MARGIN <= line_width(wrapped.text) <= column

    def _pending_above(self, u: TextUnit) -> TextUnit | None:
        """The waiting headline line right above ``u`` (no blank line between), if it is one line."""
        above = self.pending[-1] if self.pending and not u.gap_before else None
        return above if above is not None and above.last_line == u.first_line - 1 and len(above.lines) == 1 else None

    def _take_pending(self, u: TextUnit) -> TextUnit:
        """``u`` with the waiting line above it joined in front."""
        above = self.pending.pop()
        if not self.pending:
            self.pending_from.clear()
        return TextUnit(u.kind, list(above.spans) + list(u.spans), text=above.text + u.text)

    def _pointer_under_gap(self, u: TextUnit) -> bool:
        """A bare pointer (详见4版) set one blank line under a lone headline, one line or wrapped over two in a
        narrow teaser column (政府工作报告全文 ⏎⏎ 详见4版; 某某攻关38项关键 ⏎ 技术 ⏎⏎ 详见3版), points that
        headline to its page: a pointer alone is no story's text, so it is the teaser's."""
        if not u.gap_before or not self.pending or not SEE_PAGE_ALONE.match(nonspace(u.text)):
            return False
        head = self.pending[-1]
        return len(head.lines) <= 2 and u.first_line - head.last_line == 2 \
            and not TERMINAL.search(head.text) and not _CLAUSE_MARK.search(head.text)

    def label(self, u: TextUnit) -> None:
        """A box label (【核心提示】) opens a box."""
        story = self.open_story("box")
        # on a page without blank lines, headlines follow their bodies: the lines above a label are the story's before it
        self.flush_pending(None if self.raw_style else story)
        story.parts.append(self.part("label", u.spans))

    def credit(self, u: TextUnit) -> None:
        """A photo credit closes the caption above it (or stands as a caption of its own)."""
        current = self.current
        target = current if current is not None and current.kind == "caption" else None
        chart = self._chart_block_in_text(u) if target is None else []
        caption = self._caption_line_in_text(u) if target is None and not chart else []
        self.flush_pending(None)
        if target is None:
            target = self.open_story("caption")
            for n in sorted({sp.line for sp in chart}):  # a chart's rows as printed, cells set apart
                target.parts.append(_part(self.edition, "body", [sp for sp in chart if sp.line == n],
                                          " ".join(self.edition.lines[n - 1].split())))
            if caption:
                target.parts.append(self.part("body", caption))
            elif not chart:
                target.notes.append("a photo credit with no caption text")
        target.parts.append(self.part("credit", u.spans))
        m = u.match
        found = m.groupdict() if m else {}
        names = found.get("names") or found.get("names2") or found.get("names3") or ""
        target.byline = parse_names(names)
        agency = found.get("agency")
        org = re.match(ORG, CREDIT_WORD_FIRST.sub("", re.sub(r"\s", "", u.text)))  # 新华 ⏎ 社记者 …, 制图：本报记者 …
        target.source = agency or (org.group(0) if org else None) or _paper_named(u.text) or _staff_credit(u.text) \
            or target.source
        target.closed = True

    def _chart_block_in_text(self, u: TextUnit) -> list[Span]:
        """On a page with blank lines, a chart's block set apart under a running story's text and closed by its
        credit (前三季度某市主要指标增速（%） ⏎ 地区生产总值 9.1 ⏎ … ⏎ 制图：本报记者 某某): its title, unit line and
        label-figure rows, read onto the story's text, are the chart's caption; they are taken off the story
        and returned (class: chart caption under a story). The block runs from the blank line above the
        credit, holds two or more rows and at most :data:`CHART_HEAD_LINES` other lines, no sentence's end."""
        current = self.current
        if self.raw_style or self.pending or current is None or current.closed or current.kind not in _MAIN_KINDS \
                or not current.parts or current.parts[-1].role != "body" or current.parts[-1].lines[-1] != u.first_line - 1:
            return []
        start = u.first_line - 1
        while start > 1 and self.edition.lines[start - 2].strip():
            start -= 1
        texts = [self.edition.lines[n - 1].strip() for n in range(start, u.first_line)]
        rows = sum(1 for t in texts if _table_row(t) or _figure_row(t))
        body = [sp.line for p in current.parts if p.role == "body" for sp in p.spans]
        if rows < 2 or len(texts) - rows > CHART_HEAD_LINES or any(TERMINAL.search(t) for t in texts) or min(body) >= start:
            return []
        taken = [sp for p in current.parts if p.role == "body" for sp in p.spans if sp.line >= start]
        kept = [p for p in current.parts if p.role != "body" or all(sp.line < start for sp in p.spans)]
        if len(kept) + len({id(p) for p in current.parts if p.role == "body" and any(sp.line >= start for sp in p.spans)}) \
                != len(current.parts) or any(p.role != "body" for p in current.parts if any(sp.line >= start for sp in p.spans)):
            return []  # a part running across the blank line: not a block of its own
        current.parts = kept
        return taken

    def _caption_line_in_text(self, u: TextUnit) -> list[Span]:
        """On a page without blank lines, the last line of a running story's text right above a photo credit
        (…实现全覆盖。 ⏎ 6月8日，考生走出某某考点。 ⏎ 本报记者 某某 摄), when that line is one whole sentence
        opening on its day, under a line that closed a sentence, and falls short of the column: the photo's
        caption, read into the text above it; it is taken off the story and returned (class: caption merged
        into the story before it). Nothing is taken from a story of fewer than :data:`COLUMN_LINES` lines."""
        current = self.current
        if not self.raw_style or self.pending or current is None or current.closed or current.kind not in _MAIN_KINDS \
                or not current.parts or current.parts[-1].role != "body" or current.parts[-1].lines[-1] != u.first_line - 1:
            return []
        part = current.parts[-1]
        lines = part.lines
        body = sorted({sp.line for p in current.parts if p.role == "body" for sp in p.spans})
        if len(lines) < 2 or len(body) < COLUMN_LINES + 1:
            return []
        last, above = (self.edition.lines[n - 1].strip() for n in (lines[-1], lines[-2]))
        if not (TERMINAL.search(last) and TERMINAL.search(above) and _NEWS_OPENING.match(fold(last))) \
                or len(re.findall(r"[。！？!?]", last)) != 1 \
                or line_width(last) > _column_width(self.edition, body[-COLUMN_LINES - 1:-1]) - COLUMN_CUT_MARGIN:
            return []
        caption = [sp for sp in part.spans if sp.line == lines[-1]]
        current.parts[-1] = _part(self.edition, "body", [sp for sp in part.spans if sp.line != lines[-1]])
        return caption

    def teaser_ref(self, u: TextUnit) -> None:
        """A teaser (2版刊登…) is a story of its own, with the headline line right above it, if any; a
        pointer that opens its line (▶2版 某某进度过半) takes the headline after it on that line instead."""
        adjacent = self.pending and not u.gap_before and u.first_line - 1 <= self.pending[-1].last_line <= u.first_line \
            and not self._pointer_first(u)
        own = [self.pending.pop()] if adjacent or self._pointer_under_gap(u) else []
        if own and self.pending and _teaser_head_wraps(self.pending[-1], own[0], u):
            upper = self.pending.pop()
            own = [TextUnit("head", upper.spans + own[0].spans, text=upper.text + own[0].text)]
        own = self._commentary_label_over(own)
        self.flush_pending(None)
        story = self.open_story("teaser")
        marked = (SECTION_MARK.match(own[0].text) or BULLET.match(own[0].text)) if own else None
        if marked:  # ■某某主塔封顶 ⏎ 详见3版, ●某某开幕 详见3版: the stack's mark is a label, not the headline's words
            label, rest = carve(self.edition, own[0].spans, [marked.end()])
            story.parts.append(self.part("label", label))
            own = [TextUnit("head", rest, text=spans_text(self.edition, rest))]
        story.teaser_heads = own
        mark = _POINTER_BULLET.match(_raw(self.edition, u.spans))
        label, ref = carve(self.edition, u.spans, [mark.end()]) if mark else ([], u.spans)
        if label:  # ◆02版 …, >>> 2版: the list's mark is a label; the pointer (02版) is the teaser's text
            story.parts.append(self.part("label", label))
        story.parts.append(self.part("teaser_ref", ref))
        ref = re.search(r"(\d{1,2})(?:\s*[、，,和及至—\-－]\s*\d{1,2}){0,3}\s*版", u.text)  # 详见2、3版: the first page
        story.continues_on = int(ref.group(1)) if ref else None
        story.closed = True


    def _commentary_label_over(self, own: list[TextUnit]) -> list[TextUnit]:
        """A teaser's headline with a commentary's label on the line right above it (本报评论员文章 ⏎ 某某
        ⏎ 详见2版), waiting or read in one unit with it: the label is a unit of its own, first, the
        teaser's kicker (class: commentary label over a teaser's headline)."""
        if not own:
            return own
        head = own[0]
        first = [sp for sp in head.spans if sp.line == head.first_line]
        if len(head.lines) >= 2 and COMMENTARY_COLUMN.match(nonspace(spans_text(self.edition, first))):
            rest = [sp for sp in head.spans if sp.line != head.first_line]
            return [TextUnit("head", first, text=spans_text(self.edition, first)),
                    TextUnit("head", rest, text=spans_text(self.edition, rest))] + own[1:]
        above = self.pending[-1] if self.pending else None
        if above is not None and len(above.lines) == 1 and above.last_line == head.first_line - 1 \
                and not head.gap_before and COMMENTARY_COLUMN.match(nonspace(above.text)):
            return [self.pending.pop()] + own
        return own

    def _pointer_first(self, u: TextUnit) -> bool:
        """Is ``u`` a page pointer with words after it on its own line (▶2版 某某进度过半)?"""
        end = u.spans[-1]
        return len(u.lines) == 1 and bool(self.edition.lines[end.line - 1][end.end:].strip())

    def _pointer_first_wraps(self, u: TextUnit) -> bool:
        """The second line of a headline printed after its pointer (3版 某某长势良好预计 ⏎ 增产一成左右),
        right under it, no blank line between: one headline, the wrap joined to the pointer line's words."""
        current = self.current
        if current is None or current.kind != "teaser" or len(current.teaser_heads) != 1 or self.pending \
                or len(u.lines) != 1 or u.gap_before or not current.parts or current.parts[-1].role != "teaser_ref":
            return False
        above, ref = current.teaser_heads[0], current.parts[-1].spans[-1]
        if above.lines != [ref.line] or above.spans[0].start < ref.end or u.first_line != above.last_line + 1 \
                or self.edition.lines[u.first_line - 1][u.spans[-1].end:].strip() \
                or TERMINAL.search(above.text.rstrip()) or _CLAUSE_MARK.search(u.text) \
                or len(nonspace(above.text + u.text)) > POINTER_HEAD_MAX:
            return False
        spans = above.spans + u.spans
        current.teaser_heads = [TextUnit("head", spans, text=spans_text(self.edition, spans))]
        return True

    def _pointer_first_head(self, u: TextUnit) -> bool:
        """The headline printed after its teaser's pointer on the pointer's line (▶2版 某某进度过半), or on the line
        right under a pointer set alone with no title above it (…共计 ⏎⏎ 详见4版 ⏎ 审计整改清单 ⏎⏎ 1846万元。: class,
        a pointer over its title inside another item's text)."""
        current = self.current
        if self._pointer_first_wraps(u):
            return True
        if current is None or current.kind != "teaser" or current.teaser_heads or self.pending or len(u.lines) != 1 \
                or not current.parts or current.parts[-1].role != "teaser_ref":
            return False
        ref = current.parts[-1].spans[-1]
        under = ref.line == u.first_line - 1 and not u.gap_before and len(current.parts) == 1 \
            and bool(SEE_PAGE_ALONE.match(nonspace(self.edition.lines[ref.line - 1])))
        if not under and (ref.line != u.first_line or u.spans[0].start < ref.end):
            return False
        current.teaser_heads = [u]  # (or the line under a pointer alone that heads nothing: 详见4版 ⏎ 某某清单)
        return True


AMOUNT = re.compile(r"[0-9０-９][0-9０-９.．]*\s*(?:[%％‰]|(?![年月日号版期届次时点])[\u4e00-\u9fff])")
"""A number with its unit or scale (3268.5亿元, 5.6%, 33.6万人), not a date, a time or an ordinal."""
FACT_LINES_MAX = 4
FACT_LINE_MAX = 24
"""A figure fact in a box is a few short lines (a label, the amount, its change)."""
FACT_HEAD_ECHO = 0.3
"""A figure line right over a lead sharing at least this share of its character pairs is the lead's headline."""
AS_OF_LINE = re.compile(r"^(?:截至|截止|截止到|到)?(?:[0-9０-９]{2,4}年)?(?:[0-9０-９]{1,2}月)?(?:[0-9０-９]{1,2}日)?"
                        r"(?:[0-9０-９]{1,2}(?:时|点))?(?:末|底)?$")
"""A line alone that says when a box's figures stand (截至11日18时, 截至6月末, 2024年): the date of
the facts under it, printed over them, not the box's headline."""


def _as_of_line(text: str) -> bool:
    """Is ``text`` one line saying when a box's figures stand (:data:`AS_OF_LINE`), a date at all?"""
    t = nonspace(text)
    return "\n" not in text.strip() and bool(re.search(r"[年月日时点]", t)) and bool(AS_OF_LINE.match(t))


def _fact_block(text: str) -> bool:
    """Is ``text`` a figure fact: a few short lines, an amount among them, no clause mark?"""
    lines = [t.strip() for t in text.splitlines() if t.strip()] or [""]
    return bool(AMOUNT.search(text)) and not _CLAUSE_MARK.search(text) and len(lines) <= FACT_LINES_MAX \
        and all(len(nonspace(t)) <= FACT_LINE_MAX for t in lines) and not BULLET.match(text)


def _fact_label(text: str) -> bool:
    """Is ``text`` one short line naming a figure with no amount of its own (自驾游客占比, 单日客流峰值（10月3日））?"""
    t = text.strip()
    return "\n" not in t and 0 < len(nonspace(t)) <= FACT_LINE_MAX and not AMOUNT.search(t) \
        and not _CLAUSE_MARK.search(t) and not BULLET.match(t)


CIRCLED_NUMBER = r"[\u2460-\u2473]"
"""A circled figure, ① to ⑳: an item's or a photo's number."""
ITEM_NUMBER = re.compile(r"^\s*(?:(?P<n>[0-9０-９]{1,2})[.．](?:(?=(?P<digit>[0-9０-９])))?|(?P<circled>"
                         + CIRCLED_NUMBER + r"))\s*")
"""The number before a briefs column's item (１．某某全部办结, ①某某开通): a label, not part of its headline.
``digit`` is the digit right after the point, if any (１．５亿元 is a decimal, unless the run says item)."""


def _item_number(m: re.Match) -> int:
    """The number an :data:`ITEM_NUMBER` label gives (１． → 1, ② → 2)."""
    return ord(m.group("circled")) - 0x2460 + 1 if m.group("circled") else _number(m.group("n"))


CAPTION_NUMBER = re.compile(r"^\s*" + CIRCLED_NUMBER + r"\s*(?=\S)")
"""The circled figure before a numbered photo's caption (①6月13日，…): the photo's number, not its words."""
SECTION_MARK = re.compile(r"^\s*[■▲◆]\s*")
"""The mark before a feature's 小标题 (■茶园变景区): a label, not part of the heading's words."""


def _section_marks(edition: Edition, stories: list[_Story]) -> None:
    """A story's 小标题 printed after a mark (■…): the mark is a label part of its own, the heading
    its words alone (as a ● brief's headline is written without the ●)."""
    for s, k, u in [(s, k, u) for s in stories for k, u in enumerate(s.subheads)]:
        m = SECTION_MARK.match(_raw(edition, u.spans))
        if m is None or len(u.lines) != 1:
            continue
        mark, rest = carve(edition, u.spans, [m.end()])
        if mark and rest:
            s.parts.append(_part(edition, "label", mark))
            s.subheads[k] = TextUnit("head", rest, text=spans_text(edition, rest))


SECTION_ROWS_MIN = 3
"""A list's later section (a heading over its rows) runs at least this many rows."""


def _list_part(edition: Edition, spans: list[Span], least: int = LIST_ROWS_MIN + 1) -> bool:
    """Is a body part a list's rows (:func:`reads_as_list`, at least ``least``), one entry a line?"""
    lines = sorted({s.line for s in spans})
    return reads_as_list([spans_text(edition, [s for s in spans if s.line == ln]) for ln in lines], least=least)


TEASER_HEAD_LINES = 2
_CLAUSE_MARK = re.compile(r"[，,、；;：:。！？!?…]")
BULLET_LEAD_IN = 16
"""After a ● item's headline and a space, its text begins: a date or a clause mark within this many characters."""


def _paired_phrases(head: str, tail: str) -> bool:
    """Are the words either side of a headline line's space two matched phrases of one headline
    (高温天气持续 注意防暑降温): each at least :data:`DECK_MIN` characters, no figure nor clause mark,
    lengths within one or two characters? Then the second is no sentence's opening words."""
    a, b = nonspace(head), nonspace(tail)
    return min(len(a), len(b)) >= DECK_MIN and abs(len(a) - len(b)) <= 2 and not re.search(r"[0-9０-９]", a + b) \
        and not _CLAUSE_MARK.search(tail)


_BULLET_TEXT_OPENS = re.compile(r"^[\u4e00-\u9fff]{0,8}?(?:" + RECENT_DAY + "|" + RELATIVE_DAY + ")")
"""After a ● item's headline and a space, its text opening on who and when (某区近日…, 某县日前…, 某校昨日…): a
recent or relative day (``news_openings.csv``, ``relative_days.csv``) after at most a few words of subject."""
_MID_SENTENCE_LINE = re.compile(r"^\s*的")
"""A line that cannot open a sentence or a headline: it begins on the particle 的, so the line above runs on into it."""


def _bullet_gap(edition: Edition, rest: list[Span]) -> tuple[list[Span], list[Span]] | None:
    """A ● item's line that holds its headline, a space and its text's first words (``●某某开园 11月18``
    ⏎ ``日，…``): (headline spans, text spans), or None. The headline has no clause mark; what follows
    the space opens a sentence: a date (11月18日) or a clause within a few characters (近日，…)."""
    if not rest:
        return None
    first = rest[0]
    raw = first.text(edition)
    gaps = list(re.finditer(r"[ \u3000]+", raw.strip()))
    if not gaps:
        return None
    lo = len(raw) - len(raw.lstrip())
    cut = lo + gaps[-1].end()
    head, tail = raw[:cut].strip(), raw[cut:].strip()
    if not tail or _CLAUSE_MARK.search(head) or len(nonspace(head)) < DECK_MIN or TERMINAL.search(head):
        return None
    nxt_line = edition.lines[first.line] if first.line < len(edition.lines) else ""
    following = tail + (spans_text(edition, rest[1:]) if len(rest) > 1 else nxt_line.strip())
    if _BULLET_TEXT_OPENS.match(following) or (len(rest) == 1 and _MID_SENTENCE_LINE.match(nxt_line)):
        pass  # ●某县春耕备耕 某县日前调运 ⏎ 化肥…: the text's subject and when it happened; or a line under it mid-sentence
    elif _paired_phrases(head, tail) or not (_DATE_AT_START.match(following)
                                             or _CLAUSE_MARK.search(following[:BULLET_LEAD_IN])):
        return None
    head_spans = [Span(first.line, first.start, first.start + cut)]
    tail_spans = [Span(first.line, first.start + cut, first.end), *rest[1:]]
    return head_spans, tail_spans


def _table_row(line: str) -> bool:
    """A table's row: three or more cells set apart by spaces, one of them a figure; or a name and a
    bare figure (电子产品 １５．２, 钢材 -3.2) in a table whose unit is printed once above its rows."""
    cells = line.split()
    if len(cells) >= 3 and all(_BARE_FIGURE.match(c) for c in cells[1:]) and len(cells[0]) <= 2 * TABLE_CELL_MAX \
            and not re.search(r"\d", cells[0]) and not _CLAUSE_MARK.search(cells[0]):
        return True  # a row's label with its unit in brackets, then its figures: 常住人口城镇化率（%） 68.2 70.1 73
    if len(cells) == 2:  # a label may say which grade or cut in brackets at its end (猪肉（后腿） 13.50)
        label = _LABEL_QUALIFIER.sub("", cells[0])
        return not re.search(r"\d", cells[0]) and len(cells[0]) <= 2 * TABLE_CELL_MAX and bool(label) \
            and bool(_BARE_FIGURE.match(cells[1])) and not re.search(r"[，,、；;：:。！？（）()“”]", label + cells[1])
    return len(cells) >= 3 and all(len(c) <= TABLE_CELL_MAX for c in cells) \
        and any(re.search(r"\d", c) for c in cells[1:]) and not re.search(r"[，,、；;：:。！？（）()“”]", line)


def _rows(lines: list[str]) -> bool:
    """Is every line a table's row (:func:`_table_row`, a 其中： row read without its mark), or a row's label on
    a line of its own (地区生产总值（亿元）: one cell, no figure, no clause mark) over the row's figures alone
    (2436.2 3286.4), the column too narrow for both (class: row label wrapped over its figures)?"""
    k = 0
    while k < len(lines):
        if _table_row(_SUB_ROW.sub("", lines[k])):
            k += 1
        elif k + 1 < len(lines) and _row_label(lines[k]) and lines[k + 1].split() \
                and all(_BARE_FIGURE.match(c) for c in lines[k + 1].split()):
            k += 2
        else:
            return False
    return True


def _row_label(line: str) -> bool:
    """A table row's label alone on its line: one cell, no figure, no clause mark (常住人口城镇化率（%））."""
    cells = line.split()
    return len(cells) == 1 and len(cells[0]) <= 2 * TABLE_CELL_MAX and not re.search(r"\d", cells[0]) \
        and not _CLAUSE_MARK.search(cells[0])


CHART_HEAD_LINES = 2
"""A chart's block over its rows holds at most this many other lines: its title and its unit line (（单位：%）)."""


def _credited(line: str) -> bool:
    """Is ``line`` a credit or byline alone on its line (本报记者 某某 制图)?"""
    return any(pattern.match(line) for kind, pattern in LINE_MARKERS if kind in ("credit", "byline"))


_LABEL_QUALIFIER = re.compile(r"(?<=[\u4e00-\u9fff])[（(][\u4e00-\u9fff]{1,4}[）)]$")
"""A row label's qualifier in brackets at its end (猪肉（后腿）, 大米（标一）): which grade or cut the row prices."""


def _labelled_row(line: str, above: str) -> bool:
    """A notice's table row under its column names or under a row of it (户主 补贴面积 补贴金额 ⏎ 张永福 12.6
    1260): as many cells as the line above, a label first (no figure, no clause mark), bare figures after.
    A spaced headline with a figure (全市 新增 就业 1.2 万人, 张三 12) has other cells: no row."""
    cells = line.split()
    return len(cells) >= 2 and len(cells) == len(above.split()) and (_column_names(above) or _label_and_figures(above)) \
        and _label_and_figures(line)


def _label_and_figures(line: str) -> bool:
    """A row's label (no figure, no clause mark), then its bare figures: 张永福 12.6 1260, 合计 21.0 2100."""
    cells = line.split()
    return len(cells) >= 2 and len(cells[0]) <= 2 * TABLE_CELL_MAX and not re.search(r"\d", cells[0]) \
        and not _CLAUSE_MARK.search(cells[0]) and all(_BARE_FIGURE.match(c) for c in cells[1:])


_CHANGE_FIGURE_CELL = re.compile(r"^(?:" + CHANGE_VERB + r")[-－−+＋]?\d+(?:[.．]\d+)?[%％‰]?$")
"""A table cell that is a change and its figure (增长7.6%, 上涨0.3%, 下降1.2个百分点 aside)."""


def _fact_row(line: str) -> bool:
    """A box's fact set as two cells, a label and its figure, with its unit or as a change (社会消费品零售总额
    326.4亿元, 规上工业增加值 增长7.6%): a row of the box's text, kept as printed."""
    cells = line.split()
    return len(cells) == 2 and not re.search(r"\d", cells[0]) and len(cells[0]) <= 2 * TABLE_CELL_MAX \
        and not _CLAUSE_MARK.search(cells[0]) and bool(_FIGURE_CELL.match(cells[1]) or _CHANGE_FIGURE_CELL.match(cells[1]))


def _figure_row(line: str) -> bool:
    """A table's row of two cells, a name and a figure with its unit or a hedge (地区生产总值增长 6%左右,
    新增城镇就业 5万人以上): a row only where a table's title or row of column names stands above it."""
    cells = line.split()
    return len(cells) == 2 and not re.search(r"\d", cells[0]) and len(cells[0]) <= 2 * TABLE_CELL_MAX \
        and bool(_FIGURE_CELL.match(cells[1])) and not re.search(r"[，,、；;：:。！？（）()“”]", line)


_NEWS_OPENING = re.compile(r"^\s*(?:(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日|(?:" + RELATIVE_DAY + "|" + RECENT_DAY
                          + r")|(?:" + ROLE + r")[^，,。；;]{0,24}?(?:" + LEARNT + "))")
"""How a news item's text opens: its day (3月4日, 2024年3月4日), a relative or recent day (昨日, 近日), or
what the reporter learnt (记者从某局获悉)."""


_FIGURE_CELL = re.compile(r"^[-－−+＋]?\d+(?:[.．]\d+)?(?:[%％‰]|[\u4e00-\u9fff]{1,3})?(?:" + "|".join(HEDGES_AFTER) + r")?$")
"""A table cell that is a figure with its unit or a hedge after it (6%左右, 5万人以上, 300个)."""


def _cells_per_row(lines: list[str]) -> int:
    """A table printed one cell a line (产品名称 ⏎ 产量（万吨） ⏎ 比上年增长（%） ⏎ 粮食 ⏎ 38.4 ⏎ 2.1 ⏎ 油料 …):
    the number of columns when the lines before the first row's label make a row of column names and
    every run of that many lines after them is a row of cells (a name, then figures); else 0."""
    first = next((i for i, t in enumerate(lines) if re.search(r"\d", t)), 0) - 1
    if first < 3 or len(lines) < 3 * first or len(lines) % first:
        return 0
    rows = [" ".join(lines[k:k + first]) for k in range(first, len(lines), first)]
    ok = _table_header(" ".join(t.replace(" ", "") for t in lines[:first])) and len(rows) >= 2 \
        and all(_table_row(r) and len(r.split()) == first for r in rows)
    return first if ok else 0


_TABLE_TITLE = re.compile(r"^表\s*(?:[\d一二三四五六七八九十]+\s*|[:：]\s*)\S")
"""A table's title line: 表1 …, 表二 …, 表：…."""

_TABLE_INTRO = re.compile(r"(?:为|如下|如表|下表)$")
"""A table's title that introduces it as the sentence's end (其中主要产品产量分别为, 具体情况见下表): the
story's own words over its table, not a box's title."""

_CHART_TITLE = re.compile(r"^图\s*(?:[\d一二三四五六七八九十]+\s*|[:：]\s*)[^\d\s]")
"""A chart's title flattened into the text (图1 上半年主要指标增速, 图：某某增速), its bars' labels and values under it."""
TABLE_ROWS_LOOKAHEAD = 4
"""Lines read under a table's title and unit line for its first rows (a blank line or two may part them)."""
_UNIT_LINE = re.compile(r"^单位[:：]\s*\S{1,6}$|^[（(]\s*单位[:：]\s*[^\s（）()]{1,6}\s*[）)]$")
"""A table's unit printed once above its rows (单位：%, 单位：万吨), in brackets or not (（单位：元/斤））."""

_UNIT_NAMED = re.compile(r"\S[（(][^（）()]{1,6}[）)]$")
"""A row of column names whose last column gives the table's unit in brackets (蓄水量（万立方米）): it
stands for the unit line above the rows."""

_SUB_ROW = re.compile(r"^其中[:：]\s*")
"""What opens a table's row that breaks the row above down (其中：城镇职工 268.4): the row is read without it."""

_TITLE_YEAR = re.compile(r"\d{4}\s*年度")
"""The year a notice's list or scheme covers, early in its title (某县2024年度示范村拟命名名单公示)."""

COLUMN_LINES = 4
"""How many of a text's last lines tell its column's width."""
COLUMN_CUT_MARGIN = 1
"""A line the column cut is as wide as the column's lines, give or take this many em."""

_TABLE_NOTE = re.compile(r"^注[:：]")
"""A table's note under its rows (注：一年期存款基准利率为1.50%。): it ends the table, as a source line does."""

_LABEL_ROW = re.compile(r"^[^\s：:，,。；;]{2,8}[：:][^。！!？?；;]+$")
"""A list's entry under a notice's colon: a short label, a colon, what it names (东山镇：杨柳村、石门村); no sentence."""

_CONTACT_ROW = re.compile(r"^[\u4e00-\u9fff]{0,4}(?:" + CONTACT + r")[：:]")
"""A notice's contact line (联系电话：…, 地址：…, 联系人：…): with the contact lines under it, the notice's last."""

_NUMBERED_ROW = re.compile(r"^\d{1,3}\s+\S{2,30}(?:\s+\S{1,12})+$")
"""A table's row opening on its number in sequence (1 某某专业合作社 30)."""

_BARE_FIGURE = re.compile(r"^[-－−+＋]?\d+(?:[.．]\d+)?[%％]?$")
"""A table cell that is a figure alone, full-width or not (１５．２, －１．７, 3.8, 12%)."""


def _table_header(line: str) -> bool:
    """A table's row of column names: three or more short cells, no figure, no clause mark. A cell is
    a short name (单位, 产量) or a name with its unit in brackets (产量（万吨）, 比上年增长（%））."""
    cells = line.split()
    if len(cells) >= 3 and len(cells[0]) <= 4 and not re.search(r"\d", cells[0]) \
            and all(_YEAR_COLUMN.match(c) for c in cells[1:]):
        return True  # 指标 2020年 2022年 2025年目标: a name's column, then one column a year
    return len(cells) >= 3 and all(len(c) <= 4 or _UNIT_CELL.match(c) for c in cells) \
        and not re.search(r"\d", line) and not _CLAUSE_MARK.search(line)


def _column_names(line: str) -> bool:
    """A row of column names right under a table's unit line (项 目 参保人数 比上年末增减): two or more
    short cells, no figure, no clause mark. Looser than :func:`_table_header`: only asked where a unit
    line or a title says a table is printed."""
    cells = line.split()
    return len(cells) >= 2 and all(len(c) <= TABLE_CELL_MAX for c in cells) and not re.search(r"\d", line) \
        and not _CLAUSE_MARK.search(line)


_BRACKETED_CELL = re.compile(r"^[（(][^（）()]{1,4}[）)]$")
"""A cell giving a column's unit in brackets under its name (（平方米）, （万元））."""

def _units_row(line: str) -> bool:
    """A table's row of units under its column names: two or more cells, each a unit in brackets
    (（亩） （年） （万元））."""
    cells = line.split()
    return len(cells) >= 2 and all(_BRACKETED_CELL.match(c) for c in cells)


_YEAR_COLUMN = re.compile(r"^(?:19|20)\d{2}年[\u4e00-\u9fff]{0,4}$")
"""A column name that is a year, with what the column gives that year (2022年, 2025年目标)."""
_UNIT_CELL = re.compile(r"^[\u4e00-\u9fff]{1,8}[（(][^（）()]{1,4}[）)]$")
"""A column name with its unit in brackets: 产量（万吨）, 比上年末增长（%）."""


TABLE_CELL_MAX = 10
"""A table's cell holds at most this many characters (粳米, 5.90元/公斤, -1.4%)."""


def _signer_line(text: str) -> bool:
    """An institution's name alone on its line (…教育考试院, …人民政府办公厅): who signs a document."""
    return bool(ISSUER_LINE.match(text)) and not DATE_TAIL.search(text)


def _is_document(s: _Story) -> bool:
    """A document: printed under its title (关于…的通知) or set in numbered sections (一、…)."""
    return s.kind == "document" or any(_NUMBERED.match(u.text) for u in s.subheads) \
        or any(DOCUMENT_TITLE.search(fold(u.text)) for u in s.heads_before)


def _notice_titled(s: _Story, headline: str) -> bool:
    """An item under a title that ends on a notice's type (…报名的公告, …征集启事), with no source
    line and no byline: a notice, even when its text is set in numbered items (一、报名时间…)."""
    return bool(headline) and s.source is None and not s.byline and bool(_NOTICE_END.search(fold(headline)))


def _titled_document(s: _Story, headline: str) -> bool:
    """An item printed under a document's own title (…规划纲要（摘要）, 关于…的意见) with no source line
    and no byline: the document itself, not a report about it (which has its source)."""
    return bool(headline) and s.source is None and not s.byline and bool(DOCUMENT_TITLE.search(fold(headline)))


_HEADING_NUMBER = re.compile(r"^(?:(?P<plain>[一二三四五六七八九十]{1,3})、|[（(](?P<paren>[一二三四五六七八九十]{1,3})[）)])")


def _heading_number(text: str) -> tuple[str, int] | None:
    """A numbered heading's style (一、 or （一）) and number (（十二）… → ("paren", 12)), or None."""
    m = _HEADING_NUMBER.match(text.strip())
    if m is None:
        return None
    style = "plain" if m.group("plain") else "paren"
    digits = "一二三四五六七八九"
    word = m.group(style)
    tens, _, ones = word.rpartition("十")
    if "十" not in word:
        return (style, digits.index(word) + 1) if len(word) == 1 else None
    n = (digits.index(tens) + 1 if tens else 1) * 10 + (digits.index(ones) + 1 if ones else 0)
    return style, n


def _number(digits: str) -> int:
    """A number printed in half- or full-width digits (１２ → 12)."""
    return int(digits.translate(str.maketrans("０１２３４５６７８９", "0123456789")))


def _column_heading_unit(u: TextUnit) -> bool:
    """A briefs column's heading (乡镇传真, 法治动态): one short line of words, no mark, no figure."""
    t = nonspace(u.text)
    return len(u.lines) == 1 and 0 < len(t) <= BRIEF_HEADING_MAX and not re.search(r"[\d，,、；;：:。！？!?…()（）【】]", t)


TEASER_WRAP_MAX = 8
"""The most characters a teaser headline's last line, wrapped onto its pointer's line, holds."""

TEASER_WRAP_MIN = 10
"""The fewest characters of the line over it that ran to the column's edge before the wrap."""


def _teaser_head_wraps(upper: TextUnit, lower: TextUnit, ref: TextUnit) -> bool:
    """A teaser's headline wrapped by the column, its last words on the pointer's own line (某某片区首单
    “海外仓”出口 ⏎ 退税业务落地  详见7版): a long line, then a few words beside the pointer, one line under
    it, no clause mark in either. A kicker is set shorter than the headline under it, not longer."""
    a, b = nonspace(upper.text), nonspace(lower.text)
    return len(upper.lines) == len(lower.lines) == 1 and upper.last_line == lower.first_line - 1 \
        and lower.last_line == ref.first_line and not lower.gap_before \
        and len(b) <= TEASER_WRAP_MAX and len(a) >= TEASER_WRAP_MIN and not _CLAUSE_MARK.search(a + b) \
        and not BULLET.match(a) and not is_display(upper.text)


def _teaser_headline(u: TextUnit, nxt: TextUnit | None, raw: bool) -> bool:
    """A line or two right above a teaser's page reference (详见3版), ending no sentence, is that
    teaser's headline, even with a colon or comma in it (春耕备耕：全市落实…). A question on one line
    (养老金今年怎么调？) is a headline too: it ends no sentence of a text (class: question teaser headline),
    when set apart from the text above (a blank line over it, on a page that has blank lines) and with no
    comma (下一步，…？ is a text's last sentence asking on)."""
    question = len(u.lines) == 1 and bool(_QUESTION_HEAD.match(nonspace(u.text))) and (u.gap_before or raw)
    return (nxt is not None and nxt.kind == "teaser_ref" and not nxt.gap_before and len(u.lines) <= TEASER_HEAD_LINES
            and (question or not TERMINAL.search(u.text)) and not is_lead(u.text))


_QUESTION_HEAD = re.compile(r"^[^。！!；;？?，,]{4,30}[？?]$")
"""A headline asked as one question (企业退休人员养老金今年怎么调？): no sentence ends before its question mark."""


_POINTER_BULLET = re.compile(r"^\s*" + POINTER_LIST_MARK + r"\s*(?=第?\s*" + PAGE_NUMBER + r"\s*版)")
"""A list mark before a teaser's page (◆02版, >>> 2版): set like a bullet, not part of the pointer (an arrow, ▶2版, is)."""
SEE_PAGE_ALONE = re.compile(r"^" + POINTER_ARROWHEAD + r"?" + SEE_WORD + r"第?" + PAGE_NUMBERS + r"版[）)]?$")
"""A pointer that says 详见 and a page, on a line of its own with nothing else on it (详见4版, 请看第3版), its
spaces taken out (unlike reflow's :data:`~frontpage.parse.reflow.PAGE_ALONE`, a page with no words: 5版)."""

SIGNATURE_HEAD_UNITS = 2
"""Under a signature set above the headline, the headline is a line or two (a title, its deck)."""

WEATHER_LABEL_MAX = 6
"""A weather box's label (天气预报, 今日天气) is a word or two."""


def _weather_label(u: TextUnit, nxt: TextUnit | None) -> bool:
    """A short line with no figure and no clause mark right above a forecast (a day, then its sky and
    temperatures: 今天多云转晴，12℃～21℃) is the label of a weather box, as 【天气】 would be, not a headline."""
    text = nonspace(u.text)
    if nxt is None or nxt.gap_before or nxt.first_line != u.last_line + 1 or len(u.lines) != 1 \
            or len(text) > WEATHER_LABEL_MAX or _FIGURE.search(text) or _CLAUSE_MARK.search(text):
        return False
    if nxt.kind == "furniture" and nxt.furniture == "weather_box":
        return "天气" in text or "预报" in text  # 天气预报 ⏎ 今天 多云转晴 ⏎ 气温16℃～25℃ …: the forecast's short lines, the label over them
    return nxt.kind == "para" and bool(re.match(FORECAST_DAY, nxt.text.strip())) and bool(TEMPERATURE.search(nxt.text))


HEADLESS_LOOKBACK = 5
"""How many stories back a headline group may find its owner: a run of headlines extracted after the
bodies of up to five stories (``pdftotext -raw`` pages print four or five items a page), or a lead
whose headline comes after a wire item."""

_MAIN_KINDS = ("news", "wire", "commentary", "document", "brief", "unknown")
BRIEF_WRAP_MARGIN = 2
"""A ● headline's second line is at least this many em narrower than the text's line under it."""
BRIEF_WRAP_ECHO = 0.5
"""…and at least this share of its character pairs come back in the item's text (a headline restates its item)."""
HEAD_OVER_AD_ECHO = 0.4
"""A headline printed after its body right over an advertisement restates at least this share of its
character pairs in the story's text (a headline wire items print in traditional characters restates less)."""
HEAD_OVER_AD_MIN, HEAD_OVER_AD_MAX = 6, 32
"""Such a headline's length in characters."""
HEAD_OVER_AD_REST = 2
"""The advertisement under it keeps at least this many lines."""
HEAD_OVER_AD_STORIES = 4
"""The headless stories that may own it are among the last few items above it."""
AD_MARK_ALONE = re.compile(r"^(?:" + AD_MARK + r")$")
CLOSING_NOTE_MIN = 8
"""A closing note in brackets says something (全文刊载于…); a shorter bracket is a name or a credit."""


def _headless_before(stories: list[_Story], a: int | None, lookback: int = HEADLESS_LOOKBACK) -> list[int]:
    """Stories without a headline among the last ``lookback`` main stories up to ``a``, nearest first."""
    out: list[int] = []
    seen = 0
    k = a
    while k is not None and k >= 0 and seen < lookback:
        s = stories[k]
        if s.kind in _MAIN_KINDS and not (s.kind == "brief" and s.brief_head):  # a ● item is printed under its own headline
            seen += 1
            if not s.has_headline() and s.body_text():
                out.append(k)
        k -= 1
    return out


def _scores(edition: Edition, aff: _Affinity, heads: list[TextUnit], story: int | None, tau: float,
            bonus: float, after: bool = False) -> list[float]:
    """Each line's claim on ``story``: its echo less ``tau``; display type gets ``bonus``; a dash
    line (——…) goes where the line above it goes."""
    if story is None:
        return []
    display = [any(is_display(sp.text(edition)) for sp in h.spans) for h in heads]
    out = [aff.score(h.text, story) + (bonus if d else 0.0) - tau for h, d in zip(heads, display)]
    if after:  # a document's printed title (关于…的意见) is printed above the document
        out = [x + (1.0 if DOCUMENT_TITLE.search(fold(h.text)) else 0.0) for x, h in zip(out, heads)]
        out = _under_claimed_headline(out, [h.gap_before for h in heads])
    for k in range(1, len(out)):  # a dash line never leaves the line above: its echo counts for both
        if heads[k].text.startswith(("——", "—", "--")):
            out[k] = max(out[k], out[k - 1])
    for k in range(len(out) - 2, -1, -1):  # a kicker in slogan form (抢抓农时 不误春耕) goes with the line below
        if len(heads[k].spans) == 1 and is_slogan(heads[k].spans[0].text(edition).strip()):
            out[k] = max(out[k], out[k + 1])
    return out


def _under_claimed_headline(to_b: list[float], gaps: list[bool]) -> list[float]:
    """Claims on the story after, revised: a line set right under a line that story claims (no blank
    line between) stands between that headline and the story's text (一方古碑里的往事 ⏎ 碑文记下修堰始末 ⏎
    text), so it is that story's deck or first 小标题 however weakly it echoes: it counts as much as the
    line above it. (A line set off by a blank line is a block of its own: a teaser of a run.)"""
    out = list(to_b)
    for k in range(1, len(out)):
        if out[k - 1] > 0 and not gaps[k]:
            out[k] = max(out[k], out[k - 1])
    return out


def _split(heads: list[TextUnit], to_a: list[float], to_b: list[float], orphans: bool = True) -> tuple[int, int]:
    """(i, j): heads[:i] to the story before, heads[j:] to the story after, the rest unclaimed;
    the cut with the highest total claim, never under a dash line."""
    n = len(heads)
    cuttable = [k == 0 or k == n or not heads[k].text.startswith(("——", "—", "--")) for k in range(n + 1)]
    best = (0.0 if orphans else -1e9, 0, n if orphans else 0)
    head_sum = [0.0] * (n + 1)  # head_sum[i]: claim of the story before on heads[:i]
    tail_sum = [0.0] * (n + 1)  # tail_sum[j]: claim of the story after on heads[j:]
    for k in range(n):
        head_sum[k + 1] = head_sum[k] + (to_a[k] if to_a else 0.0)
    for k in range(n - 1, -1, -1):
        tail_sum[k] = tail_sum[k + 1] + (to_b[k] if to_b else 0.0)
    for i in range(0, n + 1 if to_a else 1):
        if not cuttable[i]:
            continue
        for j in range(max(i, 0 if to_b else n), (n if orphans else i) + 1):
            if not cuttable[j]:
                continue
            score = head_sum[i] + tail_sum[j]
            if score > best[0] + 1e-9:
                best = (score, i, j)
    return best[1], best[2]


DOUBT_KICKER = "kicker guessed: a line over the headline that echoes nothing in the story"
DOUBT_DISTANT = "headline guessed: taken from lines printed after another item"
DOUBT_SPLIT = "split uncertain: headline lines shared with a neighbouring story by their echo"
DOUBT_HEADLESS = "body with no headline"
DOUBT_WEAK = "headline guessed: a stack with a dash deck that echoes the story only weakly"
DOUBT_STACK = "kicker or headline guessed: two plain headline lines, nothing says which is the main one"
DOUBT_UNKNOWN = "no marker says what kind of item this is"
DOUBT_LONE = "headline guessed: the one headline right above the story's lead, echoing it only weakly"
DOUBT_ORPHAN = "a headline with no text and no page reference: a teaser, or a story printed elsewhere"
DOUBT_TAIL = "split guessed: the last paragraphs of a story echo the headline lines printed after it, not its own"
"""The doubts (:attr:`Article.doubt`): what the segmenter guessed about an item, in words."""

SPLIT_GROUP_NOTE = ("headline lines between two stories were shared out by their echo: some to the story "
                    "before, some to the story after")


JUMP_HEAD_LINES = 2
"""A continued story's jump headline is a line or two (the headline it had on the page it came from)."""


def _jump_headline(stories: list[_Story], a: int | None, before: int | None, heads: list[TextUnit]) -> bool:
    """Are headline lines right after a story continued from another page (（上接1版）…), with no headline
    of its own and nothing else claiming them, that story's jump headline? The words of a jump headline
    need not recur in the part of the text printed here, so no echo is asked for."""
    if a is None or a != before or stories[a].continued_from is None or stories[a].has_headline():
        return False
    return sum(len(h.lines) for h in heads) <= JUMP_HEAD_LINES and not any(_is_dash(h) for h in heads)


def _label_cut(heads: list[TextUnit], i: int, j: int, b_ok: bool) -> tuple[int, int]:
    """A commentary's label (短评) on a line of its own heads the stack of the text below it: it and
    the lines after it go to the story after, never to the story before nor to a teaser."""
    k = next((k for k, h in enumerate(heads) if len(h.lines) == 1 and COMMENTARY_ONLY.match(nonspace(h.text))), None)
    if k is None or not b_ok:
        return i, j
    return min(i, k), min(j, k)


def _lone_head_over_lead(story: _Story, head: TextUnit) -> bool:
    """Is ``head`` one headline block right above a headless story that opens with a source line
    (本报讯, a dateline) or a byline (本报评论员), as a front page prints them?"""
    return (story.kind in ("news", "wire", "commentary") and story.source is not None and not story.has_headline()
            and len(head.lines) <= 2 and not story.heads_before)


STACK_OVER_LEAD_LINES = 4
"""A headline stack (kicker, headline, subheadline) is at most this many lines."""


def _stack_over_lead(edition: Edition, story: _Story, heads: list[TextUnit]) -> bool:
    """On a page with blank lines, is ``heads`` one stack (no more than one blank line inside it) set
    one blank line above a headless story that opens with its source line (本报讯…) or, a line alone
    too, with a commentary's signature (□禾 言)? A front page
    prints a story's stack there: it is that story's when the story's text shares a word with it at all
    (a stack over an unrelated lead is a teaser's)."""
    lines = [n for u in heads for n in u.lines]
    signed = story.kind == "commentary" and bool(story.byline)  # □某 某 ⏎⏎ text: a signed commentary's headline
    return (_has_blank_lines(edition) and (2 if not signed else 1) <= len(lines) <= STACK_OVER_LEAD_LINES
            and (story.source is not None and story.kind in ("news", "wire") or signed)
            and not story.has_headline() and not story.heads_before
            and story.first_line - lines[-1] == 2 and all(b - a <= 2 for a, b in zip(lines, lines[1:]))
            and bool(set(_bigrams("".join(u.text for u in heads))) & set(_bigrams(story.body_text()))))


def _thresholds(stories: list[_Story], a: int | None, b: int | None, b_ok: bool) -> tuple[float, float]:
    """The echo a headline line needs to go to the story before (``a``) and to the story after
    (``b``). With one possible owner, a weaker echo suffices (nothing competes for the lines); a
    story after that has its headline already competes for a kicker at most, so the story before
    needs only the weaker echo too (a byline-first feature's stack printed after its body)."""
    if a is None or not b_ok:
        return AFFINITY_THRESHOLD / 2, AFFINITY_THRESHOLD / 2
    if stories[a].signed_off:  # its credit ended its text: the lines after it are its headline unless they echo b
        return AFFINITY_THRESHOLD / 2, AFFINITY_THRESHOLD
    if stories[b].has_headline():
        return AFFINITY_THRESHOLD / 2, AFFINITY_THRESHOLD
    return AFFINITY_THRESHOLD, AFFINITY_THRESHOLD


def _far_suffix(edition: Edition, aff: _Affinity, owners: list, cands: list[int], tau: float) -> list:
    """Lines given to the stories before, read the other way round: the nearer story's headline
    printed first, then the stack of a story further up the page (the lead's). When the last tiers
    echo an earlier headless story and the first ones the nearer story better than the allotment
    made (earlier stories first), the first lines go to the nearer story, the last to the earlier."""
    if len(owners) > 2 or any(o is None for o, _ in owners):
        return owners
    near, lines = owners[-1][0], [h for _, mine in owners for h in mine]
    if len(lines) < 2:
        return owners

    def claim(story: int, mine: list[TextUnit]) -> float:
        return sum(_scores(edition, aff, mine, story, tau, tau + 0.01)) if mine else 0.0

    made = sum(claim(o, mine) for o, mine in owners)
    for p in (c for c in cands if c < near):
        k, _ = _split(lines, _scores(edition, aff, lines, near, tau, tau + 0.01),
                      _scores(edition, aff, lines, p, tau, tau + 0.01), orphans=False)
        if 0 < k < len(lines) and claim(near, lines[:k]) + claim(p, lines[k:]) > made + 1e-9:
            return [(near, lines[:k]), (p, lines[k:])]
    return owners


def _earlier_owner(edition: Edition, aff: _Affinity, stories: list[_Story], cands: list[int], a: int | None,
                   orphans: list[TextUnit], tau: float) -> bool:
    """Headline lines that neither neighbour claims, printed after the next item's headline: the
    stack of a headless story further up (its body, then another item, then both headlines). The
    earlier headless story they echo most takes them all (True) when its claim on them is positive,
    if its text ended on a closing credit on a page without blank lines (:meth:`_StoryMachine._sign_off`):
    a story known to be over whose headline must come after it."""
    best, owner = 0.0, None
    for p in (c for c in cands if a is not None and c < a and stories[c].signed_off and not stories[c].has_headline()):
        claim = sum(_scores(edition, aff, orphans, p, tau, tau + 0.01))
        if claim > best + 1e-9:
            best, owner = claim, p
    if owner is None:
        return False
    stories[owner].heads_after.extend(orphans)
    stories[owner].doubts.append(DOUBT_DISTANT)
    return True


def _owner_past_photos(edition: Edition, aff: _Affinity, stories: list[_Story], after: tuple[int | None, set[int]],
                       orphans: list[TextUnit], tau: float) -> bool:
    """Headline lines that neither neighbour claims, set over photos: the story they head is printed
    after the photos' captions (a stack, two captions closed by their credits, then 本报讯…). The first
    story after the captions takes them (True) when it has no headline and its text echoes them.

    ``after`` is the index of the item right under the lines and the ids of the stories a headline group
    follows. A box between the photo and the story (a stack, a photo, 【链接】 …, then 本报讯…) is passed
    too, when no headline group follows that story's text: one that does has its own headline, and the
    lines title the photo (class: stack over a photo and a box, its story after them)."""
    b, tailed = after
    k = b
    while k is not None and k < len(stories) and (stories[k].kind == "box" or stories[k].kind == "caption" and stories[k].closed):
        k += 1
    boxed = k is not None and any(s.kind == "box" for s in stories[b:k])
    if k is None or k == b or k >= len(stories) or not _foot_owner(stories[k]) or (boxed and id(stories[k]) in tailed) \
            or sum(_scores(edition, aff, orphans, k, tau, tau + 0.01)) <= 1e-9:
        return False
    stories[k].heads_before[:0] = orphans
    stories[k].doubts.append(DOUBT_DISTANT)
    return True


FOOT_OWNER_KINDS = ("news", "wire", "unknown")
"""The headless stories that may own a stack printed at the page's foot: a lead opened by its source
line (本报讯…, 中新社…电) or a feature opened by its text (a byline or nothing above it)."""


def _at_foot(heads: list[TextUnit], j: int, after: _Story | None) -> bool:
    """Are the lines of a group before ``heads[j:]`` printed after every body of the page? Nothing
    follows them, or only notices: the lines after them are a notice's or a document's own title
    (某某关于…的通告, 停水启事), and a page prints its notices at the foot, under the stacks."""
    if j == len(heads):
        return after is None
    title = fold(nonspace("".join(h.text for h in heads[j:])))
    return bool(DOCUMENT_TITLE.search(title) or re.search(f"(?:{NOTICE_TITLE})$", title))


def _foot_candidates(stories: list[_Story], last: int | None, cands: list[int]) -> tuple[list[int], bool]:
    """The stories that may own a stack printed after every body, and whether the owner is far up: the
    headless ones near it (False), or, when none of those may (:func:`_foot_owner`), the one headless
    story further up with only headed items between it and the stack (True): a lead printed body-first
    whose kicker, headline and deck the page sets at its foot, after the complete items that follow
    the lead. A headless item between (another story still waiting for its stack) stops the search."""
    if any(_foot_owner(stories[c]) for c in cands):
        return cands, False
    far = _headless_before(stories, last, lookback=len(stories))[:1]
    return [c for c in far if _foot_owner(stories[c])], True


def _foot_owner(s: _Story) -> bool:
    """May story ``s`` own lines of a stack printed after every body? A news item opened by a source
    line, a wire, or a feature with no marker (its first paragraph, perhaps under a byline)."""
    return s.kind in FOOT_OWNER_KINDS and not s.has_headline() and bool(s.body_text()) \
        and (s.source is not None or s.kind != "wire")


def _stack_after_bodies(edition: Edition, aff: _Affinity, stories: list[_Story], cands: list[int],
                        orphans: list[TextUnit], tau: float, far: bool = False) -> bool:
    """Headline lines left over at the foot of the page, after every body (no story follows them but
    a notice under its own title): on a ``-raw`` page the stacks of the page's leads are printed there,
    in page order (the lead's kicker, headline and deck, then the next item's headline, then the next).
    The headless stories among the candidates (:func:`_foot_owner`) share the lines out, an earlier
    story earlier lines, each its run of lines (never cut under a dash deck) by their echo; nothing
    happens unless every run echoes its story (a positive claim; from an owner ``far`` up the page, past
    other items, a claim over the full :data:`AFFINITY_THRESHOLD`, not a few shared words). True when
    the lines were given out."""
    tau = max(tau, AFFINITY_THRESHOLD) if far else tau
    plan = _foot_plan(edition, aff, stories, sorted(c for c in cands if _foot_owner(stories[c])), orphans, tau)
    for owner, mine in plan or []:
        stories[owner].heads_after.extend(mine)
        stories[owner].doubts.append(DOUBT_DISTANT)
    return plan is not None


def _foot_plan(edition: Edition, aff: _Affinity, stories: list[_Story], owners: list[int],
               orphans: list[TextUnit], tau: float) -> list[tuple[int, list[TextUnit]]] | None:
    """The runs of ``orphans`` given to ``owners`` in page order with the highest total claim, every
    run claiming positively (or, a stack closed by a dash deck, its deck echoing the story); None when
    no such sharing exists."""
    n = len(orphans)
    scores = {p: _scores(edition, aff, orphans, p, tau, tau + 0.01) for p in owners}
    cuttable = [k == 0 or k == n or not _is_dash(orphans[k]) for k in range(n + 1)]
    best: dict[tuple[int, int], tuple[float, list]] = {}  # (lines done, owners used) -> (claim, plan)
    for k in range(1, n + 1):
        for x, p in enumerate(owners):
            for start in (i for i in range(k) if cuttable[i] and cuttable[k]):
                run = sum(scores[p][start:k])
                if run <= 1e-9 and not (_is_dash(orphans[k - 1]) and scores[p][k - 1] > 0):
                    continue  # a stack closed by its dash deck (——…见闻) is a story's own: the deck's echo suffices
                prev = (0.0, []) if start == 0 else max(
                    (best[(start, y)] for y in range(x) if (start, y) in best), key=lambda t: t[0], default=None)
                if prev is None:
                    continue
                cand = (prev[0] + run, prev[1] + [(p, orphans[start:k])])
                if cand[0] > best.get((k, x), (-1e9, None))[0] + 1e-9:
                    best[(k, x)] = cand
    done = [best[(n, x)] for x in range(len(owners)) if (n, x) in best and best[(n, x)][0] > 1e-9]
    return max(done, key=lambda t: t[0])[1] if done else None


def _owners_before(edition: Edition, aff: _Affinity, stories: list[_Story], cands: list[int], a: int | None,
                   heads: list[TextUnit], cut: tuple[int, int], tau: float) -> tuple[list, int]:
    """The stories before a headline group that take its first lines, each with its lines, and how many lines
    they take: ``heads[:i]`` given to ``a`` and shared out among the earlier headless stories
    (:func:`_earlier_take_first`, :func:`_far_suffix`), or, when that shares out better, all of ``heads[:j]``
    among them in any order (:func:`_stacks_in_any_order`)."""
    i, j = cut
    owners = _far_suffix(edition, aff, _earlier_take_first(edition, aff, [(a, heads[:i])], cands, tau), cands, tau)
    return _stacks_in_any_order(edition, aff, stories, cands, owners, heads[:j], tau)


STACK_ORDER_COST = 0.05
"""What a sharing of stacks loses for each stack printed before the stack of a story above it: stacks usually
follow their bodies' order, so of two sharings that claim about as much, the one in page order wins."""
STACKS_PLAN_LINES_MAX = 12
"""A run of stacks printed after the bodies of several stories is at most this many lines (four or five stacks)."""


def _stacks_in_any_order(edition: Edition, aff: _Affinity, stories: list[_Story], cands: list[int], owners: list,
                         lines: list[TextUnit], tau: float) -> tuple[list, int]:
    """Headline lines printed after the bodies of several headless stories (a ``-raw`` page extracts each
    column's text before the stacks set over it), given out again when a better sharing exists: each
    headless story among ``cands`` takes at most one run of the lines, in any order (the stacks need not
    follow the bodies' order: 12345热线… ⏎ ——… ⏎ 全线设站21座 ⏎ 地铁3号线… ⏎ 本周前暖后冷… after bodies printed
    metro, flowers, hotline, weather), a dash deck closing its run (the line after it opens the next stack),
    a line echoing no story riding with the run under it (a kicker over its headline). The new sharing
    (two runs or more, every run claiming its story) replaces ``owners`` and the lines left unclaimed
    only when its total claim beats theirs (class: several stacks after the bodies, shared by their echo).
    Only on a page without blank lines (a blank line sets a teaser apart from the stacks around it). Returns the owners and how many of ``lines`` they hold."""
    held = sum(len(mine) for _, mine in owners)
    pool = [c for c in cands if stories[c].kind in _MAIN_KINDS and not stories[c].has_headline()]
    n = len(lines)
    if len(pool) < 2 or n < 2 or n > STACKS_PLAN_LINES_MAX or _has_blank_lines(edition):
        return owners, held
    scores = {p: _scores(edition, aff, lines, p, tau, tau + 0.01) for p in pool}
    if any(o not in scores for o, mine in owners if mine):
        return owners, held
    made, at = 0.0, 0
    for o, mine in owners:  # the claim of the sharing made so far (owners hold lines[:held], in order)
        made += sum(scores[o][at:at + len(mine)]) if mine else 0.0  # an owner holding no line has no score
        at += len(mine)
    closes = [_is_dash(lines[k]) and k + 1 < n and not _is_dash(lines[k + 1]) for k in range(n)]
    cuttable = [k == 0 or k == n or not _is_dash(lines[k]) for k in range(n + 1)]
    full = (1 << len(pool)) - 1
    best: dict[tuple[int, int], tuple[float, list]] = {(0, 0): (0.0, [])}
    for start in range(n):
        if not cuttable[start]:
            continue
        for used in range(full + 1):
            prev = best.get((start, used))
            if prev is None:
                continue
            for end in range(start + 1, n + 1):
                if not cuttable[end]:
                    continue
                if any(closes[k] for k in range(start, end - 1)):
                    break  # a dash deck closes its stack: no run goes past it
                for x, p in enumerate(pool):
                    if used >> x & 1:
                        continue
                    run = sum(scores[p][start:end])
                    if run <= 1e-9 and not (_is_dash(lines[end - 1]) and scores[p][end - 1] > 0):
                        continue  # a stack closed by its dash deck is a story's own: the deck's echo suffices
                    late = bool(prev[1]) and p < prev[1][-1][0]
                    cand = (prev[0] + run - TIE_SHARE * start - (STACK_ORDER_COST if late else 0.0),
                            prev[1] + [(p, lines[start:end])])
                    key = (end, used | 1 << x)
                    if cand[0] > best.get(key, (-1e9, None))[0] + 1e-12:
                        best[key] = cand
    done = [v for (k, used), v in best.items() if k == n and bin(used).count("1") >= 2]
    if not done:
        return owners, held
    score, plan = max(done, key=lambda t: t[0])
    if score <= made + 1e-9:
        return owners, held
    for p, _ in plan:
        stories[p].doubts.append(DOUBT_DISTANT)
    return sorted(plan, key=lambda t: t[1][0].first_line), n


def _label_goes_down(heads: list[TextUnit], i: int, j: int) -> int:
    """A commentary column's label (法治时评) left unclaimed right above the lines the story after
    claims is that story's kicker: the label is printed over the commentary's headline."""
    if i < j < len(heads) and (COMMENTARY_COLUMN.match(nonspace(heads[j - 1].text)) or _series_tag(heads, i, j)):
        return j - 1
    return j


def _series_tag(heads: list[TextUnit], i: int, j: int) -> bool:
    """One short line alone left between the lines the story before claims and those the story after
    claims (…秋粮丰收在望 ⏎⏎ 城市更新进行时 ⏎⏎ 老旧小区“焕新颜”…): a series' tag printed over the next
    story's headline, its kicker; a teaser would point to its page, and this line points nowhere."""
    t = nonspace(heads[j - 1].text)
    return 0 < i and j - i == 1 and len(heads[j - 1].lines) == 1 and 0 < len(t) <= BRIEF_HEADING_MAX \
        and not re.search(r"[\d，,、；;：:。！？!?…()（）【】“”]", t)




def _groups_offered_past_notes(edition: Edition, stories: list[_Story], groups: list) -> list:
    """Before the groups are resolved: each headline group (before, heads, after) whose story after is an
    editor's note (【编者按】 …) has the story under the note offered as its story after instead, when that
    story opens on its lead and no other group heads it; the note introduces the story and has no stack.

    Only what :func:`_resolve_groups` weighs changes; a stack the note holds anyway is moved later by
    :func:`_note_stacks_down_to_leads`."""
    index = {id(s): i for i, s in enumerate(stories)}
    headed = {id(nxt) for _, _, nxt in groups if nxt is not None}
    out = []
    for before, heads, after in groups:
        k = index.get(id(after)) if after is not None else None
        label = next((p.text for p in after.parts if p.role == "label"), "") if k is not None else ""
        story = stories[k + 1] if k is not None and k + 1 < len(stories) else None
        if story is not None and after.kind == "box" and EDITOR_NOTE.match(nonspace(label)) \
                and story.kind in _MAIN_KINDS and id(story) not in headed and story.source is not None:
            after = story
        out.append((before, heads, after))
    return out


def _resolve_groups(edition: Edition, stories: list[_Story], groups) -> None:
    """Give each headline group's lines to a story before (the nearest headless ones), the story
    after, or a teaser."""
    texts = {i: s.body_text() for i, s in enumerate(stories)}
    aff = _Affinity(texts)
    index = {id(s): i for i, s in enumerate(stories)}
    for before, heads, after in groups:
        heads, date = _lone_date_off(heads, after)
        if not heads:
            _close_on_date(edition, before, [], date)
            continue
        a, b = (index.get(id(x)) if x is not None else None for x in (before, after))
        cands = _headless_before(stories, a)
        heads = heads if cands else _title_under_caption(edition, before, heads, after)  # no story above claims it
        adjacent_ok = a is not None and not stories[a].has_headline() and stories[a].kind in _MAIN_KINDS
        a = a if adjacent_ok else (cands[0] if cands else None)
        b_ok = b is not None and stories[b].kind not in ("teaser", "caption", "notice")
        tau, tau_b = _thresholds(stories, a, b, b_ok)
        # Display type is a story's own headline, never a teaser: it is claimed even without
        # an echo, by the story before when that story has no headline yet (a small tie-break).
        to_a = _scores(edition, aff, heads, a, tau, tau + 0.01)
        to_b = _scores(edition, aff, heads, b if b_ok else None, tau_b, tau_b, after=True)
        i, j = _label_cut(heads, *_split(heads, to_a, to_b), b_ok)
        i, j = _unclaimed_cut(edition, stories, heads, (i, j, sum(to_a) < sum(to_b)), (a, index.get(id(before))),
                              b if b_ok else None)
        i = _stack_after_lead(edition, aff, stories, heads, i, j, (a, index.get(id(before))))
        i, j = _orphans_between(stories, a, heads, (i, j), (to_a, to_b))
        i, j = _head_over_lead(edition, stories, heads, (i, _head_over_byline(stories, heads, i, j, b if b_ok else None)), (a, b if b_ok else None))
        j = _label_goes_down(heads, i, j)
        j = _document_title_down(edition, stories, heads, i, j, b if b_ok else None)
        i, j = _wrapped_title_whole(heads, _photo_title_under_stack(edition, heads, i, j, after), j, b_ok)
        j = _down_past_credit(edition, stories, i, j, before, b if b_ok else None)
        owners, i = _owners_before(edition, aff, stories, cands, a, heads, (i, j), tau)
        for owner, mine in owners:
            if mine:
                stories[owner].heads_after.extend(mine)
                if owner != index.get(id(before)):
                    stories[owner].doubts.append(DOUBT_DISTANT)
        if j < len(heads):
            stories[b].heads_before.extend(heads[j:])
        if i and j < len(heads):  # one group of lines shared out between two stories: a guess
            for k in (owners[-1][0], b):
                stories[k].notes.append(SPLIT_GROUP_NOTE)
                stories[k].doubts.append(DOUBT_SPLIT)
        orphans = heads[i:j]
        if orphans and _earlier_owner(edition, aff, stories, cands, a, orphans, tau):
            orphans = []
        if orphans and j == len(heads) and after is not None:
            orphans = _caption_title_off(edition, after, orphans)  # 某某时节年味浓 ⏎⏎ 1月19日，市民在… ⏎ 记者 某 摄
        if orphans and _owner_past_photos(edition, aff, stories, (b, {id(x) for x, _, _ in groups}), orphans, tau):
            orphans = []
        orphans, date = _date_under_orphans(edition, stories, heads, orphans, before, date)
        tail = _tail_story(edition, stories[index[id(before)]], orphans) if orphans and before is not None else None
        foot, far = _foot_candidates(stories, index.get(id(before)), cands)
        if tail is None and orphans and _at_foot(heads, j, after) \
                and _stack_after_bodies(edition, aff, stories, foot, orphans, tau, far):
            orphans = []
        stories.extend([tail] if tail is not None else _orphan_teasers(edition, orphans))
    # boxes and captions belong to the story whose text they echo most
    link_boxes_and_captions(stories)


def _down_past_credit(edition: Edition, stories: list[_Story], i: int, j: int, before: _Story | None, b: int | None) -> int:
    """Where the lines left over (``heads[i:j]``, no story claimed them) are cut for the story after: at ``i``
    when the story right above has its headline and ended on its closing credit (…3条建议。（记者 章 明）) and
    the story right under starts with no lead and no headline of its own (全国政协委员、某医院副院长。…): the
    lines head that story (a profile's name line in a column of profiles), not a teaser. Else ``j``. Only on a
    page with blank lines: where headlines follow their text, the lines are the signed story's own."""
    if b is None or i >= j or not _has_blank_lines(edition) or before is None or not before.has_headline() or not signed_at_end(edition, before) \
            or stories[b].has_headline() or stories[b].source is not None or stories[b].kind not in ("unknown", "news"):
        return j
    return i


def signed_at_end(edition: Edition, story: _Story) -> bool:
    """Does ``story``'s text end on its closing credit (…3条建议。（记者 章 明）), nothing after it?"""
    last = story.parts[-1] if story.parts else None
    return last is not None and last.role == "body" and bool(CLOSING_CREDIT.search(_raw(edition, last.spans[-2:])))


LONE_DATE = re.compile(r"^(?:[〇零一二三四五六七八九十○]{4}|\d{4})年[一二三四五六七八九十\d]{1,3}月[一二三四五六七八九十\d]{1,3}日$")
"""A line that is a full date and nothing else (2024年3月1日, 二〇二四年三月一日): whoever's date it is signs off."""


def _lone_date(u: TextUnit) -> bool:
    return len(u.lines) == 1 and bool(LONE_DATE.match(nonspace(fold(u.text))))


def _after_lone_date(heads: list[TextUnit]) -> int:
    """Where a waiting group of headline lines is cut: after the last lone full-date line with more lines
    under it (联系电话：… ⏎ 某某办公室 ⏎ 2024年11月19日 ⏎ 关于…的公示), 0 if none."""
    return max((k + 1 for k, u in enumerate(heads[:-1]) if _lone_date(u)), default=0)


def _lone_date_off(heads: list[TextUnit], after: _Story | None) -> tuple[list[TextUnit], TextUnit | None]:
    """A headline group's last unit, when it is one line of a full date alone with no story right under it
    (under a document's title and issuer, the date is the document's), set apart: a lone full-date line
    closes the item above it (a letter's, notice's or statement's date), never a headline or teaser."""
    last = heads[-1] if heads else None
    if last is None or after is not None or not _lone_date(last) \
            or (len(heads) > 1 and heads[-2].last_line != last.first_line - 1):
        return heads, None
    return heads[:-1], last


def _close_on_date(edition: Edition, story: _Story | None, lines: list[TextUnit], date: TextUnit | None) -> bool:
    """``lines`` (what stands between its text and its date: a slogan, who signs) and ``date`` close
    ``story``: its text, the story closed."""
    if story is None or date is None or story.closed or story.kind in ("teaser", "caption", "furniture"):
        return False
    story.parts.extend(_part(edition, "body", u.spans) for u in lines + [date])
    story.closed = True
    return True


def _date_under_orphans(edition: Edition, stories: list[_Story], heads: list[TextUnit], orphans: list[TextUnit],
                        before: _Story | None, date: TextUnit | None) -> tuple[list[TextUnit], None]:
    """Where a group's lone date line goes (class: a lone full-date line closes the item above it): with the
    lines left over above it (no story's headline), to the story before; else to whoever has the line above."""
    if date is None:
        return orphans, None
    if orphans and orphans[-1] is heads[-1] and _close_on_date(edition, before, orphans, date):
        return [], None
    owner = next((s for s in stories if heads[-1] in s.heads_after or heads[-1] in s.heads_before), None)
    if owner is not None and heads[-1] in owner.heads_before:
        owner.heads_before.append(date)
    elif owner is not None:
        owner.parts.append(_part(edition, "body", date.spans))
        owner.closed = True
    else:
        orphans = orphans + [date]
    return orphans, None


TIE_SHARE = 1e-6
"""What a line's claim by an earlier headless text is raised by: enough to break a tie, never an echo."""


def _earlier_take_first(edition: Edition, aff: _Affinity, owners: list, cands: list[int], tau: float) -> list:
    """A stack after the bodies of several stories: the earlier headless ones (``cands`` before the
    owner) take the first lines, each the lines that echo it more than the next owner. On a tie the earlier
    one takes its share (a line echoing neither, a kicker, rides with the headline under it): a headless
    text does not stay headless when a cut that heads it scores as well (class: stack shared on a tie), as
    long as that share holds a line that echoes it; a kicker alone over the later text's headlines is theirs."""
    a = owners[0][0]
    for p in (c for c in cands if a is not None and c < a):
        prefix = owners[0][1]
        if len(prefix) < 2:
            break
        mine, theirs = _scores(edition, aff, prefix, p, tau, tau + 0.01), \
            _scores(edition, aff, prefix, owners[0][0], tau, tau)
        k, _ = _split(prefix, [x + TIE_SHARE for x in mine], theirs, orphans=False)
        if not any(aff.score(h.text, p) > 0 for h in prefix[:k]):  # no share without a line echoing it
            k, _ = _split(prefix, mine, theirs, orphans=False)
        if not k:
            break
        owners[0] = (owners[0][0], prefix[k:])
        owners.insert(0, (p, prefix[:k]))
    return owners


CAPTION_TITLE_MAX = 12
"""A photo's title over its caption is a short line: at most this many characters."""


def _caption_title(edition: Edition, caption: _Story, head: TextUnit) -> bool:
    """Is ``head``, one short line (or such a line wrapped once) set one blank line above a photo caption
    closed by its credit, that photo's title (the caption's headline), on a page with blank lines? On a page
    without them (pdftotext -raw) the title stands right over the caption's first line (class: photo-led item,
    a display title over a large caption and its 摄 credit)."""
    if edition.hints or caption.kind != "caption" or caption.heads_before or not any(p.role == "credit" for p in caption.parts) \
            or len(head.lines) > 2 or len(nonspace(head.text)) > CAPTION_TITLE_MAX:
        return False
    if _has_blank_lines(edition):
        return caption.first_line - head.last_line == 2
    return caption.first_line - head.last_line == 1


_CAPTION_DAY_OPENING = re.compile(r"^\d{1,2}月\d{1,2}日[\u4e00-\u9fff]{0,2}[，,]")
"""A photo caption's first sentence opens on the day the picture was taken (5月3日晚，游客在…)."""


def _caption_titles_glued(edition: Edition, stories: list[_Story]) -> None:
    """On a page without blank lines, a photo's short title set in a narrow column, as wide as the caption's
    lines, is read on into the caption (某某古镇：灯影摇曳夜游忙 ⏎ 5月3日晚，游客在…): a first line of at most
    :data:`CAPTION_TITLE_MAX` characters with no clause mark, right over a line opening on the day the photo
    was taken, in a caption closed by its credit, is the photo's title (class: photo title glued to its caption)."""
    if edition.hints or _has_blank_lines(edition):
        return
    for s in stories:
        if s.kind != "caption" or s.heads_before or not s.parts or s.parts[0].role != "body" \
                or not any(p.role == "credit" for p in s.parts):
            continue
        lines = sorted({sp.line for sp in s.parts[0].spans})
        if len(lines) < 2:
            continue
        top = nonspace(edition.lines[lines[0] - 1])
        if len(top) > CAPTION_TITLE_MAX or re.search(r"[，,；;。！？!?、]$|[，,；;。]", top) \
                or not _CAPTION_DAY_OPENING.match(nonspace(fold(edition.lines[lines[1] - 1]))):
            continue
        head = [sp for sp in s.parts[0].spans if sp.line == lines[0]]
        s.heads_before.append(TextUnit("head", head, text=spans_text(edition, head)))
        s.parts[0] = _part(edition, "body", [sp for sp in s.parts[0].spans if sp.line != lines[0]])


def _caption_title_off(edition: Edition, caption: _Story, orphans: list[TextUnit]) -> list[TextUnit]:
    """The orphans left once the photo's title is given to the caption under them: the last line
    (:func:`_caption_title`), or the last two when the title wraps over two lines with no blank between
    (田 野 上 的 ⏎ “ 夏 收 进 行 曲 ”), one title of at most :data:`CAPTION_TITLE_MAX` characters."""
    last = orphans[-1]
    if len(orphans) >= 2 and len(last.lines) == 1 and orphans[-2].lines == [last.first_line - 1] \
            and not TERMINAL.search(orphans[-2].text.rstrip()):
        spans = orphans[-2].spans + last.spans
        both = TextUnit("head", spans, text=spans_text(edition, spans), gap_before=orphans[-2].gap_before,
                        gap_joined=True)  # one short title wrapped mid-phrase: its lines joined without a space
        if len(nonspace(both.text)) <= CAPTION_TITLE_MAX and _caption_title(edition, caption, last):
            caption.heads_before.append(both)
            return orphans[:-2]
    if _caption_title(edition, caption, last):
        caption.heads_before.append(last if len(last.lines) == 1 else
                                    TextUnit("head", last.spans, text=last.text, gap_before=last.gap_before, gap_joined=True))
        return orphans[:-1]
    return orphans


_LETTER_SPACED = re.compile(r"(?:\S[ \u3000]+){2,}\S")
"""A line of letter-spaced display type (春 茶 飘 香)."""


def _title_under_caption(edition: Edition, caption: _Story | None, heads: list[TextUnit], after: _Story | None) -> list[TextUnit]:
    """The group's lines once a photo's title printed under its caption is given to it: the group's first
    unit, a short line one blank line under a caption closed by its credit, set apart by a blank line from a
    stack under it, letter-spaced or echoing the caption (and echoing the story after no more than the caption), and
    no column's name (短评) (…采摘明前茶。 ⏎ 本报记者 某 摄 ⏎⏎
    春 茶 飘 香 ⏎⏎ 多项指标… ⏎ 一季度…): the caption's headline, the stack the lead's (class: photo title
    under its caption, over a lead's stack). Asked only when no headless story above may claim the stack."""
    if caption is None or caption.kind != "caption" or caption.heads_before or caption.heads_after or len(heads) < 2 \
            or not any(p.role == "credit" for p in caption.parts) or not heads[1].gap_before:
        return heads
    title = heads[0]
    gap = 2 if _has_blank_lines(edition) else 1
    if title.first_line - caption.last_line != gap or len(title.lines) > 1 \
            or len(nonspace(title.text)) > CAPTION_TITLE_MAX:
        return heads
    echo = shared_share(nonspace(title.text), caption.body_text())
    spaced = bool(_LETTER_SPACED.fullmatch(edition.lines[title.first_line - 1].strip()))
    if not (spaced or echo) or SECTION_NAME.match(nonspace(title.text)) \
            or (after is not None and shared_share(nonspace(title.text), after.body_text()) > echo):
        return heads
    caption.heads_after.append(title)
    return heads[1:]


def _photo_title_under_stack(edition: Edition, heads: list[TextUnit], i: int, j: int, after: _Story | None) -> int:
    """A stack claimed whole by the story before it (kicker, headline, deck after a lead's text) whose
    last line, set apart by a blank line, stands one blank line over a photo's caption closed by its
    credit: that line is the photo's title (秋 收 在 望), not the lead's third deck; it is left over
    (the new ``i``) for :func:`_caption_title_off`."""
    if after is None or not (i == j == len(heads) >= 3) or not heads[-1].gap_before:
        return i
    return i - 1 if _caption_title(edition, after, heads[-1]) else i


def _unclaimed_cut(edition: Edition, stories: list[_Story], heads: list[TextUnit], cut: tuple[int, int, bool],
                   before: tuple[int | None, int | None], b: int | None) -> tuple[int, int]:
    """The cut (i, j) of a headline group after the echo split, revised where lines no story's text
    claims still belong to one: ``cut`` is (i, j, whether the story after echoes the lines more than
    the story before), ``before`` is (the headless story before that may take them, the story right
    before), ``b`` the story after when it may take headlines."""
    (i, j, nearer_after), (a, right_before) = cut, before
    if i == 0 and j == len(heads) and b is not None and nearer_after and _dash_stack_over_text(edition, stories[b], heads):
        stories[b].doubts.append(DOUBT_WEAK)
        return 0, 0  # 河长故事 ⏎ 某某边的“护溪人” ⏎ ——记…: a feature's stack over its own opening
    if i == 0 and j == len(heads) and _jump_headline(stories, a, right_before, heads):
        stories[a].doubts.append(DOUBT_DISTANT)
        return len(heads), len(heads)  # （上接1版）… ⏎⏎ 全力以赴…: a continued story's jump headline after its text
    if i == 0 and j == len(heads) and a is not None and _has_dash_deck(edition, heads):
        stories[a].doubts.append(DOUBT_WEAK)
        return len(heads), len(heads)  # a stack with a dash deck (——…) is a story's own, never a teaser
    if i == 0 and j == len(heads) == 1 and a is None and b is not None and _lone_head_over_lead(stories[b], heads[0]):
        stories[b].doubts.append(DOUBT_LONE)
        return 0, 0  # the one headline right above a story's lead, nothing else claiming it: that story's
    if i < j == len(heads) and b is not None and _stack_over_lead(edition, stories[b], heads[i:]):
        stories[b].doubts.append(DOUBT_LONE)
        return i, i  # the unclaimed stack set a blank line above a headless story's source line: that story's
    if i == 0 and j == 1 and len(heads) >= 2 and b is not None and not heads[1].text.startswith(("——", "—")) \
            and not _ends_teaser_run(stories, right_before, heads):
        stories[b].doubts.append(DOUBT_KICKER)
        return 0, 0  # one line over a stack the story after claims, echoing nothing: its kicker, not a teaser
    if _stack_runs_on(edition, stories, heads, i, j, a, b):
        stories[a].doubts.append(DOUBT_STACK)
        return j, j  # 抢抓农时不误春 ⏎ 某县春播进度过六成 ⏎ 中新社…电: the rest of the stack after its body
    return i, j


STACK_AFTER_MAX = 3
"""A stack printed after its story's body is at most this many lines (kicker, headline, deck)."""


def _stack_after_lead(edition: Edition, aff: _Affinity, stories: list[_Story], heads: list[TextUnit], i: int, j: int,
                      before: tuple[int | None, int | None]) -> int:
    """The lines left unclaimed right after a headless story that opened on its source line (某某晚报讯…)
    are its stack printed after its body when, read together, they echo it (迎接党的生日 ⏎ 我市党员队伍
    持续壮大 ⏎ 平均年龄… : a kicker that echoes nothing over a headline and a deck that do), the weaker
    echo of a lone owner sufficing: a story with a source line has a headline somewhere, and lines that
    echo it are not teasers. Returns the new cut."""
    a, right_before = before
    banner = i == 0 and j == len(heads) and _banner_over_pointers(edition, heads[-1])
    if banner:
        j -= 1  # …产业扶贫在一线 ⏎ 小黄精“种”出好日子 ⏎ 今日导读 ⏎ 某某… 2版: the banner heads the teasers under it
    if i != 0 or not 2 <= j <= STACK_AFTER_MAX or a is None or a != right_before or stories[a].source is None:
        return i
    # lines the teasers' banner cuts off from the teasers are no teaser: any echo will do
    least = STACK_BEFORE_BANNER_ECHO if banner else AFFINITY_THRESHOLD / 2
    if any(PAGE_AT_END.search(h.text.strip()) for h in heads[:j]):
        return i
    if aff.score("".join(h.text for h in heads[:j]), a) < least:
        return _first_line_after_lead(edition, aff, stories, heads, (a, j), banner)
    stories[a].doubts.append(DOUBT_WEAK)
    return j


def _first_line_after_lead(edition: Edition, aff: _Affinity, stories: list[_Story], heads: list[TextUnit],
                           cut: tuple[int, int], banner: bool) -> int:
    """The cut when the lines left unclaimed after a headless lead's text do not echo it read together: the
    first line alone, when it echoes the lead (the weaker echo of a lone owner) and is a headline's line of
    its own (no dash deck), on a page without blank lines, is the lead's headline printed after its body, the
    lines under it left to the story under (class: headline of a -raw page's top story printed after its
    body, right over the next story's stack: 某县：抢抓农时备春耕 ⏎ 项目建设跑出“加速度” ⏎ …)."""
    a, j = cut
    if banner or _has_blank_lines(edition) or j < 2 or j >= len(heads) or len(heads[0].lines) != 1 \
            or _is_dash(heads[0]) or aff.score(heads[0].text, a) < AFFINITY_THRESHOLD / 2:
        return 0
    return 1


ORPHANS_BETWEEN_MAX = 2
"""At most this many lines left unclaimed between the lines the story above claims and those the story under claims."""


def _orphans_between(stories: list[_Story], a: int | None, heads: list[TextUnit], cut: tuple[int, int],
                     scores: tuple[list[float], list[float]]) -> tuple[int, int]:
    """Lines no story claimed, between lines the story above took (its stack printed after its text) and lines the
    story under took (its own stack), with no page pointer: no teaser stands between two stacks, so they go to
    the story above when they echo it more, as long as its stack stays :data:`STACK_AFTER_MAX` lines (class: a
    stack after a caption split into a headline and a teaser: 某某会议召开 ⏎ 186支队伍严阵以待 ⏎ 全国12省份…).
    Only for a story above with no headline yet: one that has its own does not take lines after its text.
    Returns the new cut."""
    (i, j), (to_a, to_b) = cut, scores
    if a is None or stories[a].has_headline() or not (0 < i < j < len(heads)) or j - i > ORPHANS_BETWEEN_MAX \
            or any(PAGE_AT_END.search(h.text.strip()) for h in heads[i:j]):
        return i, j
    if sum(to_a[i:j]) > sum(to_b[i:j]) and j <= STACK_AFTER_MAX:
        return j, j
    if sum(to_b[i:j]) > sum(to_a[i:j]) and not any(_is_dash(h) for h in heads[i:j]):
        return i, i  # echoing the story under more: its kicker, right over the headline it claims
    return i, j  # echoing neither more (a kicker of the story under, 城市更新进行时, echoes nothing): left as it was


STACK_BEFORE_BANNER_ECHO = 0.05
"""The least echo of its story for a stack printed after a headless story's body, right over a teasers banner."""
BANNER_POINTER_LINES = 4
"""A teasers banner (今日导读) has a teaser's page pointer (…　2版) within this many lines under it."""


def _banner_over_pointers(edition: Edition, u: TextUnit) -> bool:
    """Is ``u`` a short banner line (导读, :data:`TEASER_BANNER_MAX`) with a teaser's page pointer among the
    lines right under it? It opens the teasers, never the stack of the story above it."""
    if len(u.lines) != 1 or len(_banner_words(u.text)) > TEASER_BANNER_MAX or _CLAUSE_MARK.search(u.text):
        return False
    below = [t.strip() for t in edition.lines[u.last_line:u.last_line + 2 * BANNER_POINTER_LINES] if t.strip()]
    return any(PAGE_AT_END.search(t) for t in below[:BANNER_POINTER_LINES])


def _wrapped_title_whole(heads: list[TextUnit], i: int, j: int, b_ok: bool) -> tuple[int, int]:
    """A group cut between the two lines of one title the column wrapped (关于2024年度某某专项 ⏎ 资金拟安排项目的
    公示, :func:`_wrapped_title`), the upper line to the story before: the whole title goes down, to the story
    after (or a teaser if none may take it), never half a title a headline printed after a text (class: wrapped
    title kept whole). Returns (i, j). With another headline of its own right under the title (not 关于…, not
    the title's issuer, number, qualifier or date), that headline heads the story after: the title, printed
    after the text above, goes up whole to that text."""
    if not 0 < i < len(heads) or not _wrapped_title(heads[i - 1].text, heads[i].text):
        return i, j
    if i + 1 < len(heads) and _headline_of_its_own(heads[i + 1]):
        return i + 1, max(j, i + 1)
    return i - 1, (i - 1 if b_ok else j)


def _headline_of_its_own(u: TextUnit) -> bool:
    """Is ``u``, a line under a document's title, a headline of its own rather than the title's issuer
    (某县人民政府), number (〔2024〕5号), qualifier (（摘要）) or date?"""
    t = nonspace(fold(u.text))
    return not t.startswith(("关于", "（", "(")) and not DOCUMENT_NUMBER.search(t) and not issuer_above(u) \
        and not DATE_TAIL.search(t) and not TITLE_QUALIFIER.match(t)


def _document_title_down(edition: Edition, stories: list[_Story], heads: list[TextUnit], i: int, j: int,
                         b: int | None) -> int:
    """Unclaimed lines at the foot of a group that are a document's title (…行动方案, its years in brackets
    under it or not) and its number if it prints one (某府办发〔2025〕31号, none or more), right over a
    document's text (or a text not yet typed) with no headline yet: that document's title stack, not
    teasers (class: document title over its text). A paper often reprints a document without its number;
    its title still heads the text under it, however little the text's words echo it. Returns the new j."""
    if b is None or j != len(heads) or i >= j or stories[b].kind not in ("unknown", "document") or stories[b].has_headline():
        return j
    k = j
    while k > i and DOCUMENT_NUMBER.match(fold(heads[k - 1].text.strip())):
        k -= 1
    title = re.sub(r"[（(][^（()）]*[）)]$", "", nonspace(fold(heads[k - 1].text))) if k > i else ""
    return k - 1 if title and DOCUMENT_TITLE.search(title) else j


def _head_over_byline(stories: list[_Story], heads: list[TextUnit], i: int, j: int, b: int | None) -> int:
    """A commentary that opens on its byline line (本报评论员) with no headline yet takes the one line
    left unclaimed right above that line (a blank line between at most): its headline, printed over
    the byline, however little it echoes the text. Returns the new cut."""
    if b is None or i >= j or j != len(heads):
        return j
    story, last = stories[b], heads[j - 1]
    if story.kind != "commentary" or story.heads_before or not story.parts or story.parts[0].role != "byline" \
            or len(last.lines) != 1 or not 0 < story.first_line - last.last_line <= 2:
        return j
    story.doubts.append(DOUBT_LONE)
    return j - 1


def _head_over_lead(edition: Edition, stories: list[_Story], heads: list[TextUnit], cut: tuple[int, int],
                    owners: tuple[int | None, int | None]) -> tuple[int, int]:
    """On a page with blank lines, a lone line set right over a story that opens on its own source
    or dateline (新华社某地某日电…), not on a byline line (□本报评论员: a commentary signed over its text may print
    its headline after it), and has no headline yet is that story's headline, when the story before that
    claimed it has no lead of its own (text with no source line, a section of a story further up): such text
    awaits no stack, and a headline is printed above its story (class: headline over a wire item claimed by the
    prose above it). Returns the new cut."""
    (i, j), (a, b) = cut, owners
    if a is None or b is None or len(heads) != 1 or j != 1 or i != 1 or not _has_blank_lines(edition):
        return i, j
    story, last = stories[b], heads[-1]
    if story.source is None or story.has_headline() or not story.parts or story.parts[0].role == "byline" \
            or stories[a].source is not None or stories[a].has_headline() \
            or len(last.lines) != 1 or not 0 < story.first_line - last.last_line <= 2:
        return i, j
    return 0, 0


def _dash_stack_over_text(edition: Edition, story: _Story, heads: list[TextUnit]) -> bool:
    """Is an unclaimed stack with a dash deck (——记…) set right above a story that has neither headline
    nor lead marker (its text opens with no 本报讯 and no dateline)? Then the stack is that story's, a
    feature's printed over its opening, when the story echoes it more than the story before does."""
    return _has_dash_deck(edition, heads) and story.kind in ("news", "unknown") and story.source is None \
        and not story.has_headline() and story.first_line == heads[-1].last_line + 1


PAGE_AT_END = re.compile(r"[0-9０-９]{1,2}\s*版\s*[）)]?$")
"""A line ending on a page number (…详见8版, ▶3版): it points to another page."""


def _stack_runs_on(edition: Edition, stories: list[_Story], heads: list[TextUnit], i: int, j: int, a: int | None,
                   b: int | None) -> bool:
    """On a page without blank lines (headlines after their bodies), is the one line left unclaimed right
    under the lines the story before took the rest of its stack? So when nothing below claims it: the
    story after opens on its own lead (本报讯, 新华社…电), whose headline the page prints after its body."""
    if a is None or not 0 < i < j == len(heads) or j - i != 1 or i > 2 or _has_blank_lines(edition) \
            or PAGE_AT_END.search(heads[i].text.strip()):
        return False  # …进展详见8版: a teaser pointing to its page, not a headline's line
    return b is None or stories[b].source is not None and not stories[b].heads_before


def _ends_teaser_run(stories: list[_Story], right_before: int | None, heads: list[TextUnit]) -> bool:
    """Is the first of ``heads`` one line standing right under a pointed teaser (某某… ▶2版 ⏎ 某某…),
    set a blank line apart from a stack of its own (kicker and headline) over the story after? Then it
    is the last teaser of the run, a headline with no pointer, not that story's kicker."""
    if right_before is None or not _pointed_teaser_any(stories[right_before]) or len(heads[0].lines) != 1:
        return False
    rest = [n for h in heads[1:] for n in h.lines]
    return 0 < heads[0].first_line - stories[right_before].last_line <= TEASER_RUN_GAP \
        and heads[1].gap_before and len(rest) >= 2


def _pointed_teaser_any(s: _Story) -> bool:
    """A teaser with a page pointer (详见2版), under a banner or not."""
    return s.kind == "teaser" and any(p.role == "teaser_ref" for p in s.parts)


TEASER_BANNER_MAX = 4
"""A teaser stack's banner (一季度, 导读) is a line of at most this many characters over the stack."""


def _is_dash(u: TextUnit) -> bool:
    return u.text.startswith(("——", "—", "--"))


def _has_dash_deck(edition: Edition, heads: list[TextUnit]) -> bool:
    """Has a group of headline lines a dash deck (——…) under its first line, as a unit of its own or
    as the last line of a block (``某村：…`` over ``——…见闻（一）``)?"""
    return any(_is_dash(h) for h in heads[1:]) or any(sp.text(edition).strip().startswith(("——", "—", "--"))
                                                      for h in heads for sp in h.spans if sp.line != h.first_line)


def _stack_blocks(edition: Edition, orphans: list[TextUnit]) -> tuple[TextUnit | None, list[TextUnit]] | None:
    """A stack of separate teasers, as (banner, blocks), or None when the lines are one headline.

    Separate: two or more blocks set apart by blank lines, none in display type, none a dash
    line (——…, a subheadline of the line above); a short first block is the banner over them."""
    if len(orphans) < 2 or any(_is_dash(u) for u in orphans):
        return None
    if any(is_display(sp.text(edition)) for u in orphans for sp in u.spans):
        return None
    banner = orphans[0] if len(nonspace(orphans[0].text)) <= TEASER_BANNER_MAX else None
    blocks = orphans[1:] if banner is not None else orphans
    if len(blocks) < 2 or not all(u.gap_before for u in blocks):
        return None
    return banner, blocks


TAIL_MIN_ECHO = 0.4
"""Headline lines after a story that has its own headline take that story's last paragraphs as a
story of their own when at least this share of their character pairs occur in those paragraphs."""


def _tail_story(edition: Edition, story: _Story, heads: list[TextUnit]) -> _Story | None:
    """Headline lines printed after a story that already has its headline, echoing none but its last
    paragraphs: on a page whose headlines may follow their bodies, those paragraphs are another
    story (no lead marker opened it) and these lines its headline. The last paragraphs that each
    echo these lines more than the story's own headline move to a new story."""
    body = [k for k, p in enumerate(story.parts) if p.role == "body"]
    if story.kind not in ("news", "wire", "unknown") or not story.heads_before or len(body) < 2 or story.closed \
            or any(u.kind == "teaser_ref" for u in heads) or story.continues_on is not None:
        return None
    text = "".join(_headline_text(edition, u) for u in heads)
    own = "".join(_headline_text(edition, u) for u in story.heads_before)
    k = None
    for b in reversed(body[1:]):  # the last paragraphs, each echoing these lines more than its own headline
        to_tail, to_own = shared_share(story.parts[b].text, text), shared_share(story.parts[b].text, own)
        if to_tail < to_own or to_tail == to_own > 0:
            break
        if to_tail > to_own:
            k = b  # a paragraph echoing neither (a closing credit, a sentence of other words) goes along
    after = "".join(p.text for p in story.parts[k:] if p.role == "body") if k is not None else ""
    if k is None or shared_share(text, after) < TAIL_MIN_ECHO:
        return None
    moved = list(story.parts[k:])
    inside = _cut_inside(edition, moved[0], text, own)
    kept = list(story.parts[:k])
    if inside is not None:  # the tail's first paragraph holds the story's last sentence: it stays
        kept.append(_part(edition, "body", inside[0]))
        moved[0] = _part(edition, "body", inside[1])
    elif (above := max(b for b in body if b < k)) is not None \
            and (cut := _cut_inside(edition, story.parts[above], text, own, latest=True)) is not None:
        kept[above] = _part(edition, "body", cut[0])  # the paragraph above ran on into the tail's first
        moved.insert(0, _part(edition, "body", cut[1]))
    tail = _Story(kind="news", parts=moved, heads_after=list(heads), closed=True, doubts=[DOUBT_TAIL])
    story.parts = kept
    _move_subheads(story, tail)
    return tail


def _move_subheads(story: _Story, tail: _Story) -> None:
    """The in-body headings printed after a tail story's first line are the tail's, not the story's."""
    first = min((sp.line for p in tail.parts for sp in p.spans), default=None)
    if first is None:
        return
    tail.subheads = [u for u in story.subheads if u.first_line > first]
    story.subheads = [u for u in story.subheads if u.first_line <= first]


def _cut_inside(edition: Edition, part: Part, text: str, own: str,
                latest: bool = False) -> tuple[list[Span], list[Span]] | None:
    """On a page without blank lines a story's last line may run to the column's edge, so the next
    story's first line reads as more of its paragraph. In the first paragraph moved to a tail story,
    the lines up to a sentence's end that echo the story's own headline more than the tail's stay
    with the story: (kept, moved) spans, or None when no such cut exists (the ``latest`` such cut
    in a paragraph the story keeps, whose last lines ran on into the tail's first)."""
    spans = list(part.spans)
    for c in (range(len(spans) - 1, 0, -1) if latest else range(1, len(spans))):
        if not TERMINAL.search(spans[c - 1].text(edition).rstrip()):
            continue
        before, after = spans_text(edition, spans[:c]), spans_text(edition, spans[c:])
        if shared_share(before, own) > shared_share(before, text) and shared_share(after, text) > shared_share(after, own):
            return spans[:c], spans[c:]
    return None


def _pointed_teaser(s: _Story) -> bool:
    """A teaser with its own headline line and a page pointer (详见2版), under no banner yet."""
    return s.kind == "teaser" and bool(s.teaser_heads) and not s.kicker \
        and any(p.role == "teaser_ref" for p in s.parts)


def _pointers_over_heads(stories: list[_Story]) -> None:
    """A page pointer with nothing of its own above it, set right over a headline-only teaser (▶3版 ⏎
    某某会议 ⏎ 1月12日开幕: the arrow printed before the headline it points from) is that teaser's
    pointer: one teaser, not a bare pointer and a teaser with none."""
    order = sorted(stories, key=lambda x: x.first_line)
    for s, t in zip(order, order[1:]):
        if s.kind == "teaser" and not s.teaser_heads and [p.role for p in s.parts if p.role != "label"] == ["teaser_ref"] \
                and t.kind == "teaser" and t.teaser_heads and not t.parts and t.first_line == s.last_line + 1:
            t.parts, t.continues_on = s.parts, s.continues_on
            stories.remove(s)


def _pointer_banners(edition: Edition, stories: list[_Story]) -> None:
    """A short line alone over a run of pointed teasers (导读 ⏎ 某某… ⏎ 详见2版 ⏎ 某某… ⏎ 详见3版) is
    the run's banner: every teaser's kicker, its line owned by the first, never a teaser of its own."""
    order = sorted(stories, key=lambda x: x.first_line)
    for k, s in enumerate(order):
        if s.kind != "teaser" or s.parts or len(s.teaser_heads) != 1 or s.kicker:
            continue
        banner = s.teaser_heads[0]
        if len(banner.lines) != 1 or len(_banner_words(banner.text)) > TEASER_BANNER_MAX:
            continue
        run = _teaser_run(order[k + 1:], banner.last_line)
        if len(run) < 2 or not any(_pointed_teaser(t) for t in run):
            continue
        for t in run:
            t.kicker = _banner_words(_headline_text(edition, banner))
        run[0].teaser_heads.insert(0, banner)
        stories.remove(s)


BANNER_ORNAMENTS = "◇◆□■○●◎☆★△▲"
"""The marks a banner is set between (◇ 今 日 导 读 ◇): decoration, not its words."""


def _banner_words(text: str) -> str:
    """A banner's words without the ornaments around them and the spaces of letter-spaced type."""
    return nonspace(text).strip(BANNER_ORNAMENTS)


def _run_banner(edition: Edition, heads: list[TextUnit]) -> str:
    """The short banner line (导读) that opens a pointed teaser's heads over its own headline line,
    as a head of its own or as the first line of a two-line head; "" when there is none."""
    if not heads or len(heads) + len(heads[0].lines) != 3:
        return ""
    first = edition.lines[heads[0].lines[0] - 1].strip()
    return first if len(nonspace(first)) <= TEASER_BANNER_MAX else ""


def _pointer_run_kickers(edition: Edition, stories: list[_Story]) -> None:
    """Pointed teasers right after one that holds the run's banner (今日导读 ⏎ 某某… 详见2版 ⏎
    某某… 详见4版: its first head a short line over its own headline) stand under the same banner:
    each takes it as its kicker."""
    order = sorted(stories, key=lambda x: x.first_line)
    for k, s in enumerate(order):
        if s.kind != "teaser" or not any(p.role == "teaser_ref" for p in s.parts):
            continue
        banner = s.kicker or _run_banner(edition, s.teaser_heads)
        for t in _teaser_run(order[k + 1:], s.last_line) if banner else []:
            t.kicker = banner


TEASER_RUN_GAP = 2
"""A headline-only teaser goes on a run of teasers when it starts within this many lines of the run's
last line (at most a blank line between)."""


def _bare_teaser(s: _Story, after: int) -> bool:
    """A teaser that is one headline line and no pointer (电影某某开机), under no banner, starting right
    after line ``after``: it stands in the run of teasers above it (a banner-sized line opens a run)."""
    if s.kind != "teaser" or s.kicker or s.parts or len(s.teaser_heads) != 1 or len(s.teaser_heads[0].lines) != 1:
        return False
    head = s.teaser_heads[0]
    return 0 < head.first_line - after <= TEASER_RUN_GAP and len(nonspace(head.text)) > TEASER_BANNER_MAX


def _teaser_run(order: list[_Story], after: int) -> list[_Story]:
    """The teasers of a run from the head of ``order``: pointed teasers (详见2版) and headline-only
    teasers standing right under the one before (:func:`_bare_teaser`)."""
    run: list[_Story] = []
    for t in order:
        last = run[-1].last_line if run else after
        if not (_pointed_teaser(t) or _bare_teaser(t, last) or run and _headless_pointer(t, last)):
            break
        run.append(t)
    return run


def _headless_pointer(s: _Story, after: int) -> bool:
    """A teaser that is its pointer line alone (4版刊登某某文章), right under the teaser before it: it stands
    in that run of teasers, under the same banner."""
    return s.kind == "teaser" and not s.teaser_heads and not s.kicker and bool(s.parts) \
        and all(p.role == "teaser_ref" for p in s.parts) and 0 < s.first_line - after <= TEASER_RUN_GAP


def _orphan_teasers(edition: Edition, orphans: list[TextUnit]) -> list[_Story]:
    """Teasers from headline lines that echo neither neighbouring story: one per block of a
    stack (:func:`_stack_blocks`), its banner every teaser's kicker (owned by the first), else one."""
    if not orphans:
        return []
    note = "headline lines that echo neither neighbouring story: a teaser, or a story printed elsewhere"
    stack = _stack_blocks(edition, orphans)
    if stack is None:
        return [_Story(kind="teaser", teaser_heads=list(orphans), closed=True, notes=[note])]
    banner, blocks = stack
    out = []
    for k, block in enumerate(blocks):
        t = _Story(kind="teaser", teaser_heads=[block], closed=True, notes=[note])
        if banner is not None:
            t.kicker = _headline_text(edition, banner)
            if k == 0:
                t.teaser_heads.insert(0, banner)
        out.append(t)
    return out


_NO_HOST = ("box", "caption", "teaser", "furniture", "notice")
"""Items no box or caption belongs to: other asides, furniture, and public notices (公告, 通告: an
announcement prints no photo and no sidebar, however much of its wording a caption shares)."""

LINK_MIN_COSINE = 0.03
LINK_MIN_MARGIN = 1.5
LINK_MIN_ECHO = 0.15


LINK_WINDOW = 12
"""A box or caption is matched against the stories within this many stories of it in the
file: it belongs to a story on the same page, never to one far away in a long file."""


def _tfidf_vectors(texts: list[str]) -> list[dict[str, float]]:
    """Unit-length tf-idf vectors of character pairs."""
    tfs = [Counter(_bigrams(t)) for t in texts]
    df = Counter(b for c in tfs for b in c)
    n = len(tfs)
    vecs = []
    for tf in tfs:
        v = {b: c * math.log((n + 1) / (df[b] + 0.5)) for b, c in tf.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vecs.append({b: x / norm for b, x in v.items()})
    return vecs


def _cosine(x: dict[str, float], y: dict[str, float]) -> float:
    if len(x) > len(y):
        x, y = y, x
    return sum(v * y.get(b, 0.0) for b, v in x.items())


def link_boxes_and_captions(stories: list[_Story]) -> None:
    """Link each box and caption to the story it resembles most, when it clearly does.

    Clearly: a cosine similarity (character-pair tf-idf) of at least ``LINK_MIN_COSINE``
    and ``LINK_MIN_MARGIN`` times the runner-up's, among the stories within
    ``LINK_WINDOW`` of it. Otherwise the item stays unlinked, with a note saying so.
    """
    satellites = [i for i, s in enumerate(stories) if s.kind in ("box", "caption")]
    if not satellites:
        return
    texts = [s.body_text() + "".join(u.text for u in s.heads_before + s.heads_after) for s in stories]
    vecs = _tfidf_vectors(texts)
    echo = _Affinity(dict(enumerate(texts)))
    for i in satellites:
        lo, hi = max(0, i - LINK_WINDOW), min(len(stories), i + LINK_WINDOW + 1)
        hosts = [k for k in range(lo, hi) if stories[k].kind not in _NO_HOST]
        ranked = sorted(((_cosine(vecs[i], vecs[k]), k) for k in hosts), reverse=True)
        if not ranked:
            continue
        best, k = ranked[0]
        runner_up = ranked[1][0] if len(ranked) > 1 else 0.0
        # A short caption shares few pairs with anything; what it shares, it shares with its story:
        # so also ask which story echoes the caption's rarest pairs (as for headlines).
        echoes = sorted(((echo.score(texts[i], h), h) for h in hosts), reverse=True)
        e_best, e_k = echoes[0]
        e_next = echoes[1][0] if len(echoes) > 1 else 0.0
        if _photo_story(stories[i]) and best < TITLED_CAPTION_MIN_COSINE:
            stories[i].notes.append(f"not linked: a photo story under its own title resembles no story closely "
                                    f"(best cosine {best:.2f})")
        elif best >= LINK_MIN_COSINE and best >= LINK_MIN_MARGIN * runner_up:
            stories[i].link_to = stories[k]
        elif e_best >= LINK_MIN_ECHO and e_best >= 2 * e_next:
            stories[i].link_to = stories[e_k]
            stories[i].notes.append(f"linked by a weak echo only (best cosine {best:.2f}, next {runner_up:.2f}; "
                                    f"best echo {e_best:.2f}, next {e_next:.2f})")
        elif best >= LINK_MIN_COSINE and best > runner_up and k in _neighbours(hosts, i):  # only the margin failed
            stories[i].link_to = stories[k]
            stories[i].notes.append(f"linked to the story beside it, the one it resembles most, though not clearly "
                                    f"(best cosine {best:.2f}, next {runner_up:.2f})")
        elif (host := _enclosing_story(stories, i, _related_hosts(ranked, echoes, hosts, texts[i]))) is not None:
            stories[i].link_to = stories[host]
            stories[i].notes.append(f"linked to the story whose text runs on around it, though it resembles no story "
                                    f"clearly (best cosine {best:.2f}, next {runner_up:.2f})")
        else:
            stories[i].notes.append(f"not linked: it resembles no story clearly (best cosine {best:.2f}, next "
                                    f"{runner_up:.2f}; best echo {e_best:.2f}, next {e_next:.2f})")


TITLED_CAPTION_MIN_COSINE = 0.1
"""A caption under a title of its own (老手艺遇上新传人 ⏎ 6月10日… ⏎ 记者 某某 摄) is a photo story, a piece of
its own: it is linked to a story only when it resembles it this closely (an untitled one: :data:`LINK_MIN_COSINE`)."""


_DIRECTIVE_TITLE = re.compile(rf"(?:{DIRECTIVE_TYPE})(?:[（(][^（）()]*[）)])?$")
"""A directive's title: it ends on its type (…的意见, …的通知), perhaps with a date in brackets after it."""


def _related_hosts(ranked: list[tuple[float, int]], echoes: list[tuple[float, int]], hosts: list[int],
                   text: str) -> list[int]:
    """The stories a box or caption may go with when a story's text runs on around it: those it resembles
    at all among the two it resembles most, by cosine or by echo (class: satellite inside an unrelated
    story, the page's own photo set in whatever column had room: 市民踏青赏花 inside a story on factories).
    A caption that resembles no story at all but names its picture (图为…, 上图：, ``caption_markers.csv``)
    points at the text around it: every story may host it (图为…集装箱码头一派繁忙 inside a trade report)."""
    related = [k for score, k in ranked[:2] + echoes[:2] if score > 0]
    return hosts if not related and CAPTION.search(text) else related


def _enclosing_story(stories: list[_Story], i: int, hosts: list[int]) -> int | None:
    """The story whose text runs on around item ``i``: its body printed both before and after the
    item's lines (a caption or box set inside a story's column, the sentence going on under it). A page
    sets a photo or a box inside the story it goes with (class: satellite inside its story's text), though
    not inside a directive (…的意见), whose terms no photo illustrates. The innermost such story, or None."""
    own = [s.line for p in stories[i].parts for s in p.spans]
    if not own:
        return None
    first, last = min(own), max(own)
    around = []
    for k in hosts:
        if any(_DIRECTIVE_TITLE.search(nonspace(fold(u.text))) for u in stories[k].heads_before + stories[k].heads_after):
            continue  # a directive (…的意见) lays down terms: no photo of it, one set in its column is the page's
        body = [s.line for p in stories[k].parts if p.role == "body" for s in p.spans]
        if any(n < first for n in body) and any(n > last for n in body):
            around.append((max(n for n in body if n < first), k))
    return max(around)[1] if around else None


def _photo_story(s: _Story) -> bool:
    """A caption with a headline of its own (a photo story's title)."""
    return s.kind == "caption" and bool(s.heads_before or s.heads_after)


def _neighbours(hosts: list[int], i: int) -> set[int]:
    """The stories right before and right after item ``i`` in file order (the nearest of ``hosts``):
    a box or caption is printed beside its story."""
    before, after = [k for k in hosts if k < i], [k for k in hosts if k > i]
    return set(before[-1:] + after[:1])


def _resolve_date(md: tuple[int, int] | None, edition_date: date | None) -> str | None:
    if md is None or edition_date is None:
        return None
    month, day = md
    try:
        return date(year_for(month, day, edition_date), month, day).isoformat()
    except ValueError:
        return None


REPORTER_DAY = re.compile(r"^\s*(?:" + ROLE + r")\s*(?:(?P<m>\d{1,2})\s*月\s*)?(?P<d>\d{1,2})\s*日(?![\d日])")
"""A lead whose reporter learnt the news on a day (记者4月21日从…获悉, 记者15日从…): that day is its dateline."""


def _lead_day(text: str, edition_date: date | None) -> tuple[int, int] | None:
    """The day a news story's text opens on, when no source line gave one: ``10月12日，…`` (after a
    byline line) or ``记者15日从…`` (a day alone is in the edition's month, or the month before when
    it is later than the edition's day)."""
    if (dm := BRIEF_DAY.match(text)) is not None:
        return int(dm.group("m")), int(dm.group("d"))
    rm = REPORTER_DAY.match(text)
    if rm is None:
        return None
    if rm.group("m"):
        return int(rm.group("m")), int(rm.group("d"))
    if edition_date is None:
        return None
    day = int(rm.group("d"))
    month = edition_date.month if day <= edition_date.day else (edition_date.month - 2) % 12 + 1
    return month, day


def _dateline(s: _Story, kind: str, body: list[str], edition_date: date | None) -> str | None:
    """A story's dateline: the day its lead gave, or else the day its text opens on (a ● brief's
    11月18日，…; a news story's, :func:`_lead_day`), or a day named relative to the edition's (昨日)."""
    if kind == "brief" and s.date_md is None and body and (dm := BRIEF_DAY.match(body[0])):
        s.date_md = (int(dm.group("m")), int(dm.group("d")))  # ●… ⏎ 11月18日，…: the day it reports
    if kind == "news" and s.date_md is None and s.day_offset is None and body:
        s.date_md = _lead_day(body[0], edition_date)  # □本报记者 … ⏎ 10月12日，… / 记者15日从…
    return _resolve_date(s.date_md, edition_date) or _relative_date(s.day_offset, edition_date)


def _relative_date(offset: int | None, edition_date: date | None) -> str | None:
    """The day ``offset`` days from the edition's date (昨日: -1), None without either."""
    if offset is None or edition_date is None:
        return None
    return (edition_date + timedelta(days=offset)).isoformat()


def _story_heads(edition: Edition, s: _Story) -> tuple[str, str, list[str], list[tuple[str, TextUnit]]]:
    """A story's kicker, headline, subheadlines and the role of each headline unit."""
    if s.kind == "brief" and (s.kicker or s.brief_head):  # a ● item: the column's heading, its own line
        own = TextUnit("head", s.brief_head, text=spans_text(edition, s.brief_head)) if s.brief_head else None
        decks = [] if own is not None else s.heads_after[1:]
        own = own if own is not None or not s.heads_after else s.heads_after[0]  # its headline printed after it
        roles = [("kicker", h) for h in s.heads_before] + ([("headline", own)] if own else []) \
            + [("subheadline", d) for d in decks]
        return s.kicker, _brief_headline_text(edition, own) if own else "", \
            [_headline_text(edition, d) for d in decks], roles
    heads = s.heads_before + s.heads_after if s.kind != "teaser" else s.teaser_heads
    if s.kind == "teaser" and s.kicker and len(heads) == 1:  # a stack's later teaser: the banner above
        # 某某少跑腿 ⏎ ——二论…: its dash deck a subheadline; so is a figures deck under words with none
        # (全市春运明日启动 ⏎ 预计发送旅客…万人次), the banner being the stack's kicker
        main, *decks = [t for part in _dash_off(edition, heads[0]) for t in figures_deck_off(edition, part)]
        return s.kicker, _headline_text(edition, main), [_headline_text(edition, d) for d in decks], \
            [("headline", main)] + [("subheadline", d) for d in decks]
    if s.kind == "teaser" and s.kicker and not heads:  # a run's pointer line alone (4版刊登…): the banner, no headline
        return s.kicker, "", [], []
    if s.kind == "teaser" and len(heads) >= 2 and (len(_banner_words(heads[0].text)) <= TEASER_BANNER_MAX
                                                   or COMMENTARY_COLUMN.match(nonspace(heads[0].text))):
        roles = [("kicker", heads[0]), ("headline", heads[1])] + [("subheadline", h) for h in heads[2:]]
        return (_banner_words(_headline_text(edition, heads[0])), _headline_text(edition, heads[1]),
                [_headline_text(edition, h) for h in heads[2:]], roles)
    return _arrange_heads(edition, heads)


CLOSING_CREDIT = re.compile(r"(?<=[。！？”])\s*[（(](?P<name>[\u4e00-\u9fff](?:\s*[\u4e00-\u9fff]){1,5})\s*[）)]\s*$")
"""A closing credit, the writer's name in brackets after a story's last sentence: ``…通车。（苏禾）``."""


def _closing_credits(edition: Edition, stories: list[_Story]) -> None:
    """A story's closing credit （王普） is its byline, not body (the name as :func:`parse_names` reads it); so is a
    box's (记者手记 … 的底气。（龙 飞）: the reporter's notes signed like a story)."""
    for s in stories:
        if s.kind not in _MAIN_KINDS and s.kind != "box":
            continue
        last = max((k for k, p in enumerate(s.parts) if p.role == "body"), default=None)
        if last is None:
            continue
        spans = list(s.parts[last].spans)
        if _quote_credit_off(edition, s, last):
            continue
        m = CLOSING_CREDIT.search(_raw(edition, spans)) or _role_credit(_raw(edition, spans))
        if not m:
            _credit_paragraph(edition, s, last)
            continue
        body, credit = carve(edition, spans, [m.start() + len(m.group(0)) - len(m.group(0).lstrip())])
        if not body or not credit:
            continue
        s.parts[last] = _part(edition, "body", body)
        s.parts.insert(last + 1, _part(edition, "byline", credit))
        s.byline = s.byline or parse_names(m.group("name"))
        s.source = s.source or _credit_source(m.group("name"))


QUOTE_CREDIT = re.compile(r"(?<=[。！？!?…][”’」』])\s*——(?P<credit>[^，,。；;！？!?：:“”‘’]{2,40}?)\s*$")
"""A quote's speaker credit after its closing quote: ``…做起来。” ⏎ ——市人大代表、某村党支部 书记 王某``."""
_PADDED_NAME = re.compile(r"(?:^|\s)(?P<name>[\u4e00-\u9fff](?:[ \u3000][\u4e00-\u9fff]){1,2}|[\u4e00-\u9fff]{2,4})$")


def _quote_credit_off(edition: Edition, s: _Story, last: int) -> bool:
    """A quote closed by its speaker's dash credit (class: a quotes column, 代表委员说): the credit is the
    item's byline, the speaker the name set apart after the roles (王某, padded 王 某); not body."""
    spans = list(s.parts[last].spans)
    m = QUOTE_CREDIT.search(_raw(edition, spans))
    if not m:
        return False
    name = _PADDED_NAME.search(m.group("credit").replace("\n", " ").strip())
    body, credit = carve(edition, spans, [m.start() + len(m.group(0)) - len(m.group(0).lstrip())])
    if not name or not body or not credit:
        return False
    s.parts[last] = _part(edition, "body", body)
    s.parts.insert(last + 1, _part(edition, "byline", credit))
    s.byline = s.byline or [re.sub(r"[ \u3000]", "", name.group("name"))]
    return True


CREDIT_PARAGRAPH = re.compile(r"^\s*[（(](?P<name>[\u4e00-\u9fff][\u4e00-\u9fff\s]{3,24})[）)]\s*$")
"""A closing credit with role words set as a paragraph of its own: ``（本报记者 石磊 通讯员 龙晓燕）``."""


def _credit_paragraph(edition: Edition, s: _Story, last: int) -> None:
    """A story's last paragraph that is only its writers' credit, with their roles, after a paragraph
    that ends a sentence: the byline, not body."""
    m = CREDIT_PARAGRAPH.match(_raw(edition, list(s.parts[last].spans)))
    before = [p for p in s.parts[:last] if p.role == "body"]
    if not m or not _ROLES.search(re.sub(r"\s+", "", m.group("name"))) or not before \
            or not TERMINAL.search(before[-1].text.rstrip()):
        return
    s.parts[last] = _part(edition, "byline", list(s.parts[last].spans))
    s.signed_off = True  # its writers sign it: the paper's own report, however short
    s.byline = s.byline or parse_names(m.group("name"))
    s.source = s.source or _credit_source(m.group("name"))


ROLE_CREDIT = re.compile(r"(?<=[。！？”])\s*[（(](?P<name>[\u4e00-\u9fff][\u4e00-\u9fff\s]{3,24})[）)]\s*$")
"""A longer closing credit that names its writers' roles: ``…说。（本报记者 石磊 通讯员 龙晓燕）``."""


def _role_credit(raw: str) -> re.Match | None:
    """A closing credit with role words in it (本报记者, 通讯员): what :data:`ROLE_CREDIT` finds, when
    the brackets name a role (a longer bracket without one is a note, not a credit)."""
    m = ROLE_CREDIT.search(raw)
    return m if m and _ROLES.search(re.sub(r"\s+", "", m.group("name"))) else None


def _figures_box_titles(edition: Edition, stories: list[_Story]) -> None:
    """A box of figures whose first line, glued to the figure under it, names what the figures are
    (【数说】 ⏎ 1—10月全省主要经济指标 ⏎ 6.8% ⏎ …): that line is the box's headline, not its text."""
    for s in stories:
        body = [k for k, p in enumerate(s.parts) if p.role == "body"]
        if s.kind != "box" or s.heads_before or not body or any(p.role not in ("label", "body") for p in s.parts):
            continue
        first = s.parts[body[0]]
        lines = first.lines
        if len(lines) < 2:
            continue
        top = [sp for sp in first.spans if sp.line == lines[0]]
        title, under = spans_text(edition, top), edition.lines[lines[1] - 1].strip()
        if not _figures_under(under) or FIGURE_LINE.match(nonspace(title)) or _CLAUSE_MARK.search(title) \
                or _table_header(edition.lines[lines[0] - 1].strip()):
            continue  # (指标 总量（亿元） 增速（%） ⏎ rows: the table's column names open its text, no title)
        if _labels_over_figures(edition, [s.parts[k] for k in body[1:]]):
            continue  # 地区生产总值 ⏎ 3268.5亿元 ⏎⏎ 城镇新增就业 ⏎ 5.46万人: every fact names its figure above it
        s.heads_before.append(TextUnit("head", top, text=title))
        s.parts[body[0]] = _part(edition, "body", first.spans[len(top):])


def _figures_under(line: str) -> bool:
    """Does ``line``, right under a box's first line, open its figures: a figure alone (6.8%), or a table's
    row of column names or first row (品种 产量（万吨） 同比增长（%）, 蔬菜 416.2 5.8)?"""
    return bool(FIGURE_LINE.match(nonspace(line))) or _table_header(line) or _table_row(line)


def _labels_over_figures(edition: Edition, parts: list[Part]) -> bool:
    """Are ``parts`` (a box's later facts) each a label line over its figure, ending on a figure, as the first
    one is (a figure, or a change and its figure: :func:`_figure_entry`)? Then the first fact's top line is
    its label, not the box's title (a box whose lines end on a label reads figure first: 6.8% ⏎ 工业增加值增速
    ⏎ … ⏎ 进出口总值)."""
    return bool(parts) and all(len(p.lines) >= 2 and not _figure_entry(nonspace(_first_line_text(edition, p)))
                               and _figure_entry(nonspace(edition.lines[p.lines[1] - 1]))
                               and _figure_entry(nonspace(edition.lines[p.lines[-1] - 1])) for p in parts)


ITEM_HEADING = re.compile(r"^[0-9０-９]{1,2}[.．][^0-9０-９，,、；;：:。！？]{2,14}。$")
"""A numbered item's heading on a line of its own, one short phrase and a full stop (1.完善基础设施。)."""


def _numbered_item_headings(edition: Edition, stories: list[_Story]) -> None:
    """In a document set in numbered headings (一、… / （一）…), an item's heading on a line of its own
    over its paragraph (1.完善基础设施。 ⏎ 重点改造…) is one more of its headings, not its text."""
    for s in stories:
        if not any(_NUMBERED.match(u.text) for u in s.subheads):
            continue
        kept: list[Part] = []
        for k, p in enumerate(s.parts):
            more = k + 1 < len(s.parts) and s.parts[k + 1].role == "body"
            heads = [n for i, n in enumerate(p.lines) if p.role == "body" and (i + 1 < len(p.lines) or more)
                     and ITEM_HEADING.match(edition.lines[n - 1].strip())]
            if not heads:
                kept.append(p)
                continue
            for piece in _cut_at_lines(p.spans, heads):
                if piece[0].line in heads:
                    s.subheads.append(TextUnit("head", piece, text=spans_text(edition, piece)))
                else:
                    kept.append(_part(edition, "body", piece))
        s.subheads.sort(key=lambda u: u.first_line)  # in print order, among the numbered headings
        s.parts = kept


_AD_LABEL = re.compile(r"^[【\[［](?:" + AD_MARK + r")[】\]］]$")
"""An advertisement's mark set as a box's label (【广告】) over the advertisement."""

_TOP_HEADING = re.compile(r"^([一二三四五六七八九十]{1,3})、")
"""A document's top-level section heading (一、工业生产, 二、2024年预算草案)."""

_ASIDES = ("box", "caption", "teaser", "furniture")
"""Items printed inside a document's run without being part of it (a glossary box, a caption, a teaser)."""


def _top_numbers(s: _Story) -> list[int]:
    """The numbers of a story's top-level section headings (一、… → 1), in print order."""
    out = []
    for u in sorted(s.heads_before + s.heads_after + s.subheads, key=lambda u: u.first_line):
        m = _TOP_HEADING.match(nonspace(u.text))
        if m:
            try:
                out.append(page_number(m.group(1)))
            except ValueError:
                continue
    return out


def _next_top_heading(s: _Story, head: TextUnit) -> bool:
    """Is ``head`` the top-level section heading after ``s``'s last one (六、… then 七、加强财政管理的意见)?
    Then it is ``s``'s next section, even when its words end as a document's title does (…的意见)."""
    m = _TOP_HEADING.match(nonspace(head.text))
    mine = _top_numbers(s)
    try:
        return bool(m and mine) and page_number(m.group(1)) == mine[-1] + 1
    except ValueError:
        return False


def _sections_go_on(a: _Story, b: _Story) -> bool:
    """``b`` goes on ``a``'s document: neither has a source line, one of them has no headline, and
    ``b``'s first top-level section heading is the one after ``a``'s last (一、 … | title | 二、 …)."""
    if a.source or b.source or a.byline and b.byline or (a.has_headline() and b.has_headline()):
        return False
    mine, theirs = _top_numbers(a), _top_numbers(b)
    return bool(mine and theirs) and theirs[0] == mine[-1] + 1


FEATURE_SECTION_ECHO = 0.5
"""A feature's section (小标题 and text) carries on the feature when at least this share of the character
pairs of the feature's headline and dash deck recur in the section's text."""


def _feature_sections(edition: Edition, stories: list[_Story]) -> None:
    """A feature printed under a stack with a dash deck (白鹭溪边的“护溪人” ⏎ ——记…某某) and no lead
    marker is set in sections: a lone line right under its text, over text that opens no story (no lead
    marker) and restates the feature's headline and deck (its subject's name, place), is its next 小标题,
    not a new story's headline; the section's text is the feature's."""
    k = 0
    while k + 1 < len(stories):
        x, y = stories[k], stories[k + 1]
        if not _feature_opening(edition, x) or not _feature_section(x, y) \
                or shared_share("".join(u.text for u in x.heads_before[1:]), y.body_text()) < FEATURE_SECTION_ECHO:
            k += 1
            continue
        x.subheads += y.heads_before
        _absorb(x, y, stories)


FEATURE_OPENING_ECHO = 0.15
"""A stack printed after a feature's text is the whole feature's, its opening paragraph included, when at
least this share of its character pairs recur in that paragraph."""


def _feature_first_section(edition: Edition, stories: list[_Story]) -> None:
    """On a page whose headlines follow their text, a feature's opening paragraph (no lead marker) then its
    first 小标题 (a short phrase that echoes the opening) then text set in more 小标题, its stack after it:
    the 小标题 is the first of its sections, not the headline of a short item printed after its text; the
    opening and the sections are one feature, whose stack (echoing the opening too) is its headline."""
    k = 0
    while k + 1 < len(stories):
        x, y = stories[k], stories[k + 1]
        if not _opening_under_heading(edition, x) or not _sections_under_stack(x, y) \
                or shared_share("".join(u.text for u in y.heads_after), x.body_text()) < FEATURE_OPENING_ECHO:
            k += 1
            continue
        x.subheads += x.heads_after
        x.heads_after = list(y.heads_after)
        x.byline = y.byline or x.byline  # the feature's credit is the one printed under its last section
        _absorb(x, y, stories)


def _opening_under_heading(edition: Edition, x: _Story) -> bool:
    """Is ``x`` text with no lead marker and no headline but one short line right under it, no sentence?"""
    if x.kind != "unknown" or x.source is not None or x.signed_off or x.heads_before or x.subheads \
            or len(x.heads_after) != 1 or x.continued_from is not None or x.continues_on is not None:
        return False
    head = x.heads_after[0]
    text = nonspace(fold(head.text))
    body = [p for p in x.parts if p.role == "body"]
    return bool(body) and len(head.lines) == 1 and head.first_line == body[-1].lines[-1] + 1 \
        and len(text) <= SECTION_HEADING_MAX and not _CLAUSE_MARK.search(text) and not _NUMBERED.match(text)


def _sections_under_stack(x: _Story, y: _Story) -> bool:
    """Is ``y`` text right under ``x``'s heading, no lead marker, set in 小标题, its own stack after it?"""
    body = [p for p in y.parts if p.role == "body"]
    return y.kind in ("news", "unknown") and y.source is None and not y.heads_before and bool(y.subheads) \
        and bool(y.heads_after) and bool(body) and body[0].lines[0] == x.heads_after[0].last_line + 1


def _feature_opening(edition: Edition, x: _Story) -> bool:
    """A feature's text so far: under its own stack with a dash deck, no lead marker, no closing credit."""
    return x.kind in ("news", "unknown") and x.source is None and not x.signed_off and not x.heads_after \
        and len(x.heads_before) >= 2 and _has_dash_deck(edition, x.heads_before)


def _feature_section(x: _Story, y: _Story) -> bool:
    """Is ``y`` one line over text right under ``x``'s text, with no lead marker and no headline of its own?"""
    return y.kind in ("news", "unknown") and y.source is None and not y.heads_after and len(y.heads_before) == 1 \
        and len(y.heads_before[0].lines) == 1 and not _is_dash(y.heads_before[0]) \
        and y.heads_before[0].first_line == x.last_line + 1


def _rejoin_numbered_sections(stories: list[_Story]) -> None:
    """A document whose title (and issuer, date, or delivery line and speaker) is printed after its
    opening paragraphs or first section was cut in two at the title: the part after it, numbered on
    from the part before (一、… ⏎ title ⏎ 二、…), is the same document, whatever sits between."""
    k = 0
    while k < len(stories):
        a = stories[k]
        nxt = next((j for j in range(k + 1, len(stories)) if stories[j].kind not in _ASIDES), None)
        if a.kind in _ASIDES or nxt is None or not _sections_go_on(a, stories[nxt]):
            k += 1
            continue
        b = stories[nxt]
        numbered = [u for u in b.heads_before + b.heads_after if _NUMBERED.match(nonspace(u.text))]
        a.subheads += numbered
        a.heads_before += [u for u in b.heads_before if u not in numbered]
        a.heads_after += [u for u in b.heads_after if u not in numbered]
        a.kind = "document" if "document" in (a.kind, b.kind) else a.kind
        _absorb(a, b, stories)


_SENTENCE_MARK = re.compile(r"[，,；;。！？!?]")
"""A mark no table's title, unit line or row holds: a sentence's."""


def _document_past_table(edition: Edition, stories: list[_Story]) -> None:
    """A titled document set in numbered sections (一、… 二、…) cut in two where a table is printed in its text
    (…决算情况 ⏎ 单位：万元 ⏎ 项目 决算数 …, 附表 … ⏎ 指标 单位 …) or where a section's heading stands over a
    line the page's blank lines set apart (四、人民生活 ⏎ 全年…收入41 ⏎⏎ 286元，…): the table read as a stack
    over the next section (or as teasers between), the heading as a kicker. When the item after the document
    has no source, no byline and no stack after its text, and its numbered headings go on from the
    document's, the table's lines (and a lone line under the heading) are the document's text, its numbered
    headings the document's 小标题 (class: document text run on past a table)."""
    k = 0
    while k < len(stories):
        a = stories[k]
        nxt = next((j for j in range(k + 1, len(stories)) if stories[j].kind not in _ASIDES), None)
        b = stories[nxt] if nxt is not None else None
        between = [] if b is None else [s for s in stories if s.kind == "teaser" and not s.parts and s.teaser_heads
                                         and a.last_line < s.first_line < b.first_line]
        if b is None or not _document_runs_on(edition, a, b, [u for s in between for u in s.teaser_heads]):
            k += 1
            continue
        numbered = [u for u in b.heads_before if _TOP_HEADING.match(nonspace(u.text))]
        lines = [u for s in between for u in s.teaser_heads] + [u for u in b.heads_before if u not in numbered]
        a.subheads += numbered
        rows = [_part(edition, "body", [sp for sp in u.spans if sp.line == n], " ".join(edition.lines[n - 1].split()))
                for u in lines for n in u.lines]  # each row as printed, its cells set apart
        b.parts = sorted(b.parts + rows, key=lambda p: p.lines[0])
        b.heads_before, b.doubts = [], []  # (its doubts were about the stack it no longer has)
        stories[:] = [s for s in stories if s not in between]
        _absorb(a, b, stories)


def _document_runs_on(edition: Edition, a: _Story, b: _Story, between: list[TextUnit]) -> bool:
    """Does ``b`` go on the titled document ``a`` past a table (its lines in ``b``'s stack or in the teasers
    ``between``) or a section heading (:func:`_document_past_table`)?"""
    if a.kind not in ("unknown", "document") or a.source or a.continues_on is not None \
            or not a.heads_before or b.kind != "unknown" or b.source or b.byline or b.heads_after \
            or b.continued_from is not None or not any(p.role == "body" for p in b.parts):
        return False
    mine, theirs = _top_numbers(a), _top_numbers(b)
    if not (mine and theirs) or theirs[0] != mine[-1] + 1:
        return False
    heads = sorted(b.heads_before, key=lambda u: u.first_line)
    at = next((i for i, u in enumerate(heads) if _TOP_HEADING.match(nonspace(u.text))), len(heads))
    table, under = sorted(between + heads[:at], key=lambda u: u.first_line), heads[at + 1:]
    if (table or heads) and (table or heads)[0].first_line - a.last_line > 2:
        return False  # right under the document's text (a blank line between at most)
    lines = [" ".join(edition.lines[n - 1].split()) for u in table for n in u.lines]
    if lines and (any(_SENTENCE_MARK.search(t) for t in lines) or not any(
            _UNIT_LINE.match(t) or _table_row(t) or _table_header(t) or _figure_row(t) for t in lines)):
        return False  # a table: no sentence in it, and a unit line or a row of cells
    if len(under) > 1 or not lines and not heads:
        return False
    body = min(p.lines[0] for p in b.parts if p.role == "body")
    return not under or len(under[0].lines) == 1 and 0 < body - under[0].last_line <= 2 \
        and not _TOP_HEADING.match(nonspace(under[0].text))


def _stack_past_box(edition: Edition, stories: list[_Story]) -> None:
    """A stack printed over a box (【核心提示】…, 【数说】 and its title) that stands between the stack and a
    lead (本报讯…, 新华社…电) with no headline of its own: the stack is the lead's, not a teaser with no
    text beside a headless story, nor the box's headline (a box's label is its top line) (class: stack over
    a box over its lead)."""
    for lead in [s for s in stories if s.source and not s.has_headline() and s.kind not in _ASIDES + ("brief",)]:
        box = _item_right_above(edition, stories, lead.first_line, "box")
        if box is None:
            continue
        label = next((p.lines[0] for p in box.parts if p.role == "label"), None)
        if label is not None and box.heads_before and all(u.last_line < label for u in box.heads_before):
            lead.heads_before = box.heads_before + lead.heads_before  # a box's label is its top: the stack
            box.heads_before = []  # over it is no box's headline
            continue
        teaser = _item_right_above(edition, stories, box.first_line, "teaser")
        if teaser is None or teaser.parts or not teaser.teaser_heads \
                or teaser.kicker and _headline_text(edition, teaser.teaser_heads[0]) != teaser.kicker:
            continue  # (a stack's banner goes with its first block only)
        lead.heads_before = list(teaser.teaser_heads) + lead.heads_before
        lead.doubts += teaser.doubts
        stories.remove(teaser)


def _item_right_above(edition: Edition, stories: list[_Story], line: int, kind: str) -> _Story | None:
    """The item of ``kind`` whose last line is right above ``line`` (blank lines between at most), if any."""
    top = line - 1
    while top > 0 and not edition.lines[top - 1].strip():
        top -= 1
    return next((s for s in stories if s.kind == kind and s.last_line == top), None)


def _cut_at_lines(spans: list[Span], lines: list[int]) -> list[list[Span]]:
    """Spans cut into runs, each of ``lines`` a run of its own."""
    out: list[list[Span]] = []
    for sp in spans:
        if not out or sp.line in lines or out[-1][-1].line in lines:
            out.append([sp])
        else:
            out[-1].append(sp)
    return out


STAFF_CREDIT = re.compile(r"^(?:" + ROLE_PREFIX + r")?(?:" + MASTHEAD_SUFFIX + r")?(?:" + ROLE_PREFIX + r")?(?:"
                          + STAFF_ROLE + r")")
"""A photo credit by the paper's own staff, no house named or the paper called by its kind alone
(融媒体记者 吴 桐 摄, 晚报记者 宋知南 摄, 首席记者 …): the paper's own photograph."""


PAPER_NAMED = re.compile(r"^(?P<house>" + PAPER_HOUSE + r")(?:" + ROLE + r")")


def _paper_named(credit: str) -> str | None:
    """The paper a photo credit names in full before its role (青河晚报记者 周 平 摄 → 青河晚报), as the
    credit's source; None for a credit naming it by its kind alone (晚报记者 …: this paper's)."""
    m = PAPER_NAMED.match(re.sub(r"\s", "", fold(credit)))
    house = m.group("house") if m else None
    return house if house and re.fullmatch(MASTHEAD_SUFFIX, house) is None else None


def _staff_credit(credit: str) -> str | None:
    """This paper for a photo credit of its own staff (:data:`STAFF_CREDIT`); None for any other
    (通讯员 钟 敏 摄: a correspondent's, no house)."""
    return THIS_PAPER if STAFF_CREDIT.match(re.sub(r"\s", "", fold(credit))) else None


CREDIT_WORD_FIRST = re.compile(r"^(?:" + CREDIT_BEFORE + r")[：:/／]?")
"""A credit word printed before the names (制图：, 摄影/): off before the role is read."""


def _credit_source(credit: str) -> str | None:
    """Who a closing credit names as the writer's house: the agency it opens with (（新华社记者 …）),
    this paper for a reporter's role alone (（记者 何 苗）, the paper's own reporter), else None
    (（江 舟）: a name alone says nothing about the house)."""
    flat = re.sub(r"\s", "", fold(credit))
    if (m := re.match(ORG, flat)) is not None:
        return m.group(0)
    return THIS_PAPER if re.search(ROLE, flat) else None


ISSUER_LINE = re.compile(ISSUER_NAME.pattern + r"|^(?:[〇零一二三四五六七八九十]{4}|\d{4})\s*年\s*[一二三四五六七八九十\d]{1,3}\s*月\s*"
                         r"[一二三四五六七八九十\d]{1,3}\s*日$")
"""A line of a document's issuer block: who issues it (…统计局) or when (2025年2月28日)."""


def _issuers(edition: Edition, stories: list[_Story]) -> None:
    """Under a document's printed title, a paragraph made only of institution names and a date
    (岚江省统计局 / 国家统计局岚江调查总队 / 2025年2月28日) is the issuer block, not its text."""
    for s in stories:
        if not any(DOCUMENT_TITLE.search(fold(u.text)) for u in s.heads_before):
            continue
        first = next((k for k, p in enumerate(s.parts) if p.role == "body"), None)
        if first is None:
            continue
        lines = [spans_text(edition, [sp]) for sp in s.parts[first].spans]
        if lines and all(ISSUER_LINE.match(fold(t)) for t in lines):
            s.parts[first] = Part("issuer", s.parts[first].text, s.parts[first].spans)


SPEAKER_LINE = re.compile(r"^[\u4e00-\u9fff]{0,12}(?:" + OFFICE + r")[\s\u3000]+(?P<name>[\u4e00-\u9fff](?:[\s\u3000]?"
                          r"[\u4e00-\u9fff]){1,3})$")
"""A speaker line under a report's title, office then name set apart (澜江省省长 陆明远): its byline."""


def _speaker_under(edition: Edition, u: TextUnit) -> list[TextUnit]:
    """A headline unit whose last line is a speaker line (office then name, :data:`SPEAKER_LINE`) set
    straight under the lines above it: the speaker line is a unit of its own."""
    last = max(u.lines)
    if len(u.lines) < 2 or not SPEAKER_LINE.match(fold(edition.lines[last - 1]).strip()):
        return [u]
    top, low = [sp for sp in u.spans if sp.line < last], [sp for sp in u.spans if sp.line == last]
    return [TextUnit("head", top, text=spans_text(edition, top), gap_joined=u.gap_joined),
            TextUnit("head", low, text=spans_text(edition, low))]


def _delivery_lines(edition: Edition, stories: list[_Story]) -> None:
    """Under a document's title, the line saying where it was delivered (——某日在某某会议上), wrapped
    by the column over two lines, is one subheadline; the speaker line set straight under it (某某局局长
    某某) is a unit of its own, for :func:`_speakers` to read as the byline."""
    for s in stories:
        for pool in (s.heads_before, s.heads_after):
            if not any(DOCUMENT_TITLE.search(fold(u.text)) for u in pool):
                continue
            pool[:] = [piece for u in pool for piece in _speaker_under(edition, u)]
            k = 0
            while k + 1 < len(pool):
                a, b = pool[k], pool[k + 1]
                if delivery_wrapped(fold(a.text), fold(b.text)):
                    spans = a.spans + b.spans
                    pool[k:k + 2] = [TextUnit("head", spans, text=spans_text(edition, spans), gap_joined=True)]
                k += 1


def _speakers(edition: Edition, stories: list[_Story]) -> None:
    """Under a document's printed title, a headline-like line giving an office and a name (澄州市市长
    顾明远) says who delivered it: the document's byline, not a subheadline."""
    for s in stories:
        if not any(DOCUMENT_TITLE.search(fold(u.text)) for u in s.heads_before + s.heads_after):
            continue
        for pool in (s.heads_before, s.heads_after, s.subheads):
            for u in list(pool):
                m = SPEAKER_LINE.match(fold(_raw(edition, u.spans)).strip()) if len(u.lines) == 1 else None
                if m and not s.byline:
                    pool.remove(u)
                    s.parts.append(Part("byline", spans_text(edition, u.spans), tuple(u.spans)))
                    s.byline = ["".join(m.group("name").split())]  # one speaker, even spaced out: 宋 启 航


BRACKETED_DATE = re.compile(r"^[（(]\s*(?:[〇零一二三四五六七八九十]{4}|\d{4})\s*年\s*[一二三四五六七八九十\d]{1,3}\s*月\s*"
                            r"[一二三四五六七八九十\d]{1,3}\s*日\s*[）)]$")
"""A release date in brackets under a document's title （2023年3月18日）."""


def _is_issuer_head(text: str) -> bool:
    """A headline-like line that names who issues a document (one or more institutions set apart by
    spaces: 某市统计局 国家统计局某市调查队), or dates it (2023年3月18日, in brackets or not)."""
    t = fold(text).strip()
    if BRACKETED_DATE.match(t) or (ISSUER_LINE.match(t) and DATE_TAIL.search(t)):
        return True
    names = t.split()
    return bool(names) and all(ISSUER_LINE.match(n) and not DATE_TAIL.search(n) for n in names)


def _issuer_heads(edition: Edition, stories: list[_Story]) -> None:
    """Right under a document's printed title, the lines that name its issuers and its release date
    are its issuer block (attribution), not subheadlines: from the title down, as long as they last
    (a unit of its own a line, or one unit of such lines: 某市统计局 ⏎ 2026年2月26日)."""
    for s in stories:
        for pool in (s.heads_before, s.heads_after):
            title = next((k for k, u in enumerate(pool) if DOCUMENT_TITLE.search(fold(u.text))), None)
            if title is None:
                continue
            k = title + 1
            while k < len(pool) and all(_is_issuer_head(edition.lines[n - 1]) for n in pool[k].lines):
                u = pool.pop(k)
                s.parts.append(Part("issuer", spans_text(edition, u.spans), tuple(u.spans)))


def _kind_of(edition: Edition, s: _Story, headline: str, body: list[str]) -> str:
    """The kind of a story the machine left ``unknown``, from its title, headings, credit and length."""
    if s.kind != "unknown":
        return s.kind
    if _notice_titled(s, headline):
        return "notice"  # 某某市考试院关于…报名的公告: a notice, numbered items or not
    if any(_NUMBERED.match(t) for t in [u.text for u in s.subheads] + body) or _titled_document(s, headline):
        return "document"
    rows = [p for p in s.parts if p.role == "body"]
    if headline and rows and not s.source and _list_part(edition, list(rows[0].spans)) \
            and all(_list_part(edition, list(p.spans), SECTION_ROWS_MIN) for p in rows[1:]):
        return "document"  # 某某名单 ⏎ 万某 某社区志愿者 ⏎ …: a titled list of names (class: winners list), no brief
    if s.signed_off or s.source == THIS_PAPER:  # a story its writer signs （苏 禾）, or a credit names
        return "news"  # the paper's staff （本报记者 某某 通讯员 某某）: the paper's own report
    if headline and sum(len(t) for t in body) <= BRIEF_MAX_CHARS and s.continued_from is None \
            and s.continues_on is None and not s.subheads:  # a continued story, or one set in 小标题, is no brief
        return "brief"
    if s.continued_from is not None:
        return "news"  # （上接1版）…: the rest of a story from another page of the paper
    return "unknown"


def _build(edition: Edition, stories: list[_Story], edition_date: date | None) -> list[Article]:
    """Articles from stories: kinds, headlines, parts in print order, in reading order.

    ``linked_to`` holds the linked Article itself until :func:`parse_articles` assigns ids.
    """
    built: dict[int, Article] = {}
    for s in stories:
        kicker, headline, subs, roles = _story_heads(edition, s)
        parts = list(s.parts)
        for role, u in roles:
            parts.append(Part(role, _headline_text(edition, u), tuple(u.spans)))
        for u in s.subheads:
            parts.append(Part("subheadline", _headline_text(edition, u), tuple(u.spans)))
        parts.sort(key=lambda p: (p.spans[0].line, p.spans[0].start) if p.spans else (0, 0))
        body = [p.text for p in parts if p.role == "body"]
        kind = _kind_of(edition, s, headline, body)
        if kind == "teaser" and not headline:
            s.notes.append("a teaser with no headline of its own on the page")
        if kind == "notice" and s.kicker:  # a notices column's heading (公告栏) over every notice
            kicker = s.kicker
        if kind == "box" and not kicker:
            kicker = next((p.text.strip("【】[] ") for p in parts if p.role == "label"), "")
        if kind == "caption" and not kicker:  # a labelled caption's bracketed label (【图说】), not a photo's number (①)
            kicker = next((p.text.strip("【】[] ") for p in parts if p.role == "label" and p.text.strip()[:1] in "【[［"), "")
        if kind in ("unknown", "news", "brief", "box") and (headline or (body and kind != "box")) \
                and COMMENTARY_COLUMN.match(kicker.strip("【】[] ")):
            kind = "commentary"  # 短评 ⏎ 让…: a commentary under its label (a box's 【短评】 over a headline too),
            # and a bare label over its text with no headline of its own (短评 ⏎ 春耕不等人。…); a boxed 【短评】
            # with no headline stays the box it is printed as
        art = Article(
            id="", kind=kind, headline=STAR_MARK.sub("", headline), kicker=kicker,
            subheadlines=subs + [_headline_text(edition, u) for u in s.subheads],
            source=s.source, byline=s.byline, dateline=_dateline(s, kind, body, edition_date),
            dateline_place=s.place, continues_on=s.continues_on, continued_from=s.continued_from,
            paragraphs=[t for t in body if t], parts=parts, notes=list(s.notes), furniture=s.furniture,
        )
        if kind == "teaser" and not art.paragraphs:
            _teaser_text(art, parts)
        if kind == "teaser" and not art.headline:
            _title_in_pointer(art)
        art.doubt = _doubt(edition, art, s)
        built[id(s)] = art
    for s in stories:
        if s.link_to is not None:
            built[id(s)].linked_to = built[id(s.link_to)]
    # reading order: stories as their text begins in the file; a linked box or caption right after its story
    order = sorted(built.values(), key=lambda a: a.first_line)
    satellites = [a for a in order if a.linked_to is not None]
    out: list[Article] = []
    for a in order:
        if a.linked_to is not None:
            continue
        out.append(a)
        out.extend(x for x in satellites if x.linked_to is a)
    return out


def _teaser_text(art: Article, parts: list[Part]) -> None:
    """A teaser's text is its pointer (详见2版), or its one line when the pointer runs on in it."""
    art.paragraphs = [p.text for p in parts if p.role == "teaser_ref"]
    _pointer_after_title(art)
    _pointer_in_headline(art)
    _page_label_after_headline(art)


POINTER_NAMING_TITLE = re.compile(r"^第?\s*\d{1,2}\s*版\s*(?:刊登|刊发|刊出)[\u4e00-\u9fff]{1,12}[：:]\s*(?P<title>[^：:，,。；;]{2,40})$")
"""A pointer line naming what the page prints, then after a colon its title (2版刊登本报评论：某某如何延续)."""


def _title_in_pointer(art: Article) -> None:
    """A teaser that is its pointer line alone, the line naming the kind of piece and, after a colon, its
    title (3版刊登本报评论员文章：让某某落地生根): the title is the teaser's headline (the pointer stays its text;
    class: titled pointer line). A pointer naming no title (6版刊登某某署名文章) keeps no headline."""
    m = POINTER_NAMING_TITLE.match(nonspace(fold(art.paragraphs[0]))) if len(art.paragraphs) == 1 else None
    if m is not None:
        art.headline = m.group("title").strip("《》“”\"")
        art.notes = [n for n in art.notes if n != "a teaser with no headline of its own on the page"]


PAGE_LABEL_END = re.compile(r"^(?P<head>.*\S)[\s\u3000]+(?P<ref>[A-Z](?P<page>\d{1,2}))$")
"""A teaser's headline with the page it points to set after a space as a bare page label (某某开通 A03)."""


def _page_label_after_headline(art: Article) -> None:
    """A teaser whose pointer is the page's label printed after its headline (某某开通试运营 A03): the
    label is its text and the page it goes on to, not a word of its headline."""
    m = PAGE_LABEL_END.match(art.headline.strip())
    if art.paragraphs or m is None or art.continues_on is not None:
        return
    art.headline, art.paragraphs, art.continues_on = m.group("head"), [m.group("ref")], int(m.group("page"))


def _pointer_in_headline(art: Article) -> None:
    """A teaser printed as one line, its pointer run on into its headline without a space (某某工作进展
    详见8版): the line is its headline and its text at once, and the pointer gives the page it goes on to."""
    m = RUN_ON_POINTER.search(art.headline.strip())
    if art.paragraphs or m is None or art.continues_on is not None or len(art.lines) != 1 or art.lines[0][0] != art.lines[0][1]:
        return
    art.paragraphs = [art.headline.strip()]
    art.continues_on = int(m.group("page"))


TITLE_THEN_POINTER = re.compile(r"^(?P<head>.*\S)(?P<ref>(?:详见|请看|见)第?(?P<page>\d{1,2})版)$")
"""A teaser's headline with a page pointer run on at its end (…的报告（摘要）见7版)."""


def _pointer_after_title(art: Article) -> None:
    """A teaser whose pointer runs on after a title that is complete without it: a title closed by
    its bracket or quote (…的报告（摘要）见7版, 《某某条例》详见3版), or wrapped over several lines (the
    pointer set after the wrapped title's end): the pointer is its text and the page it goes on to,
    not a word of its headline."""
    m = TITLE_THEN_POINTER.match(art.headline.strip())
    if art.paragraphs or m is None or art.continues_on is not None:
        return
    if not (m.group("head")[-1] in "）)》”」』" or len(art.lines) > 1 or art.lines[0][0] != art.lines[0][1]):
        return
    art.headline, art.paragraphs, art.continues_on = m.group("head"), [m.group("ref")], int(m.group("page"))


RUN_ON_POINTER = re.compile(r"[^\s▶►→▷（(](?:详见|请看)第?(?P<page>\d{1,2})版$")
"""A page pointer run on into the words before it, with no space, bracket or arrow (…进展详见8版)."""


def _two_plain_lines(edition: Edition, s: _Story) -> bool:
    """A stack of exactly two plain headline lines (no display type, document title, slogan, label,
    dash or comma to tell them apart): which is the kicker and which the headline is a guess."""
    heads = [p for u in s.heads_before + s.heads_after for p in _dash_off(edition, u)]
    if s.kind in ("brief", "teaser", "box") or len(heads) != 2:
        return False
    texts = [_headline_text(edition, u) for u in heads]
    if any(is_display(sp.text(edition)) for u in heads for sp in u.spans) or DOCUMENT_TITLE.search(fold(texts[1])):
        return False
    first, second = texts
    return not (is_slogan(first) or len(nonspace(first)) <= TEASER_BANNER_MAX or second.startswith(("——", "—"))
                or re.search(r"[，,；;]", second) or DOCUMENT_TITLE.search(fold(first)))


def _doubt(edition: Edition, art: Article, s: _Story) -> str:
    """The item's doubts in one line: what was guessed while segmenting it, plus what it lacks."""
    doubts = list(s.doubts)
    if _two_plain_lines(edition, s):
        doubts.append(DOUBT_STACK)
    if art.kind in ("news", "wire", "document", "unknown") and not art.headline and art.paragraphs:
        doubts.append(DOUBT_HEADLESS)
    if art.kind == "unknown":
        doubts.append(DOUBT_UNKNOWN)
    if art.kind == "teaser" and not any(p.role == "teaser_ref" for p in art.parts):
        doubts.append(DOUBT_ORPHAN)
    return "; ".join(dict.fromkeys(doubts))


# --- invariants ----------------------------------------------------------------------

def coverage_problems(edition: Edition, articles: list[Article]) -> list[str]:
    """Every non-space character in exactly one part of exactly one article; [] when so.

    A raw line may be shared when two items meet on it (``（下转6版）新华社北京…电`` in a text
    layer without line breaks between them): the characters, not the lines, are owned."""
    owner: dict[tuple[int, int], str] = {}
    problems: list[str] = []
    for a in articles:
        for p in a.parts:
            for s in p.spans:
                line = edition.lines[s.line - 1]
                for c in range(s.start, s.end):
                    if line[c].isspace():
                        continue
                    key = (s.line, c)
                    if key in owner:
                        problems.append(f"line {s.line} col {c} ({line[c]}) in {owner[key]} and {a.id}/{p.role}")
                    owner[key] = f"{a.id}/{p.role}"
    for n, line in enumerate(edition.lines, start=1):
        for c, ch in enumerate(line):
            if not ch.isspace() and (n, c) not in owner:
                problems.append(f"line {n} col {c} ({ch}) belongs to no article")
    return problems


def nonspace(text: str) -> str:
    return re.sub(r"\s+", "", text)


def parts_text(edition: Edition, articles: list[Article]) -> str:
    """All articles' raw part text in file order, whitespace removed (equals the file's, by construction)."""
    spans = sorted(s for a in articles for p in a.parts for s in p.spans)
    return nonspace("".join(s.text(edition) for s in spans))
