"""Page furniture: the lines of a page that belong to no story.

A page prints its masthead (``澄州都市报``, ``中共…委机关报``), its date line
(``2024年3月5日 星期二``), its page number (``7``, ``第1版 今日8版``), its section name
(``法治·公告``, right under the date or page line), its desk credits (``责编：… 美编：…``)
advertisements (a block whose lines give a phone number, a hotline or a web address) and standing
disclaimers (本版内容仅供参考…风险自担, 投资有风险 入市需谨慎).
None of them is an article; each becomes an item of kind ``furniture``.

:func:`furniture_lines` looks at the lines of a section (text and whether a blank line comes
before each) and says which are furniture, by the conventions above, never by one page's words.
"""

from __future__ import annotations

import re

from .lexicon import (AD_MARK, POINTER_ARROW, SEE_PAGE, CONTACT, COVER_PRICE, DESK_CREDIT, DISCLAIMER, FORECAST_DAY, INSTITUTION, MASTHEAD_EAR, MASTHEAD_LINE, MASTHEAD_SUFFIX, SPECIAL_PAGE, SECTION_SUFFIX, BOX_LABEL,
                      NOTICE_CLOSING, NOTICE_TITLE, ORG, PAGE_PICTURES, PAPER_SOURCE, PROMPT, PSA_SIGNOFF, THIS_PAGE, CREDIT_AFTER, PHOTO_CREDIT_TAIL, fold)
from .unit_words import opens_on_unit_word

DATE_LINE = re.compile(r"^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:星期|周)[一二三四五六日天]")
PAGE_LINE = re.compile(r"^(?:\d{1,3}|[A-Z]\d{1,2}|第\s*[\dA-Z]{1,3}\s*版.{0,12})$")
DESK_LINE = re.compile(r"^(?:" + THIS_PAGE + r")?(?:" + DESK_CREDIT + r")\s*[：:]")
_DESK_NAME = r"(?:" + DESK_CREDIT + r")\s*[：:]?\s*(?:[\u4e00-\u9fff·][\s\u3000]*){2,4}"
DESK_RUN = re.compile(r"^(?:" + THIS_PAGE + r")?" + _DESK_NAME + r"(?:[\s\u3000、，,]*" + _DESK_NAME + r")+$")
"""Desk credits without colons, role and name after role and name (责任编辑 林 涛 版式 周 琪)."""
PICTURE_CREDIT_LINE = re.compile(r"^(?:" + THIS_PAGE + r")(?:" + PAGE_PICTURES + r")[^。！？，,；;]{0,30}(?:提供|供图)。?$")
"""The page's own picture credit on a line of its own (本版图片除署名外由某县委宣传部提供): furniture."""
DISCLAIMER_LINE = re.compile(DISCLAIMER)
AD_MARK_LINE = re.compile(r"^[\s\u3000]*(?:" + AD_MARK + r")[\s\u3000]*$")
"""An advertisement's mark on a line of its own (广告)."""
MASTHEAD = re.compile(r"^[\u4e00-\u9fff]{1,8}(?:" + MASTHEAD_SUFFIX + r")$")
MASTHEAD_SUB = re.compile(r"^(?:[A-Z][A-Z ]{3,}|[\u4e00-\u9fff]{2,16}(?:" + MASTHEAD_LINE + r")"
                          r"(?:\s+(?:总)?第\s*\d{1,6}\s*期)?|(?:总)?第\s*\d{1,6}\s*[期号](?:\s*今日\s*\d{1,3}\s*版)?"
                          r"|[\u4e00-\u9fff]{0,12}[：:]?\s*[CＣ]\s*[NＮ]\s*\d{2}\s*[-－]\s*\d{4}(?:/[A-Z]{1,2})?(?:\s*今日\s*\d{1,3}\s*版)?"
                          r"|邮发代号\s*[：:]?\s*\d{1,2}\s*[-－]\s*\d{1,4}"
                          r"|[\u4e00-\u9fff]{0,4}(?:" + MASTHEAD_EAR + r")\s*[：:].{1,20})$")
"""The lines under a masthead: its name in Latin letters, its organ or publisher line (with the issue
number), the issue number alone (第8896期, 第12803号, 第9876期 今日8版), the serial number
(…出版物号 CN00-0099, with the page count after it: … CN00-0099 今日8版), the postal distribution code
(邮发代号：43-88, printed beside the serial number), the weather in its ear (今日天气：多云)."""
CONTACT_LINE = re.compile(r"(?:" + CONTACT + r")\s*[：:]|https?://|www\.|\d{3,4}[-\s]?\d{4}\s?\d{4}")
SECTION = re.compile(r"^[\u4e00-\u9fff·]{2,8}$")
SECTION_GLOSS = re.compile(r"(?<=[\u4e00-\u9fff])[\s\u3000]+[A-Z][A-Z &'·.-]{1,30}$")
"""A section name's English gloss printed after it in capitals (经济观察  ECONOMY, 要闻 NEWS)."""
TERMINAL_END = re.compile(r"[。！？；…][”’」』）)】》]*$")
CREDIT_END = re.compile(r"[。！？”][（(][\u4e00-\u9fff](?:[\s\u3000]*[\u4e00-\u9fff]){1,5}[）)]$")
"""A story's last line, its closing credit after the last sentence (…治理效能。（江 川）): what comes after is another item."""
PHOTO_CREDIT_END = re.compile(r"[\u4e00-\u9fff][\s\u3000]+(?:" + CREDIT_AFTER + r")$|(?:" + PHOTO_CREDIT_TAIL + r")$")
"""A photo's credit line under its caption (本报记者 某某 摄, 通讯员 某某 供图, 本报记者 某某摄) or closing it
(…。（本报记者 某某 摄））: the credit closes the caption, an item of its own; what comes after is another item."""
NOTICE_HEAD = re.compile(r"^[\u4e00-\u9fff]{0,8}(?:" + NOTICE_TITLE + r")$"
                         r"|^[\u4e00-\u9fff]{2,20}(?:" + INSTITUTION + r")(?:" + NOTICE_TITLE + r")$")
"""A notice's title on a line of its own: a word or two before the notice's type (送达公告, 遗失声明), or
the issuing institution's full name before it (某市某区人民法院公告, 某某有限公司公告)."""
NOTICE_HEAD_LONG = re.compile(r"^(?:[\u4e00-\u9fff（）()\d]|(?<=\d)[—–－~～-](?=\d)){0,30}(?:" + NOTICE_TITLE + r")$")
"""A notice's full title (…工程招标公告, …建校70周年征集校史资料启事, …3—5月某某抽检情况的通告: a range dash
between two figures is part of a title): only right after another notice's closing date or another item's
last sentence or closing credit."""
NOTICE_ABOUT = re.compile(r"^[\u4e00-\u9fff（）()\d]{2,30}关于[^，,。；;！？]{2,60}的(?:" + NOTICE_TITLE + r")$")
"""A notice's full title naming its issuer and what it is about (某市公安局关于某路段实施交通管制的通告)."""
NOTICE_ABOUT_BARE = re.compile(r"^关于[^，,。；;！？]{2,60}的(?:" + NOTICE_TITLE + r")$")
"""A notice's title that says what it is about, its issuer printed on the line above (关于某某对象的公示)."""
ISSUER_ALONE = re.compile(r"^[\u4e00-\u9fff（）()]{2,30}(?:" + INSTITUTION + r")$")
"""An institution's full name on a line of its own (某市某区民政局): the issuer over a notice's 关于… title."""
GANZHI_YEAR = r"[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]"
"""A year of the sixty-year cycle (甲辰): a heavenly stem, then an earthly branch (the calendar's grammar)."""
DATE_END = re.compile(r"(?:[〇零一二三四五六七八九十]{4}|\d{4})\s*年\s*[一二三四五六七八九十\d]{1,3}\s*月\s*"
                      r"[一二三四五六七八九十\d]{1,3}\s*日$")
"""A line that ends on a full date: how a notice closes (…公司 / 2023年7月4日)."""

