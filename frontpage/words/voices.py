"""Who speaks, and where: people and their roles, quotations, institutions, places.

People are found by jieba's part-of-speech tags (``nr``, a person's name) with the
project's user dictionary, plus the bylines; a person's role is the title printed
right before the name (``市委书记陈敏尔``) or right after it (``习近平总书记``).

A *direct quote* is text in “…” that reads as speech (it holds a sentence or a clause)
and is attributed by a speech verb (说, 表示, 告诉记者 …) right after the closing mark or
right before the opening one. A *reported* statement is a name followed by 指出, 强调,
表示, 宣布 … with no quotation marks; 他/她 is read as the last person named.

Places are matched against ``data/reference/gazetteer.csv`` (longest name first), and
two places in one clause, one in Chongqing and one elsewhere, make a link.
"""

from __future__ import annotations

import csv
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from ..parse.articles import Article
from ..paths import REFERENCE
from ..vocabulary import alternation, table, words
from .count import article_text, occurrences
from .glossary import glossary
from .segment import tagged

# The word lists (titles, speech verbs, surnames …) are data: data/reference/vocabulary/*.csv.
ROLE_END = "(?:" + alternation("titles", printed="before") + "|" + alternation("titles", printed="both") + ")"
"""A title or description printed right before a name (市委书记陈敏尔, 村民张建平)."""
ROLE_BEFORE = re.compile(r"((?:[\u4e00-\u9fff（）]{0,10}?" + ROLE_END + r"、)*[\u4e00-\u9fff（）]{0,10}?" + ROLE_END + r")$")
TITLES_AFTER = alternation("titles", printed="both") + "|" + alternation("titles", printed="after")
"""A title printed right after a name (习近平总书记, 陈敏尔同志)."""
ROLE_AFTER = re.compile(rf"^({TITLES_AFTER})")
HONORIFICS = frozenset(words("titles", kind="honorific"))
"""Titles that are no role (同志, 'comrade')."""
LEADING_FUNCTION = re.compile(r"^(?:\d+岁的|——记|记|应|由|据|和|与|及|同|向|对|让|请|为|在|经|是|的|，)+")
SPEECH = "(?:" + alternation("speech_verbs", mode="quoted") + "|" + alternation("speech_verbs", mode="both") + ")"
"""A verb that attributes a quotation (…”，张三说)."""
REPORT = r"(?:在讲话中)?(?:" + alternation("speech_verbs", mode="reported") + "|" + alternation("speech_verbs", mode="both") + ")"
"""A verb that reports a statement without quotation marks (陈敏尔在讲话中指出，…)."""
SPEECH_MANNER = re.compile("(?:" + alternation("speech_manners") + ")$")
"""Where or how a speaker speaks, between the speaker and the verb (卞汉林在现场表示): not part of the speaker."""
QUOTE = re.compile(r"“([^“”]{2,400})”")
SURNAMES = frozenset(words("surnames", compound="no"))
COMPOUND_SURNAMES = frozenset(words("surnames", compound="yes"))
INSTITUTION_END = re.compile("(?:" + alternation("institution_suffixes") + ")$")


@dataclass
class Person:
    name: str
    roles: list[str] = field(default_factory=list)
    mentions: int = 0
    articles: list[str] = field(default_factory=list)
    direct_quotes: int = 0
    quote_chars: int = 0
    reported: int = 0
    found_by: str = "jieba"


@dataclass
class Quote:
    article_id: str
    speaker: str
    person: str
    text: str


@dataclass
class PlaceMention:
    name: str
    group: str
    province: str
    lon: float
    lat: float
    mentions: int = 0
    articles: list[str] = field(default_factory=list)


@lru_cache(maxsize=1)
def gazetteer() -> list[dict]:
    with (REFERENCE / "gazetteer.csv").open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@lru_cache(maxsize=1)
def _place_index() -> tuple[re.Pattern, dict[str, dict]]:
    """Every name and short name → its row (the first row wins: provinces before cities)."""
    index: dict[str, dict] = {}
    for row in gazetteer():
        for key in (row["name"], row["short"]):
            if key and key not in index:
                index[key] = row
    pattern = re.compile("|".join(re.escape(k) for k in sorted(index, key=len, reverse=True)))
    return pattern, index


