"""Dates and periods as the page writes them, resolved against the edition's date.

``一季度`` → 2021-Q1, ``2010年至2020年`` → 2010/2020, ``1至2月`` → 2021-01/2021-02,
``上半年`` → 2021-H1, ``本周`` → its Monday to Sunday, ``10年来`` → 2011/2020, ``三年前`` → 2018, ``2016年设立以来`` → 2016/2021, ``4月12日`` → 2021-04-12, ``3月17日至21日`` →
2021-03-17/2021-03-21, ``截至6月末`` → 2021-06 (a stock at a month's end takes the month). A period written without its year belongs to
the last one that has ended by the edition's date (a quarter is reported after it ends; so is a
year: 全年 and 年末 on a page of March are last year's, as a statistical bulletin reviews it).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .. import vocabulary
from ..parse.dates import year_for
from .numerals import small_count

_CLOCK = r"(?:\d{1,2}\s*[时点](?:\s*\d{1,2}\s*分)?)"  # an hour of a day (8时, 18时30分): no period of its own
# a part of the day after a span's first day (1月18日夜间至19日, 5日白天到6日): the span still runs from that day
_DAY_PART = r"(?:(?:" + vocabulary.alternation("day_parts") + r"|夜间|夜里|白天)\s*)?"
# 今年61岁的…: a person's age, no period; not an age group (今年60岁以上老人…, 去年12岁以下儿童…, 3岁至6岁), which the
# year still dates
_NOT_AN_AGE = (r"(?!\s*(?:已|已经|刚|刚满|才|满)?\s*(?:\d{1,3}|[一二三四五六七八九十百]{1,4})\s*多?\s*周?岁"
               r"(?!\s*(?:[（(]含[)）])?\s*[及或]?\s*(?:以上|以下|以内)|\s*[至到—\-~]))")

PERIOD = re.compile(
    # what every period can begin with, tried first so that other characters fail fast
    r"(?<![A-Za-zＡ-Ｚａ-ｚ])"  # PM10月均浓度: a code's digits (PM10), no month
    r"(?=[\d一二三四五六七八九十两“今年截上下前首近过到去本全第明当入开未])(?:"
    r"(?P<ahead>今明两[天日]|未来(?P<an>\d{1,2}|[一二两三四五六七八九十]{1,2})个?[天日](?![\d一二三四五六七八九十]))|"  # 今明两天, 未来三天: the days from the edition's on
    r"(?P<span>(?P<y1>\d{4})\s*年?\s*[至到—\-~]\s*(?P<y2>\d{4})\s*年)"
    r"|(?P<ysince>(?P<ysy>\d{4})\s*年\s*(?:(?<=[自从]\d{4}年)[\u4e00-\u9fff“”]{1,16}?|[\u4e00-\u9fff“”]{1,6}?)?以来)"  # 2022年以来, 2021年上线以来; after 自/从 a longer event (自2022年启动老年助餐服务以来)
    r"|(?P<fyp>“?十(?P<fyn>[一二三四五六七八九])五”?(?:(?P<fye>末)|期间|时期|(?P<fys>以来)|前(?P<fyf>[一二三四两1-4])年))"  # “十四五”前四年: 2021-2024
    r"|(?P<mend>(?:截[至止]|到)\s*(?:(?P<mey>\d{4})\s*年\s*|(?P<mew>今年|明年|去年)\s*)?(?P<mem>\d{1,2})\s*月\s*(?:末|底|[上中下]旬))"  # 到4月底, 截至6月上旬: a stock at a part of a month takes the month
    r"|(?P<ydue>(?:今年)?年(?:底|末)前)"
    r"|(?P<yend>(?<![上去今明本前\d年])年(?:末|底))"
    r"|(?P<week>上周)|(?P<thisweek>本周)"
    r"|(?P<lmonth>上个?月(?:末|底|份)?(?!\s*\d))"  # 上月, 上个月: the month before the edition's; 截至上月末: a stock at its end
    r"|(?P<dspan>(?:(?P<dsy>\d{4})\s*年\s*)?(?P<dsm>\d{1,2})\s*月\s*(?P<dsd1>\d{1,2})\s*日?\s*" + _DAY_PART + _CLOCK + r"?(?:[\u4e00-\u9fff“”]{1,6}?(?:启动|开始|开幕|开启)|起)?\s*[至到—\-~]\s*(?:(?:次年|翌年)\s*(?=\d{1,2}\s*月))?(?:(?P<dsy2>\d{4})\s*年\s*(?=\d{1,2}\s*月))?(?:(?P<dsm2>\d{1,2})\s*月\s*)?(?P<dsd2>\d{1,2})\s*[日号])"  # 7月8日8时至11日8时; 11月26日至次年3月15日; 2024年7月20日至2024年9月17日
    r"|(?P<bdspan>(?<![\d月.])(?P<bsd1>\d{1,2})\s*日\s*" + _DAY_PART + _CLOCK + r"?\s*[至到—\-~]\s*(?P<bsd2>\d{1,2})\s*日(?![内后前以]))"  # 12日至13日: days of the edition's month
    r"|(?P<mweek>(?:(?P<mwy>\d{4})\s*年\s*)?(?P<mwm>\d{1,2})\s*月份?\s*第\s*(?P<mwn>[一二三四五1-5])\s*周)"  # 4月第二周
    r"|(?P<yms>(?P<ymsy>\d{4})\s*年\s*(?P<ymsm1>\d{1,2})\s*月?\s*[至到—\-~]\s*(?:(?P<ymsy2>\d{4})\s*年\s*)?(?P<ymsm2>\d{1,2})\s*月(?!\s*\d{1,2}\s*日))"  # 2024年3月至4月
    r"|(?P<yq>(?P<yqy>\d{4})\s*年\s*(?:第)?(?P<yqq>[一二三四1-4])\s*季度(?:末|底)?)"
    r"|(?P<ym>(?P<ymy>\d{4})\s*年\s*(?P<ymm>\d{1,2})\s*月(?!\s*\d{1,2}\s*日))"
    r"|(?P<q>(?:第)?(?P<qq>[一二三四1-4])\s*季度(?:末|底)?)"  # 一季度末: a stock at the quarter's end, the quarter
    r"|(?P<q3>[前首]三个?季度)|(?P<h1>上半年)|(?P<h2>下半年)"  # 首三季度: as 前三季度 (Hong Kong and Macao usage)
    r"|(?P<ml>(?P<ml1>\d{1,2})\s*月\s*[、和]\s*(?P<ml2>\d{1,2})\s*月(?!\s*\d))"  # 7月、8月: two months in a row
    r"|(?P<mm>(?P<m1>\d{1,2}|[一二三四五六七八九十]{1,2})\s*月?\s*(?:(?<=月)[上中下]旬)?\s*[至到—\-~]\s*(?P<m2>\d{1,2}|[一二三四五六七八九十]{1,3})\s*月)"
    r"|(?P<front>(?<![提])[前首](?P<fn>[两二三四五六七八九十]{1,2}|\d{1,2})个?月)"
    r"|(?P<since>(?:近|过去)?(?P<sn>\d{1,3}|[一二两三四五六七八九十]{1,3})\s*年(?:来|以来|间|(?=累计|年均|年平均)))"
    r"|(?P<ago>(?<![\d〇零一二三四五六七八九十两])(?P<agn>\d{1,2}|[一二两三四五六七八九十]{1,2})\s*年前(?![后夕]|[一二三四两\d]\s*(?:个?季度|个?月)))"  # 三年前: that year
    r"|(?P<recent>(?:近|过去)(?P<rn>\d{1,3}|[一二两三四五六七八九十]{1,3})\s*年)"
    r"|(?P<dpart>(?<![\d月至到—\-~])(?P<dpd>\d{1,2})\s*日(?=早晨|早上|上午|中午|下午|傍晚|晚上|夜间|白天|凌晨))"  # 17日早晨
    r"|(?P<md>(?P<mdm>\d{1,2})\s*月\s*(?P<mdd>\d{1,2})\s*[日号])"
    r"|(?P<bday>(?:^|(?<=[，,；;：:]))(?P<bdd>\d{1,2})\s*日(?![内后起以左之])(?!前(?!后))(?=[\u4e00-\u9fff]|" + _CLOCK + r"))"  # 4日全市…: a day of the month, opening its clause; 4日15时至21时 (hours of it), 22日前后 (about that day), not 22日前 (by it)
    r"|(?P<cday>(?<=截[至止])(?P<cdd>\d{1,2})\s*日(?![内后前起以左之])(?=[\u4e00-\u9fff，,]|" + _CLOCK + r"))"  # 截至11日18时, 截至11日，: the day a figure runs to
    r"|(?P<msince>(?<![\d至到—\-~])(?P<msm>\d{1,2})\s*月份?\s*(?:[\u4e00-\u9fff“”]{1,4}?)?以来)"  # 3月以来, 6月入汛以来: that month to the edition's
    r"|(?P<mo>(?<![\d至到—\-~])(?P<mom>\d{1,2})\s*月(?!\s*\d)(?!份额))"
    r"|(?P<target>到\s*(?P<ty>\d{4}|[一二][〇零一二三四五六七八九]{3})\s*年)"
    r"|(?P<year>(?P<yy>\d{4}|[一二][〇零一二三四五六七八九]{3})\s*(?:年(?![来以间])(?:末|底)?|届(?=[\u4e00-\u9fff])))"
    r"|(?P<lsince>(?:去年|上年)\s*以来)"
    r"|(?P<thismonth>全月|本月)"  # the edition's month (活动将持续至3月31日，预计全月提供…)
    r"|(?P<sameday>(?:当天|当日)(?P<clock>\s*\d{1,2}\s*[时点](?:\s*\d{1,2}\s*分)?)?)"  # 'that day' (当天14时): see that_day
    r"|(?P<last>(?:去年|上年)(?:年?底|年?末)?" + _NOT_AN_AGE + r")|(?P<next>明年" + _NOT_AN_AGE + r")"
    r"|(?P<ytd>(?<![\d年月])(?:" + vocabulary.alternation("year_to_date") + r"))"  # 入汛以来: this year's season so far
    r"|(?P<this>(?:今年|本年)(?:年?底|年?末)?" + _NOT_AN_AGE + r"|年内)|(?P<whole>(?<![今本]年)全年))"
)
DAY = re.compile(r"(?:(?P<y>\d{4})\s*年)?\s*(?:(?P<m>\d{1,2})\s*月)?\s*(?:(?P<d>\d{1,2})\s*[日号])?")
DATE_SPAN = re.compile(r"\d{4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?(?:\s*[至到—\-~]\s*\d{4}\s*年)?"
                       r"|\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?|\d{1,2}\s*[日号]")


_YEAR_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")


def _year(text: str) -> str:
    """A year as printed, in Arabic or Chinese digits (二〇三五 → 2035)."""
    return text.translate(_YEAR_DIGITS)


def resolve_period(m: re.Match, edition_date: date | None) -> str | None:
    """A period match as ISO-like text: 2021-Q1, 2010/2020, 2021-01/2021-02, 2021-H1, 2020."""
    g = m.groupdict()
    if g["span"]:
        return f"{g['y1']}/{g['y2']}"
    if g["yq"]:
        return f"{g['yqy']}-Q{small_count(g['yqq'])}"
    if g["ym"]:
        return f"{g['ymy']}-{int(g['ymm']):02d}"
    if g["yms"]:
        return _month_span(int(g["ymsy"]), int(g["ymsm1"]), int(g["ymsy2"] or g["ymsy"]), int(g["ymsm2"]))
    if g["target"]:
        return _year(g["ty"])
    if g["fyp"]:
        start = 1966 + 5 * (10 + small_count(g["fyn"]) - 3)  # the 3rd plan was 1966-1970; 十四五 is 2021-2025
        end = start + (4 if not g["fyf"] else small_count(g["fyf"]) - 1)  # 前四年: the plan's first four years
        if g["fys"] and edition_date is not None and start <= edition_date.year < end:
            end = edition_date.year  # “十四五”以来 on a page of 2024: 2021/2024, as 2022年以来 runs to the edition's year
        return str(start + 4) if g["fye"] else f"{start}/{end}" if end > start else str(start)
    if g["year"]:
        return _year(g["yy"])
    if edition_date is None:
        return None
    said = _year_said_before(m) if g["md"] or g["mo"] or g["dspan"] or g["mweek"] else None
    if said is not None:  # 今年6月 in a March edition: this year's June, to come, not last year's
        edition_date = date(edition_date.year + said, 12, 31)
    if g["md"] or g["mo"]:
        return resolve_day(m.group(0), edition_date)
    if g["dpart"] or g["bday"] or g["cday"]:
        return resolve_day(f"{g['dpd'] or g['bdd'] or g['cdd']}日", edition_date)  # a day of the edition's month
    if g["mweek"]:
        return _week_of_month(g, edition_date)
    if g["ahead"]:
        n = 2 if g["ahead"].startswith("今明") else small_count(g["an"])
        last = edition_date + timedelta(days=n - 1)
        return f"{edition_date.isoformat()}/{last.isoformat()}" if n > 1 else edition_date.isoformat()
    return _relative_period(g, edition_date)


_PARTS_OF_A_YEAR = ("q", "q3", "h1", "h2", "mm", "front")
"""Period groups that name a part of a year with no year of their own (一季度, 前三季度, 上半年, 1-5月, 前两个月)."""


def title_period(text: str, edition_date: date | None) -> tuple[str | None, str] | None:
    """(period, as printed) of the first period a title names (2021年主要经济指标 → 2021), else None. A year
    followed at once by a part of it (2021年上半年, 2020年 前三季度) is that part of that year: 2021-H1."""
    found = PERIOD.finditer(text)
    m = next(found, None)
    if m is None:
        return None
    after = next(found, None)
    if m.group("year") and m.group(0).rstrip().endswith("年") and after is not None \
            and not text[m.end():after.start()].strip() and any(after.group(k) for k in _PARTS_OF_A_YEAR):
        year_end = date(int(_year(m.group("yy"))) + 1, 1, 1)  # every part of that year has ended by then
        return _relative_period(after.groupdict(), year_end), text[m.start():after.end()]
    return resolve_period(m, edition_date), m.group(0)


_YEAR_WORD_BEFORE = re.compile(r"(?:今年|本年|去年|上年|前年|明年)\s*$")
_YEAR_WORD_SHIFT = {"今年": 0, "本年": 0, "去年": -1, "上年": -1, "前年": -2, "明年": 1}


def _year_said_before(m: re.Match) -> int | None:
    """The years from the edition's that a year word printed right before a month or day (今年6月, 去年2月10日)
    names (0, -1, +1); None when none stands there, and the month is read as the last one reported."""
    y = _YEAR_WORD_BEFORE.search(m.string, max(0, m.start() - 4), m.start())
    return None if y is None else _YEAR_WORD_SHIFT[y.group(0).strip()]


def _relative_period(g: dict, edition_date: date) -> str | None:
    """A period written without its year (一季度, 上半年, 1至2月, 前两个月, 10年来, 去年): the last
    one that has ended by the edition's date."""
    year, month = edition_date.year, edition_date.month
    if g["q"]:
        q = small_count(g["qq"])
        return f"{year if month > 3 * q else year - 1}-Q{q}"  # a quarter is reported after it ends
    if g["q3"]:
        y = year if month > 9 else year - 1
        return f"{y}-01/{y}-09"
    if g["h1"]:
        return f"{year if month > 6 else year - 1}-H1"
    if g["h2"]:
        return f"{year - 1}-H2"  # a second half is over only once the year is
    if g["ml"] and int(g["ml2"]) != int(g["ml1"]) + 1:
        return None  # 3月、5月: two months apart, no one period
    if g["mm"] or g["front"] or g["ml"]:
        a, b = ((small_count(g["m1"]), small_count(g["m2"])) if g["mm"] else (int(g["ml1"]), int(g["ml2"])) if g["ml"]
                else (1, small_count(g["fn"])))
        y = year if month > b else year - 1
        return f"{y}-{a:02d}/{y}-{b:02d}" if 1 <= a <= b <= 12 else None
    if g["since"] or g["recent"]:
        n = small_count(g["sn"] or g["rn"])
        if n == 1:
            return str(year - 1)  # 一年来: the one full year before, a year
        return f"{year - n}/{year - 1}" if n else None  # 10年来 in 2021: the ten full years 2011-2020
    if g["ago"]:
        n = small_count(g["agn"])
        return str(year - n) if n else None  # 三年前 on a page of 2024: 2021
    if g["last"]:
        return str(year - 1)  # 去年, 去年底: a stock at last year's end takes the year
    if g["lmonth"]:
        return f"{year if month > 1 else year - 1}-{(month - 2) % 12 + 1:02d}"  # 上月, 上月末 on a page of July: June
    if g["next"]:
        return str(year + 1)  # 明年 'next year': the year after the edition's (a plan or a forecast)
    if g["ysince"]:
        return f"{g['ysy']}/{year}"  # 2022年以来: from that year to the edition's
    if g["lsince"]:
        return f"{year - 1}/{year}"  # 去年以来: from last year to the edition's, as 2022年以来
    if g["msince"]:
        return _months_since(int(g["msm"]), edition_date)
    if g["this"] or g["ytd"]:
        return str(year)
    if g["thismonth"]:
        return f"{year}-{month:02d}"
    if g["whole"]:  # 全年 of figures already reported: the last year that has ended (a bulletin's year), but
        return str(year if month == 12 else year - 1)  # a December page reports the year it closes
    if g["yend"]:  # 年末 of a stock already reported: the last year that has ended, given as the year (as 2024年末
        return str(year if month == 12 else year - 1)  # is); a December page reports the year it closes, as for 全年
    if g["mend"] or g["dspan"] or g["bdspan"]:
        return _day_period(g, edition_date)
    if g["ydue"]:
        return str(year)  # 年底前: a deadline at the end of this year
    if g["week"]:
        return _last_week(edition_date)
    if g["thisweek"]:  # 本周: the edition's week, Monday to Sunday
        monday = edition_date - timedelta(days=edition_date.weekday())
        return f"{monday.isoformat()}/{(monday + timedelta(days=6)).isoformat()}"
    return None


