""" "X made it clear that ...", "X has made clear that ...": a report of what X said.

The verb "make" is no reporting verb, but with "clear" and a "that" clause it states a position
as plainly as "said" does; so does "be" with an adjective of plain assertion ("X has been
adamant they will uphold the law", "X was clear that she will not resign"; not "it is clear
that ...", which is nobody's report). The parser hangs the "that" clause on "clear" or on "made"; either
way the clause is what X made clear. "That" may be left out ("made it clear he will attend"), and
a reporting participle after the clause (", saying ...") is X's next report, not part of it.
"""

from __future__ import annotations

from typing import Any

from graph.extract.next_reports import reporting_participle
from graph.extract.syntax import is_cue

__all__ = ["clear_clause", "made_clear"]

Token = Any  # spaCy Token

_MAKE = frozenset({"make", "makes", "made", "making"})


# Adjectives with which "be" asserts its clause: "was adamant that", "has been clear that".
_ASSERTING = frozenset({"clear", "adamant", "insistent", "emphatic", "unequivocal", "categorical"})
_NOBODY = frozenset({"it", "this", "that", "what", "there"})


def made_clear(token: Token) -> bool:
    """Whether ``token`` is "made" in "made (it) clear that ...", or "be" in "was adamant
    that ...", not inside what someone else reports ("She said the union made it clear that
    ...": her words)."""
    return (
        (token.lower_ in _MAKE or _asserting_be(token))
        and _clause(token) is not None
        and not any(is_cue(a) for a in token.ancestors)
    )


def _asserting_be(token: Token) -> bool:
    """ "be" with an adjective of plain assertion and a subject who may speak, said as done:
    not "was so adamant that officials agreed" (a result), "adamant in his denial that" (what
    the denial denies), "must be clear that", "wants the minister to be clear that" (asked)."""
    if token.lemma_.lower() != "be" or token.pos_ not in ("AUX", "VERB"):
        return False
    asked = any(c.dep_ == "aux" and c.tag_ in ("MD", "TO") for c in token.children)
    if token.dep_ == "xcomp" or asked:
        return False
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    adjective = next(
        (c for c in token.children if c.dep_ == "acomp" and c.lower_ in _ASSERTING), None
    )
    if subject is None or subject.lower_ in _NOBODY or adjective is None:
        return False
    around = (*adjective.children, *token.children)
    return not any(c.dep_ == "prep" or c.lower_ in _DEGREE for c in around)


_DEGREE = frozenset({"so", "too", "enough", "such"})  # "so adamant that ...": a result


def clear_clause(cue: Token) -> tuple[int, int] | None:
    """The character span of the "that" clause ``cue`` ("made") made clear, or None."""
    clause = _clause(cue)
    if clause is None:
        return None
    toks = [t for t in clause.subtree if t.i > clause.left_edge.i or t.lower_ != "that"]
    after = _next_report(clause)
    if after is not None:
        toks = [t for t in toks if t.i < after.i - 1]  # up to the comma before it
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def _next_report(clause: Token) -> Token | None:
    """ "made it clear he will attend, saying ...": the participle that reports next."""
    return next(
        (
            c
            for c in clause.children
            if c.dep_ == "advcl" and c.doc[c.i - 1].text == "," and reporting_participle(c)
        ),
        None,
    )


def _clause(make: Token) -> Token | None:
    words = _ASSERTING if make.lemma_.lower() == "be" else ("clear",)
    clear = next((c for c in make.children if c.lower_ in words and c.i > make.i), None)
    if clear is None:
        return None
    return next(
        (
            c
            for c in (*clear.children, *make.children)
            if c.i > clear.i
            and c.pos_ in ("VERB", "AUX")
            and (
                (c.left_edge.lower_ == "that" and c.left_edge.dep_ == "mark")
                # no "that": a clause with a subject of its own right after "clear"
                or (c.left_edge.i == clear.i + 1 and c.left_edge.dep_ == "nsubj")
            )
        ),
        None,
    )
