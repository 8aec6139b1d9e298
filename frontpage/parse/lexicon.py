"""The words the parse layer knows, as regular-expression pieces: one copy each.

Every list comes from ``data/reference/vocabulary/`` (:mod:`frontpage.vocabulary`), where each
entry says where it comes from; only the grammar that puts the words together lives in code.

* ``agencies.csv``: news organisations whose datelines, bylines and credits a page prints
  (kind ``wire`` for the agencies that file dispatches, 据新华社电; ``central`` for the
  central papers and broadcaster);
* ``reporter_roles.csv``: what a byline calls its people (记者, 通讯员 …) and the ranks printed
  before them (首席, 特约 …); a role with a ``story_kind`` says what kind of story it signs;
* ``caption_markers.csv``: the formulas of a photo caption (图为 …) and of a photo credit (摄, 供图 …);
* ``anniversaries.csv``: events whose anniversaries fix a year (建党 + 100 = 2021).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .segmenter import word_bounds
from .traditional import simplified
from ..vocabulary import alternation, reference, table, words

THIS_PAPER = "本报"
"""How a paper refers to itself ('this paper'): a convention of Chinese print, not a list."""

AGENCIES: tuple[str, ...] = words("agencies")
AGENCY = alternation("agencies")
"""Any news organisation of ``agencies.csv``, longest first (央视网 before 央视)."""
WIRE_SERVICE = alternation("agencies", kind="wire")
"""The agencies that file dispatches (据新华社电, 中新社消息)."""
ORG = f"{re.escape(THIS_PAPER)}|{AGENCY}"
"""This paper or an agency: who a dateline, byline or credit names."""

ROLE_PREFIX = alternation("reporter_roles", part="prefix")
ROLE_WORD = alternation("reporter_roles", part="role")
ROLE = f"(?:{ROLE_PREFIX})?(?:{ROLE_WORD})"
BYLINE_WORK = alternation("reporter_roles", part="work")
"""What a byline says its people did, after their names (报道, 整理): not a name."""
STAFF_ROLE = alternation("reporter_roles", part="role", staff="yes")
"""The roles of the paper's own staff (记者, 摄影记者): a photo credit of one with no house is this paper's."""
"""A reporter's role with an optional rank: 记者, 首席记者, 特约摄影记者, 评论员 …"""


def role_story_kind(role: str) -> str:
    """The kind of story a byline with this role signs: ``commentary`` for 评论员, else ``news``."""
    for row in table("reporter_roles"):
        if row["story_kind"] and row["part"] == "role" and row["entry"] in role and row["story_kind"] != "news":
            return row["story_kind"]
    return "news"


CAPTION_ANYWHERE = alternation("caption_markers", kind="caption", position="anywhere")
"""The caption formulas that may stand anywhere in a caption (图为 …)."""


def _caption_pattern() -> str:
    anywhere = alternation("caption_markers", kind="caption", position="anywhere")
    start = alternation("caption_markers", kind="caption", position="start")
    return f"{anywhere}|^(?:{start}|{NUMBERED_PHOTO})"


NUMBERED_PHOTO = r"图\s*[\u2460-\u2473]"
"""A photo's number opening its caption, with or without a colon (图①10月5日晚，…, 图②：…): the pictures of a
photo spread numbered ① to ⑳."""
CAPTION = re.compile(_caption_pattern())
"""A caption formula: 图为…, 上图：…, （图）, or 图： or a photo's number (图①) at the start."""

CREDIT_BEFORE = "|".join(re.escape(w) for w in sorted(
    words("caption_markers", kind="credit", position="both") + words("caption_markers", kind="credit", position="before"),
    key=len, reverse=True))
"""Credit words printed before the names (摄影 张三, 图/张三)."""
CREDIT_AFTER = alternation("caption_markers", kind="credit", position="both")
"""Credit words printed after the names (张三 摄)."""