LUNAR_DATE = re.compile(r"^(?:农历\s*[\u4e00-\u9fff]{2}|" + GANZHI_YEAR + r")\s*年\s*[\u4e00-\u9fff]{1,3}\s*月\s*[\u4e00-\u9fff]{2,3}"
                        r"(?:[\s\u3000]+[\u4e00-\u9fff]{2,4})?$")
"""The lunar date printed under the date line (农历己亥年四月初十, or its cyclic year without 农历:
甲辰年五月廿六), with the festival it falls on after a space (农历戊戌年正月十五 元宵节): part of the
date furniture."""
SPECIAL_BANNER = re.compile(r"^[\u4e00-\u9fff\d]{0,10}(?:" + SPECIAL_PAGE + r")·[\u4e00-\u9fff\d]{2,16}$"
                            r"|^[\u4e00-\u9fff\d]{2,12}·[\u4e00-\u9fff\d]{0,14}(?:" + SPECIAL_PAGE + r")$")
"""A special page's banner of two names joined by a middle dot, one ending on what the page is
(某县专版·庆祝建县70周年特刊, 两会特刊·代表风采), no clause mark: under the date line, furniture (a
one-word banner is a section name, :data:`SECTION`; a line naming a special issue in a sentence,
本报今日推出国庆特刊, is a headline)."""
SECTION_PAIR = re.compile(r"^[\u4e00-\u9fff]{2,4}·[\u4e00-\u9fff]{2,4}$")
"""A section name of two words joined by a middle dot (法治·公告, 综合·新闻): first on a page, furniture."""

TOP_LINES = 8
"""A masthead and its lines stand among the first lines of a page."""
SECTION_TITLE = re.compile(r"^[\u4e00-\u9fff]{2,3}(?:" + SECTION_SUFFIX + "|" + SPECIAL_PAGE + r")$")
"""A page's section name by its form: a short domain word and 新闻, 周刊, or a special page's word, 特刊 (综合新闻, 法院新闻, 县两会特刊).
A wrapped headline's first line ending so is longer (省政府举行新闻 ⏎ 发布会); a box's label (图片新闻) is not one."""
BOX_LABEL_ALONE = re.compile(r"^(?:" + BOX_LABEL + r")$")
TOP_SECTION_MAX = 6
"""The longest section name read off the page's first line over its page number (聚焦市两会 ⏎ 2)."""


def _section_titles(texts: list[str], gaps: list[bool], out: dict[int, str]) -> None:
    """A line that is a section name by its form (:data:`SECTION_TITLE`) is furniture wherever the text layer
    puts it: first on the page, at its foot over the desk line, or among the stories of a raw page (class:
    a section name away from the date line). A short name on the page's first line right over a bare page
    number (法院新闻 ⏎ 2, 聚焦市两会 ⏎ 2) is the page's section name and number, whatever its form."""
    for i, t in enumerate(texts):
        name = _unspaced(t).replace(" ", "")
        if i not in out and SECTION_TITLE.match(name) and not BOX_LABEL_ALONE.match(name):
            out[i] = "section"
    if len(texts) > 2 and 0 not in out and 1 not in out and not gaps[1] and BARE_FOLIO.match(texts[1]):
        name = _unspaced(texts[0]).replace(" ", "")
        if SECTION.match(name) and len(name) <= TOP_SECTION_MAX and not NOTICE_HEAD.match(name):
            out[0], out[1] = "section", "page"


def furniture_lines(texts: list[str], gaps: list[bool]) -> dict[int, str]:
    """Index → kind (masthead, date, page, section, desk, weather, ad, psa) for the furniture among ``texts``
    (stripped lines, in file order; ``gaps[i]`` when a blank line comes before line i)."""
    folded = [fold(t) for t in texts]
    out: dict[int, str] = _masthead_variants(folded, gaps)
    _section_titles(folded, gaps, out)
    for i, t in enumerate(folded):
        if i in out:
            continue
        if DATE_LINE.match(t) or (i < TOP_LINES and DATE_END.match(t) and all(k in out for k in range(i))):
            out[i] = "date"  # with its weekday anywhere; a bare date only among the page's top furniture
        elif (LUNAR_DATE.match(t) or WEEKDAY_PIECE.match(t)) and (i < TOP_LINES or out.get(i - 1) == "date"):
            out[i] = "date"
        elif DESK_LINE.match(t) or DESK_RUN.match(t) or PICTURE_CREDIT_LINE.match(t.replace(" ", "")):
            out[i] = "desk"
        elif PAGE_COUNT.match(t) and i - 1 in out:
            out[i] = "page_count"  # 今日12版 under the date line, wherever the date block stands
        elif PAGE_LINE.match(t) and (i == 0 or gaps[i] or TERMINAL_END.search(folded[i - 1]) or i - 1 in out
                                     or DATE_END.search(folded[i - 1])
                                     or (i + 1 < len(folded) and DATE_LINE.match(folded[i + 1]))) \
                and not _number_runs_on(folded, gaps, i):
            out[i] = "page"
        elif (i < TOP_LINES and MASTHEAD.match(re.sub(r"[\s\u3000]+", "", t))) \
                or (i - 1 in out and out[i - 1] in ("masthead", "date") and _under_masthead(out, i) and _masthead_sub(t)):
            out[i] = "masthead"  # the name (岚 江 日 报 letter-spaced) among the top lines, then the lines under it
    _top_pieces(folded, out)
    _serial_pairs(folded, out)
    _masthead_blocks(folded, gaps, out)
    _weather_blocks(folded, gaps, out)
    _section_above_date(folded, out)
    if folded and 0 not in out and SECTION_PAIR.match(folded[0].replace(" ", "")):
        out[0] = "section"
    for i, t in enumerate(folded):  # a section name right under the date or page line
        if i not in out and i - 1 in out and out[i - 1] in ("date", "page", "page_count") \
                and (_section_name(folded, i) or SPECIAL_BANNER.match(t.replace(" ", ""))) \
                and not NOTICE_HEAD.match(t.replace(" ", "")) and not _over_pointers(folded, i) \
                and not _names_section(folded[i - 1]) and not _prompt(t) \
                and not _has_section(folded, out, i) and not _front_page_kicker(folded, out, i):
            out[i] = "section"
    _sections_in_header(folded, out)
    _masthead_info_blocks(folded, gaps, out)
    _section_over_lead(folded, gaps, out)
    _page_under_top(folded, out)
    _section_between_items(folded, gaps, out)
    _folio_between_items(folded, out)
    _foot_folio(folded, out)
    _advertisements(folded, gaps, out)
    _public_service_ads(folded, gaps, out)
    _disclaimers(folded, out)
    _weather_and_prompts(folded, out)
    _weather_goes_on(folded, gaps, out)
    return out


WEATHER_HEAD = re.compile(r"^[\u4e00-\u9fff]{0,4}天气")
"""A line that opens on the day's weather (今日天气：多云转阵雨, 某地天气 …)."""
WEATHER_MORE_WIDTH = 30
"""The widest line of temperatures and chances (气温22℃～29℃ 降水概率60%) taken under a weather line."""


def _weather_goes_on(texts: list[str], gaps: list[bool], out: dict[int, str]) -> None:
    """The weather printed over two lines (今日天气：多云转阵雨 ⏎ 气温22℃～29℃ 降水概率60%): a short line
    with a temperature and no clause mark, right under a furniture line that opens on the weather, makes
    a weather box with it (furniture whose figures are read as the day's forecast)."""
    for i in range(1, len(texts)):
        t = texts[i]
        if i in out or gaps[i] or i - 1 not in out or not WEATHER_HEAD.match(texts[i - 1]):
            continue
        if len(t) <= WEATHER_MORE_WIDTH and TEMPERATURE.search(t) and not _CLAUSE.search(t):
            out[i - 1] = out[i] = "weather_box"  # a weather box: its lines are read (气温22℃～29℃ is a forecast)