def _body(a: Article) -> str:
    """The text people, places and institutions are read from: the one every count uses."""
    return article_text(a)


@lru_cache(maxsize=1)
def _user_names() -> frozenset[str]:
    from .segment import user_terms

    return frozenset(w for w, tag in user_terms() if tag == "nr")


def place_matches(text: str) -> list[re.Match]:
    """Gazetteer names in ``text`` that begin where a word begins (芦花鸡西南 holds no 鸡西), and
    end where a word ends or an administrative suffix follows (酉阳县)."""
    from .segment import words

    pattern, _ = _place_index()
    bounds = {0}
    pos = 0
    for w in words(text.replace("\n", " ")):
        pos = text.find(w, pos)
        if pos < 0:
            break
        bounds.update((pos, pos + len(w)))
        pos += len(w)
    out = []
    for m in pattern.finditer(text):
        ends_ok = m.end() in bounds or re.match(r"[省市县区镇乡村]", text[m.end(): m.end() + 1])
        if m.start() in bounds and ends_ok:
            out.append(m)
    return out


def has_surname(word: str) -> bool:
    """Does ``word`` begin with a surname (陈, or a compound one: 欧阳)?"""
    return word[:1] in SURNAMES or word[:2] in COMPOUND_SURNAMES


OFFICE_BEFORE = re.compile("(?:" + alternation("titles", printed="before", kind="office") + "|"
                           + alternation("titles", printed="both", kind="office") + ")$")


def titled(text: str, name: str) -> bool:
    """True when ``name`` is printed right after an office (美国总统拜登, 外交部发言人华春莹): how a
    name with no Chinese surname (a foreign name in transcription) is still known to be a person."""
    return any(OFFICE_BEFORE.search(text[: m.start()]) for m in re.finditer(re.escape(name), text))


def people(articles: list[Article]) -> list[Person]:
    """Everyone named, with roles, mentions, and how often they are quoted or reported."""
    found: dict[str, Person] = {}
    place_names = set(_place_index()[1])
    not_people = {t for t, term in glossary().items() if term.category != "person"}
    for a in articles:
        for name in a.byline:
            p = found.setdefault(name, Person(name, found_by="byline"))
            role = "photographer" if a.kind == "caption" else "reporter"
            if role not in p.roles:
                p.roles.append(role)
            if a.id not in p.articles:
                p.articles.append(a.id)
        text = _body(a)
        for word, tag in tagged(text):
            if tag != "nr" or not 2 <= len(word) <= 4 or word in place_names or word in not_people:
                continue
            if not has_surname(word) and not titled(text, word):
                continue  # jieba tags many words nr (智能化, 普惠): a name starts with a surname or follows an office
            found.setdefault(word, Person(word, found_by="user dictionary" if word in _user_names() else "jieba"))
    for p in found.values():
        for a in articles:
            text = _body(a)
            n = text.count(p.name)
            if n and p.found_by != "byline":
                p.mentions += n
                if a.id not in p.articles:
                    p.articles.append(a.id)
                for m in re.finditer(re.escape(p.name), text):
                    before = re.split(r"[，。；：！？\n“”]", text[: m.start()])[-1]
                    r = ROLE_BEFORE.search(before)
                    if r:
                        role = LEADING_FUNCTION.sub("", r.group(1))
                        if role and role not in p.roles:
                            p.roles.append(role)
                    after = ROLE_AFTER.match(text[m.end():])
                    if after and after.group(1) not in HONORIFICS and after.group(1) not in p.roles:
                        p.roles.append(after.group(1))
    # Keep a name jieba guessed only with evidence it is a person: a title, a quotation, a report.
    said = {q.person for q in quotes(articles, list(found.values())) if q.person}
    told = set(reported(articles, list(found.values())))
    people_list = [p for p in found.values()
                   if p.found_by == "byline" or (p.mentions and (p.found_by == "user dictionary" or p.roles
                                                                  or p.name in said or p.name in told))]
    for q in quotes(articles, people_list):
        if q.person:
            who = next(p for p in people_list if p.name == q.person)
            who.direct_quotes += 1
            who.quote_chars += len(q.text)
    for name, n in reported(articles, people_list).items():
        next(p for p in people_list if p.name == name).reported = n
    people_list.sort(key=lambda p: (-(p.direct_quotes + p.reported), -p.mentions, p.name))
    return people_list