def that_day(m: re.Match, day: str | None, reported: str | None) -> str | None:
    """当天, 当日: the day the story named last (``day``). When that is the day it reports (``reported``, its
    dateline's), bare 当天 is no period (the dateline's day is when it was reported), but 当天14时 dates a
    reading taken at that hour (气温, 用电负荷): the period of the figure, as does 截至当日 (a stock counted up to
    that day) and 11月11日当天 (the day written out and stressed as that very day)."""
    return day if day and (m.group("clock") or day != reported or _CUT_OFF_END.search(m.string, 0, m.start())
                           or _DAY_WRITTEN_BEFORE.search(m.string, 0, m.start())) else None


_CUT_OFF_END = re.compile(r"截[至止]\s*$")  # 截至当日，全省已收获…: the figures run to that day
_DAY_WRITTEN_BEFORE = re.compile(r"\d{1,2}\s*[日号]\s*$")  # 11月11日当天: the day written out right before


def _months_since(first: int, edition_date: date) -> str | None:
    """3月以来 on a page of April: March to April (2020-03/2020-04); 4月以来 in April: that month."""
    if not 1 <= first <= 12:
        return None
    year = year_for(first, None, edition_date)
    end = f"{edition_date.year}-{edition_date.month:02d}"
    start = f"{year}-{first:02d}"
    return start if start == end else f"{start}/{end}"


