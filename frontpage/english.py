"""English for computed numbers: a count and the words that must agree with it.

The book's prose never writes "{n} claims" around a glued number, because "1 claims" is
wrong; it glues the whole phrase, made here: ``counted(1, "claim is", "claims are")`` →
"1 claim is", ``counted(3, "claim is", "claims are")`` → "3 claims are". A leaf module, like
:mod:`frontpage.paths`, so that the check statements (``numbers``) word their counts with it too.
"""

from __future__ import annotations

import re

# Nouns whose plural is not the regular one. A unit printed as a symbol (CNY, km, %) is
# never pluralised at all: see :func:`unit_words`.
IRREGULAR = {
    "person": "people", "child": "children", "man": "men", "woman": "women",
    "aircraft": "aircraft", "series": "series", "species": "species", "sheep": "sheep",
}
# A verb after its subject agrees with it: "1 claim is" but "2 claims are".
VERBS = {"is": "are", "was": "were", "has": "have", "does": "do"}


def plural(noun: str) -> str:
    """The plural of a noun, or of a phrase by its last word: "claim" → "claims", "county" →
    "counties", "batch" → "batches", "person" → "people", "person-time" → "person-times",
    "quantitative claim" → "quantitative claims", and a noun with its verb: "claim is" →
    "claims are". A phrase whose head is not its last word ("piece of evidence") or whose
    verb is not one of :data:`VERBS` needs its plural given to :func:`counted`."""
    head, sep, last = noun.rpartition(" ")
    if last in VERBS:  # "claim is" → "claims are"; "is" alone → "are"
        return f"{plural(head)} {VERBS[last]}" if head else VERBS[last]
    if "-" in last and last.lower() not in IRREGULAR:  # person-time → person-times
        first, _, rest = last.rpartition("-")
        return f"{head}{sep}{first}-{plural(rest)}"
    low = last.lower()
    if low in IRREGULAR:
        word = IRREGULAR[low]
    elif re.search(r"[^aeiou]y$", low):
        word = last[:-1] + "ies"
    elif re.search(r"(?:s|x|z|ch|sh)$", low):
        word = last + "es"
    else:
        word = last + "s"
    if last[:1].isupper():
        word = word[:1].upper() + word[1:]
    return f"{head}{sep}{word}"


def is_one(n: float) -> bool:
    """Whether a number takes the singular in English: 1 (and 1.0, −1) does, 0, 0.5 and 2 do not."""
    return abs(n) == 1


def number(n: float) -> str:
    """A count or an amount as the prose prints it: 1234 → "1,234", 2.5 → "2.5"."""
    if isinstance(n, float) and n.is_integer():
        n = int(n)
    return f"{n:,}" if isinstance(n, int) else f"{n:,.10g}"


def agree(n: float, singular: str, plural_: str | None = None) -> str:
    """The words alone, in the form that agrees with ``n``: agree(2, "is") → "are"."""
    return singular if is_one(n) else (plural_ or plural(singular))


def counted(n: float, singular: str, plural_: str | None = None) -> str:
    """A number and the words that agree with it: counted(1, "article") → "1 article",
    counted(0, "article") → "0 articles", counted(1, "claim is", "claims are") → "1 claim is",
    counted(1_234, "person") → "1,234 people". ``plural_`` when the plural is not that of
    the last word (a verb, "piece of evidence")."""
    return f"{number(n)} {agree(n, singular, plural_)}"


# Units the claims print as words (pluralised) rather than as symbols (left alone): a word
# unit is lower-case letters (person, day, person-time), unless it is one of these symbols
# and Chinese measures, which take no -s (10 km, 20 mu, 5 jin).
_WORD_UNIT = re.compile(r"[a-z]+(?:-[a-z]+)*")
SYMBOLS = frozenset({"t", "g", "m", "kg", "mg", "cm", "mm", "km", "ha", "mu", "jin"})


def unit_words(value: float | None, unit: str) -> str:
    """A claim's unit as it follows its number: a word agrees with the number (1 day, 10 days,
    275 people, 2 person-times), a symbol or code stays as printed (CNY, km, kWh, TEU, °C).
    ``value`` None (a range) is plural."""
    if unit in SYMBOLS or not _WORD_UNIT.fullmatch(unit):
        return unit
    return unit if value is not None and is_one(value) else plural(unit)
