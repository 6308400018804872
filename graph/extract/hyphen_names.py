"""Names joined by hyphens around a small particle: "Inzamam-ul-Haq", "Fazl-ur-Rehman".

South Asian and Arabic names often join their parts with a lowercase particle between hyphens
("ul", "ur", "ud", "al", "el", "bin", "ibn", "abu", "e"). The small model splits them or tags
nothing, and the one-word reading of untagged names then makes two people of one ("Inzamam"
and "Haq"). A run of capitalised parts so joined, outside every entity, is one person's name,
but not where a place is written (after "in", "from", "of", ...; a first part such as "Mazar",
"Kafr" or "Deir" names a place: "Mazar-i-Sharif") nor where a part names a body ("Tehreek",
"Jamaat", "Lashkar": parties and armed groups).
"""

from __future__ import annotations

import re
from typing import Any

from graph.extract.actors import ActorTable
from graph.extract.gazetteer import country_named

__all__ = ["hyphen_names"]

_PARTICLE = r"(?:ul|ur|ud|us|uz|al|el|ad|ed|bin|bint|ibn|abu|e|i|u)"
# First parts of place names so written: shrine, village, monastery, house, cape, gate, valley.
_PLACES = frozenset(
    {"mazar", "kafr", "deir", "dayr", "beit", "bayt", "ras", "bab", "wadi", "tell", "ain",
     "bir", "qasr", "dera", "sidi", "khan", "minya"}
)  # fmt: skip
# Parts of the names of parties, movements and armed groups ("Tehreek-e-Insaf").
_BODIES = frozenset(
    {"tehreek", "tehrik", "jamaat", "jamiat", "lashkar", "jaish", "hizb", "harkat", "ansar",
     "ittehad", "muttahida", "majlis", "sipah", "tanzeem", "tanzim", "markaz", "idara", "jabhat",
     "harakat", "tahrir", "awami", "millat"}
)  # fmt: skip
# Words after which a name is a place's: "in Mazar-i-Sharif", "residents of Kafr-el-Sheikh".
_PLACE_BEFORE = re.compile(
    r"\b(?:in|at|from|to|of|into|near|outside|across|around|towards?)\s+$", re.I
)
_NAME = re.compile(rf"\b[A-Z][a-z]{{2,}}(?:-{_PARTICLE}-[A-Z][a-z]{{1,}})+\b")


def hyphen_names(doc: Any, table: ActorTable) -> None:
    """Mark each hyphen-joined name outside the model's entities as a person.

    >>> from graph.extract.nlp import load_pipeline
    >>> (doc,) = load_pipeline().parse(["Talks stalled, Fazl-ur-Rehman told reporters."])
    >>> table = ActorTable(doc.text)
    >>> hyphen_names(doc, table)
    >>> table.draft(table.key_at(15, 29)).name
    'Fazl-ur-Rehman'
    """
    for match in _NAME.finditer(table.text):
        start, end = match.span()
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or any(t.ent_type_ for t in span) or table.key_at(start, end):
            continue
        parts = re.findall(r"[A-Z][a-z]+", match.group(0))
        if any(country_named(part) for part in parts) or parts[0].lower() in _PLACES:
            continue
        if {p.lower() for p in parts} & _BODIES or _PLACE_BEFORE.search(
            table.text[max(0, start - 20) : start]
        ):
            continue
        table.add_entity(start, end, "PERSON")
