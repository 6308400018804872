"""Actor names: forgiving lookup of a name among actors, and finding actor names in a text.

Pure functions over ``Actor`` records (no rdflib, no I/O), so the registry loader, the curated
annotation loader, the extractors and the CLI all match names the same way: case- and
accent-insensitively (``graph.text.fold``), by canonical name, alias, id or surname.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache

from graph.errors import AmbiguousActor, UnknownActor
from graph.model import Actor, Span
from graph.text import fold, slugify

__all__ = [
    "INITIALLED",
    "JOINED_ACRONYM",
    "PRONOUNS",
    "find_mentions",
    "initialled_form",
    "initials",
    "is_pronoun",
    "joined_letters",
    "name_key",
    "part_of_name",
    "resolve",
]

_PRONOUN_WORDS = """
    i me my mine myself you your yours yourself we us our ours ourselves he him his himself
    she her hers herself it its itself they them their theirs themselves this that these those
    who whom whose
"""
PRONOUNS: frozenset[str] = frozenset(_PRONOUN_WORDS.split())
"""Words that refer to an actor only through context: never an alias, resolved per article."""

_ARTICLE = re.compile(r"^the\s+")


def is_pronoun(name: str) -> bool:
    """Whether ``name`` is a bare pronoun (an all-capital acronym such as "US" is not).

    >>> is_pronoun("He"), is_pronoun("US"), is_pronoun("us"), is_pronoun("Miller")
    (True, False, True, False)
    """
    return fold(name) in PRONOUNS and not (len(name) > 1 and name.isupper())


def name_key(name: str) -> str:
    """The form two names are compared in: folded, without a leading "the".

    >>> name_key("  The Election  Council")
    'election council'
    """
    return _ARTICLE.sub("", fold(name))


def initials(name: str) -> str:
    """The capitals of a name's words, small words left out ("Ministry of External Affairs" ->
    "MEA", "Anti-Corruption Bureau" -> "ACB"); a name of fewer than two capitals has none.

    >>> initials("Ministry of External Affairs"), initials("European Union"), initials("Apple")
    ('MEA', 'EU', '')
    """
    caps = [w[0] for w in re.split(r"[\s()-]+", name) if w[:1].isupper()]
    return "".join(caps) if len(caps) >= 2 else ""


JOINED_ACRONYM = re.compile(r"[A-Z](?:[&-][A-Z]){1,2}")
"""Single capitals joined by "&" or a hyphen: "J&J" (Johnson & Johnson), "A-B" (Anheuser-Busch)."""


def joined_letters(short: str) -> str:
    """An acronym written with its letters joined ("J&J", "A-B") as its bare letters.

    >>> joined_letters("J&J"), joined_letters("A-B"), joined_letters("SEC"), joined_letters("AT&T")
    ('JJ', 'AB', 'SEC', 'AT&T')
    """
    return short.replace("&", "").replace("-", "") if JOINED_ACRONYM.fullmatch(short) else short


def part_of_name(short: str, full: str) -> bool:
    """Whether a person's name of two words or more is the fuller one less some of its words,
    its first or its last word kept ("Ana Ruiz" of "Ana Ruiz Soto", "Ana Soto", "Ruiz Soto").

    >>> part_of_name("Ana Ruiz", "Ana Ruiz Soto"), part_of_name("Ruiz Soto", "Ana Ruiz Soto")
    (True, True)
    >>> part_of_name("Ana Soto", "Ana Ruiz Soto"), part_of_name("Eva Soto", "Ana Ruiz Soto")
    (True, False)
    >>> part_of_name("Ruiz", "Ana Ruiz Soto"), part_of_name("Ana Ruiz Soto", "Ana Ruiz Soto")
    (False, False)
    """
    s, f = fold(short).replace(".", " ").split(), fold(full).replace(".", " ").split()
    if len(s) < 2 or len(s) >= len(f) or (s[0] != f[0] and s[-1] != f[-1]):
        return False
    words = iter(f)
    return all(any(w == x for x in words) for w in s)


INITIALLED = re.compile(r"^([A-Z])\.?\s+(\S.*)$")
"""A person's name with its given name written as an initial: "T. Berg", "V Zelenskiy"."""


def initialled_form(one: str, other: str) -> bool:
    """Whether one name is the other with its given name written as an initial, either way
    round: the same surname words, the same first letter.

    >>> initialled_form("T. Berg", "Tomas Berg"), initialled_form("Tomas Berg", "T. Berg")
    (True, True)
    >>> initialled_form("A. Berg", "Tomas Berg"), initialled_form("T. Berg", "T. Berg")
    (False, False)
    """
    short, full = (one, other) if INITIALLED.match(one) else (other, one)
    match = INITIALLED.match(short)
    if match is None or INITIALLED.match(full) or " " not in full:
        return False
    given, _, surname = full.partition(" ")
    return given[:1] == match.group(1) and len(given) > 1 and fold(surname) == fold(match.group(2))


