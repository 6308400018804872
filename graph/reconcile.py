"""One actor, one description: extracted actors agree with those already known.

Two articles may write one person's name two ways ("José Pérez", "Jose Perez"): both give the
identifier ``jose-perez``, and the graph must describe that actor once. The first description
stands; a later spelling becomes an alias. A near-duplicate spelling ("Marina Corina Machado"
for "María Corina Machado", "Lukashenka" for "Lukashenko") is the same actor too: compared
accent- and transliteration-blind with an edit-distance ratio, against the registry and every
earlier article. The known actor's name and type win over the model's label, and the new
spelling is written as an alias in the article's own named graph, which records where it came
from.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import replace
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from graph.model import Actor, Claim, Extraction, Quote, Stance
from graph.names import initials, part_of_name
from graph.text import fold, slugify

__all__ = ["near_duplicate", "reconcile", "same_name"]

# Spelling variants of transliteration, reduced to one form before names are compared.
_TRANSLIT = (
    ("tch", "ch"),
    ("sch", "sh"),
    ("kh", "h"),
    ("ph", "f"),
    ("dj", "j"),
    ("ou", "u"),
    ("y", "i"),
    ("w", "v"),
    ("z", "s"),
    ("x", "ks"),
)
_WORD_RATIO = 0.8  # each word of a multi-word name
_NAME_RATIO = 0.9  # the whole name, and a one-word name (at least _MIN_SINGLE letters)
_MIN_SINGLE = 7


@lru_cache(maxsize=65536)
def _skeleton(name: str) -> tuple[str, ...]:
    """A name's words, accent-, case- and transliteration-blind ("Lukashenka" -> "lukashenka")."""
    words = re.sub(r"[^a-z0-9 ]+", " ", fold(name)).split()
    out = []
    for word in words:
        for old, new in _TRANSLIT:
            word = word.replace(old, new)
        out.append(re.sub(r"(.)\1+", r"\1", word))
    return tuple(w for w in out if w not in ("the", "of"))


def same_name(a: str, b: str) -> bool:
    """Whether two spellings name one actor: every word alike, the whole name nearly equal.

    >>> same_name("Marina Corina Machado", "María Corina Machado")
    True
    >>> same_name("Alexander Lukashenka", "Aleksandr Lukashenko")
    True
    >>> same_name("Joan Smith", "John Smith"), same_name("Lukashenko", "Lukashenka")
    (False, True)
    >>> same_name("Austria", "Australia"), same_name("Mali", "Bali")
    (False, False)
    """
    sa, sb = _skeleton(a), _skeleton(b)
    if not sa or len(sa) != len(sb) or sa[-1][:1] != sb[-1][:1]:
        return False
    if sa == sb:
        return True
    whole = Levenshtein.normalized_similarity(" ".join(sa), " ".join(sb))
    if len(sa) == 1:
        return min(len(sa[0]), len(sb[0])) >= _MIN_SINGLE and whole >= _NAME_RATIO
    words = all(
        Levenshtein.normalized_similarity(x, y) >= _WORD_RATIO or (x[0] == y[0] and x[:3] == y[:3])
        for x, y in zip(sa, sb, strict=True)
    )
    surname = Levenshtein.normalized_similarity(sa[-1], sb[-1]) >= _NAME_RATIO
    return words and surname and whole >= _NAME_RATIO - 0.05


def _part_of(short: str, full: str) -> bool:
    """``names.part_of_name``, spelling- and transliteration-blind ("Gonzales" is "González").

    A person's name of two words or more that the other's fuller name holds in order, from its
    first or to its last word, is that person: "Tomás Vidal" and "Vidal Ortega" are "Tomás Vidal
    Ortega" (a second surname or a middle name left out), when one known person fits.

    >>> full = [Actor("tomas-vidal-ortega", "Tomás Vidal Ortega", "Person")]
    >>> near_duplicate(Actor("tomas-vidal", "Tomas Vidal", "Person"), full, set()).id
    'tomas-vidal-ortega'
    >>> near_duplicate(Actor("vidal-ortega", "Vidal Ortega", "Person"), full, set()).id
    'tomas-vidal-ortega'
    >>> near_duplicate(Actor("tomas-ortega", "Tomás Ortega", "Organization"), full, set()) is None
    True
    """
    return part_of_name(" ".join(_skeleton(short)), " ".join(_skeleton(full)))


