"""What a number measures: the noun phrase before it (投入财政援助帮扶资金24.2亿元) or after
its measure word (121家山东企业), with framing words (据统计, 同比, 达到 …) cut away.

The verbs that introduce a subject are a vocabulary (``subject_verbs``); the framing words
around a subject stay here as patterns, since they are grammar (time phrases, comparisons).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import vocabulary
from .periods import PERIOD
from ..parse.segmenter import first_word, spans_words, word_bounds, word_ends_at

# One-character verbs (增, 有, 为) hide inside nouns, so every subject verb has two characters or more.
VERBS: tuple[str, ...] = tuple(v for v in sorted(vocabulary.words("subject_verbs"), key=len, reverse=True) if len(v) > 1)
# (a verb before 员 names a worker, 分拣员, 调解员: no verb there)
VERB_RE = re.compile("(?:" + "|".join(re.escape(v) for v in VERBS) + ")(?!员)")
_FRAMES = {pos: "|".join(re.escape(w) for w in sorted(vocabulary.words("subject_frames", position=pos)
                                                      + vocabulary.words("subject_frames", position="both"),
                                                      key=len, reverse=True)) for pos in ("leading", "trailing")}
_CHANGE = "|".join("".join(f"(?<!{re.escape(n[:-len(w)])})" for n in vocabulary.words("no_change_words")
                           if n.endswith(w) and len(n) > len(w)) + re.escape(w)
                   + "".join(f"(?!{re.escape(n[len(w):])})" for n in vocabulary.words("no_change_words")
                             if n.startswith(w) and len(n) > len(w))
                   for w in sorted(vocabulary.words("change_verbs"), key=len, reverse=True) if len(w) > 1)
# (社员年均增收, 增收节支: a change verb inside a no-change word, ``no_change_words.csv``, is part of the noun)
# 产能, 功能: a noun ending in 能, whose 能 is no modal 'can' (one lookbehind per noun, each of fixed width).
_NOT_IN_A_NOUN = "".join(f"(?<!{re.escape(w[:-1])})" for w in vocabulary.words("neng_nouns"))
# 小将, 老将: a noun of people ending in 将, whose 将 is no 'will' (one lookbehind per noun, for every 将 read as one).
NOT_A_NOUN_JIANG = "".join(f"(?<!{re.escape(w[:-1])})" for w in vocabulary.words("jiang_nouns"))
# 规则, 细则: a word ending in 则, whose 则 is no contrastive adverb (one lookbehind per word).
_NOT_A_WORD_ZE = "".join(f"(?<!{re.escape(w[:-1])})" for w in vocabulary.words("ze_words"))
# 供应, 响应: a word ending in 应, whose 应 is no modal 'should' (one lookbehind per word).
_NOT_A_WORD_YING = "".join(f"(?<!{re.escape(w[:-1])})" for w in vocabulary.words("ying_words"))
# 下达, 送达, 抵达: a word ending in 达, whose 达 is no 'reaches' (one lookbehind per word).
_NOT_A_WORD_DA = "".join(f"(?<!{re.escape(w[:-1])})" for w in vocabulary.words("da_words"))
_NOT_A_PLAN_NOUN = "".join(f"(?<!{re.escape(w)})" for w in vocabulary.words("plan_verbs"))  # 招生计划: a plan, a noun
# 端午假期客流, 中秋假期全市游客量, “五一”假期: a holiday's name and its head (``holiday_names``, ``holiday_heads``) opening
# the phrase is a time word; not 春运 alone (春运客车 is a noun), nor with nothing of two characters after it.
_HOLIDAY_SPAN = (r"(?:“?(?:" + vocabulary.alternation("holiday_names") + r")”?)+(?:" + vocabulary.alternation("holiday_heads")
                 + r")(?:期间)?(?=[\u4e00-\u9fff“]{2})")
LEADING = re.compile(
    r"^(?:(?:[\d一二三四五六七八九十两]+年来|" + _FRAMES["leading"] + r"|[●○■□◆◇▲△★☆·①-⑳]|[一二三四五六七八九十]{1,2}、|（[一二三四五六七八九十]{1,2}）|[一二三四五六七八九十]是(?=[\u4e00-\u9fff“]{2})"
    r"|\d{1,2}月(?:份|(?:末|底)前?|初)|(?:至|到)?\d{1,2}日|以来|届时|据统计|据了解|据介绍|据悉|据初步统计|预计|其中|当月|各(?:季度|月份?)|以前|过去|此前|累计|共计|截[至止]\S{0,8}?底|同时|此外|另外|" + vocabulary.alternation("present_markers") + r"|今年|去年|全年|上半年|下半年|前三季度"
    r"|\d{4}年(?:至\d{4}年)?(?:以来|(?:末|底)前?|度(?=[\u4e00-\u9fff]{2}))?|(?:19|20|１９|２０)\d{2}(?:届|年度)?(?=[\u4e00-\u9fff])(?![年月日号])|\d{1,2}月(?:\d{1,2}日)?|\d{1,2}至\d{1,2}月|前[两二三四五六七八九十\d]{1,2}个?月|[\d一二三四五六七八九十两]+年来|近[\d一二三四五六七八九十两]+年|近[\d一二三四五六七八九十两]*个?(?:周|月|日|天)|[一二三四]季度(?:末|底)?|扣除[^，,]{0,10}?因素后?|(?:“[^”]{1,8}”|[\u4e00-\u9fff]{1,6}?)(?:" + vocabulary.alternation("event_times") + r")(?=[\u4e00-\u9fff“]{2})|" + _HOLIDAY_SPAN + r"|其(?![他余它])|还|并|和|及|与|的|后|但是?|控制在"
    r"|如果|倘若|假如|若(?!干)|如(?=" + VERB_RE.pattern + r")|[\d０-９]{1,2}[.．](?=[\u4e00-\u9fff“])"  # 若合格率…, 如剔除…: a condition; 1.办公桌椅: a list's number
    r")[，,：:]?)+"  # 其中：教育支出: a connective with its colon
)
TRAILING = re.compile(
    r"(?:两年平均|同比[多少快慢高低]|环比[多少快慢高低]|同比|环比|比上年同期|比去年同期|比上年|比去年|较上年|较去年|比上月|累计|共计|合计|总计|共|分别|均|都|也|还|仍|已|已经|" + NOT_A_NOUN_JIANG + r"将|"
    r"(?<=[\u4e00-\u9fff]{2})" + _NOT_A_PLAN_NOUN + r"(?:计划|計劃)(?=(?:将|要)?(?:稳定在|保持在|控制在|达到|达|超过|突破|增至|提高到|提高至|为))|"  # 面积计划达到, 行车间隔计划为: a target's marker (not 招生计划达到: a plan)
    r"(?<=收入|支出)预算(?=安排|$)|"  # 一般公共预算支出预算安排: the budgeted figure of the revenue or spending named
    r"(?<=[\u4e00-\u9fff]{2})(?<![共分乐尊畅专独惠坐安])享|"  # 市民卡乘车享八五折: 'enjoys' before a discount or a benefit (not 共享, 分享)
    r"(?<=[\u4e00-\u9fff]{2})(?<![确认决评鉴核设审锁制拟规暂初选约商议特指否判限])定为|"  # 供暖期定为120天: 'set at'
    r"将达|达到|" + _NOT_A_WORD_DA + r"达|(?<![行作])为|约|近|超过|逾|超|不到|不足|大约|接近|将近|增长|增加|下降|减少|提高|降低|回落|上升|放缓|了|就|又|再|"
    r"连续第?[\d一二三四五六七八九十两]{1,3}个?年|"
    r"(?<=[\u4e00-\u9fff]{2})[\d一二三四五六七八九十两]{1,2}年(?=(?:累计|年均|平均)|$)|"  # 收入五年累计: a span of years is a time word  # 有望连续第5年稳定在: a run of years is a time word
    r"连续|持续|要|需|可|应当|必须|(?<![便事适])宜|"  # 规模宜控制在: a modal 'should', as 应 (not 便宜, 适宜, 事宜)
    + _NOT_A_WORD_YING + r"应|(?<![必无])须|" + _NOT_A_WORD_ZE + r"则|"  # 客流则增长: a contrastive adverb (not 规则, 细则)
    + _NOT_IN_A_NOUN + r"能|(?<=[\u4e00-\u9fff]{2})(?<![净新])[增降涨跌]|"  # 个案增近两成: a headline's one-character change
    r"稳定在|保持在|控制在|缩短至|缩短到|延长至|增至|降至|升至|提至|调至|提高到|提高至|虽|是|的|从|在|"
    r"(?:恢复|压减|压缩|扩建|扩大|扩容|提高|增加|增长|下降|降低|减少|缩短|延长|上升|收窄|缩小)(?:到|至)?|"
    r"(?:延伸|扩充|拓展|扩展|延时|(?<=[\u4e00-\u9fff]{2})[涨跌])(?:到|至)|"  # 隔离带延伸至, 收购价每斤涨到: a verb reaching the level
    r"每(?:[\u4e00-\u9fff]{1,2}|平方公里|平方米|立方米)(?=$)|"  # 产水模数每平方公里: a per-area base
    r"(?<=..)(?:约|近|已|仅|只|均|共)?占(?:全|本|我)?[\u4e00-\u9fff]{0,3}?[国省市县区](?=$)|"  # 利润约占全省两成: a place's whole
    r"在[^，,；;在]{0,8}?基础上|"  # 在上年基础上再压减: a base, as 比上年
    r"(?:至|到)(?:上年|去年)?同期(?:水平)?的?|"  # 恢复至2019年同期九成 (its year cut as a time word): a base, as 比上年
    r"(?:比|较)(?:\d{4}年|\d{1,2}月份?|上年同期|去年同期|上年末|上年|去年|上月|上季度|上半年|[一二三四]季度|年初|年末|常年同期|常年|历年同期|多年平均)|"
    + "(?:" + _CHANGE + ")(?:到|至)?|" + _FRAMES["trailing"] + ")+$"
)
# 增速, 涨幅: the rate of the thing before them (钢铁行业增速 → 钢铁行业); kept when nothing comes before.
_RATE_WORDS = vocabulary.words("rate_words")
RATE = re.compile(r"(?:" + vocabulary.alternation("rate_words") + ")$")  # cut only with two characters before it
# 累计, 共计 inside a subject name a comparison, not what is measured (城区累计降雪 → 城区降雪).
_TIME_HINT = re.compile(r"[年月季日号五周天]")  # every period names one of these (十四五 its 五)
# (not after a code's letters: PM10月均浓度 names PM10; nor after 占: 占全年降水量 names the whole a share is of)
_TIME_WORDS = re.compile(r"(?<![A-Za-zＡ-Ｚａ-ｚ\d０-９占])(?:到|截[至止])?(?:" + PERIOD.pattern + r")(?:(?<=年)度)?(?:份)?(?:末|底|初)?(?:(?<=[底末])前)?(?:以来)?"
                         r"|(?<=[\u4e00-\u9fff]{2})每(?:年|季度|月|周|天|日)(?=[\u4e00-\u9fff]{2})")  # 3月份, 2024年度, 9月末, 到今年年底, 今年以来; 图书馆每周开放时间: a rate's time word
# (but 累计加工零件: kept before a verb that is also a noun, which only an adverb makes a verb)
# (累计收购量: before such a word that with 量, 值, 率 or 额 names a measure, 累计 is the comparison again)
_INNER_COMPARISON = re.compile(r"(?<=.)(?:累计|共计|合计)(?=.)(?!(?:" + vocabulary.alternation("verb_or_noun") + r")(?![值率额量]))")
# 被 is a passive (5名同志被授予…称号 → 同志) but in a noun beginning with it (被执行人, 被保险人: ``bei_nouns.csv``).
_PASSIVE_BEI = "被(?!" + "|".join(re.escape(w[1:]) for w in sorted(vocabulary.words("bei_nouns"), key=len, reverse=True)) + ")"
STOP_AFTER = re.compile(r"平均|今年|去年|明年|全年|集中(?!式)|共同|正在|全部|已经|陆续|累计|分别|同时|稳定|保持|在(?!校(?![园区内外门])|职|岗|读|建|编|册|外(?![地省市县国]))|[于向从对为把让将已均都也还的，,。；;：:！？!?、（]"
                        r"|使(?![用命])"  # (在校生, 在职职工, 在建项目: 在 opens an adjective, no stop)
                        r"|" + _PASSIVE_BEI +  # 失信被执行人, 被保险人: a noun of people, no passive
                        r"|未(?!成年|来)|建设(?=[在于向从对为把被让使将已均都也还的，,。；;：:！？!?、]|$)|(?<!建)设(?![备施计立置区])"
                        r"|\d|[A-Za-z]|和(?=[\d近约超逾一二三四五六七八九十两])|[约近超逾](?=[\d一二三四五六七八九十两百千万萬亿億])"
                        + "|" + vocabulary.alternation("rate_words") + "|" + _FRAMES["leading"])
# A numbered section heading run into its text (二、农业全年粮食播种面积…): the heading is no part of a subject.
HEADING = re.compile(r"^[一二三四五六七八九十]{1,2}、[\u4e00-\u9fff、\s]{1,16}?(?=" + PERIOD.pattern + ")")
_ATTRIBUTES = frozenset(vocabulary.words("attribute_nouns"))
# A projection verb inside a subject ends what comes before it (全省将力争规模以上工业增加值 → 规模以上工业增加值);
# a per-unit base before the number is no subject (单产将达到每亩 → 单产).
_MARKER_INSIDE = re.compile(r"^[^，,；;]*?(?:将)?(?:力争|预计|确保|目标是|目标为)(?=[^，,；;]{2})")
_PARTICLE_LE = re.compile(r"(?<=[\u4e00-\u9fff])(?<![为除罢])了(?=[\u4e00-\u9fff])(?![解却结])")
_COUNTS_OF_PEOPLE = tuple(a for a in _ATTRIBUTES if re.fullmatch(r"[人户]数", a))  # not 套数: units, no people
_THERE_IS = re.compile(r"^[\u4e00-\u9fff]{1,6}?[里内]有(?=[\u4e00-\u9fff]{2})")
_VERB_NOUNS = frozenset(vocabulary.words("verb_nouns"))
# 投入, 投放 (kind ``object``): after a noun they are its verb, never a compound with a short noun (石门乡投入资金 → 资金).
_OBJECT_VERB_NOUNS = frozenset(vocabulary.words("verb_nouns", kind="object"))
_INTRANSITIVE = frozenset(vocabulary.words("intransitive_verbs"))
_PARTICIPLES = frozenset(vocabulary.words("participle_verbs"))  # 参与群众: the participants
_COMPARATIVES = frozenset(vocabulary.words("hedges"))  # 低于, 高于, 超过 …

PEOPLE = re.compile(r"(?:" + vocabulary.alternation("people_nouns") + r")$")  # 志愿者, 群众 …: ``people_nouns.csv``
VISITS = re.compile(r"人次$")
HOUSEHOLDS = re.compile(r"(?:户|家庭|农户)$")
MONEY = re.compile(r"(?:投资|资金|收入|销售额|产值|总额|营收|利润|税收|资产|估值|融资|贷款|GDP|生产总值|增加值)$")


@lru_cache(maxsize=65536)
def clean_subject(text: str, keep_rate: bool = False) -> str:
    """A subject without its frame: 据统计，今年全市销售额同比 → 全市销售额; 比一季度 → "". A rate word
    after a noun goes too (产量增速 → 产量) unless ``keep_rate``."""
    # 比一季度, 与上年: a base, not a subject (but 同步加装电梯的小区, 与会代表 are nouns)
    # (but 比重, 比例 are share nouns: 比重为41% keeps them, as the base patterns of ``context`` do)
    t = re.sub(r"^(?:比(?![重例值率])|较|(?:与|同)(?=[\d上去前一二三四]))[^，,]{0,8}?(?=$)", "", text.strip())
    t = HEADING.sub("", t) if "、" in t else t
    t = _after_marker(t) if "力" in t or "预" in t or "确" in t or "目标" in t else t  # 全省将力争全年…增加值
    t = _PLANNED_TOTAL.sub("", t) if "划" in t or "劃" in t else t  # 该项目计划总投资 → 该项目总投资
    t = _after_plan(t) if "计划" in t else t  # 全县计划粮食播种面积 → 粮食播种面积
    t = _strip_marks(t)
    if "（" in t and "）" not in t[t.rindex("（"):]:
        t = re.sub(r"^(?:按照|按|以|含|包含|包括)", "", t[t.rindex("（") + 1:])  # 利息（按年利率3.85%计算）, （含补助收入: inside
    t = _after_unmatched_closer(t) if any(ch in _CLOSERS for ch in t) else t
    t = re.sub(r"^的", "", t)
    t = _PARTICLE_LE.sub("", t) if "了" in t else t  # 行政村开展了电商业务 → 行政村开展电商业务
    t = _strip_frame(t)
    t = _object_of_preposition(t) if "把" in t or "将" in t else t
    inner = _TIME_WORDS.sub("", t) if _TIME_HINT.search(t) else t  # time words anywhere: 澄州港前三季度吞吐量
    inner = _EMPTIED_BRACKETS.sub("", inner) if inner != t else inner  # 汛期（5—9月）降水量: a bracket of time words only goes
    inner = _INNER_COMPARISON.sub("", inner) if "计" in inner else inner  # 城区累计降雪
    if inner != t:
        t = _strip_frame(inner) if inner else ""  # 年内: only time words, no subject
    rm = RATE.search(t) if t.endswith(_RATE_WORDS) and not keep_rate else None
    rate = t[:rm.start()] if rm and rm.start() >= 2 else t  # 周涨跌幅 is a rate alone, not 周涨 + 跌幅
    return _strip_frame(rate) if rate != t else t  # 产量同比增速 → 产量


_OPENERS, _CLOSERS = "（(［[【", "）)］]】"
_EMPTIED_BRACKETS = re.compile(r"[（(][\s—–\-～~至到、和及]*[）)]")


def _after_unmatched_closer(t: str) -> str:
    """What follows a bracket closed but never opened in ``t``: the bracket ends something printed
    before the subject (…注：见附件）全市投入资金, or markup such as …(javascript:…)山东省投入资金), so the
    subject starts after it."""
    depth, cut = 0, 0
    for i, ch in enumerate(t):
        if ch in _OPENERS:
            depth += 1
        elif ch in _CLOSERS:
            depth, cut = (depth - 1, cut) if depth else (0, i + 1)
    return t[cut:]


# 把/将 bring the object forward (把全县单位GDP能耗再降低一成, 县图书馆已将开放时间延长至): what is measured is
# that object, not the actor before it; 将 only after an adverb or at the start (将来, 即将 are no preposition).
# (also after a proposal's or plan's verb, 拟将, 建议将, 计划将 + the object: 听证方案拟将居民用气价格由…调整为; not 将于, 将在, 将要:
# there 将 is 'will')
_DISPOSAL = re.compile(r"^[^，,；;]*?(?:把(?![握关手])|(?:^|(?<=[已要并还也都再]))将(?![来近军士领])"
                       r"|(?:(?<=拟)|(?<=建议|计划|计劃|提议|决定|准备))将(?![来近军士领于在要会])(?=[\u4e00-\u9fff“]))(?=[^，,；;]{2})")


def _object_of_preposition(t: str) -> str:
    m = _DISPOSAL.match(t)
    if m is None or VERB_RE.match(t, m.end()) or re.match(r"[达为在到至增提降超突有]|实(?:现|施|行)", t[m.end():]):
        return t
    return _strip_frame(t[m.end():])


def _after_marker(t: str) -> str:
    """What follows a projection verb inside a subject when a noun follows it (全省将力争全年规模以上工业增加值
    → 全年规模以上工业增加值), else ``t`` (早稻单产预计将达到: the noun is before it)."""
    m = _MARKER_INSIDE.search(t)
    if m is None or re.match(r"将|达|为|在|实现|突破|超过|增|提高", t[m.end():]) or VERB_RE.match(t[m.end():]):
        return t
    if not _strip_frame(t[m.end():]):
        return t  # 工业增加值力争年均: only a frame after the marker, the noun is before it
    return t[m.end():]


# 计划 'plans to' after a place (全县计划粮食播种面积, 该县计划投入资金) or opening the phrase (计划工期): a target's
# marker like 力争, what follows is measured; not 计划生育, 计划单列 (nouns), nor after a noun of its own (早稻计划种植面积).
_PLAN_INSIDE = re.compile(r"^(?:[\u4e00-\u9fff]{0,4}?[省市县区镇乡村州])?(?:将|还|也|今年|年内)?计划"
                          r"(?!" + "|".join(re.escape(w[2:]) for w in vocabulary.words("jihua_words")) + r")(?=[\u4e00-\u9fff]{2})")


# 该项目计划总投资, 园区二期计划总投资: 计划 between what is invested in and its total investment marks a target, as
# 力争 does: no part of the subject (the noun and 总投资 stay); not 计划总投资亿元以上项目 (a category by its planned size).
_PLANNED_TOTAL = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?<![省市县区镇乡村])(?:计划|計劃)(?=(?:总|總)(?:投资|投資))(?![^，,；;]*以[上下])")


def _after_plan(t: str) -> str:
    m = _PLAN_INSIDE.match(t)
    rest = _strip_frame(t[m.end():]) if m else ""
    if not rest or re.match(r"将|达|为|在|实现|突破|超过|增|提高", rest) or VERB_RE.fullmatch(rest) \
            or re.search(r"以[上下]", rest):
        return t  # 云泽省计划投资: a lone verb after it; 计划总投资亿元以上项目: a category by its planned size
    return rest


def _strip_frame(t: str) -> str:
    prev = None
    while prev != t:
        prev = t
        t = LEADING.sub("", t)
        t = TRAILING.sub("", t)
        t = _strip_marks(t)
    return t


def _strip_marks(t: str) -> str:
    """``t`` without spaces, commas and quotation marks at its ends, but a quote that a mark inside
    closes stays: “新三样”产品出口."""
    t = t.strip(" 　\"'、，,")
    while t and t[0] in "“「" and ("”" if t[0] == "“" else "」") not in t[1:]:
        t = t[1:].lstrip(" 　\"'、，,")
    while t and t[-1] in "”」" and ("“" if t[-1] == "”" else "「") not in t[:-1]:
        t = t[:-1].rstrip(" 　\"'、，,")
    return t


# A verb whose object is followed by 的 and a noun is a relative clause (开设互联网诊疗的比例, 同步加装电梯的小区):
# the whole phrase is what is measured; but a verb before a clause of its own (新增有出口业绩的企业, 吸引来此
# 创业的青年) introduces the noun that clause describes.
_RELATIVE = re.compile(r"^(?![有来在从向对到去至往])[^的，,；;：:]{1,12}的[\u4e00-\u9fff“]{2}")


# Grammar, not vocabulary: what joins two verbs of one object, and what before a verb is no noun.
_CONJUNCTION = re.compile(r"[和并及与或、]|并且|以及")  # 新建、改扩建学校: two verbs listed, one object
_ADVERBS_BETWEEN = re.compile(r"[再又还也已将都均]+")  # 提出再新建农村公路: the second verb acts, its object is measured
_CATEGORY_RE = re.compile(vocabulary.alternation("verb_initial_nouns"))
_NOUN_END = re.compile(r"[已将仍还也都均]")  # 救助资金已下拨: the noun after a verb ends at an adverb
_ACHIEVING = re.compile(r"实现|完成")  # verbs of an achieved result: their object is the figure's noun
_TIME_GAP = re.compile(r"(?:以来|以后|之后|后|期间|时|" + _FRAMES["leading"] + r")[可将能]?")  # 开放首周接待读者, 调整后可减轻: a time word
_NOT_A_NOUN = re.compile(r"[已共将再又还也都均并和及与新累计的]")


def _in_category_name(t: str, at: int) -> bool:
    """Whether position ``at`` of ``t`` lies inside a category's name (新建商品住宅, 政府采购工程: the verb in it
    names the category, it introduces no noun); not after an adverb, after 新 'newly' or at an event (共签约项目,
    新签约项目, 推介会现场签约项目: the verb acts there)."""
    return any(m.start() <= at < m.end() and not _ADVERB_BEFORE.search(t, 0, m.start()) and not t.endswith("新", 0, m.start())
               and not _AT_AN_EVENT.search(t, 0, m.start()) for m in _CATEGORY_RE.finditer(t))


def _at_an_event() -> re.Pattern:
    """What before a category's verb places the act at an event (洽谈会现场, 大会上), at its opening (现场签约项目)
    or on a trip (赴港): vocabulary ``event_places``."""
    after, opening, trip = (vocabulary.alternation("event_places", kind=k) for k in ("after", "opening", "trip"))
    return re.compile(rf"(?:{after})$|^(?:{opening})$|(?:{trip})[\u4e00-\u9fff]{{1,3}}$")


_AT_AN_EVENT = _at_an_event()


_FUND_HEAD = re.compile(vocabulary.alternation("fund_heads"))


def _names_a_funds_purpose(t: str, v: re.Match, rest: str) -> bool:
    """Whether the verb ``v`` names the purpose of a fund right after it (``fund_heads``), inside the object of an
    earlier verb (安排茶产业发展专项资金, 骗取建设补助资金): part of the fund's name, not a verb of its own."""
    return (_FUND_HEAD.match(rest) is not None and VERB_RE.search(t, 0, v.start()) is not None
            and not _NOT_A_NOUN.match(t[v.start() - 1]))