MASTHEAD_NAME = re.compile(r"^(?P<name>[\u4e00-\u9fff]{1,8}(?:" + MASTHEAD_SUFFIX + r"))(?:\s*[A-Z][A-Z ]{3,})?$")
"""A masthead's name, with its name in Latin letters after it on the same line (临峤日报 LINQIAO DAILY)."""
EAR_GAP = re.compile(r"\s{2,}|\u3000+")
"""What sets the pieces of a one-line masthead apart (name, date, issue number): a wide space."""


def _masthead_variants(texts: list[str], gaps: list[bool]) -> dict[int, str]:
    """The masthead set otherwise than one name on a line: the name one character a line down the
    page's first lines (棠 ⏎ 阳 ⏎ 日 ⏎ 报), or name, date and issue number in one top line set apart
    by wide spaces (临峤日报 LINQIAO DAILY    2021年12月30日 星期四 …    第9876期)."""
    out: dict[int, str] = {}
    k = 0
    while k < min(len(texts), TOP_LINES) and len(texts[k]) == 1 and not (k and gaps[k]):
        k += 1
    if k >= 2 and MASTHEAD.match("".join(texts[:k])):
        out.update({i: "masthead" for i in range(k)})
    for i, t in enumerate(texts[:TOP_LINES]):
        pieces = [p for p in EAR_GAP.split(t) if p]
        if i in out or len(pieces) < 2 or not MASTHEAD_NAME.match(pieces[0]):
            continue
        if all(DATE_LINE.match(p) or LUNAR_DATE.match(p) or MASTHEAD_SUB.match(p) for p in pieces[1:]):
            out[i] = "masthead"
    return out


TOP_PIECE = re.compile(r"^(?:[A-Z]{2,}|[\u4e00-\u9fff]{1,8}(?:" + MASTHEAD_SUFFIX + r")|\d{4}年\d{1,2}月\d{1,2}日"
                       r"|(?:星期|周)[一二三四五六日天]|农历[\u4e00-\u9fff]{4,7}|(?:总)?第\d{1,6}[期号]|今日\d{1,3}版"
                       r"|[\u4e00-\u9fff]{0,16}(?:" + MASTHEAD_LINE + r"))$")
"""One piece of a top line set with single spaces: the name in Latin letters, the paper's name, the date,
the weekday, the lunar date, the issue number, the page count, an organ or sponsor line."""
PAGE_SECTION = re.compile(r"^(?:\d{1,3}|[A-Z]\d{1,2})\s+[\u4e00-\u9fff]{2,4}(?:·[\u4e00-\u9fff]{2,4})?$")
"""A page's number and its section name on one line (6 经济, A03 城事·新闻)."""
BARE_FOLIO = re.compile(r"^(?:\d{1,3}|[A-Z]\d{1,2})$")
"""A page's number alone on its line (6, A03)."""
ROMANISED = re.compile(r"^[A-Z][A-Z ]{3,}$")


BARE_PAGE = re.compile(r"^(?:\d{1,3}|[A-Z]\d{1,2})$")
"""A page number alone on its line (6, A03)."""


def _page_under_top(texts: list[str], out: dict[int, str]) -> None:
    """A page number alone on its line among the page's first lines, under nothing but furniture (the
    date line, then the section name found only after it: 2023年…星期一 ⏎ 社会·民生 ⏎ 6): the folio, not a
    kicker over the first story's headline."""
    for i, t in enumerate(texts[:TOP_LINES]):
        if i in out:
            continue
        if i and BARE_PAGE.match(t) and all(k in out for k in range(i)):
            out[i] = "page"
        break


def _foot_folio(texts: list[str], out: dict[int, str]) -> None:
    """The page's number and section name printed at its foot (1 要闻, A1 今日要闻): the last line, or
    the line right over the desk credits (责编：…): a folio, not a teaser or a headline. A bare page
    number (6, A03) right over the desk credits is the foot's folio too."""
    for i, t in enumerate(texts):
        if i in out or not (PAGE_SECTION.match(t) or (BARE_FOLIO.match(t.strip()) and out.get(i + 1) == "desk")) \
                or (MID_FOLIO.match(t.strip()) and _in_figure_column(texts, i)):
            continue
        if i == len(texts) - 1 or out.get(i + 1) == "desk":
            out[i] = "page"


def _top_pieces(texts: list[str], out: dict[int, str]) -> None:
    """Among the page's first lines: a line made only of masthead pieces (:data:`TOP_PIECE`) in any
    order (QIWU DAILY 某某日报 中共某某市委机关报, 某某晚报 2019年7月16日 星期二); a short name over its
    romanisation (某某报 ⏎ MOUMOU BAO, the name letter-spaced or not); the page number with the section
    name (A03 城事·新闻) first."""
    for i, t in enumerate(texts[:TOP_LINES]):
        if i in out:
            continue
        pieces = t.split()
        if len(pieces) >= 2 and all(TOP_PIECE.match(p) for p in pieces) and not all(p.isascii() for p in pieces):
            out[i] = "masthead"
        elif _ear_line(pieces):
            out[i] = "date"
        elif i + 1 < len(texts) and re.fullmatch(r"[\u4e00-\u9fff]{2,8}", _unspaced(t)) and ROMANISED.match(texts[i + 1]) \
                and all(k in out for k in range(i)):
            out[i] = out[i + 1] = "masthead"
        elif i == 0 and PAGE_SECTION.match(t):
            out[i] = "page"
        elif out.get(i - 1) in ("masthead", "date") and _under_masthead(out, i) and _masthead_sub(t):
            out[i] = "masthead"  # a line under a masthead found only now (栾溪报 ⏎ LUANXI BAO ⏎ …主办 ⏎ 准印证号：…)


SERIAL_LINE = re.compile(r"^[\u4e00-\u9fff]{0,12}[：:]?\s*[CＣ]\s*[NＮ]\s*\d{2}\s*[-－]\s*\d{4}")
ISSUE_LINE = re.compile(r"^(?:总)?第\s*\d{1,6}\s*[期号](?:\s*今日\s*\d{1,3}\s*版)?$")


def _serial_pairs(texts: list[str], out: dict[int, str]) -> None:
    """The serial number and the issue number set as a pair of lines under the masthead's name (国内统一
    连续出版物号 CN 00-0000 ⏎ 第1234期, in either order) are a furniture piece of their own ("serial")."""
    for i in range(len(texts) - 1):
        a, b = texts[i], texts[i + 1]
        if out.get(i) == out.get(i + 1) == "masthead" and (
                (SERIAL_LINE.match(a) and ISSUE_LINE.match(b)) or (ISSUE_LINE.match(a) and SERIAL_LINE.match(b))):
            out[i] = out[i + 1] = "serial"


WEEKDAY_PIECE = re.compile(r"^(?:星期|周)[一二三四五六日天]$")
PAGE_PIECE = re.compile(r"^(?:\d{1,3}|[A-Z]\d{1,2}|第\d{1,3}版)$")


def _ear_line(pieces: list[str]) -> bool:
    """A top line that sets the page number and the section name beside the date and weekday, in any
    order (7 民生·服务 2022年11月17日 星期四), the page's desk credit last among them (… 责编：某 某):
    the page's date line."""
    pieces = _without_desk_credit(pieces)
    dated = any(re.fullmatch(r"\d{4}年\d{1,2}月\d{1,2}日", p) for p in pieces) and any(WEEKDAY_PIECE.match(p) for p in pieces)
    return dated and all(TOP_PIECE.match(p) or PAGE_PIECE.match(p) or SECTION.match(p) for p in pieces)


def _without_desk_credit(pieces: list[str]) -> list[str]:
    """The pieces of a header strip before its desk credit, when the strip closes on one (``责编：某 某``,
    a padded name split into pieces of its own); the pieces as they are otherwise."""
    for k, p in enumerate(pieces):
        if DESK_LINE.match(p) and k and DESK_LINE.match(" ".join(pieces[k:])) \
                and re.fullmatch(_DESK_NAME + r"(?:\s+" + _DESK_NAME + r")*", " ".join(pieces[k:])):
            return pieces[:k]
    return pieces


PAGE_COUNT = re.compile(r"^(?:今日|共)\s*\d{1,3}\s*版$")
"""The day's page count on a line of its own (今日12版)."""