ANNIVERSARIES: dict[str, int] = {r["entry"]: int(r["year"]) for r in table("anniversaries")}
"""Event → the year it happened: ``建党100周年`` is 1921 + 100."""
RELATIVE_DAYS: dict[str, int] = {r["entry"]: int(r["offset"]) for r in table("relative_days")}
"""Days a lead names relative to the edition's date (昨日 → -1), from ``relative_days.csv``."""
RELATIVE_DAY = alternation("relative_days")
DAY_PART = alternation("day_parts")
"""Parts of the day a lead may name after its relative day (昨日上午，…), from ``day_parts.csv``."""
RECENT_DAY = alternation("news_openings", kind="recent")
"""A recent day a news item's text opens on, left unnamed (近日, 日前), from ``news_openings.csv``."""
ISSUING_VERB = alternation("issuing_verbs")
"""Verbs that issue a document (公布, 印发), from ``issuing_verbs.csv``."""
LEARNT = alternation("news_openings", kind="learnt")
"""What a reporter learnt, in a lead (记者从某局获悉), from ``news_openings.csv``."""

INSTITUTION = alternation("institution_suffixes")
"""How an institution's name ends (法院, 局, 公司 …): who signs a notice."""
DESK_CREDIT = alternation("page_furniture", kind="desk_credit")
"""The page's own credits (责编, 美编, 校对 …): furniture, not a story's byline."""
MASTHEAD_SUFFIX = alternation("page_furniture", kind="masthead")
"""How a paper's name ends (日报, 晚报, 都市报 …): the masthead, and another paper's lead (…晚报讯)."""
MASTHEAD_LINE = alternation("page_furniture", kind="masthead_line")
"""The lines under a masthead (…机关报, …社主办)."""
OFFICE = "|".join(sorted(set(words("titles", kind="office", printed="before") + words("titles", kind="office", printed="both")),
                         key=len, reverse=True))
"""Offices printed before a name (市长, 省长 …): a speaker line under a report's title (澄州市市长 顾明远)."""
COVER_PRICE = alternation("page_furniture", kind="cover_price")
"""How the masthead block prints the price of a copy (零售价, 定价): furniture, not a claim's sentence."""
PSA_SIGNOFF = alternation("page_furniture", kind="psa_signoff")
"""How a public-service advertisement signs off after its issuer's name (…办公室 宣)."""
SPECIAL_PAGE = alternation("page_furniture", kind="special_page")
"""How a special page or issue names itself in its banner (专版, 特刊 …)."""
SECTION_SUFFIX = alternation("page_furniture", kind="section_suffix")
"""How a page's section name ends (综合新闻, 教育周刊, 两会特刊 …): with a short word before it, a section name."""
MASTHEAD_EAR = alternation("page_furniture", kind="masthead_ear")
"""What the masthead's ear says beside the name and date (今日天气：…)."""
FORECAST_DAY = alternation("forecast_days")
"""The days a weather report forecasts (今天, 明日 …): a masthead's ear opens its lines with them."""
PROMPT = alternation("page_furniture", kind="prompt")
"""How a QR-code prompt line opens (扫码看视频): it points off the page, furniture wherever it stands."""
CONTACT = alternation("page_furniture", kind="contact")
"""What an advertisement's contact lines say (电话, 热线, 报名 …)."""
AD_MARK = alternation("page_furniture", kind="ad_mark")
"""The mark an advertisement carries on a line of its own (广告): part of the advertisement."""
PAGE_PICTURES = alternation("page_furniture", kind="page_pictures")
"""What a page's own picture credit names (本版图片…提供): furniture, not a story's headline."""
DISCLAIMER = alternation("page_furniture", kind="disclaimer")
"""What a page's standing disclaimer says (仅供参考, 风险自担 …): furniture, not a story."""
THIS_PAGE = "本版"
"""How a page refers to itself ('this page': 本版责编): a convention of Chinese print, not a list."""
AGAINST_BASE = "|".join(re.escape(w) for w in sorted(
    words("comparison_words", comparison="同比") + words("comparison_words", comparison="环比")
    + words("comparison_words", comparison="两年平均"), key=len, reverse=True))
"""A comparison against a base (同比, 比上年同期, 环比 …, ``comparison_words.csv``): it needs the
measure it compares before it."""
CHANGE_VERB = "|".join(re.escape(w) for w in sorted((w for w in words("change_verbs") if len(w) >= 2),
                                                     key=len, reverse=True))
