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
from ..words.voices import named_people, people, places


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
    tally = check_tally(page.checks)
    return (f"{counted(len(page.articles), 'article')}, {counted(len(page.claims), 'quantitative claim')}, "
            f"{counted(len(named), 'person')} named besides the reporters, "
            f"{counted(len(places(page.articles)), 'place')}, "
            f"{counted(tally.derived, 'derived figure')} and {counted(tally.compared, 'consistency check')}. "
            f"Its most repeated phrase is {most_repeated(page)}.")


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
        f"The longest article, {display_headline(longest)}, holds {part_chars(longest, body=True) / total:.0%} of "
        f"the page's text and {counted(by_article[longest.id], 'claim')}; the article with the most, "
        f"{display_headline(richest)}, has {by_article[richest.id]} "
        f"({by_article[richest.id] / len(claims):.0%} of the page's claims).",
        chapters)


def how_solid(page: Page) -> Finding:
    """Whether the claims agree with each other, and how many only an outside source can check."""
    chapters = (("Checking the numbers", "04_checks.html"),)
    if not page.claims:
        return Finding("Nothing to check.", "None found: with no claims, there are no figures to derive or compare.",
                       chapters)
    implied = [k for k in page.checks if k.status == "implied"]
    unverifiable = [k for k in page.checks if k.status == "unverifiable"]
    inconsistent = [k for k in page.checks if k.status == "inconsistent"]
    title = ("The numbers hold together, but rest on the page's word." if not inconsistent
             else "Some numbers do not agree, and most rest on the page's word.")
    agree = ("No two claims that should agree contradict each other" if not inconsistent
             else f"{counted(len(inconsistent), 'check')} of claims that should agree "
                  f"{agree(len(inconsistent), 'fails', 'fail')}")
    example = f" They imply figures the page never prints: {implied[0].statement}" if implied else ""
    return Finding(title, f"{agree}.{example} But {len(unverifiable) / len(page.claims):.0%} of the claims can "
                          "only be checked against an outside source.", chapters)


def who_speaks(page: Page) -> Finding:
    """Who is reported without quotation marks and who speaks in their own words."""
    chapters = (("Who speaks, and where", "05_voices.html"),)
    named = named_people(people(page.articles))
    if not named:
        return Finding("Nobody is named.", "None found: the page names no one besides its reporters.", chapters)
    quoted = [p for p in named if p.direct_quotes]
    reported = max(named, key=lambda p: p.reported)
    lead = (f"{_who(reported)} is reported {counted(reported.reported, 'time')} and quoted in their own words "
            f"{counted(reported.direct_quotes, 'time')}; " if reported.reported
            else "Nobody is reported without quotation marks; ")
    speakers = "; ".join(_who(p) for p in quoted)
    title = ("The most reported voice is paraphrased, not quoted." if reported.reported and not reported.direct_quotes
             else "Who is reported, and who is quoted.")
    return Finding(title, lead + (f"{agree(len(quoted), 'the one who speaks', 'those who speak')} in quotation marks "
                                  f"{agree(len(quoted), 'is')} {speakers}." if quoted
                                  else "nobody named speaks in quotation marks."), chapters)


def _who(p) -> str:
    """A person as the findings name them: name, pinyin, and their roles on the page (untitled if none)."""
    return f"{p.name} ({name_pinyin(p.name)}, {'、'.join(p.roles) or 'untitled'})"


def three_findings(page: Page) -> list[Finding]:
    """The opening page's three findings, in order."""
    return [where_the_numbers_are(page), how_solid(page), who_speaks(page)]