def _blocks(gaps: list[bool]) -> list[tuple[int, int]]:
    """The runs of lines with no blank line between them, as (first, past-the-last) indices."""
    starts = [i for i, g in enumerate(gaps) if i == 0 or g]
    return list(zip(starts, starts[1:] + [len(gaps)]))


def _masthead_blocks(texts: list[str], gaps: list[bool], out: dict[int, str]) -> None:
    """The masthead away from the page's top lines (its block extracted mid-page, the paper's name
    printed at the page's foot): a block that opens on the paper's name (…日报, with its Latin name)
    and goes on only with lines of a masthead (:data:`MASTHEAD_SUB`), or that name alone."""
    for lo, hi in _blocks(gaps):
        if lo in out or not (MASTHEAD.match(re.sub(r"[\s\u3000]+", "", texts[lo])) or MASTHEAD_NAME.match(texts[lo])):
            continue
        if all(MASTHEAD_SUB.match(texts[i]) or ROMANISED.match(texts[i]) for i in range(lo + 1, hi)):
            out.update({i: "masthead" for i in range(lo, hi) if i not in out})


PRICE_LINE = re.compile(r"^(?:" + COVER_PRICE + r")\s*[：:]?\s*(?:人民币)?\s*\d{1,2}(?:\.\d{1,2})?\s*元$")
"""The cover price on a line of its own (零售价1.00元, 定价：2元)."""


def _masthead_info_line(text: str) -> bool:
    """A line of the masthead's information block: publisher or organ line, issue number, page count,
    cover price, the lunar date."""
    return bool(_masthead_sub(text) or PAGE_COUNT.match(text) or ISSUE_LINE.match(text) or PRICE_LINE.match(text)
                or LUNAR_DATE.match(text))


def _masthead_info_blocks(texts: list[str], gaps: list[bool], out: dict[int, str]) -> None:
    """A block set apart by blank lines among the page's top furniture (every line above it is furniture)
    made only of the masthead's information (某某日报社出版 ⏎ 今日16版 ⏎ 零售价1.00元) is furniture too."""
    for lo, hi in _blocks(gaps):
        if not all(k in out for k in range(lo)):
            return
        if lo and any(k not in out for k in range(lo, hi)) \
                and all(k in out or _masthead_info_line(texts[k]) for k in range(lo, hi)):
            out.update({k: "masthead" for k in range(lo, hi) if out.get(k) in (None, "section", "page_count")})


TEMPERATURE = re.compile(r"-?\d{1,2}\s*℃?\s*[～~\-－至]\s*-?\d{1,2}\s*℃|-?\d{1,2}\s*℃")
WEATHER_BOX_LINES = 4
WEATHER_BOX_WIDTH = 12
"""A weather box is a block of at most this many lines of at most this many characters."""
_CLAUSE = re.compile(r"[，,、；;。！？]")


def _weather_blocks(texts: list[str], gaps: list[bool], out: dict[int, str]) -> None:
    """A weather box: a block of a few short lines with no clause mark, one of them a temperature or
    a range (今日小寒 ⏎ 晴转多云 ⏎ 气温2℃～9℃), wherever it stands; its lines are one furniture item. A
    label on top (天气预报) is left to open the box (:func:`_weather_frame`); the forecaster's line closing
    it (某市气象台发布) is the box's too and counts for none of its lines."""
    for block in _blocks(gaps):
        lo, hi = _weather_frame(texts, *block)
        lines = range(lo, hi)
        if hi - lo > WEATHER_BOX_LINES or any(out.get(i) not in (None, "section") for i in lines) \
                or any((len(texts[i]) > WEATHER_BOX_WIDTH and not (hi - lo > 1 and _ear_weather(texts[i])))
                       or _CLAUSE.search(texts[i]) or PROMPT_LINE.match(texts[i].replace(" ", "")) for i in lines):
            continue
        if any(TEMPERATURE.search(texts[i]) for i in lines) and all(out.get(i) is None for i in range(hi, block[1])):
            out.update({i: "weather_box" for i in range(lo, block[1])})


WEATHER_BLOCK_LABEL = re.compile(r"^[\u4e00-\u9fff]{0,4}(?:天气预报|天气)$")
"""A weather box's label on its own line, unbracketed (天气预报, 今日天气, 某市天气)."""
FORECASTER_LINE = re.compile(r"^[\u4e00-\u9fff]{0,10}气象(?:台|局)(?:\d{1,2}月\d{1,2}日\d{1,2}时)?发布$")
"""The line closing a weather box with who issued the forecast (某市气象台发布, 市气象台1月4日17时发布)."""


def _weather_frame(texts: list[str], lo: int, hi: int) -> tuple[int, int]:
    """The lines ``lo``..``hi`` of a block read for a weather box: past a label on top (天气预报, when the
    forecaster's line closes the block) and up to the line before that forecaster's line, which
    the box keeps but which counts for none of its short lines. Other blocks are read whole."""
    if hi - lo < 3 or not FORECASTER_LINE.match(texts[hi - 1].replace(" ", "")) \
            or not WEATHER_BLOCK_LABEL.match(texts[lo].replace(" ", "")):
        return lo, hi
    return lo + 1, hi - 1


SERIAL_SPLIT = re.compile(r"\s+(?![CＣ]\s*[NＮ]\s*\d)")
"""The spaces between a masthead line's pieces, not the one between the serial number's label and its number
(国内统一连续出版物号 CN00-0099 stays one piece)."""


def _masthead_sub(text: str) -> bool:
    """Is ``text`` a line under a masthead (:data:`MASTHEAD_SUB`), or pieces of such lines set side by
    side with spaces (内部资料 免费交流 准印证号：…, 某某日报社主办 第1234期), a wider gap between pieces
    that have spaces of their own (中共某某市委机关报  国内统一连续出版物号 CN 00-0000)?"""
    if MASTHEAD_SUB.match(text):
        return True
    return any(len(pieces) >= 2 and all(MASTHEAD_SUB.match(p) or TOP_PIECE.match(p) for p in pieces)
               for pieces in (text.split(), re.split(r"\s{2,}|\u3000+", text.strip()),  # …机关报  …出版物号 CN 00-0099
                              SERIAL_SPLIT.split(text.strip())))  # …主管主办 …出版物号 CN00-0099: the label over its number


EAR_WEATHER = re.compile(r"^(?:" + FORECAST_DAY + r")[\u4e00-\u9fff]{0,2}[\s\u3000：:]+\S.*" + TEMPERATURE.pattern)
"""A day's forecast set in pieces in the masthead's ear (今天 多云 13℃～24℃, 明日天气 小雨 7℃～12℃)."""


def _ear_weather(text: str) -> bool:
    """Is ``text`` one day's forecast as a weather box prints it (:data:`EAR_WEATHER`), however wide?"""
    return len(text) <= 2 * WEATHER_BOX_WIDTH + 6 and bool(EAR_WEATHER.match(text))


def _under_masthead(out: dict[int, str], i: int) -> bool:
    """Does an unbroken run of masthead or date lines above line ``i`` start at the masthead?"""
    k = i - 1
    while k in out and out[k] == "date":
        k -= 1
    return out.get(k) == "masthead"


def _section_above_date(texts: list[str], out: dict[int, str]) -> None:
    """A page's section name (要闻, 要 闻) can also stand first on the page, right above its date line."""
    name = _unspaced(texts[0]) if texts else ""
    if len(texts) > 1 and out.get(1) == "date" and 0 not in out \
            and SECTION.match(name) and len(name) <= BANNER_MAX and not NOTICE_HEAD.match(name):
        out[0] = "section"  # 要闻, or set letter-spaced (要 闻)


def _sections_in_header(texts: list[str], out: dict[int, str]) -> None:
    """3 ⏎ 某某报 ⏎ 民生·健康 ⏎ 2024年9月20日 星期五: the section name between the header's lines."""
    for i in range(1, min(len(texts) - 1, TOP_LINES)):
        if _header_section(texts, out, i):
            out[i] = "section"