"""A change verb of two characters or more (增长, 下降 …, ``change_verbs.csv``; 增, 降 alone open other words)."""
MEASURE_LINE = re.compile(r"(?:" + "|".join(re.escape(w) for w in sorted(
    set(words("measure_heads")) | set(words("headline_measures")), key=len, reverse=True)) + r")$")
"""A headline line ending on a measure (…地区生产总值, …进出口, …居民消费价格; ``measure_heads.csv``,
``headline_measures.csv``): with no change verb of its own, its predicate may be wrapped to the line under it."""
AWAITING_VALUE = re.compile(r"(?:" + "|".join(re.escape(w) for w in sorted(
    set(words("measure_heads")) | set(words("headline_measures")) | set(words("gao_di_words", position="base_end")),
    key=len, reverse=True)) + r")(?:[（(][A-Za-z0-9]{1,10}[）)])?$")
"""A line of prose ending on a subject still waiting for its figure: a measure (…地区生产总值（GDP）, …零售总额;
``measure_heads.csv``, ``headline_measures.csv``, an abbreviation in brackets after it or not) or a verb that
introduces a figure (…收入达到, …为; ``gao_di_words.csv``'s base_end), never a finished predicate (…举行, …创新高)."""
CHANGE_IN = re.compile(r"(?:" + CHANGE_VERB + r")")
"""A change verb anywhere in a line (:data:`CHANGE_VERB`)."""
PREDICATE_LINE = re.compile(r"^(?:" + AGAINST_BASE + r")?(?:" + CHANGE_VERB + r")[了到至]?[约近超逾]?"
                            r"(?:[0-9０-９]|[一二两三四五六七八九十几]+(?:成|倍|个百分点))")
"""A headline line that is only a change and its figure (同比增长5.9%, 下降3.1个百分点, 同比上涨一成半 in words): the
predicate of the measure the line above names, no clause of its own."""
BOX_LABEL = alternation("box_labels")
"""A box's label (链接, 数说, 记者手记 …, ``box_labels.csv``): a 【label】 opening on one labels a box set beside a
story, never a column tag printed in its headline."""
BARE_BOX_LABEL = alternation("bare_box_labels")
"""A box's label printed unbracketed on a line of its own (链接, 名词解释; ``bare_box_labels.csv``)."""
EDITOR_NOTE_LABEL = alternation("editor_note_labels")
"""An editor's note's label (编者按): the box introduces the story under it, and a headline stack
right above it (or right above the story's lead) is that story's."""
ACTING_VERB = re.compile(r"“|" + alternation("subject_verbs"))
"""What makes a display line a headline sentence of its own: a verb taking what it counts or does (实现,
调整, ``subject_verbs.csv``) or a quoted catchword as its object (实现“开门红”)."""
RATE_OPENING = re.compile(r"^(?:" + alternation("rate_words") + ")")
"""A line opening on a bare rate word (增速…, 涨幅…): the pace of a figure named before it, with no
subject of its own (``rate_words.csv``)."""
KICKER_OPENING = re.compile(r"^(?:今年|\d{4}年)?(?:\d{1,2}\s*[—\-~至到]\s*\d{1,2}\s*月|[前首][一二三四五六七八九十两\d]{1,2}个?月|"
                            + alternation("kicker_openers") + r"|(?:" + alternation("holiday_names") + r"){1,3}(?:"
                            + alternation("holiday_heads") + r"|期间))")
"""A line opening on the period or occasion a figures headline under it covers (1—5月…, 前三季度…, 春节假期…, after the year or not (今年1—5月…),
国庆中秋假期…: ``kicker_openers.csv``, and a holiday's name before its head of ``holiday_heads.csv``): it reads as
that headline's kicker, not as a headline over a deck."""
EDITOR_NOTE_OWN = re.compile(rf"(?:{THIS_PAPER}|{THIS_PAGE})[^。，；！？]{{0,8}}?(?:" + alternation("editor_note_words", kind="publishes")
                             + r")|" + alternation("editor_note_words", kind="closing"))