def _last_week(edition_date: date) -> str:
    """上周: Monday to Friday of the week before the edition's (the working and trading days a weekly
    statistic counts)."""
    monday = edition_date - timedelta(days=edition_date.weekday() + 7)
    return f"{monday.isoformat()}/{(monday + timedelta(days=4)).isoformat()}"


def _day_period(g: dict, edition_date: date) -> str | None:
    """截至6月末 → that month (a stock at a month's end, or at a part of it: 截至6月上旬, takes the month, as 2024年末
    takes the year);
    3月17日至21日 → the span of days."""
    if g["mend"]:
        month = int(g["mem"])
        if not 1 <= month <= 12:
            return None
        year = int(g["mey"]) if g["mey"] else edition_date.year + _YEAR_OFFSET[g["mew"]] if g["mew"] \
            else year_for(month, None, edition_date)  # 到今年9月底: that year's month, even one still to come
        return f"{year}-{month:02d}"
    if g["bdspan"]:  # 12日至13日: days of the edition's month (or the month before, as a day alone is read)
        first = resolve_day(f"{g['bsd1']}日", edition_date)
        last = _span_end(first, int(first[5:7]), int(g["bsd2"])) if first else None
        return f"{first}/{last}" if first and last else None
    year = f"{g['dsy']}年" if g["dsy"] else ""  # 2026年10月13日至14日
    first = resolve_day(f"{year}{g['dsm']}月{g['dsd1']}日", edition_date)
    last = _span_end(first, int(g["dsm2"] or g["dsm"]), int(g["dsd2"]), int(g["dsy2"]) if g["dsy2"] else None)
    return f"{first}/{last}" if first and last else None