def _header_section(texts: list[str], out: dict[int, str], i: int) -> bool:
    """Is line ``i`` a section name (特别报道, 民生·健康) wedged in the page's header: every line above
    it furniture (folio, paper name), and the date line right under it? A notices page's name (公告, 分类广告)
    counts when that date line is the page's, with its weekday: a notice's title has its text under it, not
    the page's date (class: notices page's section name in the header)."""
    name = _unspaced(SECTION_GLOSS.sub("", texts[i])).replace(" ", "")  # 经济观察  ECONOMY: the name and its English
    notice = bool(NOTICE_HEAD.match(name)) and not (len(name) <= BANNER_MAX and DATE_LINE.match(texts[i + 1]))
    return i not in out and out.get(i + 1) == "date" \
        and all(k in out for k in range(i)) and bool(SECTION.match(name)) and not notice


BANNER_MAX = 4
LEAD_START = re.compile(r"^\s*(?:[□■◎◆▲△○◇]\s*)?(?:" + PAPER_SOURCE + r"|(?:" + ORG + r")[\u4e00-\u9fff]{0,8}?\d{1,2}\s*月)")
"""A line that opens a story with its source (本报讯, 某某晚报讯, 新华社北京4月21日电, □本报记者)."""


def _unspaced(text: str) -> str:
    """Display type set one character a token (``特 别 报 道``) without its spaces; other text as it is."""
    tokens = text.split()
    return "".join(tokens) if len(tokens) > 1 and all(len(tok) == 1 for tok in tokens) else text


def _has_section(texts: list[str], out: dict[int, str], i: int) -> bool:
    """Has the page printed its section name above line ``i`` already (4 ⏎ 综合新闻 ⏎ 2024年…星期二)?
    Then a short line under the date is the first story's display line, not a second section name. (A
    paper's name read as a section, 溪山报, does not count: a name ending in 报.)"""
    return any(out.get(k) == "section" and not MASTHEAD.match(texts[k].replace(" ", ""))
               and not texts[k].endswith("报") for k in range(i))


FRONT_MASTHEAD_LINES = 2
"""A front page sets its masthead over two lines or more (某某日报 ⏎ MOUMOU RIBAO ⏎ 中共某某市委主管主办);
an inside page's running head names the paper on one line."""


def _front_page_kicker(texts: list[str], out: dict[int, str], i: int) -> bool:
    """Is line ``i``, a short line under the date line, the top story's kicker (灵山这十年, 双节假期) rather
    than a section name? A front page (a masthead of :data:`FRONT_MASTHEAD_LINES` lines or more above it)
    is the paper's first page and prints no section name under its date: a theme or series label there is
    the top story's, over its headline. A line of a section name's own form (综合新闻, 要闻·综合, 要 闻,
    某某专版) stays furniture."""
    if sum(1 for k in range(i) if out.get(k) == "masthead") < FRONT_MASTHEAD_LINES:
        return False
    t = texts[i]
    name = _unspaced(t).replace(" ", "")
    return t == name and "·" not in name and not SECTION_TITLE.match(name) and not SPECIAL_BANNER.match(name) \
        and not name.endswith(("要闻", "新闻", "专版", "特刊", "周刊"))


def _section_name(texts: list[str], i: int) -> bool:
    """Is line ``i`` a section name by its form: a short name (综合新闻), or a word or two set in spaced
    display type (特 别 报 道) with no more spaced display under it (a headline's lines come in a run)?"""
    t = texts[i]
    if SECTION.match(t):
        return True
    name = _unspaced(t)
    below = texts[i + 1] if i + 1 < len(texts) else ""
    return name != t and bool(SECTION.match(name)) and len(name) <= BANNER_MAX and _unspaced(below) == below


PAGE_POINTER = re.compile(SEE_PAGE + r"[）)]?$|" + POINTER_ARROW + r"\s*第?\s*\d{1,2}\s*版$")
"""A teaser's pointer to another page at a line's end (详见7版, ▶2版). After a mark the page is digits
only (not :data:`~frontpage.parse.lexicon.ARROW_PAGE`, which also takes a lettered page, ▶A2版)."""


def _names_section(text: str) -> bool:
    """Does a date line print the page's section name beside its weekday (2024年5月6日 星期一 城事·民生 7)?
    Then the line under it is the first story's display line, not a second section name."""
    pieces = text.split()
    if not (DATE_LINE.match(text) or _ear_line(pieces)):
        return False
    return any(SECTION.match(p) and not WEEKDAY_PIECE.match(p) and not p.startswith("农历") and not MASTHEAD.match(p)
               for p in pieces)


def _over_pointers(texts: list[str], i: int) -> bool:
    """Is line ``i`` the banner over teasers (本版导读 ⏎ 某某… ⏎ 详见7版): one of the two lines under it
    points to another page? Then it is no section name, whatever it stands under."""
    return any(PAGE_POINTER.search(t) for t in texts[i + 1:i + 3])


def _section_over_lead(texts: list[str], gaps: list[bool], out: dict[int, str]) -> None:
    """On a page without blank lines (where headlines follow their bodies), a page's section name (区县新闻)
    can stand first without its date line, right above the first story's source line, or above the first
    story's stack printed over its source line (:func:`_stack_over_lead`): a word or two that the story
    under it does not restate, as its headline would."""
    if len(texts) > 1 and not any(gaps) and 0 not in out and SECTION.match(_unspaced(texts[0])) \
            and len(_unspaced(texts[0])) <= BANNER_MAX and not NOTICE_HEAD.match(texts[0]) \
            and (LEAD_START.match(texts[1]) or out.get(1) in ("date", "page", "page_count") or _stack_over_lead(texts)) \
            and not _echoes_below(texts):
        out[0] = "section"


STACK_OVER_LEAD = 2
"""Headline lines a page's first story may print between the section name and its source line (kicker, headline)."""
HEAD_LINE_MAX = 24
"""A headline line of such a stack is at most this many characters, with no clause mark."""


def _stack_over_lead(texts: list[str]) -> bool:
    """Do the lines under the first line hold a story's stack (at most :data:`STACK_OVER_LEAD` short lines
    with no clause mark: “某某”行动持续推进 ⏎ 某区今年破获案件286件), then its source line (某某晚报讯…)?"""
    for k in range(2, min(len(texts), STACK_OVER_LEAD + 2)):
        if LEAD_START.match(texts[k]):
            return all(len(t) <= HEAD_LINE_MAX and not re.search(r"[，,。；;！？：:]", t) for t in texts[1:k])
    return False


MID_SECTION = re.compile(r"^[\u4e00-\u9fff]{2,6}·[\u4e00-\u9fff]{2,6}$")
"""A page's section name of words joined by a middle dot (生态·河湖, 乡村振兴·产业), the form it takes when the
text layer puts it among the stories. The form alone is also a kicker's (聚焦·两会): see :func:`_section_between_items`."""
BODY_LINE = re.compile(r"^[^，,。；;！？]{2,}[，,。；;！？]")
"""A line of running text: a clause mark after its opening words (近年来，学院与…)."""
BODY_MIN = 10
"""A line of running text is at least this many characters wide (a headline with a comma is shorter)."""


def _section_between_items(texts: list[str], gaps: list[bool], out: dict[int, str]) -> None:
    """A dotted name (:data:`MID_SECTION`) alone among lines with no blank line around it, right after a line that
    closes a sentence, a notice's date or a credit, is the page's section name that the text layer put among
    the stories (…杨德顺说。 ⏎ 生态·河湖 ⏎ 某市农业农村局) when there is evidence that no headline hangs under it:
    the line under it is a story's running text, an issuer or furniture, or the same name stands among the
    page's furniture. Right over a display line it is that headline's kicker (聚焦·两会 ⏎ 某某新楼投用), on any
    page. Only one such name per page, and none on a page that printed another section name."""
    named = {texts[k].replace(" ", "") for k, kind in out.items() if kind == "section"}
    for i in range(1, len(texts) - 1):
        t = texts[i].replace(" ", "")
        if i in out or gaps[i] or gaps[i + 1] or not MID_SECTION.match(t):
            continue
        before, below = texts[i - 1], texts[i + 1].replace(" ", "")
        if not (TERMINAL_END.search(before) or DATE_END.search(before) or CREDIT_END.search(before)):
            continue
        echoed = t in named or any(texts[k].replace(" ", "") == t for k in out)
        headless = i + 1 in out or ISSUER_ALONE.match(below) or _running_text(texts, i + 1)
        if echoed or (headless and not named):
            out[i] = "section"
            return


