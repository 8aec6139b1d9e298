"""The context of a claim: the last stages of reading one, after its quantity.

5. :func:`direction`: a change verb before the number (增长, 下降 …); a decrease makes the value negative;
6. :func:`comparison`: what the number is compared with (同比, 环比, 累计, 共计, a target year);
7. :func:`subject`: what is measured (the noun before the number, or after its measure word);
8. :func:`period`: when (一季度 → 2021-Q1), from the clause, the paragraph or the headline.

Each stage takes the :class:`~frontpage.numbers.quantities.Reading` of stages 1-4 and fills in its field.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache, lru_cache

from .. import vocabulary
from .clauses import BULLETS, CLAUSE_BREAK, clause_bounds, opens_after_marker, opens_clause, takes_effect
from .done_to_date import done_to_date
from .periods import PERIOD, _year_said_before, is_past, resolve_period, that_day
from .quantities import Reading
from .quantities import agreement_of_term, counted_after, currency_before, noun_unit
from ..parse.segmenter import spans_words, word_bounds, word_ends_at
from .subjects import (NOT_A_NOUN_JIANG, VERB_RE, VERBS, after_predicate_opener, before_predicate, clean_subject, infer_unit, names_a_milestone, noun_of_share_first, opens_an_attribute, sentence_topic,
                       share_of_plan, subject_after, subject_before, act_within_a_limit)

COMPARISON_ORDER = ("两年平均", "同比", "环比", "累计", "共计")  # the first that the clause names wins
# Comparisons written as grammar rather than as fixed words: 比上年, 较去年 (not 比上年末); 比3月份.
_COMPARISON_GRAMMAR = {"同比": r"(?:比|较)(?:上|去)年(?![末底初])", "环比": r"(?:比|较)\d{1,2}月份?"}
_TARGET = re.compile(r"(?<!\d年)(?<!\d)到\s*\d{4}\s*年(?!同期|的)")  # 到2025年: a target year (not 2016年到2019年: a span)
_TARGET_FUTURE = re.compile(r"(?<!\d年)(?<!\d)到\d{4}年(?!同期|的)")  # 到2025年 as a forecast marker
# 同比多15家, 比上月少3起; 比常年同期多蓄, 比去年少排: 多/少 (not 至少, 最多) then at most one verb character (not a
# hedge or degree word: 多于, 多达, 多余, 多数, 多出: ``MORE_OR_FEWER_NOT``) right before the figure
MORE_OR_FEWER_NOT = "出达于余数有"
# 比 as 'than': not the start of a noun (比重, 比例, 比值, 比率, 比赛, 比较), unless a place name starts there (比重庆多3条:
# ``provinces.csv``)
_THAN = rf"比(?!(?!{vocabulary.alternation('provinces')})[赛重例值率较])"
_MORE_OR_FEWER = re.compile(rf"(?:同比|环比|{_THAN}[^，,。；;比]{{1,10}}?)(?<![至最])(?P<more>[多少])"
                            rf"(?:(?![{MORE_OR_FEWER_NOT}])[\u4e00-\u9fff])?$")
_FRAME = re.compile(r"(?:了|约|近|超过|达到|达|为)+$")  # between a change verb and its number
_RATE_WORDS = vocabulary.words("rate_words")
_KINDS_WITH_SIGN = ("percent", "percentage_point", "money", "measure", "count", "duration")
_RATES = ("percent", "percentage_point")


@cache
def change_verbs(direction_: str) -> tuple[str, ...]:
    """The change verbs of one direction (``increase`` or ``decrease``), from ``change_verbs.csv``."""
    return vocabulary.words("change_verbs", direction=direction_)


@cache
def longer_change_verbs() -> str:
    """An alternation of the change verbs of two characters or more (增长, 下降, 缩短 …), longest first: a
    one-character verb (增, 降) is too often part of another word to stand alone in a pattern."""
    return "|".join(re.escape(w) for w in sorted({w for w in vocabulary.words("change_verbs") if len(w) > 1},
                                                 key=len, reverse=True))


@cache
def _emphasis_after_change() -> re.Pattern:
    """An emphatic adverb of degree (``degree_words.csv``: 整整, 足足, 多达 …) between a change verb and its figure
    (年轻了整整5岁, 下降了足足3个百分点, 年轻多达5.6岁): out, so the change verb is the one before the figure."""
    verbs = sorted(change_verbs("increase") + change_verbs("decrease"), key=len, reverse=True)
    return re.compile("(?P<verb>" + "|".join(re.escape(w) for w in verbs) + ")了?(?:"
                      + vocabulary.alternation("degree_words") + r")(?=(?:了|约|近|超过|达到|达|为)*$)")


@cache
def _no_change() -> tuple[str, ...]:
    """Words that begin like a change verb but state none (新开工: started, not 新开 'newly open'), and a word
    ending in 上 or 下 then 调 (地下调蓄池, 乡下调来: no 上调 'raise' nor 下调 'cut')."""
    return vocabulary.words("no_change_words") + tuple(w + "调" for w in vocabulary.words("shang_xia_words"))


@cache
def _split_raise_cut() -> str:
    """At the 上 or 下 of 上调/下调: that character closes a word (线下调解, 以上调整), so no verb starts there."""
    return "|".join(rf"(?<={re.escape(w[:-1])}){re.escape(w[-1])}调" for w in vocabulary.words("shang_xia_words"))


@cache
def _change_verb_re() -> re.Pattern:
    # One-character verbs (减 in 减税, 增 in 增值税) are read only right before the number; words that
    # begin like one but state no change (新开工 'start construction', not 新开 'newly open') are read too.
    longer = [w for w in change_verbs("increase") + change_verbs("decrease") + _no_change() if len(w) > 1]
    return re.compile("|".join(re.escape(w) for w in sorted(longer, key=len, reverse=True)))


@cache
def comparisons() -> tuple[tuple[re.Pattern, str], ...]:
    """(pattern, label) for each comparison, in the order they are tried."""
    out = []
    for label in COMPARISON_ORDER:
        alts = [vocabulary.alternation("comparison_words", comparison=label), _COMPARISON_GRAMMAR.get(label, "")]
        # 按年利率3.85%: 按年 before 利率 names the rate's basis, not a comparison
        out.append((re.compile("(?:" + "|".join(a for a in alts if a) + ")(?!利率|利息)"), label))
    return tuple(out)


@cache
def _marker_re(name: str) -> re.Pattern:
    return re.compile(vocabulary.alternation(name))


_AMOUNTS = ("money", "measure", "count")
_MODAL_END = re.compile(r"(?:将|能|可|会|可以)$")  # 将多支付, 能多打: will or can do more than otherwise


@cache
def _more_of_a_verb() -> re.Pattern:
    """多 or 少 right before a verb (多支付, 多打, 多获, 少缴), then at most its object up to the number: a thing done
    more or less than before, by the amount (after a modal or a base: :func:`direction`); not 多 or 少 ending a word (许多, 很多, 最多, 不少, 至少) nor before a
    measure (多项, 多次, 多家: no verb)."""
    verbs = "|".join(sorted((v for v in VERBS if len(v) == 2), key=len, reverse=True))
    return re.compile(r"(?<![许很最较更众诸差大不至减缺])(?P<more>[多少])(?:" + verbs + r"|[获收打产蓄卖赚缴招])"
                      r"[\u4e00-\u9fff“”]{0,10}?(?:约|近|超过)?$")


# --- 5. direction -----------------------------------------------------------------------------

def direction(r: Reading) -> Reading:
    """增长60.4% is an increase, 下降3.1% and 减少162万吨 decreases (the value made negative);
    翻一番 doubles. A change verb further back counts only for amounts (减少二氧化碳排放约44万吨)."""
    # 由7个减少为3个, 缩短为5天: a change verb then 为 gives the new level, not the change (as 降至, 增至)
    if r.kind in _RATES and _is_level_rate(r):
        return r  # 人口自然增长率为-1.71‰: a rate that is a level of its year, its sign kept, no change
    to_level = re.search(r"(?:" + _change_verb_re().pattern + r"|[增减降升])为$", r.left) is not None
    left = r.left if to_level else _FRAME.sub("", _emphasis_after_change().sub(r"\g<verb>", r.left))
    r.direction = _verb_before(left, r.kind) or (_verb_of_its_object(left, r.right) if r.kind in _RATES else None)
    rate = _rate_word_before().search(left) if r.direction is None and r.kind in _RATES else None
    if rate:  # 涨幅为0.1%, 增速为-2.1%: the sign says; 跌幅1.2%, 降幅为3%: a fall
        falls = _rate_directions()[rate.group("word")] == "decrease"
        r.direction = "decrease" if r.group("sign") or falls else "increase"
    if r.direction is None and r.unit == "°C":
        r.direction = _temperature_change(left)  # 过程降温幅度6℃～8℃, 降温6℃: the size of a fall in temperature
    if r.direction is None and r.kind in _KINDS_WITH_SIGN and ("多" in left[-2:] or "少" in left[-2:]):
        more = _MORE_OR_FEWER.search(left)
        if more:  # 同比多15家, 比上月少3起: more or fewer than the base
            r.direction = "increase" if more.group("more") == "多" else "decrease"
    if r.direction is None and r.kind in _AMOUNTS:
        more = _more_of_a_verb().search(left)
        if more and (_MODAL_END.search(left, 0, more.start()) or re.search(_THAN + "|较|同比|环比", left[:more.start()])):
            # 每年将多支付…约1.6亿元, 亩产能多打100多斤, 比上届多获金牌7枚: done more (or less) by that much than
            # otherwise or than a base; 今年多蓄水1.2亿立方米 with neither may name the amount stored
            r.direction = "increase" if more.group("more") == "多" else "decrease"
    if r.direction is None and r.kind in _RATES and _growth_rate_before().search(left):
        r.direction = "decrease" if r.group("sign") else "increase"  # 年平均增长率为0.70%: a rate of growth
    if r.direction is None and r.kind in _KINDS_WITH_SIGN:
        r.direction = _label_after(r) or _rate_named_after(r)
    if r.group("fan") and r.unit == "×":
        r.direction = "increase"  # 翻一番: doubles
    if r.direction is None and r.kind in _RATES and r.norm[r.quote_start:r.quote_start + 1] in ("+", "＋"):
        r.direction = "increase"  # 环比 +0.9%: a plus sign written is a rise
    if r.group("sign"):
        if r.kind in _RATES:
            r.direction = "decrease"  # 增长-3.5%, 同比负3.9%: a negative rate is a decrease, already signed
        return r
    if r.direction == "decrease" and r.kind in _KINDS_WITH_SIGN:
        r.value = -r.value if r.value is not None else None
        if r.low is not None:
            r.low, r.high = -r.high, -r.low
    return r


_LABEL = re.compile(r"\s*(?P<label>[\u4e00-\u9fff“”]{2,16})\s*(?=[\d+\-−]|$)")


def _label_after(r: Reading) -> str | None:
    """A figure printed above its label (8.6% / 地区生产总值增速; 8.73万人 / 城镇新增就业): the label, run on to
    the next figure with no punctuation between, says the change its rate word or 新增 names."""
    m = _LABEL.match(r.norm, r.quote_end)
    if m is None:
        return None
    label = m.group("label")
    rate = next((w for w in _rate_directions() if label.endswith(w)), None)
    if rate and r.kind in _RATES:
        return "decrease" if _rate_directions()[rate] == "decrease" or r.group("sign") else "increase"
    if r.kind == "count" and re.search(r"新增|净增", label):
        return "increase"
    return None


@cache
def _rate_of_after() -> re.Pattern:
    return re.compile(r"的(?:同比|环比)?(?P<word>" + vocabulary.alternation("rate_words") + ")")


@cache
def _change_of_after() -> re.Pattern:
    """的 then a change verb that names the figure's change, the phrase ending there or at a goal's noun (实现8%左右的
    增长。, 7%左右的增长目标, 下降5%的目标任务); not a noun the verb opens (增长点, 增长率, 增长动力)."""
    verbs = sorted(change_verbs("increase") + change_verbs("decrease"), key=len, reverse=True)
    return re.compile(r"的(?:同比|环比)?(?P<verb>" + "|".join(re.escape(w) for w in verbs if len(w) > 1)
                      + r")(?:(?:预期|年度)?(?:目标|任务)|\s*(?:[，,。；;！!）)]|$))")


_SHARE_OF_BEFORE = re.compile(r"(?:贡献|拉动|占|带动|实现了?全[国省市县区])[了约近超过达到]*$")


def _rate_named_after(r: Reading) -> str | None:
    """一季度6.1%的增速, 3.5%的跌幅: a rate that the rate word after 的 names is a change (the sign, or a fall's
    word, says which way); so does a change verb after 的 (实现7%左右的增长, 7%左右的增长目标), unless the rate is a
    share of a change (贡献了60%的增长, 占全市三成的增长)."""
    m = _rate_of_after().match(r.right) if r.kind in _RATES else None
    if m is None:
        v = _change_of_after().match(r.right) if r.kind in _RATES else None
        if v is None or _SHARE_OF_BEFORE.search(r.left):
            return None
        falls = v.group("verb") in change_verbs("decrease")
        return "decrease" if falls or r.group("sign") else "increase"
    return "decrease" if _rate_directions()[m.group("word")] == "decrease" or r.group("sign") else "increase"


@cache
def _verb_nouns() -> frozenset[str]:
    return frozenset(vocabulary.words("verb_nouns"))


_UPGRADES = ("提升", "提高")
"""Verbs that raise the quality of their object: far from a count (or a measure, after 改造), it is of the things raised."""


def _verb_before(left: str, kind: str) -> str | None:
    """The direction of the change verb that ``left`` ends with, or (for amounts) of the last one
    in it that no other verb follows."""
    if left.endswith(change_verbs("decrease")) and not left.endswith(_no_change()):
        return "decrease"
    if left.endswith(change_verbs("increase")) and not left.endswith(_no_change()):
        return "increase"
    if kind in _RATES:
        return None
    last = None
    for cm in _change_verb_re().finditer(left):
        if cm.group(0) in _attributive() and left[cm.end():].strip() not in ("", "了"):
            continue  # 年轻护林员巡查约3.6公里: an adjective before a noun describes it; 年轻了近十岁 is a change
        # 增长率, 降至, 减少为 (reduced to): not a change of this number but its new level
        if not left.startswith(("值", "率", "速", "幅", "至", "到", "为"), cm.end()) or _added_to(cm):
            last = cm
    after = VERB_RE.search(left[last.end():]) if last else None
    if after and last.end() + after.end() == len(left.rstrip()) and after.group(0) in _verb_nouns():
        after = None  # 新增信贷投放不少于300亿元: a verb that ends the noun names it (信贷投放), the change stands
    if last is None or (after and not re.fullmatch(r"[和并及与或]", left[last.end():last.end() + after.start()])
                        and not _added_by(last, after)):
        return None  # but 新增和改善灌溉面积: two verbs of one object, the change stands
    if last.group(0) in _no_change():
        return None  # 新开工项目87个: projects started, a count, no change
    if last.group(0) in _UPGRADES and (kind == "count" or (kind == "measure" and left.endswith("改造", 0, last.start()))):
        return None  # 改造提升农村供水工程18处, 改造提升干线公路42公里: the things upgraded (rebuilt), counted or measured;
        # no change in their number or length (提高城市绿地面积85公顷 still raises an area)
    return "decrease" if last.group(0) in change_verbs("decrease") else "increase"


def _added_by(change: re.Match, after: re.Match) -> bool:
    """新增 or 净增 right before another verb (新增加装电梯213部, 新增设立…医院25家, 新增入库企业40余家): the count
    of things added, the verb after it saying how they were added; the addition stands."""
    return change.group(0) in _NEW_COUNT[:2] and after.start() == 0


def _verb_of_its_object(left: str, right: str) -> str | None:
    """The direction of a change verb right before the noun a rate changes (压减一般性支出5%以上, 降低企业物流成本10%):
    the verb's; None when the noun names a rate or share of its own (提高城镇化率60%, 增加值占比30%), anything but a
    short noun stands between them, the verb and noun are one noun (上升空间, 扩大消费贡献: :func:`_one_noun`), or the
    figure is a share of what the verb added (新增财力70%用于民生, 增加的财政收入60%来自税收, 新增耕地中水田85%)."""
    m = _verb_object_re().search(left)
    if m is None or m.group("verb") in _no_change() or m.group("verb") in _attributive():
        return None
    if _SHARE_AFTER.match(right) or _one_noun(m.group("verb"), m.group("noun")):
        return None
    return "decrease" if m.group("verb") in change_verbs("decrease") else "increase"


_SHARE_AFTER = re.compile(r"\s*(?:以上|以下|左右|多)?\s*(?:用于|用在|来自|来源于|投向|投入|流向|集中|在|是|为|属于)")
# 新增财力70%以上用于民生: what the share goes to or comes from, no change


def _one_noun(verb: str, noun: str) -> bool:
    """Whether a change verb and the words after it are one noun, no verb and its object: the verb begins a word
    (by the segmenter's bounds), the noun ends on a head the verb names (``change_noun_heads.csv``: 上升|空间, 下行|压力
    right after it; 扩大消费|贡献 anywhere), or 中 cuts a part from it (新增耕地|中|水田)."""
    phrase = verb + _LINK_AT_END.sub("", noun)  # 增产潜力在10%左右: the noun before its link to the figure
    bounds = word_bounds(phrase)
    if len(verb) not in bounds:
        return True
    at = noun.find("中")
    if at > 0 and spans_words(noun, at, at + 1):
        return True
    for head, position in _change_noun_heads().items():
        start = len(phrase) - len(head)
        if phrase.endswith(head) and start in bounds and (position == "head" or start == len(verb)):
            return True
    return False


_LINK_AT_END = re.compile(r"(?:在|约|达到?|有)$")


@cache
def _change_noun_heads() -> dict[str, str]:
    return vocabulary.mapping("change_noun_heads", "position")


@cache
def _verb_object_re() -> re.Pattern:
    verbs = [w for w in change_verbs("increase") + change_verbs("decrease") if len(w) > 1]
    return re.compile("(?P<verb>" + "|".join(re.escape(w) for w in sorted(verbs, key=len, reverse=True)) + ")"
                      r"(?P<noun>(?![值率速幅至到为了])“?[\u4e00-\u9fff][^\d率比重占的为是达了到至，,；;：:。、和及与]{1,7})$")


@cache
def _attributive() -> frozenset[str]:
    """Change words that are adjectives too (年轻): away from the figure they describe the noun after them."""
    return frozenset(vocabulary.words("change_verbs", attributive="yes"))


@cache
def _growth_rate_before() -> re.Pattern:
    """增长率为, 增加率: a verb of increase made a rate, right before its number (the sign says the direction)."""
    verbs = "|".join(re.escape(w) for w in change_verbs("increase") if len(w) > 1)
    return re.compile(rf"(?:{verbs})率(?:为|是|达到|达)?$")


def _added_to(cm: re.Match) -> bool:
    """新增至澜港的航线5条: 新增 (a count added) then 至 naming where to, not 增至 (rose to a level)."""
    return cm.group(0) in ("新增", "净增") and cm.string.startswith(("至", "到"), cm.end()) is True


@cache
def _level_rate_before() -> re.Pattern:
    """A rate named as a level though its name holds a change verb (人口自然增长率为, ``level_rates.csv``)."""
    return re.compile("(?P<word>" + vocabulary.alternation("level_rates") + r")(?:分别)?(?:为|是|达到|达)?$")


def _is_level_rate(r: Reading) -> bool:
    """人口自然增长率为-1.71‰ is a level; a name the table limits to a unit (自然增长率: ‰, per thousand
    people) is one only in it: 税收收入自然增长率为6.2% (net of policy effects) is a change."""
    m = _level_rate_before().search(r.left)
    if m is None:
        return False
    unit = vocabulary.mapping("level_rates", "unit").get(m.group("word"), "")
    return unit == "" or r.norm[r.quote_start:r.quote_end].endswith(unit)


@cache
def _temperature_change_re() -> re.Pattern:
    return re.compile("(?P<word>" + vocabulary.alternation("temperature_changes") + r")(?:幅度)?(?:预计|将|可|可能)?"
                      r"(?:达到|达|为|在|有)?$")


def _temperature_change(left: str) -> str | None:
    """降温 or 升温, then at most 幅度 and a link, right before a temperature (``temperature_changes.csv``): the figure
    is the size of that change, a decrease or an increase (过程降温幅度6℃～8℃, 降温幅度可达10℃)."""
    m = _temperature_change_re().search(left)
    return vocabulary.mapping("temperature_changes", "direction")[m.group("word")] if m else None


@cache
def _rate_word_before() -> re.Pattern:
    return re.compile("(?P<word>" + vocabulary.alternation("rate_words")
                      + r")(?:分别)?(?:预计|将|有望|可望)?(?:为|是|达|达到|在|控制在|保持在|稳定在)?$")  # 增速有望保持在5.5%左右


@cache
def _rate_directions() -> dict[str, str]:
    """Rate word → ``sign`` (增速, 涨幅: the sign of the number says) or ``decrease`` (跌幅, 降幅)."""
    return {r["entry"]: r["direction"] for r in vocabulary.table("rate_words")}


_SAME_PERIOD_COMPARATIVE = re.compile(r"(?:同比|环比)(?:加|减)?(?P<way>[高低快慢])出?了?$")  # 进度同比快0.8个百分点


def _comparative(r: Reading) -> Reading:
    """A change against a written base with no change verb: 比全国高0.2个百分点, 高于全国0.4个百分点, 高出全省3.2个百分点,
    超年度计划28%, 比一季度加快0.2个百分点, 快于去年同期3.5个百分点 are increases; 低于, 慢于, 比…低, 减慢 decreases.
    So are 同比快, 环比高 right before a rate (进度同比快0.8个百分点), the base being the period's."""
    if r.direction is not None or r.kind not in _KINDS_WITH_SIGN:
        return r
    if r.base_start is None:
        way = _SAME_PERIOD_COMPARATIVE.search(r.left) if r.kind in _RATES else None
        if way:
            r.direction = "increase" if way.group("way") in ("高", "快") else "decrease"
            r.value = -abs(r.value) if r.direction == "decrease" and r.value is not None else r.value
        return r
    seg = r.norm[r.base_start:r.quote_start]
    if re.match(r"(?:高于|高出|快于|超过|超出|超)", seg) or re.search(r"(?:高出|多出|加快|[高多快])了?$", seg):
        r.direction = "increase"
    elif re.match(r"(?:低于|低出|慢于)", seg) or re.search(r"(?:低出|减慢|[低少慢])了?$|(?:节约|节省)了?[\u4e00-\u9fff]{0,4}$", seg) \
            or (seg.endswith(("提前", "提前了")) and _span_before(r)):  # 节省时间三分之二
        r.direction = "decrease"
        r.value = -r.value if r.value is not None and r.value > 0 else r.value
        if r.low is not None and r.low > 0:
            r.low, r.high = -r.high, -r.low  # 比常年偏低0.5至1.2米: a range of a decrease has negative bounds
    return r


