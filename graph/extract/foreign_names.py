"""Names of bodies written in another language: "the Partido dos Trabalhadores".

Parties, fronts and movements abroad keep their own names in English news ("the Chama Cha
Demokrasia na Maendeleo", "the Frente de Libertacao de Mocambique", "the Union pour la
Democratie et le Progres"). The small English model leaves such a name untagged, splits it at
the lower-case word, or calls it a person, so the last word alone would speak. A run of
capitalised words after "the", joined by one or two lower-case connectors of the name's own
language, is one organisation's name.
"""

from __future__ import annotations

import re

from graph.extract.actors import ActorTable
from graph.extract.gazetteer import given_names
from graph.extract.lexicon import NAME_CONNECTORS
from graph.extract.surfaces import title_word

__all__ = ["foreign_bodies", "foreign_spans"]

_WORD = r"[A-Z][\w'’-]+"
_RUN = rf"{_WORD}(?: {_WORD})*"
_LONGER = re.compile(r"[A-Z]\w+ of $")
_CONNECTORS = "|".join(sorted(NAME_CONNECTORS))
_NAME = re.compile(rf"\b[Tt]he ({_RUN}(?: (?:{_CONNECTORS})(?: (?:{_CONNECTORS}))? {_RUN})+)")


def foreign_spans(text: str) -> list[tuple[int, int]]:
    """The spans of such names, with no title word among their capitalised words.

    >>> text = "The Partido dos Trabalhadores and the President of Peru met the Banco de Chile."
    >>> [text[s:e] for s, e in foreign_spans(text)]
    ['Partido dos Trabalhadores', 'Banco de Chile']
    >>> text = "the Chama Cha Demokrasia na Maendeleo said"
    >>> [text[s:e] for s, e in foreign_spans(text)]
    ['Chama Cha Demokrasia na Maendeleo']
    >>> foreign_spans("the Doping Panel of the Federation Internationale de Natation")
    []
    """
    spans: list[tuple[int, int]] = []
    for match in _NAME.finditer(text):
        words = match.group(1).split()
        capitals = [w for w in words if w[:1].isupper()]
        if any(title_word(w) for w in capitals):  # "the President" opens no name
            continue
        if capitals[0].lower() in given_names() or capitals[-1].endswith(("'s", "’s")):
            continue  # "the Charles de Gaulle airport", "the Democrats do Trump's work"
        # "the Panel of the Federation ...": the tail of a longer name
        if _LONGER.search(text, max(0, match.start() - 60), match.start()):
            continue
        spans.append(match.span(1))
    return spans


def foreign_bodies(table: ActorTable) -> None:
    """Add each such name as one organisation; runs before the model's entities are read,
    which then keep out of its span."""
    for start, end in foreign_spans(table.text):
        if table.key_at(start, end) is None:
            table.add_entity(start, end, "ORG")