def _running_text(texts: list[str], i: int) -> bool:
    """Is line ``i`` a story's running text (:data:`BODY_LINE`), not a headline with a comma over a lead?"""
    line = texts[i].replace(" ", "")
    return len(line) >= BODY_MIN and bool(BODY_LINE.match(line)) and not (i + 1 < len(texts) and LEAD_START.match(texts[i + 1]))


MID_FOLIO = re.compile(r"^\d{1,2}$")
"""A page number alone on its line (4), the form the text layer leaves it in among the stories."""
ITEM_END = re.compile(r"[。！？!?」”』]$")
"""A line end that closes a sentence or an item (…说。, …”)."""
DECK_LINE = re.compile(r"^——[\u4e00-\u9fff“”]{2,24}[\u4e00-\u9fff”]$")
"""A headline's subtitle line (——记某某): the last line of a headline stack."""
NUMBER_GOES_ON = re.compile(r"^[0-9０-９.．%％‰°℃~～\-－—日月年时分秒号楼层届期版次岁周天度倍余多第位名个]")
"""What opens a line that carries on a number broken off the line above: a date's, time's, ordinal's, address's
or page pointer's rest (日, 时, 届, 号, 楼, 版, 月底), a decimal part, a range."""
LABEL_LINE = re.compile(r"^[●■◆▲★☆]?[^，,。；;：:、！？!?]{2,16}$")
"""A line that can open an item: a headline, column label or section name (环保快讯, ●某某启动), no clause mark."""


def _number_runs_on(texts: list[str], gaps: list[bool], i: int) -> bool:
    """Is the bare number at line ``i`` the start of a sentence wrapped after it (…展开。 ⏎ 3 ⏎ 月底前，…): the
    next line, in the same paragraph and no date line, carries the number on (:func:`_carries_number_on`)?"""
    if not MID_FOLIO.match(texts[i].strip()) or i + 1 >= len(texts) or gaps[i + 1] or DATE_LINE.match(texts[i + 1]):
        return False
    return _carries_number_on(texts[i + 1])


def _in_figure_column(texts: list[str], i: int) -> bool:
    """Does a bare number stand two lines above or below line ``i`` (城关镇 ⏎ 12 ⏎ 石桥镇 ⏎ 9): line ``i`` is a
    figure of a flattened table's column, names and figures alternating, never a page number?"""
    return any(MID_FOLIO.match(texts[k].strip()) for k in (i - 2, i + 2) if 0 <= k < len(texts))


def _carries_number_on(line: str) -> bool:
    """Does ``line`` (a line right under a bare number) carry that number on: a date's, time's, ordinal's,
    address's or pointer's rest (日，…; 月底; 届; 号; 版), or its scale or unit as a word (个百分点)?"""
    line = line.replace(" ", "")
    return bool(NUMBER_GOES_ON.match(line)) or opens_on_unit_word(line)


def _folio_between_items(texts: list[str], out: dict[int, str]) -> None:
    """A page number alone on its line among the stories (…——记某某 ⏎ 4 ⏎ 环保快讯): the page's folio the
    text layer put there, furniture, not a teaser. Only where it cannot be part of a sentence or a table: the
    line above ends a sentence or an item (。！？”, a credit, a photo's credit (某某 摄), a date, a subtitle, furniture), the line under it
    opens a new item (a label line, furniture) and does not carry the number on (9 ⏎ 日，…; 12 ⏎ 个百分点),
    and no figure stands two lines away (城关镇 ⏎ 12 ⏎ 石桥镇 ⏎ 9: a flattened table's column)."""
    for i in range(TOP_LINES, len(texts) - 1):  # the page's top lines are read as its header (above)
        if i in out or not MID_FOLIO.match(texts[i].strip()):
            continue
        above, below = texts[i - 1].strip(), texts[i + 1].strip().replace(" ", "")
        if _in_figure_column(texts, i):
            continue
        ends_item = i - 1 in out or bool(ITEM_END.search(above) or TERMINAL_END.search(above) or CREDIT_END.search(above)
                                          or PHOTO_CREDIT_END.search(above)
                                          or DATE_END.search(above) or DECK_LINE.match(above.replace(" ", "")))
        opens_item = i + 1 in out or (bool(LABEL_LINE.match(below)) and not _carries_number_on(below))
        if ends_item and opens_item:
            out[i] = "page"


def _echoes_below(texts: list[str]) -> bool:
    """Do the first line's character pairs recur in the lines under it (a headline restates its story)?"""
    name = _unspaced(texts[0])
    below = "".join(texts[1:1 + ECHO_WINDOW])
    return any(name[k:k + 2] in below for k in range(len(name) - 1))
"""A section name standing above the date line is a word or two (要闻, 两会特刊)."""


WEATHER_LINE = re.compile(r"^[\u4e00-\u9fff]{0,4}(?:" + MASTHEAD_EAR + r")[\u4e00-\u9fff]{0,2}\s*[：:\s]"
                          r"[^。！？，,；;]{0,50}?-?\d{1,2}\s*(?:℃?\s*[～~\-－至]\s*-?\d{1,2}\s*)?[℃°]")
"""The day's weather on a line of its own, anywhere on the page (今日天气 晴转多云 12～23℃ 北风2级,
天气预报 某地 今天 多云 9～17℃, 今日天气：多云 7℃): a weather word, then a temperature or a range;
page furniture, its temperatures no claims."""
PROMPT_LINE = re.compile(r"^(?:" + PROMPT + r")[^。！？，,]{0,26}$")
"""A QR-code prompt on a line of its own (扫码看视频, 扫码关注…客户端): short, no sentence."""


PROMPT_REST = re.compile(r"^[^。！？，,；;：:\d]{2,12}$")
"""The line under a bare QR-code prompt that says what the code leads to (看直播, 下载客户端): short, no mark."""


def bare_prompt(text: str) -> bool:
    """A QR-code prompt alone on its line (扫描二维码), with nothing after it: its object is on the next line."""
    return bool(re.fullmatch(r"(?:" + PROMPT + r")", text.replace(" ", "")))


def _prompt(text: str) -> bool:
    """Is ``text`` a QR-code prompt (:data:`PROMPT_LINE`)? It is a piece of its own, never an
    advertisement's line, whatever stands next to it."""
    return bool(PROMPT_LINE.match(text.replace(" ", "")))


def _weather_and_prompts(texts: list[str], out: dict[int, str]) -> None:
    """The weather line and a QR-code prompt belong to no story wherever they stand (under the lead's
    headlines, at the page's foot); only the weather printed in the masthead's ear was known before."""
    for i, t in enumerate(texts):
        if i in out or len(t) > 60:
            continue
        if WEATHER_LINE.match(t):
            out[i] = "weather"
        elif PROMPT_LINE.match(t.replace(" ", "")):
            out[i] = "prompt"
            if bare_prompt(t) and i + 1 < len(texts) and i + 1 not in out and PROMPT_REST.match(texts[i + 1]):
                out[i + 1] = "prompt"  # 扫描二维码 ⏎ 看灯会直播: what the code shows, on the line under it


def _disclaimers(texts: list[str], out: dict[int, str]) -> None:
    """A standing disclaimer (本版内容仅供参考…风险自担, 投资有风险 入市需谨慎) or a standing line of who sells the
    page's advertising (本版广告由某报广告部统一代理): a line that says one, standing on its own (the first line,
    after a sentence's end, after a notice's closing date or after furniture)."""
    for i, t in enumerate(texts):
        if i in out or not DISCLAIMER_LINE.search(t):
            continue
        if i == 0 or i - 1 in out or TERMINAL_END.search(texts[i - 1]) or _closing_date(texts[i - 1]):
            out[i] = "disclaimer"