_SPAN_NOUN = re.compile(r"期\s*$")  # 工期, 建设周期: a span of time, which 提前 shortens


def _span_before(r: Reading) -> bool:
    """工期较计划提前4个月: a span (…期) finished ahead is shorter, a decrease; but 开采时间比往年提前7天 moves a
    date earlier: how far it moved, no change of an amount."""
    lo = r.clause[0]
    return _SPAN_NOUN.search(r.norm, lo, r.base_start) is not None


# --- 6. comparison ----------------------------------------------------------------------------

def comparison(r: Reading) -> Reading:
    """A written base (比2019年同期 → 比2019, 较“十三五”末 → 比“十三五”末, 超年度计划 → 比年度计划,
    高于全国 → 比全国; 比上年 → 同比, 比上月 and 较前一交易日 → 环比), else what the clause names: 同比,
    环比, 两年平均, 累计 (a running total) or 共计 (a total, also 共 before its verb); then the projection
    (:func:`projection`); a bare change rate in statistics of a period is 同比 (the official convention)."""
    lo = r.clause[0]
    r.comparison = _written_base(r)
    _comparative(r)
    if r.comparison is None:
        r.comparison = _implied_base(r.left)
    if r.comparison is None:
        r.comparison = _named_comparison(r.norm, lo, r.quote_start)
    if r.comparison is None and (r.direction or r.kind == "percentage_point"):
        r.comparison = _base_of_the_sentence(r) or _base_of_the_clause_before(r) or _base_of_parallel_clauses(r)
    if r.comparison is None and r.kind not in _RATES and _total_before(r.norm[max(lo, r.prev_end):r.quote_start]):
        r.comparison = "共计"  # 共接待游客3260万人次, 共破获案件872起: 共 before its verb is a total (of the
        # first number after it: 共有230家企业提供岗位6800个, the jobs are no total)
    return projection(r)


def _named_comparison(norm: str, lo: int, end: int) -> str | None:
    """What the clause names before the number (first of COMPARISON_ORDER), read first in the item of a list
    parted by 、 that holds the number: 10月份同比持平、环比下降0.2% → 环比 (同比 is the item before's)."""
    item = norm.rfind("、", lo, end) + 1
    for start in ((item, lo) if item > lo else (lo,)):
        label = next((label for rx, label in comparisons() if rx.search(norm[start:end])), None)
        if label:
            return label
    return None


@cache
def _implied_base_re() -> re.Pattern:
    return re.compile("(?P<verb>" + vocabulary.alternation("implied_bases") + r")了?$")


def _implied_base(left: str) -> str | None:
    """A change verb whose base is unwritten but fixed (超收8.7亿元, 短收: against the budget, 比预算)."""
    m = _implied_base_re().search(left)
    return "比" + vocabulary.mapping("implied_bases", "base")[m.group("verb")] if m else None


_TOTAL = re.compile(r"(?<![公总一])共(?=" + VERB_RE.pattern + r"|有|设|获|$)")  # 开工项目共126个: 共 right before the number; 共获2金
_TOTAL_ANY_VERB = re.compile(r"(?<![公总一])共(?=[\u4e00-\u9fff]{2}[^\d]*$)")


@cache
def _gong_words() -> re.Pattern:
    return re.compile(vocabulary.alternation("gong_words"))


def _total_before(left: str) -> bool:
    """共 before the verb of the number's clause is a total (共接待, 共排查各类场所1260处), any verb, but
    not in a word of its own (共同, 共享, 共建 …: ``gong_words.csv``)."""
    if _TOTAL.search(left):
        return True
    m = _TOTAL_ANY_VERB.search(left)
    return m is not None and not _gong_words().match(left, m.start())


def _written_base(r: Reading) -> str | None:
    """The base a change or ratio is measured against, as written before the number in its clause."""
    lo = max(r.clause[0], r.prev_end)
    lo = max(lo, _open_aside(r.norm, lo, r.quote_start))  # 比规划目标（年均增长6.5%）: the aside's figure has no base outside it
    left = r.norm[lo:r.quote_start] + ("翻" if r.group("fan") else "")  # 比2010年翻一番: the quote holds the verb
    left = _LAST_ASIDE.sub("", left)  # 比规划目标（年均增长6.5%）低: the base glossed, then its verb
    if not _BASE_HINT.search(left):
        return None  # no 比, 较, 高于, 超 or 的: no written base (most numbers; keeps this stage cheap)
    found = None
    for i, rx in enumerate(_base_patterns()):
        if i == 2 and r.kind not in ("multiple", "percent"):
            continue  # 是X的2.1倍, 恢复至X的93.6%: only a ratio has a base written with 的
        for m in rx.finditer(left):
            if not (i == 1 and m.group("chao") and _chao_in_a_word(m.group(0))):
                found = m
        if found:
            break
    if found is None or _level_of_the_base(r, found, lo) or _class_over_a_level(r, found):
        return None
    r.base_start = lo + found.start()
    if found.re is _base_patterns()[2] and found.group("verb") == "完成":
        return None  # 完成年度任务的105%: a completion ratio, about the figure achieved before it: no comparison
    if found.re is _base_patterns()[2] and r.kind == "percent" and not _TIME_BASE.search(found.group("base")):
        return None  # 达到全部床位的10%: a share of a whole (the subject ends before it), not a comparison
    return _label_of_base(found.group("base"))


# 超年度计划, 超计划, 超省定目标, 超全国平均水平, 超去年同期: a base after 超 opens on a level (a plan, a place's
# whole or standard, a time).
_LEVEL_OPENING = re.compile(r"(?:" + vocabulary.alternation("plan_nouns") + r"|预期|[全本我省市县区国]|" + PERIOD.pattern
                            + r"|[上去前往常同历]|\d)")


def _chao_in_a_word(found: str) -> bool:
    """Whether the bare 超 that opens ``found`` (超 and what follows) is part of a word (超标, 超额完成, 超声, 超期,
    超龄, 超限: jieba joins them) and not the comparative verb 'over' before a level (超年度计划, 超全国: 超 a word
    of its own, or its base opening on a level word even where jieba joins them, 超计划)."""
    return not spans_words(found, 0, 1) and _LEVEL_OPENING.match(found, 1) is None


_LAST_ASIDE = re.compile(r"[（(][^（）()]*[）)](?=[\u4e00-\u9fff]{1,3}$)")


def _open_aside(norm: str, lo: int, end: int) -> int:
    """Just after the bracket opened between ``lo`` and ``end`` and not closed before ``end`` (…（年均增长6.5%), else 0."""
    opened = max(norm.rfind("（", lo, end), norm.rfind("(", lo, end))
    return opened + 1 if opened >= 0 and not re.search(r"[）)]", norm[opened:end]) else 0


def _label_of_base(base: str) -> str:
    """A written base as a comparison: 2019年同期 → 比2019, 上年 → 同比, 上月 → 环比, 全国 → 比全国."""
    base = re.sub(r"(?:分别|(?<!平)均|都|总体|整体|名义|实际|仅|只)$", "", base)  # 比2019年同期分别增长41.2%和36.8%: 分别
    # pairs the values, no base; 较年初总体回升, 比上年名义增长 (nominal, before prices), 比上年末仅提高: an adverb of the
    # change; not 多年平均 (the long-run mean, a base)
    base = re.sub(r"同期$", "", base)
    base = re.sub(r"^(\d{4})年$", r"\1", base)
    if base in ("上年", "去年", "上年同期", "去年同期", "上一年") or _SAME_SEASON_LAST_YEAR.fullmatch(base):
        return "同比"  # 较去年清明假期, 比上年春运: the same holiday or season a year before
    if base in ("上月", "上季度", "上期", "上一季度") or _period_on_period(base):
        return "环比"
    return "比" + base


_SAME_SEASON_LAST_YEAR = re.compile(r"(?:去年|上年)(?:“[^”]{1,4}”|[\u4e00-\u9fff]{1,4})?(?:小长假|长假|假期|黄金周|春运|暑运|暑期|节日?期间)")


# the base may end in 同期 (与去年同期相比，): the only 同 a base holds
_SENTENCE_BASE = re.compile(r"(?:与|同|和|跟)(?P<base>(?:[^，,。；;：:与同和跟]|同期){1,20}?)(?:相比|比较)(?:而言)?\s*[，,]")


def _base_of_the_sentence(r: Reading) -> str | None:
    """与2010年第六次全国人口普查相比，…增加…，…上升…: a base written in a clause that opens the sentence
    (or an earlier clause of it) governs every change after it in the sentence."""
    found = None
    for m in _SENTENCE_BASE.finditer(r.norm, 0, r.clause[0]):
        if opens_clause(r.norm, m.start()):
            found = m
    if found is None:
        return _comparison_of_an_opening_clause(r)
    base = found.group("base")
    year = re.match(r"(\d{4})年", base)  # 2010年第六次全国人口普查: the census is the year's
    return _label_of_base(year.group(1) if year and re.search(r"普查|调查", base) else base)


@cache
def _opening_comparison() -> re.Pattern:
    """从环比看，, 按同比计算，: a comparison between the words of a viewpoint (``viewpoint_words.csv``)."""
    return re.compile(r"(?:^|[，,；;：:。])\s*(?:" + vocabulary.alternation("viewpoint_words", position="before")
                      + r")?(?P<label>同比|环比)(?:" + vocabulary.alternation("viewpoint_words", position="after")
                      + r")\s*[，,]")


_COMPARISON_LABEL = re.compile(r"^\s*(?P<label>同比|环比)\s*[：:]")  # 环比：鲜菜价格季节性回落, a section's label


def _comparison_of_an_opening_clause(r: Reading) -> str | None:
    """从环比看，全市居民消费价格上涨0.3%: a clause of its own that names only a comparison (从同比看, 按环比计算)
    frames the changes of the clauses after it in the sentence."""
    return comparison_frame(r.norm, r.clause[0])


def comparison_frame(norm: str, end: int | None = None) -> str | None:
    """The comparison that frames the changes after it: the last clause before ``end`` that names only a comparison
    (从环比看，, 按同比计算，), else a label opening the text (环比：…, a section's heading). It frames the rates of
    the rest of its sentence, and of its paragraph (or section) that name none of their own."""
    end = len(norm) if end is None else end
    found = None
    for m in _opening_comparison().finditer(norm, 0, end):
        found = m
    label = _COMPARISON_LABEL.match(norm)
    return found.group("label") if found else label.group("label") if label and label.end() <= end else None


def _base_of_the_clause_before(r: Reading) -> str | None:
    """比2010年增加329221人，增长7.26%: a change with no noun of its own right after a change against a
    written base restates it in another measure, against the same base."""
    lo = r.clause[0]
    own = _FRAME.sub("", r.norm[lo:r.quote_start])
    if lo < 2 or not own or not (own in change_verbs("increase") + change_verbs("decrease")):
        return None
    start = max(r.norm.rfind(ch, 0, lo - 1) for ch in "，,；;：:。") + 1
    before = r.norm[start:lo - 1]
    found = None
    for m in _base_patterns()[0].finditer(before):
        found = m
    return _label_of_base(found.group("base")) if found else None


_PARALLEL_CHANGE = re.compile(r"[\u4e00-\u9fff“”]{2,}?(?P<verb>[\u4e00-\u9fff]{2})[约近超过达]{0,2}[\d一二两三四五六七八九十]")
_NEW_COUNT = ("新增", "净增", "多增", "少增")  # a count of what is new, or a change against a base of its own


