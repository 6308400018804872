"""Name surfaces: how a span the model or a rule marked becomes the name it holds.

Folding for accent-blind matching, cleaning a name into a label, and trimming a marked span:
articles, courtesy titles, possessives, and the title phrase or figure the model ran into a name
("Deputy Chief of Operations at the RPS Lorilee Davies", "fined Acme News 5 million").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from graph.extract.acronym_names import acronym_span
from graph.extract.agents import country_named
from graph.extract.gazetteer import nationality
from graph.extract.lexicon import (
    GOVERNMENT_WORDS,
    NAME_TITLES,
    OCCUPATIONS,
    ORG_NAME_ENDINGS,
    PORTFOLIOS,
    RANK_ABBREVIATIONS,
    ROLE_NOUNS,
    SEAT_ABBREVIATIONS,
)
from graph.text import fold

__all__ = [
    "after_titles",
    "char_fold",
    "clean_name",
    "country_alone",
    "demonym",
    "employee_at",
    "figure_start",
    "longer_name_before",
    "organisation_span",
    "saint_start",
    "title_or_body_word",
    "title_word",
    "trim_span",
    "unfinished_span",
]

_LEADING = re.compile(r"^(?:the|a|an|its|their|his|her)\s+", re.I)
_TRAILING = re.compile(r"(?:'s|’s|')$")
_PLATFORM_OWNER = re.compile(
    r"^(.+?)(?:'s|’s)\s+(?:Twitter|Facebook|Instagram|Telegram|YouTube|TikTok|X)(?:\s+account)?$"
)
_ARTICLE = re.compile(r"^(?:the|The|a|A|an|An)\s+|^@(?=\w)")
_SIZE = re.compile(r"^\d+\s*-\s*(?:member|nation|country|state|strong)\s+(?=[A-Z])")
_TITLE = re.compile(rf"^(?:{NAME_TITLES})\s+(?=[A-Z])")
# A figure the model ran into a name: "Acme News 5 million", "Beta Corp 20 per cent".
_FIGURE = re.compile(
    r"\s+[$€£]?\d[\d.,]*\s*(?:million|billion|trillion|thousand|per\s*cent|percent|%)",
    re.I,
)
# Words of a title that are no role noun themselves ("Grand Chief", "Vice President").
_TITLE_WORDS = ROLE_NOUNS | OCCUPATIONS | {
    "grand", "vice", "acting", "interim", "assistant", "associate", "executive", "senior",
    "superintendent", "inspector", "sergeant", "constable", "councillor", "councilor",
    "commissioner", "manager", "coordinator", "president", "ceo", "founder", "co-founder",
    # An opposition member's portfolio: "Health Critic Ana Ruiz", "Shadow Chancellor Ian Lee".
    "critic", "shadow",
    # "State Counselor X"; Burmese honorifics before a name ("Daw Aung San Suu Kyi").
    "counselor", "counsellor", "daw",
    # Clergy: "Archbishop Philippe Kodjo", "Cardinal Ana Ruiz".
    "archbishop", "bishop", "cardinal", "reverend", "pastor", "imam", "rabbi", "ayatollah",
}  # fmt: skip
_PLURALS = frozenset(w for w in _TITLE_WORDS if w.endswith("s") and w[:-1] in _TITLE_WORDS)
# Lower-case words that belong inside a person's name ("Maria de la Cruz", "Osama bin Laden").
_PARTICLES = frozenset(
    {"de", "da", "del", "della", "di", "du", "la", "le", "van", "von", "der", "den", "ter",
     "bin", "ibn", "al", "el", "dos", "das", "y"}
)  # fmt: skip
_WORD = re.compile(r"\S+")
# "Deputy Chief of Planning at the TPS Marcus Lindqvist": an acronym employer, then the person.
_EMPLOYER_PERSON = re.compile(r"[A-Z]{2,6} ((?:[A-Z][a-z]+(?:-[A-Z][a-z]+)? ?){2,3})$")
_BODY_WORDS = frozenset(
    {"service", "news", "world", "group", "international", "radio", "television", "media",
     "bank", "council", "party", "union", "foundation", "institute", "agency", "office",
     "department", "ministry", "board", "company", "corporation", "holdings", "association",
     "society", "centre", "center", "university", "college", "school", "hospital", "police",
     "force", "team", "club", "network", "times", "post", "press", "fund", "trust", "authority"}
)  # fmt: skip
_EMPLOYED = re.compile(r"\b([A-Z][a-z]+)\b[^.!?\n]{0,60}\b(?:at|of|for|with) (?:the )?$")
_NEXT_NAME = re.compile(r" ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![\w-])")
_NOT_SURNAMES = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "said",
     "says", "told", "and", "the", "on", "in", "at"}
)  # fmt: skip


@lru_cache(maxsize=4096)
def char_fold(text: str) -> str:
    """``text`` lower-cased with accents stripped, one character for each character (offsets in
    the result are offsets in ``text``: a match found in the folded text is a span of the original).

    >>> char_fold("González’s") == "gonzalez's"
    True
    """
    # Each character folds on its own: fold each distinct one once, then translate.
    return text.translate({ord(ch): _fold_char(ch) for ch in set(text)})


def _fold_char(ch: str) -> str:
    base = unicodedata.normalize("NFKD", ch)[:1] or ch
    low = base.lower()
    if ch in "\u2019\u2018":
        low = "'"
    return low if len(low) == 1 else base


def clean_name(text: str) -> str:
    """A name as a label: no leading article, no possessive, single spaces.

    >>> clean_name("the Carter Center's"), clean_name("the 15-member UN Security Council")
    ('Carter Center', 'UN Security Council')
    """
    name = _SIZE.sub("", _LEADING.sub("", " ".join(text.split())))
    return _TRAILING.sub("", name).strip(" ,.;:-–—")


def trim_span(text: str, start: int, end: int, label: str = "") -> tuple[int, int]:
    """The part of ``text[start:end]`` that is a name: no line break or dash run, no leading
    article, handle sign or courtesy title, no open bracket, no possessive, no figure; a person (``label``
    PERSON) without the title phrase before the name.

    >>> t = "said Deputy Chief of Operations at the HRS Lena Okafor told"
    >>> s, e = trim_span(t, 5, 47, "PERSON"); t[s:e]
    'Lena Okafor'
    >>> t = "Union of Prairie Nations Grand Chief Ada Moss said"
    >>> s, e = trim_span(t, 0, 30, "ORG"); t[s:e]
    'Union of Prairie Nations'
    >>> t = "the 15-member UN Security Council called"
    >>> s, e = trim_span(t, 4, 33, "ORG"); t[s:e]
    'UN Security Council'
    >>> t = "Responding to Mnangagwa's Twitter comments"
    >>> s, e = trim_span(t, 14, 33, "PERSON"); t[s:e]
    'Mnangagwa'
    >>> t = "the regulator fined Acme News 5 million euros"
    >>> s, e = trim_span(t, 20, 39, "ORG"); t[s:e]
    'Acme News'
    >>> t = "The Attorney-General’s Office said"
    >>> s, e = trim_span(t, 13, 29, "ORG"); t[s:e]
    'Attorney-General’s Office'
    """
    surface = text[start:end]
    # Cut at a line break or a dash run the model ran across ("St. Kitts -- AMID").
    for stop in ("\n", " -- ", " — ", " – "):
        cut = surface.find(stop)
        if cut > 0:
            surface = surface[:cut]
    figure = figure_start(surface)
    if figure is not None:
        surface = surface[:figure]
    # No part of a name, in this order: "the" or the "@" of a handle ("@Google" is Google), a
    # count of members ("the 15-member UN Security Council"), a courtesy title ("Ms Moss").
    for prefix in (_ARTICLE, _SIZE, _TITLE):
        found = prefix.match(surface)
        if found:
            start += found.end()
            surface = surface[found.end() :]
    if label == "PERSON":
        start, surface = _after_title(text, start, surface)
    else:
        start, surface = _with_hyphened_title(text, start, _before_title(text, start, surface))
    start, surface = _without_brackets(start, surface)
    # "Mnangagwa's Twitter comments": the account is where its owner wrote, the owner speaks.
    owner = _PLATFORM_OWNER.match(surface)
    if owner:
        surface = owner.group(1)
    tail = re.search(r"(?:'s|’s|'|’)$", surface)
    if tail:
        surface = surface[: tail.start()]
    stripped = surface.rstrip(" ,.;:")
    return start, start + len(stripped)


def _without_brackets(start: int, surface: str) -> tuple[int, str]:
    """A name without the words an editor put in square brackets before it ("[President Ana]
    Lopes") and without an acronym whose bracket is left open ("the national federation (NF").

    >>> _without_brackets(12, "Ana] Lopes"), _without_brackets(4, "national federation (NF")
    ((17, 'Lopes'), (4, 'national federation'))
    """
    if "]" in surface:
        rest = surface[surface.rindex("]") + 1 :].lstrip()
        start, surface = start + len(surface) - len(rest), rest
    if "(" in surface and ")" not in surface:
        surface = surface[: surface.index("(")].rstrip()
    return start, surface


# A capitalised word joined by a hyphen to the name after it ("Attorney-General’s Office").
# (A title word: "Attorney-", "Secretary-"; the office of the title is the body.)
_HYPHENED = re.compile(r"(?<![\w-])[A-Z][a-z]+-$")


def _with_hyphened_title(text: str, start: int, surface: str) -> tuple[int, str]:
    """ "Attorney-" + "General’s Office": the office's whole name (a title word joined by a
    hyphen), not "One-" + "China"."""
    joined = _HYPHENED.search(text, max(0, start - 30), start)
    if joined is None or not title_word(joined.group()[:-1]):
        return start, surface
    return joined.start(), text[joined.start() : start] + surface


def _before_title(text: str, start: int, surface: str) -> str:
    """An organisation without the first words of a title that follows it ("Union of Prairie
    Nations Grand" Chief Ada Moss); "Office of the President" keeps its name.

    >>> _before_title("the CU National president Ana Ruiz said", 4, "CU National")
    'CU'
    >>> _before_title("the Civic National party leader", 4, "Civic National")
    'Civic National'
    """
    whole = surface
    while (
        " " in surface
        and surface.rsplit(" ", 1)[1].lower() in _TITLE_WORDS
        and surface.rsplit(" ", 1)[1][:1].isupper()
        and _NEXT_NAME.match(text, start + len(surface))
    ):
        surface = surface.rsplit(" ", 1)[0]
        if surface.rsplit(" ", 1)[-1][:1].islower():
            return whole  # "Office of the President": a name of its own
            break
    # "CU National president Ana Ruiz": a capitalised scope of a lower-case title before a name.
    head, _, last = surface.rpartition(" ")
    role = _ROLE_AFTER.match(text, start + len(surface))
    if head and last.lower() in _SCOPES and role and role.group(1).lower() in ROLE_NOUNS:
        return head
    return surface


# Scopes of an office written before its title: "National president", "General secretary".
_SCOPES = frozenset({"national", "general", "regional", "deputy", "executive", "international"})
_ROLE_AFTER = re.compile(r" ([a-z]+) [A-Z][a-z]")


def _after_title(text: str, start: int, surface: str) -> tuple[int, str]:
    """A person's span without the title phrase before the name (``after_titles``); a name the
    model stopped at its first word ("... at the RPS Lorilee" Davies) or at a particle
    ("Jean-Yves Le" Drian) takes the next word; a nationality before the name ("American
    Berg", "Briton Ana Hale") is no part of it."""
    first, _, rest = surface.partition(" ")
    if rest[:1].isupper() and nationality(first):
        start, surface = start + len(first) + 1, rest
    cut = after_titles(surface) or _title_place(text, start, surface)
    if cut:
        start, surface = start + cut, surface[cut:]
        if " " not in surface.strip():
            # The model stopped at the first name ("... at the RPS Lorilee" Davies).
            more = _NEXT_NAME.match(text, start + len(surface))
            if more and more.group(1).lower() not in _NOT_SURNAMES:
                surface = text[start : more.end()]
    words = surface.split()
    if len(words) > 1 and words[-1].lower() in _PARTICLES:
        # "Jean-Yves Le" Drian, "Ana de" Souza: a name never ends on a particle
        more = _NEXT_NAME.match(text, start + len(surface.rstrip()))
        if more and more.group(1).lower() not in _NOT_SURNAMES:
            surface = text[start : more.end()]
    return start, surface


_TITLE_OF = re.compile(r"([A-Za-z-]+) of $")
# "Minister of Forestry and the [Environment Ana Lind]": a compound office whose last word, a
# portfolio, the model ran into the name ("Mayor of Kestrel and Lloyd Austin" is two people).
_OFFICE_AND = re.compile(r"([A-Za-z-]+) of (?:[A-Z][\w-]* )+and (?:the )?$")


def _title_place(text: str, start: int, surface: str) -> int:
    """Where the name starts in a person's span the model began with the place of a title
    before it ("Mayor of [Bristol Ana Ruiz]", "commissioner of [Rawalpindi Tom Hale]"), or 0:
    no name follows "Mayor of" directly, so the first word is the office's place.

    >>> text = "Mayor of Bristol Ana Ruiz said"
    >>> _title_place(text, 9, "Bristol Ana Ruiz"), _title_place(text, 9, "Bristol Ruiz")
    (8, 0)
    >>> text = "Minister of Trade and Industry Ana Lind said"  # the office's last word
    >>> _title_place(text, 22, "Industry Ana Lind")
    9
    """
    words = surface.split()
    before = text[max(0, start - 40) : start]
    title = _TITLE_OF.search(before)
    if title is None and words and words[0].lower() in PORTFOLIOS:
        title = _OFFICE_AND.search(before)
    if title is None or title.group(1).lower() not in _TITLE_WORDS or len(words) < 3:
        return 0
    if not all(w[:1].isupper() for w in words) or words[1].lower() in _PARTICLES:
        return 0
    return len(words[0]) + 1


def figure_start(surface: str) -> int | None:
    """Where a figure the model ran into a name starts ("Acme News 5 million"), else None.

    >>> figure_start("Google 2 billion euros"), figure_start("Group of 20")
    (6, None)
    """
    figure = _FIGURE.search(surface)
    return figure.start() if figure and figure.start() > 0 else None


def title_word(word: str) -> bool:
    """Whether a word is one of a title's ("Commissioner", "executive", "Vice")."""
    return word.lower() in _TITLE_WORDS


def title_or_body_word(word: str) -> bool:
    """Whether a word is a title's ("Critic") or a body's ("Ministry"): no word of a person's name."""
    return word.lower() in _TITLE_WORDS or word.lower() in _BODY_WORDS


def after_titles(surface: str) -> int:
    """Where the name starts in a person's span that begins with a title phrase, or 0.

    The name is the run of capitalised words after the last title word, lower-case word or
    acronym, when the span holds a title word at all ("Grand Chief Kyra Wilson", "Director of
    Planning at the CTA Mo Reyes"); a name with particles ("Maria de la Cruz") stays whole.
    A rank's abbreviation with or without its stop is a title ("Gen Soto"; not "Gen Z").

    >>> after_titles("Gen Sarita Fonte"), after_titles("Lt Col Ana Soto"), after_titles("Gen Z")
    (4, 7, 0)
    >>> after_titles("Gen Fonte")
    4
    """
    words = [(m.start(), m.group()) for m in _WORD.finditer(surface)]
    last = -1
    titled = False
    for i, (_, word) in enumerate(words[:-1]):
        bare = word.strip(",.;:").lower()
        # "Vice-President", "co-chair": a hyphenated title; "MP", "MEP": a seat's abbreviation.
        if (
            bare in _TITLE_WORDS
            or bare.rsplit("-", 1)[-1] in _TITLE_WORDS
            or word in SEAT_ABBREVIATIONS
            or (word.rstrip(".") in RANK_ABBREVIATIONS and len(words[i + 1][1]) > 1)  # "Gen Soto"
        ):
            titled, last = True, i
        elif (word[:1].islower() and bare not in _PARTICLES) or (
            len(word) > 1 and word.isupper() and titled
        ):
            last = i
    if not titled or last < 0:
        return 0
    rest = words[last + 1 :]
    if not all(w[:1].isupper() for _, w in rest):
        return 0
    return rest[0][0]


# A saint's title before a name: "St. Michael", "Ste. Anne", "Saint Mary's".
_SAINT = re.compile(r"\b(?:St|Ste|Saint|Sainte)\.? $")
# "Main St." is a street: a capitalised word before the title.
_STREET = re.compile(r"\b[A-Z][a-z]+ $")


def saint_start(text: str, start: int) -> int | None:
    """Where a name starts whose saint's title the model left out: "St." before "Michael".

    A saint's name names a place or a body (a hospital, church, school or town), not a person.

    >>> t = "the staff at St. Michael said"
    >>> t[saint_start(t, 17) :]
    'St. Michael said'
    >>> saint_start("Dr. Michael Reyes said", 4) is None
    True
    >>> saint_start("a shop on Main St. Michael Reyes said", 19) is None  # a street
    True
    """
    match = _SAINT.search(text, max(0, start - 7), start)
    if match is None or _STREET.search(text, max(0, match.start() - 30), match.start()):
        return None
    return match.start()


def employee_at(text: str, start: int, end: int) -> int | None:
    """Where the person starts in an organisation's span that runs an acronym employer into a
    name after a title ("... at the TPS Marcus Lindqvist" told): the offset in ``text``, or None.

    >>> t = "said Director of Parks at the CPD Jonah Feld on Monday"
    >>> t[employee_at(t, 30, 44) :]
    'Jonah Feld on Monday'
    >>> employee_at("shares of the BBC World Service rose", 14, 31) is None
    True
    """
    match = _EMPLOYER_PERSON.fullmatch(text, start, end)
    if match is None or {w.lower() for w in match.group(1).split()} & (_TITLE_WORDS | _BODY_WORDS):
        return None
    before = _EMPLOYED.search(text, max(0, start - 80), start)
    words = _WORD.findall(text[before.start() : start]) if before else []
    # One person's title, capitalised ("Analysts at the BBC World Service" are no title).
    if not any(w[:1].isupper() and w.lower() in _TITLE_WORDS - _PLURALS for w in words):
        return None
    return match.start(1)


def demonym(surface: str) -> bool:
    """Whether a name is a country's adjective, not its name ("Sri Lankan" too).

    >>> demonym("Bahraini"), demonym("Sri Lankan"), demonym("Jordan"), demonym("Ana Ruiz")
    (True, True, False, False)
    """
    word = clean_name(surface)
    country = country_named(word)
    if country is None or fold(country.name) == fold(word):
        return False
    return " " not in word or word == country.adjective  # "Sri Lankan", not "New Guinea"


_DANGLING = re.compile(r"\s+(?:of|for)(?:\s+the)?\s*$")
# "Organisation for Economic Co-operation and" Development: an "and" is dangling only in a
# name that has an "of" or "for" before it (a body's remit), not in "Kroger and" Albertsons.
_DANGLING_AND = re.compile(r"\s+(?:and|&)\s*$")
_REMIT = re.compile(r"\s(?:of|for)\s")
_NAME_AFTER = re.compile(r"[ \t]+([A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)*)")


def unfinished_span(text: str, start: int, end: int) -> tuple[int, int]:
    """An organisation's name the model cut after "of" or "for" runs on through the capitalised
    name that follows ("the Electoral Commission of" Kenya); with no such name, without the
    dangling word.

    >>> t = "the Electoral Commission of Kenya said"
    >>> s, e = unfinished_span(t, 4, 27); t[s:e]
    'Electoral Commission of Kenya'
    >>> t = "the Commission for Human Rights said"
    >>> s, e = unfinished_span(t, 4, 18); t[s:e]
    'Commission for Human Rights'
    >>> t = "the Ministry of said"
    >>> s, e = unfinished_span(t, 4, 15); t[s:e]
    'Ministry'
    >>> unfinished_span("the Bank of England said", 4, 17)
    (4, 17)
    >>> t = "the Department of Health and Human Services said"
    >>> s, e = unfinished_span(t, 4, 28); t[s:e]
    'Department of Health and Human Services'
    >>> unfinished_span("Kroger and Albertsons said", 0, 10)
    (0, 10)
    """
    dangling = _DANGLING.search(text, start, end)
    if dangling is None and _REMIT.search(text, start, end):
        dangling = _DANGLING_AND.search(text, start, end)
    if dangling is None or dangling.start() == start:
        return start, end
    after = _NAME_AFTER.match(text, end)
    if after is not None and after.group(1).lower() not in _NOT_SURNAMES:
        return start, after.end()
    return start, dangling.start()


def organisation_span(text: str, start: int, end: int) -> tuple[int, int]:
    """An organisation's name as the model marked it, run on past a dangling "of" and to the
    end of the acronym in brackets that spells it ("United Party for National Progress (UPNP)")."""
    return acronym_span(text, *unfinished_span(text, start, end))


def country_alone(text: str, surface: str) -> bool:
    """Whether a person's name is a country's own name (not an adjective or a capital) the
    article ``text`` never writes as part of a fuller person's name ("Togo", but not "Michael
    Jordan"; "Malawi" though the article names "Malawi Post")."""
    country = country_named(surface)
    if country is None or fold(country.name) != fold(clean_name(surface)):
        return False
    word = re.escape(clean_name(surface))
    if re.search(rf"[A-Z][\w.’'-]* {word}\b", text):
        return False  # "Michael Jordan"
    after = (m.group(1).lower() for m in re.finditer(rf"\b{word} ([A-Z][a-z]+)", text))
    return all(w in _AFTER_COUNTRY for w in after)


# Words after a country's name that make a body's name, not a person's: "Malawi Post".
_AFTER_COUNTRY = ORG_NAME_ENDINGS | GOVERNMENT_WORDS | {"post", "times", "herald", "news"}
_AFTER_COUNTRY |= {"airways", "railways", "police"}


# A capitalised word right before a name, not an article, a possessor or a sentence's start.
_LONGER = re.compile(
    r"(?<![.!?] )\b(?!(?:The|A|An|This|That|Its|Their|His|Her|Our)\b)[A-Z][\w-]*(?<!['’]s) $"
)


def longer_name_before(text: str, start: int) -> bool:
    """Whether the name at ``start`` is the end of a longer one: "the World Anti-Doping Agency"
    holds "Anti-Doping Agency" (an acronym after it is the longer name's).

    >>> longer_name_before("of the World Anti-Doping Agency (WADA)", 13)
    True
    >>> longer_name_before("The National Electoral Council (CNE)", 4)
    False
    >>> longer_name_before("Venezuela's National Electoral Council (CNE)", 12)
    False
    """
    return _LONGER.search(text, max(0, start - 60), start) is not None  # the word before only