"""What only an editor's note says: the paper (本报, 本版) printing something (本版今日刊发报告摘要, 本报今起推出…),
or its closing courtesy (敬请关注, 以飨读者): a paragraph saying it under a note is more of the note."""
SOURCE_CREDIT_LABEL = alternation("source_credit_labels")
"""The label of a table's or box's source line (数据来源：某某局): that line closes the box."""
COVERB_LEAD_IN = re.compile(r"(?:" + alternation("coverb_lead_ins") + r")$")
"""What stands right before a one-character coverb that ends a headline line when it is one (``coverb_lead_ins.csv``:
a modal, an adverb, an interrogative; 都能为, 用心用情为, 如何把), not the end of a word (善为, 投向, 骁将, 适从)."""
PLACE_OPENING = re.compile(r"^(?:" + alternation("whole_scopes") + r"|[某本我全][省市县区镇乡村州旗]"
                           r"|[\u4e00-\u9fff]{2,3}[省市县区州旗](?![场长委]))")
"""A line opening on a place or a body that acts (某县…, 全市…, 临江县…): a headline of its own, with its own
subject, never the object a coverb on the line above awaits."""


CONJUNCTION_REACH = 6
"""Characters before a line's end read by the tokenizer to ask whether its last one is a conjunction of its own."""


@lru_cache(maxsize=1 << 14)
def ends_open(line: str, below: str = "") -> bool:
    """Does a headline line end on a word a headline cannot end on (``open_line_ends.csv``): a verb
    awaiting its object (…都能享有) or a two-character coverb (关于, 按照)? A one-character coverb (把,
    向, 为 …) is one only with a modal, adverb or interrogative right before it (:data:`COVERB_LEAD_IN`:
    都能为, 如何把), and never when the line ``below`` opens on a place or body of its own (当仁不让 ⏎
    某县…): words end on the same characters (善为, 投向, 骁将). Then the line runs on into the next."""
    text = "".join(fold(line).split())
    for row in table("open_line_ends"):
        w = row["entry"]
        if not text.endswith(w) or len(text) <= len(w):
            continue
        if len(w) > 1:
            return True
        if row["kind"] == "conjunction":
            tail = text[-CONJUNCTION_REACH:]
            if len(tail) - 1 in word_bounds(tail) and text[-2] not in row["not_after"]:
                return True  # 国民经济和 ⏎ 社会发展…: a conjunction standing alone, awaiting its second member
            continue
        if text[-2] not in row["not_after"] and COVERB_LEAD_IN.search(text[:-1]) \
                and not PLACE_OPENING.match("".join(fold(below).split())):
            return True
    return False


LATIN_UNIT = "|".join(re.escape(u) for u in sorted(
    {r["unit"] for r in reference("units") if r["kind"] == "measure" and r["unit"].isalpha() and r["unit"].isascii()}
    | {r["word"] for r in reference("units") if r["word"].isalpha() and r["word"].isascii()}, key=len, reverse=True))
"""A unit written in Latin letters, case and all (km, MW, kWh, kg: the measures' symbols of ``units.csv``, and its
Latin words, bp): glued to a figure (600km, 120MW) a quantity, not a code (5G, G20)."""
QUANTITY_UNIT = "|".join(re.escape(u) for u in sorted(
    {r["word"] for r in reference("units") if r["kind"] in ("money", "measure", "count", "percent", "percentage_point")},
    key=len, reverse=True))
"""A unit a figure is counted in (亿元, 万吨, 家, %: ``units.csv``'s money, measures, counts and rates, not its
durations): a figure followed by one is a quantity, never a date (2024年, 3月)."""
SOURCE_CREDIT_LINE = re.compile(r"^(?:(?:" + SOURCE_CREDIT_LABEL + r")[：:]\s*[^，,。；;！？]{2,30}"
                                r"|[（(](?:" + SOURCE_CREDIT_LABEL + r")[：:]\s*[^，,。；;！？（）()]{2,30}[）)])$")