def _base_of_parallel_clauses(r: Reading) -> str | None:
    """玉米面积比上年增加1.05万亩，水稻面积减少0.37万亩，大豆面积增加0.58万亩: an amount changed in a clause of its own
    noun that runs on, clause by clause, from a change against a written base (each clause a noun, a change verb and
    an amount in the same unit) is measured against the same base. Not 新增 (a count of the new: 比上年增加120万平方米，
    新增用户1.1万户), not in another unit (比对照品种增产7.9%，生育期缩短5天), nor after a clause of another shape."""
    if r.kind in _RATES or r.direction is None or r.prev_end == 0:
        return None
    lo = r.clause[0]
    own = _PARALLEL_CHANGE.fullmatch(r.norm, lo, r.quote_start + 1)
    if own is None or own.group("verb") in _NEW_COUNT or own.group("verb") not in change_verbs(r.direction):
        return None
    unit = re.search(r"[^\d.]*$", r.norm[r.quote_start:r.quote_end]).group(0)  # 万亩 of 0.37万亩: as the base's clause
    start = max(r.norm.rfind(ch, 0, lo) for ch in "。！？!?\n") + 1
    for clause in reversed(re.split(r"[，,；;]", r.norm[start:lo])[:-1]):
        based = None
        for m in _base_patterns()[0].finditer(clause):
            based = m
        if based is not None:
            return _label_of_base(based.group("base")) if clause.endswith(unit) else None
        verb = _PARALLEL_CHANGE.match(clause)
        if verb is None or verb.group("verb") in _NEW_COUNT \
                or verb.group("verb") not in change_verbs("increase") + change_verbs("decrease"):
            return None
    return None


def _level_of_the_base(r: Reading, found: re.Match, lo: int) -> bool:
    """余额1126.3亿元，低于省核定的债务限额1185亿元: an amount right after 低于/高于 and a noun, in a clause
    that follows another amount, is the level of that noun (the limit), not a difference (that is
    written as 高于全国0.4个百分点, a rate's gap)."""
    if r.kind not in _LEVEL_KINDS or r.prev_end == 0 or not found.group(0).startswith(("低于", "高于")):
        return False
    return r.norm[r.prev_end:lo + found.start()].strip(" ，,") == ""


_LEVEL_KINDS = frozenset({"money", "count", "measure"})
_RELATIVE_HEAD = re.compile(r"的[\u4e00-\u9fff“”]")


def _class_over_a_level(r: Reading, found: re.Match) -> bool:
    """超汛限水位运行的水库有43座, 达到或超过预期进度的指标48项: 超 (高于 …) inside a clause that ends in 的 before the
    noun a count counts says which of them are counted (those over the level), no count's base: no comparison."""
    return r.kind == "count" and found.re is _base_patterns()[1] and _RELATIVE_HEAD.search(found.group("base")) is not None
_BASE_HINT = re.compile(r"[比较于超]|[高低]出|的$|同期$")
_TIME_BASE = re.compile(PERIOD.pattern + r"|同期|[年月季]末|末$|(?<=[\u4e00-\u9fff]{2})前$")  # 2019年同期, “十三五”末, 上年, 疫情前


@cache
def _period_on_period_bases() -> frozenset[str]:
    return frozenset(w[1:] for w in vocabulary.words("comparison_words", comparison="环比") if w.startswith("比"))


def _period_on_period(base: str) -> bool:
    """A base that is the period just before (上月末, 前一周, 前一交易日): 环比."""
    return base in _period_on_period_bases()


@cache
def _base_patterns() -> tuple[re.Pattern, ...]:
    verbs = "|".join(re.escape(w) for w in sorted(change_verbs("increase") + change_verbs("decrease"), key=len,
                                                     reverse=True) if len(w) > 1)
    comparative = (r"偏?(?:高出|低出|多出|加快|减慢|节约|节省|提前|[高低多少快慢](?:了)?(?=[\d约近超]|$)"  # 比常年偏高0.6℃
                   rf"|[多少](?![{MORE_OR_FEWER_NOT}])[\u4e00-\u9fff]了?(?=[\d约近超]|$))")  # 比常年同期多蓄1.8亿立方米
    base = r"(?P<base>[^，,。；;：:比较]{1,14}?)"
    no_change = vocabulary.alternation("no_change_words") + "|" + _split_raise_cut()  # 比线下调解: 下调 is no verb
    return (
        # 比2019年同期增长; not 同比, 环比 (同比增速分别为), nor the nouns 比重, 比例
        re.compile(rf"(?<![同环占])(?:{_THAN}|较){base}(?=(?!{no_change})(?:{verbs})|{comparative}|是|为|翻)"),
        # 高于全国0.4个百分点, 超年度计划28%; not 超级 (超级稻), 超市, 超收 (a change verb), nor 超 inside a word
        # (超标, 超额, 超声, 超期: ``_chao_in_a_word``)
        re.compile(rf"(?<!不)(?:高于|低于|快于|慢于|超过|超出|(?<![商赶])(?P<chao>超)(?![级市大高收])){base}(?:的)?$"),  # not 不低于 (a hedge)
        re.compile(rf"(?P<verb>是|为|相当于|恢复至|恢复到|达到|控制在|完成){base}(?:的|(?<=同期))$"),  # 是“十三五”末的2.1倍,
        # 恢复至2019年同期九成以上 (同期 closes the base without 的)
        # 高出全省2.4个百分点, 高出了普通园区的2倍: a noun right before the figure (no 的 inside, no verb ending it)
        re.compile(_gap_verb() + r"了?(?P<base>[^，,。；;：:比较的]{1,14}?)" + _NOT_BEFORE_A_FIGURE + r"(?:的)?$"),
    )


@cache
def _gap_verb() -> str:
    """高出/低出 as a comparative verb: not the end of a word ending in 高 or 低 (最低出让价, 提高出油率), nor
    before what makes 出 a word or a noun (低出生, 高出部分, 高出一筹): ``gao_di_words.csv``."""
    def ahead(ch: str) -> str:
        return "".join(rf"(?<!{re.escape(w[:-1])})" for w in vocabulary.words("gao_di_words", position="before")
                       if w.endswith(ch))
    return rf"(?:{ahead('高')}高出|{ahead('低')}低出)(?!{vocabulary.alternation('gao_di_words', position='after')})"


# a base ends right before its figure: one closed by a verb that introduces a figure is a noun measured
# (最高出力达到, 起拍价的部分共计), no base
_NOT_BEFORE_A_FIGURE = "".join(rf"(?<!{re.escape(w)})" for w in vocabulary.words("gao_di_words", position="base_end"))


@cache
def _projection_markers() -> tuple[tuple[str, str], ...]:
    rows = vocabulary.table("projection_markers")
    return tuple(sorted(((r["entry"], r["projection"]) for r in rows), key=lambda e: -len(e[0])))


@cache
def projection_list_opener() -> re.Pattern:
    """A marker that opens a list of projections (主要预期目标是：, 目标：): its label goes to every
    ；-separated item up to the end of the sentence."""
    return re.compile("(?P<word>" + vocabulary.alternation("projection_markers") + r")(?:是|为)?\s*[：:]")


@cache
def _projection_hint() -> frozenset[str]:
    """The first characters of the markers, of 到2025年 and of an allocation (支出安排, 预算…按, 每年安排): a sentence
    with none has no projection."""
    return frozenset(w[0] for w, _ in _projection_markers()) | {"到", "支", "算", "安"}


def projection(r: Reading) -> Reading:
    """``forecast`` (预计, 将达, 有望 …) or ``target`` (目标, 力争, 确保, 计划, 到2025年) when the sentence
    before the number says so; the last marker wins. 超年度计划 is a base, not a plan."""
    before = r.norm[:r.quote_start]
    best, label = -1, r.projection  # a projection carried from a list's opener (主要预期目标是：…；…；)
    if _GOAL_AFTER.match(r.norm, r.quote_end):
        r.projection = "target"  # 提出全年增长7%左右的预期目标: the figure a goal names after it
        return r
    if _projection_hint().isdisjoint(before):
        r.projection = r.projection or _standard(r) or _term_projection(r) or ("forecast" if _WILL_AFTER.match(r.right) else None)
        return r  # no marker can be in it (most numbers)
    targeted = planned = False
    for word, kind in _projection_markers():
        k = before.rfind(word)
        while k > 0 and _not_this_plan(r, word, k):
            k = before.rfind(word, 0, k)  # 计划实施…，年度计划投资超过600亿元: the plan named before the noun
        if k > best and not _not_this_plan(r, word, k):
            best, label = k, kind
        planned = planned or (k >= 0 and kind == "target" and not _not_this_plan(r, word, k)
                              and not before.startswith("总投资", k + len(word)))  # a cost planned: its 将 is a forecast
    targeted = planned
    for t in _TARGET.finditer(before):
        targeted = True
        if t.start() > best:
            best, label = t.start(), "target"
    for t in _BUDGET_ALLOCATION.finditer(before):
        planned = True
        if t.start() > best:  # 预算支出安排668.3亿元, 预算收入按186亿元左右安排: a budget's allocation is a target
            best, label = t.start(), "target"
    if targeted and label == "forecast" and before.startswith("将", best):
        label = "target"  # 根据规划，到2025年底，…将增至50家: what a plan says will be is its target
    if label == "target" and not planned and _FORECAST_WORD.search(before):
        label = "forecast"  # 预计到2025年底…将达到65%左右: a forecast for a year, not a plan's target
    if best < 0 and _WILL_FROM_TO.search(before):
        best, label = r.clause[0], "forecast"  # 将由2.5小时缩短至1小时以内: the level to come (not the one now)
    if best < 0 and (_WILL_VERB.search(r.norm, r.clause[0], r.quote_start) or _WILL_AFTER.match(r.right)
                     or _estimated_outcome(r) or _outcome_once_done(r)):
        best, label = r.clause[0], "forecast"  # 展演周将举办30余场活动, 届时将推出活动30余场: what will be done;
        # 剩余3个贫困村将在年内全部出列: what the counted will do; 据测算，…可带动…约50亿元: an outcome estimated
    if label == "forecast" and _plan_of_the_year(r):
        label = "target"  # 今年还将推进城中村改造项目23个: what a body says it will do this year is its plan
    if best >= 0 and _STAYS.search(r.norm, max(best, r.clause[0]), r.quote_start):
        label = None  # 拟将一类区域…调整为8元，二类区域收费标准仍为3元: a level that stays is no plan's
    if best >= 0 and (_ACTUAL_AFTER.search(before, best) or _ACTUAL_TIMED.search(before, max(best, r.clause[0] - 1))
                      or done_to_date(r.norm, best, r.clause[1], r.edition_date)):
        label = None  # 今年计划种植22.2万亩，目前已完成21.4万亩, …，1至7月已完成15.2亿元: what is done is no projection
    if label and _FROM_LEVEL.search(r.norm, r.clause[0], r.quote_start) and _TO_LEVEL.search(r.right):
        label = None  # 拟将注册资本由5000万元减少至2000万元, 拟将标准由每月560元调整为620元: the level it starts
        # from is now, not planned
    r.projection = _bound_on_what_will_be(r, label) or label or _standard(r) or _term_projection(r)
    return r


_FORECAST_ONLY = re.compile(r"预计|预测|有望|可望|估计")  # a forecast word: a bound under it is still foreseen
# 今年(还)将新建…, 到年底将建成…: the plan's year, then 将 and a verb of doing; not 将达, 将突破, 将增长 (a level or change
# that will come about: a forecast)
_YEAR_THEN_WILL = re.compile(r"(?:今年|年内|到年底|到今年底|今年年底前)[^，,。；;：:]{0,14}?(?:还|再|也)?将"
                             r"(?!达|突破|超过|超|增长|增加|增至|提升|提高|下降|减少|降|升|保持|实现|带动|形成)")


def _plan_of_the_year(r: Reading) -> bool:
    """A body's stated work for the year (今年还将推进城中村改造项目23个, 到年底，市区还将建成8处“口袋公园”) is its plan: a
    target, not a forecast, unless a forecast word says it is foreseen (预计今年将新建…)."""
    return _YEAR_THEN_WILL.search(r.norm, 0, r.quote_start) is not None and not _FORECAST_ONLY.search(r.norm, 0, r.quote_start)


_ESTIMATED = re.compile(r"(?:据|经)[^，,。；;]{0,12}?(?:测算|估算)")  # 据测算, 经测算, 据市发改委测算


@cache
def _outcome_modal() -> re.Pattern:
    """将 or 可 'can' before a verb (可带动, 可使, 将多支付), not after 一般 or 通常 (一般可比…提高: a norm, not an outcome)."""
    verbs = "|".join(sorted(VERBS, key=len, reverse=True))
    return re.compile(r"(?<!一般)(?<!通常)(?:将|可)(?:多|少)?(?=" + longer_change_verbs() + "|" + verbs + r"|使)")


def _estimated_outcome(r: Reading) -> bool:
    """An outcome an estimate gives (据测算，大桥每年可带动…增加产值约50亿元; 据测算，政策调整后，每年将多支付…约1.6亿元;
    据测算，改造可使…延长10至15年): what the change will bring is a forecast; a figure the estimate measures as it is
    (据测算，游客人均消费约439元) is none."""
    return _ESTIMATED.search(r.norm, 0, r.clause[0] + 1) is not None \
        and _outcome_modal().search(r.norm, r.clause[0], r.quote_start) is not None


@cache
def _milestone_to_come() -> re.Pattern:
    """建成后, 投产后, 通车后 (``milestones_to_come.csv``) then a comma or the next word: a time once the work is done;
    not 建成后的农田 (what was built, described)."""
    return re.compile("(?:" + vocabulary.alternation("milestones_to_come") + r")后(?![的期])")


def _outcome_once_done(r: Reading) -> bool:
    """What a work can bring once it is done (项目建成后，可形成月产能3万片; 通车后，…，可分流约40%的车流): 可 before a
    verb in the number's clause, after a milestone to come earlier in the sentence, is a forecast. Not a figure with
    no modal (通车后两地车程由2小时缩短至50分钟: told as a fact), nor 一般可 (a norm)."""
    done = _milestone_to_come().search(r.norm, 0, r.quote_start)
    return done is not None and _CAN_ONCE_DONE.search(r.norm, max(r.clause[0], done.end()), r.quote_start) is not None


# 可 or 将 before the verb of what a work can do once done (可达, 可分流, 可年消化 'can take in a year'); not 一般可,
# 通常可 (a norm), 可比 (a base), 将由 (the level a change starts from, now), 不可, 拟将, 将近 (a hedge) or 将来
_CAN_ONCE_DONE = re.compile(r"(?<!一般)(?<!通常)(?<![不拟])(?:将|可)(?:多|少)?(?:每?年)?(?![比能近来军由从])(?=[\u4e00-\u9fff])")


def _bound_on_what_will_be(r: Reading, label: str | None) -> str | None:
    """A floor or ceiling set on what a body will do (下一步将推动全年新增贷款不少于800亿元, 班额将控制在40至45人,
    将举办招聘活动不少于150场) is a target it commits to, not a forecast: the bound is laid down, as a plan's
    standards are; a figure a forecast word names (预计全年不少于…, 有望控制在…) stays a forecast."""
    if label not in ("forecast", None) or not _ANY_WILL.search(r.norm, 0, r.quote_start) \
            or _FORECAST_ONLY.search(r.norm, 0, r.quote_start):
        return None
    lo = r.clause[0]
    hedged = r.qualifier in ("lower_bound", "upper_bound") and (
        _standard_hedge("bound").search(r.norm, lo, r.quote_end) or _standard_hedge("ruled").search(r.norm, lo, r.quote_end))
    kept = (r.qualifier or r.low is not None) and _marker_re_where("standard_markers", "bound").search(r.norm, lo, r.quote_start)
    return "target" if hedged or kept else None


_PER_UNIT_RULE = re.compile(r"\s*每(?:个|名|位|户|家|所|辆|间|座|条|处)?[\u4e00-\u9fff]{1,6}?(?:应|须|要|均)?"
                            r"(?:配备|配置|设置|设立|安排|落实|至少|不少于)")  # 每个考场配备: a clause giving each unit its share
_THRESHOLD = re.compile(r"\s*(?:时|的|者)")  # 40℃以上时, 10万元以上的: a threshold the rule applies at
_STAYS = re.compile(r"仍(?:为|是|按|维持|保持)|维持(?:原|现行)|保持不变")  # 仍为3元: the level now, kept
_FROM_LEVEL = re.compile(r"(?:由|从)(?:每[\u4e00-\u9fff]{1,2})?$")  # 由每月560元: a rate's unit may stand between
_TO_LEVEL = re.compile(r"^[^，,。；;]*?(?:至|到|为)")  # …减少至, 提高到, 调整为 the level planned, in the same clause
_KEPT_WITHIN = re.compile(r"控制在$")  # 控制在…以内: a ceiling laid down (the annotation brief's standards)
_NOTICE_BOUND = re.compile(r"(?:以上|以下|以内)$")  # 10吨以上, 100米以内, 1万元以上10万元以下: a bound written after
_PAST_YEAR = re.compile(r"(?<![比较])(?:去年|上年)")  # 去年…控制在3.2%以内: a result reported, not a ceiling laid down
NOT_WILL = r"(?![近来军])"  # after 将: not 将近 'nearly', 将来 'the future', 将军: no will
_WILL_AFTER = re.compile(r"[^，,。；;：:]{0,16}?(?<![拟])将(?=[\u4e00-\u9fff])" + NOT_WILL)
_ANY_WILL = re.compile(r"(?<![拟])" + NOT_A_NOUN_JIANG + r"将" + NOT_WILL + r"(?=[\u4e00-\u9fff])")  # 将继续, 将按照


