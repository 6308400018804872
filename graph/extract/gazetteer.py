"""The country gazetteer: names, adjectives, acronyms and capitals of the world's countries.

Rows come from the CAMEO/Phoenix country dictionary (MIT; ``graph/data/countries.tsv``, derived
by ``scripts/derive_lexicons.py`` and extended by hand where its header says). A country is
written capitalised; the story's country is the one named most often, ahead of any other.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from graph.text import fold

__all__ = [
    "Country",
    "countries_in",
    "country_blind",
    "country_named",
    "gazetteer",
    "given_names",
    "nationality",
    "place_named",
    "rows",
    "story_country",
]


@dataclass(frozen=True, slots=True)
class Country:
    """A country of the gazetteer: ISO 3166 alpha-3 code, name, and the forms that name it."""

    code: str
    name: str
    forms: tuple[str, ...]
    adjective: str | None = None
    capital: str | None = None  # names the country's government ("Beijing said"), not its story


def rows(name: str) -> list[list[str]]:
    text = resources.files("graph").joinpath("data", name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


# A country named like a US state ("Atlanta, Georgia") is named only by its adjective and capital.
_STATE_NAMES = frozenset({"Georgia"})


@lru_cache(maxsize=1)
def gazetteer() -> tuple[Country, ...]:
    """Every country of the shipped gazetteer.

    >>> next(c for c in gazetteer() if c.code == "VEN").forms[:2]
    ('Venezuela', 'Venezuelan')
    """
    out = []
    for code, name, adjectives, others, capital in rows("countries.tsv"):
        forms = [
            *([] if name in _STATE_NAMES else [name]),
            *(f for f in adjectives.split("|") if f),
            *(f for f in others.split("|") if f),
        ]
        adjective = next((f for f in adjectives.split("|") if f), None)
        out.append(Country(code, name, tuple(dict.fromkeys(forms)), adjective, capital or None))
    return tuple(out)


@lru_cache(maxsize=1)
def _form_index() -> dict[str, Country]:
    index: dict[str, Country] = {}
    for country in gazetteer():
        for form in country.forms:
            index.setdefault(form.replace(".", "") if _acronym(form) else fold(form), country)
    for country in gazetteer():
        if country.capital:
            index.setdefault(fold(country.capital), country)
    return index


def _acronym(form: str) -> bool:
    return form.replace(".", "").isupper() and len(form) <= 5


def country_named(words: str) -> Country | None:
    """The country that ``words`` names (a name, an adjective, an acronym), if any.

    >>> country_named("Venezuelan").name, country_named("U.S.").name, country_named("us")
    ('Venezuela', 'United States', None)
    >>> country_named("Beijing").name, country_named("Guinea-Bissau").code
    ('China', 'GNB')
    """
    words = re.sub(r"(?:'s|’s|')$", "", words.strip())
    words = re.sub(r"^the\s+", "", words, flags=re.I)
    if not words:
        return None
    index = _form_index()
    if _acronym(words):
        return index.get(words.replace(".", ""))  # "U.K." and "U.K" (a trimmed stop) and "UK"
    found = index.get(fold(words))
    # A country is written capitalised: "chad" is not Chad.
    return found if found is not None and words[:1].isupper() else None


# Nouns of a nationality written before a person's name, beside the countries' adjectives
# ("Briton Ana Hale"; not "Finn" nor "Dane", given names as well).
_NATIONAL_NOUNS = frozenset(
    {"Briton", "Frenchman", "Frenchwoman", "Spaniard", "Dutchman", "Scot", "Swede", "Pole", "Turk"}
)


def nationality(word: str) -> bool:
    """Whether one word is a nationality: a country's adjective or a noun of its people.

    >>> nationality("American"), nationality("Briton"), nationality("America"), nationality("Ana")
    (True, True, False, False)
    """
    if word in _NATIONAL_NOUNS:
        return True
    country = country_named(word)
    return country is not None and country.adjective == word


# Places of one country whose names hold another country's name or adjective: "British
# Columbia" is in Canada, "New Mexico" in the United States, "Northern Ireland" in the United
# Kingdom, and none names that country.
_PLACE_NAMES = (
    r"British\s+Columbia(?:ns?)?|New\s+Mexic(?:o|ans?)|Indian\s+Ocean|Northern\s+Ir(?:eland|ish)"
    r"|(?:Latin|South|North|Central)\s+Americans?|(?:Latin|South|North|Central)\s+America"
    r"|American\s+States|(?:Agence\s+)?France[\s-]Presse"
)
"""Places (and bodies) named with a country's name or adjective: "Latin American countries" are
no American, nor is "the Organization of American States"; "Agence France-Presse", a wire
quoted in stories of every country, names no France."""


def place_named(words: str) -> bool:
    """Whether ``words`` name a place written with a country's name or adjective.

    >>> place_named("Latin American"), place_named("Northern Ireland"), place_named("American")
    (True, True, False)
    """
    return re.fullmatch(_PLACE_NAMES, " ".join(words.split())) is not None


@lru_cache(maxsize=1)
def _form_pattern() -> re.Pattern[str]:
    forms = sorted({f for c in gazetteer() for f in c.forms}, key=len, reverse=True)
    alternatives = "|".join(re.escape(f) for f in forms)
    # A place name is matched first and then skipped (its group is empty).
    return re.compile(rf"(?<![\w.])(?:({_PLACE_NAMES})|{alternatives})(?![\w])")


@lru_cache(maxsize=1)
def _people_pattern() -> re.Pattern[str]:
    """A country's people in the plural: "Georgians", "Kenyans", "Pakistanis"."""
    adjectives = sorted({c.adjective for c in gazetteer() if c.adjective}, key=len, reverse=True)
    alternatives = "|".join(re.escape(a) for a in adjectives if a[-1:] in ("n", "i"))
    return re.compile(rf"(?<![\w.])({alternatives})s(?![\w])")


