"""The quantity of a claim: the first stages of reading one, in the order data flows.

1. :func:`recognise` finds a number span and rejects what is not a claim (set phrases,
   ordinals, codes, page references, the indefinite 一, numbers with no unit) or reports it
   as a date or period row instead;
2. :func:`scale` gives its value times its scale word (1802.4亿 → 180,240,000,000);
3. :func:`unit_and_kind` gives its unit code and kind (亿元 → CNY, money; 两成 → 20 %);
4. :func:`hedge_and_range` gives a range's bounds (3至5年) and the hedge (约, 以上 …).

Each stage takes and returns a :class:`Reading`, or ``None`` for "not a claim".
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from .. import vocabulary
from ..parse.segmenter import first_word, word_bounds, word_ends_at
from ..paths import REFERENCE
from .clauses import clause_bounds
from .numerals import CN_NUMERAL, DIGITS, SCALES, SMALL_UNITS, digit_by_digit, parse_number
from .periods import date_span_end
from .subjects import VERB_RE, VERBS, infer_unit

_CN_DIGITS = "".join(DIGITS) + "".join(SMALL_UNITS)  # 零〇一二两三四五六七八九 十百千
# Arabic with Chinese places (5万5千, 2千零30); Arabic; Chinese (with a decimal point: 四点五); a scale alone after a
# hedge of 'over' (超万亿元, 突破亿吨, 超万人, 首破万亿元; not 破 that ends a verb: 打破11项纪录 is no hedge)
_PO_ENDS = "打攻击识看说道戳捅刺划撕磨摔侦爆连"  # 打破, 攻破, 侦破, 连破 …: 破 ends a verb, it is not 'over'
# …or of 'nearly' (近万件, 将近万人, 接近亿元), not 近 that ends another word (附近, 最近: ``jin_words.csv``)
_NEAR = "(?<=近)" + "".join(f"(?<!{re.escape(w)})" for w in vocabulary.words("jin_words"))
_SCALE_ALONE = (r"(?:(?<=[超逾])|(?<=突破)|(?<=[^经通]过)|(?<=^破)|(?<=[^" + _PO_ENDS + r"]破)|" + _NEAR + ")"
                r"[万亿](?![万亿])(?=[\u4e00-\u9fff])")  # 突破亿吨, 超万人, 破万人次, 近万件
# 半 alone before an hour, a minute or a month (半小时以内, 约半个月): half that duration; not after a number (一个半小时
# reads 个半小时) nor 大 or 小 (大半天, 小半个月: vague), not before 年 or 天 (上半年, 半年报, 半天 'a while': periods and
# idioms), and not 上 or 下 before 半个月 (下半个月 'the second half of the month': a period)
_HALF_ALONE = rf"(?<![个大小多过\d{_CN_DIGITS}])半(?=个?小时|分钟|(?<![上下]半)个月)"
# 千 that opens a unit (千瓦时, 千米, 千克: ``units.csv``) right after a scale is the unit's: 百亿千瓦时 is 1e10 kWh
_KILO_UNIT = "千(?:" + "|".join(sorted({re.escape(u["word"][1]) for u in vocabulary.reference("units")
                                        if u["word"].startswith("千") and len(u["word"]) > 1})) + ")"
NUM = (rf"\d+(?:[万亿千][零〇]?\d+[千百十]?)+|\d[\d,]*(?:\.\d+)?"
       rf"|[{_CN_DIGITS}]+(?:[万亿](?!{_KILO_UNIT})[{_CN_DIGITS}]*)*(?:点[{''.join(DIGITS)}]+)?|万(?=亿)|[万亿](?=余)|{_SCALE_ALONE}"
       rf"|(?<=过)半(?![年天月个小数])|{_HALF_ALONE}")
# 零下五度, 负3.9%, -3.5% (a minus sign, not a range's dash after a number)
SIGN = r"零下|负(?=[\d一二三四五六七八九十])|(?<![\d.%A-Za-z])[-−](?=\d)"
# the high end's own sign, after a range's separator (-9℃～-2℃, 零下9℃至零下2℃, -5～3℃ has none)
SIGN2 = r"零下|负(?=[\d一二三四五六七八九十])|[-−](?=\d)"
# 三分之一, 千分之三, 百分之三十: a fraction, as a percentage
FRACTION = r"(?P<den>[一二两三四五六七八九十百千万]+)分之"
SCALE = "|".join(sorted(SCALES, key=len, reverse=True))
# Words after a number that are not units of measure but change what it means.
NOT_UNITS = ("成", "折", "番", "周年")  # tenths, tenths of a price, doublings, an anniversary
# 成功, 成为, 成立 …: 成 begins a word, it is not "tenths"
_CHENG_WORD = re.compile(r"[功为立本果效员都熟长就交品绩型]")
# 半 that begins a word after 年, 天, 周 or 成 (2023年半导体, 当年半年报, 三天半价): no half of the duration or tenth
_BAN_WORD = "年月天日小个百千万导岛径山场夜封自程成身拉数价球壁坡边"
_ZHE_WORD = re.compile(r"[合扣算旧射服]")  # 折合, 折扣: 折 begins a word, it is not "tenths of the price"
# 个 counts a scale only for 亿 itself, before or after 多/余 (两个亿, 1个多亿, 10多个亿): 亿万富翁, 亿级 and 千亿级,
# 百亿 (一个千亿级产业集群, 两个百亿产业园) are grades that name a class of the noun, where 个 counts the things
_GE_YI = r"(?:多|余)?亿(?![万级])"
# Finance units that are other words after a small or Chinese number: 9点 (o'clock), 股东, 二手车.
_ARABIC_ONLY = ("点", "股", "手")
_GU_WORD = re.compile(r"[东份权票市民价金本息]")  # 股东, 股份: 股 begins a word, it is not "shares"
_SHOU_WORD = re.compile(r"[房车机续段工艺术册套表]")  # 手续, 手机: 手 begins a word, it is not "lots"
_PHONE = re.compile(r"\d{3,4}\s*[-—–]\s*\d{7,8}(?!\d)")  # 0713-8862110: an area code and a number
_URL = re.compile(r"(?:https?://|www\.)[\x21-\x7e]*$|%$")  # a percent-encoded URL (a%20b) states no amount
_ANY_NUMBER = re.compile(rf"[\d{CN_NUMERAL}]|过半|{_HALF_ALONE}")


@dataclass(frozen=True)
class UnitWord:
    """A measure word or unit as printed after a number: 亿元 → CNY × 10⁸, money."""

    word: str
    unit: str
    kind: str
    factor: int


@cache
def units() -> dict[str, UnitWord]:
    """Measure words and units after a number, from ``data/reference/units.csv``, with every unit of money or
    measure over a unit of ``per_units.csv`` it lists no row for (元/升 → CNY/L, 毫克/立方米 → mg/m3)."""
    return {**_pair_units(), **_listed_units()}


@cache
def _listed_units() -> dict[str, UnitWord]:
    """The rows of ``data/reference/units.csv``."""
    with (REFERENCE / "units.csv").open(encoding="utf-8") as fh:
        return {r["word"]: UnitWord(r["word"], r["unit"], r["kind"], int(r["factor"])) for r in csv.DictReader(fh)}


@cache
def _pair_units() -> dict[str, UnitWord]:
    """Every unit of money or measure over a unit of ``per_units.csv`` (元/升 → CNY/L), listed or not."""
    listed = _listed_units()
    named = vocabulary.mapping("per_units", "unit")  # 月 → month, 人·月 → person-month: a base units.csv has no row for
    return {f"{top.word}/{per}": UnitWord(f"{top.word}/{per}", _pair_unit(top.unit, named[per] or listed[per].unit),
                                          top.kind, top.factor)
            for top in _over_units(listed) for per in vocabulary.words("per_units")}


_SPEEDS = {"km/hour": "km/h"}
"""A distance over an hour is a speed, written as the units table writes one (30公里/小时 → km/h, as 时速30公里),
where money over an hour stays a rate per hour (5元/小时 → CNY/hour)."""


def _pair_unit(top: str, per: str) -> str:
    """The unit of a measure over a base (元/升 → CNY/L, 公里/小时 → km/h)."""
    pair = f"{top}/{per}"
    return _SPEEDS.get(pair, pair)


def _over_units(listed: dict[str, UnitWord]) -> list[UnitWord]:
    """The units that may stand over a slash (元, 万元, 毫克, 吨): money and measures, none a pair already."""
    return [u for u in listed.values() if u.kind in ("money", "measure") and "/" not in u.word]


@cache
def unit_alternation() -> str:
    """A regular-expression alternation of every unit word, longest first, a pair (元/升) written as the
    alternation of its halves so that the pattern stays small."""
    listed = [w for w in units() if w not in _pair_units()]
    over = "|".join(re.escape(u.word) for u in sorted(_over_units(units()), key=lambda u: len(u.word), reverse=True))
    per = vocabulary.alternation("per_units")
    led = {}  # 台(?!阶|账): a unit word that begins a longer word (台阶, unit_led_words.csv) is no unit there
    for w in vocabulary.words("unit_led_words"):
        led.setdefault(next(u for u in sorted(listed, key=len, reverse=True) if w.startswith(u)), []).append(w)
    plain = "|".join(re.escape(w) + (f"(?!{'|'.join(re.escape(x[len(w):]) for x in led[w])})" if w in led else "")
                     for w in sorted(listed, key=len, reverse=True))
    return f"(?:{over})/(?:{per})(?![/／])|{plain}"  # 300元/人/月: two slashes, no one base


@cache
def _words(name: str) -> tuple[str, ...]:
    return vocabulary.words(name)


@cache
def hedges(position: str) -> dict[str, str]:
    """Hedge word → qualifier, for hedges written ``before`` or ``after`` the number."""
    return {r["entry"]: r["qualifier"] for r in vocabulary.table("hedges") if r["position"] == position}


@cache
def quantity_pattern() -> re.Pattern:
    """A hedge, a number (or a range of two) with its scale word and unit, and a trailing hedge."""
    unit = unit_alternation()
    pre = vocabulary.alternation("hedges", position="before")
    post = vocabulary.alternation("hedges", position="after")
    lai = rf"(?<=[0十百千万])来(?=(?:{SCALE})?(?:{unit}))"  # 50来斤, 十来个, 二十来万人: 'about', after a round number only
    one = (rf"(?P<num{{i}}>{NUM})(?P<per{{i}}>/[1-9](?![\d/]))?(?:个(?={_GE_YI}))?(?P<more{{i}}>多|余|{lai})?(?:个(?={_GE_YI}))?(?P<scale{{i}}>{SCALE})?(?P<more2{{i}}>多|余)?"
           rf"(?P<unit{{i}}>周年|{unit}|成|折|番)?"
           rf"(?:(?<=成)(?P<tenth{{i}}>[一二三四五六七八九])(?![{_CN_DIGITS}\d]|{unit})"  # 九成五: nine and a half tenths
           rf"|(?<=[年天周成])(?P<half{{i}}>半)(?![{_BAN_WORD}]))?")  # 一年半, 三天半, 一成半: and a half (not 2023年半导体)
    return re.compile(
        rf"(?P<pre>{pre})?(?P<sign>{SIGN})?(?P<pct>{FRACTION})?(?P<fan>翻了?)?" + one.format(i=1)
        + rf"(?:(?P<sep>-|—|–|~|至|到)(?P<sign2>{SIGN2})?" + one.format(i=2) + r")?"
        + rf"(?P<post>{post})?"
    )


def _set_phrases() -> str:
    """The set phrases, longest first, each not before a character of its ``not_before`` column (二套房, a loan's
    tier, but not 二套房源: listings counted) and not after a word of its ``not_after`` column (二次供水 is secondary,
    先后二次荣获 twice)."""
    rows = sorted(vocabulary.table("set_phrases"), key=lambda r: -len(r["entry"]))
    return "|".join("".join(f"(?<!{re.escape(w)})" for w in r["not_after"].split()) + re.escape(r["entry"])
                    + (f"(?![{re.escape(r['not_before'])}])" if r["not_before"] else "") for r in rows)


@cache
def _mask_pattern() -> re.Pattern:
    return re.compile(
        _set_phrases()
        + r"|《[^》]*》"  # titles
        + r"|[一二三四五六七八九十两\d]+大(?![于约概])"  # 三大工程: a numbered formula
        + r"|(?<=[“‘「])[一二三四五六七八九十两]+[个项条](?!月|小时|钟头|星期|工作日|季度)"
          r"[^”’」了就着过吗呢吧啊才都也还把被让\W\d]{0,4}(?=[”’」])"  # “三个责任人”, “五个到位”, “十二条”: a formula quoted
        # (a numbered slogan: numeral, measure word, a short noun phrase; not “两个月就建好了”, quoted speech)
        + r"|(?<=[“‘「])(?:[一二三四五六七八九十两]+[\u4e00-\u9fff]){2,3}(?=[”’」])"  # “四升四降”, “两打两控”: paired formulas
        + r"|十[一二三四五六七八九]?[大届]|[一二三四五六七八九十]+中全会|(?<!分之)[一二三四五六七八九十]+是"  # 一是…: a list's ordinal (not 三分之一是)
        + r"|(?:(?<=届)|人大|政协|常委会)[一二三四五六七八九十]+次"  # 十一届九次全会, 人大三次会议: ordinals
        + r"|[一二三四五六七八九两\d]+口之家"  # a household's size
        + r"|[几数一二三四五六七八九十两\d]+年如一日"  # 三十年如一日 'day after day for years': an idiom
        + r"|(?:" + vocabulary.alternation("era_names") + r")[一二三四五六七八九十百\d]+年(?![来以间前])"  # 共和国60年
        + r"|[一二三四五六七八九十两半\d]+(?:分钟|小时|公里)[\u4e00-\u9fff]{0,4}圈"  # 15分钟生活圈, 1小时经济圈: a zone's name
        + r"|[一二三四五六七八九十两\d]+年(?:攻坚|专项)?(?:行动|大?会战|攻坚战)|个五年(?:规划|计划)|[一二三四五六七八九十两\d]+年(?:发展)?规划"  # 三年行动方案, 五年攻坚行动, 三年大会战: a plan's name
        + r"|[一二三四五六七八九十两\d]+小时(?:滑动)?平均"  # 日最大8小时平均值, 24小时平均浓度: an averaging window names an indicator
        + r"|[一二三四五][一二三四五]类(?=[\u4e00-\u9fff])|[一二三四五六]类(?=水质|水体|断面|苗)"  # 一二类苗, 三类水质: grades, no count
    )


@cache
def _ordinal_markers() -> frozenset[str]:
    return frozenset(vocabulary.words("ordinal_markers"))


@cache
def _ordinal_lookalikes() -> tuple[str, ...]:
    return vocabulary.words("ordinal_lookalikes")


def has_number(text: str) -> bool:
    """True when ``text`` holds a digit or a Chinese numeral at all."""
    return _ANY_NUMBER.search(text) is not None


def masked(sentence: str) -> list[tuple[int, int]]:
    """Character ranges where no claim may start: set phrases, titles in 《》, numbered formulas."""
    return [m.span() for m in _mask_pattern().finditer(sentence)]


@dataclass(frozen=True)
class ContextSpan:
    """A date (2021年, 4月21日, 100周年) or period (10年来) at ``norm[start:end]``: a context row."""

    kind: str
    start: int
    end: int


@dataclass
class Reading:
    """One number as the stages read it, each filling in its own fields."""

    norm: str  # the sentence, half-width, 一半, 半数 and 半价 read as 五成, 五折 (half_words.csv)
    match: re.Match  # the quantity pattern's match
    word: str | None  # the unit or measure word as printed (亿元, 个, 成), None for none
    clause: tuple[int, int]  # the bounds of the clause holding the number
    prev_end: int = 0  # where the claim before (and its noun) ended
    shared_scale: str | None = None  # a list's scale written once after its last item (12.4、18.9万吨)
    value: int | float | None = None
    low: int | float | None = None
    high: int | float | None = None
    kind: str = ""
    unit: str = ""  # the unit code: CNY, %, person …
    qualifier: str | None = None
    quote_start: int = 0
    quote_end: int = 0
    direction: str | None = None
    comparison: str | None = None
    projection: str | None = None  # forecast (预计, 将达 …) or target (目标, 力争, 到2025年 …)
    base_start: int | None = None  # where a written base (比2019年同期) begins: the subject ends before it
    per_start: int | None = None  # where a per-unit base printed before a price (每公斤54.6元) begins
    subject: str = ""
    period: str | None = None
    period_text: str | None = None
    within: bool = False  # a range before 内 or 以内 (3至5年内): 内 out of the quote, still a span 'within' which
    laid_down: str = ""  # the kind of text that lays it down (notice, document), else "": a time limit it names is a standard it sets
    edition_date: date | None = None  # the edition's date (set by :func:`~.context.place`): what is past by then
    framed: str | None = None  # the comparison a section's label or an earlier sentence's opener names (环比：…, 从环比看，)

    def group(self, name: str) -> str | None:
        return self.match.group(name)

    @property
    def left(self) -> str:
        """The clause before the quote, from after the claim before it."""
        return self.norm[max(self.clause[0], self.prev_end):self.quote_start]

    @property
    def right(self) -> str:
        """The clause after the number."""
        return self.norm[self.match.end():self.clause[1]]


# --- 1. recognise ---------------------------------------------------------------------------

def recognise(norm: str, m: re.Match, masks: list[tuple[int, int]] | None = None,
              prev_end: int = 0) -> Reading | ContextSpan | None:
    """The number at ``m`` as a claim to read on, a date or period row, or ``None`` when it
    states no quantity: 第一批, 5G, 数百名, 千家万户 and 2版 are rejected; 2021年 is a date;
    一家企业 (the indefinite 一) and 两地 are not counts; a bare 2021 or 三 has no unit."""
    if _rejected(norm, m, masks if masks is not None else masked(norm)):
        return None
    span = context_span(norm, m)
    if span is not None:
        return span
    word = _measure_word(norm, m)
    if _indefinite(m, word) or _not_a_measure(norm, m, word):
        return None
    if word and m.group("num2") and m.group("unit2") and units().get(m.group("unit2")) \
            and _not_a_measure(norm, m, m.group("unit2")):
        return None  # 6个月至3岁的婴幼儿: a range ending in an age is an age range, an attribute
    if not word and m.group("num2") and m.group("unit2") and _rises(m):
        word = m.group("unit2")  # 3至5万人次: the unit is written once, after the second number
        if _not_a_measure(norm, m, word):
            return None  # 35至64岁的妇女: a range of ages is an attribute too
    shared = _shared_unit(norm, m, word) if not m.group("num2") else None
    if shared:
        word = shared[1]  # 分别增长3.3、1.4、1.1倍: the list's last item writes the unit for all
    rough = _rough_scaled(m)
    if not word and ((m.group("num1")[0] in CN_NUMERAL and not rough)
                     or not (m.group("scale1") or m.group("scale2") or rough)):
        return None  # a Chinese numeral needs a unit (or 余/多 and a scale: 二十余万党员干部); an Arabic one a unit or a scale
    return Reading(norm, m, word, clause_bounds(norm, m.start()), prev_end, shared_scale=shared[0] if shared else None)


def _rises(m: re.Match) -> bool:
    """Whether a pair of numbers reads as a range, the second the larger as written (3至5万人次, 1万-5万元); a
    table row run on into prose (…支出 408117 -6.8 / 年末…) pairs a figure with a smaller one: no range, so the first
    number borrows no unit from the second. Each end keeps its own minus sign (-5～3℃: -5 to 3); 零下 or 负 before
    the low end alone may be read over both ends (零下5～3℃, -5 to -3?), so it makes no range of a larger high end."""
    try:
        minus = m.group("sign") in ("-", "−")
        low = (-1 if minus else 1) * parse_number(m.group("num1"), m.group("scale1") or "")
        return low < (-1 if m.group("sign2") else 1) * parse_number(m.group("num2"), m.group("scale2") or "")
    except (ValueError, KeyError):
        return True


def _rough_scaled(m: re.Match) -> bool:
    """二十余万, 十多万: a Chinese numeral with 余/多 and a scale word, an amount its noun counts (二十余万党员干部),
    not an idiom's number (十万火急, 百万雄师: no 余/多); nor is a scale counted with 个 (两个亿, 三个多亿)."""
    if m.group("num2"):
        return False
    if (m.group("pre") and hedges("before").get(m.group("pre")) == "lower_bound"
            and (m.group("scale1") or re.search("[万亿]", m.group("num1")))):
        return True  # 突破千亿大关, 超千万: a scale after a hedge of 'over' states an amount its noun names
    if not m.group("scale1"):
        return False
    return bool(m.group("more1") or m.group("more21") or m.string[m.end("num1"):m.start("scale1")].startswith("个"))