_YEAR_OFFSET = {"今年": 0, "明年": 1, "去年": -1}


def _month_span(y1: int, m1: int, y2: int, m2: int) -> str | None:
    """2024年3月至4月 → 2024-03/2024-04 (2023年11月至2024年2月 across a year)."""
    if not (1 <= m1 <= 12 and 1 <= m2 <= 12) or (y2, m2) <= (y1, m1):
        return None
    return f"{y1}-{m1:02d}/{y2}-{m2:02d}"


def _week_of_month(g: dict, edition_date: date) -> str | None:
    """4月第二周: Monday to Sunday of that week of the month, the first week being the one that holds the
    month's first Thursday (most of its days in the month, as ISO numbers the weeks of a year)."""
    month, n = int(g["mwm"]), small_count(g["mwn"])
    if not 1 <= month <= 12 or not n:
        return None
    year = int(g["mwy"]) if g["mwy"] else year_for(month, None, edition_date)
    first = date(year, month, 1)
    thursday = first + timedelta(days=(3 - first.weekday()) % 7)
    monday = thursday - timedelta(days=3) + timedelta(weeks=n - 1)
    return f"{monday.isoformat()}/{(monday + timedelta(days=6)).isoformat()}"


def _span_end(first: str | None, month: int, day: int, year: int | None = None) -> str | None:
    """The last day of a span of days, in the year of its first (4月20日至5月31日 on a page of 16 April:
    both this year, though 5月31日 alone would be read as last year's); the next year when it falls
    before the first (12月28日至1月3日); in its own year when it is written (2024年7月20日至2024年9月17日), none
    when that day comes before the first."""
    if first is None:
        return None
    try:
        if year is not None:
            last = date(year, month, day)
            return last.isoformat() if last >= date.fromisoformat(first) else None
        year = int(first[:4])
        last = date(year, month, day)
        return (last if last >= date.fromisoformat(first) else date(year + 1, month, day)).isoformat()
    except ValueError:
        return None


