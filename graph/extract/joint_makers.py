"""The makers of a joint statement speak its words together.

"The governments of Peru, Chile, and Uruguay issued a joint statement on Monday ... “…,” says
the statement." A document that speaks is its makers' words: when the sentence that last named
a document of its kind says several actors issued it (their conjuncts, or the owners after
"the governments/leaders/ministers of"), each of them is a speaker of the same words.
"""

from __future__ import annotations

import re
from typing import Any

from graph.extract.nlp import text_of
from graph.extract.speakers import SpeakerResolver
from graph.extract.syntax import subjects_of

__all__ = ["joint_makers"]

Token = Any  # spaCy Token


def joint_makers(noun: Token, resolver: SpeakerResolver) -> list[str]:
    """The actors who issued the document ``noun`` refers to, when there are two or more."""
    doc = noun.doc
    word = re.compile(rf"\b{re.escape(noun.lemma_.lower())}s?\b", re.I)
    named = [m.start() for m in word.finditer(text_of(doc), 0, noun.sent.start_char)]
    spans = [doc.char_span(at, at + 1, alignment_mode="expand") for at in reversed(named)]
    # the latest one issued ("issued a joint statement"), not "the statement's release"
    issued = next((s.root for s in spans if s is not None and s.root.dep_ == "dobj"), None)
    if issued is None:
        return []
    keys: list[str] = []
    for subject in subjects_of(issued.head):
        for token in _owners(subject):
            key = resolver.table.key_at(token.idx, token.idx + len(token.text))
            if key is not None and key not in keys:
                keys.append(key)
    return keys if len(keys) > 1 else []


def _owners(subject: Token) -> list[Token]:
    """ "Brazil" and its conjuncts; for "the governments of Brazil, Mexico" the names after
    "of"."""
    heads = [subject]
    if subject.tag_ == "NNS":
        of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        heads = [c for c in of.children if c.dep_ == "pobj"] if of is not None else []
    out: list[Token] = []
    while heads:
        token = heads.pop(0)
        out.append(token)
        heads += [c for c in token.children if c.dep_ == "conj"]
    return out
