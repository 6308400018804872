"""Results said not to reflect the voters' will: "the result does not reflect the will of the
people", "the results announced by the council fail to represent the will of the Bolivian
people". Whoever says so disputes the win of the one the story tells won, opposes the body named
announcing the results and stands for the people whose will it is.
"""

from __future__ import annotations

from typing import Any

from graph.extract.actors import ActorTable
from graph.extract.claims import hypothetical
from graph.extract.elections import RESULT_NOUNS, WILL_NOUNS, voters_will
from graph.extract.negation import negated
from graph.extract.stance_claimed import clause_subjects, story_winner
from graph.extract.stance_declared import named_actor
from graph.extract.syntax import prep_objects

__all__ = ["unreflected_will"]

_REFLECT = frozenset({"reflect", "represent", "respect", "express", "mirror"})


def unreflected_will(token: Any, table: ActorTable) -> tuple[str, str | None, str | None] | None:
    """(winner key, announcer key or None, people key or None) when ``token`` says the results
    do not reflect the voters' will: "the result does not reflect the will of the people", "the
    results announced by the council do not represent the will of the Bolivian people". Whoever
    says so disputes the win of the one the story tells won, opposes the body named announcing
    the results and stands for the people whose will it is.

    >>> from graph.extract.nlp import load_pipeline
    >>> text = "Rui Lopes won the election. The results do not reflect the will of the people."
    >>> (doc,) = load_pipeline().parse([text])
    >>> table = ActorTable(text)
    >>> lopes = table.add_agent(0, 9, "Rui Lopes", "Person")
    >>> unreflected_will(doc[10], table) == (lopes, None, None)
    True
    """
    if token.pos_ != "VERB" or token.lemma_.lower() not in _REFLECT or hypothetical(token):
        return None
    failed = token.dep_ == "xcomp" and token.head.lemma_.lower() == "fail"
    if not (negated(token) or failed):
        return None
    if not any(c.dep_ == "dobj" and voters_will(c) for c in token.children):
        return None
    verb = token.head if failed else token
    # "the results, which do not reflect ...": the results
    results = [c for c in clause_subjects(verb) if c.lemma_.lower() in RESULT_NOUNS]
    winner = story_winner(token.doc, table) if results else None
    if winner is None:
        return None
    agents = [
        g
        for c in results[0].children
        if c.dep_ == "acl"
        for a in c.children
        if a.dep_ == "agent"
        for g in a.children
        if g.dep_ == "pobj"
    ]
    announcer = named_actor(agents, table, named=False)
    return winner, announcer if announcer != winner else None, _whose_will(token, table)


def _whose_will(token: Any, table: ActorTable) -> str | None:
    """The actor whose will the results fail ("the will of the Venezuelan people"), if named."""
    wills = [c for c in token.children if c.dep_ == "dobj" and c.lower_ in WILL_NOUNS]
    wills += [c for w in wills for c in w.children if c.dep_ == "conj"]  # "the will or the votes"
    owners = [g for w in wills for g in prep_objects(w, "of")]
    owners += [c for w in wills for c in w.children if c.dep_ == "poss"]
    return named_actor(owners, table, named=False)