def named_people(cast: list[Person]) -> list[Person]:
    """The people a page names in its text, leaving out reporters and photographers found in bylines."""
    return [p for p in cast if p.found_by != "byline"]


def quotes(articles: list[Article], known: list[Person] | None = None) -> list[Quote]:
    """Direct quotations: speech in “…” with its speaker (a named person, a description, or unknown)."""
    names = sorted((p.name for p in (known or [])), key=len, reverse=True)
    out = []
    for a in articles:
        text = _body(a)
        for m in QUOTE.finditer(text):
            said = m.group(1)
            if not re.search(r"[，。！？,!?]", said):
                continue  # “山东专家”, “跨省通办”: a term in quotation marks, not speech
            after = re.match(r"\s*([^“”。！？，；\n]{1,30}?)" + SPEECH, text[m.end():])
            before = re.search(r"([^“”。！？；\n]{1,30}?)" + SPEECH + r"[：:，,]?\s*$", text[: m.start()])
            who = (after or before).group(1) if (after or before) else ""
            who = SPEECH_MANNER.sub("", who).strip()
            person = ""
            for n in names:
                if n in who and not re.search(re.escape(n) + r"的", who):
                    person = n
                    break
            out.append(Quote(a.id, person or who or "(not attributed)", person, said))
    return out


def reported(articles: list[Article], known: list[Person]) -> Counter:
    """Statements reported without quotation marks: 陈敏尔指出，… ; 他强调，… (the last person named)."""
    counts: Counter = Counter()
    names = sorted((p.name for p in known), key=len, reverse=True)
    if not names:
        return counts
    name_re = "|".join(re.escape(n) for n in names)
    for a in articles:
        text = _body(a)
        last = None
        for m in re.finditer(rf"({name_re}|他|她)(?:{TITLES_AFTER})?({REPORT})[，,：:]", text):
            who = m.group(1)
            if who in ("他", "她"):
                prior = list(re.finditer(name_re, text[: m.start()]))
                who = prior[-1].group(0) if prior else last
            if who and not text[m.end(): m.end() + 1] == "“":
                counts[who] += 1
                last = who
    return counts


def institutions(articles: list[Article]) -> list[tuple[str, int, list[str]]]:
    """Institutions named: glossary institutions and jieba's organisation tags (``nt``), each counted as a
    token of the one cut every count uses (:mod:`frontpage.words.count`): 市扶贫办 is not also 扶贫办, and
    市委 inside the title 市委书记 is the title, not a mention of the committee."""
    terms = {t for t, term in glossary().items() if term.category == "institution"}
    per = occurrences(articles)
    tagged_names = {w for a in articles for w, tag in tagged(_body(a))
                    if tag == "nt" and len(w) >= 2 and INSTITUTION_END.search(w)}
    counts: Counter = Counter()
    where: dict[str, list[str]] = defaultdict(list)
    for a in articles:
        for name in sorted((terms | tagged_names) & set(per[a.id])):
            counts[name] += per[a.id][name]
            where[name].append(a.id)
    return [(n, counts[n], where[n]) for n in sorted(counts, key=lambda n: (-counts[n], n))]


def places(articles: list[Article]) -> list[PlaceMention]:
    """Places named, with the gazetteer's group (chongqing, china, foreign) and coordinates."""
    found: dict[str, PlaceMention] = {}
    index = _place_index()[1]
    for a in articles:
        for m in place_matches(_body(a)):
            row = index[m.group(0)]
            p = found.setdefault(row["name"], PlaceMention(row["name"], row["group"], row["province"],
                                                           float(row["lon"]), float(row["lat"])))
            p.mentions += 1
            if a.id not in p.articles:
                p.articles.append(a.id)
    return sorted(found.values(), key=lambda p: (-p.mentions, p.name))


