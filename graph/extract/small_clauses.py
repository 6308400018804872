"""What "call X Y" reports: the judgement in its small clause ("called the verdict a disgrace").

"call" with an object and a predicate of that object names the speaker's verdict on it: "the
senator called the verdict a disgrace", "monitors calling the vote neither free nor fair",
"X called Y's re-election illegitimate". The object with its predicate is what was said, as a
clause would be ("said the verdict was a disgrace"). Other verbs of making ("declared Ana Ruiz
the winner", "named him captain") perform an act and report nothing; "call" alone reports.
The parser may hang such an object and its predicate as a clause of the verb (``small_clause``);
a verb the tagger took for a noun (a quoted word: 'the sum "significantly undervalues" the
firm') is none: it still takes an object, or an adverb before it, as a noun does not.
"""

from __future__ import annotations

import re
from typing import Any

from graph.extract.lexicon import NAMING_VERBS

__all__ = ["called_as", "described_as", "small_clause"]

Token = Any  # spaCy Token

# A name for a predicate names ("called their son Max", "called the app Nimbus"): no verdict.
_PREDICATES = frozenset({"NOUN", "ADJ"})
_QUOTE_MARKS = frozenset({"''", "``", "“", "”", '"', "«", "»"})
_STOP = re.compile(r"[,;:(\[]")
_DESCRIBING = NAMING_VERBS - {"call"}  # "described the strike as unjustified" ("call": above)


def called_as(cue: Token) -> tuple[int, int] | None:
    """The character span of the object and its predicate after "call", or None.

    None for "called on/for/off", a passive ("was called a hero"), a relative ("what he called
    a fraud": the writer's words around someone's label) and a quoted predicate (the quotation
    is the statement: "called the draft “unacceptable”").
    """
    if cue.lemma_.lower() != "call" or cue.pos_ != "VERB":
        return None
    after = [c for c in cue.children if c.i > cue.i]
    if any(c.dep_ in ("prt", "prep", "dative") and c.i < _last(after) for c in after) or any(
        c.dep_ in ("nsubjpass", "auxpass") for c in cue.children
    ):
        return None
    objects = [c for c in after if c.dep_ == "dobj"]
    predicates = [c for c in after if c.dep_ == "oprd" and _predicate(c)]
    if not objects and len(predicates) > 1 and predicates[0].pos_ != "ADJ":
        objects = predicates[:1]  # the parser's "called [the party's victory] [illegitimate]"
        predicates = predicates[1:]
    if len(objects) != 1 or not predicates or objects[0].tag_ in ("WP", "WDT"):
        return None
    obj, last = objects[0], predicates[-1]
    if last.i < obj.i:
        return None
    # The predicate ends at the first stop after its head ("neither free nor fair,[3] citing").
    return _judgement(obj, last, 1)


def _predicate(token: Token) -> bool:
    """A noun, an adjective or a participle used as one ("called the vote flawed", "rigged"),
    with nothing of a verb's own after it."""
    if token.pos_ in _PREDICATES:
        return True
    if token.doc[token.i - 1].text == ",":  # "called a meeting, alarmed": of the subject
        return False
    return token.tag_ in ("VBN", "VBD") and not any(
        c.dep_ in ("dobj", "ccomp", "xcomp", "prep", "agent") for c in token.children
    )


def _last(children: list[Token]) -> int:
    """The index of the last object or predicate among ``children`` (a particle or a
    preposition before it makes another verb: "called on X to", "called for X")."""
    return max((c.i for c in children if c.dep_ in ("dobj", "oprd")), default=-1)


def described_as(cue: Token) -> tuple[int, int] | None:
    """The object and what it is described as ("described the retailer as arrogant for closing
    the pages", "branded the offer as an insult to nurses"), or None: a passive ("was described
    as"), no object before "as", or quoted words (the quotation is the statement)."""
    if cue.lemma_.lower() not in _DESCRIBING or cue.pos_ != "VERB":
        return None
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in cue.children):
        return None
    obj = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i), None)
    as_ = next((c for c in cue.children if c.dep_ == "prep" and c.lower_ == "as"), None)
    if obj is None or as_ is None or as_.i < obj.i or obj.tag_ in ("WP", "WDT"):
        return None
    return _judgement(obj, as_, 3)


def _judgement(obj: Token, last: Token, least: int) -> tuple[int, int] | None:
    """The characters from the object to the end of what it is called (``last``'s phrase), cut
    at the first stop after ``last``; None for fewer than ``least`` words or quoted words (the
    quotation is the statement)."""
    doc = obj.doc
    tokens = list(doc[obj.left_edge.i : last.right_edge.i + 1])
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens = tokens[:-1]
    if len(tokens) < least or any(t.is_quote or t.text in _QUOTE_MARKS for t in tokens):
        return None
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    stop = _STOP.search(doc.text, last.idx, end)
    return start, stop.start() if stop is not None else end


def small_clause(comp: Token) -> bool:
    """Whether the clause head ``comp`` is a noun or adjective made of an object ("declared
    Ana Ruiz the winner"), with no auxiliary, copula, object or adverb of a verb."""
    verbal = any(
        c.dep_ in ("aux", "auxpass", "cop", "dobj") or (c.dep_ == "advmod" and c.i < comp.i)
        for c in comp.children
    )
    return comp.pos_ in ("NOUN", "PROPN", "ADJ") and not verbal
