"""Congratulations offered to no one named go to the winner the text has just named.

"The recognition of Mr X's victory. Y offered his congratulations": Y supports X. A recipient
("to X") or an occasion ("on his win") named is read by the other noun readers; congratulations
not offered support no one.
"""

from __future__ import annotations

from typing import Any

from graph.extract.actors import ActorTable
from graph.extract.claims import evidence_span
from graph.extract.negation import negated
from graph.extract.stance_claimed import story_winner
from graph.extract.stance_nouns import WIN_NOUNS, poss_actor, prep_actor
from graph.extract.stance_roles import basis_of, date_of
from graph.model import Span, Stance

__all__ = ["congratulated_winner"]


def _victor_before(token: Any, table: ActorTable) -> str | None:
    """The person whose win the text names last before ``token`` ("recognition of Mr X's
    victory. Y offered his congratulations"), within two sentences."""
    doc = token.doc
    first = doc[max(0, token.sent.start - 1)].sent.start
    for noun in reversed(doc[first : token.i]):
        if noun.lemma_.lower() in WIN_NOUNS and noun.pos_ == "NOUN":
            winner = prep_actor(noun, table, ("of", "for")) or poss_actor(noun, table)
            if winner is not None and table.draft(winner).type == "Person":
                return winner
    return None


def _addressed(prep: Any) -> bool:
    """ "to X", "on his win": whom or what congratulations are for; not "on Monday"."""
    if prep.dep_ == "dative":
        return True
    if prep.dep_ != "prep" or prep.lower_ not in ("to", "on", "for"):
        return False
    return not any(g.ent_type_ in ("DATE", "TIME") for g in prep.children)


_CONGRATULATIONS = frozenset({"congratulation", "congratulations"})
_OFFERING = frozenset({"offer", "send", "extend", "convey", "express", "pass"})


def congratulated_winner(token: Any, table: ActorTable, text: str) -> list[Stance]:
    """ "X offered his congratulations", to no one named: the congratulations go to the winner
    the story tells, whom X supports."""
    verb = token.head
    if token.lower_ not in _CONGRATULATIONS or token.dep_ != "dobj" or negated(verb):
        return []
    if verb.lemma_.lower() not in _OFFERING:
        return []
    if any(_addressed(c) for c in (*token.children, *verb.children)):
        return []  # a recipient or an occasion named: read by the other readers
    source = _subject_actor(verb, table)
    winner = _victor_before(token, table) or story_winner(token.doc, table)
    if source is None or winner is None or table.id_of(winner) == source:
        return []
    start, end = evidence_span(verb, None)
    span = Span.of(text, start, end)
    when, basis = date_of(None), basis_of(None)
    return [Stance(source, table.id_of(winner), "actor", "support", span, when, basis, 0.55)]


def _subject_actor(verb: Any, table: ActorTable) -> str | None:
    """The actor the verb's subject names ("The Kenyan president, Tom Wekesa, offered")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    key = table.key_at(subject.idx, subject.idx + len(subject.text))
    if key is None:
        edge = subject.right_edge
        inside = table.keys_in(subject.left_edge.idx, edge.idx + len(edge.text))
        key = inside[0][2] if inside else None
    return table.id_of(key) if key is not None else None