def resolve_day(text: str, edition_date: date | None) -> str | None:
    """4月12日 → 2021-04-12, 21日 → the 21st of the edition's month, 3月 → 2021-03 (year from the edition)."""
    m = DAY.fullmatch(text.strip())
    if not m or not (m.group("m") or m.group("d")):
        return None
    year = int(m.group("y")) if m.group("y") else (edition_date.year if edition_date else None)
    if year is None:
        return None
    month = int(m.group("m")) if m.group("m") else (edition_date.month if edition_date else None)
    if month is None or not 1 <= month <= 12:
        return None
    if not m.group("y") and edition_date:
        year = year_for(month, int(m.group("d")) if m.group("d") else None, edition_date)
    if not m.group("d"):
        return f"{year}-{month:02d}"
    try:
        return date(year, month, int(m.group("d"))).isoformat()
    except ValueError:
        return None


def is_past(period: str, edition_date: date | None) -> bool:
    """True when a period ends before the edition's year began… or, within the year, before its date."""
    if edition_date is None:
        return False
    end = period.split("/")[-1]
    year = int(end[:4])
    if year != edition_date.year:
        return year < edition_date.year
    rest = end[5:]
    if rest.startswith("Q"):
        return int(rest[1]) * 3 < edition_date.month
    if rest.startswith("H"):
        return int(rest[1]) * 6 < edition_date.month
    if len(rest) >= 2 and rest[:2].isdigit():
        return int(rest[:2]) < edition_date.month
    return False


