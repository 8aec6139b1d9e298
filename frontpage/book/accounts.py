"""What the page says: for each article, a short English account built from its parts.

An account says what kind of piece it is, its headline in English (a hand translation, or a
gloss marked ≈), who speaks in it and how, where it is set, its claims in words, and its
projections apart. Everything comes from the parsed page; nothing is typed per edition. The
edition's text is data: :func:`accounts_markdown` escapes every piece of it.
"""

from __future__ import annotations

from dataclasses import dataclass

from .anatomy import display_headline
from .claimviews import HEDGE_WORDS, value_text
from .display import SafeMarkdown, md_escape
from .page import Page
from ..english import counted
from ..numbers.checks import money_text
from ..numbers.claims import Claim
from ..words.english import english_of, roles_in_english
from ..words.glossary import name_pinyin
from ..words.voices import people, places

KIND_WORDS = {"news": "a news report", "wire": "a wire story", "feature": "a feature", "document": "an official document",
              "caption": "a photo caption", "box": "a box", "teaser": "a teaser for an inside page",
              "notice": "a public notice", "commentary": "a commentary", "brief": "a news brief",
              "unknown": "a piece of unknown kind"}
"""How each article kind is named in prose (an unknown kind is named as it is)."""
MAX_FIGURES = 4
"""An account names at most this many of an article's figures (the claims chapter has them all)."""
CHANGE_WORDS = {"increase": "up", "decrease": "down"}
COMPARISON_WORDS = {"同比": "year on year", "环比": "on the previous period", "累计": "in all, cumulatively",
                    "共计": "in all"}


@dataclass(frozen=True)
class Account:
    """One article in English: id, what it is, its headline, and the sentences about it."""

    article_id: str
    kind: str
    headline: str
    headline_english: str
    sentences: tuple[str, ...]
    printed: bool = True
    """False when the text has no headline and ``headline`` is a stand-in (a kicker, a heading or
    the opening words, in square brackets)."""


def claim_in_words(c: Claim) -> str:
    """A claim in English: "≈ Chongqing · total value of foreign trade: up 60.4% year on year (2021-Q1)"."""
    subject = english_of(c.subject) or c.subject or "(no subject found)"
    change = CHANGE_WORDS.get(c.direction or "", "")
    how = COMPARISON_WORDS.get(c.comparison or "", "")
    value = value_text(c)
    if c.kind == "money" and c.value is not None:
        value = HEDGE_WORDS.get(c.qualifier or "", "") + money_text(c.value, c.unit)
    words = " ".join(w for w in (change, value, how) if w)
    return f"{subject}: {words}" + (f" ({c.period.replace('/', '–')})" if c.period else "")


def _speakers(article_id: str, cast) -> str:
    """Who speaks in the article and how (quoted, reported), or ""."""
    out = []
    for p in cast:
        if p.found_by == "byline" or article_id not in p.articles:
            continue
        how = [h for h, n in (("quoted", p.direct_quotes), ("reported", p.reported)) if n]
        if how:
            out.append(f"{p.name} ({name_pinyin(p.name)}, {roles_in_english(p.roles) or 'untitled'}) is "
                       f"{' and '.join(how)}")
    return "; ".join(out)


def _places(article_id: str, found) -> str:
    named = [p for p in found if article_id in p.articles][:4]
    return ", ".join(f"{english_of(p.name) or p.name} ({p.name})" for p in named)


def account(article, claims: list[Claim], cast, found) -> Account:
    """The account of one article (see the module doc)."""
    headline = display_headline(article)
    eng = english_of(headline.strip("[]"))
    mine = [c for c in claims if c.article_id == article.id]
    results = [c for c in mine if not c.projection]
    projections = [c for c in mine if c.projection]
    sentences = [f"{KIND_WORDS.get(article.kind, article.kind)[:1].upper()}{KIND_WORDS.get(article.kind, article.kind)[1:]}."]
    who = _speakers(article.id, cast)
    sentences.append(f"Who speaks: {who}." if who else "Nobody named speaks in it.")
    where = _places(article.id, found)
    if where:
        sentences.append(f"Where: {where}.")
    if results:
        shown = "; ".join(map(claim_in_words, results[:MAX_FIGURES]))
        more = f"; and {len(results) - MAX_FIGURES} more" if len(results) > MAX_FIGURES else ""
        sentences.append(f"It states {counted(len(results), 'figure')}: {shown}{more}.")
    else:
        sentences.append("It states no figure.")
    if projections:
        sentences.append(f"{counted(len(projections), 'projection')} (not a result): "
                         + "; ".join(f"{claim_in_words(c)}, a {c.projection}" for c in projections) + ".")
    return Account(article.id, article.kind, headline, eng, tuple(sentences), printed=bool(article.headline))


def accounts(page: Page) -> list[Account]:
    """An :class:`Account` of every article on the page, in reading order."""
    cast, found = people(page.articles), places(page.articles)
    return [account(a, page.claims, cast, found) for a in page.articles]


def accounts_markdown(items: list[Account]) -> SafeMarkdown:
    """The accounts as a Markdown list, every piece of edition text escaped; "none found" when empty."""
    if not items:
        return SafeMarkdown("None found: the page has no articles.")
    lines = []
    for a in items:
        eng = f"“{md_escape(a.headline_english)}”" if a.headline_english else "no English found"
        if a.printed:
            named = f" {eng} ({md_escape(a.headline)})"
        elif a.headline:
            named = f" (no headline in the text; known by {md_escape(a.headline.strip('[]'))}, {eng})"
        else:
            named = " (no headline in the text)"
        lines.append(f"- **{md_escape(a.article_id)}**{named}. "
                     + " ".join(md_escape(s) for s in a.sentences))
    return SafeMarkdown("\n".join(lines))