def _advertisements(texts: list[str], gaps: list[bool], out: dict[int, str]) -> None:
    """An advertisement: the lines around a contact line (电话：…, a URL) that end no sentence,
    up to a blank line or a line that ends a sentence; notices keep their own contact lines."""
    in_notice, opened = False, -2  # the line of the last notice's title: its text may follow a blank line
    for i, t in enumerate(texts):
        title = t.replace(" ", "")
        if NOTICE_HEAD.match(title) or (i and DATE_END.search(texts[i - 1]) and NOTICE_HEAD_LONG.match(title)) \
                or ((i == 0 or gaps[i]) and NOTICE_ABOUT.match(title)) or _about_title_wrapped(texts, gaps, out, i) \
                or (i and _about_title_at(texts, i) and ISSUER_ALONE.match(texts[i - 1].replace(" ", ""))):
            in_notice, opened = True, i  # a notice keeps its own contact lines (联系电话：…)
        elif (gaps[i] and i - 1 != opened) or i in out or (i and _closing_date(texts[i - 1])) \
                or (in_notice and (_after_notice_contact(texts, i) or _after_notice_closing(texts, i))):
            in_notice = False  # a notice ends at a blank line, furniture, its closing date or its contact line
        if i in out or in_notice or not CONTACT_LINE.search(t) or TERMINAL_END.search(t) or _in_prose(texts, gaps, i) \
                or _signed_under(texts, gaps, i):
            continue
        lo = i
        while lo > 0 and not gaps[lo] and lo - 1 not in out and not TERMINAL_END.search(texts[lo - 1]) \
                and not DATE_END.search(texts[lo - 1]) and not CREDIT_END.search(texts[lo - 1]) \
                and not _closes_item(texts, lo - 1) and not _prompt(texts[lo - 1]) \
                and not CONTACT_LINE.search(texts[lo - 1]):  # a contact line above ends an item of its own
            lo -= 1
        if _bracketed(texts, lo, hi_end := _ad_end(texts, gaps, out, i)):
            continue  # （全文刊载于…网站 www…）: a note to the text above, in brackets, not an advertisement
        if lo < i and not any(gaps) and _echoes_above(texts, lo):
            lo += 1  # a headline printed after its story's body, right above the advertisement
        for k in range(lo, hi_end + 1):
            out[k] = "ad"


def _signed_under(texts: list[str], gaps: list[bool], i: int) -> bool:
    """Is the contact line ``i`` followed by a notice's sign-off, its issuer's name alone on a line (a blank line
    before it at most) and the date closing it right under (联系电话：… ⏎ 某区卫生健康局 ⏎ 2025年9月15日)? An
    advertisement signs off with no issuer and date: the contact line is the notice's own (class: notice's
    contact line over its signer and date)."""
    k = i + 1
    if k + 1 >= len(texts) or gaps[k + 1]:
        return False
    return bool(ISSUER_ALONE.match(texts[k].replace(" ", "").replace("\u3000", ""))) and _closing_date(texts[k + 1].strip()) \
        and bool(re.fullmatch(r"\s*(?:\d{4}|[〇零一二三四五六七八九十○]{4})\s*年.*日\s*", texts[k + 1]))


ABOUT_TITLE_LINES = 3
"""A notice's 关于… title the column wraps runs over at most this many lines."""


def _about_title_wrapped(texts: list[str], gaps: list[bool], out: dict[int, str], i: int) -> bool:
    """Does a notice's title (某某局关于…的公示) start at line ``i``, on one line or wrapped over up to
    three lines of a narrow column (某某局关于2025年 ⏎ 第一批拟纳入…医 ⏎ 疗机构的公示), right after a
    sentence's end, a blank line, furniture or the page's start? Its first line holds 关于, none of its
    lines a clause mark."""
    if i and not gaps[i] and i - 1 not in out and not TERMINAL_END.search(texts[i - 1].strip()):
        return False
    if "关于" not in texts[i]:
        return False
    joined = ""
    for k in range(i, min(i + ABOUT_TITLE_LINES, len(texts))):
        if k > i and gaps[k]:
            return False
        joined += texts[k].replace(" ", "").replace("\u3000", "")
        if NOTICE_ABOUT.match(joined) or NOTICE_ABOUT_BARE.match(joined):
            return True
    return False


def _closing_date(text: str) -> bool:
    """Does ``text`` end on a date that closes an item (…公司 ⏎ 2023年7月4日), not one inside a sentence
    whose bracket is still open (公示期为5个工作日（2025年3月18日 ⏎ 至24日）)?"""
    m = DATE_END.search(text)
    if not m:
        return False
    before = text[:m.start()]
    return before.count("（") + before.count("(") <= before.count("）") + before.count(")")


ABOUT_OPEN = re.compile(r"^关于[^，,。；;！？]{2,40}$")
"""The first line of a 关于… title the column wrapped (关于某某开发区污水处理厂二期工程)."""
ABOUT_CLOSE = re.compile(r"^[^，,。；;！？]{0,40}的(?:" + NOTICE_TITLE + r")$")
"""The rest of such a title, ending on what the notice is (环境影响报告书拟批准的公示)."""


def _about_title_at(texts: list[str], i: int) -> bool:
    """Does a notice's 关于… title stand at line ``i``, whole (关于某某的公示) or wrapped onto the next line
    (关于某某工程 ⏎ 环境影响报告书拟批准的公示)?"""
    title = texts[i].replace(" ", "")
    if NOTICE_ABOUT_BARE.match(title):
        return True
    return bool(ABOUT_OPEN.match(title)) and i + 1 < len(texts) and bool(ABOUT_CLOSE.match(texts[i + 1].replace(" ", "")))


PSA_END = re.compile(r"^[\u4e00-\u9fff](?:[\s\u3000]?[\u4e00-\u9fff]){1,30}(?:" + INSTITUTION + r")[\s\u3000]*(?:" + PSA_SIGNOFF + r")$")
"""A public-service advertisement's last line: its issuer and the sign-off (某县文明办 宣), or its issuers set
apart by a space (某区城市管理局 某某日报社 宣: class, a co-issued advertisement)."""
SLOGAN = re.compile(r"^[\u4e00-\u9fff“”\s\u3000]{2,24}$")
"""A slogan line of a public-service advertisement: words in display type, no clause mark, no figure."""
PSA_BLOCKS = 3
"""A public-service advertisement prints at most this many slogan blocks over its sign-off."""


def _public_service_ads(texts: list[str], gaps: list[bool], out: dict[int, str]) -> None:
    """A public-service advertisement (讲文明 树新风 ⏎⏎ 礼让斑马线 ⏎⏎ 某县文明办 宣): the sign-off line
    (:data:`PSA_END`) and the slogan blocks right above it (short lines with no clause mark, none
    restating the text above as a headline printed after its body would) are one advertisement."""
    blocks = _blocks(gaps)
    for b, (lo, hi) in enumerate(blocks):
        end = next((i for i in range(lo, hi) if i not in out and PSA_END.match(texts[i])), None)
        if end is None or not all(_slogan(texts, k) for k in range(lo, end)):
            continue
        first = lo
        for plo, phi in reversed(blocks[max(0, b - PSA_BLOCKS):b]):
            if phi - plo > 2 or not all(k not in out and _slogan(texts, k) for k in range(plo, phi)):
                break
            first = plo
        out.update({k: "psa" for k in range(first, end + 1)})  # one item across its blank lines


def _slogan(texts: list[str], k: int) -> bool:
    """Is line ``k`` a slogan line (:data:`SLOGAN`) that restates nothing above it?"""
    return bool(SLOGAN.match(texts[k])) and not _echoes_above(texts, k)


CONTACT_OPENING = re.compile(r"^[\u4e00-\u9fff]{0,4}(?:" + CONTACT + r")\s*[：:]")
"""A line that opens on a contact label (联系电话：…, 咨询热线：…)."""