_BODIES = frozenset({"Organization", "GovernmentBody", "Country", "Group"})


def _initials_of(acronym: str, body: Actor) -> bool:
    """Whether ``acronym`` ("EU", "U.N.") is the initials of a body's name ("European Union"):
    ``near_duplicate`` takes it for the one known body of those initials, and the other way round.

    >>> eu = [Actor("european-union", "European Union", "Organization")]
    >>> near_duplicate(Actor("eu", "EU", "Organization"), eu, set()).id
    'european-union'
    >>> near_duplicate(Actor("eu", "EU", "Person"), eu, set()) is None
    True
    """
    letters = acronym.replace(".", "")
    if body.type not in _BODIES or not (2 <= len(letters) <= 6 and letters.isupper()):
        return False
    return initials(body.name) == letters


def _surname_of(word: Actor, person: Actor) -> bool:
    """Whether a one-word organisation is the surname of a known person's full name, written
    exactly ("Maduro" for "Nicolás Maduro"): the model often takes a surname for a body."""
    if word.type != "Organization" or person.type != "Person" or len(word.name) < 4:
        return False
    alone = _skeleton(word.name)
    return any(_skeleton(n)[-1:] == alone for n in person.names if len(n.split()) > 1)


def near_duplicate(actor: Actor, known: Iterable[Actor], taken: set[str]) -> Actor | None:
    """The known actor ``actor`` is a near-duplicate spelling of, if exactly one fits.

    ``taken`` are ids the article already uses for other actors: never merged into (an article
    that names two actors knows they are two). One-word names merge only with the same type; a
    person's one word also with the surname of one known person, and so does an organisation's
    ("Maduro", a surname the model took for a body); an acronym with the body of its initials.

    >>> known = [Actor("ana-ruiz", "Ana Ruiz", "Person"), Actor("ivo-lang", "Ivo Lang", "Person"),
    ...          Actor("eva-lang", "Eva Lang", "Person")]
    >>> near_duplicate(Actor("ruiz", "Ruiz", "Person"), known, set()).id
    'ana-ruiz'
    >>> near_duplicate(Actor("lang", "Lang", "Person"), known, set()) is None  # two Langs
    True
    >>> near_duplicate(Actor("ruiz", "Ruiz", "Organization"), known, set()).id  # a surname
    'ana-ruiz'
    >>> near_duplicate(Actor("ruiz", "Ruiz", "Country"), known, set()) is None
    True

    """
    found = []
    single = len(actor.name.split()) == 1
    for other in known:
        if other.id in taken or other.id == actor.id:
            continue
        if single and other.type != actor.type:
            if _surname_of(actor, other):
                found.append(other)  # "Maduro" the model took for an organisation
            continue
        names = (other.name, *other.aliases)
        if single and actor.type == "Person":
            # A surname alone ("Tsikhanouskaya"), where an article never gives the full name,
            # is the one known person of that surname.
            names = (*names, *(n.split()[-1] for n in names if len(n.split()) > 1))
        if _initials_of(actor.name, other) or _initials_of(other.name, actor):
            found.append(other)
            continue
        people = actor.type == other.type == "Person"
        if any(
            same_name(actor.name, n)
            or (people and (_part_of(actor.name, n) or _part_of(n, actor.name)))
            for n in names
        ):
            found.append(other)
    return found[0] if len(found) == 1 else None


