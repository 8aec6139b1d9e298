"""The opening page's summary: the page at a glance and three findings, computed from a Page.

Each finding is worded from what the page shows, with a "none found" form for an edition
that has nothing to say on it, and names the chapters that support it.
"""

from __future__ import annotations

from dataclasses import dataclass

from .anatomy import display_headline, longest_article, part_chars
from ..english import agree, counted
from .page import Page
from ..words.count import most_repeated_phrase
from ..words.glossary import glossary, name_pinyin, pinyin
from ..words.english import english_of, roles_in_english
from ..words.voices import named_people, people, places, rank_pattern, speakers
from .claimviews import check_tally


@dataclass(frozen=True)
class Finding:
    title: str
    text: str
    chapters: tuple[tuple[str, str], ...]  # (title, page) of the chapters that support it


def masthead_line(page: Page) -> str:
    """Paper, date and page from the provenance record, else the file name and the date read from the page."""
    prov = page.provenance or {}
    if prov:
        return f"{prov['paper_en']} ({prov['paper']}), {prov.get('date', 'date unknown')}, page {prov.get('page', '?')}"
    return f"{page.edition.name}, {page.date.isoformat() if page.date else 'date unknown'}"


def most_repeated(page: Page) -> str:
    """The page's most repeated set phrase with its English and its count (:mod:`frontpage.words.count`)."""
    found = most_repeated_phrase(page.articles)
    if found is None:
        return "no set phrase repeated"
    term, n = found
    g = glossary().get(term)
    return f"{term} ({pinyin(term)}, “{g.english if g else 'no gloss'}”), {counted(n, 'time')}"


def at_a_glance(page: Page) -> str:
    """How many articles, claims, people, places and checks the page has, as one sentence."""
    named = named_people(people(page.articles))
    tally = check_tally(page.checks, page.claims)
    return (f"{counted(len(page.articles), 'article')}, {counted(len(page.claims), 'quantitative claim')}, "
            f"{counted(len(named), 'person')} named besides the reporters, "
            f"{counted(len(places(page.articles)), 'place')}, "
            f"{counted(tally.derived, 'derived figure')} and {counted(tally.compared, 'consistency check')}. "
            f"Its most repeated phrase is {most_repeated(page)}.")


def headline_in_english(a) -> str:
    """An article's headline (or its stand-in) with its English: 重庆外贸… (“Chongqing's foreign trade …”)."""
    shown = display_headline(a)
    eng = english_of(shown.strip("[]"))
    return f"{shown} (“{eng}”)" if eng else shown


def where_the_numbers_are(page: Page) -> Finding:
    """Whether the longest article carries the page's numbers or leaves them to others."""
    chapters = (("Anatomy of the page", "02_anatomy.html"), ("The claims", "03_claims.html"))
    articles, claims = page.articles, page.claims
    longest = longest_article(articles)
    if not claims or longest is None:
        return Finding("The page states no numbers.",
                       "None found: no article on this page states a quantitative claim.", chapters)
    total = sum(part_chars(a, body=True) + part_chars(a, body=False) for a in articles) or 1
    by_article = {a.id: sum(c.article_id == a.id for c in claims) for a in articles}
    richest = max(articles, key=lambda a: by_article[a.id])
    fewest = by_article[longest.id] <= min(by_article.values()) + 1
    return Finding(
        "The biggest story states the fewest numbers." if fewest else "The biggest story carries numbers too.",
        f"The longest article, {headline_in_english(longest)}, holds {part_chars(longest, body=True) / total:.0%} of "
        f"the page's text and {counted(by_article[longest.id], 'claim')}; the article with the most, "
        f"{headline_in_english(richest)}, has {by_article[richest.id]} "
        f"({by_article[richest.id] / len(claims):.0%} of the page's claims).",
        chapters)


def how_solid(page: Page) -> Finding:
    """Whether the claims that can be compared agree, what they imply, and how many rest on the page's word."""
    chapters = (("Checking the numbers", "04_checks.html"),)
    if not page.claims:
        return Finding("Nothing to check.", "None found: with no claims, there are no figures to derive or compare.",
                       chapters)
    t = check_tally(page.checks, page.claims)
    implied = [k for k in page.checks if k.status == "implied"]
    if not t.compared:
        lead = "No two claims on the page measure the same thing, so none can be checked against another"
    elif not t.inconsistent:
        lead = f"The {counted(t.compared, 'comparison')} of like with like the page allows all agree"
    else:
        lead = (f"{counted(t.inconsistent, 'comparison')} of like with like out of {t.compared} "
                f"{agree(t.inconsistent, 'fails', 'fail')}")
    title = ("The numbers rest on the page's word." if not t.inconsistent
             else "Some numbers do not agree, and most rest on the page's word.")
    example = f" They imply figures the page never prints: {implied[0].statement}" if implied else ""
    return Finding(title, f"{lead}.{example} But {t.share_outside:.0%} of the claims "
                          f"({t.outside} of {t.claims}) can only be confirmed against an outside source"
                          + (f", and {counted(t.projections, 'is a projection', 'are projections')}, not a result."
                             if t.projections else "."), chapters)


def who_speaks(page: Page) -> Finding:
    """Who is quoted in their own words and who is paraphrased, by the rank of their title."""
    chapters = (("Who speaks, and where", "05_voices.html"),)
    cast = people(page.articles)
    ss = speakers(cast)
    if not ss:
        return Finding("Nobody speaks.", "None found: nobody named on the page is quoted or reported.", chapters)
    quoted = [s for s in ss if s.person.direct_quotes]
    reported = [s for s in ss if not s.person.direct_quotes]
    pattern = rank_pattern(cast)
    title = {"higher paraphrased": "Leaders are paraphrased; lower officials are quoted.",
             "higher quoted": "Leaders are quoted; lower ranks are only paraphrased.",
             "mixed": "Rank does not decide who is quoted.",
             "none": "Everyone named who speaks is heard the same way."}[pattern]
    parts = []
    if reported:
        parts.append(f"{agree(len(reported), 'the one', 'those')} only reported, without quotation marks, "
                     f"{agree(len(reported), 'is')} {_listed(reported)}")
    if quoted:
        parts.append(f"{agree(len(quoted), 'the one', 'those')} quoted in their own words "
                     f"{agree(len(quoted), 'is')} {_listed(quoted)}")
    text = "; ".join(parts)
    return Finding(title, text[:1].upper() + text[1:] + ".", chapters)


def _listed(ss) -> str:
    """Speakers for prose, grouped by level: "a state leader, 习近平 (Xí Jìnpíng: General Secretary), and two
    provincial or municipal leaders, 陈敏尔 (…) and 唐良智 (…)"."""
    groups: dict[str, list] = {}
    for s in ss:
        groups.setdefault(s.rank.level, []).append(s)
    return _and([f"{_level(level, len(g))}, " + _and([_person(s.person) for s in g]) for level, g in groups.items()])


def _level(level: str, n: int) -> str:
    return f"{'an' if level[:1] in 'aeiou' else 'a'} {level}" if n == 1 else f"{counted(n, level)}"


def _person(p) -> str:
    return f"{p.name} ({name_pinyin(p.name)}: {roles_in_english(p.roles) or 'untitled'})"


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def three_findings(page: Page) -> list[Finding]:
    """The opening page's three findings, in order."""
    return [where_the_numbers_are(page), how_solid(page), who_speaks(page)]