# 带动就业人数, 带动销售额, 涉及金额: a verb of an effect or of what a case reaches introduces even an attribute or a
# measure named with a verb (the people employed, the sales, the sum): no part of the noun after it, unless with
# that noun it describes a later one (涉及中小微企业的案件).
_EFFECT_VERBS = frozenset(("带动", "拉动", "涉及"))


def _inside_a_noun(t: str, v: re.Match, rest: str) -> bool:
    """Whether the verb ``v`` of ``t`` is part of the noun rather than introducing it."""
    if v.group(0) in _EFFECT_VERBS and re.match(r"[\u4e00-\u9fff]{2}", rest) and not rest.startswith(("的", "占")) \
            and _RELATIVE.search(rest) is None:  # not 涉及司法保障的条款: a relative clause describes the noun
        return False
    return (rest.startswith(("的", "值", "率", "额", "量", "员", "室", "器", "性", "类", "（", "(", "占")) or rest in _ATTRIBUTES
            or _names_a_funds_purpose(t, v, rest)  # 安排老旧小区改造专项资金: the fund's purpose
            or _forms_a_compound(t, v, rest)  # 全省收购网点, 开展走访活动, 走访组: the verb and the head are one noun
            or (v.group(0).endswith("起") and rest.startswith("来"))  # 建起来的大棚: 起来 is a complement, no 建起
            or _NAMES_A_PLACE.match(rest) is not None  # 安置点已接待, 收割机等农机具: a place or an instrument
            or (rest[:1] in _PLACE_SUFFIXES and VERB_RE.match(rest, 1) is not None)  # 开发商投资: the trader acts
            or (v.start() >= 1 and t[v.start() - 1] == "总")  # 计划总投资亿元以上项目: 总 and the verb are a noun
            or re.fullmatch(r"总[\u4e00-\u9fff]", rest) is not None  # 签约总额, 成交总量: the verb names the total
            or (rest.startswith("区") and not rest.startswith(("区级", "区县")))  # 建成区面积, 开发区: a verb names a zone
            or rest.endswith(_COUNTS_OF_PEOPLE)  # 参加基本养老保险人数: the number of those who take part
            or (re.fullmatch(r"[\u4e00-\u9fff]{2}[率额量值数]", rest) and VERB_RE.match(rest) is not None
                and not _ACHIEVING.fullmatch(v.group(0)))  # 实现销售额: what is achieved is the sales
            or re.fullmatch(r"[\u4e00-\u9fff]{1,4}率", rest) is not None  # 登记失业率, 走访企业覆盖率: a rate named with a verb
            or (_RELATIVE.search(rest) is not None  # 设立老年医学科的比例: the verb and its object describe the noun
                and v.group(0) not in _COMPARATIVES)  # 低于国家核定的债务限额: a comparative's noun is the level
            or (v.group(0) in _INTRANSITIVE and rest != "")  # 参赛选手: a verb that takes no object describes the noun
            or (v.group(0) in _PARTICIPLES and _opens_on_people(rest))  # 参与群众, 注册志愿者, 检查人员
            or (v.group(0) in _VERB_NOUNS and v.group(0) not in _OBJECT_VERB_NOUNS and v.start() >= 2 and 1 <= len(_NOUN_END.split(rest)[0]) <= 2
                and not _NOT_A_NOUN.match(t[v.start() - 1])  # 老旧小区改造项目, 水利建设投资: a compound noun
                and not _ACTOR.search(t, 0, v.start())))  # 市公安局投入警力, 当地投入资金: an actor's verb



