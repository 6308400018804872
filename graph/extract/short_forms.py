"""Another form of a name the article used before: a shorter one, a surname, an acronym, or
the same body's name written with its country's adjective instead of its name.

"St. Michael" after "St. Michael Medical Center", "Mendez" (whatever the model called it)
after "Carlos Mendez", "Anglo" after "Anglo American", "MEA" after "Ministry of External
Affairs", "T. Berg" after "Tomas Berg" (or before it), and "Zimbabwe Electoral Commission" after
"Zimbabwean Electoral Commission": each is the actor named before, when exactly one fits.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Protocol, TypeVar

from graph.extract.gazetteer import country_blind, country_named, gazetteer, nationality
from graph.extract.misspellings import misspelt_surname
from graph.names import INITIALLED, initialled_form, initials, joined_letters, part_of_name
from graph.text import fold

__all__ = ["body_letters", "short_form", "shorter_body", "shorter_person"]

_BODY_TYPES = ("Organization", "GovernmentBody")
# Wire agencies a surname may follow with no comma ("seen by AFP Mokoko").
_AGENCIES = frozenset({"afp", "ap", "reuters", "xinhua", "tass", "efe", "ansa", "dpa", "upi"})
# Honorifics written before a given name alone: "Sheikh Saif", "Prince Faisal", "Emir Tamim".
_HONORIFICS = frozenset(
    {"sheikh", "sheikha", "shaikh", "sheik", "prince", "princess", "emir", "amir", "sultan"}
)


class _Draft(Protocol):
    name: str
    type: str
    aliases: set[str]
    registry: object | None


D = TypeVar("D", bound=_Draft)


def short_form(drafts: Sequence[D], name: str, type_: str) -> D | None:
    """The actor among ``drafts`` that ``name`` is another form of (see above), or None."""
    folded = fold(name)
    if (prefixed := _after_prefix(drafts, name, type_)) is not None:
        return prefixed[0]
    if " " in folded and type_ in ("Person", "Organization"):
        # "Ana Ruiz" or "Ruiz Soto" after "Ana Ruiz Soto": the one person of that fuller name
        # ("Le Drian" after "Jean-Yves Le Drian", whatever label the model gave it).
        fuller = [d for d in drafts if d.type == "Person" and part_of_name(name, d.name)]
        if len(fuller) == 1:
            fuller[0].aliases.add(name)
            return fuller[0]
    # "T. Berg" after "Tomas Berg", or "Tomas Berg" after "T. Berg": one person.
    if " " in folded and type_ == "Person" and (found := _initialled_form(drafts, name)):
        return found
    if " " in folded:
        # The opening words of one organisation's longer name are that organisation.
        longer = [
            d for d in drafts if d.type in _BODY_TYPES and fold(d.name).startswith(folded + " ")
        ]
        if len(longer) == 1 and type_ in _BODY_TYPES:
            return longer[0]
        return _same_body(drafts, name, type_) if not longer else None
    # A single word that is a known person's surname is that person, whatever the model
    # called it ("Mendez" tagged as an organisation after "Carlos Mendez").
    people = [d for d in drafts if d.type == "Person"]
    # Any word of a name of three or more: "Ruiz" of "Ana Ruiz Soto" (two surnames).
    matches = [d for d in people if folded in _name_words(d.name)]
    if len(matches) == 1:
        matches[0].aliases.add(name)
        return matches[0]
    near = misspelt_surname(name, people) if type_ == "Person" and not matches else None
    if near is not None:
        near.aliases.add(name)
        return near
    if type_ == "Country":
        return None  # "Zambia" after "Electoral Commission of Zambia" is the country
    # The first word of one organisation's longer name is that organisation ("Anglo" after
    # "Anglo American"), when no person has it; so is a capitalised acronym of its initials
    # ("MEA", Ministry of External Affairs; "J&J", Johnson & Johnson; "HP", Hewlett-Packard).
    firms = [d for d in drafts if d.type in _BODY_TYPES and _first_or_letters(d.name, name)]
    if len(firms) == 1 and not matches:
        return firms[0]
    # The last word of one body's longer name, capitalised, is that body ("the Commission"
    # after "the European Commission"), when no person has it.
    heads = [
        d
        for d in drafts
        if d.type in _BODY_TYPES and " " in d.name and fold(d.name).split()[-1] == folded
    ]
    if len(heads) == 1 and not matches and name[:1].isupper() and not name.isupper():
        return heads[0]
    return None


def _prefixed(drafts: Sequence[D], name: str, type_: str) -> D | None:
    """A name of two words whose first is an honorific, a wire agency or a nationality
    ("American Berg" after "Tomas Berg": the one person of that surname): "Sheikh Saif" after
    "Saif bin Ahmed Al-Nasser", "Prince Faisal" after "Faisal bin Omar" (the one person of that
    given name); "AFP Mokoko" in "seen by AFP Mokoko wrote" (the model joined the agency to a
    person's surname)."""
    prefix, word = name.split(None, 1)
    if fold(prefix) in _HONORIFICS and type_ != "Person":
        return None
    found = short_form(drafts, word, "Person")
    if found is None or found.type != "Person":
        return None
    if fold(prefix) in _HONORIFICS:
        found.aliases.add(name)
    return found


def _after_prefix(drafts: Sequence[D], name: str, type_: str) -> tuple[D | None] | None:
    """(the actor or None) for a two-word name with a prefix ("Sheikh Saif", "AFP Mokoko",
    "American Berg"), else None: then the other forms are tried (a nationality that names no
    person's surname begins a body's name, "American Airlines")."""
    if not _two_with_prefix(name):
        return None
    found = _prefixed(drafts, name, type_)
    return (found,) if found is not None or not nationality(name.split()[0]) else None


def _two_with_prefix(name: str) -> bool:
    """Whether a name is two words, the first an honorific, a wire agency or a nationality."""
    words = name.split()
    first = fold(words[0]) if words else ""
    return len(words) == 2 and (first in _AGENCIES or first in _HONORIFICS or nationality(words[0]))


def _same_body(drafts: Sequence[D], name: str, type_: str) -> D | None:
    """One body named with its country's name or its adjective ("Zimbabwe Electoral
    Commission", "Zimbabwean Electoral Commission"); never a registry actor's other name."""
    if type_ not in _BODY_TYPES:
        return None
    blind = _blind(name)
    if blind == fold(name):
        # "Constitutional Court" after "Austrian Constitutional Court", "Supreme Court" after
        # "Supreme Court of Liberia": the one body of that name with its country.
        bare = [
            d
            for d in drafts
            if d.type in _BODY_TYPES
            and d.registry is None
            and _country_less(_blind(d.name)) == blind
        ]
        if len(bare) != 1 or " " not in blind:
            return None
        bare[0].aliases.add(name)
        return bare[0]
    # "Peruvian Energy Ministry" after "Peru's Energy Ministry", which the model cut to
    # "Energy Ministry": the one body of the bare name, now written with its country.
    bare_name = _country_less(blind)
    same = [
        d
        for d in drafts
        if d.type in _BODY_TYPES
        and d.registry is None
        and " " in d.name
        and (_blind(d.name) == blind or (" " in bare_name and fold(d.name) == bare_name))
    ]
    if len(same) != 1:
        return None
    if fold(same[0].name) == bare_name:  # the name with its country is the fuller one
        same[0].aliases.add(same[0].name)
        same[0].name = name
    else:
        same[0].aliases.add(name)
    return same[0]


def _country_less(blind: str) -> str:
    """A country-blind name without its country code ("aut constitutional court",
    "supreme court of lbr" -> "constitutional court", "supreme court")."""
    words = blind.split()
    codes = _codes()
    if len(words) > 2 and words[-2] == "of" and words[-1] in codes:
        return " ".join(words[:-2])
    if len(words) > 1 and words[0] in codes:
        return " ".join(words[1:])
    return blind


@lru_cache(maxsize=1)
def _codes() -> frozenset[str]:
    return frozenset(fold(c.code) for c in gazetteer())


@lru_cache(maxsize=4096)
def _blind(name: str) -> str:
    return fold(country_blind(name))


def _name_words(name: str) -> list[str]:
    """The words a person's name may be written by alone: the first and the last, and the
    middle ones of a name of three words or more."""
    words = fold(name).split()
    words = words if len(words) > 2 else words[-1:] + words[:1]
    # "Haddad" for "Omar al-Haddad", "Sisi" for "Abdel Fattah el-Sisi": without the article
    joined = (w.partition("-") for w in words)
    return words + [
        rest for article, dash, rest in joined if dash and rest and article in _ARTICLES
    ]


# Arabic articles joined to a surname by a hyphen.
_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "at", "az", "an", "ash", "ul"})