def _standard(r: Reading) -> str | None:
    """A standard that a plan, notice or report lays down (原则上每个社区配备不少于2名网格员; 通知要求…每万人
    拥有…不低于18人; 应按规定发放…，津贴标准为每人每月200元): a bound on the figure (or a level a 标准 names) and a
    directive word before it in the sentence make it a target (``standard_markers.csv``; the bounds are hedges,
    marked in ``hedges.csv``)."""
    lo = r.clause[0]
    if ((r.qualifier == "upper_bound" or r.within) and _KEPT_WITHIN.search(r.norm, lo, r.quote_start)
            and not _PAST_YEAR.search(r.norm, 0, r.quote_start)):
        return "target"  # 债务率控制在120%以内: the verb itself lays down the ceiling (not 价格控制在12元左右, a level)
    rule = r.laid_down in ("notice", "document") and (not _result_told(r) or _floor_on_a_total(r)) \
        and not _present_fact(r)
    if rule and (r.within or _NOTICE_BOUND.search(r.norm, r.quote_start, r.quote_end)) \
            and (r.qualifier in ("lower_bound", "upper_bound") or r.low is not None):
        return "target"  # 禁止总质量10吨以上的货车通行, 并处1万元以上10万元以下罚款: a notice lays its bounds down
    if rule and r.laid_down == "notice" and r.kind == "money" and r.low is not None and r.high is not None:
        return "target"  # 并处2000元至5万元罚款, 给予500元至1000元奖励, 月薪4500元至6800元 in a notice: a range it sets
    if rule and r.qualifier in ("lower_bound", "upper_bound") \
            and _standard_hedge("bound").search(r.norm, lo, r.quote_end):
        return "target"  # 报送频次每日不少于2次 in a notice: the notice is the directive
    level = _marker_re_where("standard_markers", "level").search(r.norm, lo, r.quote_start) is not None
    if rule and r.laid_down == "notice" and r.kind == "count" \
            and _marker_re_where("standard_markers", "quota").search(r.norm, lo, r.quote_start):
        return "target"  # 现面向社会公开招聘护理人员15名 in a notice: a quota it sets (not a story's 共招聘…)
    if rule and r.laid_down == "notice" and (level or _new_level(r)):
        # 个人缴费标准为每人每年220元 in a notice: the notice itself lays the level down; not the one it replaces
        return None if _former_level(r) else "target"
    directive = _marker_re_where("standard_markers", "directive").search(r.norm, 0, r.quote_start)
    if directive and _PER_UNIT_RULE.match(r.norm, r.clause[0], r.quote_start) \
            and not _DONE.search(r.norm, directive.end(), r.quote_start):
        return "target"  # 要求…，每个考场配备监考员2名: what a directive gives each unit is a standard it sets
    if directive and r.qualifier in ("lower_bound", "upper_bound") and _THRESHOLD.match(r.norm, r.quote_end) \
            and _NOTICE_BOUND.search(r.norm, r.quote_start, r.quote_end):
        return "target"  # 通知要求，日最高气温达到40℃以上时，…: the threshold a rule is laid down for
    if r.qualifier not in ("lower_bound", "upper_bound") and not level:
        return None  # 标准为每人每月200元: the level a standard names needs no bound
    if not level and _standard_hedge("ruled").search(r.norm, lo, r.quote_end):
        return "target"  # 时速不得超过30公里: the bound carries its own modal, a rule laid down
    if not level and not _marker_re_where("standard_markers", "bound").search(r.norm, lo, r.quote_end) \
            and not _standard_hedge("bound").search(r.norm, lo, r.quote_end):
        return None
    return "target" if _marker_re_where("standard_markers", "directive").search(r.norm, 0, r.quote_start) else None


def _former_level(r: Reading) -> bool:
    """A level a notice replaces: named as the previous one (原…标准为380元, 上一年度…, 由380元调整为…:
    ``standard_markers.csv``, kind ``previous``, at the clause's start, not a directive such as 原则上) or followed
    in its sentence by the change that sets the new one (…380元，现调整为每人每年400元)."""
    start = r.norm[r.clause[0]:].lstrip()
    opens = start.startswith(vocabulary.words("standard_markers", kind="previous")) \
        and not _marker_re_where("standard_markers", "directive").match(start)
    return opens or _FROM_LEVEL.search(r.norm, r.clause[0], r.quote_start) is not None \
        or _change_after().match(r.norm, r.quote_end) is not None


def _new_level(r: Reading) -> bool:
    """现调整为每人每年400元 after a standard named in the sentence (``standard_markers.csv``, kind ``named``), or
    由A调整为B in the clause on a limit or term (贷款最高额度由60万元调整为80万元): the level a notice sets by a change."""
    change = _change_before().search(r.norm, r.clause[0], r.quote_start)
    if change is None:
        return False
    if _marker_re_where("standard_markers", "named").search(r.norm, 0, r.quote_start) is not None:
        return True
    k = r.norm.find("由", r.clause[0], change.start())  # 最高额度由60万元调整为80万元, 办理时限由5个工作日缩短至2个: a limit
    return k >= 0 and _limit_named().search(r.norm, r.clause[0], k) is not None  # (not 线路全长由14.2公里调整为…)


@cache
def _limit_named() -> re.Pattern:
    """A limit or a term a notice may change (``limit_nouns.csv``: 额度, 限额, 上限; ``standard_markers.csv``, kind
    ``term``: 时限, 期限): a rule's level, unlike a measure of a thing (a route's length)."""
    return re.compile(vocabulary.alternation("limit_nouns") + "|" + vocabulary.alternation("standard_markers", kind="term"))


@cache
def _change_after() -> re.Pattern:
    """A change of a level later in its sentence (``standard_markers.csv``, kind ``change``)."""
    return re.compile(r"[^。；;]*?(?:" + vocabulary.alternation("standard_markers", kind="change") + ")")


@cache
def _change_before() -> re.Pattern:
    """A change right before the level it sets (调整为每人每年400元, 提高到每月620元)."""
    return re.compile("(?:" + vocabulary.alternation("standard_markers", kind="change") + r")[为至到]?(?:每[\u4e00-\u9fff]{1,2}){0,2}$")


def _notice_level(r: Reading, future: re.Match | None) -> bool:
    """护理型床位补贴标准提高至每张1.5万元 in a notice: a level the notice sets for now (a standard it names) takes
    the period its paragraph gives, as a fact would; not a target for years to come (到2025年…)."""
    return r.laid_down == "notice" and future is None \
        and _marker_re_where("standard_markers", "named").search(r.norm, 0, r.quote_start) is not None


def _result_told(r: Reading) -> bool:
    """A bound a notice reports, not one it lays down (a results 公示: 12家企业2023年纳税额均在500万元以上, 去年共吸纳
    就业3000人以上): a reported marker (:func:`_reported`), a total (共, 累计), or a year's figure in the clause
    (2023年纳税额, 2023年度营业收入; not 2025年起)."""
    return _reported(r) or r.comparison in ("共计", "累计") \
        or _YEAR_FIGURE.search(r.norm, r.clause[0], r.quote_start) is not None


def _floor_on_a_total(r: Reading) -> bool:
    """累计志愿服务时长不少于200小时 in a notice: a floor (不少于, 不超过) a notice sets on a running total is a
    condition it lays down, not a total it reports; not one in a sentence telling a year past or in a clause of
    what is done (已累计…)."""
    return (r.comparison == "累计" and _standard_hedge("bound").match(r.norm, r.quote_start) is not None
            and not _marker_re_where("reported_markers", "sentence").search(r.norm, 0, r.quote_start)
            and not re.search(r"已", r.norm[r.clause[0]:r.quote_start]))


def _present_fact(r: Reading) -> bool:
    """目前全县共有…从业人员1.2万人以上 in a notice: a bound on a fact as things stand (``reported_markers.csv``, kind
    ``present``: 目前, 现有, 截至, 共有 before it in the sentence) is told, not laid down."""
    return _marker_re_where("reported_markers", "present").search(r.norm, 0, r.quote_start) is not None


_YEAR_FIGURE = re.compile(r"(?<!\d)\d{4}年度?(?![起以至到底内前后末初\d])(?=[\u4e00-\u9fff])")


def _term_projection(r: Reading) -> str | None:
    """A time limit or term a notice or document sets is a standard it lays down: ``target`` (annotation brief,
    seventeenth batch), written as a span within which (5个工作日内办结, 自公告之日起30日内提出) or as a term a
    term word names (公告期为六十日, 期限为公告期满后15日, 公示期为…，共5个工作日, 办理时限为5个工作日:
    ``standard_markers.csv``, kind ``term``). Not a duration a story reports (审批时间压缩至15个工作日), nor a
    change of a term a report tells (审批时限由20个工作日压缩至5个工作日)."""
    if not r.laid_down or r.kind != "duration" or _reported(r) or _cut_to().search(r.norm, r.clause[0], r.quote_start) \
            or (r.laid_down == "notice" and _former_level(r)):
        return None  # 压缩至60个工作日内, 过去一年…, 目前已施工15个月: a term cut or a time spent, told; a notice's
        # 时限由10个工作日压缩至…: the term it replaces
    if r.laid_down == "report" and not _marker_re_where("standard_markers", "directive").search(r.norm, 0, r.quote_start):
        return None  # a report sets a term only as a directive (已明确整改期限为…), else it tells one
    if r.within or _WITHIN_END.search(r.norm, r.quote_start, r.quote_end):
        return "target"  # 5个工作日内办结; 5至10个工作日内: a range before 内, 内 out of the quote
    if r.direction is None and _marker_re_where("standard_markers", "term").search(r.norm, _term_window(r), r.quote_start):
        return "target"  # the term word in the claim's own clause (期限为…), not one an earlier clause names
    return None


_WITHIN_END = re.compile(r"内$")  # 30日内, 15日之内, 20个工作日以内: the quote ends on 'within'


def _term_window(r: Reading) -> int:
    """Where the term word of a term may stand: the claim's own clause, or the clause before when the claim's
    only opens on a total (公示期为7月15日至7月19日，共5个工作日)."""
    lo = r.clause[0]
    if lo > 1 and _marker_re_where("reported_markers", "total").fullmatch(r.norm, lo, r.quote_start):
        return clause_bounds(r.norm, lo - 2)[0]
    return lo


def _reported(r: Reading) -> bool:
    """A figure the text reports, not one it lays down: a year past in the sentence (去年, 过去一年), or what is done
    in the clause (已, 累计: ``reported_markers.csv``)."""
    done = _marker_re_where("reported_markers", "clause").search(r.norm, r.clause[0], r.quote_start)
    if done and _marker_re_where("standard_markers", "directive").match(r.norm, done.end()):
        done = None  # 已明确整改期限为…: what has been laid down is a term set
    return bool(done or _marker_re_where("reported_markers", "sentence").search(r.norm, 0, r.quote_start))


@cache
def _cut_to() -> re.Pattern:
    """A change verb reaching a level (压缩至, 缩短到: ``change_verbs.csv``): the level a term is cut to."""
    return re.compile("(?:" + vocabulary.alternation("change_verbs") + r")(?:至|到)")


@cache
def _marker_re_where(name: str, kind: str) -> re.Pattern:
    return re.compile(vocabulary.alternation(name, kind=kind))


@cache
def _standard_hedge(standard: str) -> re.Pattern:
    """The hedges a standard sets (``hedges.csv``, column ``standard``): a ``bound`` (不少于, 不超过) that makes a
    target under a directive word, a ``ruled`` one (不得超过) that carries its own modal."""
    return re.compile(vocabulary.alternation("hedges", standard=standard))


_FORECAST_WORD = re.compile(r"预计|预测")
_WILL_FROM_TO = re.compile(r"将由[^，,。；;]+?(?:至|到)$")
_WILL_VERB = re.compile(r"(?<![拟])" + NOT_A_NOUN_JIANG + r"将(?:" + vocabulary.alternation("will_adverbs") + r")?(?="
                        + VERB_RE.pattern + "|" + longer_change_verbs() + r")")
# 将 before a verb or a verb of change (将缩短20分钟左右): not 将近 (a hedge), not 将3个项目 nor 拟将注册资本 (ba);
# an adverb may stand between (将先后下降: ``will_adverbs.csv``)
_GOAL_AFTER = re.compile(r"(?:左右|以上|以内)?的[\u4e00-\u9fff“”]{0,8}?目标(?!完成|任务的)")
# 每年安排…资金: a recurring allocation a policy or an agreement lays down (not 今年县财政安排…资金, one year's, told)
_BUDGET_ALLOCATION = re.compile(r"支出(?:分别)?安排|预算[\u4e00-\u9fff]{0,8}按(?=[\d约]|$)|每年(?:各|共|分别)?安排")
_ACTUAL_AFTER = re.compile(r"[，,；;](?:其中)?(?:目前|截至目前|现已|已经|已|截[至止][^，,；;。]{1,12}?已)")  # 截至4月17日已完成…;
# 计划总投资9亿元，其中已到位资金2亿元: the part of a plan already in hand is done
# ，今年已完成投资…, ，去年实际到位…: a clause of what is done opened by a time word, in the figure's own clause only
# (今年计划改造24个，6月底已完工15个，剩余9个年底前完工: the remainder is still planned)
_ACTUAL_TIMED = re.compile(r"[，,；;](?:今年|去年|上年|当年|全年|上半年|前三季度|[一二三四]季度|\d{1,2}月(?:份|底|末)?"
                           r"|1[-—至~]\d{1,2}月)(?:以来)?(?:目前|现已|已经|已|实际(?![上中]))")


_OWN_FIGURE = re.compile(r"[为是]\s*[约近超过达]{0,2}\s*[\d０-９一二三四五六七八九十两]")  # 目标为60万亩 (not 目标是：…, a list)


def _not_this_plan(r: Reading, word: str, k: int) -> bool:
    """A marker that is no plan (:func:`_base_not_plan`), or a plan named as a noun (``plan_nouns.csv``: 计划, 目标)
    that names its own figure in an earlier clause (收购计划为18万吨，收购网点达到63个, 播种目标为60万亩，大户达到320户:
    计划为, 目标为 close on their number; the clauses after it report)."""
    before = r.norm[:r.quote_start]
    if _base_not_plan(before, word, k) or _in_the_past(r, k) or _disposal(before, word, k):
        return True
    if word == "计划" and before.endswith("年度", 0, k) and k < r.clause[0]:
        return True  # 年度计划投资612亿元，其中产业项目投资占比超过六成: the noun's plan marks its own figure only
    if word not in vocabulary.words("plan_nouns") or k >= r.clause[0] or not _OWN_FIGURE.match(before, k + len(word)):
        return False
    clauses = re.split(r"[，,；;]", before[k:r.clause[0]])[1:] + [before[r.clause[0]:]]
    return any(c and not _restates(c) for c in clauses)  # 比去年增加600人: the plan's own change, still planned


def _in_the_past(r: Reading, k: int) -> bool:
    """A marker framed in the past (去年我们将补贴标准提高到…), or one that would reach a clause of its own
    in the past (我们将持续推进改革，去年全市新增…): what was done then is no plan."""
    start = clause_bounds(r.norm, k)[0]
    return bool(_PAST_YEAR.search(r.norm, start, k)) or (
        k < r.clause[0] and bool(_PAST_YEAR.search(r.norm, r.clause[0], r.quote_start)))


def _disposal(before: str, word: str, k: int) -> bool:
    """将 as 把 before a demonstrative object (我们将这笔钱用于修路): the disposal 将, no 'will'."""
    return word.endswith("将") and before.startswith(_DEMONSTRATIVES, k + len(word))


_DEMONSTRATIVES = ("这", "那", "该", "此")


def _restates(clause: str) -> bool:
    """A clause with no noun of its own that opens on a base or a change (较上年增加9个, 增长5%): it goes on
    with the claim before it."""
    return clause.startswith(("比", "较", "同比", "环比", *change_verbs("increase"), *change_verbs("decrease")))


def _base_not_plan(before: str, word: str, k: int) -> bool:
    """计划 and 目标 as a base or a noun, not a plan: 超年度计划28%, 年度目标任务的106.7%, 目标完成率, 完成…目标值的86%;
    预计 in the base of a share (占预计需求量的92%): the amount expected is the base, the share no forecast."""
    if word == "计划":  # and 计划总投资 of projects begun (新开工…项目87个，计划总投资…): a statistic's noun; a project's
        # own 计划总投资 (该项目计划总投资1.2亿元) is what it is to cost, its target
        return re.search(r"(?:超|比|较|超额|占|完成)(?:年度)?$", before[:k]) is not None \
            or (before.endswith("年度", 0, k) and not before.startswith("投资", k + 2)) \
            or (before.startswith("总投资", k + 2) and "开工" in before[:k]) or _programme(before, k)
        # 占计划面积的64.5%, 完成计划的85%: a share of the plan, done; 年度计划投资148.7亿元: the year's planned
        # investment, a target (年度计划 otherwise a base: 年度计划的92%)
    if word in ("预计", "预测"):  # 分别占预计需求量的92%, 超过预计产量: a share of the amount expected, the share is told
        return re.search(r"(?:超过|超|比|较|占|完成|达到)$", before[:k]) is not None
    if word == "确保":  # 为确保颗粒归仓，…设立服务点31个: a purpose, what is done for it is no target
        return re.search(r"为了?$", before[:k]) is not None
    if word == "目标":
        return re.match(r"(?:值|数)?(?:完成|任务|的)", before[k + 2:]) is not None or re.search(r"(?:年度|完成)$", before[:k]) is not None \
            or _gap_from_a_goal(before, k)
    return False


@cache
def _programme_name() -> re.Pattern:
    return re.compile(r"(?:" + vocabulary.alternation("programme_words") + r")$")