def _bounds(part: str) -> tuple[date, date]:
    """The first and last day of one period (2024, 2024-Q3, 2024-H2, 2024-07 or 2024-07-15)."""
    year, rest = int(part[:4]), part[5:]
    if rest[:1] in ("Q", "H"):
        months = 3 if rest[0] == "Q" else 6
        first = (int(rest[1]) - 1) * months + 1
        last = first + months - 1
    elif rest[:2].isdigit():
        first = last = int(rest[:2])
    else:
        first, last = 1, 12
    if len(rest) >= 5 and rest[3:5].isdigit():
        day = date(year, first, int(rest[3:5]))
        return day, day
    after = date(year + 1, 1, 1) if last == 12 else date(year, last + 1, 1)
    return date(year, first, 1), after - timedelta(days=1)


def is_under_way(period: str, edition_date: date | None) -> bool:
    """True when a period (2024, 2024-Q3, 2024-H2, 2024-07, 2024-07-15 or a span of them) holds the edition's date:
    it has begun and not yet ended (True without a date). A period that ended before the edition (下半年 read as last
    year's half) is not under way, any more than one still to come."""
    if edition_date is None:
        return True
    parts = period.split("/")
    return _bounds(parts[0])[0] <= edition_date <= _bounds(parts[-1])[1]