def shorter_body(drafts: Sequence[D], name: str, type_: str) -> D | None:
    """The one body among ``drafts`` written before by the acronym or the last word alone of
    ``name``, a body's full name ("EU", "Commission" for "European Union", "European
    Commission"): the full name takes it over."""
    if type_ not in ("Organization", "GovernmentBody") or " " not in name:
        return None
    letters = _letters(name)
    last = fold(name).split()[-1]
    shorter = [
        d
        for d in drafts
        if getattr(d, "registry", None) is None
        and d.type in ("Organization", "GovernmentBody")
        and " " not in d.name
        and (d.name in letters or fold(d.name) == last)
    ]
    return shorter[0] if len(shorter) == 1 else None


def _first_or_letters(full: str, name: str) -> bool:
    """Whether ``name`` is the first word of a body's longer name ``full`` or its acronym."""
    if " " in full and fold(full).split()[0] == fold(name):
        return True
    return name.isupper() and joined_letters(name) in _letters(full)


def body_letters(drafts: Sequence[D], short: str) -> D | None:
    """The one body of ``drafts`` whose initials ``short`` spells with its letters joined
    ("A-B" for "Anheuser-Busch", "P&G" for "Procter & Gamble"), else None."""
    letters = joined_letters(short)
    found = [d for d in drafts if d.type in _BODY_TYPES and letters in _letters(d.name)]
    return found[0] if len(found) == 1 else None