_COVERS = re.compile(r"(?:已|累计|共|今年|全年)?(?:覆盖|惠及|资助|帮助|受益)")  # 营养改善计划覆盖学校96所: its reach
_QUOTED = re.compile(r"“[^”，,；;。]{1,12}$|“[^”，,；;。]{1,10}”$")  # “雨露计划”, “春风”计划: a programme's name
_PROPOSES = re.compile(r"[”》]?(?:（[^）]{0,20}）)?(?:中|还|也|进一步)?(?:提出|明确|要求|规定|指出|确定)")
_CITED = re.compile(r"(?:根据|按照|依据|对照)[^，,；;。]*$")  # 根据三年行动计划，…: the plan the figures follow


def _programme(before: str, k: int) -> bool:
    """True when the 计划 at ``k`` ends a programme's name and the figures after it are what it did: a name in
    quotes (“雨露计划”资助, “春风”计划帮助), or a name of ``programme_words.csv`` followed by a verb of reach
    (营养改善计划覆盖学校96所). A plan cited (根据…计划，…) or whose text sets the figures (行动计划提出, 《…》中明确)
    is still their target; so are 改造计划, 行动计划 and the like, the year's plan."""
    head = before[:k]
    if _PROPOSES.match(before, k + 2) or _CITED.search(head):
        return False  # 行动计划提出，新建5G基站800个: a plan's text setting the figure, its target
    quoted = _QUOTED.search(head) is not None and (head.endswith("”") or before.startswith("”", k + 2))
    return quoted or (_programme_name().search(head) is not None and _COVERS.match(before, k + 2) is not None)


def _gap_from_a_goal(before: str, k: int) -> bool:
    """低于年度调控目标0.6个百分点, 比省定目标高2个百分点: the number measures a result's gap from a goal named right
    before it, so the goal is the base. Not a goal of its own (比上年增长目标为6%, 比去年更高的目标, 比较明确的目标:
    the comparative is the goal's, or no comparative), nor the gap of a target from another goal (增长目标为7%，高于
    全省平均目标1个百分点: the sentence names a target before the comparative)."""
    m = _COMPARED_WITH.search(before, 0, k)
    if m is None or not _RIGHT_AFTER_GOAL.fullmatch(before, k + 2) or "的" in before[m.start():k]:
        return False
    opening = max(before.rfind(stop, 0, m.start()) for stop in "。！？!?\n")
    return _target_marker().search(before, opening + 1, m.start()) is None


_COMPARED_WITH = re.compile(r"(?<![不比])(?:高于|低于|快于|慢于|好于|优于|超过|超出|高出|低出|超|比(?![重例值率较照])|较(?![为高低大小快慢好多少强弱]))"
                            r"[“”‘’《》\"]?(?:[\u4e00-\u9fff][“”‘’《》\"]?){0,6}$")
_RIGHT_AFTER_GOAL = re.compile(r"\s*(?:[高低多少快慢]出?了?)?\s*")  # 目标0.6个百分点, 比…目标高2个百分点: nothing else between


@cache
def _target_marker() -> re.Pattern:
    """A target named in a sentence (``projection_markers.csv``, projection ``target``: 目标, 力争, 计划)."""
    return re.compile(vocabulary.alternation("projection_markers", projection="target"))


_STATISTICS_PERIOD = re.compile(r"\d{4}(?:-Q\d|-H\d|-\d{2}(?:/\d{4}-\d{2})?)?")  # not days, not spans of years


def year_on_year(r: Reading) -> Reading:
    """A bare change rate (增长6.8%, 增长1.6倍) in the statistics of a period (a month, quarter, half, months
    to date or a year) is year on year: 同比, the official convention. Not an average (年均), a
    projection, a figure with no period, or one over a span of years. A change rate that its paragraph's or
    section's viewpoint frames (从环比看，…。其中，鲜菜价格下降6.7%; under 环比：…) takes that comparison instead,
    unless it is a projection (预计…增速有望达到15%: no viewpoint of the figures told)."""
    if r.comparison is None and r.projection is None and r.kind in _RATES and r.direction:
        r.comparison = r.framed
    if (r.comparison is None and r.projection is None and r.kind in ("percent", "multiple") and r.direction
            and r.period and _STATISTICS_PERIOD.fullmatch(r.period)
            and not _averaged(r) and not _after_a_change_from_to(r)):
        r.comparison = "同比"
    if (r.comparison is None and r.projection is None and r.kind in ("percent", "multiple") and r.direction
            and _YEAR_ON_YEAR_THEN_PARTS.search(r.norm, 0, r.quote_start)
            and _bare_change_before().search(r.norm, r.clause[0], r.quote_start)):
        r.comparison = "同比"  # 7月1日至16日…同比增长11.4%，其中居民生活用电量增长21.7%: the parts of a total told 同比
    return _growth_target_of_one_year(r)


_MONTHS_MEAN = re.compile(r"(?<![年多])平均(?=" + vocabulary.alternation("change_verbs") + ")")


def _averaged(r: Reading) -> bool:
    """An average rate (年均增长6%, 平均增长, 每年) is no year-on-year rate; but the mean of the months to date
    (1—7月平均上涨0.5%: the price index's monthly year-on-year rates averaged) is still 同比."""
    clause = r.norm[r.clause[0]:r.quote_start]
    found = re.search(r"年均|平均|每年", clause)
    if found is None:
        return False
    return not ("/" in r.period and found.group(0) == "平均" and _MONTHS_MEAN.match(clause, found.start())
                and re.search(r"年均|每年|平均", clause[found.end():]) is None)


# 由780元提高到820元，: a clause that changes a level from one value to another (a change verb right before 到/至)
_CHANGE_FROM_TO = re.compile(r"(?:由|从)[^，,；;。：:]*?\d[^，,；;。：:]*?(?:提高|增加|增长|上升|提升|上调|调高|下降|减少|降低|下调|"
                             r"调低|调整|升|降|增|减)(?:到|至|为)[^，,；;。：:]*?\d[^，,；;。：:]*[，,]\s*$")


def _after_a_change_from_to(r: Reading) -> bool:
    """The number's clause comes right after one that moves a level from one value to another (城市低保标准由780元
    提高到820元，增幅5.1%): the rate is that step's, measured from the first value, not from the period a year
    before. Not a span of time alone (从1月到9月，: no change verb before 到)."""
    return _CHANGE_FROM_TO.search(r.norm, max(0, r.clause[0] - 60), r.clause[0]) is not None


# 同比增长11.4%，其中…: a rate told 同比, then 其中 opening a later clause of the same sentence (no full stop between)
_YEAR_ON_YEAR_THEN_PARTS = re.compile(r"同比[^。；;！？!?]*[，,]\s*其中")


@cache
def _bare_change_before() -> re.Pattern:
    """A change verb (增长, 下降: ``change_verbs.csv``), optionally 分别, then at most a hedge or a few list items
    (、 和 及 digits) up to the number: 增长21.7%, 分别增长21.7%和5.2% (the second item too)."""
    return re.compile("(?:" + longer_change_verbs() + r")了?(?:约|近)?[\d.%、和及倍个百分点]*$")


def _growth_target(r: Reading) -> bool:
    """A growth rate set as a target (力争…增加值增长7.5%): with no period named, the plan's year; not a cut laid
    down (一般性支出压减5%以上), which the gold reads as no comparison."""
    return r.projection == "target" and r.direction == "increase"


def _growth_target_of_one_year(r: Reading) -> Reading:
    """A target or forecast rate of growth for one year, quarter, half or month (今年地区生产总值增长6%左右,
    预计一季度增长8%), or a growth target naming no period (力争…增长7.5%: the plan's year), is measured against
    the same period a year before: 同比. Not a yearly average over several years (年均增长6%: a span, no
    comparison), not a level (提高到60%: no direction), unless the level is that of a growth rate
    (预计二季度经济增速有望保持在5.5%左右: the rate forecast is still a growth over the same period)."""
    if (r.comparison is None and r.projection and r.kind in _RATES and (r.direction or _growth_rate_level(r))
            and (_STATISTICS_PERIOD.fullmatch(r.period) if r.period else _growth_target(r))
            and not re.search(r"年均|平均|每年", r.norm[r.clause[0]:r.quote_start])):
        r.comparison = "同比"
    return r


def _growth_rate_level(r: Reading) -> bool:
    """The number is the level a growth rate is held at or reaches (增速有望保持在5.5%左右, 增幅回升至6%): a rate
    word (``rate_words.csv``, 增速/涨幅/增幅) then at most a few characters in the number's clause."""
    return r.kind == "percent" and _growth_rate_word_before().search(r.norm, r.clause[0], r.quote_start) is not None


@cache
def _growth_rate_word_before() -> re.Pattern:
    """A rate word of sign (增速, 涨幅, 增幅: not 跌幅, 降幅) then a few characters and no number, up to the end."""
    return re.compile("(?:" + vocabulary.alternation("rate_words", direction="sign") + r")[^，,。；;：:\d]{0,8}$")


# --- 7. subject -------------------------------------------------------------------------------

def subject(r: Reading, previous: str | None = None) -> Reading:
    """What is measured: the noun after a measure word (121家山东企业) or after a share that comes
    first (100%按期换届), else the phrase before the number (投入资金 → 资金). A share word alone
    (占比) is a share of ``previous``, the subject of the claim before, which also stands in for
    a missing subject; a total (共计) with none is about the sentence's topic. A count with no unit
    takes one from its subject."""
    left = (r.left if r.base_start is None or share_of_plan(r.left)  # 完成年度目标的: the plan, not a base
            else r.norm[max(r.clause[0], r.prev_end):r.base_start])
    if r.word == "折" and left.endswith("打"):
        left = left[:-1]  # 空调打八折: the verb of a discount, not what is discounted (能多打100斤: a harvest)
    r.subject = (_time_limit_subject(r, left) or (r.kind == "duration" and act_within_a_limit(left, r.norm[r.quote_start:r.clause[1]])) or _named_span(r) or _term_of(r) or _activity_duration(r, left) or _noun_before_parenthesis(r)
                 or _subject_after(r, left, r.right) or _subject_before(left, r.right, r.prev_end > r.clause[0]))
    r.subject = _noun_after_a_scope(r) or r.subject
    r.subject = _without_currency(r.subject, r.unit)
    r.subject = _weather_subject(r.subject, r.unit, r.norm[:r.quote_start])
    if previous and _IN_PARTS.fullmatch(clean_subject(left)):
        r.subject = previous  # 安排资金3000万元，分三轮发放: the parts are of the thing before
    r.subject = _total_of_the_counted(r, previous)
    r.subject = _part_of_a_counted_whole(r) or r.subject
    _subject_of_the_thing_before(r, clean_subject(left), previous)
    if r.kind == "percentage_point" or (r.projection and r.kind == "percent" and _RATE_AS_LEVEL.search(left)) \
            or (r.kind in ("percent", "duration") and _GROWTH_RATE_HELD.search(left)):
        # 地区生产总值增速比一季度回落0.4个百分点, 经济增速有望保持在5.5%: the rate itself
        full = clean_subject(left, keep_rate=True)
        if r.subject and full.startswith(r.subject) and full[len(r.subject):] in _RATE_WORDS:
            r.subject = full
    if r.unit == "" and r.kind == "count":
        r.unit = infer_unit(r.subject)
        if r.unit == "CNY":
            r.kind = "money"
    if r.kind == "count" and r.word and r.subject:
        r.unit = noun_unit(r.word, r.subject) or r.unit  # 床位…，比上年增加0.08万张: the beds of the subject carried
    return r


# 覆盖全市六成以上行政村, 全县526块河长公示牌: a whole scope alone before a figure whose noun follows it
_SCOPE_ALONE = re.compile(r"(?:" + vocabulary.alternation("whole_scopes") + r")")


def _noun_after_a_scope(r: Reading) -> str:
    """The noun right after a count, a share or a measure when the phrase before the figure is only a whole
    scope (覆盖全市六成以上行政村 → 行政村, 全县27个接种门诊 → 接种门诊): the scope says where, the noun what is
    counted, of two characters or more; "" otherwise (全村386户: no noun follows; 全镇25个村: one character, the
    place before stays, as the batch-26 tests have it)."""
    if r.kind not in ("count", "percent", "measure") or not _SCOPE_ALONE.fullmatch(r.subject or ""):
        return ""
    after = subject_after(r.right)
    return after if len(after) >= 2 and word_ends_at(r.right, len(after)) else ""


# 33项主要指标中，28项达到…: a count with no noun of its own after a counted whole and 中 is a part of that whole.
_COUNTED_WHOLE = re.compile(r"[\d０-９一二三四五六七八九十两]+[\u4e00-\u9fff](?P<noun>[\u4e00-\u9fff“”]{2,12}?)中[，,]?\s*$")


def _part_of_a_counted_whole(r: Reading) -> str:
    """The whole a count is a part of (33项主要指标中28项达到 → 主要指标), when the count prints no noun."""
    if r.kind != "count" or not r.group("unit1") or subject_after(r.right):
        return ""
    whole = _COUNTED_WHOLE.search(r.norm, 0, r.quote_start)
    return clean_subject(whole.group("noun")) if whole else ""


# 增速已连续6个月保持在7%以上, 经济增速已连续12个季度高于…: a growth rate (增速, 增幅; not a price's 涨幅) held at a
# level, or the run of months it has been held there: the rate is measured (增速在2.1%至7.8%之间, a range of places'
# rates, the dev gold splits evenly and stays as it was).
_GROWTH_RATE_HELD = re.compile(r"(?:增速|增幅)(?:已|均|仍)?(?:(?:连续[\d一二三四五六七八九十两]+个?(?:月|季度|年))?(?:保持在|稳定在)"
                               r"|连续)\s*$")


# A rate of change a target or forecast sets (增速有望保持在, 居民消费价格涨幅控制在, 涨幅3%左右 in a list of
# targets): the rate is what is measured. Only a rate whose sign gives its direction (增速, 涨幅, 增幅), not a fall.
_RATE_AS_LEVEL = re.compile(r"(?:" + "|".join(re.escape(r["entry"]) for r in vocabulary.table("rate_words")
                                             if r["direction"] == "sign")
                            + r")(?:有望|预计|可望|力争|将|要)*(?:保持在|稳定在|控制在|达到|达|在|(?:"
                            + "|".join(re.escape(w) for w in vocabulary.words("change_verbs") if len(w) > 1)
                            + r")(?:至|到))?\s*$")  # 增速有望回升至6%: a level the rate returns to


def _subject_of_the_thing_before(r: Reading, cleaned: str, previous: str | None) -> None:
    """A share, a rate or a change with no noun of its own is about the thing named before: 占比近15%,
    占零售总额的69.4%, 周跌幅1.20%, 由500万元减至200万元; a total (共计) with none is about the
    sentence's topic. A share that names its whole (占零售总额的比重为19.0%) is its clause's own subject."""
    share = next((w for w in _share_words() if cleaned.endswith(w)), None)
    if share and cleaned == share:
        # 线上销售额3.1亿元，占比42%: a share noun alone is the subject as printed, its noun ending an earlier
        # clause (brief, nineteenth batch, as for 占…比重); a share verb alone (占到) is the share of the thing before
        r.subject = share if share in _SHARE_NOUNS else (previous or "") + share
    elif _SHARE_OF_WHOLE.match(r.subject):
        r.subject = _share_phrase(r.subject, previous)
    elif previous and r.kind == "percent" and _rate_alone(r.subject):
        r.subject = previous  # 上证指数收于3364.83点，周跌幅1.20%: the index's rate of change
    elif not r.subject or r.subject == "分别" or _no_noun(r.subject):
        if r.comparison == "共计":
            r.subject = sentence_topic(r.norm[:r.quote_start])
        else:
            r.subject = _clause_before_subject(r) or previous or r.subject


# 占全省的, 约占全省的, 已占全县的: a share of a whole, whatever adverb or hedge stands before 占 (not 占地, 占用)
_SHARE_OF_WHOLE = re.compile(r"^(?:约|近|已|仅|只|均|共|将)?占(?!地|用)")


def _share_phrase(subject: str, previous: str | None) -> str:
    """The subject of a share of the 占 form whose clause prints no noun before 占: the 占 phrase of
    its own clause, hedge or adverb dropped (税收收入268.2亿元，约占一般公共预算收入的69.4% → 占一般公共预算收入;
    占零售总额的比重为19.0% → 占零售总额的比重: the brief's fifteenth-batch clarification, for every 占
    share). A share of a plan (占年度计划的72.5%) is a plan's completion, the thing done (brief, ninth
    batch): ``previous``; so is a 占 naming no whole (男性人口…，占51.2%)."""
    phrase = subject[_SHARE_OF_WHOLE.match(subject).end() - 1:]
    whole = phrase[1:]
    if previous and (len(whole) < 2 or _PLAN_NOUN.search(whole)):
        return previous
    return phrase


_PLAN_NOUN = re.compile(vocabulary.alternation("plan_nouns"))


def carried_subject(before: list[str], kind: str) -> str | None:
    """The subject a claim with no noun of its own carries: the last claim's, but an amount or a count
    after a share's 占 phrase is the thing's, not the share's (涉农贷款余额2876.1亿元，约占各项贷款的27%，
    比年初增加196.4亿元 → 涉农贷款余额)."""
    if kind in _RATES:
        return before[-1] if before else None
    return next((b for b in reversed(before) if not _SHARE_OF_WHOLE.match(b)), None) if before else None
_LEVEL_NUMBER = re.compile(r"^(?P<noun>[^，,；;：:]*?)(?:为|是|达到|达|报|收于)?\s*\d[\d.,]*\s*$")