@cache
def _list_tail() -> re.Pattern:
    return re.compile(rf"(?:\s*[、和及与]\s*(?:{NUM}))+\s*(?P<scale>{SCALE})?(?P<unit>{unit_alternation()})")


def _shared_unit(norm: str, m: re.Match, word: str | None) -> tuple[str | None, str] | None:
    """(scale, unit) written once after the last item of a list of bare numbers (3.3、1.4、1.1倍), or
    completed there: in 1.5个和3.2个百分点 the first item's 个 is the head of the last one's 个百分点."""
    if m.group("scale1") or not m.group("num1")[0].isdigit():
        return None
    t = (_completed_tail(word) if word else _list_tail()).match(norm, m.end())
    return (t.groupdict().get("scale"), t.group("unit")) if t else None


@cache
def _completed_tail(word: str) -> re.Pattern:
    """The rest of a list whose items each print ``word`` and whose last prints a longer unit that
    begins with it (1.2个、2.4个和0.8个百分点); a pattern that never matches when no unit does."""
    longer = [w for w in units() if w != word and w.startswith(word)]
    if not longer:
        return re.compile(r"(?!)")
    unit = "|".join(re.escape(w) for w in sorted(longer, key=len, reverse=True))
    item = rf"\s*[、和及与]\s*(?:{NUM})"
    return re.compile(rf"(?:{item}{re.escape(word)})*{item}(?P<unit>{unit})")


