"""The speakers named right after a cue that follows a quotation: '"…," said WCU quarterback
Eddie Sullivan, who …', '"…," said Mayor Ana Ruiz and Fire Chief Tom Bell'.

The phrase after the cue runs to the next comma, full stop or opening bracket (a title's full
stop, "Coun.", ends nothing; a bracket opens an aside, "said Ana Ruiz (no relation to Tom)"); the people named in it speak, whatever the parser made of their titles, but not
those of a place phrase after the name ("said Ana Ruiz at a rally in the Kenyan capital"), and
several only when joined by "and"; a name with "'s" is an owner, not a speaker ("said Vale's
deputy, Mary Lind": the parse's apposition speaks).
"""

from __future__ import annotations

import re
from typing import Any

from graph.extract.speakers import SpeakerResolver
from graph.text import owned_after

__all__ = ["TITLE_STOP", "inverted_speakers"]

_PHRASE_END = re.compile(r"[,.;:!?\n(\[]")
_JOINED = re.compile(r"\s*(?:and|&)\s+(?:[A-Z][\w.]*\s+){0,4}")
TITLE_STOP = re.compile(
    r"\b(?:Coun|Const|Cpl|Sgt|Insp|Supt|Det|Dr|Mr|Mrs|Ms|Lt|Gen|Col|Capt|Rev|Sen|Rep|Gov|Prof|Hon)\.$"
)

_PLACE_PHRASE = re.compile(r"\s(?:at|in|on|during|outside|near|after|before|while|when)\s")


def inverted_speakers(
    text: str, close: int, cue: Any, resolver: SpeakerResolver, *, bodies: bool = False
) -> list[str]:
    """'“…,” said WCU quarterback Eddie Sullivan, who …': the person named in the phrase
    right after a cue that follows the quotation, whatever the parser made of the titles; with
    ``bodies``, else the first body named there ('“…,” responded the Commerce Ministry', where
    the parser took a word of the quotation for the cue's subject)."""
    if text[close : cue.idx].strip(" ,\u201d\"'") or cue.i + 1 >= len(cue.doc):
        return []
    start = cue.idx + len(cue.text)
    stop = _PHRASE_END.search(text, start)
    # "said Coun. Shelley Carroll": the stop of a title is no end of the phrase.
    while stop is not None and TITLE_STOP.search(text, max(0, stop.end() - 10), stop.end()):
        stop = _PHRASE_END.search(text, stop.end())
    end = stop.start() if stop is not None else len(text)
    # "said Vale's deputy, Mary Lind", "responded Vale's office": an owner names whose deputy
    # or office speaks, not who speaks.
    named = [
        (s, e, k) for s, e, k in resolver.table.keys_in(start, end) if not owned_after(text, e)
    ]
    people = [(s, e, k) for s, e, k in named if resolver.table.draft(k).type == "Person"]
    if not people:
        return [named[0][2]] if bodies and named else []
    # "said Ana Ruiz at a rally in the Kenyan capital": the place phrase names nobody speaking.
    place = _PLACE_PHRASE.search(text, people[0][1], end)
    people = [p for p in people if place is None or p[1] <= place.start()]
    # "said Mayor Ana Ruiz and Fire Chief Tom Bell": people joined by "and" all speak.
    joined = [people[-1][2]]
    for (_, end_a, key), (start_b, _, _) in zip(people[-2::-1], people[:0:-1], strict=True):
        if not _JOINED.fullmatch(text, end_a, start_b) or key in joined:
            break
        joined.insert(0, key)
    return joined