def place_links(articles: list[Article]) -> list[tuple[str, str, int]]:
    """(place elsewhere, place in Chongqing, clauses naming both), most frequent first."""
    index = _place_index()[1]
    counts: Counter = Counter()
    for a in articles:
        for clause in re.split(r"[，,。；;！？\n]", _body(a)):
            rows = {index[m.group(0)]["name"]: index[m.group(0)] for m in place_matches(clause)}
            home = [n for n, r in rows.items() if r["group"] == "chongqing"]
            away = [n for n, r in rows.items() if r["group"] != "chongqing"]
            for x in away:
                for y in home:
                    counts[(x, y)] += 1
    return [(x, y, n) for (x, y), n in counts.most_common()]


# --- rank: who is quoted and who is paraphrased, by the rank of their title ----------------

@dataclass(frozen=True)
class Rank:
    """A title's rank (1 = state leader … 4 = other) and its level in words, from ``role_ranks.csv``."""

    rank: int
    level: str
    title: str  # the role that gave the rank ("" for the untitled)


UNRANKED = Rank(4, "other", "")


def _rank_of_part(part: str) -> Rank:
    """The rank of one role (市委副书记): the longest entry of ``role_ranks.csv`` it ends with, ranked by
    ``rank`` when printed alone (市长: the paper's own mayor) and by ``rank_after_place`` when a place or
    body comes before it (潍坊市副市长: another city's)."""
    rows = [r for r in table("role_ranks") if part.endswith(r["entry"])]
    if not rows:
        return UNRANKED
    row = max(rows, key=lambda r: len(r["entry"]))
    alone = part == row["entry"]
    return Rank(int(row["rank" if alone else "rank_after_place"]), row["level" if alone else "level_after_place"], part)


def rank_of(person: Person) -> Rank:
    """A person's highest rank among the roles the page gives them (市委副书记、市长 → its best part)."""
    parts = [r for role in person.roles for r in re.split(r"[、，,]", role) if r]
    return min((_rank_of_part(p) for p in parts), key=lambda r: r.rank, default=UNRANKED)


@dataclass(frozen=True)
class Speaker:
    """A named person who speaks on the page, with their rank and how they are heard."""

    person: Person
    rank: Rank

    @property
    def heard(self) -> str:
        p = self.person
        return ("quoted and reported" if p.direct_quotes and p.reported else
                "quoted" if p.direct_quotes else "reported only")


def speakers(cast: list[Person]) -> list[Speaker]:
    """Named people quoted or reported (no reporters), highest rank first."""
    out = [Speaker(p, rank_of(p)) for p in cast if p.found_by != "byline" and (p.direct_quotes or p.reported)]
    return sorted(out, key=lambda s: (s.rank.rank, -(s.person.reported + s.person.direct_quotes), s.person.name))


def by_rank(cast: list[Person]) -> list[dict]:
    """One row per level that speaks: people, statements reported, quotations, who is quoted."""
    rows: dict[int, dict] = {}
    for s in speakers(cast):
        r = rows.setdefault(s.rank.rank, {"rank": s.rank.rank, "level": s.rank.level, "people": 0,
                                          "reported": 0, "quoted": 0})
        r["people"] += 1
        r["reported"] += s.person.reported
        r["quoted"] += s.person.direct_quotes
    return [rows[k] for k in sorted(rows)]


def rank_pattern(cast: list[Person]) -> str:
    """How quotation follows rank: ``"higher paraphrased"`` (everyone quoted ranks below everyone only
    reported), ``"higher quoted"`` (the reverse), ``"mixed"``, or ``"none"`` (nobody, or only one way)."""
    ss = speakers(cast)
    quoted = [s.rank.rank for s in ss if s.person.direct_quotes]
    only_reported = [s.rank.rank for s in ss if not s.person.direct_quotes]
    if not quoted or not only_reported:
        return "none"
    if min(quoted) > max(only_reported):
        return "higher paraphrased"
    if max(quoted) < min(only_reported):
        return "higher quoted"
    return "mixed"