def _not_a_measure(norm: str, m: re.Match, word: str | None) -> bool:
    """Units that are claims only in some company: an age only as a statistic (平均年龄42岁, not
    60岁以上老人), 年 not as the span of a doubling (五年翻一番), 季度 only as 16个季度 (一季度 is a period), a noun counted without a measure
    word only after Arabic digits (10省份; 西南五省 names a group)."""
    if word == "年" and norm.startswith("代", m.end()):
        return True  # 20世纪50年代, 八十年代: a decade named, a date, not a duration
    if word == "年" and re.match(r"\s*内?翻", norm[m.end():]):
        return True  # 实现五年翻一番: the span a doubling takes, context (as 五年来), not a duration claim
    if word == "年" and _PERIOD_NAMED.search(norm, 0, m.start()) and re.match(r"\s*(?:[，,。；;！!]|$)", norm[m.end():]):
        return True  # 过去五年，是…极不平凡的五年: the period named again, not a duration
    if word in ("岁", "周岁"):
        lo = clause_bounds(norm, m.start())[0]
        if _AGE_CHANGE.search(norm, lo, m.start()):
            lo = 0  # 预期寿命达到79.6岁，比上年提高0.3岁: the change of the statistic named before
        return not any(w in norm[lo:m.start()] for w in _words("age_statistics"))
    if word == "日":
        return not _is_length_of_days(norm, m)  # 二十八日: a day of the month
    if word == "对" and re.match(r"\s*\d", norm[m.end():]):
        return True  # 1对1帮扶: one-to-one, no pairs counted
    if word in units() and units()[word].unit in ("m", "km") and (_race_event().match(norm, m.end())
                                                                 or re.search(r"\d\s*[×xX*]\s*$", norm[:m.start()])):
        return True  # 男子100米决赛, 200米自由泳, 4×100米接力: a race's name, no distance measured
    if word == "期" and re.match(r"\s*(?:工程|项目|建设|扩建|改造)", norm[m.end():]):
        return True  # 3期工程: a phase, not runs counted (培训班32期)
    if word in ("银", "铜") and re.match(r"(?![和与及的])[\u4e00-\u9fff]", norm[m.end():m.end() + 1]):
        return True  # 3银行网点, 2铜矿: a word that begins with 银 or 铜 (a medal count ends there: 2金1银。, 1银2铜)
    if word in _words("count_nouns") or word in _words("digit_only_units"):
        return not m.group("num1")[0].isdigit()
    if word in _ARABIC_ONLY:
        return _not_a_finance_unit(norm, m, word)
    if word == "路":
        return _route_name(norm, m)
    if word == "项" and _rate_after().match(norm, m.end()):
        return True  # …增长12.6%，两项增速均快于经济增速: the rates just given, all of them; not 有6项增速高于 (a subset)
    if word in ("栋", "幢"):
        return re.match(r"\s*(?:\d|单元|楼|[A-Za-z])", norm[m.end():]) is not None  # 3幢2单元1201室: an address
    return False


@cache
def _race_event() -> re.Pattern:
    return re.compile(r"\s*(?:" + vocabulary.alternation("race_events") + ")")


def _route_name(norm: str, m: re.Match) -> bool:
    """218路 names a bus route, no count, before a word of one route (218路首班车, 218路线路走向:
    ``route_name_heads.csv``), after another route in a list (K12路、218路, K15路和通勤专线8路) or quoted with a
    short prefix (“夜1路”); a count prints its noun first (公交线路3路, 定制公交12路)."""
    return _route_head().match(norm, m.end()) is not None or _ROUTE_BEFORE.search(norm, 0, m.start()) is not None \
        or (_QUOTED_ROUTE.search(norm, 0, m.start()) is not None and re.match(r"[”’」]", norm[m.end():m.end() + 1]) is not None)


@cache
def _rate_after() -> re.Pattern:
    return re.compile(r"\s*(?:" + vocabulary.alternation("rate_words") + r")\s*[均都]")


_ROUTE_BEFORE = re.compile(r"路\s*[、和及与]\s*[\u4e00-\u9fff]{0,4}$")  # K12路、218路; K15路和通勤专线8路
_QUOTED_ROUTE = re.compile(r"[“‘「][\u4e00-\u9fff]{0,2}$")  # “夜1路”: a route's name quoted


@cache
def _route_head() -> re.Pattern:
    return re.compile(r"\s*(?:" + vocabulary.alternation("route_name_heads") + ")")


_AGE_CHANGE = re.compile(r"(?:提高|增加|延长|提升|减少|下降|缩短|年轻)了?\s*$")


def _not_a_finance_unit(norm: str, m: re.Match, word: str) -> bool:
    """点, 股 and 手 are units only after Arabic digits: an index level has a decimal or is 100 or more
    (3364.83点, not 9点 o'clock); 股东 and 手机 are words."""
    num, nxt = m.group("num1"), norm[m.end():m.end() + 1]
    if not num[0].isdigit():
        return True
    if word == "点":
        return "." not in num and (m.group("scale1") is None and float(num.replace(",", "")) < 100)
    return (_GU_WORD if word == "股" else _SHOU_WORD).match(nxt) is not None


_RANKED_BEFORE = re.compile(r"(?:排名|排在|位居|位列|进入|居|跻身|列)前$")


def _share_of_a_time_before(before: str, m: re.Match) -> bool:
    """恢复至疫情前六成, 达到节前七成: 前 closing a time (before the epidemic, before the festival), then a share in tenths of
    that time's level; not a rank (排名前三成, 位居前两成)."""
    return m.group("unit1") == "成" and re.search(r"[\u4e00-\u9fff]前$", before) is not None \
        and _RANKED_BEFORE.search(before) is None


