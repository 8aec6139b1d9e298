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
"""

from __future__ import annotations

import csv
import re
from dataclasses import asdict, dataclass
from datetime import date
from functools import lru_cache

from ..parse.articles import Article, Part
from ..parse.dates import year_for
from .numerals import CN_NUMERAL, halfwidth, parse_number
from ..paths import REFERENCE
from ..parse.reading import Edition

CLAIM_KINDS = ("money", "percent", "percentage_point", "count", "measure", "duration", "multiple")
CONTEXT_KINDS = ("date", "period")

SENTENCE_END = re.compile(r"(?<=[。！？!?；;…])(?![”’」』）)])|(?<=[。！？!?][”’」』）)])")
CLAUSE_BREAK = "，,；;：:。！？!?\n"

PRE_HEDGES = {"约": "approx", "大约": "approx", "近": "upper_bound", "将近": "upper_bound", "接近": "upper_bound",
              "不到": "upper_bound", "不足": "upper_bound", "超过": "lower_bound", "逾": "lower_bound",
              "超": "lower_bound", "多于": "lower_bound", "至少": "lower_bound", "最多": "upper_bound"}
POST_HEDGES = {"以上": "lower_bound", "多": "lower_bound", "余": "lower_bound", "有余": "lower_bound",
               "之多": "lower_bound", "以下": "upper_bound", "以内": "upper_bound", "左右": "approx",
               "上下": "approx"}
INCREASE = ("同比增长", "增长", "增加", "提高", "上升", "提升", "上涨", "扩大", "增", "多")
DECREASE = ("同比下降", "下降", "减少", "降低", "回落", "下滑", "收窄", "缩小", "缩短", "缩减", "压缩", "放缓", "减", "降", "负增长")
COMPARISONS = [
    (re.compile(r"同比|比上年同期|比去年同期|较上年同期|较去年同期|(?:比|较)(?:上|去)年(?![末底初])"), "同比"),
    (re.compile(r"环比|比上月|较上月|比上季度|较上季度|(?:比|较)\d{1,2}月份?"), "环比"),
    (re.compile(r"累计"), "累计"),
    (re.compile(r"共计|合计|总计|总共|一共"), "共计"),
]
RECURRING = re.compile(r"每年|每月|每天|每周|每日|年均|月均|日均")
SHARE_WORDS = ("占比", "比重", "占", "占到", "份额", "增速", "增幅")
FUTURE = re.compile(r"将|预计|有望|力争|到\d{4}年")

# Set phrases and names that hold numerals but state no quantity.
NOT_CLAIMS = ("千家万户", "千方百计", "十分", "万一", "一心一意", "三心二意", "十全十美", "最后一公里", "一步一个脚印",
              "一茬接着一茬", "一企一策", "一降一升", "三去一降一补", "一带一路", "一网通办", "一网统管", "四个全面",
              "五位一体", "两个维护", "四个意识", "四个自信", "两学一做", "百花齐放", "万众一心", "一以贯之",
              "十四五", "十三五", "十二五", "十五五", "一大批", "一系列", "进一步", "一次性", "一体化", "一把手",
              "两手抓", "两会", "三农", "百年", "千年", "万家")
# A measure word after one of these is not a count: 第一批, 首例, 每一位 ...
ORDINAL_BEFORE = ("第", "首", "初", "每", "前", "头", "末", "上", "这", "那", "哪", "某", "同", "单", "逐")

NUM = r"\d[\d,]*(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+(?:[万亿][零〇一二两三四五六七八九十百千]*)*"
SCALE = r"万亿|千亿|百亿|十亿|亿|千万|百万|十万|万"


@dataclass(frozen=True)
class Unit:
    word: str
    unit: str
    kind: str
    factor: int


@lru_cache(maxsize=1)
def units() -> dict[str, Unit]:
    """Measure words and units after a number, from ``data/reference/units.csv``."""
    with (REFERENCE / "units.csv").open(encoding="utf-8") as fh:
        return {r["word"]: Unit(r["word"], r["unit"], r["kind"], int(r["factor"])) for r in csv.DictReader(fh)}


@lru_cache(maxsize=1)
def _quantity_re() -> re.Pattern:
    words = sorted(units(), key=len, reverse=True)
    unit = "|".join(re.escape(w) for w in words)
    pre = "|".join(sorted(PRE_HEDGES, key=len, reverse=True))
    post = "|".join(sorted(POST_HEDGES, key=len, reverse=True))
    one = (rf"(?P<num{{i}}>{NUM})(?P<more{{i}}>多|余)?(?:个(?=(?:{SCALE})))?(?P<scale{{i}}>{SCALE})?(?P<more2{{i}}>多|余)?"
           rf"(?P<unit{{i}}>周年|{unit}|成|番)?")
    return re.compile(
        rf"(?P<pre>{pre})?(?P<pct>百分之)?(?P<fan>翻)?" + one.format(i=1)
        + r"(?:(?P<sep>-|—|–|~|至|到)" + one.format(i=2) + r")?"
        + rf"(?P<post>{post})?"
    )


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

    def as_dict(self) -> dict:
        return asdict(self)


# --- periods ---------------------------------------------------------------------------

_CN_SMALL = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
             "十一": 11, "十二": 12}
PERIOD = re.compile(
    r"(?P<span>(?P<y1>\d{4})\s*年?\s*[至到—\-~]\s*(?P<y2>\d{4})\s*年)"
    r"|(?P<yq>(?P<yqy>\d{4})\s*年\s*(?:第)?(?P<yqq>[一二三四1-4])\s*季度)"
    r"|(?P<ym>(?P<ymy>\d{4})\s*年\s*(?P<ymm>\d{1,2})\s*月(?!\s*\d{1,2}\s*日))"
    r"|(?P<q>(?:第)?(?P<qq>[一二三四1-4])\s*季度)"
    r"|(?P<q3>前三季度)|(?P<h1>上半年)|(?P<h2>下半年)"
    r"|(?P<mm>(?P<m1>\d{1,2}|[一二三四五六七八九十]{1,2})\s*[至到—\-~]\s*(?P<m2>\d{1,2}|[一二三四五六七八九十]{1,3})\s*月)"
    r"|(?P<front>前(?P<fn>[两二三四五六七八九十]{1,2}|\d{1,2})个?月)"
    r"|(?P<since>(?:近|过去)?(?P<sn>\d{1,3}|[一二三四五六七八九十]{1,3})\s*年(?:来|以来|间))"
    r"|(?P<recent>近(?P<rn>\d{1,3}|[一二三四五六七八九十]{1,3})\s*年)"
    r"|(?P<md>(?P<mdm>\d{1,2})\s*月\s*(?P<mdd>\d{1,2})\s*[日号])"
    r"|(?P<mo>(?<![\d至到—\-~])(?P<mom>\d{1,2})\s*月(?!\s*\d)(?!份额))"
    r"|(?P<target>到\s*(?P<ty>\d{4})\s*年)"
    r"|(?P<year>(?P<yy>\d{4})\s*年(?![来以间]))"
    r"|(?P<last>去年|上年)|(?P<this>今年|本年|全年)"
)


def _small(token: str) -> int:
    return int(token) if token.isdigit() else _CN_SMALL.get(token, 0)


def resolve_period(m: re.Match, edition_date: date | None) -> str | None:
    """A period match as ISO-like text: 2021-Q1, 2010/2020, 2021-01/2021-02, 2021-H1, 2020."""
    year = edition_date.year if edition_date else None
    g = m.groupdict()
    if g["span"]:
        return f"{g['y1']}/{g['y2']}"
    if g["yq"]:
        return f"{g['yqy']}-Q{_small(g['yqq'])}"
    if g["ym"]:
        return f"{g['ymy']}-{int(g['ymm']):02d}"
    if g["target"]:
        return g["ty"]
    if g["year"]:
        return g["yy"]
    if year is None:
        return None
    if g["md"] or g["mo"]:
        return resolve_day(m.group(0), edition_date)
    if g["q"]:
        q = _small(g["qq"])
        y = year if edition_date.month > 3 * q else year - 1  # a quarter reported after it ends
        return f"{y}-Q{q}"
    if g["q3"]:
        y = year if edition_date.month > 9 else year - 1
        return f"{y}-01/{y}-09"
    if g["h1"]:
        return f"{year if edition_date.month > 6 else year - 1}-H1"
    if g["h2"]:
        return f"{year - 1}-H2"  # a second half is over only once the year is
    if g["mm"]:
        a, b = _small(g["m1"]), _small(g["m2"])
        y = year if edition_date.month > b else year - 1
        return f"{y}-{a:02d}/{y}-{b:02d}" if 1 <= a <= b <= 12 else None
    if g["front"]:
        b = _small(g["fn"])
        y = year if edition_date.month > b else year - 1
        return f"{y}-01/{y}-{b:02d}" if 1 <= b <= 12 else None
    if g["since"] or g["recent"]:
        n = _small(g["sn"] or g["rn"])
        return f"{year - n}/{year - 1}" if n else None  # 10年来 in 2021: the ten full years 2011-2020
    if g["last"]:
        return str(year - 1)
    if g["this"]:
        return str(year)
    return None


DAY = re.compile(r"(?:(?P<y>\d{4})\s*年)?\s*(?:(?P<m>\d{1,2})\s*月)?\s*(?:(?P<d>\d{1,2})\s*[日号])?")


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


# --- subjects ----------------------------------------------------------------------------

VERBS = sorted(set("""
投入 实施 互派 派出 选派 建成 新建 建设 改造 打造 销售 确保 增收 引导 投资 带动 增长 增加 达到 达 完成 实现 突破 超过 新增 累计 共计
合计 总计 占 占比 发送 接待 吸引 签约 签订 安排 下降 减少 提高 上升 回落 降低 覆盖 惠及 培育 发展 举办 开展 帮助 解决
拉动 创造 获得 落实 争取 推出 开工 竣工 投产 建立 设立 成立 认定 带领 扶持 支持 资助 救助 捐赠 筹集 募集 融资 发放 拨付
下达 预计 将达 相距 达成 增至 降至 升至 跃升 位居 提供 培训 吸纳 转移 安置 用于
运送 运输 开行 发送 接收 换届 现有 纳入 参与 给予 受理 办理 审批 登记 注册 申报 招商 引进 签署 发布 召开 播出 植入 到岗 扩大 拓展 采取 占到
稳定在 保持在 控制在 维持在 达到了 增加了 减少了 完成了 实现了 建成了 投入了 增长了 下降了 建了 办了
""".split()), key=len, reverse=True)
# One-character verbs (增, 有, 为) hide inside nouns; 累计/共计 are adverbs of a total, not verbs.
VERBS = [v for v in VERBS if len(v) > 1 and v not in ("累计", "共计", "合计", "总计")]
_VERB_RE = re.compile("|".join(re.escape(v) for v in VERBS))
LEADING = re.compile(
    r"^(?:(?:据统计|据了解|据介绍|据悉|其中|目前|以前|过去|此前|现在|如今|每年|每月|每天|累计|共计|截至\S{0,8}?底|同时|此外|另外|如今|今年|去年|全年|上半年|下半年|前三季度"
    r"|\d{4}年(?:至\d{4}年)?|\d{1,2}月(?:\d{1,2}日)?|\d{1,2}至\d{1,2}月|前[两二三四五六七八九十\d]{1,2}个?月|[\d一二三四五六七八九十两]+年来|近[\d一二三四五六七八九十两]+年|[一二三四]季度|建成后|其|还|并|和|及|与|的|后)[，,]?)+"
)
TRAILING = re.compile(
    r"(?:同比|环比|比上年同期|比去年同期|比上年|比去年|较上年|较去年|比上月|累计|共计|合计|总计|共|分别|均|都|也|还|仍|已|已经|将|"
    r"将达|达到|达|为|约|近|超过|逾|超|不到|不足|大约|接近|将近|增长|增加|下降|减少|提高|降低|回落|上升|放缓|了|就|又|再|"
    r"连续|持续|要|需|可|能|"
    r"稳定在|保持在|控制在|缩短至|缩短到|延长至|增至|降至|升至|提高到|提高至|虽|是|的|从|在|"
    r"(?:扩建|扩大|提高|增加|增长|下降|降低|减少|缩短|延长|上升)(?:到|至)?|"
    r"(?:比|较)(?:\d{4}年|\d{1,2}月份?|上年同期|去年同期|上年末|上年|去年|上月|上季度|上半年|[一二三四]季度|年初|年末))+$"
)
STOP_AFTER = re.compile(r"集中|共同|正在|全部|已经|陆续|累计|分别|同时|稳定|保持|[在于向从对为把被让使将已均都也还，,。；;：:！？!?、（]|\d|[A-Za-z]|和(?=[\d近约超逾])")


@lru_cache(maxsize=65536)
def _clean_subject(text: str) -> str:
    t = re.sub(r"^(?:比|较|与|同)[^，,]{0,8}?(?=$)", "", text.strip())  # 比一季度: a base, not a subject
    t = t.strip(" 　“”\"'「」、，,")
    t = re.sub(r"^的", "", t)
    prev = None
    while prev != t:
        prev = t
        t = LEADING.sub("", t)
        t = TRAILING.sub("", t)
        t = t.strip(" 　“”\"'「」、，,")
    return t


@lru_cache(maxsize=65536)
def subject_before(left: str) -> str:
    """What is measured, from the text before the number: the phrase after the last verb that
    has one (投入财政援助帮扶资金 → 财政援助帮扶资金); a phrase that ends in its only verb is
    kept whole (他到岗, 山东与重庆相距); a verb with adverbs and no noun gives "" (the caller
    then carries the subject of the claim before)."""
    t = _clean_subject(left)
    verbs = [v for v in _VERB_RE.finditer(t) if not t.startswith("的", v.end())  # 覆盖的乡镇: a modifier
             and not (re.fullmatch(r"[\u4e00-\u9fff]{2}[率额量值数]", t[v.end():]) and _VERB_RE.match(t[v.end():]))]  # 投资完成率
    for v in reversed(verbs):
        rest = _clean_subject(t[v.end():])
        if len(rest) >= 2:
            return rest
    if verbs and verbs[-1].end() == len(t):
        head = re.sub(r"(?<![年月日人])[虽已将仍还也都均又再]$", "", t[: verbs[-1].start()])
        if not _clean_subject(head) or re.fullmatch(r"(?:累计|共计|合计|连续|持续|新|又|再|已|共)+", head):
            return ""  # 累计建成: no noun of its own
        return head + t[verbs[-1].start():]
    return t


@lru_cache(maxsize=65536)
def subject_after(right: str) -> str:
    """The noun after a measure word: 121家山东企业在渝投资 → 山东企业."""
    m = STOP_AFTER.search(right)
    head = right[: m.start()] if m else right
    if m and right[m.start()] == "（":  # keep a parenthesis inside the noun: 村（社区）党组织
        close = right.find("）", m.start())
        if close != -1:
            rest = right[close + 1:]
            m2 = STOP_AFTER.search(rest)
            head = right[: close + 1] + (rest[: m2.start()] if m2 else rest)
    v = _VERB_RE.search(head)
    if v and v.start() >= 2:
        head = head[: v.start()]
    return re.sub(r"(?<=..)[上中里内]$", "", head.strip())  # 三座山头上 → 山头


# --- extraction ---------------------------------------------------------------------------

@dataclass
class _Text:
    """One text of an article to scan: a headline-like part or a body paragraph."""

    part: Part
    text: str


def _texts(article: Article) -> list[_Text]:
    order = {"kicker": 0, "headline": 1, "subheadline": 2, "body": 3, "teaser_ref": 4}
    parts = [p for p in article.parts if p.role in order]
    parts.sort(key=lambda p: (order[p.role] if p.role != "body" else 3, p.spans[0].line if p.spans else 0))
    return [_Text(p, p.text) for p in parts if p.role != "teaser_ref"]


def sentences(text: str) -> list[tuple[int, str]]:
    """(offset, sentence) pieces of a text, split after 。！？；… (closing quotes stay with their sentence)."""
    out, start = [], 0
    for m in SENTENCE_END.finditer(text):
        if m.start() > start:
            out.append((start, text[start:m.start()]))
        start = m.start()
    if start < len(text):
        out.append((start, text[start:]))
    return [(o, s) for o, s in out if s.strip()]


def _line_of(edition: Edition, part: Part, offset: int) -> int:
    """The raw line holding the ``offset``-th character of ``part.text``."""
    target = sum(1 for c in part.text[:offset] if not c.isspace())
    seen = 0
    for span in part.spans:
        for ch in span.text(edition):
            if ch.isspace():
                continue
            if seen == target:
                return span.line
            seen += 1
    return part.spans[-1].line if part.spans else 0


_MASK = re.compile(
    "|".join(re.escape(p) for p in sorted(NOT_CLAIMS, key=len, reverse=True))
    + r"|《[^》]*》"  # titles
    + r"|[一二三四五六七八九十两\d]+大(?![于约概])"  # 三大工程: a numbered formula
    + r"|十[一二三四五六七八九]?[大届]|[一二三四五六七八九十]+中全会|[一二三四五六七八九十]+是"
)
_ANY_NUMBER = re.compile(r"[\d零〇一二两三四五六七八九十百千万亿]")


def _masked(sentence: str) -> list[tuple[int, int]]:
    """Character ranges where no claim may start: set phrases, titles in 《》, ordinals."""
    return [m.span() for m in _MASK.finditer(sentence)]


def _in(masks, pos: int) -> bool:
    return any(a <= pos < b for a, b in masks)


def _value(num: str, scale: str | None, unit: str | None) -> int | float:
    u = units().get(unit or "")
    factor = u.factor if u else 1
    v = parse_number(num, scale or "")
    return v * factor if factor != 1 else v


def claim_id_widths(edition: Edition) -> tuple[int, int]:
    """Digits in claim ids (c…) and context ids (t…): enough for every number-like run in the text,
    an upper bound, so ids given section by section agree with a whole-edition extraction."""
    runs = sum(len(_NUMBER_RUN.findall(line)) for line in edition.lines)
    width = max(3, len(str(runs)))
    return width, width


_NUMBER_RUN = re.compile(r"[\d０-９]+|[零〇一二两三四五六七八九十百千万亿]+|一半|半数")


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


def _article_claims(edition: Edition, article: Article, edition_date: date | None, with_context: bool) -> list[Claim]:
    claims: list[Claim] = []
    headline_period: tuple[str | None, str | None] = (None, None)
    for t in _texts(article):
        if t.part.role in ("kicker", "headline"):
            for m in PERIOD.finditer(t.text):
                p = resolve_period(m, edition_date)
                if p:
                    headline_period = (p, m.group(0))
                    break
    for t in _texts(article):
        para_period: tuple[str | None, str | None] = (None, None)
        pieces = sentences(t.text) if t.part.role == "body" else [(0, t.text)]
        for offset, sentence in pieces:
            inherited = para_period if t.part.role == "body" and para_period[0] else headline_period
            found = _sentence_claims(edition, article, t, offset, sentence, edition_date, with_context, inherited)
            claims.extend(found)
            for m in PERIOD.finditer(sentence):
                if not m.group("target"):
                    p = resolve_period(m, edition_date)
                    if p and _opens_clause(sentence, m.start()):
                        para_period = (p, m.group(0))
    return claims


def _opens_clause(sentence: str, pos: int) -> bool:
    """True when a period expression opens its clause (据统计，2010年至2020年，…)."""
    before = re.sub(r"(?:今年|去年|本年|全年|\d{4}\s*年)$", "", sentence[:pos].rstrip()).rstrip()  # 今年1至9月
    return (not before or before[-1] in CLAUSE_BREAK + "—"
            or re.search(r"(?:据统计|据了解|截至|其中)$", before) is not None)


def _clause_bounds(text: str, pos: int) -> tuple[int, int]:
    lo = max((text.rfind(ch, 0, pos) for ch in CLAUSE_BREAK), default=-1) + 1
    his = [i for i in (text.find(ch, pos) for ch in CLAUSE_BREAK) if i != -1]
    return lo, (min(his) if his else len(text))


def _sentence_claims(edition: Edition, article: Article, t: _Text, offset: int, sentence: str,
                     edition_date: date | None, with_context: bool,
                     inherited_period: tuple[str | None, str | None]) -> list[Claim]:
    # 一半 and 半数 (a half) read as 五成 (five tenths): same length, so offsets and quotes hold
    norm = halfwidth(sentence).replace("一半", "五成").replace("半数", "五成")
    if not _ANY_NUMBER.search(norm):
        return []
    masks = _masked(norm)
    rx = _quantity_re()
    found: list[Claim] = []
    prev_end = 0
    pos = 0
    while True:
        m = rx.search(norm, pos)
        if m is None:
            break
        pos = m.end() if m.end() > m.start() else m.start() + 1
        if not m.group("num1"):
            continue
        got = _one(edition, article, t, offset, sentence, norm, m, masks, edition_date, prev_end,
                   found, inherited_period)
        if got is None:
            continue
        claim, end = got
        pos = max(pos, end)
        if claim.kind in CONTEXT_KINDS and not with_context:
            continue
        found.append(claim)
        if claim.kind not in CONTEXT_KINDS:
            prev_end = m.end()
            following = norm[m.end():]
            if claim.subject and following.startswith(claim.subject):
                prev_end += len(claim.subject)  # 11193个村（社区）党组织100%…: that noun was this claim's
    _pair_respectively(norm, found)
    return found


def _one(edition, article, t, offset, sentence, norm, m, masks, edition_date, prev_end, found, inherited_period):
    num, scale, unit = m.group("num1"), m.group("scale1"), m.group("unit1")
    start_num = m.start("num1")
    before = norm[max(0, start_num - 1):start_num]
    after = norm[m.end():m.end() + 2]
    is_cn = num[0] in CN_NUMERAL
    if _in(masks, start_num):
        return None
    if num[0].isdigit() and (re.match(r"[A-Za-z]", after[:1]) or re.search(r"[A-Za-z]$", norm[:start_num])):
        return None  # 5G, G20, 4S店: codes
    if before and before in ORDINAL_BEFORE:
        return None  # 第一批, 首例
    if is_cn and re.search(r"(?:数|几|成|好|若干)$", norm[:start_num]):
        return None  # 数百名, 几十家: no number is stated
    # dates and periods
    if num[0].isdigit():
        rest = norm[m.start("num1") + len(num):]
        if re.match(r"\s*年", rest) and re.fullmatch(r"(?:19|20)\d{2}", num):
            return _context(article, t, offset, sentence, norm, m.start("num1"), _date_span(norm, m.start("num1")), "date", edition_date, edition)
        if re.match(r"\s*(?:月|日|号)", rest) and not unit:
            return _context(article, t, offset, sentence, norm, m.start("num1"), _date_span(norm, m.start("num1")), "date", edition_date, edition)
        if re.match(r"\s*版", rest):
            return None  # a page reference
    if unit == "周年":
        return _context(article, t, offset, sentence, norm, m.start(), m.end(), "date", edition_date, edition)
    if unit == "年" and (re.match(r"来|以来|间", after) or m.group("pre") in ("近", "过去")):
        return _context(article, t, offset, sentence, norm, m.start(), m.end() + (2 if after.startswith("以来") else 1), "period", edition_date, edition)
    if unit == "成" and re.match(r"[功为立本果效员都熟长就交品绩型]", after[:1]):
        unit = None
    if unit == "番" and not m.group("fan"):
        unit = None
    if m.group("pct") and not unit:
        unit = "%"  # 百分之三十
    if num == "两" and not scale and unit and unit in units() and units()[unit].kind == "count":
        return None  # 最远的两户, 两地: a reference to two things, not a count
    # the indefinite 一: 一家企业 "a company", 一种 "a kind"
    if num == "一" and not scale and unit not in ("成", "番"):
        return None
    if not unit and m.group("num2") and m.group("unit2"):
        unit = m.group("unit2")  # 3至5万人次: the unit is written once, after the second number
    if is_cn and not unit:
        return None  # Chinese numerals state a quantity only with a unit
    if not unit and not scale and not m.group("scale2"):
        return None  # a bare number: an id, a code, or a number whose unit we cannot tell
    try:
        value = _value(num, scale, unit if unit not in ("成", "番", "周年") else None)
    except (ValueError, ArithmeticError):
        return None
    # kind and unit
    if unit == "成":
        kind, unit_code, value = "percent", "%", value * 10
    elif unit == "番":
        kind, unit_code, value = "multiple", "×", 2 ** value
    elif unit:
        u = units()[unit]
        kind, unit_code = u.kind, u.unit
    else:
        kind, unit_code = "count", _infer_unit(norm[max(0, prev_end):m.start()])
        if unit_code == "CNY":
            kind = "money"
    # ranges
    low = high = None
    if m.group("num2"):
        try:
            unit2 = m.group("unit2") or unit
            v2 = _value(m.group("num2"), m.group("scale2"), unit2 if unit2 not in ("成", "番", "周年") else None)
            v1 = value
            if not scale and m.group("scale2") and not m.group("unit1"):
                scaled = _value(num, m.group("scale2"), unit2 if unit2 not in ("成", "番", "周年") else None)
                if scaled < v2:
                    v1 = scaled  # 3至5万人次: the scale is written once for both ends
            elif not m.group("unit1") and unit2 and unit2 in units():
                v1 = _value(num, scale, unit2)
            if unit2 and unit2 != unit and unit2 in units():
                u2 = units()[unit2]
                kind, unit_code = u2.kind, u2.unit
            if v1 < v2:
                low, high, value = v1, v2, None
        except (ValueError, ArithmeticError):
            pass
    # qualifier
    qualifier = None
    if m.group("pre"):
        qualifier = PRE_HEDGES[m.group("pre")]
    if m.group("more1") or m.group("more21") or m.group("post") or (m.group("unit1") or "").startswith(("个多", "个余")):
        qualifier = POST_HEDGES.get(m.group("post") or "", "lower_bound")
    quote_start = m.start("pre") if m.group("pre") else m.start("pct") if m.group("pct") else \
        m.start("fan") if m.group("fan") else m.start("num1")
    quote_end = m.end()
    if low is None and m.group("num2") and value is not None:
        # not a range after all (e.g. 2010-2020 read as numbers): keep the first quantity only
        quote_end = m.end("unit1") if m.group("unit1") else m.end("scale1") if m.group("scale1") else m.end("num1")
    # direction, comparison
    lo_clause, hi_clause = _clause_bounds(norm, m.start())
    left = norm[max(lo_clause, prev_end):quote_start]
    direction = None
    stripped_left = re.sub(r"(?:了|约|近|超过|达到|达|为)+$", "", left)
    for word in DECREASE:
        if stripped_left.endswith(word):
            direction = "decrease"
            break
    else:
        for word in INCREASE:
            if stripped_left.endswith(word) and word != "多":
                direction = "increase"
                break
    if direction is None and kind not in ("percent", "percentage_point"):
        cv = None
        changes = [w for w in INCREASE + DECREASE if len(w) > 1]  # not 减 in 减税, 增 in 增值税
        for cm in re.finditer("|".join(sorted(changes, key=len, reverse=True)), stripped_left):
            if not stripped_left.startswith(("值", "率", "速", "幅", "至", "到"), cm.end()):
                cv = cm
        if cv is not None and not _VERB_RE.search(stripped_left[cv.end():]):
            direction = "decrease" if cv.group(0) in DECREASE else "increase"  # 减少二氧化碳排放约44万吨
    if m.group("fan") and unit_code == "×":
        direction = "increase"  # 翻一番: doubles
    if direction == "decrease" and kind in ("percent", "percentage_point", "money", "measure", "count"):
        value = -value if value is not None else None
        if low is not None:
            low, high = -high, -low
    clause = norm[lo_clause:hi_clause]
    comparison = None
    sentence_left = norm[:quote_start]
    for rx, label in COMPARISONS:
        if rx.search(norm[lo_clause:quote_start]):
            comparison = label
            break
    if (comparison is None and re.search(r"累计", sentence_left) and kind not in ("percent", "percentage_point")
            and not re.search(r"日均|月均|年均|平均|人均|同比|环比", clause)):
        comparison = "累计"  # 累计 runs on through the sentence, but not into an average
    target = [t for t in re.finditer(r"到\s*\d{4}\s*年", norm[:quote_start]) if t.start() >= lo_clause or _opens_clause(norm, t.start())]
    if comparison is None and (target or re.search(r"到\s*\d{4}\s*年", clause)):
        comparison = "target"
    # subject
    subject = ""
    right = norm[m.end():hi_clause]
    noun_follows = bool(re.match(r"[\u4e00-\u9fff]", right)) and not re.match(r"[后前内里间来时]|以来|之内|之后|之前", right)
    scope_only = re.fullmatch(r"(?:全市|全省|全国|全县|全区|全村|本市|我市|我省|其中)?", _clean_subject(left)) is not None
    predicate = re.match(r"不等|之间|以内|以下|以上|左右|上下", right)
    if kind == "percent" and noun_follows and scope_only and not predicate:
        subject = _clean_subject(re.split(r"[、，,；;]", right)[0])  # 100%按期换届: the share comes first
    elif kind == "count" and m.group("unit1") and noun_follows and len(subject_after(right)) >= 2:
        subject = subject_after(right)  # 121家山东企业: the noun after the measure word
    elif kind == "duration" and noun_follows and not left.strip(" ，,、") and len(subject_after(right)) >= 2:
        subject = subject_after(right)  # 十年扶贫协作
    elif kind in ("count", "duration") and right.startswith("的") and _VERB_RE.search(left[-2:] + "") \
            and len(subject_after(right[1:])) >= 2:
        subject = subject_after(right[1:])  # 给予3至5年的贷款贴息: the noun after 的
    if not subject:
        subject = subject_before(left)
        if re.search(r"(?:日均|月均|年均|平均)$", left) and not subject_before(left[:-2]):
            subject = ""  # 日均400万人次: an average of the thing before
    if not subject and not left.strip() and right:
        subject = subject_after(right) or _clean_subject(right)
    prior = [c for c in found if c.kind not in CONTEXT_KINDS]
    share = next((w for w in SHARE_WORDS if _clean_subject(left).endswith(w)), None)
    if share and _clean_subject(left) == share:
        subject = (prior[-1].subject if prior else "") + share  # 网上零售额…，占比近15%: the share of the thing before
    elif not subject or subject in ("分别",):
        if comparison == "共计":
            subject = _sentence_topic(norm[:quote_start])
        elif prior:
            subject = prior[-1].subject
    if unit_code == "" and kind == "count":
        unit_code = _infer_unit(subject)
        if unit_code == "CNY":
            kind = "money"
    # period
    period = period_text = None
    best = None
    for pm in PERIOD.finditer(norm[:quote_start]):
        if pm.group("target") and pm.start() < lo_clause and not _opens_clause(norm, pm.start()):
            continue
        if re.search(r"(?:比|较|同|与)$", norm[:pm.start()]):
            continue  # 比一季度: the base of a comparison, not the claim's period
        if pm.start() >= lo_clause or _opens_clause(norm, pm.start()):
            best = pm
    future = FUTURE.search(norm[:hi_clause])
    recurring = RECURRING.search(clause)
    candidates = []
    if best is not None:
        candidates.append((resolve_period(best, edition_date), best.group(0), best.start() >= lo_clause))
    candidates.append((*inherited_period, False))
    for p, text, in_clause in candidates:
        if p is None or p == article.dateline:
            continue  # the dateline's day is when it was reported, not the period of the data
        if recurring and not in_clause:
            continue  # 每年培训…: a yearly rate, not the report's period
        if future and not in_clause and _is_past(p, edition_date):
            continue  # …估值将达10亿美元: a forecast does not belong to last year
        period, period_text = p, text
        break
    # source position
    abs_start = offset + quote_start
    quote = sentence[quote_start:quote_end]
    return Claim(
        id="", article_id=article.id, quote=quote, value=value, low=low, high=high, unit=unit_code, kind=kind,
        qualifier=qualifier, direction=direction, subject=subject, period=period, period_text=period_text,
        comparison=comparison, sentence=sentence.strip(), line=_line_of(edition, t.part, abs_start), part=t.part.role,
    ), quote_end


def _is_past(period: str, edition_date: date | None) -> bool:
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


def _date_span(norm: str, start: int) -> int:
    m = re.match(r"\d{4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?(?:\s*[至到—\-~]\s*\d{4}\s*年)?"
                 r"|\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?|\d{1,2}\s*[日号]", norm[start:])
    return start + (m.end() if m else 1)


def _context(article, t, offset, sentence, norm, start, end, kind, edition_date, edition) -> tuple[Claim, int]:
    quote = sentence[start:end]
    period = None
    pm = PERIOD.match(norm, start)
    if pm:
        period = resolve_period(pm, edition_date)
    if period is None:
        period = resolve_day(norm[start:end], edition_date)
    return Claim(id="", article_id=article.id, quote=quote, value=None, low=None, high=None, unit="", kind=kind,
                 qualifier=None, direction=None, subject="", period=period, period_text=quote, comparison=None,
                 sentence=sentence.strip(), line=_line_of(edition, t.part, offset + start), part=t.part.role), end


PEOPLE = re.compile(r"(?:人口|人员|人才|群众|居民|农民|工人|职工|学生|游客|旅客|患者|党员|干部|人)$")
VISITS = re.compile(r"人次$")
HOUSEHOLDS = re.compile(r"(?:户|家庭|农户)$")
MONEY = re.compile(r"(?:投资|资金|收入|销售额|产值|总额|营收|利润|税收|资产|估值|融资|贷款|GDP|生产总值|增加值)$")


def _infer_unit(context: str) -> str:
    """A unit for a number with a scale but no measure word, from the noun before it."""
    c = context.strip(" ，,、")
    c = TRAILING.sub("", c)
    if VISITS.search(c):
        return "person-time"
    if PEOPLE.search(c):
        return "person"
    if HOUSEHOLDS.search(c):
        return "household"
    if MONEY.search(c):
        return "CNY"
    return ""


def _sentence_topic(before: str) -> str:
    """The first noun phrase of a sentence, skipping 除…外 and time clauses: what a total is about."""
    for clause in re.split(r"[，,；;：:]", before):
        c = clause.strip()
        if not c or c.startswith(("除", "据", "截至", "随着", "在")) or PERIOD.fullmatch(c):
            continue
        v = _VERB_RE.search(c)
        if v and v.start() >= 2:
            return _clean_subject(c[: v.start()])
    return ""


def _pair_respectively(norm: str, found: list[Claim]) -> None:
    """分别: give each value after 分别 its own subject from the list before it."""
    k = norm.find("分别")
    if k == -1:
        return
    after = [c for c in found if c.kind in CLAIM_KINDS and norm.find(halfwidth(c.quote), k) != -1
             and norm.find(halfwidth(c.quote)) >= k]
    if len(after) < 2:
        return
    lo, _ = _clause_bounds(norm, k)
    head = norm[lo:k]
    items = [x for x in re.split(r"[、和及与]", _clean_subject(head)) if x]
    before = [c for c in found if c.kind in CLAIM_KINDS and c not in after]
    if len(items) == len(after):
        subjects = items
    elif len(before) >= len(after):
        subjects = [c.subject for c in before[-len(after):]]
    else:
        return
    for c, s in zip(after, subjects):
        c.subject = s