_NOUN_HEAD = re.compile(r"(?:" + vocabulary.alternation("noun_heads") + r")$")


def _verb_noun_compound(t: str, v: re.Match) -> bool:
    """Whether the verb-noun ``v`` (``verb_nouns``: 改造, 建设) after a noun and a noun head after it (``noun_heads``:
    项目, 工程) make one compound noun (农村危房改造项目, 水利建设工程), as ``_inside_a_noun`` reads them before a
    number; not a verb and its object (企业投资建厂: 建厂 is no noun head)."""
    return (v.group(0) in _VERB_NOUNS and v.start() >= 2 and _NOUN_HEAD.match(_NOUN_END.split(t[v.end():])[0]) is not None
            and not _NOT_A_NOUN.match(t[v.start() - 1]) and not _ACTOR.search(t, 0, v.start()))


# 收购网点, 走访活动, 走访组: a head noun that with the verb before it makes one noun (``compound_heads``: for the
# verbs its ``verbs`` names, or any verb), naming the act's sites, means, season, agents or team, not its object.
_COMPOUND_HEADS = {r["entry"]: frozenset(r["verbs"].split()) for r in vocabulary.table("compound_heads")}
_WORD_ENDS = re.compile(r"$|[^\u4e00-\u9fff]|" + STOP_AFTER.pattern + "|" + _NOT_A_NOUN.pattern)


def _forms_a_compound(t: str, v: re.Match, rest: str) -> bool:
    """Whether the verb ``v`` of ``t`` and the head noun that opens ``rest`` make one noun (全省收购网点,
    走访活动, 走访组累计…); not after an adverb (已收购…: the verb acts), and a head of one character only
    where the word ends with it (走访组, not 走访组织); for a verb that is also a noun's modifier, not after any mark
    of action (新落户企业: ``_ACTION_BEFORE``)."""
    marks = _ACTION_BEFORE if _OPENS_AS_VERB.get(v.group(0)) == "object" else _ADVERB_BEFORE
    if marks.search(t, 0, v.start()):
        return False
    return any(rest.startswith(head) and (not verbs or v.group(0) in verbs)
               and (len(head) > 1 or _WORD_ENDS.match(rest, 1) is not None or VERB_RE.match(rest, 1) is not None)
               for head, verbs in _COMPOUND_HEADS.items())


def _opens_on_people(rest: str) -> bool:
    """Whether ``rest`` opens on a noun of people or households that ends its phrase (群众, 志愿者人数…,
    农户人均收入): nothing after it, a stop, a verb, or what is counted or averaged of those people; not a
    noun of people leading into another noun (人员密集场所: the places are what a verb before it introduces)."""
    return any((PEOPLE.match(rest[:n]) or HOUSEHOLDS.match(rest[:n])) and _ends_the_people(rest[n:]) for n in (2, 3))


def _ends_the_people(after: str) -> bool:
    """Whether what follows a noun of people leaves it the end of its phrase: nothing, a stop, a verb or a
    change, or an attribute of those people (人数, 人均收入, 户均收入)."""
    return (after == "" or after.startswith(tuple(_ATTRIBUTES)) or re.match(r"[人户]均", after) is not None
            or STOP_AFTER.match(after) is not None or VERB_RE.match(after) is not None
            or re.match(_CHANGE, after) is not None)

# 安置点已…, 收割机等…: a verb, a place or instrument suffix, then what ends a noun (an adverb, a list's joint).
_NAMES_A_PLACE = re.compile(r"[点站室处所机器商](?:$|[已将仍还也都均等、和及与])")


# An institution or 当地 right before a verb is who acts (市公安局投入警力): the verb introduces its object
# (社会投资, 机会: 会 ends no institution there).
_ACTOR = re.compile(r"(?:(?<![社机])(?:" + vocabulary.alternation("institution_suffixes") + r")|机关|部门|^(?:当地|本地))$")  # 公安机关投入警力


def _subject_verbs(t: str, topic: bool = False) -> list[re.Match]:
    """The subject verbs in ``t`` that introduce a noun: not 覆盖的乡镇 (a modifier), 投资完成率 or 注册资本
    (a noun named with a verb), 固定资产投资（不含农户） or 研发投入占营业收入比重 (the verb ends a noun), 改造项目
    after a noun (a compound noun), nor the second of two verbs with a short noun between them
    (安排外贸发展专项资金: what is arranged is the fund; but 新增和改善灌溉渠道: two verbs, one object)."""
    out: list[re.Match] = []
    last_end = -9
    for v in _verb_matches(t, topic):
        if v.group(0)[0] == "新" and VERB_RE.match(t, v.end() - 1) \
                and not VERB_RE.match(t, v.end() - 1).group(0).endswith(("至", "到")) \
                and not (v.group(0) == "新增" and VERB_RE.match(t, v.end() - 1).group(0) != "增加"):  # 新增至…的航线, 新增开户单位: 新增, not 增至, 增开
            # 新开 overlaps 开工, the verb that is meant; it introduces even a short noun (新开工项目 → 项目, 新设立企业 →
            # 企业: what began or was set up this period, as 新增 and 新建 introduce theirs)
            v = VERB_RE.match(t, v.end() - 1)
        rest = t[v.end():]
        inside = _inside_a_noun(t, v, rest) or _in_category_name(t, v.start())  # 新建商品住宅, 政府采购: a category
        modifier = (1 <= v.start() - last_end <= 2 and len(clean_subject(rest)) >= 2
                    and not _TIME_GAP.fullmatch(t[last_end:v.start()])  # 成立以来救治患者: a time clause, two verbs
                    and not _CONJUNCTION.fullmatch(t[last_end:v.start()])
                    and not _ADVERBS_BETWEEN.fullmatch(t[last_end:v.start()])  # 提出再新建公路: an adverb, no noun
                    and not t[:last_end].endswith(_CAUSATIVES))  # 组织企业参加展会: who is made to act, then the verb
        if not inside:  # 调解室化解纠纷: a verb inside a noun is no verb a second one could modify
            last_end = v.end()
        if not inside and not modifier:
            out.append(v)
    return out