def _after_notice_contact(texts: list[str], i: int) -> bool:
    """Has a notice ended right above line ``i`` on its contact line (寻人启事 … ⏎ 联系电话：139…)? Line
    ``i`` is no contact line, ends no sentence and no signer over a closing date follows (某某局 ⏎
    2023年…日): the name over an advertisement's slogan and contact lines, not more of the notice."""
    if not i or not CONTACT_OPENING.match(texts[i - 1].strip()) or not re.search(r"\d$", texts[i - 1].strip()):
        return False
    here = texts[i]
    return not CONTACT_LINE.search(here) and not TERMINAL_END.search(here) and not re.search(r"[，,、；;：:]", here) \
        and not any(DATE_END.search(t) for t in texts[i:i + 3])


def _after_notice_closing(texts: list[str], i: int) -> bool:
    """Has a notice ended right above line ``i`` on its closing formula (遗失声明 … ⏎ …声明作废。,
    ``notice_closings.csv``), with no closing date in the next lines (no signer over a date follows)? Line
    ``i`` is then no more of the notice: an advertisement's contact lines below are not the notice's. A
    contact line right under the formula (联系电话：…) is still the notice's own."""
    return bool(i) and bool(NOTICE_CLOSING.search("".join(texts[i - 2:i]).replace(" ", ""))) \
        and not CONTACT_OPENING.match(texts[i].strip()) and not any(DATE_END.search(t) for t in texts[i:i + 3])


CREDIT_ALONE = re.compile(r"^[（(][\u4e00-\u9fff](?:[\s\u3000]*[\u4e00-\u9fff]){1,5}[）)]$")
"""A closing credit on a line of its own (（晓 岚）): the end of the story above."""


def _closes_item(texts: list[str], k: int) -> bool:
    """Does line ``k`` end an item of its own, so that an advertisement below never reaches above it: a
    closing credit alone on its line (（晓 岚）), a teaser's page pointer (详见7版), or the rest of a closing
    credit the column wrapped after the last sentence (…第三位。（记者 詹 ⏎ 雪）)?"""
    t = texts[k].strip()
    return bool(CREDIT_ALONE.match(t) or PAGE_POINTER.search(t)) \
        or (k > 0 and bool(CREDIT_REST.match(t)) and bool(CREDIT_OPEN_END.search(texts[k - 1].rstrip())))


CREDIT_OPEN_END = re.compile(r"[。！？”][（(][^（()）。！？，,；;]{1,12}$")
"""A line ending on a closing credit's opening bracket and its first words after the last sentence (…。（记者 詹)."""
CREDIT_REST = re.compile(r"^[^（()）。！？，,；;]{1,20}[）)]$")
"""The rest of a closing credit a narrow column wrapped, on the next line, closing its bracket (雪）, 记者 李二）):
after such a line's end here, and after a role credit's open first line in :mod:`~frontpage.parse.reflow`."""


def _ad_end(texts: list[str], gaps: list[bool], out: dict[int, str], i: int) -> int:
    """The last line of the advertisement around contact line ``i``: its block goes on up to a blank line."""
    hi = i
    while hi + 1 < len(texts) and not gaps[hi + 1] and hi + 1 not in out and not _prompt(texts[hi + 1]) \
            and (CONTACT_LINE.search(texts[hi + 1]) or not _standalone(texts, hi + 1, gaps)):
        hi += 1
    if hi + 1 < len(texts) and not gaps[hi + 1] and hi + 1 not in out and AD_MARK_LINE.match(texts[hi + 1]):
        hi += 1  # the advertisement's own mark under it (广告)
    return hi


def _bracketed(texts: list[str], lo: int, hi: int) -> bool:
    """Are lines ``lo..hi`` one note in brackets (（全文刊载于…门户网站 ⏎ www…）)?"""
    return texts[lo].startswith(("（", "(")) and texts[hi].endswith(("）", ")"))


ECHO_WINDOW = 20
"""Lines above a line in which a headline printed after its body finds the words it restates."""
ECHO_SHARE = 0.5
"""A headline restates its story: at least this share of its character pairs occur in the lines above."""


def _echoes_above(texts: list[str], i: int) -> bool:
    """Does line ``i`` (no clause mark in it) restate the text just above it, as a headline printed after
    its body does? An advertisement's lines say something else."""
    line = re.sub(r"\s+", "", texts[i])
    if re.search(r"[，,、；;。！？]", line) or len(line) < 4:
        return False
    pairs = {line[k:k + 2] for k in range(len(line) - 1)}
    above = "".join(re.sub(r"\s+", "", t) for t in texts[max(0, i - ECHO_WINDOW):i])
    return sum(p in above for p in pairs) >= ECHO_SHARE * len(pairs)


SENTENCE_TAIL = re.compile(r"^[^，,、；;：:。！？\s]{1,12}[。！？；]")
NUMBER_IN_SENTENCE = re.compile(r"^[\d\-]*[\u4e00-\u9fff]{1,6}[。！？]")
"""After a phone number, a few words and a sentence's end (…66123456咨询。): the number is in prose."""
LABELLED_CONTACT = re.compile(r"(?:" + CONTACT + r")\s*[：:]")
SENTENCE_END_BEFORE = re.compile(r"[\u4e00-\u9fff][。！？；，]\s*[\u4e00-\u9fff]{0,4}$")
"""Prose right before a contact label on its line (…意向1100多人。咨询电话：): the number is the
end of a story's sentence, not an advertisement."""


INLINE_ADDRESS = re.compile(r"(?P<before>[\u4e00-\u9fff]{1,8})(?:(?:https?://|www\.)[A-Za-z0-9./\-_?=&%#~]+|\d{3,4}-\d{7,8})"
                            r"[\u4e00-\u9fff]")
"""A web address or a phone number set between two words of a line, with no colon before it
(…或登录www.example.cn举报…, …可拨打0000-12345678咨询，…)."""
LABEL_END = re.compile(r"(?:" + CONTACT + r")$")


def _inline_address(text: str, above: str = "") -> bool:
    """Is the web address or phone number on this line inside a sentence: words right before it (on
    this line, or ending the line above mid-sentence) that are no contact label (网址, 电话), words right
    after it? An advertisement sets its address after a label or alone."""
    line = text.strip()  # a space sets an advertisement's pieces apart: no sentence runs across one
    if re.match(r"[A-Za-z0-9]", line) and re.search(r"[\u4e00-\u9fff]$", above):
        line = above[-8:] + line  # …可拨打 ⏎ 0000-12345678咨询，…: the sentence runs on from the line above
    m = INLINE_ADDRESS.search(line)
    return bool(m) and not LABEL_END.search(m.group("before"))


def _in_prose(texts: list[str], gaps: list[bool], i: int) -> bool:
    """A web address or a number in the middle of a sentence (…或登录⏎https://…反映⏎线索。), or a
    label after a sentence (…1100多人。咨询电话：⏎0839-…。): the line has no label of its own at its
    start and the sentence it is in ends at the start of the next line."""
    contact = CONTACT_LINE.search(texts[i])
    if _inline_address(texts[i], texts[i - 1].strip() if i else ""):
        return True  # …或登录www…举报…: a web address between the words of a sentence
    if contact and NUMBER_IN_SENTENCE.match(texts[i][contact.end():]):
        return True  # …请拨打反诈专线⏎0871-66123456咨询。（周 岚）: the number sits in a sentence that ends here
    if i + 1 >= len(texts) or gaps[i + 1]:
        return False
    label = LABELLED_CONTACT.search(texts[i])
    if label and not SENTENCE_END_BEFORE.search(texts[i][:label.start()]):
        return False  # a label opening its line (电话：…) is an advertisement's, not a sentence's
    nxt = texts[i + 1].strip()
    return bool(SENTENCE_TAIL.match(nxt)) or bool(label and CONTACT_LINE.search(nxt) and re.search(r"[。！？]$", nxt))


def _standalone(texts: list[str], i: int, gaps: list[bool]) -> bool:
    """In a page without blank lines, a line after an ad's contact lines that is not one is
    the next item (a headline); in a block, the block goes on."""
    return not any(gaps)
