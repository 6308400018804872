"""The opposition or the ruling party a story names: "the opposition" is that party, not a
country's.

News names an opposition body once with what it is ("the main opposition Renewal Party", "the
Union for Change opposition coalition", "Ghad, the main opposition party", "the opposition,
Unity Front,") and then writes "the opposition" or "Gabon's opposition" for it. In a story
that describes exactly one named body as the opposition, a bare singular opposition phrase is
that body; with none or several (who is "the opposition" then?) it stays the country's
opposition (``agents.anchor_agents``). Plural or people phrases ("opposition leaders",
"opposition parties") are never one body. The party in power is named the same way ("the ruling
Unity Front party", "Unity Front, the governing party", "the ruling Unity Front (UF)") and then
written "the ruling party": that party, not the country's government as a whole. A name
followed by "ruling" is no ruling party ("the CAS ruling"): only the word before it counts.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, NamedTuple

from graph.extract.gazetteer import Country, country_named
from graph.extract.named_agents import Body

if TYPE_CHECKING:
    from graph.extract.actors import ActorTable

__all__ = [
    "OPPOSITION",
    "RULING",
    "Side",
    "an_attitude",
    "no_agent",
    "phrase_side",
    "side_bodies",
    "side_body",
]


class Side(NamedTuple):
    """The words that describe a body as one side, and whether they may follow its name."""

    words: frozenset[str]
    after: bool


OPPOSITION = Side(frozenset({"opposition"}), after=True)
RULING = Side(frozenset({"ruling", "governing"}), after=False)
# The last word of a phrase that can stand for one body: "the (main) opposition (party)".
_ONE_BODY = frozenset({"opposition", "party", "coalition", "alliance", "bloc", "front"})
_MODIFIERS = frozenset({"compound", "amod", "nmod"})


def phrase_side(phrase: str) -> Side | None:
    """The side a singular agent phrase names ("main opposition", "ruling party"), if one.

    >>> phrase_side("ruling party") is RULING, phrase_side("opposition leaders")
    (True, None)
    """
    words = phrase.split()
    if not words or words[-1] not in _ONE_BODY:
        return None
    return next((side for side in (OPPOSITION, RULING) if side.words & set(words)), None)


def side_bodies(doc: Any, table: ActorTable, bodies: list[Body], side: Side) -> list[Body]:
    """Those of the story's named ``bodies`` (``named_agents.named_bodies``) that the article
    describes as ``side``."""
    found = []
    for body in bodies:
        draft = table.draft(body[0])
        names = {draft.name, *draft.aliases}
        spans = _written(doc, table.text, names)
        if any(_described(span.root, side) or _beside(span, side) for span in spans):
            found.append(body)
    return found


def side_body(bodies: list[Body], phrase: str, country: Country | None) -> str | None:
    """The one body of ``bodies`` (those described as the phrase's side) the singular agent
    ``phrase`` ("opposition", "main opposition party", "ruling party") stands for, of
    ``country`` when one is known; None without exactly one.

    >>> urp = ("urp", frozenset({"renewal", "party"}), frozenset())
    >>> side_body([urp], "main opposition", None)
    'urp'
    >>> side_body([urp], "opposition leaders", None) is None
    True
    >>> side_body([urp, ("uc", frozenset({"union"}), frozenset())], "opposition", None) is None
    True
    """
    if phrase_side(phrase) is None:
        return None
    fits = [key for key, _, countries in bodies if country is None or countries <= {country.code}]
    return fits[0] if len(fits) == 1 else None


def _written(doc: Any, text: str, names: set[str]) -> list[Any]:
    """Every place one of ``names`` is written in ``text`` (the article as written, which the
    parse's text may spell otherwise: "People’s"), tagged by the model there or not."""
    spans = []
    for name in names:
        for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is not None:
                spans.append(span)
    return spans


def _beside(span: Any, side: Side) -> bool:
    """ "the opposition Renewal Party", "the COPA 2016 opposition coalition", "the ruling Unity
    Front": the word next to the name, whatever the parse (not "Labour opposition to the bill",
    nor "the CAS ruling")."""
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].lower_ in side.words:
        return True
    after = doc[span.end : span.end + 2]
    return (
        side.after
        and len(after) > 0
        and after[0].lower_ in side.words
        and (len(after) == 1 or after[1].lower_ not in _OBJECTS)
    )


_OBJECTS = frozenset({"to", "from", "against", "of", "'s", "’s"})


def _described(root: Any, side: Side) -> bool:
    """Whether the noun phrase of a name (its head ``root``) says the body is ``side``: "opposition"
    ("ruling") modifies it, its head ("the X opposition coalition") or its apposition; the head
    itself is "opposition" ("the Unity opposition") but never "ruling" ("the CAS ruling")."""
    head = root
    while head.dep_ in ("compound", "nmod") and head.head.i > head.i:
        head = head.head  # "the COPA 2016 opposition coalition": the coalition
    nouns = [root, head, *(c for c in head.children if c.dep_ == "appos")]
    if head.dep_ == "appos":
        nouns.append(head.head)  # "the opposition, Unity Front,": the phrase it renames
    for noun in nouns:
        if side.after and noun.lower_ in side.words and noun.i != root.i:
            return True
        if any(c.lower_ in side.words and c.dep_ in _MODIFIERS for c in noun.children):
            return True
    return False


# Words of degree that make "opposition" an attitude, not a party: "China's strong opposition".
_DEGREES = frozenset(
    {"strong", "stronger", "strongest", "firm", "fierce", "vehement", "staunch", "repeated",
     "resolute", "growing", "stiff", "vocal", "outright", "total", "categorical", "implacable"}
)  # fmt: skip


def an_attitude(noun: Any) -> bool:
    """Whether "opposition" is someone's attitude, not a country's opposition: said with a
    word of degree ("ignoring China's repeated strong opposition") or aimed at something
    ("opposition to the duties")."""
    if noun.lower_ != "opposition":
        return False
    return any(
        (c.dep_ == "amod" and c.lower_ in _DEGREES) or (c.dep_ == "prep" and c.lower_ == "to")
        for c in noun.children
    )


def no_agent(chunk: Any, root: Any) -> bool:
    """A phrase whose agent noun names no body of a country: people of a party, faith or people
    that is no country ("Republican lawmakers", "Sunni officials": a group of their own,
    ``untagged.group_entities``), or an attitude ("China's strong opposition")."""
    people = root.tag_ == "NNS" and any(
        t.ent_type_ == "NORP" and country_named(t.text) is None for t in chunk if t.i < root.i
    )
    return people or an_attitude(root) or _venue(chunk, root)


# Prepositions before a bare "court" that make it a venue: "will challenge it in court",
# "took the case to court", "went into court" (and "settled out of court").
_VENUE_PREPOSITIONS = frozenset({"in", "to", "into", "before"})


def _venue(chunk: Any, root: Any) -> bool:
    """ "will challenge it in court": a court with no article or owner is where a case is
    fought, no court of a country that acts or speaks."""
    if root.lower_ != "court" or len(chunk) != 1 or root.dep_ != "pobj":
        return False
    prep = root.head
    # "settled out of court"
    return prep.lower_ in _VENUE_PREPOSITIONS or (prep.lower_ == "of" and prep.head.lower_ == "out")