# 组织, 服务: verbs that are also nouns (党组织, 服务设施); a verb only where an adverb stands before it (已组织机械,
# 日均服务老年人; not 平均服务半径, 公共服务中心), or where the phrase opens on it and its vocabulary ``opening`` allows
# (组织农机: always; 服务学生: before the people served, not 服务业; 收购: only after a whole scope, 全市收购小麦,
# since opening the phrase it names what buying sets, 收购价, 收购网点).
_VERB_OR_NOUN_RE = re.compile(vocabulary.alternation("verb_or_noun"))
_OPENS_AS_VERB = {r["entry"]: r["opening"] for r in vocabulary.table("verb_or_noun")}
# 他加工, 近年来培养: a personal pronoun (who acts) or a time clause ending in 来 before it makes it a verb too.
_ADVERB_BEFORE = re.compile(r"(?:[已将再又还也都并]|(?<!平)均|(?<!公)共|累计|先后|^[他她]们?|年来|以来)$")


_CAUSATIVES = tuple(vocabulary.words("causative_verbs"))  # 组织企业参加…: the second verb is no modifier


# 全市组织培训: a whole area (whole_scopes) right before a verb that is also a noun acts through it (not 党组织).
_SCOPE_BEFORE = re.compile(r"^(?:" + vocabulary.alternation("whole_scopes") + r")$")


# 储备林面积, 储备粮规模: one character between a verb that is also a modifier and an attribute or a measure's name
# is no object of its own (a one-character noun is none): the verb and it make one noun (储备林, 储备粮).
_ONE_CHARACTER_HEAD = re.compile(r"[\u4e00-\u9fff](?:" + vocabulary.alternation("attribute_nouns") + "|"
                                 + vocabulary.alternation("measure_heads") + ")")


# 竹溪镇组织党员干部, 市科技局组织专家: an institution or a town, township, county, city or district right before a
# verb that is also a noun (opening ``verb``: 组织) is who acts, before an object of its own (not 组织部, 组织化).
_BY_A_BODY = re.compile(r"(?:(?<![社机党])(?:" + vocabulary.alternation("institution_suffixes") + r")|(?<=[\u4e00-\u9fff])[镇乡县市区])$")
_BODY_OBJECT = re.compile(r"(?![部者化性]|机构)[\u4e00-\u9fff“]{2}")


def _acts_as_verb(t: str, m: re.Match, topic: bool = False) -> bool:
    """Whether the verb-or-noun ``m`` of ``t`` acts as a verb there (``topic``: the phrase is the topic of a
    predicate printed after it, 帮扶干部共计, 落户人口增长)."""
    if _ONE_CHARACTER_HEAD.fullmatch(_NOUN_END.split(t[m.end():])[0]):
        return False  # 全县储备林面积: 储备林 is the noun
    if _OPENS_AS_VERB[m.group(0)] == "object":
        return _acts_on_an_object(t, m, topic)
    if _OPENS_AS_VERB[m.group(0)] == "verb" and _BY_A_BODY.search(t, 0, m.start()) and _BODY_OBJECT.match(t, m.end()):
        return True  # 某镇组织党员干部, 市农业局组织专家: a body or a place mobilises those after it
    if m.start() > 0 and (_ADVERB_BEFORE.search(t, 0, m.start()) or not _SCOPE_BEFORE.search(t, 0, m.start())):
        return _ADVERB_BEFORE.search(t, 0, m.start()) is not None
    # opening the phrase, or after a whole scope as if it opened it (全市组织培训; but 全区服务业增加值: 服务 names the trade)
    opening, after = _OPENS_AS_VERB[m.group(0)], _NOUN_END.split(t[m.end():])[0]
    return opening == "verb" or (opening == "scope" and m.start() > 0) or (opening == "people" and re.fullmatch(r"[\u4e00-\u9fff]{2,5}", after) is not None
                                 and PEOPLE.search(after) is not None)


# 共减免, 新落户, 拟表彰, 计划录取, 为企业减免: what marks a verb that is also a noun's modifier as acting
# (an adverb, 新, a plan's 拟 or 计划, a beneficiary after 为; not 作为, 行为, 认为, 成为).
_ACTION_BEFORE = re.compile(r"(?:" + _ADVERB_BEFORE.pattern[:-1] + r"|新|拟|计划|(?<![作行认成因称较更])为[\u4e00-\u9fff]{2,10})$")
# 帮扶干部共计, 落户人口增长, 获授权专利数达到: a predicate after the phrase makes it a topic, one noun phrase.
_TOPIC_PREDICATE = re.compile(r"共计|合计|总计|达|为|是|占|分别|" + _CHANGE)
_VERB_ENDINGS = tuple(VERBS)


def _acts_on_an_object(t: str, m: re.Match, topic: bool) -> bool:
    """Whether a verb that is also a noun's modifier (帮扶, 减免, 落户: ``verb_or_noun``, opening ``object``)
    acts as a verb on the noun after it: after a mark of action (共减免社保费, 新落户企业, 拟表彰先进个人); else
    where it opens the phrase or follows a noun or a scope, before an object of its own that the figure counts
    directly (帮扶困难人员2860人). It is a modifier inside a word (准备金, 检出限), after 被 or another verb (选派帮扶
    干部), closing the phrase (租金减免, 人才落户), before a head it names (帮扶干部, 表彰大会: ``compound_heads``)
    or a noun that a later verb takes as subject (减免政策惠及企业), and in a topic (帮扶人员共计300人)."""
    before, rest = t[:m.start()], t[m.end():]
    if not spans_words(t, m.start(), m.end()) or before.endswith("被"):
        return False
    later = VERB_RE.search(rest)
    if later is not None and later.start() >= 1:
        return False  # 减免政策惠及企业, 已落户企业实现税收: the verb and its noun are the later verb's subject
    if before.endswith(_VERB_ENDINGS):
        return False  # 选派帮扶干部, 为困难职工发放帮扶资金: the verb before takes the noun phrase as its object
    if _ACTION_BEFORE.search(before):
        return True
    return not (topic or not clean_subject(rest) or _forms_a_compound(t, m, rest))


def _verb_matches(t: str, topic: bool = False) -> list[re.Match]:
    """The subject verbs of ``t`` in order, with a verb that is also a noun where it acts as a verb
    (``topic``: the phrase is a predicate's topic)."""
    found = [_reach(t, v) for v in VERB_RE.finditer(t)]
    if "）" in t or ")" in t:  # 水质优良（达到或优于Ⅲ类）断面比例: a verb in a bracket's gloss introduces no noun of the phrase
        glossed = [(m.start(), m.end()) for m in _GLOSS.finditer(t)]
        found = [v for v in found if not any(a < v.start() < b for a, b in glossed)]
    taken = {i for v in found for i in range(v.start(), v.end())}
    found += [m for m in _VERB_OR_NOUN_RE.finditer(t)
              if not taken & set(range(m.start(), m.end())) and _acts_as_verb(t, m, topic)]
    return sorted(found, key=lambda m: m.start())


_GLOSS = re.compile(r"[（(][^（()）]*[）)]")


def _reach(t: str, v: re.Match) -> re.Match:
    """The verb that an adverb-led verb ``v`` (共设, 共有: 共 and a verb) runs into when the two overlap (共设|设置
    in 共设置: what follows 设置 is counted). Two verbs overlapping otherwise stay as found (完成|成交 in
    完成交通投资, 新开|开工 in 新开工项目: the first is meant), and so does a verb of where to (增至)."""
    if not v.group(0).startswith(("共", "再")):  # 共设|设置, 再建|建设: the adverb's verb runs into the longer one
        return v
    for pos in range(v.start() + 1, v.end()):
        w = VERB_RE.match(t, pos)
        if w and w.end() > v.end() and not w.group(0).endswith(("至", "到")):
            return w
    return v


# 完成年度目标的108.6%: what a share of a completed plan is of is the plan (年度目标, 全年目标任务).
_SHARE_OF_PLAN = re.compile(r"完成(?P<plan>[^，,；;：:的完]{0,8}?(?:" + vocabulary.alternation("plan_nouns") + r")"
                            r"(?:" + vocabulary.alternation("plan_nouns") + r")?)的$")


def share_of_plan(left: str) -> str:
    """The plan a share of a completed plan is of (完成年度目标的 → 年度目标), else ""."""
    plan = _SHARE_OF_PLAN.search(left) if left.endswith("的") else None
    return plan.group("plan") if plan and len(plan.group("plan")) >= 2 else ""


def _thing_completed(left: str) -> str:
    """What a completed share of a plan measures: the thing completed, the noun before 完成
    (固定资产投资完成年度计划的 → 固定资产投资), or "" when the clause prints none (…3926.5亿元，完成年度计划的:
    the caller carries the subject of the claim before)."""
    return subject_before(left[:_SHARE_OF_PLAN.search(left).start()])


# 规模以上工业统计范围为年主营业务收入2000万元及以上的企业, 小微企业是指营业收入…: a definition; the figure is a
# bound of the noun after 范围为 or 指, not of the term defined (指 only after 企业, 单位 or 是, and not the first
# character of a word: 企业指导, 单位指派, 企业指标 are no definitions).
_WORDS_OF_ZHI = "导定标派数出示南挥引令向明点望责控纹甲"
_DEFINED_AS = re.compile(r"(?:^|(?<=[，,；;：:]))[^，,；;：:]{2,}?(?:统计范围为|范围为|是指|(?<=企业|单位)指(?![%s]))"
                         r"(?=[\u4e00-\u9fff]{2})" % _WORDS_OF_ZHI)


# 占全市实际使用外资的四分之三: a share's whole after 占 (a hedge or adverb before it), named whole.
_SHARE_OF_A_WHOLE = re.compile(r"(?:约|近|已|仅|只|均|共|将)?[占佔](?![地用比到])[^，,；;：:]*的$")

# 判处邹某有期徒刑, 并处罚金: a sentence's penalty after the verb that imposes it (and the person sentenced, an
# indirect object): the penalty is what the term or the sum measures, not the person nor 处罚 read as one word.
# A sum's own framing after the penalty (并处罚金人民币30万元, 并处罚金共计…: the currency, a total) leaves it the penalty.
_PENALTY = re.compile(r"(?:判处|判|并处|处以|处)[^，,；;：:]{0,8}?(?P<penalty>有期徒刑|无期徒刑|拘役|管制|缓刑|罚金|罚款)"
                      r"(?:共计|合计|总计|共|人民币)*$")


# 判决你偿还原告借款本金, 支付原告邓某货款: a judgment's sum owed to a party (原告, 被告 and a name after it): what is
# owed is measured, not the party (an indirect object).
_OWED_TO_A_PARTY = re.compile(r"(?:支付|偿还|归还|给付|赔偿|返还)(?:原告|被告|申请人|申请执行人|第三人)[\u4e00-\u9fff·]{0,4}?"
                              r"(?P<owed>借款本金|借款|本金|货款|欠款|工资|租金|违约金|赔偿金|工程款|款项|利息)$")


