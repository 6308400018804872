"""The opposition a story names: "the opposition" is that party or coalition, not a country's.

News names an opposition body once with what it is ("the main opposition Renewal Party", "the
Union for Change opposition coalition", "Ghad, the main opposition party", "the opposition,
Unity Front,") and then writes "the opposition" or "Gabon's opposition" for it. In a story
that describes exactly one named body as the opposition, a bare singular opposition phrase is
that body; with none or several (who is "the opposition" then?) it stays the country's
opposition (``agents.anchor_agents``). Plural or people phrases ("opposition leaders",
"opposition parties") are never one body.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from graph.extract.gazetteer import Country
from graph.extract.named_agents import Body

if TYPE_CHECKING:
    from graph.extract.actors import ActorTable

__all__ = ["opposition_bodies", "opposition_body"]

_OPPOSITION = "opposition"
# The last word of a phrase that can stand for one body: "the (main) opposition (party)".
_ONE_BODY = frozenset({"opposition", "party", "coalition", "alliance", "bloc", "front"})
_MODIFIERS = frozenset({"compound", "amod", "nmod"})


def opposition_bodies(doc: Any, table: ActorTable, bodies: list[Body]) -> list[Body]:
    """Those of the story's named ``bodies`` (``named_agents.named_bodies``) that the article
    describes as the opposition."""
    found = []
    for body in bodies:
        draft = table.draft(body[0])
        names = {draft.name, *draft.aliases}
        if any(_described(span.root) or _beside(span) for span in _written(doc, names)):
            found.append(body)
    return found


def opposition_body(bodies: list[Body], phrase: str, country: Country | None) -> str | None:
    """The one opposition body the singular agent ``phrase`` ("opposition", "main opposition
    party") stands for, of ``country`` when one is known; None without exactly one.

    >>> urp = ("urp", frozenset({"renewal", "party"}), frozenset())
    >>> opposition_body([urp], "main opposition", None)
    'urp'
    >>> opposition_body([urp], "opposition leaders", None) is None
    True
    >>> opposition_body([urp, ("uc", frozenset({"union"}), frozenset())], "opposition", None) is None
    True
    """
    words = phrase.split()
    if not words or words[-1] not in _ONE_BODY or _OPPOSITION not in words:
        return None
    fits = [key for key, _, countries in bodies if country is None or countries <= {country.code}]
    return fits[0] if len(fits) == 1 else None


def _written(doc: Any, names: set[str]) -> list[Any]:
    """Every place one of ``names`` is written, tagged by the model there or not."""
    spans = []
    for name in names:
        for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", doc.text):
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is not None:
                spans.append(span)
    return spans


def _beside(span: Any) -> bool:
    """ "the opposition Renewal Party", "the COPA 2016 opposition coalition": the word next to
    the name, whatever the parse (not "Labour opposition to the bill")."""
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].lower_ == _OPPOSITION:
        return True
    after = doc[span.end : span.end + 2]
    return (
        len(after) > 0
        and after[0].lower_ == _OPPOSITION
        and (len(after) == 1 or after[1].lower_ not in _OBJECTS)
    )


_OBJECTS = frozenset({"to", "from", "against", "of", "'s", "’s"})


def _described(root: Any) -> bool:
    """Whether the noun phrase of a name (its head ``root``) says the body is the opposition:
    "opposition" modifies it, its head ("the X opposition coalition") or its apposition."""
    head = root
    while head.dep_ in ("compound", "nmod") and head.head.i > head.i:
        head = head.head  # "the COPA 2016 opposition coalition": the coalition
    nouns = [root, head, *(c for c in head.children if c.dep_ == "appos")]
    if head.dep_ == "appos":
        nouns.append(head.head)  # "the opposition, Unity Front,": the phrase it renames
    for noun in nouns:
        if noun.lower_ == _OPPOSITION and noun.i != root.i:
            return True
        if any(c.lower_ == _OPPOSITION and c.dep_ in _MODIFIERS for c in noun.children):
            return True
    return False