def date_span_end(norm: str, start: int) -> int:
    """Where a date that starts at ``start`` ends: 2010年至2020年, 4月21日, 21日 (one character if none)."""
    m = DATE_SPAN.match(norm, start)
    return m.end() if m else start + 1


def context_period(norm: str, start: int, end: int, edition_date: date | None) -> str | None:
    """The period of a date or period row quoted as ``norm[start:end]``."""
    pm = PERIOD.match(norm, start)
    period = resolve_period(pm, edition_date) if pm else None
    return period if period is not None else resolve_day(norm[start:end], edition_date)


_HOLIDAY_AHEAD = timedelta(days=14)  # a story may name a break about to begin (元旦假期 on 12月31日)
_HOLIDAY_OVER = timedelta(days=14)  # a break over by less than this is still the story's, whatever it says is coming


def holiday_span(name: str, when: date, year: int | None = None, coming: bool = False) -> str | None:
    """The days a public holiday named in ``name`` (国庆假期, “五一”小长假, 中秋国庆假期) ran by the national schedule
    (``data/reference/holidays.csv``): ``2022-10-01/2022-10-07``; None for no public holiday. In ``year`` when the
    text names one with it (去年国庆假期, 2023年春节); else the break nearest the edition's date ``when``: the latest
    that starts by two weeks after it (元旦假期 on 12月31日 is the coming one, 春节假期 on 1月20日 the last one),
    or, for a break the story says is ``coming`` (端午假期将至), the first not over by ``when`` unless the last one
    begun ended within two weeks of it (为保障国庆假期… on 10月8日 looks back on the break just over).
    Two holidays named together (中秋国庆) take the break that ends last, which holds both when they meet."""
    words = [h.split() for w, h in vocabulary.mapping("holiday_names", "holiday").items() if w in name]
    named = {h for hs in words for h in hs}
    rows = [r for r in vocabulary.reference("holidays") if r["holiday"] in named]
    just_over = any(r["first"] <= when.isoformat() and r["last"] >= (when - _HOLIDAY_OVER).isoformat() for r in rows)
    ahead = [r for r in rows if r["last"] >= when.isoformat()] if coming and year is None and not just_over else []
    if ahead:
        year = int(min(ahead, key=lambda r: r["first"])["year"])
    if year is None:
        soon = (when + _HOLIDAY_AHEAD).isoformat()
        rows = [r for r in rows if r["first"] <= soon]
        year = int(max((r["year"] for r in rows), default="0"))
    rows = [r for r in rows if r["year"] == str(year)]
    row = max(rows, key=lambda r: r["last"], default=None)
    if row and any(len(hs) > 1 for hs in words) and not _one_break(rows, when):
        return None  # 双节: 中秋 and 国庆 only in the break they share, and only around it
    return f"{row['first']}/{row['last']}" if row else None


def break_just_over(when: date) -> str | None:
    """The public holiday's break under way on ``when`` or over by less than two weeks (the one a story naming no
    holiday means by 假期期间 on 10月9日): ``2013-10-01/2013-10-07``; None for none, or for two breaks."""
    rows, on, over_since = vocabulary.reference("holidays"), when.isoformat(), (when - _HOLIDAY_OVER).isoformat()
    spans = {f"{r['first']}/{r['last']}" for r in rows if r["first"] <= on and r["last"] >= over_since}
    return spans.pop() if len(spans) == 1 else None


_TOGETHER_AROUND = timedelta(days=30)  # a word for two holidays that meet (双节) names their break only around it


def _one_break(rows: list[dict], when: date) -> bool:
    """The holidays of ``rows`` (one year's) fall in one break, and ``when`` lies within a month of it (a winter
    story's 双节 is 元旦 and 春节, not last autumn's)."""
    spans = {(r["first"], r["last"]) for r in rows}
    if len(spans) != 1:
        return False
    first, last = next(iter(spans))
    return (date.fromisoformat(first) - _HOLIDAY_AHEAD <= when <= date.fromisoformat(last) + _TOGETHER_AROUND)