# 自公告之日起60日内依法申请行政复议, 于本判决生效之日起十日内支付原告某货款, 财政部门应当在20日内向各部门批复决算: a
# time limit counted from an event or opened by 在/于, the act it limits (``limited_acts``) printed right after 内; that act is
# what the duration measures, without the addressee after 向 nor the party paid (递交上诉状, 支付货款), and 完成 leaves its
# object (完成初审 → 初审). Only where no noun of its own stands before the limit: nothing, a modal, an institution or a
# party (被告某公司, 债权人); 赔款将于公示期满后5个工作日内打入账户, 改造任务计划在3至5年内完成 limit that noun. A request
# (请自…之日起) is such a modal; the place the act is done at (向我局, 来本院) is no part of it, 自行 (by the party itself) is.
_LIMIT_OPENER = re.compile(r"(?:之日起|之日后|期满后|届满后|后|起|(?<![存现正所实好])在|(?<![由对关属至等位处])于)$")
_LIMIT_COVERB = re.compile(r"(?<![来各独亲])自|(?<![打服])从|(?<![由对关属至等位处])于|(?<![存现正所实好])在")
_LIMIT_MODALS = re.compile(r"(?:请|也|还|均|并|应|应当|须|必须|可|可以|将|要|需|需要|依法)+$")
_LIMIT_PARTY = re.compile(r"^(?:被告|原告|上诉人|被上诉人|申请人|被申请人|当事人|第三人|竞得人|受让人)|(?:债权人|债务人|当事人|申请人)$")
_LIMITED_ACT = re.compile(r"^[^，,；;。：:内]{1,14}?内(?:依法|直接|及时|一次性)?(?:[向来到][^，,；;。：:]{1,12}?(?=" + vocabulary.alternation("limited_acts") + r"))?"
                          r"(?P<act>(?:自行)?(?:" + vocabulary.alternation("limited_acts") + r")[^，,；;。：:、\d]{0,10})")


# 自公告之日起经过30日即视为送达, 期满后经过15日即视为放弃: a period that must elapse (经过, 满) from an event, after
# which an act is deemed done (视为 + the act): that act is what the period is of.
_ELAPSING = re.compile(r"(?:经过|满)$")
_DEEMED_ACT = re.compile(r"^[^，,；;。：:即]{1,10}?(?:后)?即?(?P<act>视为[\u4e00-\u9fff]{2,4}?)(?=[，,；;。：:]|$)")


def _act_once_elapsed(quoted: str) -> str:
    """The act deemed done once the period in ``quoted`` has elapsed (30日即视为送达 → 视为送达), or ""."""
    m = _DEEMED_ACT.match(quoted)
    return m.group("act") if m else ""


def act_within_a_limit(left: str, quoted: str) -> str:
    """The act a time limit printed before 内 limits (自公告之日起60日内依法申请行政复议 → 申请行政复议), or "";
    ``quoted`` is the clause from the duration's quote on."""
    clause = re.split(r"[，,；;：:。]", left)[-1].strip()
    elapsed = _ELAPSING.search(clause)
    if elapsed and _LIMIT_OPENER.search(clause, 0, elapsed.start()):
        return _act_once_elapsed(quoted)  # 自公告之日起经过30日即视为送达: what the period's end brings about
    if not _LIMIT_OPENER.search(clause):
        return ""
    at = [m.start() for m in _LIMIT_COVERB.finditer(clause)]
    head = _LIMIT_MODALS.sub("", clause[:at[-1]]).removeprefix("请") if at else ""  # 请原告自…: a request to the party
    head = clean_subject(head) if head else ""
    if head and not (_ACTOR.search(head) or _LIMIT_PARTY.search(head)):
        return ""  # 赔款将于公示期满后: the noun before the limit is what it limits
    m = _LIMITED_ACT.match(quoted)
    if m is None:
        return ""
    act = m.group("act")
    owed = _OWED_TO_A_PARTY.search(act)
    act = act[:owed.start()] + act[owed.start():owed.start() + 2] + owed.group("owed") if owed else act  # 支付原告某货款 → 支付货款
    act = act[2:] if act.startswith("完成") else act  # 完成初审: the act completed
    return act if len(act) >= 2 else ""


# 1 王秀英 城南社区 3000元: a numbered row of spaced cells (序号 姓名 所在社区 救助金额) is named by its first cell after the
# number, as a table's row by its label; the cells after it are columns of the row, not part of the name.
_NUMBERED_ROW = re.compile(r"^\s*[\d０-９]{1,3}[ 　]+(?P<label>[\u4e00-\u9fff·]{2,8})(?:[ 　]+[\u4e00-\u9fff（）()]{2,12})+[ 　]*$")


@lru_cache(maxsize=65536)
def subject_before(left: str) -> str:
    """What is measured, from the text before the number: the phrase after the last verb that
    has one (投入财政援助帮扶资金 → 财政援助帮扶资金); a phrase that ends in its only verb is
    kept whole (山东与重庆相距); a verb with adverbs and no noun gives "" (the caller then
    carries the subject of the claim before)."""
    if share_of_plan(left):
        return _thing_completed(left)
    row = _NUMBERED_ROW.match(left) if " " in left or "　" in left else None
    if row:
        return row.group("label")  # 1 王秀英 城南社区 3000元 → 王秀英
    if _SHARE_OF_A_WHOLE.match(left.strip()):
        return clean_subject(left)  # 占全市实际使用外资的: the whole a share is of, whose verbs introduce no noun of its own
    owed = _OWED_TO_A_PARTY.search(left.rstrip()) if "告" in left or "申请" in left or "第三人" in left else None
    if owed:
        return owed.group("owed")  # 判决你支付原告邓某货款
    penalty = _PENALTY.search(left.rstrip()) if "处" in left or "判" in left else None
    if penalty:
        return penalty.group("penalty")  # 判处被告人有期徒刑, 并处罚金
    defined = _DEFINED_AS.search(left) if "指" in left or "范围" in left else None
    if defined:
        return subject_before(left[defined.end():])  # 规模以上工业统计范围为年主营业务收入 → 年主营业务收入
    acted_on = _object_after_an_adverb(left)
    if acted_on:
        return acted_on  # 检漏班累计巡检供水管网 → 供水管网, 发现并处置暗漏点 → 暗漏点
    based = _BASE_OF_SHARE.match(left.strip()) if left.rstrip().endswith("的") else None
    if based and len(clean_subject(based.group("noun"))) >= 2:
        return subject_before(based.group("noun"))  # 出资比例不低于总投资的: the share's, not the base's
    t = clean_subject(left)
    done = _before_a_done_verb(t) if "已" in t else None
    if done is not None:
        return done  # 配套管道已铺设 → 配套管道; 已复工: no noun of its own
    there = (_THERE_IS.match(t) or _HAS.search(t)) if "有" in t else None
    if there:
        t = t[there.end():]  # 村里有民宿46家, 服务队有队员23名: what there is in a place or a body
    verbs = _subject_verbs(t, _is_a_topic(left))
    if verbs and verbs[0].start() == 0 and left.lstrip().startswith("、") and verbs[0].group(0) in _OPENS_AS_VERB:
        verbs = verbs[1:]  # 投放储备冻猪肉600吨、储备蔬菜2000吨: a listed object, whose 储备 is no verb of its own
    verbs, set_up = _outside_list_items(t, verbs)  # 解决用工、融资等问题: 融资 lies inside a listed item
    if set_up is not None and all(v.end() <= set_up for v in verbs) and clean_subject(t[set_up + 1:]):
        return clean_subject(t[set_up + 1:])  # 沿线设站, 本次大赛设一等奖: what is set up, even one character
    for i, v in enumerate(reversed(verbs)):
        rest = _second_verb_object(clean_subject(t[v.end():]))
        if len(rest) >= 2:
            return _indicator_name(t, verbs[:len(verbs) - i], rest)
    if verbs and verbs[-1].end() == len(t):
        if t[:verbs[-1].start()].endswith("总") and verbs[-1].start() >= 2:
            return t  # 项目总投资: 总 and the verb are one noun, the total invested
        # 收入计划安排, 产量预计达到: a projection's marker before the last verb is no part of the noun
        head = re.sub(r"(?<![年月日人亩户])(?:[虽已仍还也都均又再]|" + NOT_A_NOUN_JIANG + "将)$", "", t[: verbs[-1].start()])
        if not clean_subject(head) or re.fullmatch(r"(?:累计|共计|合计|连续|持续|新|又|再|已|共)+", head):
            return ""  # 累计建成: no noun of its own
        verb = t[verbs[-1].start():]
        # 固定资产投资, 山东与重庆相距: the verb names what is measured; 中欧班列开行: the noun is
        if verb in _PROGRESS_VERBS and _PLANNED_BY_A_NOUN.search(head) and not _PLANNER.search(head):
            return clean_subject(head[:-2])  # 粮食作物计划播种: the plan's marker and its verb after the noun planned
        if verb in _VERB_NOUNS or len(clean_subject(head)) < 2:
            return verb if _PLANNER.search(head) else head + verb  # 该公司计划投资 → 投资 (not 年度计划投资)
        # 收入计划安排, 产量预计达到: a projection's marker before the last verb is no part of the noun
        return clean_subject(re.sub(r"(?<=..)(?:计划|预计|力争)$", "", clean_subject(head)))
    return t


# 用工、融资等问题, 乱倒垃圾、私设网箱等问题: a list of items closed by 等 and its head noun at the end of the phrase; a
# verb from the first 、 on (``rest``) lies inside an item (融资, 设), so the list and its head are what the verb before
# them introduces (解决用工、融资等问题 → 用工、融资等问题), as the gold keeps such lists whole.
_DENG_LIST = re.compile(r"、(?P<rest>[^，,；;：:。、等]{1,12}(?:、[^，,；;：:。、等]{1,12})*等(?P<head>[\u4e00-\u9fff]{1,8}))$")


def _outside_list_items(t: str, verbs: list[re.Match]) -> tuple[list[re.Match], int | None]:
    """The subject verbs of ``t`` and where its verb 设 stands (or None), leaving out those inside the second item
    of a 等 list closing ``t`` or after it (用工、融资等问题: 融资; 乱倒垃圾、私设网箱等问题: 设); not where a verb
    follows 等 (物价等部门开展检查: that verb acts, the list is its subject)."""
    listed = _DENG_LIST.search(t) if "等" in t and "、" in t else None
    items_from = listed.start("rest") if listed and not VERB_RE.search(listed.group("head")) else len(t) + 1
    set_up = _set_up_at(t) if "设" in t else None
    return [v for v in verbs if v.start() < items_from], set_up if set_up is None or set_up < items_from else None


# 配套管道已铺设, 规模以上工业企业已复工: 已 and a verb closing the phrase, no object after it; what is measured is
# the noun before 已 (a verb of one to three characters: not 已复工率, a rate named with the verb).
_DONE_VERB = re.compile(r"(?:已经|已)(?P<verb>[\u4e00-\u9fff]{1,3})$")
_WHOLE_SCOPE = re.compile(r"(?:" + vocabulary.alternation("whole_scopes") + r")?")


# 粮食作物计划播种: 计划 after a noun of two characters or more (not after a time word: 年度计划投资 is the yearly plan's).
_PROGRESS_VERBS = frozenset(vocabulary.words("verb_nouns", kind="progress"))
_PLANNED_BY_A_NOUN = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?<!年度)(?<![年月])(?:计划|預計|预计)$")


def _before_a_done_verb(t: str) -> str | None:
    """The noun before 已 when 已 and a verb close ``t`` (配套输水管道已铺设 → 配套输水管道); "" when no noun but
    a whole scope stands before it (已复工, 全市已开业: the caller carries the noun of the claim before); None when
    ``t`` does not end so (已婚人口: 已 inside a word; 已复工率: the verb names a rate)."""
    m = _DONE_VERB.search(t)
    if m is None or m.group("verb")[-1] in "率额量值数" or not spans_words(t, m.start(), m.start("verb")):
        return None
    head = clean_subject(t[:m.start()])
    return "" if _WHOLE_SCOPE.fullmatch(head) else head


