"""A body's name up to the acronym in brackets that spells it.

The model often cuts a body's name at a small word ("United Party" of "the United Party for
National Progress (UPNP)"), runs a person's name into it ("Rud of the United Party ..."), or takes
a name in another language for a person's ("Chama cha Haki" of "Chama cha Haki na Usawa
(CHAHU)"). The acronym in brackets after the name says where the name ends: its initials, or the
first letters of each word ("CHADEMA" of "Chama cha Demokrasia na Maendeleo").
"""

from __future__ import annotations

import re

from graph.extract.lexicon import NAME_CONNECTORS
from graph.names import initials
from graph.text import fold

__all__ = [
    "BRACKETED_ACRONYM",
    "acronym_run",
    "acronym_span",
    "body_not_person",
    "syllables_spell",
    "title_case_acronym",
]

# The rest of a name the model cut at a little word, up to an acronym in brackets after it:
# "United Party" of "the United Party for National Progress (UPNP)"; and a name the model ran
# a person into: "Rud of the United Party for National Progress (UPNP)".
_SMALL_WORDS = "|".join(sorted(NAME_CONNECTORS | {"for", "of", "and", "the", "in", "on"}))
_RUN = re.compile(rf"((?:\s+(?:{_SMALL_WORDS}))*\s+[A-Z][\w'’-]*)+")
# (the small words of names in other languages too: "Chama cha Haki na Usawa (CHAHU)")
# An acronym in brackets right after a name: "National Electoral Council (CNE)", "(PdL)".
# Latin capitals with accents too: "Freedom Party (FPÖ)", "People's Party (ÖVP)"
BRACKETED_ACRONYM = re.compile(r"\s*\(([A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ.]{1,9})\)")
_OF = re.compile(r"\s+of\s+(?:the\s+)?")
_BRACKET_INSIDE = re.compile(r"\s*\([A-Z]{2,8}\)?")