def _clause_before_subject(r: Reading) -> str:
    """The noun of the clause just before, when that clause stated a bare level and no claim: 价格总指数为103.6，
    同比上涨1.7% (the index rose, not the claim before it)."""
    lo = r.clause[0]
    if lo < 2 or r.prev_end >= lo:
        return ""  # the clause before holds the claim before: its subject is ``previous``
    start = max(r.norm.rfind(ch, 0, lo - 1) for ch in "，,；;：:。") + 1
    level = _LEVEL_NUMBER.match(r.norm[start:lo - 1]) or _SUPERLATIVE_CLAUSE.match(r.norm[start:lo - 1])
    return subject_before(level.group("noun")) if level else ""


# 其中6月降水量最多，为243.6毫米: a clause naming the noun with a superlative and no figure, the figure in the next.
_SUPERLATIVE_CLAUSE = re.compile(r"^(?P<noun>[^，,；;：:]{2,}?)(?:最多|最少|最高|最低|最大|最小|最快|最慢|最长|最短)\s*$")


_LIMIT_START = re.compile(r"(?:均)?为(?:自)?[^，,；;]*(?:之日起|期满后|届满后|之日后)$")


def _noun_before_parenthesis(r: Reading) -> str:
    """A figure alone in parentheses right after a noun (半程马拉松（21.0975公里）和健康跑（5公里）) measures
    that noun; "" for any other claim."""
    before = r.norm[max(r.clause[0], r.prev_end):r.quote_start]
    if not before.endswith(("（", "(")) or not r.norm.startswith(("）", ")"), r.quote_end):
        return ""
    noun = subject_before(re.sub(r"^[）)]?[和及与、]?", "", before[:-1]))
    listed = _SET_UP.search(noun)  # 赛事设半程马拉松（…）: what is set up, the one-character verb 设 before it
    noun = noun[listed.end():] if listed else noun
    return noun if len(noun) >= 2 else ""


_SET_UP = re.compile(r"(?<![建假开增铺预])设(?![施备计立置区])(?=[\u4e00-\u9fff]{2,}$)")


def _time_limit_subject(r: Reading, left: str) -> str:
    """A time limit counted from an event (申报期限为自本公告发布之日起45日, 上诉期为公告期满后15日):
    what is limited is the noun before 为."""
    if r.kind != "duration":
        return ""
    m = _LIMIT_START.search(left)
    return subject_before(left[:m.start()]) if m else ""


# 公示期为10月11日至10月17日，共5个工作日; 禁渔时间：3月1日0时至6月30日24时，共计4个月: the name of a span of days
# printed with its first and last day, the clause (or parenthesis) right after it totalling them with no noun of its own.
_DAY = r"(?:\d{4}年)?(?:次年)?(?:\d{1,2}月)?\d{1,2}日(?:\d{1,2}时)?"
_NAMED_SPAN = re.compile(r"(?:^|(?<=[，,；;。：:]))(?P<noun>[^，,；;。：:]{2,16}?)(?:为|：|:)\s*[自从]?" + _DAY + r"起?(?:至|到|—|－|-|～|~)"
                         + _DAY + r"止?[，,（(](?:共计|共|合计)$")  # 自7月20日起至9月17日止，共60日 too


_SPAN_NAME = re.compile(r"(?:期|时间|日期|期限|期间)$")


def _named_span(r: Reading) -> str:
    """The name of the span a duration totals when the span's days are printed just before it with no noun
    between (公示期为…至…，共5个工作日 → 公示期: the brief's time limit a notice sets, whose subject is its
    name): a noun ending in 期, 时间, 日期, 期限 or 期间, a whole word before 为 or the colon by the tokenizer
    (not 文化旅游节定为), and from the tokenizer's word after the last verb before it (县委决定全县秋季征兵时间 →
    全县秋季征兵时间); "" for any other claim, or when the name is the bare 时间."""
    before = r.norm[:r.quote_start].rstrip() if r.kind == "duration" else ""
    m = _NAMED_SPAN.search(before) if before.endswith(("共", "共计", "合计")) else None
    if m is None:
        return ""
    noun = m.group("noun")
    if m.end("noun") not in word_bounds(before):
        return ""  # 文化旅游节定为: 为 ends the verb 定为, the name is no noun before it
    name = subject_before(noun[_after_last_verb(noun):])
    suffix = _SPAN_NAME.search(name)
    if suffix and suffix.start() == 0 and noun.endswith(name):
        name = _compound_span_name(noun, name)  # 签约期限, 申报时间: the act the span is for names it with the noun
    suffix = _SPAN_NAME.search(name)
    return name if suffix and suffix.start() > 0 else ""


def _compound_span_name(noun: str, bare: str) -> str:
    """签约期限 of 四、签约期限 (read 签约 | 期限, a verb and its noun): the tokenizer's word before a bare span noun
    (期限, 时间, 期间) with it, the name of the span; the bare noun when no word of 2 characters or more stands there."""
    end = len(noun) - len(bare)
    start = max((b for b in word_bounds(noun) if b < end), default=None)
    return noun[start:] if start is not None and end - start >= 2 and re.fullmatch(r"[\u4e00-\u9fff]+", noun[start:end]) \
        else bare


_CLAUSE_VERBS = VERBS + tuple(vocabulary.words("statement_openers"))  # 确定, 决定, 明确: who decides what follows


def _after_last_verb(phrase: str) -> int:
    """The offset in ``phrase`` right after the last of its words (by the tokenizer) that is a subject verb or a
    verb of ``statement_openers`` (县委决定全县秋季征兵时间 → after 决定); 0 when it holds none."""
    bounds = sorted(word_bounds(phrase))
    return max((b for a, b in zip(bounds, bounds[1:]) if phrase[a:b] in _CLAUSE_VERBS), default=0)


def _total_of_the_counted(r: Reading, previous: str | None) -> str:
    """A total or an average printed right after a count's noun (12个项目总投资186亿元, 312家民宿平均入住率达86%)
    is that noun's: 项目总投资, 民宿平均入住率."""
    start = max(r.clause[0], r.prev_end)
    if (previous and r.subject.startswith(("总", "平均", "人均")) and 2 <= len(r.subject) <= 6 and r.prev_end > r.clause[0]
            and r.norm[:start].endswith(previous) and r.left.startswith(r.subject)):
        return previous + r.subject
    return r.subject


_IN_PARTS = re.compile(r"(?:并|将|再|共)?分")
_AMOUNT_OF = re.compile(r"(?:总额|金额|总价值|价值|总规模|^[这该此]笔)$")  # 这笔50万元的奖金: the amount is the noun after 的
_HOW_LONG = re.compile(r"(?:历时|为期|用时|耗时|经过|历经)$")
_ACTIVITY = re.compile("(?:" + VERB_RE.pattern + ")$")


def _activity_duration(r: Reading, left: str) -> str:
    """How long an activity took (此次修缮历时8个多月, 普查现场登记工作历时两个月): the activity named before
    历时/为期, whole, its verb included, or the one after 的 (开展为期3个月的专项行动); "" for any other claim."""
    if r.kind != "duration":
        return ""
    if not _HOW_LONG.search(left.rstrip()):
        verb = _ACTIVITY.search(clean_subject(left)) if not subject_before(left) else None
        return verb.group(0) if verb else ""  # 每期培训10天: the activity is the verb, no noun is printed
    before = clean_subject(_HOW_LONG.sub("", left.rstrip()))
    after = clean_subject(before_predicate(re.split(r"[，,；;。]", r.right.removeprefix("的"))[0]))
    found = after if r.right.startswith("的") or len(before) < 2 else clean_subject(left)
    return found if len(found) >= 2 else ""  # 开展为期3个月的专项行动, 经过3个月干预: the activity is printed after


@cache
def _weather_report_re() -> re.Pattern:
    return re.compile(r"^(?:" + vocabulary.alternation("forecast_days") + ")")


_AIR_TEMPERATURE = re.compile(r"(?:最高|最低|平均)?(?:气温|温度)$")
_PLACE_IN_SKY = re.compile(r"[全省市县区镇乡城]")


# A weather box's label: the place's 天气 (澜川天气, 【今日天气】), its day, its sky and wind (多云转阵雨, 东南微风).
_WEATHER_BOX_HEAD = re.compile(r"^[【\[]?(?P<place>[\u4e00-\u9fff]{0,4}?)天气[】\]]?[：:\s]*")
_SKY_AND_WIND = re.compile(r"[晴多云阴转有小中大暴阵雷雨雪夹雾霾沙尘冻间到局部东南西北偏微和风级\d～~\-—、，,：:\s]+")


def weather_box_subject(label: str) -> str:
    """What a temperature under a weather box's label measures: the air temperature, named with the place whose
    天气 the box is (澜川天气 今天 多云转晴 → 澜川气温; 今日天气：多云转阵雨, 明天：晴, a sky or wind alone → 气温);
    "" when the label names anything but the place, the day, the sky and the wind."""
    head = _WEATHER_BOX_HEAD.match(label)
    rest = label[head.end():] if head else label
    day = _weather_report_re().match(rest)
    rest = rest[day.end():].lstrip("：: ") if day else rest
    if not (head or day or rest) or (rest and not _SKY_AND_WIND.fullmatch(rest)):
        return ""
    place = head.group("place") if head else ""
    return ("" if _weather_report_re().fullmatch(place) else place) + "气温"


def _weather_subject(subject: str, unit: str, before: str) -> str:
    """A weather report's temperature printed after its day and its sky (今天 晴 29℃～37℃, 明日天气 小雨 7℃～12℃,
    今天夜间阴有小雨4℃～9℃, 今天多云转晴，12℃～21℃: the sentence opens on the day, its sky may be a clause of its
    own) measures the air temperature: 气温, unless the phrase names a temperature of its own (今天最高气温) or a
    figure stands between the day and this one."""
    if unit != "°C":
        return subject
    if subject and (box := weather_box_subject(subject)):
        return box  # 青台天气 今天 晴转多云 3℃～14℃, 明天：晴 -9℃～-2℃
    if "温" in subject:  # 今天 多云转阴 气温-3℃～6℃: the day and its sky are no part of what is measured
        day = _weather_report_re().match(subject)
        named = _AIR_TEMPERATURE.search(subject) if day else None
        sky = subject[day.end():named.start()] if named else ""
        return named.group(0) if sky and not _PLACE_IN_SKY.search(sky) else subject  # (今日全市平均气温: a place, kept)
    if "温" in before:
        return subject
    own = _weather_report_re().match(subject)  # 今天晴29℃～37℃，明天多云: the phrase opens on its own day
    opening = before.lstrip()
    day = own or _weather_report_re().match(opening)
    if day is None:
        return subject
    since = before[before.rfind(own.group(0)) + len(own.group(0)):] if own else opening[day.end():]
    return "气温" if not re.search(r"\d", since) else subject


def _without_currency(subject: str, unit: str) -> str:
    """A currency printed before the amount (捐资港币50万元) is the unit, not part of the subject."""
    word = currency_before(subject)
    if word is None and unit == "CNY" and subject.endswith("人民币"):
        return subject[:-3]  # 起拍价人民币186万元, 折合人民币: the yuan's name, as another currency's, is the unit
    return subject[:-len(word[0])] if word and word[1] == unit else subject


@cache
def _rate_alone_re() -> re.Pattern:
    return re.compile(r"(?:周|月|年|日|全周|当日|全年)?(?:" + vocabulary.alternation("rate_words") + ")")


def _rate_alone(subject: str) -> bool:
    """A rate word with no noun (涨幅, 周跌幅): the rate of change of the thing named before."""
    return _rate_alone_re().fullmatch(subject) is not None


def _no_noun(subject: str) -> bool:
    """A subject that names nothing: a number (5.7%), a span of years (实现五年翻一番) or a change verb with
    到/至 (由500万元减至200万元)."""
    return (re.fullmatch(r"[\d.%,，、和及与]+", subject) is not None
            or re.fullmatch(r"(?:" + VERB_RE.pattern + r")?[\d一二两三四五六七八九十]{1,3}年", subject) is not None
            or re.fullmatch(r"(?:" + _change_verb_re().pattern + r"|减|增|降|升)(?:到|至)", subject) is not None
            or _RATE_OF_A_VERB.fullmatch(subject) is not None)


# 日均发送5.3万人次, 单日发送7.2万人次: a rate word (and the verb) with no noun: the thing counted before
_RATE_OF_A_VERB = re.compile(r"(?:日均|单日|月均|周均|每天|每日)(?:" + VERB_RE.pattern + r")?")


@cache
def _count_nouns() -> frozenset[str]:
    return frozenset(vocabulary.words("count_nouns"))


_SHARE_NOUNS = frozenset(vocabulary.words("share_words", part="noun"))


@cache
def _share_words() -> tuple[str, ...]:
    return tuple(sorted(vocabulary.words("share_words"), key=len, reverse=True))


def _term_of(r: Reading) -> str:
    """The agreement whose term a duration before 期 is (签订3年期劳动合同 → 劳动合同, 10年期的合作协议 → 合作协议), or ""."""
    return agreement_of_term(r.right, 0) if r.kind == "duration" else ""


def _subject_after(r: Reading, left: str, right: str) -> str:
    """A subject written after the number: a share that comes first (全市100%按期换届), a counted
    noun (121家山东企业, 十年扶贫协作), or the noun after 的 (给予3至5年的贷款贴息)."""
    noun_follows = (bool(re.match(r"“?[\u4e00-\u9fff]|[\d０-９]?[A-ZＡ-Ｚ]{1,2}级|[\d０-９]{1,3}周?岁", right))  # 12处“口袋公园”
                    # 6家A级景区, 8260名80周岁以上老年人: a grade or an age band opens it
                    and not re.match(r"[后前里间来时及与或]|以来|之内|之后|之前|之间|不等", right)  # 运费127450元及逾期付款损失
                    and not (right.startswith("内") and word_ends_at(right, 1))  # but 2条内贸航线: 内 opens the noun
                    and not _MOVE.match(right))  # 选派教师20名到山区支教: a move opens the predicate
    if r.kind == "count" and r.group("unit1") in _count_nouns():
        return r.group("unit1")  # 10省份, 4县: the counted noun is the unit word itself
    # 三分之一以上的税收: the noun after 的; but 增长7.5%左右的预期目标 is a change of the noun before it
    listed = _NOUN_OF_SHARE.match(right) if r.kind == "percent" and not r.direction else None
    if listed and len(clean_subject(listed.group(1))) >= 2:
        return clean_subject(listed.group(1))  # 贡献了全市三分之一以上的税收、两成以上的研发投入
    rate = _rate_of_after().match(right) if r.kind in _RATES else None
    if rate and not re.match(r"[\u4e00-\u9fff]{0,2}(?:目标|任务|要求|预期)", right[rate.end():]) and not clean_subject(left):
        return rate.group("word")  # 前三季度5.8%的增速来之不易: the rate word after 的 names what is measured (not 的增速目标)
    if not noun_follows:
        return _given_after(left, right, "") if _RANGE_END.match(right) else ""  # 处1万元以上10万元以下罚款
    scope_only = re.fullmatch(r"(?:" + vocabulary.alternation("whole_scopes") + r"|其中)?", clean_subject(left)) is not None
    if r.kind == "percent" and scope_only and not re.match(r"不等|之间|以内|以下|以上|左右|上下|[和及与或、]", right):
        return noun_of_share_first(clean_subject(re.split(r"[、，,；;]", right)[0]))  # 100%按期换届: the share first
    if r.kind == "count" and not r.word and r.group("scale1"):
        after = subject_after(right)
        if infer_unit(after):
            return after  # 2.3万农村贫困人口: a number with only a scale, what it counts right after it
        if counted_after(r.norm, r.match.end()):
            return counted_after(r.norm, r.match.end())  # 12.5万山区群众饮水安全: the people, not their need
    if r.kind == "count" and r.group("unit1") in _count_nouns():
        return r.group("unit1")  # 10省份, 4县: the counted noun is the unit word itself
    after = subject_after(right)
    if (r.kind == "measure" and r.group("unit1") or r.kind == "money" and left.strip()) and scope_only \
            and not right.startswith("的") and len(after) >= 2:
        return after  # 全市30.2万亩晚稻已收割…, 全市3000万元消费券分三轮发放: the noun right after the unit
    if r.kind in ("count", "measure") and r.group("unit1") and left.endswith("的") and len(after) >= 2:
        return after  # 他流转的320亩土地: the number and its noun are modified as a whole
    if r.unit in _AREAS and len(after) >= 2 and re.match(r"[，,。；;的]|$|里(?=[\u4e00-\u9fff]{2})", right[len(after):]):
        return after  # 家里8亩果园，…, 可满足全乡3.5万亩农田的灌溉, 在1200亩稻田里抢收: an area is of the noun that closes its phrase
    if r.unit in _AREAS and after and len(before_predicate(right)) == len(after) and not _noun_printed_before(left):
        return after  # 把3400亩承包地连成一片, 全村6亩地交给合作社: its predicate follows the noun, none is printed before
    if (r.kind == "count" and _measure_word(r)) or (r.kind == "duration" and not left.strip(" ，,、")):
        if len(after) >= 2 or (after and opens_an_attribute(right[len(after):])) \
                or (r.group("unit1") and after == right and re.match(r"[，,。；;、]", r.norm[r.match.end() + len(after):])
                    and word_ends_at(r.group("unit1") + right, len(r.group("unit1")))):
            return after  # 121家山东企业; 十年扶贫协作; 45个村集体经济收入: one character before an attribute; 共编21个班，: a word closing the clause
    if r.kind == "money" and right.startswith("的") and _AMOUNT_OF.search(left):
        after = subject_after(right[1:])
        return after if len(after) >= 2 else ""  # 发放总额5000万元的消费券: the amount is the vouchers'
    if r.kind in ("count", "duration") and right.startswith("的") and VERB_RE.search(left[-2:]):
        after = subject_after(right[1:])
        return after if len(after) >= 2 else ""  # 给予3至5年的贷款贴息: the noun after 的
    if r.kind in ("money", "measure") and right.startswith("的") and _PER_BASIS_END.search(left):
        after = subject_after(right[1:])  # 可申请每生每年2000元的国家助学金: a standard per head is the noun's, after 的
        return after if len(after) >= 2 and re.match(r"[，,。；;]|$", right[1 + len(after):]) else _given_after(left, right, "")
    return _given_after(left, right, after)