def _rejected(norm: str, m: re.Match, masks: list[tuple[int, int]]) -> bool:
    """Numbers that are not amounts: in a set phrase or title, codes, ordinals, 数百, page references."""
    num, start = m.group("num1"), m.start("num1")
    before = norm[:start]
    if any(a <= start < b for a, b in masks):
        return True
    letter_after = not m.group("unit1") and re.match(r"[A-Za-z]", norm[m.end():m.end() + 1])
    if num[0].isdigit() and (letter_after or re.search(r"[A-Za-z]$", before)):
        return True  # 5G, G20, 4S店: codes
    if (before[-1:] in _ordinal_markers() and not before.endswith("提前") and not _amount_after_shang(before, m)
            and not _span_before(before, m) and not _share_of_a_time_before(before, m)
            and not _noun_in_tou(before, m) and not before.endswith(_ordinal_lookalikes())):
        return True  # 第一批, 首例; not 提前4个月 (earlier by four months), 游览前1天至7天 (how long before),
        # 目前12家, 年末1200万人 (a time word, then the amount)
    if _URL.search(before):
        return True  # https://ex.example/a%20b
    if _PHONE.match(norm, start) or (re.fullmatch(r"\d{7,8}", num) and re.search(r"\d{3,4}\s*[-—–]\s*$", before)):
        return True  # 咨询热线0713-8862110: a telephone number, a code
    if num in ("零", "〇") and not m.group("scale1"):
        return True  # 零部件, 零售, 零件: 零 alone begins a word, it states no amount
    if num in ("百", "千") and not (m.group("pre") or m.group("scale1") or m.group("pct") or m.group("more1")):
        return True  # 千亩早稻, 百亩茶园: a size class that names the field (not 百分之百, 千余个: amounts)
    if num[0] in CN_NUMERAL and (re.search(r"(?:数|几|若干)$", before) or before.endswith("成") and num[0] in "百千万"
                                 or before.endswith("好") and num[0] in "一几"):
        return True  # 数百名, 几十家, 成千, 好一派: no number is stated (but 已完成八成: a verb ending in 成, then the
        # share; 办好十件实事, 抓好三项工作: a verb ending in 好 'well', then the count)
    if (term := _TERM.match(norm, start + len(num))) and not agreement_of_term(norm, term.end() - 1):
        return True  # 10年期国债, 1年期贷款, 5年期协议存款: a term that names a product, not a duration (签订3年期劳动合同:
        # the term an agreement runs, a duration)
    if _not_a_count(norm, m):
        return True
    if _COUNTED_BEFORE.search(before) and (m.group("scale1") or re.search("[万亿]", num)):
        return True  # 两个千亿元台阶, 3个百亿级园区: an amount right after a count names the grade of what it counts
    if _FREQUENCY.match(norm, start + len(num)):
        return True  # 20年一遇的洪水, 三年一届, 五年一次: a return period or frequency, no amount stated
    if _TABLE_LABEL.search(before) and re.fullmatch(r"\d{1,2}(?:19|20)\d\d", num) and norm.startswith("年", m.end("num1")):
        return True  # 表1 2023年主要产品产量: the table's number glued to its title's year, no amount
    if num[0].isdigit() and re.search(r"\d\s*[:：]\s*$", before):
        return True  # 10:00起: the minutes of a clock time
    if m.group("unit1") and _GRADE.match(norm, m.end()):
        return True  # 10万吨级集装箱泊位, 49公斤级、61公斤级: a grade naming a class of the noun, no amount stated
    return num[0].isdigit() and re.match(r"\s*版", norm[start + len(num):]) is not None  # a page reference


_TERM = re.compile(r"\s*(?:年|个月|天)期(?![间限满内])")
_AGREEMENT = re.compile(r"期(?:以上|以内|以下)?的?(?P<deal>[\u4e00-\u9fff]{0,6}?(?:合同|协议))(?!存款|期货)")
_FINANCIAL = re.compile(r"存款|国债|债券|贷款|理财|期货")


def agreement_of_term(norm: str, at: int) -> str:
    """The agreement whose term is the duration before 期 at ``norm[at]``, with all its modifiers (签订3年期劳动合同 →
    劳动合同, 15年期土地流转合同 → 土地流转合同, 10年期的合作协议 → 合作协议), or "" when no 合同/协议 follows or it
    names a financial product (5年期协议存款, 10年期国债期货合同)."""
    m = _AGREEMENT.match(norm, at)
    return m.group("deal") if m and not _FINANCIAL.search(m.group("deal")) else ""


def _not_a_count(norm: str, m: re.Match) -> bool:
    """本 and 片 after a number that count no books or pieces: 本 beginning a word by the segmenter (300本校师生,
    1200本乡群众; not 300本书, 5本手册: a word of books), 本 of a university tier (二本以上, 一本上线, 三本院校),
    片 of land or areas (8片, 两片果园): 片 counts pieces only of goods (piece_goods.csv) named after it or
    before it in its clause (月产能3万片, 芯片3000万片)."""
    unit = m.group("unit2") or m.group("unit1")
    at = m.start("unit2") if m.group("unit2") else m.start("unit1")
    if unit == "本":
        word = first_word(norm[at:at + 8])
        return (len(word) > 1 and not word.endswith(("书", "册"))
                or re.search(r"(?<![\d一二三四五六七八九十两])[一二三]$", norm[:at]) is not None
                and _TIER.match(norm, at + 1) is not None)
    if unit == "片":
        clause = re.split(r"[，,。；;：:！!？?]", norm[:at])[-1]
        return not (re.match(_piece_goods(), norm[at + 1:]) or re.search(_piece_goods(), clause))
    return False


_TIER = re.compile(r"以上|上线|线|院校|批次|批")


@cache
def _piece_goods() -> str:
    return vocabulary.alternation("piece_goods")


def _span_before(before: str, m: re.Match) -> bool:
    """前 before a range of durations (游览前1天至7天, 出发前3至5天): how long before an event, a span from one
    length to another; an ordinal 前 names one rank or first-N period (前三名, 前10个月), never a range of lengths."""
    word = m.group("unit2")
    return (before.endswith("前") and m.group("num2") is not None and word in units()
            and units()[word].kind == "duration" and m.group("unit1") in (None, word))


_COUNTED_BEFORE = re.compile(r"[\d一二两三四五六七八九十]个$")
# N年一遇, N年一届, N个月一次: once every N years (not 3年一次性补贴: a one-off payment over three years)
_FREQUENCY = re.compile(r"\s*(?:个)?(?:年|月|天|周|季度)一(?:遇|届|次(?!性)|轮|度)")
_GRADE = re.compile(r"\s*级(?=[\u4e00-\u9fff、])")  # 万吨级泊位, 公斤级、: not 30万吨级。 (the clause's figure)
_TABLE_LABEL = re.compile(r"(?:^|[^代发列报填外仪图])[表图]$")  # 表1, 附表2, 图3; not 代表, 发表, 图表
_PERIOD_NAMED = re.compile(r"是[^，,。；;]*的\s*$")
_YEAR_GLOSS = re.compile(r"年\s*[（(]\s*$")  # 光绪十二年（1886年）: the regnal year glossed as a year of the calendar, a date


def _amount_after_shang(before: str, m: re.Match) -> bool:
    """上 makes an ordinal of a small Chinese numeral (上一年, 上两届), not of an amount with digits or a
    scale word (迈上3000亿元台阶, 迈上三千亿元台阶: reaches that level)."""
    num = m.group("num1")
    return before.endswith("上") and (num[0].isdigit() or m.group("scale1") is not None or re.search("[百千万亿]", num) is not None)


def _noun_in_tou(before: str, m: re.Match) -> bool:
    """头 opens a first-N ordinal only before 一 (头一回, 头一批) or a span of time or occasions (头3个月, 头两年,
    头两次); before any other count it closes a noun (码头12个, 龙头企业5家 read as 龙头 + count): an amount."""
    if not before.endswith("头"):
        return False
    word = m.group("unit1")
    timed = word in units() and units()[word].kind == "duration" or word in ("回", "次", "遭", "轮")
    return not (m.group("num1") in ("一", "1") or timed)


def context_span(norm: str, m: re.Match) -> ContextSpan | None:
    """A date or period at ``m``: 2021年, 4月21日, 21日 and 100周年 are dates; 10年来 and 近10年 periods."""
    num, start, word = m.group("num1"), m.start("num1"), m.group("unit1")
    rest, after = norm[start + len(num):], norm[m.end():m.end() + 2]
    if num[0].isdigit() and ((re.match(r"\s*年", rest) and (re.fullmatch(r"(?:19|20)\d{2}", num)
                                                           or re.fullmatch(r"1\d{3}", num) and _YEAR_GLOSS.search(norm, 0, start)))
                             or (re.match(r"\s*(?:月|日|号)", rest) and word in (None, "日") and not _is_length_of_days(norm, m))):
        return ContextSpan("date", start, date_span_end(norm, start))
    if word == "周年":
        return ContextSpan("date", m.start(), m.end())
    if _is_year(num) and _is_year(m.group("num2") or "") and (m.group("unit2") or word) == "年":
        return ContextSpan("period", m.start("num1"), m.end())  # 2013-2018年: a span of years
    if word and word != "年" and word in units() and units()[word].kind == "duration" and re.match(r"来|以来", after) \
            and not ((m.group("post") or "").endswith("内") and _is_length_of_days(norm, m)):  # 之日起60日内来本院领取: come
        return ContextSpan("period", m.start(), m.end() + (2 if after.startswith("以来") else 1))  # 近一个月来
    if word == "年" and (re.match(r"来|以来|间|前|累计|年均|年平", after) or m.group("pre") in ("近", "过去")
                        or norm[:m.start()].endswith(("过去", "今后", "未来"))):
        return ContextSpan("period", m.start(), m.end() + (2 if after.startswith("以来") else 0 if after.startswith("年")
                                                           else 1))  # 五年年均增长: the five years the mean is over
    if word and word in units() and units()[word].kind == "duration" and _recent_span_opening(norm, m):
        return ContextSpan("period", m.start(), m.end())  # 近两个月，我市楼市成交回暖: when, not how long
    return None