# 检漏班累计巡检供水管网, 发现并处置暗漏点: after the adverb 累计, or the 并 that joins two verbs, the next word is a
# verb even where no vocabulary lists it, and the noun after that verb is what is measured.
_ADVERB_BEFORE_A_VERB = re.compile(r"累计|并")
_MEASURE_NAME_END = re.compile(r"[量额值率数]$|(?:" + vocabulary.alternation("attribute_nouns") + "|"
                               + vocabulary.alternation("measure_heads") + r")$")


def _object_after_an_adverb(left: str) -> str:
    """What is measured after the last 累计 or 并 (a word of its own) of the last clause of ``left`` and the
    verb of two characters after it (…累计巡检供水管网 → 供水管网); "" when there is none, when the verb is a
    listed subject verb (the verbs' own reading applies), or when the word and what follows name a measure
    (累计种植面积, 累计游客接待量: one indicator's name)."""
    clause = re.split(r"[，,；;：:。]", left)[-1]
    found = [m for m in _ADVERB_BEFORE_A_VERB.finditer(clause) if spans_words(clause, m.start(), m.end())]
    if not found:
        return ""
    after = clause[found[-1].end():]
    verb = first_word(after)
    rest = after[len(verb):]
    if len(verb) != 2 or VERB_RE.match(verb) or _VERB_OR_NOUN_RE.match(verb) or re.match(_CHANGE, verb):
        return ""
    noun = clean_subject(rest)
    if len(noun) < 2 or _MEASURE_NAME_END.search(noun) or noun in _VERB_NOUNS or _VERB_OR_NOUN_RE.fullmatch(noun):
        return ""  # 累计出诊服务, 累计巡山行程: the verb and an act's noun name one measure
    return subject_before(rest)


def _is_a_topic(left: str) -> bool:
    """Whether the phrase before a number ends in a predicate (帮扶干部共计, 落户人口增长, 落户企业达到): the noun
    phrase before it is that predicate's topic."""
    if not _VERB_OR_NOUN_RE.search(left):
        return False  # only verbs that are also nouns ask (keeps this cheap)
    tail = TRAILING.search(left.rstrip(" 　，,"))
    return tail is not None and _TOPIC_PREDICATE.search(tail.group(0)) is not None


# 香滩供电公司计划投资, 我们计划投资, 全县计划投入: 计划 after who plans (an institution, a place, a pronoun) is the
# verb 'plans to', and the verb-noun after it is what is measured; 年度计划投资, 早稻计划种植面积: 计划 names the plan.
_PLANNER = re.compile(r"(?:(?:" + vocabulary.alternation("institution_suffixes") + r"|" + vocabulary.alternation("whole_scopes")
                      + r")|[\u4e00-\u9fff][省市县区镇乡村]|^[我他她]们)(?:将|还|也|今年|年内)?计划$")
# 改造提升农村公路: a verb of change right after a verb that introduces a noun is a second verb of one object.
_CHANGE_OPENING = re.compile(r"(?:" + _CHANGE + r")(?=[\u4e00-\u9fff“]{2})(?![值率额量幅速])")


def _second_verb_object(rest: str) -> str:
    """``rest`` without a verb of change that opens it before a noun of two characters or more
    (提升农村公路 → 农村公路); not 增加值, 增长率 (a noun named with a change verb)."""
    m = _CHANGE_OPENING.match(rest)
    return clean_subject(rest[m.end():]) if m else rest


# 设 'set up' is a verb of one character (沿线设站12座): the noun after it is what is counted, unless the 设 is part
# of a word (设施, 建设, 设区市: a vocabulary).
_SHE_WORDS = re.compile(vocabulary.alternation("she_words"))


def _set_up_at(t: str) -> int | None:
    """Where the last 设 of ``t`` that is the verb 'set up' stands, or None."""
    inside = {i for m in _SHE_WORDS.finditer(t) for i in range(m.start(), m.end())}
    at = [i for i, ch in enumerate(t) if ch == "设" and i not in inside]
    return at[-1] if at else None


# (只有, 仅有 before a noun: 全境只有公路186公里 → 公路, what there only is)
# 盖度由修复前的41%, 出资比例不低于总投资的5%: after 由 or a comparative comes a
# starting point or a base, not what is measured; so after 从 (人数已从最初的3人) and 按 (预备费按支出的1%:
# a rate of a base); 服务队有队员: what a body has.
_BASE_OF_SHARE = re.compile(r"^(?P<noun>[^，,；;]{2,}?)(?:原则上)?(?:由|从(?!事)|按照|按|不低于|不高于|不超过|不少于|低于|高于)"
                            r"[^，,；;]{1,16}的$")
_HAS = re.compile(r"^[^，,；;]{2,}?(?<![国拥具共现所没占享持含还已实])有(?![限效关序机力量]|期徒刑)(?=[\u4e00-\u9fff]{2,6}$)")


_INDICATOR_PREFIXES = tuple(vocabulary.words("indicator_prefixes"))


def _indicator_name(t: str, verbs: list[re.Match], rest: str) -> str:
    """The noun after the last verb, but 新增 after a noun that names an indicator (城镇新增就业) is that
    indicator's direction, not a verb that introduces it: the noun and its scope are kept, 新增 dropped
    (全市城镇新增就业 → 全市城镇就业)."""
    v = verbs[-1]
    if v.group(0) != "新增" or not t[:v.start()].endswith(_INDICATOR_PREFIXES):
        return rest
    start = verbs[-2].end() if len(verbs) > 1 else 0
    head = clean_subject(t[start:v.start()])
    return head + rest if head.endswith(_INDICATOR_PREFIXES) else rest


_TRAILING_FRAME = re.compile("(?<=..)(?:" + _FRAMES["trailing"] + ")$")
_TRAILING_WORDS = tuple(vocabulary.words("subject_frames", position="trailing")
                        + vocabulary.words("subject_frames", position="both"))


# 接种点, 服务站, 调解室: a verb with one of these after it names a place, not an action.
_PLACE_SUFFIXES = "点站室处所机器商"  # and an instrument (收割机, 孵化器) or a trader (采购商, 供应商)
_COMPARISON_START = re.compile(r"\s*(?:" + vocabulary.alternation("comparison_words") + ")")
_CHANGE_START = re.compile(r"(?:上涨|下降|下跌|持平|增长|减少)(?=$|[，,。；;])")  # 11个上涨，7个持平: a change alone
_COMPARISON_INSIDE = re.compile(r"(?<=..)(?:" + vocabulary.alternation("comparison_words") + ")")
_ATTRIBUTE_END = re.compile(r"(?<=..)(?:" + "|".join(sorted(_ATTRIBUTES, key=len, reverse=True)) + ")$")
_MILESTONE = re.compile(r"\s*(?:" + vocabulary.alternation("milestone_words") + r")(?![\u4e00-\u9fff])")


def names_a_milestone(right: str) -> bool:
    """Whether the text after a figure makes it a milestone (突破千亿元大关): no noun is counted there."""
    return _MILESTONE.match(right) is not None


_AGE_BAND = re.compile(r"[\d０-９]{1,3}(?:周岁|岁)(?:及以上|以上|及以下|以下)?(?=[\u4e00-\u9fff])")
_GRADE = re.compile(r"[\d０-９]?[A-ZＡ-Ｚ]{1,2}级(?=[\u4e00-\u9fff])")


def _yao_guard() -> str:
    """Lookarounds keeping 要 inside a word that holds it (纪要, 主要, 要求 …: vocabulary ``yao_words``)."""
    words = vocabulary.words("yao_words")
    before = "".join(f"(?<!{re.escape(w[:w.index('要')])})" for w in words if w.endswith("要"))
    after = "|".join(re.escape(w[w.index("要") + 1:]) for w in words if w.startswith("要"))
    return before + "要" + (f"(?!{after})" if after else "")


def _huo_guard() -> str:
    """获 as a verb of winning, with lookarounds keeping it inside a word that holds it (vocabulary ``huo_words``):
    one ending in it (收获, 渔获), or opening with it (获悉, 获得; 获奖作品, 获奖项目: 获奖 modifying a noun)."""
    words = vocabulary.words("huo_words")
    before = "".join(f"(?<!{re.escape(w[:-1])})" for w in words if w.endswith("获"))
    after = "|".join(re.escape(w[1:]) for w in sorted(words, key=len, reverse=True) if w.startswith("获"))
    return before + "获" + (f"(?!{after})" if after else "")


# 着力, 着眼: a word opening with 着 is itself a predicate opener, its 着 no aspect marker.
_ZHE_WORDS = "|".join(re.escape(w[1:]) for w in vocabulary.words("predicate_openers") if w.startswith("着"))
_ZHE = r"着(?!" + (_ZHE_WORDS or "$^") + r")(?=[\u4e00-\u9fff])"
_ONE_CHARACTER_ZHE = "".join(re.escape(c) for c in vocabulary.words("zhe_verbs"))


def _opener(row: dict[str, str]) -> str:
    """One predicate opener as a pattern: never after a character that makes a word ending in it (共享单车:
    column ``not_after``), and, marked ``before`` verb, only before a verb or a coverb of ``benefactive_coverbs``
    (免费更换, 免费为; not 免费停车位, where it is part of the noun)."""
    guard = "".join(f"(?<!{re.escape(c)})" for c in row["not_after"])
    coverbs = "".join(vocabulary.words("benefactive_coverbs"))  # 免费为, 免费给: whom it is done for
    ahead = r"(?=" + VERB_RE.pattern + r"|[" + coverbs + r"](?=[\u4e00-\u9fff]))" if row["before"] == "verb" else ""
    if row["before"] == "not_head":  # 农村希望小学, 一线坚守人员, 社区反映点: before a noun head it is inside the noun
        ahead = r"(?!" + _NOUN_HEADS + ")"
    return guard + re.escape(row["entry"]) + ahead


# 希望小学, 坚守人员, 反映点: noun heads (``noun_heads``) that make an opener marked ``not_head`` right before them
# part of the noun; a head of one character only where the noun ends on it (反映点已…, not 反映点餐难).
_NOUN_HEADS = "|".join(re.escape(w) + (r"(?![\u4e00-\u9fff])|" + re.escape(w) + r"(?=[已将仍还也都均等、和及与])" if len(w) == 1 else "")
                       for w in sorted(vocabulary.words("noun_heads"), key=len, reverse=True))


def _openers(word: bool) -> str:
    """The predicate openers marked ``before`` word (or all the others) as one alternation, longest first."""
    rows = (r for r in vocabulary.table("predicate_openers") if (r["before"] == "word") == word)
    return "|".join(_opener(r) for r in sorted(rows, key=lambda r: -len(r["entry"])))


