"""The person a title phrase ends with, when the parser makes the title the subject.

"Leader of the Opposition Ana Ruiz (Green Party) said": with a bracket after the name, the
parser takes the title noun for the subject and hangs the name in its "of" phrase, behind the
title word ("Opposition"). A one-person noun whose "of" phrase is such a title word before a person's name stands for that person. Not "the
lawyer of Ana Ruiz", whose "of" phrase is the name alone: someone else's lawyer.
"""

from __future__ import annotations

from typing import Any

from graph.extract.actors import ActorTable
from graph.extract.person_titles import one_person_singulars

__all__ = ["titled_person"]


def titled_person(table: ActorTable, subject: Any) -> str | None:
    """The person key the title phrase ``subject`` ends with, else None."""
    if subject.lemma_.lower() not in one_person_singulars():
        return None
    for prep in (c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"):
        for name in (c for c in prep.children if c.dep_ == "pobj"):
            key = table.key_at(name.idx, name.idx + len(name.text))
            if key is None or table.draft(key).type != "Person":
                continue
            titled = any(
                c.dep_ == "compound" and table.key_at(c.idx, c.idx + len(c.text)) != key
                for c in name.children
            )
            if titled:
                return key
    return None