_CLAUSE_OPEN = re.compile(r"(?:^|[，,。；;：:！!？?])\s*(?:最)?$")
_AVERAGED_OVER = re.compile(r"\s*的?(?:平均|[日月周年]均|同期)")  # 近30天日均, 按近6个月平均: the window of an average


def _recent_span_opening(norm: str, m: re.Match) -> bool:
    """近两个月, 过去一周 opening a clause: the span just past that the clause is about (a period,
    context), not a duration measured (工期缩短近两个月 is one), and so is the window an average is taken over (按近6个月平均
    销售速度计算, 近30天日均成交); so is the span ahead, 未来三天 or 今后一个月 opening
    a clause (a forecast's days), 开年两个月 (the months since the year began), 9年后 as a clause of its own, and
    今明两天 anywhere."""
    before = norm[:m.start()]
    if m.group("pre") == "近":
        return (_CLAUSE_OPEN.search(before) is not None or _AVERAGED_OVER.match(norm, m.end()) is not None
                or (before.endswith("按") and "均" in norm[m.end():clause_bounds(norm, m.start())[1]]))
    if before.endswith("今明"):
        return True  # 今明两天: today and tomorrow, a forecast's days wherever it stands
    if re.match(r"后\s*[，,]", norm[m.end():]) and _CLAUSE_OPEN.search(before) is not None:
        return True  # 他没想到，9年后，自己会…: a clause of its own saying when, not how long
    return before.endswith(("过去", "未来", "今后", "开年")) and _CLAUSE_OPEN.search(before[:-2]) is not None  # 开年两个月，: since the year began


def _is_year(num: str) -> bool:
    return re.fullmatch(r"(?:19|20)\d{2}", num) is not None


def _is_length_of_days(norm: str, m: re.Match) -> bool:
    """N日 as a length of days in a time limit (期限为60日, 期满后15日, 之日起10日), not a day of the month; so is
    one counted from a day (自收到决定之日起15日内) or within which (30日内提出), whatever the clause names, and one
    that passes (经过30日即视为送达, 历时15日)."""
    lo = clause_bounds(norm, m.start())[0]
    before = norm[lo:m.start()]
    if m.group("unit1") != "日" or before.endswith("月"):
        return False  # 7月15日: a day of the month
    return ("期" in before and re.search(r"(?:为|起|后的?|和|满|\d+日、)$", before) is not None) \
        or before.endswith("之日起") or _elapsed_days(norm, m, lo) or _within_days(norm, m, before) \
        or _BOUND_BEFORE_DAYS.search(norm[lo:m.start("num1")]) is not None \
        or (before.rstrip().endswith(("共", "共计", "合计")) and _SPAN_TOTALLED.search(norm, max(0, m.start() - 24), m.start()) is not None)


_BOUND_BEFORE_DAYS = re.compile(r"(?:不少于|不多于|不超过|不低于|不高于|不得少于|不得超过|至少|最多|最长|最短)\s*$")
"""A bound right before N日 (公示收费标准不少于15日, 停留最长30日): a number of days, no day of the month has a bound."""


# 自7月20日起至9月17日止，共60日; 3月1日至3月30日（共30日）: the days of a span printed with its first and last day,
# totalled right after it (共, 共计, 合计): a length, not a day of the month (as 共60天)
_SPAN_TOTALLED = re.compile(r"\d{1,2}\s*[日号](?:\s*\d{1,2}\s*时)?\s*止?\s*[，,（(]\s*(?:共计|共|合计)\s*$")


_ELAPSED = ("经过", "历时", "历经")  # 经过30日即视为送达, 历时15日: days that pass, a length and not a day of the month
_CLOCK_AFTER = re.compile(r"\s*(?:" + vocabulary.alternation("day_parts") + r"|[晚早夜]|\d|[零〇一二三四五六七八九十]+[时点])")


def _elapsed_days(norm: str, m: re.Match, lo: int) -> bool:
    """N日 right after a verb of time passing (经过30日即视为送达, 历时15日): a length, unless a part of the day or a
    clock time follows (车队经过15日上午的检查: the 15th)."""
    return norm[lo:m.start("num1")].endswith(_ELAPSED) and _CLOCK_AFTER.match(norm, m.end()) is None


_WITHIN_AFTER = re.compile(r"(?:之|以)?内")  # 30日内: within
_DOING_AFTER = re.compile(r"依法|须|应|必须|要|可|将|向|予以|作出|做出|提交|送达|缴纳|申请|答复|回复|批复|到达|报送|上报|补正")


def _within_days(norm: str, m: re.Match, before: str) -> bool:
    """N日内 as 'within N days' (在20日内向…报告, 30日内提出复核): 在 or 于 before the number or a verb of doing right
    after 内, and 内 (之内, 以内) a word of its own by the tokenizer (not 日内瓦, 内科, 内镜, 内蒙古, 内部) unless that
    verb follows it (内向 of 在20日内向各部门批复 is 内 | 向)."""
    w = _WITHIN_AFTER.match(norm, m.end("unit1"))
    if w is None:
        return False
    doing = _DOING_AFTER.match(norm, w.end()) is not None or VERB_RE.match(norm, w.end()) is not None
    if not doing and re.search(r"[在于]\s*$", before) is None:
        return False
    return doing or w.end() - m.start("unit1") in word_bounds(norm[m.start("unit1"):w.end() + 6])


def _measure_word(norm: str, m: re.Match) -> str | None:
    """The unit word after the number, corrected: 成 in 成功 and 番 without 翻 are not units;
    百分之三十 is a percentage."""
    word = m.group("unit1")
    if m.group("num1") == "半":
        if word and units().get(word) and units()[word].kind == "duration":
            return word  # 半小时: half an hour
        return None if word else "成"  # 过半: over five tenths
    if word == "成" and _CHENG_WORD.match(norm[m.end():m.end() + 1]):
        word = None
    if word == "番" and not m.group("fan"):
        word = None
    if word == "折" and _ZHE_WORD.match(norm[m.end():m.end() + 1]):
        word = None
    if word == "季度" or (word == "个季度" and m.group("num1")[0] in "一二三四" and len(m.group("num1")) == 1
                          and norm[:m.start()].endswith(("前", "第"))):
        word = None  # 三季度, 前三个季度: a period
    if (m.group("pct") or m.group("per1")) and not word:
        word = "%"  # 百分之三十, 三分之一, 2/3
    return word


def _after_verb(before: str) -> bool:
    """True when ``before`` ends with a verb that introduces an amount (新增, 开通, 建成 …)."""
    return before.endswith(VERBS) or before.endswith(tuple(_words("change_verbs")))


def _indefinite(m: re.Match, word: str | None) -> bool:
    """两 and 一 before a measure word name things rather than count them: 两地 'the two places',
    一家企业 'a company'; but 一 after a hedge with a unit of money or measure is an amount
    (近一吨, 不到一美元), and 三分之一 a fraction."""
    num, scale = m.group("num1"), m.group("scale1")
    if num == "两" and not scale and word and word in units() and units()[word].kind == "count":
        return (_REFERENCE_BEFORE.search(m.string, 0, m.start()) is not None  # 最远的两户, 这两家: a reference;
                or _EACH_AFTER.match(m.string, m.end()) is not None)  # 两项指标分别提高…: the items 分别 pairs
        # 新增两家, 和两名村干部, 我县两所学校获评: a count
    if num == "一" and not scale and _one_after_its_noun(m, word):
        return False  # 新建茶叶加工厂一座。: the count printed after its noun, ending the clause
    if num != "一" or scale or word in ("成", "折", "番", "倍") or m.group("pct") or _and_a_half(m, 1):
        return False  # 增长近一倍: a multiple
    kind = units()[word].kind if word in units() else None
    if kind in ("money", "measure", "duration") and _LEVEL_BEFORE.search(m.string, 0, m.start()):
        return False  # 公告期间为一年: a level stated with 一
    if kind == "duration" and (m.group("post") or _LASTING_BEFORE.search(m.string, 0, m.start())):
        return False  # 为期一个月, 车程要整整一天, 注册时间须在一年以上: how long, stated with 一
    return not (m.group("pre") and kind in ("money", "measure"))