_PREDICATE_OPENERS = _openers(word=False)
# 全员, 逐户, 正: openers that also hide inside words (安全员, 角逐项目, 修正药业), marked ``before`` word: they open
# a predicate only where the tokenizer has them begin a word (a one-character one: stand as a word of its own).
_WORD_OPENERS = _openers(word=True)
# 12座充电站投用, 80块菜地由居民认领: a word that opens a predicate ends the noun printed after a count;
# never at the noun's start (优化营商环境措施, 受益群众: the opener is part of the noun).
_PREDICATE_TAIL = (r"|(?<=.)现场(?=[\u4e00-\u9fff]{2})(?![\u4e00-\u9fff]{2}[" + _PLACE_SUFFIXES + r"会])"  # 专家现场指导 (not 施工现场, 现场办公点)
                   r"|(?<=[\u4e00-\u9fff]{2})(?<![参给])[与由携](?=[\u4e00-\u9fff])"
                   r"|(?<=.)分(?=[两二三四五六七八九十\d]+[批轮期次])"  # 消费券分三轮发放: in parts
                   r"|(?<=[\u4e00-\u9fff]{2})(?<![公万千邻乡故这那哪心夜家城])里(?![程弄巷])(?=[\u4e00-\u9fff]{2})"  # 稻田里抢收早稻: a place's locative, then what is done there (not 公里, 家里, 里程)
                   r"|(?<=.)" + _huo_guard() +  # 5名学生获一等奖: a verb of winning (not 收获, 获悉, 获奖作品)
                   r"|(?<=[\u4e00-\u9fff]{2})[\u4e00-\u9fff][^" + _ONE_CHARACTER_ZHE + r"\W\d](?=" + _ZHE + r")"  # 志愿者守护着河道: a two-character verb with 着
                   r"|(?<=[\u4e00-\u9fff]{2})[\u4e00-\u9fff](?=" + _ZHE + r")"  # 两名队员扛着沙袋: a one-character verb with 着
                   r"|(?<=[\u4e00-\u9fff]{2})" + _yao_guard())  # 干部要…: a modal
_PREDICATE_PLAIN = re.compile("(?<=.)(?:" + _PREDICATE_OPENERS + ")" + _PREDICATE_TAIL)
_PREDICATE_ALL = re.compile("(?<=.)(?:" + _PREDICATE_OPENERS + ")|(?<=.)(?P<word>" + _WORD_OPENERS + ")" + _PREDICATE_TAIL)


def _begins_word(phrase: str, m: re.Match) -> bool:
    """Whether the opener ``m`` matched (group ``word``) begins a word of ``phrase`` by the tokenizer, and, of one
    character, ends one too (全员 of 护林员全员上岗, 正 of 企业正有序复工; not 安全员, 角逐项目, 修正, 正常)."""
    bounds = word_bounds(phrase)
    start = m.start("word")
    return start in bounds and (m.end("word") - start > 1 or start + 1 in bounds)


def _predicate_search(phrase: str, pos: int = 0) -> re.Match | None:
    """The first predicate opener of ``phrase`` from ``pos`` (see ``_PREDICATE_ALL``), an opener marked word
    only where it begins a word; None for none."""
    while (m := _PREDICATE_ALL.search(phrase, pos)) is not None:
        if m.group("word") is None or _begins_word(phrase, m):
            return m
        other = _PREDICATE_PLAIN.match(phrase, m.start())  # another opener at the same place
        if other:
            return other
        pos = m.start() + 1
    return None


# 12个国控断面水质优良比例, 45个村集体经济收入: what is said of a counted noun (``count_attributes``) ends it,
# unless a noun head follows it closely (12家高产值企业, 20个水质自动监测站: the word modifies the counted noun).
_COUNT_ATTRIBUTE = re.compile(r"(?<=[\u4e00-\u9fff”）)])(?:" + vocabulary.alternation("count_attributes", kind="attribute") + ")"
                              r"(?![\u4e00-\u9fff]{0,4}?(?:" + vocabulary.alternation("count_attributes", kind="head") + "))")


def before_attribute(phrase: str) -> str:
    """``phrase`` up to what is said of the noun it opens on (上市公司股价上涨 → 上市公司); ``phrase`` when
    nothing is, or when the attribute opens it, or lies past the phrase's first clause."""
    m = _COUNT_ATTRIBUTE.search(re.split(r"[，,。；;：:]", phrase, maxsplit=1)[0])
    if m is not None and _SCOPE_BEFORE.match(phrase[:m.start()]):
        return phrase  # 全市地区生产总值: a whole area, no noun counted, names the measure's scope
    return phrase if m is None else phrase[:m.start()]


def opens_an_attribute(text: str) -> bool:
    """Whether ``text`` opens on what is said of the counted noun before it (水质优良比例为100%: that noun
    and its attribute are then the next figure's subject, 县控以上断面水质优良比例)."""
    m = _COUNT_ATTRIBUTE.match("的" + text, 1)  # 的 stands in for the noun, whose end the lookbehind needs
    return m is not None and not re.search(r"[，,。；;：:]", text[:m.end() - 1])


_A_PREDICATE_OPENER = re.compile("(?:" + _PREDICATE_OPENERS + ")|(?P<word>" + _WORD_OPENERS + ")")


def after_predicate_opener(left: str) -> str:
    """The text before a figure, printed after another figure of its clause, that follows a predicate opener
    opening it or ending a noun in it (200名困难群众|领到救助金60万元, 2000亩|群众领到租金120万元 → 救助金, 租金):
    the opener that ends the noun before also introduces the next figure's noun; "" when there is none."""
    t = left.lstrip()
    if re.match(r"[、，,；;：:（(]", t):
        return ""  # 9个、入驻企业27家: a list's next item, whose opener opens its noun (入驻企业)
    m = _A_PREDICATE_OPENER.match(t)
    if m is not None and m.group("word") is not None and not _begins_word(t, m):
        m = None
    m = m or _predicate_search(t)
    return t[m.end():] if m else ""


# 打到了, 冲在了: a one-character complement after a verb belongs to the verb's word before 了.
_COMPLEMENTS = "到上完好出起成下过开住满进回在"


def before_perfective(phrase: str) -> str:
    """``phrase`` up to the verb that the particle 了 follows (委员视察了城东污水处理厂 → 委员, 赔款打到了社保卡上
    → 赔款): after a counted noun, a verb with 了 opens its predicate. ``phrase`` when it holds no such 了 (了解,
    为了 are words), or when fewer than two characters would be left (获得了表彰的同志: the verb opens it)."""
    bounds = word_bounds(phrase) if "了" in phrase else frozenset()
    m = next((m for m in _PARTICLE_LE.finditer(phrase) if m.start() in bounds and m.end() in bounds), None) if bounds else None
    if m is None:
        return phrase  # 了望塔, 了解: a 了 opening a longer word (by the tokenizer) is no particle
    starts = sorted(b for b in word_bounds(phrase[:m.start() + 1]) if b < m.start())
    if len(starts) >= 2 and m.start() - starts[-1] == 1 and phrase[starts[-1]] in _COMPLEMENTS:
        starts.pop()  # 打到了: the verb's word begins before its complement
    return phrase[:starts[-1]] if starts and starts[-1] >= 2 else phrase


_CLAUSE_BEFORE_NOUN = re.compile(r"(?:在|来自|从)[^，,。；;\d的]{1,14}的[\u4e00-\u9fff]{2}")


def before_predicate(phrase: str) -> str:
    """``phrase`` up to a word that opens a predicate (充电站投用 → 充电站, 旅行商与园区签约 → 旅行商):
    "" when the predicate opens it (出席会议: no noun of its own), ``phrase`` when there is none."""
    m = _predicate_search(phrase)
    return phrase if m is None else phrase[:m.start()]


def noun_of_share_first(phrase: str) -> str:
    """What a share printed before its phrase measures (约两成学校建成…, 九成村卫生室已接入…): the noun
    before the verb or predicate that follows it; the whole phrase when none does or the phrase opens
    with it (100%按期换届)."""
    verb = next((v for v in _subject_verbs(phrase) if len(clean_subject(phrase[v.end():])) >= 2), None)
    cut = min((m.start() for m in (_predicate_search(phrase), verb, re.search(r"已|均|都|也|还|仍|尚|将|正在", phrase)) if m),
              default=len(phrase))
    cut = min(cut, len(before_attribute(phrase)))  # 近三成的村集体经济年收入: what is said of the 村 ends it
    if _ADVERBS_ONLY.fullmatch(phrase[:cut]):
        return phrase  # 近四成尚未开展数字化改造: no noun, the predicate (its negation included) is what is measured
    return phrase[:cut] if cut >= 2 else phrase


_RECENT_DAY = re.compile(vocabulary.alternation("news_openings", kind="recent"))  # 日前, 近日, 前不久
# 组织专家30名深入田间指导, 选派干部50名下沉到村: a move (``move_verbs``) right after a count opens its predicate.
_MOVE_OPENS = re.compile("|".join(re.escape(r["entry"]) + (f"(?![{r['not_before']}])" if r["not_before"] else "")
                                  for r in sorted(vocabulary.table("move_verbs"), key=lambda r: -len(r["entry"]))))
_ADVERBS_ONLY = re.compile(r"(?:尚|还|仍|均|都|已|并)?(?:未|没有|不)")


# 23个国控、省控监测断面, 200名法官、检察官和律师代表: a short item, 、 and more items up to the clause's end with no count of
# their own are one list under the one count (not 42支队伍、500余名职工: a list of counted items, each its own figure).
_SHARED_HEAD_LIST = re.compile(r"(?:[、和及与](?![近约超逾]?[一二三四五六七八九十两百千万])[\u4e00-\u9fff“”]{1,12}?)+"
                               r"(?=[\u4e00-\u9fff]*(?:[，,。；;：:]|$))(?![^，,。；;：:]*?[\d０-９])")


@lru_cache(maxsize=65536)
def subject_after(right: str) -> str:
    """The noun after a measure word: 121家山东企业在渝投资 → 山东企业; a grade that opens it stays
    (6家A级旅游景区, 2家4A级景区)."""
    if _COMPARISON_START.match(right) or _CHANGE_START.match(right) or names_a_milestone(right):
        return ""  # 2.36万户同比增长18.4%, 11个上涨, 突破千亿元大关: a comparison, change or milestone opens; the noun is before it
    age = _AGE_BAND.match(right)
    if age:  # 8260名80周岁以上老年人: an age band (no claim) opens the noun counted
        rest = subject_after(right[age.end():])
        return age.group(0) + rest if rest else ""
    grade = _GRADE.match(right)
    if grade:
        rest = subject_after(right[grade.end():])
        if re.search(r"[一二三四五六七八九十两]", rest):
            return ""  # 200多家A级景区门票五折优惠: the noun runs into another claim, whose subject it is
        return grade.group(0) + rest if rest else ""
    if _RECENT_DAY.match(right) or _MOVE_OPENS.match(right):
        return ""  # 房源320套日前开始配租, 组织专家30名深入田间: a time word or a move after the count, its noun printed before it
    right = before_predicate(right)  # 12座充电站投用 → 充电站; 6名出席会议: no noun here
    right = before_attribute(right)  # 12个国控断面水质优良比例 → 国控断面
    right = before_perfective(right)  # 30余名委员视察了污水处理厂 → 委员
    if not right:
        return ""
    if _CLAUSE_BEFORE_NOUN.match(right):
        return _strip_marks(re.split(r"[，,。；;]", right)[0])  # 120名在本市工作的台胞: the clause describes the noun
    m = STOP_AFTER.search(right)
    if m and right[m.start()] == "、" and 1 <= m.start() <= 4 and _SHARED_HEAD_LIST.match(right, m.start()):
        m = STOP_AFTER.search(right, _SHARED_HEAD_LIST.match(right, m.start()).end())  # 23个国控、省控监测断面: one count, one list
    head = right[: m.start()] if m else right
    if m and right[m.start()] == "（":  # keep a parenthesis inside the noun: 村（社区）党组织
        close = right.find("）", m.start())
        if close != -1:
            rest = right[close + 1:]
            m2 = STOP_AFTER.search(rest)
            head = right[: close + 1] + (rest[: m2.start()] if m2 else rest)
    v = VERB_RE.search(right, 0, len(head) + 3)  # 农家乐存在问题: a verb may run past a stop (在)
    # 138家接种点: a verb and a place suffix are a noun; 300万元的帮扶资金: so are a verb and its head (``compound_heads``)
    while v and v.end() < len(right) and (right[v.end()] in _PLACE_SUFFIXES or _forms_a_compound(right, v, right[v.end():])
                                          or _verb_noun_compound(right, v)):
        v = VERB_RE.search(right, v.end() + 1, len(head) + 3)
    v = v if v and v.start() < len(head) else None
    if v and v.start() == 0 and m and re.match(r"[\d近约超逾一二三四五六七八九十两]", right[m.start():]):
        return ""  # 40场吸引游客超12万人次: a verb opens the next claim's phrase, no noun of this count's
    if v and v.start() == 0 and not v.group(0).startswith("新") and v.group(0) not in _INTRANSITIVE:
        return ""  # 中有24个实现增长, 6名列席会议: a verb right after the count; its noun was printed before it
    if v and v.start() >= 1 and head[v.start() - 1] == "新" and len(head) - v.end() >= 2:
        v = None  # 8.6万户 全市新注册个体工商户: 新 and its verb describe the noun
    if v and (v.start() >= 1 or re.fullmatch(r"(?:到|至|了)?", head[v.end():])):
        head = head[: v.start() - 1 if head[:v.start()].endswith("总") and v.start() >= 3 else v.start()]
        # 300余家企业参会 → 企业; 4县入选 → 县; 46种增加到68种: no noun after it; 156个项目总投资 → 项目
    head = head.strip()
    head = _TRAILING_FRAME.sub("", head) if head.endswith(_TRAILING_WORDS) else head  # 156个项目同步启动 → 项目
    compared = _COMPARISON_INSIDE.search(head)
    if compared:  # 18个品种价格环比下降: the count is of the 品种, whose price is compared
        head = head[:compared.start()]
        head = head[:_ATTRIBUTE_END.search(head).start()] if _ATTRIBUTE_END.search(head) else head
    head = re.sub(r"(?<=..)(?<![以及])[上中里内]$", "", head)  # 三座山头上 → 山头 (not 县级及以上: a bound)
    if len(head) == 1 and not word_ends_at(right, 1):
        return ""  # 五年|年均增长: one character cut from a word it begins (年均) is no noun
    return head