"""A table's or box's source line (数据来源：市交通运输局), bare or in brackets (（数据来源：市统计局）), under its last row: it ends the table and closes the
box, so what follows a blank line under it is the next item, never the box's text run on."""
COMMENTARY_LABEL = alternation("commentary_labels")
"""A commentary's label over its headline (短评, 社论): the item is a commentary."""
NOTICE_TITLE = alternation("notice_titles")
"""How a public notice is headed (公告, 声明 …)."""
NOTICE_CLOSING = re.compile(r"(?:" + alternation("notice_closings") + r")[。.！!]?$")
"""How a notice's text closes (特此公告。, 声明作废。): after it only a signer over its date is the notice's."""
DOCUMENT_TYPE = alternation("document_titles")
DIRECTIVE_TYPE = alternation("document_titles", sets="directive")
"""How a document that lays down terms is titled (意见, 通知, 办法 …), as against one that reports (报告, 公报)."""
"""How an official document's title ends (意见, 通知, 报告 …)."""
SALUTATION = alternation("salutations")
"""How a speech or report read to a meeting addresses its hearers (各位代表, 同志们): its first words."""
NEWSROOM = alternation("page_furniture", kind="newsroom")
"""How a newsroom that is no paper is named in its lead (…融媒体中心讯): a source like a paper's."""
PAPER_SOURCE = rf"(?:{re.escape(THIS_PAPER)}|[\u4e00-\u9fff]{{0,6}}?(?:{MASTHEAD_SUFFIX}|{NEWSROOM}))讯"
"""A paper's news lead: 本报讯, or another paper or newsroom named as the source (澄州都市报讯, 某区融媒体中心讯)."""
PAGE_NUMBER = r"(?:\d{1,2}|[A-Z]\d{1,2})"
"""A page's number as a pointer to it prints it, before 版 (3, 12, A3): one or two digits, or a section letter and them."""
PROJECTION_OPENING = re.compile(r"^(?:" + alternation("projection_markers") + r")")
"""A line opening on a forecast's or target's word (预计…, 计划9月底前…, 力争…, ``projection_markers.csv``):
what is to come of the news a line above states."""
SEE_WORD = r"(?:(?:全文|详情)?(?:详见|请看|见))"
"""The words a teaser's pointer says before the page it points to (详见3版, 请看第3版, 见5版), with what
is to be seen there named first or not (全文见5版: the document in full; 详情见3版)."""
POINTER_ARROWHEAD = r"[▶►→▷]"
"""An arrow a teaser prints before the page it points to (▶2版): part of the pointer."""
POINTER_LIST_MARK = r"(?:◆|>{2,3}|＞{2,3})"
"""A list mark a 导读 column sets before each teaser's page (◆02版, >>> 2版): set like a bullet."""
POINTER_ARROW = rf"(?:{POINTER_ARROWHEAD}|{POINTER_LIST_MARK})"
"""The mark a teaser prints before the page it points to (▶2版, ◆02版, >>> 2版): an arrow, a diamond or chevrons."""
ARROW_PAGE = rf"{POINTER_ARROW}\s*第?\s*{PAGE_NUMBER}\s*版"
"""A pointer's mark and the page it points to (▶2版, >>> 第2版)."""
PAGE_NUMBERS = rf"{PAGE_NUMBER}(?:\s*[、，,和及至—\-－]\s*{PAGE_NUMBER}){{0,3}}"
"""One page or a few a pointer names before 版 (3, 2、3, 4—5): a story set over facing pages."""
SEE_PAGE = rf"{SEE_WORD}\s*第?\s*{PAGE_NUMBERS}\s*版"
"""A pointer's words and the page they point to (详见3版, 请看 第 A3 版)."""
REPORTER_NAMED = rf"(?:{ROLE})(?:\s*[\u4e00-\u9fff·]){{2,16}}?"
"""A reporter's role and name as a lead prints them after 本报 (记者 王 五): the ``by`` of :data:`REPORTED_LEAD`."""
REPORTED_LEAD = rf"{re.escape(THIS_PAPER)}{REPORTER_NAMED}\s*报道"
"""A lead that names the paper's reporter and says 报道 (本报记者 王 五 报道 3月9日，…): this paper's news."""


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """A copy of ``text`` for matching markers: traditional characters as simplified (本報訊 → 本报讯),
    one character for one, so offsets into the copy are offsets into the text as printed. Cached: the
    segmenter folds the same lines many times over."""
    return simplified(text)