_NOUN_END = re.compile(r"[\u4e00-\u9fff](?<![了过着是有这那每第某一其另同任唯个各仅只再在到成为入此独])$")
# a clause that reports building, adding, owning or losing (a lost-property notice), the counted noun right after its
# verb (新建冷库一座, 遗失公章一枚: the annotated editions count the item a notice names as lost)
_ADDING_BEFORE = re.compile(r"(?:新建|建成|新增|新开|新上|购置|添置|购买|购进|引进|获得|获批|增设|新设|配备|建有|设有|拥有|遗失|丢失)"
                            r"[\u4e00-\u9fff]{1,12}$")
_CLAUSE_AFTER = re.compile(r"\s*(?:[，,。；;！!？?）)]|$)")
_ACTION_WORDS = frozenset("个次回遍趟场轮批下番眼口步声阵") | {"部分"}  # 个: 成熟一个、推进一个 is a slogan


def _one_after_its_noun(m: re.Match, word: str | None) -> bool:
    """一 with a count's measure word printed after the noun it counts and closing its clause (新建加工厂一座，
    引进生产线一条。), the clause reporting a thing built, added or owned: a real amount, not the indefinite 'a' that
    stands before its noun (一家企业); not a verb's count of times (去过一次), a word read after a verb, a preposition
    or a determiner (这一座, 唯一一家, 聚在一起, 合并成一所, 只此一家), nor an item put up for auction (拍卖商铺一间)."""
    return bool(word) and word in units() and units()[word].kind == "count" and word not in _ACTION_WORDS \
        and _NOUN_END.search(m.string, 0, m.start()) is not None and _CLAUSE_AFTER.match(m.string, m.end()) is not None \
        and _ADDING_BEFORE.search(m.string, 0, m.start()) is not None


_LEVEL_BEFORE = re.compile(r"(?:[为是]|达到|长达|满|高出|低出|多出|少出|超出|高了|低了|多了|少了|贵了|便宜了|相差|差了)$")
# a level stated with 一, or the size of a gap (比市场价高出一元, 每吨便宜了一元: the difference, an amount)
# a length of time stated: 为期 'lasting', 历时, 耗时, 用时, 整整 and 足足 'a whole', 要 or 需要 'takes' (not 有一天 'one day',
# nor the 要 ending 重要, 主要: 重要一年 'an important year')
_LASTING_BEFORE = re.compile(r"(?:为期|历时|耗时|用时|整整|足足|(?<![重主只必想纲摘提紧首需不还])要|需要|(?<![急必无])需)$")
_EACH_AFTER = re.compile(r"[^，,。；;！？]*分别")
_REFERENCE_BEFORE = re.compile(r"(?:的|这|那|该|此|[“‘「\"])\s*$")  # things already named or a formula (“两个确立”)


# --- 2. scale ---------------------------------------------------------------------------------

def base_value(num: str, scale: str | None, word: str | None) -> int | float:
    """A number times its scale word and its unit's factor: 1802.4, 亿, 元 → 180,240,000,000."""
    u = units().get(word or "") if word not in NOT_UNITS else None
    factor = u.factor if u else 1
    v = parse_number(num, scale or "")
    return v * factor if factor != 1 else v


def scale(r: Reading) -> Reading | None:
    """The value of the (first) number in base units: 1802.4亿元 → 180,240,000,000; 三千二百万元
    → 32,000,000; ``None`` when it is no well-formed number (十四五)."""
    try:
        num = r.group("num1")
        if num == "半":
            num = "5" if r.word == "成" else "0.5"  # 过半: five tenths; 半小时: half an hour
        pair = _NEIGHBOUR_PAIR.fullmatch(num) if _neighbour_pair(num) and not r.group("num2") and not r.group("pct") else None
        if pair:  # 四五十元: forty or fifty, a range of its two neighbouring digits
            low, high = (base_value(pair["head"] + d + pair["place"], r.group("scale1") or r.shared_scale, r.word)
                         for d in (pair["d1"], pair["d2"]))
            r.value, r.low, r.high = None, low, high
            return r
        r.value = _two_digit_discount(r) or base_value(num, r.group("scale1") or r.shared_scale, r.word)
        if r.group("pct") or r.group("per1"):
            r.value = _fraction(r.value, r.group("den"), r.group("per1"))
    except (ValueError, ArithmeticError):
        return None
    r.value += _and_a_half(r.match, 1)
    if r.group("sign"):
        r.value = -r.value  # 负3.9%, -3.5%, 零下五度
    return r


_NEIGHBOUR_PAIR = re.compile(r"(?P<head>十?)(?P<d1>[一二两三四五六七八])(?P<d2>[二三四五六七八九])(?P<place>[十百千]?[万亿]?)")


def _neighbour_pair(num: str) -> bool:
    """三四十, 五六, 两三, 十七八: two neighbouring digits written together, an approximate range (a numeral that
    writes its digits one by one, 二〇二四, has no such neighbours in order)."""
    p = _NEIGHBOUR_PAIR.fullmatch(num)
    return p is not None and "一二三四五六七八九".index(p["d2"]) == "一二三四五六七八九".index(p["d1"].replace("两", "二")) + 1


def _two_digit_discount(r: Reading) -> float | None:
    """A price cut written with two digits (八五折, 85折: 85% of the price) in tenths, as a one-digit cut (八折) reads:
    8.5; None for any other number (七折, 8.5折, 30万元)."""
    digits = digit_by_digit(r.group("num1")) if r.word == "折" and not r.group("scale1") else None
    return int(digits) / 10 if digits and len(digits) == 2 and digits[0] != "0" else None


def _and_a_half(m: re.Match, i: int) -> int | float:
    """What a number's tail adds to it: 0.5 for 一年半, 三天半 and 两个半月 (the unit 个半月); a tenth's
    digit for 九成五 (9.5 tenths)."""
    if m.group(f"tenth{i}"):
        return parse_number(m.group(f"tenth{i}")) / 10
    return 0.5 if m.group(f"half{i}") or "半" in (m.group(f"unit{i}") or "") else 0


def _whole(v: int | float) -> int | float:
    return int(v) if v == int(v) else v  # 九成五 → 95, not 95.0


def _fraction(value: int | float, den: str | None, per: str | None) -> int | float:
    """A fraction as a percentage: 三分之一 → 33.333333, 千分之三 → 0.3, 2/3 → 66.666667 (six decimals,
    as printed tables round)."""
    whole = parse_number(den) if den else int(per[1:])
    pct = round(value * 100 / whole, 6)
    return int(pct) if pct == int(pct) else pct


# --- 3. unit and kind -------------------------------------------------------------------------

def unit_and_kind(r: Reading) -> Reading:
    """The unit code and kind: 亿元 → CNY money; 两成 → 20 % (tenths); 翻一番 → 2 × (doublings);
    a scale with no unit takes one from the noun before (贫困人口1.8万 → person)."""
    if r.word in ("成", "折") and r.value is None:
        r.kind, r.unit, r.low, r.high = "percent", "%", _whole(round(r.low * 10, 6)), _whole(round(r.high * 10, 6))  # 七八成
    elif r.word in ("成", "折"):
        r.kind, r.unit, r.value = "percent", "%", _whole(round(r.value * 10, 6))
    elif r.word == "番" and r.value is None:
        r.kind, r.unit, r.low, r.high = "multiple", "×", 2 ** r.low, 2 ** r.high
    elif r.word == "番":
        r.kind, r.unit, r.value = "multiple", "×", 2 ** r.value
    elif r.word:
        r.kind, r.unit = units()[r.word].kind, units()[r.word].unit
    else:
        counted = counted_after(r.norm, r.match.end())  # 41.2万农村居民: the people counted, right after
        r.kind, r.unit = "count", infer_unit(counted or r.norm[max(0, r.prev_end):r.match.start()])
        if r.unit == "CNY":
            r.kind = "money"
    named = currency_before(r.norm[r.clause[0]:r.match.start()].rstrip()) if r.unit == "CNY" else None
    if named:
        r.unit = named[1]  # 捐资港币50万元: the currency named before the amount
    if r.kind == "money" and "/" not in r.unit:
        _per_unit(r)
    if r.word in _noun_units():
        r.unit = _unit_of_noun(r) or r.unit  # 5.2万张 养老床位 → bed: the noun counted names the unit
    if r.word == "度" and (r.group("sign") == "零下" or any(
            w in r.norm[r.clause[0]:r.match.start()] for w in _words("temperature_words"))):
        r.unit = "°C"  # 气温零下五度: a temperature, not a 度 of electricity
    if r.unit == "km" and _speed_before().search(r.norm, r.clause[0], r.match.start()):
        r.unit = "km/h"  # 设计时速160公里: a speed
    if r.unit in ("km", "km/h"):
        _per_hour(r)
    return r


_PER_HOUR = re.compile(r"每(?:个)?小时\s*$")


def _per_hour(r: Reading) -> None:
    """A distance with 每小时 printed right before it (限速每小时30公里): a speed (km/h), the 每小时 part of the quote as
    每公斤 is of 每公斤54.6元; 每小时 parted from it by a verb (每小时行驶30公里) is left alone."""
    p = _PER_HOUR.search(r.norm, r.clause[0], r.match.start())
    if p:
        r.unit, r.per_start = "km/h", p.start()


_NOUN_RUN = re.compile(r"[\u4e00-\u9fff]{2,8}")