def without_shared_head(items: list[str]) -> list[str]:
    """The items of a 分别 list without a head noun only the last one prints (城镇、农村居民 → 城镇, 农村;
    高新区、经开区规模以上工业 → 高新区, 经开区): when the other items are all of one length and end
    otherwise than the last, the last is cut to that length if two characters or more are left over
    (国有企业、民营企业、外商投资企业: one ending, no shared head; 东南亚、中东市场: one character left)."""
    if len(items) < 2:
        return items
    size = {len(x) for x in items[:-1]}
    last = items[-1]
    shared = _shared_ending(items[:-1], last)
    if shared and last[:last.rindex(shared) + len(shared)] not in items[:-1]:  # not 汽车、汽车零部件: an item again
        return items[:-1] + [last[:last.rindex(shared) + len(shared)]]  # 住户存款、非金融企业存款余额 → 非金融企业存款
    suffix = _shared_suffix_character(items[:-1], last)
    if suffix:
        return items[:-1] + [last[:last.index(suffix) + 1]]  # 汽车类、金银珠宝类商品零售额 → 金银珠宝类
    if len(size) != 1 or len(last) - min(size) < 2 or any(x[-1] == last[-1] for x in items[:-1]):
        return items
    n = size.pop()
    if STOP_AFTER.search(last[:n + 1]) or re.search(r"[、和及与]", last) or last[:n] in items[:-1]:
        return items  # 汽车、汽车零部件: a cut that gives an earlier item again names no item of its own
    if all(_ACTOR.search(x) for x in items[:-1]) and not _ACTOR.search(last[:n]):
        return items  # 高等学校和政府属研究机构: bodies listed, the cut would fall inside the last one's name
    if not word_ends_at(last, n) and not _SHARED_HEAD_START.match(last[n:]):
        # 商场、超市、农贸市场复工率, 水泥、平板玻璃: the cut would fall inside the last item's own word, which ends it
        return items[:-1] + [last[:min(b for b in word_bounds(last) if b > n)]]
    return items[:-1] + [last[:n]]


# 城镇、农村居民, 冶金、化工行业: what the length cut leaves over opens on a head noun the items share (people, a
# list head, a measure), even where the dictionary reads the item and its head as one word (农村居民, 化工行业).
_SHARED_HEAD_START = re.compile("(?:" + "|".join(sorted({re.escape(w) for t in ("people_nouns", "list_heads", "measure_heads")
                                                          for w in vocabulary.words(t)}, key=len, reverse=True)) + ")")


def _shared_suffix_character(others: list[str], last: str) -> str:
    """The one character (类, 级, 区 …) every item but the last ends with, when the last prints it once, ending an
    item of two characters or more before a head noun of the whole list (家电类、金银珠宝类商品零售额: 类); else ""."""
    end = others[0][-1]
    if not all(x.endswith(end) for x in others) or last.count(end) != 1 or re.search(r"[、和及与的]", last):
        return ""  # 市一中、市二中的本科上线率: a head joined by 的 stays with the last item
    at = last.index(end)
    if last[:at + 1] in others:
        return ""  # 汽车、汽车零部件出口: a cut that gives an earlier item again names no item of its own
    return end if 1 <= at < len(last) - 2 and re.fullmatch(r"[\u4e00-\u9fff]", end) else ""


def _shared_ending(others: list[str], last: str) -> str:
    """The ending (two characters or more) every item but the last ends with, when the last prints it
    followed by a head noun of the whole list (住户存款、非金融企业存款余额: 存款, then 余额); else ""."""
    if re.search(r"[、和及与]", last):
        return ""
    for k in range(min(len(x) for x in others), 1, -1):
        end = others[0][-k:]
        if all(x.endswith(end) for x in others) and end in last[:-1] and not last.endswith(end):
            return end
    return ""


_FIGURE_LABEL = re.compile(r"[\u4e00-\u9fff“”A-Za-z]{2,16}")


def labels_after_figures(norm: str, quotes: list[str]) -> list[str]:
    """The subjects of figures each printed before its own label with nothing between (a 【数说】 box:
    8126.45亿元地区生产总值8.6%地区生产总值增速…): the label after each, when every figure of ``norm``
    (the quotes, in order) is followed by one and the text ends on one; else []. A label that opens
    with a comparison (…增长12.6%两年平均增长5.8%) is the next claim's frame, not a label; a box lists three
    figures or more (two with a phrase between are prose: 突破860万千瓦创历史新高126支抢修队伍)."""
    if len(quotes) == 1:
        return [_rate_label_after(norm, quotes[0])]
    if len(quotes) < 3:
        return []
    ends, pos = [], 0
    for q in quotes:
        k = norm.find(q, pos)
        if k < 0:
            return []
        ends.append(k + len(q))
        pos = ends[-1]
    starts = [norm.find(q, e) for q, e in zip(quotes[1:], ends)] + [len(norm.rstrip("。 "))]
    labels = [norm[e:s].strip() for e, s in zip(ends, starts)]
    if not all(_FIGURE_LABEL.fullmatch(x) and not _COMPARISON_START.match(x) for x in labels):
        return []
    return [subject_before(x) for x in labels]  # (8.6%地区生产总值增速: gold conflicts on the rate word here, left out)


def _rate_label_after(norm: str, quote: str) -> str:
    """A lone figure printed over its label, the label naming a rate (5.6% ⏎ 经济增速): the label with its rate word,
    as a box's label names the rate itself; "" for any other paragraph or label (1.36万户 ⏎ 全省新登记市场主体 keeps
    the noun read after the figure)."""
    label = norm[len(quote):].strip(" 。") if norm.startswith(quote) else ""
    if not (_FIGURE_LABEL.fullmatch(label) and label.endswith(_RATE_WORDS)) or _COMPARISON_START.match(label):
        return ""
    return _label_with_its_rate(label)


def _label_with_its_rate(label: str) -> str:
    """What a label over or after a figure's line names, its rate word kept (7.2% ⏎ 规模以上工业增加值增速5.1%… →
    规模以上工业增加值增速): a label printed as the name of a figure names the rate itself, which a phrase before a
    number (产量增速12% → 产量) leaves to the claim's direction."""
    subject = subject_before(label)
    if subject and label.endswith(_RATE_WORDS):
        full = clean_subject(label, keep_rate=True)
        if full.startswith(subject) and full[len(subject):] in _RATE_WORDS:
            return full
    return subject


_PART_MARKER = re.compile(r"^(?:其中|内)\s*[：:]\s*")
_FALL_AT_END = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:累计|共计)?(?:" + vocabulary.alternation("fall_labels") + r")$")


def row_label_subject(label: str) -> str:
    """What a table row's label names: the label without the 其中： that marks the row a part of the row above
    (其中：国内旅客 → 国内旅客), nor the verb of fall (with its 累计) that makes its figures a fall (单位产值水耗
    累计下降 → 单位产值水耗: the direction and comparison, no part of the subject); as printed otherwise."""
    return _FALL_AT_END.sub("", _PART_MARKER.sub("", label)) if label else label


_LABEL_RUN_ON = re.compile(r"[\u4e00-\u9fff“”]{2,16}(?=[（(\d０-９])")


def label_subject(text: str, run_on: bool = False) -> str:
    """What a label names, from its first clause (新登记经营主体，同比增长13.4% → 经营主体): the subject of a
    figure printed on the line before it; "" when that clause holds a number of its own, unless ``run_on`` (the
    line above is only a figure, a box's): then the words before that number or a bracket are the label, run on
    into the next figure (1532.6亿元 ⏎ 地区生产总值5.9%… → 地区生产总值)."""
    first = re.split(r"[，,；;。：:]", text.strip(), maxsplit=1)[0]
    lead = _LABEL_RUN_ON.match(first) if run_on and re.search(r"[\d０-９]", first) else None
    first = lead.group(0) if lead else first
    if not first or re.search(r"\d", first) or len(first) > 20:
        return ""
    return _label_with_its_rate(first)


def infer_unit(context: str) -> str:
    """A unit for a number with a scale but no measure word, from the noun before it:
    贫困人口1.8万 → person, 接待游客300万人次 → person-time, 投资1.2亿 → CNY; "" when unsure."""
    c = TRAILING.sub("", context.strip(" ，,、"))
    if VISITS.search(c):
        return "person-time"
    if PEOPLE.search(c):
        return "person"
    if HOUSEHOLDS.search(c):
        return "household"
    if MONEY.search(c):
        return "CNY"
    return ""


def sentence_topic(before: str) -> str:
    """The first noun phrase of a sentence, skipping 除…外, time clauses and whole periods:
    what a total is about (西南五省签署协议，共计148项 → 西南五省)."""
    for clause in re.split(r"[，,；;：:]", before):
        c = clause.strip()
        if not c or c.startswith(("除", "据", "截至", "截止", "随着", "在")) or PERIOD.fullmatch(c) or _ATTRIBUTION.search(c):
            continue
        v = VERB_RE.search(c)
        if v and v.start() >= 2:
            return clean_subject(c[: v.start()])
        w = _CLAUSE_ADVERB.search(c)  # 2026年春运将于2月2日开始: the topic before its adverb
        if w and w.start() >= 2 and len(clean_subject(c[: w.start()])) >= 2:
            return clean_subject(c[: w.start()])
    return ""


# 记者从…获悉: who reported, not the topic; 将于, 从, 已: what comes before them is the clause's topic.
_ATTRIBUTION = re.compile(r"(?:获悉|了解到|得知)$")
_CLAUSE_ADVERB = re.compile(r"将|于|从|自|已|正式")