def _letters(name: str) -> set[str]:
    """The acronyms a body's name is written by: its initials, and those of the name less the
    country's name or abbreviation written first ("SEC" and "USEC" for "U.S. Securities and
    Exchange Commission"; not its adjective: "German Football Association" is no "FA").

    >>> sorted(_letters("U.S. Securities and Exchange Commission")), _letters("Apple")
    (['SEC', 'USEC'], set())
    >>> _letters("German Football Association")
    {'GFA'}
    """
    first, _, rest = name.partition(" ")
    forms = {initials(name)}
    if rest and country_named(first) is not None and not nationality(first):
        forms.add(initials(rest))
    return forms - {""}


def shorter_person(drafts: Sequence[D], name: str) -> D | None:
    """The one person named before by a shorter form of ``name``, a person's full name, which
    takes it over: the surname alone, whatever the model called it ("Davies" tagged as an
    organisation, before "Ann Davies"), or the name less some of its words ("Ana Ruiz" before
    "Ana Ruiz Soto")."""
    folded = fold(name)
    for draft in drafts:
        if (
            draft.registry is None
            and draft.type in ("Person", "Organization")
            and " " not in draft.name
            and fold(draft.name) == folded.split()[-1]
        ):
            draft.aliases.add(draft.name)
            draft.name, draft.type = name, "Person"
            return draft
    shorter = [
        d
        for d in drafts
        if d.registry is None and d.type == "Person" and part_of_name(d.name, name)
    ]
    if len(shorter) != 1:
        return None
    shorter[0].aliases.add(shorter[0].name)
    shorter[0].name = name
    return shorter[0]


def _initialled_form(drafts: Sequence[D], name: str) -> D | None:
    """The one person ``name`` is with or without its given name's initial, else None."""
    found = [
        d for d in drafts if d.type in ("Person", "Organization") and initialled_form(name, d.name)
    ]
    if len(found) != 1:
        return None
    person = found[0]
    if INITIALLED.match(person.name) and person.registry is None:
        # the full name stands; the initialled form, whatever the model called it, is its alias
        person.aliases.add(person.name)
        person.name, person.type = name, "Person"
    else:
        person.aliases.add(name)
    return person