def counted_after(norm: str, end: int) -> str:
    """The noun of people or households a number with only a scale counts, printed right after it
    (41.2万农村居民饮水安全问题 → 农村居民; 3万农户 → 农户): the longest run of its first words that
    names them; "" when none does (投资1.2亿建设 …)."""
    run = _NOUN_RUN.match(norm, end)
    if run is None:
        return ""
    words = re.split(r"[和及与或]", run.group(0), maxsplit=1)[0]
    return next((words[:k] for k in range(len(words), 1, -1)
                 if infer_unit(words[:k]) in ("person", "person-time", "household")), "")


@cache
def _noun_units() -> dict[str, tuple[tuple[str, str], ...]]:
    """General measure words whose unit is the noun they count (张 of 床位 → bed), from
    ``noun_units.csv``: measure word → (noun, unit) pairs."""
    out: dict[str, list[tuple[str, str]]] = {}
    for row in vocabulary.table("noun_units"):
        out.setdefault(row["measure_word"], []).append((row["entry"], row["unit"]))
    return {w: tuple(pairs) for w, pairs in out.items()}


def _unit_of_noun(r: Reading) -> str | None:
    """The unit named by the noun a general measure word counts: the words right after it
    (2节足球课, 120块菜地), else its clause before it (养老床位达到5.2万张)."""
    after = re.split(r"[，,；;：:。！？、（(]", r.norm[r.match.end():r.match.end() + 6], maxsplit=1)[0]
    before = r.norm[r.clause[0]:r.match.start()]
    return noun_unit(r.word, after) or noun_unit(r.word, before)


def noun_unit(word: str, text: str) -> str | None:
    """The unit a general measure word takes from the noun it counts, when ``text`` names it (张 of
    医疗卫生机构床位 → bed); None when it names none."""
    return next((unit for noun, unit in _noun_units().get(word, ()) if noun in text), None)


@cache
def _speed_before() -> re.Pattern:
    """时速 before its figure, through an adverb (一律, 均) and links, a hedge (最高, 不得超过: ``hedges.csv``) or a
    limit's words (应, 控制在, 限制在: ``standard_markers.csv``), or a verb holding a level (保持在): a speed. A
    speed word whose ``reach`` is ``direct`` (限速) takes no word between it and those links: a noun after it
    (限速路段达12公里) is what the figure measures."""
    words = sorted(set(vocabulary.words("hedges", position="before")) | set(_words("standard_markers")),
                   key=len, reverse=True)
    step = "|".join(map(re.escape, words)) + r"|为|达到|达|是|每小时|[\u4e00-\u9fff]{2}在"
    through = "|".join(vocabulary.words("speed_words", reach="through"))
    direct = "|".join(vocabulary.words("speed_words", reach="direct"))
    return re.compile("(?:(?:" + through + r")(?:[\u4e00-\u9fff]{1,2}?(?=" + step + r"|\s*$))?|(?:" + direct + "))"
                      r"(?:" + step + r")*\s*$")


@cache
def _per_unit_re() -> re.Pattern:
    measures = [w for w, u in units().items() if u.kind == "measure" and u.factor == 1 and "/" not in w]
    return re.compile("每(?P<per>" + "|".join(re.escape(w) for w in sorted(measures, key=len, reverse=True)) + r")\s*$")


@cache
def _per_unit_apart_re() -> re.Pattern:
    """每吨 then a change verb before the amount (每吨分别降低80元, 每升上涨0.1元)."""
    measures = [w for w, u in units().items() if u.kind == "measure" and u.factor == 1 and "/" not in w]
    verbs = sorted(_words("change_verbs"), key=len, reverse=True)
    return re.compile("每(?P<per>" + "|".join(re.escape(w) for w in sorted(measures, key=len, reverse=True))
                      + ")(?:分别|均|平均)?(?:" + "|".join(map(re.escape, verbs)) + r")了?\s*$")


def _per_unit(r: Reading) -> None:
    """A price whose base is printed before it (每公斤54.6元, 每吨1960元): the unit is per that measure
    (CNY/kg), and the 每公斤 belongs to the quote; a change of that price (每吨降低80元) is per the same
    measure, but the verb between keeps 每吨 out of the quote."""
    start = max(r.clause[0], r.match.start() - 6)
    p = _per_unit_re().search(r.norm, start, r.match.start())
    if p:
        r.unit, r.per_start = f"{r.unit}/{units()[p.group('per')].unit}", p.start()
        return
    p = _per_unit_apart_re().search(r.norm, max(r.clause[0], r.match.start() - 12), r.match.start())
    if p:
        r.unit = f"{r.unit}/{units()[p.group('per')].unit}"


@cache
def _currencies() -> dict[str, str]:
    """Currency names that are units of money other than the yuan (美元 → USD, 港币 → HKD)."""
    return {w: u.unit for w, u in units().items() if u.kind == "money" and u.unit not in ("CNY",) and u.factor == 1
            and "/" not in u.unit}


def currency_before(text: str) -> tuple[str, str] | None:
    """(name, unit) of a currency ``text`` ends with (捐资港币 → 港币, HKD), else None."""
    return next(((w, u) for w, u in _currencies().items() if text.endswith(w)), None)


# --- 4. hedge and range -----------------------------------------------------------------------

def hedge_and_range(r: Reading) -> Reading:
    """A range's bounds (1万-5万元 → 10,000 to 50,000; 3至5万人次 → 30,000 to 50,000, the scale
    written once), the hedge (约 approx, 超过 and 以上 lower bound, 近 upper bound …), and
    where the quote starts and ends."""
    if r.group("num2"):
        _range(r)
    pre = r.group("pre") if not _not_a_hedge(r) else None
    if pre:
        r.qualifier = hedges("before")[pre]
    if r.group("more1") or r.group("more21") or r.group("post") or (r.group("unit1") or "").startswith(("个多", "个余")):
        r.qualifier = hedges("after").get(r.group("post") or "", "approx" if r.group("more1") == "来" else "lower_bound")
    m = r.match
    r.quote_end = m.end()
    if r.kind == "money" and not r.qualifier and not m.group("num2") and _price_from(r.norm, m.end()):
        r.qualifier, r.quote_end = "lower_bound", m.end() + 1  # 每晚599元起: prices from that amount up
    if _limit_named(r):
        r.qualifier, r.quote_end = None, m.start("post")  # 在限额682亿元以内: the limit itself is exact
    elif _range_within(r):  # 3至5年内: the range says its bounds, 内 out of the quote; a hedge before it stays (最多3至5年内)
        r.qualifier, r.quote_end, r.within = hedges("before")[pre] if pre else None, m.start("post"), True
    if pre and r.qualifier == "lower_bound" and pre.endswith("破") and _time_beaten(r):
        r.qualifier = "upper_bound"  # 百米决赛中破10秒: a race run under that time
    r.quote_start = next(m.start(g) for g in ("pre", "sign", "pct", "fan", "num1") if m.group(g) and (g != "pre" or pre))
    if r.per_start is not None:
        r.quote_start = r.per_start  # 每公斤54.6元: the per-unit base is part of the unit
    elif _PLUS_BEFORE.search(r.norm, 0, r.quote_start) and not m.group("sign"):
        r.quote_start -= 1  # +0.9%: a sign written, part of the quote
    share = (_HEDGED_SHARE.search(r.left) if pre is None and r.kind == "percent" and not r.qualifier
             and "占" in r.left else None)
    if share:
        r.qualifier = hedges("before")[share.group("hedge")]  # 约占全市总数的三分之一: the hedge of 占
    if pre is None and not r.qualifier:
        r.qualifier = _separated_hedge(r.left)
    if r.low is None and m.group("num2") and r.value is not None:
        # not a range after all (e.g. 2010-2020 read as numbers): keep the first quantity only
        r.quote_end = next(m.end(g) for g in ("unit1", "scale1", "num1") if m.group(g))
    return r


_PRICE_FROM = re.compile(r"起(?=\s*(?:[，,。；;！!？?、）)/／]|$|每|人|的))")  # 599元起，, 999元起/人: "from"


def within_opens_noun(m: re.Match) -> bool:
    """内 read as the hedge after a count but beginning a longer word (2条内贸航线, 3家内资企业, 5个内设机构): part of
    the noun counted, no 'within'; after a duration 内 is 'within' whatever follows (10日内向本院…, 内向 cut as one
    word), and 以内, 之内 always are."""
    word = units().get(m.group("unit1") or m.group("unit2") or "")
    if m.group("post") != "内" or word is None or word.kind == "duration":
        return False
    return not word_ends_at(m.string[m.start("post"):], 1)


def _price_from(norm: str, end: int) -> bool:
    """Whether 起 right after an amount ending at ``end`` means "from" (每晚599元起，): 起 a word of its own by the
    tokenizer (not 起初, 起家) with a clause break, /, 每, 人 or 的 after it (not 起建, 起送, 起付线, 起售)."""
    return _PRICE_FROM.match(norm, end) is not None and word_ends_at(norm[end:end + 8], 1)


def _limit_named(r: Reading) -> bool:
    """在省核定的限额682亿元以内: a number right after a noun naming a limit (限额, 上限, 额度) is that
    limit, an exact level; the 以内 or 以下 after it bounds what is held under it, not the figure."""
    post = r.group("post") or ""
    if r.group("pre") or hedges("after").get(post) != "upper_bound" or r.group("num2"):
        return False
    return _limit_before().search(r.norm, r.clause[0], r.match.start()) is not None