def reconcile(
    extraction: Extraction,
    known: Mapping[str, Actor],
    claims: Mapping[str, Claim] | None = None,
) -> Extraction:
    """``extraction`` with each actor that ``known`` already describes named and typed as there.

    >>> from graph.model import Article
    >>> a = Article("a", "Jose Perez spoke.")
    >>> mine = Actor("jose-perez", "Jose Perez", "Person", mentions=(a.span(0, 10),))
    >>> theirs = Actor("jose-perez", "José Pérez", "Person")
    >>> [(x.name, x.aliases) for x in reconcile(Extraction(a, actors=(mine,)), {theirs.id: theirs}).actors]
    [('José Pérez', ('Jose Perez',))]
    >>> b = Article("b", "Jose Peres spoke.")
    >>> typo = Actor("jose-peres", "Jose Peres", "Organization", mentions=(b.span(0, 10),))
    >>> [(x.id, x.type, x.aliases) for x in reconcile(Extraction(b, actors=(typo,)), {theirs.id: theirs}).actors]
    [('jose-perez', 'Person', ('Jose Peres',))]
    >>> won = Claim("jose-peres-won-the-election", "Jose Peres won the election")
    >>> [c.text for c in reconcile(Extraction(b, actors=(typo,), claims=(won,)), {theirs.id: theirs}).claims]
    ['José Pérez won the election']
    """
    taken = {a.id for a in extraction.actors}
    mapping = {}
    for actor in extraction.actors:
        if actor.id in known:
            continue
        match = near_duplicate(actor, known.values(), taken)
        if match is not None:
            mapping[actor.id] = match.id
    if mapping:
        extraction = _renamed(extraction, mapping)
    actors = []
    changed = False
    names: dict[str, str] = {}  # a spelling of this article -> the known actor's name
    for actor in extraction.actors:
        first = known.get(actor.id)
        if first is None or (first.name, first.type) == (actor.name, actor.type):
            actors.append(actor)
            continue
        names[actor.name] = first.name
        aliases = tuple(
            dict.fromkeys(
                a for a in (*first.aliases, actor.name, *actor.aliases) if a != first.name
            )
        )
        actors.append(replace(actor, name=first.name, type=first.type, aliases=aliases))
        changed = True
    # A claim keeps the wording it was first stored with ("José Pérez won the election"); a
    # new one names its actors as the graph does ("Jose Peres won" is "José Pérez won").
    kept = tuple(
        (claims or {}).get(c.id) or replace(c, text=_named_as(c.text, names))
        for c in extraction.claims
    )
    if kept != extraction.claims:
        extraction = replace(extraction, claims=kept)
    return replace(extraction, actors=tuple(actors)) if changed else extraction


def _named_as(text: str, names: Mapping[str, str]) -> str:
    """``text`` with each spelling in ``names`` (the longest first) written as its actor's."""
    for old in sorted(names, key=len, reverse=True):
        text = re.sub(r"(?<!\w)" + re.escape(old) + r"(?!\w)", names[old], text)
    return text


def _renamed(extraction: Extraction, mapping: Mapping[str, str]) -> Extraction:
    """Every reference to an actor id in ``mapping`` (and claims keyed by it) renamed."""

    def aid(x: str) -> str:
        return mapping.get(x, x)

    claim_ids = {}
    for claim in extraction.claims:
        for old, new in mapping.items():
            prefix = f"{slugify(old)}-"
            if claim.id.startswith(prefix):
                claim_ids[claim.id] = f"{slugify(new)}-{claim.id.removeprefix(prefix)}"

    def cid(x: str) -> str:
        return claim_ids.get(x, x)

    merged: dict[str, Actor] = {}
    for actor in extraction.actors:
        new = replace(actor, id=aid(actor.id))
        if new.id in merged:
            was = merged[new.id]
            new = replace(
                was,
                aliases=tuple(dict.fromkeys((*was.aliases, actor.name, *actor.aliases))),
                mentions=tuple(sorted({*was.mentions, *actor.mentions}, key=lambda s: s.start)),
            )
        merged[new.id] = new
    # A quote's key holds its speaker's id: what rests on it follows the new key, and two
    # speakers merged into one make one quote of the same words.
    quotes: dict[str, Quote] = {}
    bases: dict[str, str] = {}
    for q in extraction.quotes:
        made_quote = replace(q, speaker=aid(q.speaker))
        quotes.setdefault(made_quote.key, made_quote)
        bases[q.key] = made_quote.key
    stances: dict[str, Stance] = {}
    for s in extraction.stances:
        target = aid(s.target) if s.target_kind == "actor" else cid(s.target)
        if s.target_kind == "actor" and target == aid(s.source):
            continue
        basis = bases.get(s.basis, s.basis) if s.basis is not None else None
        made = replace(s, source=aid(s.source), target=target, basis=basis)
        stances.setdefault(made.key, made)
    claims = {cid(c.id): replace(c, id=cid(c.id)) for c in extraction.claims}
    return replace(
        extraction,
        actors=tuple(sorted(merged.values(), key=lambda a: a.id)),
        quotes=tuple(quotes.values()),
        events=tuple(
            replace(e, actors=tuple(map(aid, e.actors)), targets=tuple(map(aid, e.targets)))
            for e in extraction.events
        ),
        claims=tuple(claims.values()),
        stances=tuple(stances.values()),
    )
