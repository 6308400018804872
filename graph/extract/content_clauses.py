"""The proposition a noun's "that" clause states: "the claim that X won the election", "claims
that the vote was rigged", "the announcement that X was the winner".

A noun of saying or thinking with a content clause ("that" as its marker, a subject of its
own; not a relative clause, "the claim that he made") stands for what the clause says: a stance
on the noun is a stance on that proposition, read with the claim vocabulary (its subject the
named actor of the clause, or the story's election), else as an issue in the clause's words.
A claim its maker owns ("X's claim that ...") is read as a stance on its maker instead. A
charge's "of" phrase ("claims of systematic cheating") is read with the vocabulary only.
"""

from __future__ import annotations

from typing import Any

from graph.extract.actors import ActorTable, clean_name
from graph.extract.claims import claim_for, issue_claim
from graph.extract.elections import election_country
from graph.model import Claim

__all__ = ["content_claim", "that_clause"]


def content_claim(noun: Any, table: ActorTable) -> Claim | None:
    """The claim the "that" clause of ``noun`` states, else None.

    >>> from graph.extract.nlp import load_pipeline
    >>> (doc,) = load_pipeline().parse(["Eva Sun disputed the claim that Ivo Lind won the vote."])
    >>> table = ActorTable(doc.text)
    >>> _ = table.add_agent(doc.text.index("Ivo"), doc.text.index(" won"), "Ivo Lind", "Person")
    >>> content_claim(doc[4], table).text
    'Ivo Lind won the election'
    """
    if any(c.dep_ == "poss" for c in noun.children):
        return None  # "dismissed X's claim that ...": a stance on X, whose claim it is
    clause = that_clause(noun)
    if clause is None or not _own_content(clause):
        return _charge_of(noun, table)
    toks = [t for t in clause.subtree if t.i > clause.left_edge.i or t.dep_ != "mark"]
    while toks and (toks[-1].is_punct or toks[-1].is_space):
        toks = toks[:-1]
    if not toks:
        return None
    doc = noun.doc
    label = clean_name(doc.text[toks[0].idx : toks[-1].idx + len(toks[-1].text)])
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    key = (
        table.key_at(subject.idx, subject.idx + len(subject.text)) if subject is not None else None
    )
    actor = table.draft(key).name if key is not None and table.is_named(key) else None
    return claim_for(label, actor=actor, country=election_country(doc, table.text)) or (
        issue_claim(label)
    )


def that_clause(noun: Any) -> Any | None:
    """The clause "that" opens after ``noun`` ("the claim that X won", "X's allegation that
    ..."), hung on the noun as its complement, else None."""
    return next(
        (
            c
            for c in noun.children
            if c.dep_ in ("acl", "ccomp")
            and c.left_edge.lower_ == "that"
            and c.left_edge.i > noun.i
        ),
        None,
    )


def _own_content(clause: Any) -> bool:
    """Whether the "that" of ``clause`` marks a content clause with a subject of its own, not
    a relative pronoun ("the plan that Tom drew up")."""
    return clause.left_edge.dep_ == "mark" and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in clause.children
    )


# Nouns of a charge whose "of" phrase is what is charged: "claims of systematic cheating".
_CHARGES = frozenset(
    {"claim", "allegation", "accusation", "charge", "report", "suggestion", "complaint"}
)


def _charge_of(noun: Any, table: ActorTable) -> Claim | None:
    """ "dismissed claims of systematic cheating": the vocabulary's claim the charge's "of"
    phrase states (about the story's election), else None; no issue is made of it
    ("allegations of X's involvement" name no proposition of the vocabulary)."""
    if noun.lemma_.lower() not in _CHARGES:
        return None
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None or of.right_edge.i <= of.i:
        return None
    doc = noun.doc
    words = doc.text[doc[of.i + 1].idx : of.right_edge.idx + len(of.right_edge.text)]
    return claim_for(words, country=election_country(doc, table.text))