def _range_within(r: Reading) -> bool:
    """计划在3至5年内完成: a range before 内 or 以内 states both its bounds; the ceiling 'within' adds is its high
    end, so the range is no upper bound (5年内 alone is; 50至100人以下 keeps its hedge)."""
    return r.low is not None and r.group("post") in _WITHIN


def _time_beaten(r: Reading) -> bool:
    """破10秒, 突破2小时10分 in a sentence on a timed result (``race_words.csv``: 百米, 马拉松, 成绩 …): a time beaten is
    one run under, an upper bound (not 连续运行时间破1万小时: a duration that grew past a mark)."""
    return r.kind == "duration" and _race_words().search(r.norm) is not None


@cache
def _race_words() -> re.Pattern:
    return re.compile(vocabulary.alternation("race_words"))


_WITHIN = ("内", "之内", "以内")  # 'within' a span: the hedges after a number that a range's high end already says


@cache
def _limit_before() -> re.Pattern:
    return re.compile("(?:" + vocabulary.alternation("limit_nouns") + r")\s*$")


_PLUS_BEFORE = re.compile(r"(?<![\dA-Za-z.%])[+＋]$")
_HEDGE_THEN_LINK = re.compile(r"(?<![节签制履违预集公合条特相邀践解])(?P<hedge>约|大约)"  # 中签率约为44%, 约需3年, 约达5000人
                              r"(?:为|是|有|占|需要|需|达到|达|合|完成|实现|增长|下降|增加|减少|提高|降低)了?$")
_NEGATED_BOUNDS = "不得超过|不得高于|不得低于|不得少于|不应超过|不低于|不少于|不超过|不高于|不大于|不小于|不多于|不到|不足"
"""A negated comparison (不高于, 不得超过 …) bounds a figure even with its base between (不高于收入的8%), as 不低于 does."""
_HEDGE_THEN_BASE = re.compile(r"(?:(?P<hedge>" + _NEGATED_BOUNDS + r")|(?<![节签制履违预集公合条特相邀践解])(?P<about>约|大约)"
                              r"(?:为|是|相当于)?)[^，,；;。：:比较]{1,14}的$")  # 不低于总投资的5%, 约为市场租金的八五折
_HEDGE_THEN_VERB = re.compile(r"(?P<hedge>至少|最多)[\u4e00-\u9fff]{1,2}$"  # 每年至少打造3个
                              r"|(?P<least>至少)[\u4e00-\u9fff“”]{3,12}$")  # 至少建成综合服务中心1个: the verb and its object


def _separated_hedge(left: str) -> str | None:
    """A hedge parted from its number by a link verb (约为44%), a base (不到2019年同期的六成, 不低于
    总投资的5%) or the verb counted (至少打造3个): the quote is the number alone, the hedge still holds."""
    m = (_HEDGE_THEN_LINK.search(left) or _hedge_then_base(left) or _HEDGE_THEN_VERB.search(left)
         or _cap_then_grant().search(left))
    return hedges("before")[m.group("hedge") or m.groupdict().get("about") or m.groupdict().get("least")] if m else None


def _hedge_then_base(left: str) -> re.Match | None:
    """A hedge before the base of a figure (不低于总投资的5%, 约为市场租金的八五折), when its 约 is a word of its own
    (约, 大约, 约合), not the first character of a verb (约谈辖区内的12家企业, 约束企业的5项制度: no hedge)."""
    m = _HEDGE_THEN_BASE.search(left)
    if m is None or not m.group("about"):
        return m
    return m if first_word(left[m.start("about"):]) in (m.group("about"), "约合") else None


@cache
def _cap_then_grant() -> re.Pattern:
    """最高 before a grant (每台最高补贴20万元, 最高可获5万元): a cap, where 最高气温 is a maximum measured."""
    return re.compile(r"(?P<hedge>最高)(?:" + vocabulary.alternation("grant_verbs") + r")了?$")


_HEDGED_SHARE = re.compile(r"(?P<hedge>约|大约|近|接近|将近|超过)占[^，,；;\d]*的?$")
_VERB_WITH_GUO = re.compile(r"[经通越走跨穿错闯挺熬渡]$")
_WORD_WITH_YUE = re.compile(r"[节签制履违预集公合条特相邀践解]$")  # 节约, 签约, 制约, 履约 …: 约 ends the word
_VERB_WITH_PO = re.compile(rf"[{_PO_ENDS}]$")
# 破3项纪录, 破5项全国少年组纪录, 破4项、平1项全国纪录: records broken, counted (a count before 纪录 in its clause)
_RECORDS_AFTER = re.compile(r"[^，,。；;：:！!？?]{0,16}?[纪记]录")


def _not_a_hedge(r: Reading) -> bool:
    """过 that ends a verb (经过3个月, 通过2项) is no hedge, nor 约 or 近 that ends a word (节约6.2亿元, 附近3公里), nor 破
    that ends a verb (打破, 侦破) or breaks records (破3项纪录)."""
    if r.group("pre") == "约":
        return _WORD_WITH_YUE.search(r.norm, 0, r.match.start()) is not None
    if r.group("pre") == "近":  # 学校附近3公里, 最近3天: 近 ends a word, no hedge 'nearly'
        return r.norm[r.match.start() - 1:r.match.start() + 1] in _words("jin_words")
    if r.group("pre") == "破":  # 打破3项纪录, 侦破12起: a verb's 破; 破3项纪录: records it breaks, no hedge
        return (_VERB_WITH_PO.search(r.norm, 0, r.match.start()) is not None
                or r.kind == "count" and _RECORDS_AFTER.match(r.norm, r.match.end()) is not None)
    return r.group("pre") == "过" and _VERB_WITH_GUO.search(r.norm, 0, r.match.start()) is not None


_UNEQUAL_AFTER = re.compile(r"\s*不等")


def _range(r: Reading) -> None:
    """Low and high of a range, when the second number is the larger (else it is no range)."""
    m, word1 = r.match, r.group("unit1")
    try:
        word2 = m.group("unit2") or r.word
        v2 = base_value(m.group("num2"), m.group("scale2"), word2) + _and_a_half(m, 2)
        if r.word in ("成", "折") and word2 == r.word:
            v2 = round(v2 * 10, 6)  # 1至2成: tenths at both ends, as the first (already read as 10 %)
        if m.group("sign2"):
            v2 = -v2  # -9℃～-2℃, 零下9℃至零下2℃: the high end signed on its own
        sign1 = -1 if m.group("sign") else 1
        v1 = r.value
        if not m.group("scale1") and m.group("scale2") and not word1:
            scaled = sign1 * base_value(m.group("num1"), m.group("scale2"), word2)
            if scaled < v2:
                v1 = scaled  # 3至5万人次: the scale is written once for both ends
        elif not word1 and word2 and word2 in units():
            v1 = sign1 * base_value(m.group("num1"), m.group("scale1"), word2)  # -5～3℃: the low end keeps its sign
        if word1 and word2 and word2.startswith(word1 + "/") and word2 in _pair_units():
            r.kind, r.unit = units()[word2].kind, units()[word2].unit  # 1.03元至1.06元/斤: both ends per 斤
        elif word1 in units() and word2 in units() and units()[word1].unit != units()[word2].unit:
            v1, v2 = _in_one_unit(r, word1, word2, v1, v2)  # 3个月至1年 → 3 to 12 months
        elif word2 and word2 != r.word and word2 in units():
            r.kind, r.unit = units()[word2].kind, units()[word2].unit
        if v1 < v2:
            r.low, r.high, r.value = v1, v2, None
        elif v2 < v1 and _UNEQUAL_AFTER.match(r.norm, m.end()):
            r.low, r.high, r.value = v2, v1, None  # 有期徒刑十五年至二年不等: a range printed high to low, 不等 'varying'
    except (ValueError, ArithmeticError):
        pass


@cache
def unit_conversions() -> dict[tuple[str, str], int]:
    """(unit, smaller unit) → how many of the smaller make one (year, month → 12), from
    ``data/reference/unit_conversions.csv``: exact conversions only (no month in weeks)."""
    with (REFERENCE / "unit_conversions.csv").open(encoding="utf-8") as fh:
        return {(r["unit"], r["smaller"]): int(r["factor"]) for r in csv.DictReader(fh)}


def _in_one_unit(r: Reading, word1: str, word2: str, v1, v2) -> tuple:
    """A range whose ends name different units, both in the smaller one (3个月至1年 → 3 to 12
    months; 2天至1周 → 2 to 7 days). With no exact conversion between them (a month and a
    week, a yuan and a tonne) it is no range: the first quantity keeps its own unit and the
    returned high end is not above the low, so :func:`_range` leaves the reading alone."""
    u1, u2 = units()[word1].unit, units()[word2].unit
    if (u2, u1) in unit_conversions():
        return v1, v2 * unit_conversions()[(u2, u1)]
    if (u1, u2) in unit_conversions():
        r.kind, r.unit = units()[word2].kind, u2
        return v1 * unit_conversions()[(u1, u2)], v2
    return v1, float("-inf")


def read_quantity(norm: str, m: re.Match, masks: list[tuple[int, int]] | None = None,
                  prev_end: int = 0) -> Reading | ContextSpan | None:
    """Stages 1-4 on the number at ``m``."""
    r = recognise(norm, m, masks, prev_end)
    if not isinstance(r, Reading):
        return r
    r = scale(r)
    return hedge_and_range(unit_and_kind(r)) if r is not None else None