@lru_cache(maxsize=4096)
def countries_in(text: str) -> frozenset[str]:
    """The codes of the countries ``text`` names (names, adjectives, acronyms, capitals).

    >>> sorted(countries_in("Venezuela's electoral council and the Colombian border"))
    ['COL', 'VEN']
    >>> sorted(countries_in("Latin American countries and South America met the US"))
    ['USA']
    """
    found = (country_named(m.group(0)) for m in _form_pattern().finditer(text) if not m.group(1))
    return frozenset(c.code for c in found if c is not None)


@lru_cache(maxsize=4096)
def country_blind(text: str) -> str:
    """``text`` with each country's name or adjective written as its code.

    >>> country_blind("the Zimbabwean Electoral Commission"), country_blind("Zimbabwe Electoral Commission")
    ('the ZWE Electoral Commission', 'ZWE Electoral Commission')
    """

    def code(match: re.Match[str]) -> str:
        country = None if match.group(1) else country_named(match.group(0))
        return country.code if country is not None else match.group(0)

    return _form_pattern().sub(code, text)


@lru_cache(maxsize=8)
def story_country(text: str) -> Country | None:
    """The country a story is about: named most often (names and adjectives), ahead of any other.

    >>> story_country("Peruvian troops entered Chile. Chilean officials said Chile will respond.").name
    'Chile'
    >>> story_country("Peru and Chile met; Chile and Peru agreed.") is None
    True
    >>> story_country("British Columbia's premier said British Columbians will help.") is None
    True
    >>> story_country("The Organization of American States and a US-based group audit Peru's vote.").name
    'Peru'
    >>> story_country("Georgians voted on Saturday; Georgian observers reported fraud.").name
    'Georgia'

    """
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    by_code = {c.code: c for c in gazetteer()}
    for match in _form_pattern().finditer(text):
        if match.group(1):
            continue  # "British Columbia": a place, not the country in its name
        if text.startswith("-based", match.end()):
            continue  # "the US-based grouping": where a body sits, not what the story is about
        found = country_named(match.group(0))
        if found is not None:
            counts[found.code] += 1
            first.setdefault(found.code, match.start())
    for match in _people_pattern().finditer(text):  # "Georgians voted": the country's people
        found = country_named(match.group(1))
        if found is not None:
            counts[found.code] += 1
            first.setdefault(found.code, match.start())
    if not counts:
        return None
    ranked = counts.most_common(2)
    if len(ranked) > 1 and ranked[0][1] * 2 <= ranked[1][1] * 3:
        return None  # two countries share the story: "the government" could be either
    return by_code[ranked[0][0]]


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Given names (lower case) of the people in the Phoenix actor dictionary."""
    return frozenset(row[0] for row in rows("given_names.txt"))