_AREAS = ("mu", "m2", "km2", "ha")
# 每生每年, 每人每月, 每餐: the basis a standard is set per, right before its amount
_PER_BASIS_END = re.compile(r"(?:每[\u4e00-\u9fff]{1,2}?(?:每[年月天日])?)$")


def _measure_word(r: Reading) -> str | None:
    """The measure word of a count, printed once after a single number (5个) or after a range's second (3至5个)."""
    return r.group("unit1") or (r.group("unit2") if r.group("num2") else None)
# 全村; 村里, 园区内, 镇上 (a place named with a word of position): where a figure is, not what it measures.
_SCOPE_OR_PLACE = re.compile(r"(?:" + vocabulary.alternation("whole_scopes") + r")|[\u4e00-\u9fff]{1,4}(?:里|内|上)")
# 村里把, 农户将: an actor before a coverb that brings the object forward (把, 将) names no noun the figure measures.
_DISPOSAL_END = re.compile(r"(?:把|将)$")


def _noun_printed_before(left: str) -> bool:
    """Whether the clause prints before a figure a noun that the figure measures (流转土地2000亩, 种植中药材500亩):
    not a whole scope (全村), a place (村里), nor an actor before 把/将 (村里把, 农户将)."""
    t = clean_subject(left)
    if not t or _DISPOSAL_END.search(left.rstrip()):
        return False
    return _SCOPE_OR_PLACE.fullmatch(t) is None


_MOVE = re.compile("|".join(re.escape(r["entry"]) + (f"(?![{r['not_before']}])" if r["not_before"] else "")
                            for r in sorted(vocabulary.table("move_verbs"), key=lambda r: -len(r["entry"]))))
_NOUN_OF_SHARE = re.compile(r"(?:以上|以下|左右)?的([\u4e00-\u9fff]{2,8})(?=[、，,。；;]|$)")
# 给予, and the one-character verbs of a penalty (并处…罚款) and of a discount (凭卡享八折优惠), before the number
_GIVING_VERB_END = re.compile("(?:" + VERB_RE.pattern + r"|(?:并|可|依法|予以)处以?|处以|(?<![此一各某多到好之])处|(?<![共分])享受?)$")  # 对个人处200元罚款
_CAP_END = re.compile(r"(?:最高|最多)$")  # 给予最高不超过300万元奖补: the cap stands between the verb and the number
_GIVING_AFTER = re.compile(r"(?:给予|予以|发放)(?=[\u4e00-\u9fff“])")  # 按售价的20%给予补贴
_RANGE_END = re.compile(r"^[\d.]+[万亿千百]?[\u4e00-\u9fff]{0,2}?(?:以下|以内)")  # 1万元以上10万元以下罚款


def _given_after(left: str, right: str, after: str) -> str:
    """What a grant, a penalty or a discount counts, printed after its number: a verb, the number, then
    the noun (一次性给予50万元奖励, 给予最高七成补助, 并处1万元以上10万元以下罚款, 凭卡享八折优惠), or a rate of a
    base, a verb of giving, then the noun (按售价的20%给予补贴, 按每张床位1万元给予建设补贴); "" otherwise."""
    given = _GIVING_VERB_END.search(_CAP_END.sub("", left.rstrip()))
    if given and _gives_what_follows(given.group(0)) and not right.startswith("的"):
        ended = _RANGE_END.match(right)
        after = subject_after(right[ended.end():]) if ended else after
        return after if len(after) >= 2 else ""
    verb = _GIVING_AFTER.match(right) if "按" in left else None
    noun = clean_subject(before_predicate(re.split(r"[，,；;。、]", right[verb.end():])[0])) if verb else ""
    return noun if len(noun) >= 2 else ""


def _gives_what_follows(verb: str) -> bool:
    """A verb whose object may follow the number (给予50万元奖励), not a change (增长) or a level (达到, 增至)."""
    return (verb not in change_verbs("increase") + change_verbs("decrease")
            and re.search(r"[达至在过破]$|(?<![领拿收得])到$|^(?:达|将|预计|增长|下降|减少|增加|提高)", verb) is None)


def _subject_before(left: str, right: str, after_a_figure: bool = False) -> str:
    """A subject written before the number (投入资金 → 资金), after a predicate opener when another figure of
    the clause comes before (200名群众领到救助金60万元 → 救助金); none for an average of the thing
    before (日均400万人次); the noun after when nothing comes before."""
    opened = after_predicate_opener(left) if after_a_figure else ""
    found = subject_before(opened) if len(clean_subject(opened)) >= 2 else ""  # 群众领到救助金60万元 → 救助金
    found = found or subject_before(left)
    if re.search(r"(?:日均|月均|年均|平均)$", left):
        found = subject_before(left[:-2])  # 客流量日均18万人次: the thing's average; 日均400万人次: the thing before's
    if not found and not left.strip() and right:
        found = subject_after(right) or _noun_after(right)
    return found


def _noun_after(right: str) -> str:
    """The phrase after a number that opens its text, when it is a noun: not the next claim
    (3268.5亿元 增长5.6%: the figure's noun is its label, printed before it)."""
    if re.search(r"[\d０-９]", clean_subject(right)) or names_a_milestone(right):
        return ""  # 突破千亿元大关: no noun
    return subject_before(right)  # 今年新增普惠性托育机构: read as a phrase before a number, its verb cut


# --- 8. period --------------------------------------------------------------------------------

def period(r: Reading, edition_date: date | None, inherited: tuple[str | None, str | None] = (None, None),
           dateline: str | None = None, opening: tuple[str | None, str | None] = (None, None),
           day: str | None = None, reported: str | None = None) -> Reading:
    """When: the last period that opens the claim's clause or stands in it (一季度，… → 2021-Q1), else ``inherited`` (from
    the paragraph or headline). Not the dateline's day (when it was reported), not the report's period for a yearly
    rate (每年培训…) unless the clause names one, and not a past period for a forecast (…将达10亿美元). ``opening`` is
    the period that opens the sentence when it began before a ； (2023年…主要预期目标是：…；…；): a target or forecast may take it."""
    lo, hi = r.clause
    best = _period_match(r.norm, r.quote_start, lo, r.base_start, r.prev_end) or _period_after(r)
    if best is not None and _DAY_SPAN.fullmatch(opening[0] or "") and _holiday_after().match(r.norm, best.end()) \
            and any(best.group(g) for g in ("this", "last", "next", "year")):
        best = None  # 今年“五一”假期，…, 去年国庆假期，…: the year says which year's holiday; the period is its days (``opening``)
    if best is not None and takes_effect(r.norm, best.start(), best.end()) and day_to_come(best, edition_date):
        best = None  # 自11月21日起，…新开通3条线路 in a story of the 16th: a start still to come dates nothing
    if _ceiling_kept(r, edition_date, best, inherited[0]):
        r.projection = None  # 2022年…，城镇调查失业率控制在5.3%以内 in 2023: the ceiling a year past was kept to
    past_deadline = _past_deadline(r, best, edition_date)
    if past_deadline:
        r.projection = None  # 到2023年底，…累计建成… in 2024: a stock reached by a date gone by, reported
    future = None if past_deadline else (_marker_re("future_markers").search(r.norm[:hi])
                                         or _TARGET_FUTURE.search(r.norm[:hi]))
    recurring = _yearly_rate(r.norm, lo, hi)
    if recurring and recurring.group(0).startswith("每") and not r.norm[recurring.end():r.quote_start].strip() \
            and _LEVEL_SET.search(r.norm, lo, recurring.start()):
        recurring = None  # 提高到每日1.5万吨, 增至每周28趟: a level reached, its rate's unit printed right before it
    annual = _annual_mean(r.norm, _recurring_re().search(r.norm, lo, hi))
    opens = best is not None and bool(best.group("target") or _opens_the_sentence(r.norm[:best.start()], r.norm[best.end():])
                                      or (r.projection and _frames_a_plan(r, best))
                                      or (opening[1] is not None and best.group(0) == opening[1])  # (after a source)
                                      or _frames_the_clause(r, best) or _days_ahead_after_source(r.norm[:best.start()], best))
    story_date = _year_of_the_story(best, edition_date, inherited[0]) if best else edition_date
    candidates = [(_resolved(best, r, story_date, (day, reported)), best.group(0), best.start() >= lo, opens)] if best else []
    if best is not None and _CUT_OFF_BEFORE.search(r.norm, 0, best.start()):
        dateline = None  # 截至10月18日，…已组织…: a figure to that day, even the day it is reported
    if r.projection and opening[0] and not opens:
        candidates.append((*opening, False, True))
    inherit = [] if best is None and _inherits_none(r, inherited[0]) else [(*inherited, False, False)]
    if r.projection is None and best is None and opening[0]:
        inherit.append((*opening, False, True))  # 今年全市计划种植…；已调运化肥4.2万吨: the period opening the
        # sentence that went on past a ；, when the paragraph gives none (it was a plan's)
    for p, text, in_clause, opens_sentence in [*candidates, *inherit]:
        if p is None or (p == dateline and not _same_day(text, r.norm, best)):
            continue  # the dateline's day is when it was reported, not the period of the data (but 当天14时 dates it)
        if (recurring and not in_clause and not ((r.projection or _per_head_level(r.norm, recurring)) and opens_sentence)) \
                or (r.projection and not in_clause and not opens_sentence and not _notice_level(r, future)):
            continue  # 每年培训…, a yearly rate; a target or forecast: only its own clause's period or one that
            # opens its sentence (到2025年，…达到…，…超过…; 8月18日至24日，…将举办…，届时将推出…)
        if annual and not in_clause and not _YEARS.fullmatch(p):
            continue  # 截至6月30日，…。全县年均降雨量1200毫米: a year's mean is no day's
        if future and not in_clause and is_past(p, edition_date) and not (opens_sentence and _estimate_of(r)):
            continue  # …估值将达10亿美元: a forecast does not belong to last year
        if r.projection is None and _not_yet_over(p, edition_date) and (not _DONE.search(r.norm, lo, r.quote_start)
                                                                         or _deadline(r.norm, best)):
            r.projection = _to_come(r)  # “十四五”期间…安排资金不少于30亿元 in 2021: a figure for years to come is planned
            if not in_clause and not opens_sentence:
                continue  # a target keeps only its own clause's period, or one that opens its sentence
        r.period, r.period_text = p, text
        break
    return r


def _estimate_of(r: Reading) -> bool:
    """2019年，全市地区生产总值预计突破1200亿元，增长7.5%左右 in January 2020: 预计 or 估计 (no 将) before a figure
    of a period just over that opens its sentence estimates that period's result, which it dates."""
    before = r.norm[:r.quote_start]
    return _ESTIMATE.search(before) is not None and _WILL.search(before) is None


_ESTIMATE = re.compile(r"预计|估计")


def _year_of_the_story(m: re.Match, edition_date: date | None, inherited: str | None) -> date | None:
    """The date a month with no year written (其中6月降水量最多) is read against: the edition's, but when the paragraph
    or headline dates its story to a past year (2018年，… in a bulletin of 28 June 2019) and the month is not over by
    the edition's date (so no month of this year reported whole), as if read at that year's end: that year's month."""
    if edition_date is None or inherited is None or not re.fullmatch(r"\d{4}", inherited) \
            or int(inherited) >= edition_date.year or _written_year(m, edition_date) is not None \
            or _year_said_before(m) is not None \
            or not m.group("mo") or int(m.group("mom")) < edition_date.month:
        return edition_date
    return date(int(inherited) + 1, 1, 1)


def _past_deadline(r: Reading, best: re.Match | None, edition_date: date | None) -> bool:
    """到2023年底, 到去年底, 到2024年6月底, 到上月末 on a page of July 2024: a date reached by 到 that is already past
    dates a stock reported as achieved (as 截至2023年底 does), not a target, when only 到 made it one: no
    projection or future marker (力争, 计划, 目标, 将, 预计: ``projection_markers.csv``, ``future_markers.csv``),
    no plan's directive (要求, 明确: ``standard_markers.csv``) nor plan document (规划, 方案: ``document_titles.csv``)
    before it, and no goal named after the number."""
    if best is None or r.projection != "target":
        return False
    by = best.group("target") or (best.group("mend") or "").startswith("到") or _BY_DATE.search(r.norm, 0, best.start())
    p = resolve_period(best, edition_date) if by else None
    if p is None or not is_past(p, edition_date):
        return False
    before = r.norm[:r.quote_start]
    return not (_marker_re("projection_markers").search(before) or _marker_re("future_markers").search(r.norm, 0, r.clause[1])
                or _marker_re_where("standard_markers", "directive").search(before) or _plan_document().search(before)
                or _GOAL_AFTER.match(r.norm, r.quote_end))


@cache
def _plan_document() -> re.Pattern:
    """A document that lays down what it names (规划, 方案, 纲要: ``document_titles.csv``, ``sets`` directive)."""
    return re.compile(vocabulary.alternation("document_titles", sets="directive"))


_BY_DATE = re.compile(r"到\s*$")  # 到去年底, 到上月末: the period right after 到


def day_to_come(m: re.Match, edition_date: date | None) -> bool:
    """A single day (7月22日) after the edition's date."""
    p = resolve_period(m, edition_date)
    return bool(p and edition_date and _ONE_DAY.fullmatch(p) and p > edition_date.isoformat())


_ONE_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_DAY_SPAN = re.compile(r"\d{4}-\d{2}-\d{2}/\d{4}-\d{2}-\d{2}")


@cache
def _holiday_after() -> re.Pattern:
    """A public holiday named right after 今年 (``holiday_names.csv``): “五一”假期, 国庆黄金周."""
    return re.compile(r"[“\"]?(?:" + vocabulary.alternation("holiday_names") + r")[”\"]?")


def _ceiling_kept(r: Reading, edition_date: date | None, best: re.Match | None, inherited: str | None) -> bool:
    """A ceiling (控制在…以内) read as a standard laid down, with no other projection word in its sentence, in a
    report (not a notice) of a period already over (its clause's, else its paragraph's): a result reported, kept to."""
    if r.projection != "target" or r.laid_down == "notice" or not _ceiling_only(r):
        return False
    if best is not None and _FROM_ON.search(r.norm, 0, best.start()) and _ON.match(r.norm, best.end()):
        return False  # 自2023年起，…控制在30人以内: a rule in force from a past start, still laid down, not a result
    p = inherited if best is None or best.group("whole") else resolve_period(best, edition_date)
    return p is not None and is_past(p, edition_date)


_FROM_ON = re.compile(r"[自从]\s*$")
_ON = re.compile(r"\s*起")


def _ceiling_only(r: Reading) -> bool:
    """The target is the ceiling's alone (:func:`_standard`): no projection word or target year before it."""
    before = r.norm[:r.quote_start]
    return ((r.qualifier == "upper_bound" or r.within) and _KEPT_WITHIN.search(r.norm, r.clause[0], r.quote_start) is not None
            and not any(w in before for w, _ in _projection_markers()) and not _TARGET.search(before)
            and not _marker_re_where("standard_markers", "directive").search(before))


def _period_after(r: Reading) -> re.Match | None:
    """A forecast's period printed after its number in its clause (剩余3个贫困村将在年内全部出列: 年内), or the
    days of a term a notice sets bracketed after it (公示期为7个工作日（7月15日至23日）)."""
    if r.projection == "target" and r.laid_down and r.kind == "duration" and r.norm.startswith("（", r.quote_end):
        return next((pm for pm in periods_in(r.norm) if pm.start() == r.quote_end + 1 and not pm.group("target")), None)
    if r.projection != "forecast":
        return None
    return next((pm for pm in periods_in(r.norm) if r.quote_end <= pm.start() and pm.end() <= r.clause[1]
                 and not pm.group("md")), None)


def _same_day(text: str | None, norm: str = "", best: re.Match | None = None) -> bool:
    """当天14时: a reading at an hour of the day, a period even when that is the dateline's day; so is a day written
    out and stressed as that very day (其中，11月11日当天共揽收…, 1月7日当天，…): the day of the figure, not of the report."""
    if best is not None and text == best.group(0) and _THAT_VERY_DAY.match(norm, best.end()):
        return True
    return bool(text) and text.startswith(("当天", "当日"))


_THAT_VERY_DAY = re.compile(r"\s*当[天日]")


_DEFINES_A_SCOPE = re.compile(r"统计(?:范围|口径)(?:为|是|指)")  # 注：规模以上工业统计范围为年主营业务收入2000万元及以上…:
# a definition's threshold holds for any period, it takes none from the paragraph
_CUT_OFF_BEFORE = re.compile(r"截[至止]\s*$")
_NOW_OPENS = re.compile(r"\s*(?:截[至止])?(?:目前|当前|现阶段|如今|眼下)")
_MONTHS_TO_DATE = re.compile(r"\d{4}-\d{2}/\d{4}-\d{2}")