def acronym_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the organisation's name at ``[start, end)`` that the acronym in brackets
    after it (or after the words that follow it) spells out, else ``(start, end)``.

    >>> t = "Ana Rud of the United Party for National Progress (UPNP) won."
    >>> s, e = acronym_span(t, 15, 27); t[s:e]
    'United Party for National Progress'
    >>> s, e = acronym_span(t, 4, t.index(" (UPNP)")); t[s:e]
    'United Party for National Progress'
    >>> t = "for Hichilema of the United Party for National Development (UPND), he said"
    >>> s, e = acronym_span(t, 4, t.index(")")); t[s:e]
    'United Party for National Development'
    >>> acronym_span("United Party leader Ana Rud (AR) won.", 0, 12)
    (0, 12)
    >>> t = "Ana Rud ran on the Civic Union (CU) Party ticket"
    >>> s, e = acronym_span(t, 19, 41); t[s:e]
    'Civic Union'
    >>> acronym_span("the Lake (HQ) Party won", 4, 19)
    (4, 19)
    >>> t = "The Australian Competition and Consumer Commission (ACCC) said"
    >>> s, e = acronym_span(t, 0, 30); t[s:e]
    'Australian Competition and Consumer Commission'
    """
    inside = _BRACKET_INSIDE.search(text, start, end)  # the model's span took "(UPND" in
    if inside is not None and (inside.end() in (end, end - 1) or _spelt(text, start, inside)):
        end = inside.start()  # or ran on past the acronym: "the Civic Union (CU) Party ticket"
    run = _RUN.match(text, end)
    stop = run.end() if run is not None else end
    bracket = BRACKETED_ACRONYM.match(text, stop)
    if bracket is None:
        return start, end
    acronym = bracket.group(1)
    if _spells(acronym, text[start:stop]):
        return start, stop
    if text.startswith(("The ", "the "), start) and initials(text[start + 4 : stop]) == acronym:
        return start + 4, stop  # "The Australian Competition and" as the model tagged it
    for of in _OF.finditer(text, start, stop):
        if initials(text[of.end() : stop]) == acronym:
            return of.end(), stop
    return start, end


def syllables_spell(acronym: str, name: str) -> bool:
    """Whether ``acronym`` is made of the first letters of each capitalised word of ``name``,
    one to four of each, some word giving more than one ("CHADEMA" of "Chama cha Demokrasia
    na Maendeleo", "FRELIMO" of "Frente de Libertação de Moçambique").

    >>> syllables_spell("CHAHU", "Chama cha Haki na Usawa"), syllables_spell("CHU", "Chama Usawa")
    (True, False)
    """
    words = [fold(w) for w in name.split() if w[:1].isupper()]
    if len(acronym) < 4 or len(words) < 2 or len(acronym) == len(words):
        return False

    def spells(rest: str, i: int) -> bool:
        if i == len(words):
            return not rest
        return any(
            rest[:n] == words[i][:n] and spells(rest[n:], i + 1)
            for n in range(1, min(4, len(words[i]), len(rest)) + 1)
        )

    return spells(fold(acronym), 0)


def acronym_run(text: str, start: int, end: int) -> bool:
    """Whether the name at ``[start, end)`` goes on, past a small word, into a longer name that
    the acronym in brackets after it spells: "Chama cha Haki" of "Chama cha Haki na Usawa
    (CHAHU)", a body's name the model cut and took for a person's."""
    run = _RUN.match(text, end)
    bracket = BRACKETED_ACRONYM.match(text, run.end()) if run is not None else None
    if bracket is None:
        return False
    return _spells(bracket.group(1), text[start : run.end()])  # type: ignore[union-attr]


def body_not_person(text: str, start: int, end: int) -> bool:
    """Whether a name the model took for a person's is a body's: it runs into the acronym that
    spells it (``acronym_run``), or it is one word in capitals the text never writes otherwise
    ("SADC", "ZANU": an acronym; "BIDEN" in a capitalised headline is "Biden" elsewhere).

    >>> body_not_person("observers from SADC said", 15, 19)
    True
    >>> body_not_person("BIDEN WINS. Biden said", 0, 5)
    False
    """
    word = text[start:end]
    if 2 <= len(word) <= 6 and word.isalpha() and word.isupper():
        return re.search(rf"\b{word.title()}\b", text) is None
    if " " not in word and _BODY_BEFORE.search(text, max(0, start - 30), start):
        return True  # "the union Unite", "the regulator Ofcom"; not "the party Nigel Farage leads"
    return acronym_run(text, start, end) or title_case_acronym(text, start, end)


# A body's kind written right before its name: "the union Unite", "the broadcaster Nine".
_BODY_BEFORE = re.compile(
    r"\bthe\s+(?:union|regulator|watchdog|party|broadcaster|charity|federation|association|"
    r"company|firm|group|carrier|airline|lender|insurer|retailer|club|league|movement)\s+$",
    re.I,
)


# A name right before a bracket: its capitalised words and the small words between them.
_NAME_BEFORE = re.compile(
    rf"((?:[A-ZÀ-Þ][\w'’-]*(?:\s+(?:{_SMALL_WORDS}))*\s+)*[A-ZÀ-Þ][\w'’-]*)\s*\($"
)


def title_case_acronym(text: str, start: int, end: int) -> bool:
    """Whether the word at ``[start, end)`` is an acronym written in title case, in brackets
    right after the name it spells ("the Garda Síochána Ombudsman Commission (Gsoc)"), as
    British and Irish papers write them: a body's, not a person's name.

    >>> text = "calls for the Harbour Safety Ombudsman Commission (Hsoc) to stop"
    >>> title_case_acronym(text, 51, 55)
    True
    >>> title_case_acronym("the singer Ana Ruiz (Ana) said", 20, 23)
    False
    """
    word = text[start:end]
    if not (3 <= len(word) <= 8 and word.isalpha() and text[end : end + 1] == ")"):
        return False
    before = _NAME_BEFORE.search(text[max(0, start - 120) : start])
    if before is None:
        return False
    words = before.group(1).split()
    return any(initials(" ".join(words[i:])).lower() == word.lower() for i in range(len(words) - 1))


def _spells(acronym: str, name: str) -> bool:
    """Whether ``acronym`` spells ``name``: its initials, or its words' first letters."""
    return initials(name) == acronym or syllables_spell(acronym, name)


def _spelt(text: str, start: int, bracket: re.Match[str]) -> bool:
    """Whether the acronym in ``bracket`` spells the words from ``start`` to it."""
    acronym = bracket.group().strip(" ()")
    words = text[start : bracket.start()]
    return initials(words) == acronym or initials(words.removeprefix("The ")) == acronym