HEDGES_AFTER: tuple[str, ...] = words("hedges", position="after")
"""Hedges printed after a number (以上, 左右, 余 …): prose that goes on after a figure."""


_CLOSING_TIERS = tuple((r["entry"], r["not_before"]) for r in table("headline_tiers") if r["kind"] == "closing")
_EVENT_VERBS = tuple(r["entry"] for r in table("headline_tiers") if r["kind"] in ("closing", "held"))
_SURNAME = alternation("surnames")
PHOTO_CREDIT_TAIL = (rf"(?:{ROLE})[\s\u3000]*(?:{_SURNAME})[\u4e00-\u9fff]{{1,2}}(?:{CREDIT_AFTER})"
                     rf"|[（(][^（）()]{{0,12}}?[\u4e00-\u9fff][\s\u3000]*(?:{CREDIT_AFTER})[）)]")
"""A photo's credit run on to its name or bracketed at a caption's end: a role and a surnamed name with the credit
word set close (本报记者 苏禾摄, 通讯员 何田供图), or a name and the credit word in brackets (…采摘春茶。（本报记者 苏禾 摄））."""
TIME_LEAD_IN = re.compile(r"^[●•]?(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日|" + RELATIVE_DAY + "|" + RECENT_DAY + "|"
                          + "|".join(re.escape(w) for w in words("kicker_openers", kind="period") if w.endswith("以来")) + ")")
"""When the news happened, opening a line run on with no mark: a day (6月4日), a relative or recent day (昨日, 近日:
``relative_days.csv``, ``news_openings.csv``), the year to date (今年以来, ``kicker_openers.csv``)."""
SECTION_NAME = re.compile(r"^(?:" + alternation("page_furniture", kind="section") + "|" + alternation("commentary_labels") + r")$")
"""A section's or column's name alone (要闻, 综合, 观察, 快评: ``page_furniture.csv`` kind section, ``commentary_labels.csv``)."""
PERSON_NAME = re.compile(r"^(?:" + _SURNAME + r")[\u4e00-\u9fff]$")
"""Two characters that may be a person's name: a surname (``surnames.csv``) and a given name of one character (叶舟)."""
NAMES_ONLY = re.compile(r"^(?:(?:" + _SURNAME + r")[\u4e00-\u9fff]{1,2}?)+$")
"""Only people's names run together, their spaces gone (宗岩, 韩冰易程): each a surname and one or two characters
(never a pointer, 详见三版, or an agency's credit, 新华社发)."""
PRESIDER_LINE = re.compile(r"^(?:(?:" + _SURNAME + r")[\u4e00-\u9fff]{1,2}?(?:" + alternation("headline_tiers", kind="presiding")
                           + r")\s*)+$")
"""A line of people each with what they do at the event (``某某主持``, ``某某出席并讲话 某某主持``,
``headline_tiers.csv`` kind presiding): a subheadline under a meeting's headline, never its wrap."""


def ends_on_event(line: str) -> bool:
    """Does headline line ``line`` close on the verb of an event's report (``headline_tiers.csv`` kinds closing and
    held: …会议召开, …竞赛在县城举行, …项目集中签约, …节开幕), after at least one more character? Such a line is a
    complete headline: the line under it is a tier of its own, never the rest of a word the line broke."""
    text = "".join(fold(line).split())
    return any(text.endswith(w) and len(text) > len(w) for w in _EVENT_VERBS)


def ends_closed(line: str, below: str) -> bool:
    """Does headline line ``line`` end on a verb of an event's opening or close that takes no object
    (``headline_tiers.csv`` kind closing: …会议闭幕, …节开幕), with ``below`` not opening on a word the verb
    makes (闭幕式, 开幕后)? Then the line has finished its phrase: a tier of its own."""
    text, under = "".join(fold(line).split()), "".join(fold(below).split())
    return any(text.endswith(w) and len(text) > len(w) and under and under[0] not in not_before
               for w, not_before in _CLOSING_TIERS)