def _inherits_none(r: Reading, inherited: str | None) -> bool:
    """A sentence that dates its own event (:func:`_own_date`), defines a scope or tells a stock as it stands now
    takes no period from its paragraph or headline."""
    return _own_date(r.norm, r.quote_start) or _DEFINES_A_SCOPE.search(r.norm, 0, r.quote_start) is not None \
        or _stock_now(r, inherited)


def _stock_now(r: Reading, inherited: str | None) -> bool:
    """目前，综试区已集聚跨境电商企业1460余家 after 前两个月，…: a stock told as it stands now (目前, 当前, 如今 opening
    the sentence) is no flow over the months to date its paragraph opened with; it takes none of them."""
    return bool(inherited and _MONTHS_TO_DATE.fullmatch(inherited) and _NOW_OPENS.match(r.norm))


_DATED_EVENT = re.compile(r"(?<![快慢高低多少大小等早晚优位至对])于\s*$")  # not 快于去年同期 (a base)


def _own_date(norm: str, end: int) -> bool:
    """该项目于2020年启动，总投资4.8亿元: a sentence that dates its own event (于2020年) is about that event's
    thing, not about the period the paragraph opened with; it takes none from the paragraph."""
    return any(pm.end() <= end and (pm.group("year") or pm.group("ym") or pm.group("md"))
               and _DATED_EVENT.search(norm, 0, pm.start()) for pm in periods_in(norm))


_LEVEL_SET = re.compile(r"(?<![由从])(?:提高到|提高至|提升至|提升到|增至|增加到|增加至|达到|调整为|上调至|上调到)(?:每[\u4e00-\u9fff])?$")


def _yearly_rate(norm: str, lo: int, hi: int) -> re.Match | None:
    """每年, 年均, 年平均, 多年平均, 人均年 in the clause: a rate per period (年均增长6%) or a long-run norm (多年平均降雨量),
    keeping only its own clause's period, or one that opens the sentence of a target (“十四五”时期的主要目标是：…年均增长
    6.5%左右). Not the mean of one year's measurements (PM2.5年均浓度, 年平均气温: ``annual_means.csv``, see
    :func:`_annual_mean`), a level of that year, nor 两年平均 (a comparison)."""
    m = _recurring_re().search(norm, lo, hi)
    while m and _BASE_BEFORE.search(norm, max(0, m.start() - 1), m.start()):
        m = _recurring_re().search(norm, m.end(), hi)  # 比多年平均偏多4.2%: the long-run mean is the base, not the figure
    return None if m and _annual_mean(norm, m) else m


_BASE_BEFORE = re.compile(r"[比较]$")


@cache
def _recurring_re() -> re.Pattern:
    return re.compile(r"(?<![两二三四五\d上去今本前全当])(?:" + vocabulary.alternation("recurring_markers") + ")")  # not 上年均 (上年 + 均)


def _annual_mean(norm: str, m: re.Match | None) -> bool:
    """年均浓度, 年平均气温 (``annual_means.csv``): the mean of one year, a level of that year, that takes from outside its
    clause a year (2023年，…。全县年均气温16.8℃) but not a day, a month or a quarter (截至6月30日，…。全县年均降雨量…)."""
    return m is not None and m.group(0) in ("年均", "年平均") and _marker_re("annual_means").match(norm, m.end()) is not None


def _per_head_level(norm: str, m: re.Match | None) -> bool:
    """每户每年1500元: the unit of a standard per head and year right before its amount; a level, that takes
    the period that opens its sentence (今年，…标准提高到每户每年1500元), as a target does."""
    return m is not None and _PER_HEAD.search(norm, 0, m.start()) is not None and _AMOUNT_NEXT.match(norm, m.end()) is not None


_PER_HEAD = re.compile(r"每[\u4e00-\u9fff]$")  # 每户每年, 每生每年, 每人每年: per head and year
_AMOUNT_NEXT = re.compile(r"\s*[\d一二三四五六七八九十两]")


def _frames_a_plan(r: Reading, m: re.Match) -> bool:
    """该省今年计划新建…，新增…，完成…: a period after at most a short topic at the head of its clause, right
    before the marker of the plan that runs on through the clauses after it, dates them all, as if it opened
    the sentence; not a clause with a marker of its own (…，覆盖率力争达到30%: a target of its own)."""
    lo, marker = clause_bounds(r.norm, m.start())[0], _marker_re("projection_markers")
    return m.start() - lo <= 4 and marker.match(r.norm, m.end()) is not None \
        and (m.start() >= r.clause[0] or marker.search(r.norm, r.clause[0], r.quote_start) is None)


def _opens_the_sentence(before: str, after: str = "") -> bool:
    """Nothing before a period in its sentence but a projection's marker (预计到4月底，…), a bare 到 when the period
    ends its clause (到年底，…), or a speaker's name
    (叶承岳：明年全市…主要预期目标是：…), or the source of the news (记者从市农业农村局获悉，今年全市…，预计…; …负责人介绍，
    今年…): it opens the sentence. So does a period standing as a clause of its
    own after the source of a forecast (据县气象台预计，12日至13日，…), not one inside a clause that goes on
    (据…预测，今年全县早稻单产…: that clause's)."""
    before = _SPEAKER.sub("", before.strip().lstrip(BULLETS).strip())  # ▲, ●: a list item's mark
    before = _NEWS_SOURCE.sub("", before)  # 记者从市农业农村局获悉，今年…: who told the news is no part of the sentence
    if after.lstrip()[:1] in ("，", ","):
        before = _forecast_source().sub("", before)
        if before in ("到", "自", "从"):
            return True  # 到年底，…将达到…, 到今年底，…: a deadline standing as the sentence's first clause, as 到2025年;
            # 自2019年5月8日至7月31日，…限速…: the span a notice's rules hold for
    return not before or (opens_after_marker(before) and not any(ch in before for ch in CLAUSE_BREAK))


def _frames_the_clause(r: Reading, best: re.Match) -> bool:
    """A period standing as a clause of its own right before the claim's clause (…影响，7日至9日，…气温将下降6℃至8℃):
    the time of that clause, as if it stood in it, though other clauses come before it in the sentence."""
    lo = r.clause[0]
    if best.end() > lo or r.norm[best.end():lo].strip() not in ("，", ","):
        return False
    return r.norm[:best.start()].rstrip()[-1:] in ("，", ",", "；", ";")  # not after 答： (an answer's own opening)


# the source of the news opening a sentence (记者从某局获悉，, 某局负责人介绍，, 据了解，): a clause of its own
_NEWS_SOURCE = re.compile(r"^(?:[^，,。；;：:“”]{2,30}?(?:获悉|了解到|介绍|表示)|据(?:介绍|了解|悉))\s*[，,]\s*")
_SPEAKER = re.compile(r"^[\u4e00-\u9fff]{2,4}\s*[：:]\s*")  # 叶承岳：, 记者：: who speaks, in an interview


def _days_ahead_after_source(before: str, best: re.Match) -> bool:
    """据市气象台预报，今明两天我市…，气温3℃～14℃: the days ahead a forecast is for (今明两天, 未来三天), opening the
    sentence after the forecast's source, hold for every clause of the forecast, as they would opening it."""
    return _DAYS_AHEAD_OPEN.fullmatch(best.group(0)) is not None and not _forecast_source().sub("", before.strip())


_DAYS_AHEAD_OPEN = re.compile(r"今明两[天日]|未来.{1,3}[天日]")


@cache
def _forecast_source() -> re.Pattern:
    """据县气象台预计， opening a sentence: the source of a forecast, a clause of its own before its period."""
    return re.compile(r"^据[^，,；;：:。]{1,16}?(?:" + vocabulary.alternation("projection_markers") + r")\s*[，,]\s*")


def _to_come(r: Reading) -> str:
    """A figure for a year to come with no marker in its clause: a forecast when an earlier clause of its
    sentence says what will be (明年起，病种将扩大到52种，比现行目录增加14种), else a plan's target."""
    return "forecast" if _WILL.search(r.norm, 0, r.quote_start) or _FORECAST_WORD.search(r.norm, 0, r.quote_start) \
        else "target"


_WILL = re.compile(r"(?<![拟])将(?![近来])")  # 将扩容至: 'will'; not 将近 (a hedge), 将来, nor 拟将 (a plan's ba)


_DONE = re.compile(r"已|累计|完成")  # 累计已超过9000亿元: what is done is no plan


def _deadline(norm: str, m: re.Match | None) -> bool:
    """2020年底前，全县完成改造2.3万户: a year to come written as a deadline (…前) is a plan, 完成 and all."""
    return m is not None and norm.startswith("前", m.end())


_YEARS = re.compile(r"\d{4}(?:/\d{4})?")  # 2023, 2021/2025: a year or years


def _not_yet_over(period: str, edition_date: date | None) -> bool:
    """A span of years or a year that ends after the edition's year (2021/2025 on a page of 2021)."""
    return (edition_date is not None and re.fullmatch(r"\d{4}(?:/\d{4})?", period) is not None
            and int(period[-4:]) > edition_date.year)


@lru_cache(maxsize=256)
def periods_in(norm: str) -> tuple[re.Match, ...]:
    """Every period of a sentence, read once for all its numbers."""
    return tuple(PERIOD.finditer(norm))


def _resolved(m: re.Match, r: Reading, edition_date: date | None,
              day: tuple[str | None, str | None] = (None, None)) -> str | None:
    """A period as :func:`resolve_period` reads it, but 全年 and 年末 of a projection (预计全年增长5.5%) are this year,
    and so are its 上半年, 下半年, 一季度 to 四季度 and 前三季度 (上半年…有望突破百亿元: the half not yet over); 当天 is ``day``
    (the day the story named last, the day it reports): :func:`~frontpage.numbers.periods.that_day`."""
    if m.group("sameday"):
        return that_day(m, *day)
    written = _written_year(m, edition_date) if _PART_OF_A_YEAR.intersection(k for k, v in m.groupdict().items() if v) else None
    if written is not None:
        return resolve_period(m, date(written + 1, 1, 1))  # 去年四季度, 去年…，其中四季度预计…: that year's quarter
    if (m.group("whole") or m.group("yend")) and r.projection and edition_date is not None:
        return str(edition_date.year)  # 力争年底…突破500头, 年末…预计达186.7万人: this year's end, to come
    if r.projection and edition_date is not None and m.group("mend"):
        return resolve_period(m, date(edition_date.year, 12, 31))  # 力争到9月底: this year's month's end
    if r.projection and edition_date is not None and (m.group("q") or m.group("h1") or m.group("h2") or m.group("q3")
                                                      or m.group("ml") or m.group("mm")):  # 预计7月、8月…将
        return resolve_period(m, date(edition_date.year + 1, 1, 1))  # as read once this year is over: 四季度, 下半年 too
    return resolve_period(m, edition_date)


_PART_OF_A_YEAR = frozenset({"q", "q3", "h1", "h2", "mm", "ml", "front"})  # 四季度, 下半年, 1至2月: no year of their own
# a year written before them in the sentence: not a base (比去年, 与上年相比, 去年同期), a span's start (去年以来) or a
# year's end (去年底)
_WRITTEN_YEAR = re.compile(r"(?<![比较与同提])(?:(?P<rel>去年|上年|前年|今年|本年|明年)|(?P<abs>\d{4})\s*年)"
                           r"(?!\s*(?:同期|以来|来|间|底|末|[至到—\-~\d]))")
_YEAR_SHIFT = {"去年": -1, "上年": -1, "前年": -2, "今年": 0, "本年": 0, "明年": 1}


def _written_year(m: re.Match, edition_date: date | None) -> int | None:
    """The year a quarter, half or months without one belong to when the sentence wrote it before them (预计上年四季度,
    前年四季度, 去年全县…增长5.2%，其中四季度预计增长5.5%; 明年一季度): the last year word before them, else None."""
    found = None
    for y in _WRITTEN_YEAR.finditer(m.string, 0, m.start()):
        found = y
    if found is None:
        return None
    if found.group("abs"):
        return int(found.group("abs"))
    return None if edition_date is None else edition_date.year + _YEAR_SHIFT[found.group("rel")]


def _period_match(norm: str, end: int, lo: int, base: int | None = None, prev_end: int = 0) -> re.Match | None:
    """The last period before ``end`` that lies in the clause starting at ``lo`` or opens its own,
    skipping the base of a comparison (比一季度, 恢复至2019年同期的), a target year of another clause and
    the period of the number before (由2021年的46种增加到68种)."""
    best = None
    for pm in periods_in(norm):
        if pm.end() > end or (base is not None and pm.start() >= base):
            break
        if pm.start() >= lo and pm.end() < prev_end and norm.startswith("的", pm.end()):
            continue  # 由2021年的46种: that period belongs to the number it describes
        if pm.group("target") and pm.start() < lo and not opens_clause(norm, pm.start()):
            continue
        if re.search(r"(?:比|较|同|与|占)$", norm[:pm.start()]):
            continue  # 比一季度: the base of a comparison, not the claim's period; 占全年降水量的比重: the whole of a share
        if cut_off_day(norm, pm):
            continue  # 今年春运以来（截至2月25日）: the day a to-date figure runs to, not its period
        if _in_list_of_dates(norm, pm):
            continue  # 分别于1953年、1964年…和2020年进行了七次普查: a count over the dates, none its period
        if pm.group("ago") and _flashback_over(norm, pm, end, lo):
            continue  # 三年前，…不足8000元；如今，…: the look back dates its own clauses only
        if pm.start() < lo and norm.startswith(_OVER_A_MEAN, pm.end()):
            continue  # 五年年均增长12.6%；人均…突破5000美元: the years a mean is over date its clause only
        if pm.start() >= lo or opens_clause(norm, pm.start(), pm.end()) or _after_topic(norm, pm):
            best = pm
    return best


_OVER_A_MEAN = ("年均", "年平均")


def _flashback_over(norm: str, pm: re.Match, end: int, lo: int) -> bool:
    """N年前 (三年前) dates the clause it opens and those after it, until one with a time word of its own (如今,
    目前, 已, 累计: ``present_markers.csv``, ``reported_markers.csv``); not a start (三年前开始, 三年前至今: a span
    to now) nor a base (三年前相比), and not past its own clause when it stands inside a sentence another period opens (今年以来，…，
    三年前只有…，…: an aside)."""
    own_end = clause_bounds(norm, pm.end())[1]
    if _SINCE_AGO.match(norm, pm.end()) or _SINCE_AGO.search(norm, pm.end(), own_end):
        return True
    if pm.start() >= lo:
        return False
    return any(o.start() < pm.start() for o in periods_in(norm)) or _now_again().search(norm, own_end, end) is not None


_SINCE_AGO = re.compile(r"\s*(?:开始|起|以来|至今|到现在|相比|相较|对比)")  # a start, or a base (三年前相比)


@cache
def _now_again() -> re.Pattern:
    """A clause's own time word after a look back: now (如今, 现在, 目前: ``present_markers.csv``) or done to date
    (已, 累计: ``reported_markers.csv``, kind ``clause``)."""
    return re.compile(vocabulary.alternation("present_markers") + "|" + vocabulary.alternation("reported_markers", kind="clause"))


_DATE_LIST_BEFORE = re.compile(r"年\s*[、和及与]\s*$")
_DATE_LIST_AFTER = re.compile(r"\s*[、和及与]\s*\d{4}\s*年")


def _in_list_of_dates(norm: str, pm: re.Match) -> bool:
    """A year that is one item of a list of years (1953年、1964年和2020年): several dates, no one period."""
    return bool(pm.group("year")) and (_DATE_LIST_BEFORE.search(norm, 0, pm.start()) is not None
                                       or _DATE_LIST_AFTER.match(norm, pm.end()) is not None)


def _after_topic(norm: str, pm: re.Match) -> bool:
    """A time word printed right after the place that opens its clause (全市今年秋粮播种面积…，其中水稻…;
    临峤港今年集装箱吞吐量…，比2019年同期增长37.5%): it frames what follows, as one that opens it does.
    Not a year written out (新区2018年重大项目签约仪式: a year naming an event)."""
    if pm.group("year") or norm[pm.start() - 1:pm.start()] not in _PLACE_ENDS:
        return False  # (most periods: checked before the clause is looked for)
    lo = max(norm.rfind(ch, 0, pm.start()) for ch in "，,；;：:。") + 1
    return _PLACE_TOPIC.fullmatch(norm, lo, pm.start()) is not None


_PLACE_ENDS = frozenset("市省县区州国港镇村")
_PLACE_TOPIC = re.compile(r"(?:[全本我][市省县区州国]|[\u4e00-\u9fff]{1,4}[市省县区州港镇村])")


_CUT_OFF = re.compile(r"以来\s*[（(]?\s*截[至止]\s*$")


def cut_off_day(norm: str, pm: re.Match) -> bool:
    """A day after 以来（截至…: the day a figure to date runs to (今年春运以来（截至2月25日）), not its period."""
    return (pm.group("md") or pm.group("cday")) is not None and _CUT_OFF.search(norm, max(0, pm.start() - 12), pm.start()) is not None


def place(r: Reading, edition_date: date | None, previous: str | None = None,
          inherited: tuple[str | None, str | None] = (None, None), dateline: str | None = None,
          opening: tuple[str | None, str | None] = (None, None), day: str | None = None,
          reported: str | None = None) -> Reading:
    """Stages 5-8 on a reading of stages 1-4 (``day``: the day the story named last, for 当天; ``reported``:
    its dateline's day)."""
    r.edition_date = edition_date
    return year_on_year(period(subject(comparison(direction(r)), previous), edition_date, inherited, dateline,
                               opening, day, reported))