def resolve(name: str, actors: Sequence[Actor]) -> Actor:
    """The one actor ``name`` means: its canonical name, an alias, its id, or a surname alone.

    Matching ignores case, accents and a leading "the". A name that fits several actors raises
    ``AmbiguousActor`` (with the candidates); one that fits none raises ``UnknownActor`` with
    the closest names as a suggestion.

    >>> people = (Actor("edmundo-gonzalez-urrutia", "Edmundo González Urrutia", "Person",
    ...                 aliases=("Edmundo González",)),)
    >>> resolve("gonzalez", people).id
    'edmundo-gonzalez-urrutia'
    >>> resolve("Gonzales", people)
    Traceback (most recent call last):
    ...
    graph.errors.UnknownActor: 'Gonzales' matches no actor; did you mean 'Edmundo González Urrutia'?
    """
    index = _index(tuple(actors))
    key = name_key(name)
    if not key:
        raise UnknownActor(f"{name!r} is not a name; give an actor's name or alias")
    hits = index.exact.get(key) or index.ids.get(slugify(name)) or index.surnames.get(key)
    if hits:
        return _one(name, hits)
    suggestions = difflib.get_close_matches(key, index.all_keys, n=5, cutoff=0.75)
    names = _unique_names(
        a for s in suggestions for a in index.exact.get(s, index.surnames.get(s, ()))
    )
    if names:
        hint = " or ".join(repr(n) for n in names[:3])
        raise UnknownActor(f"{name!r} matches no actor; did you mean {hint}?")
    raise UnknownActor(
        f"{name!r} matches no actor; add it to data/actors.ttl "
        "or to the annotation's actors: section"
    )


def find_mentions(text: str, actors: Sequence[Actor]) -> dict[str, tuple[Span, ...]]:
    """Every whole-word occurrence in ``text`` of each actor's name or alias, by actor id.

    Longer names win over the shorter names inside them ("the Maduro government" is the
    government, not Maduro); a name shared by two of ``actors`` is skipped as ambiguous, and so
    is a bare pronoun. Matching ignores case and accents, except for all-capital acronyms
    ("US" is not "us").

    >>> maduro = Actor("nicolas-maduro", "Nicolás Maduro", "Person", aliases=("Maduro",))
    >>> gov = Actor("gov", "Government of Venezuela", "GovernmentBody",
    ...             aliases=("the Maduro government",))
    >>> found = find_mentions("Nicolas Maduro said the Maduro government won.", [maduro, gov])
    >>> [(s.start, s.text) for s in found["nicolas-maduro"]], [s.text for s in found["gov"]]
    ([(0, 'Nicolas Maduro')], ['the Maduro government'])
    """
    owners: dict[tuple[str, bool], set[str]] = {}
    for actor in actors:
        for name in actor.names:
            if is_pronoun(name) or not fold(name):
                continue
            exact_case = name.isupper()
            form = name if exact_case else fold(name)
            owners.setdefault((form, exact_case), set()).add(actor.id)
    folded, origin = _fold_with_offsets(text)
    taken = [False] * len(text)
    found: dict[str, list[Span]] = {}
    for (form, exact_case), ids in sorted(owners.items(), key=lambda kv: (-len(kv[0][0]), kv[0])):
        if len(ids) != 1:
            continue
        (actor_id,) = ids
        pattern = r"(?<!\w)" + r"\s+".join(re.escape(w) for w in form.split()) + r"(?!\w)"
        haystack = text if exact_case else folded
        for match in re.finditer(pattern, haystack):
            if exact_case:
                start, end = match.start(), match.end()
            else:
                start, end = origin[match.start()], origin[match.end() - 1] + 1
            if any(taken[start:end]):
                continue
            taken[start:end] = [True] * (end - start)
            found.setdefault(actor_id, []).append(Span.of(text, start, end))
    return {k: tuple(sorted(v, key=lambda s: s.start)) for k, v in sorted(found.items())}


class _Index:
    """Folded name -> actors, built once per tuple of actors."""

    def __init__(self, actors: tuple[Actor, ...]) -> None:
        self.exact: dict[str, tuple[Actor, ...]] = {}
        self.ids: dict[str, tuple[Actor, ...]] = {}
        self.surnames: dict[str, tuple[Actor, ...]] = {}
        for actor in actors:
            self.ids[actor.id] = (*self.ids.get(actor.id, ()), actor)
            for name in actor.names:
                key = name_key(name)
                if key and actor not in self.exact.get(key, ()):
                    self.exact[key] = (*self.exact.get(key, ()), actor)
            if actor.type == "Person":
                for surname in _surnames(actor):
                    if actor not in self.surnames.get(surname, ()):
                        self.surnames[surname] = (*self.surnames.get(surname, ()), actor)
        self.all_keys = sorted({*self.exact, *self.surnames})


@lru_cache(maxsize=32)
def _index(actors: tuple[Actor, ...]) -> _Index:
    return _Index(actors)


def _surnames(actor: Actor) -> set[str]:
    """The words after the given name in a person's canonical name: "gonzalez", "urrutia".

    Aliases are left out: titles in them ("Department Spokesperson") are no surnames.
    """
    parts = fold(actor.name).split()
    return {p for p in parts[1:] if len(p) > 2 and p not in {"das", "del", "dos"}}


def _one(name: str, hits: tuple[Actor, ...]) -> Actor:
    if len(hits) == 1:
        return hits[0]
    names = _unique_names(hits)
    listed = ", ".join(repr(n) for n in names)
    raise AmbiguousActor(
        f"{name!r} could be any of {listed}; use the full name", candidates=tuple(names)
    )


def _unique_names(actors: Iterable[Actor]) -> list[str]:
    seen: dict[str, None] = {}
    for actor in actors:
        seen.setdefault(actor.name, None)
    return list(seen)


def _fold_char(ch: str) -> str:
    if ch in "\u2018\u2019":
        return "'"
    bare = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
    return bare.casefold()


def _fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """``text`` folded character by character, and for each folded character its origin."""
    pieces: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        for c in _fold_char(ch):
            pieces.append(c)
            origin.append(i)
    return "".join(pieces), origin
