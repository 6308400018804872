"""An outlet quoting someone: "the paper quoted X as saying", "S, the daily quoted X as telling
supporters", "X said that ..., Reuters reports": the one quoted speaks, not the outlet that
passes the words on."""

from __future__ import annotations

from typing import Any

from graph.extract.lexicon import (
    CALL_VERBS,
    COMMISSIVE_VERBS,
    DIRECTIVE_VERBS,
    OUTLET_WORDS,
    PERSON_NOUNS,
    PRESS_NOUNS,
    SPEECH_VERBS,
)

__all__ = ["QUOTING", "a_person", "credits_report", "quoted_one", "quoting_as"]

QUOTING = frozenset({"quote", "cite"})


def quoting_as(verb: Any) -> Any | None:
    """The one an outlet quotes when the words quoted hang on the outlet's own verb, before or
    after it ("S, the paper quoted X as telling supporters", "the paper cited X as saying"
    with the clause on "cited"): the object X, or None."""
    as_ = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)
    if as_ is None or not any(c.dep_ == "ccomp" for c in verb.children):
        return None
    telling = next((c for c in as_.children if c.tag_ == "VBG"), None)
    if telling is None or telling.lemma_.lower() not in SPEECH_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def credits_report(report: Any) -> bool:
    """Whether ``report`` closes its sentence crediting the report before it ("The ministry
    said that ..., Reuters reports"): the clause before it, set off by a comma, is a report
    with a subject and a clause of its own; the closing one has no clause after it and is
    said by no person ("..., her lawyer said" tells what a person heard and says)."""
    if report.i == report.sent.root.i:
        clause = next((c for c in report.children if c.dep_ == "ccomp" and c.i < report.i), None)
    else:  # the parser may hang the closing report on the one before it, as its clause
        head = report.head
        clause = head if report.dep_ == "ccomp" and head.i < report.i else None
    subject = next((c for c in report.children if c.dep_ == "nsubj"), None)
    if clause is None or subject is None or subject.i < clause.i or a_person(subject):
        return False
    if any(c.dep_ == "ccomp" and c.i > report.i for c in report.children):
        return False  # "X said A, the party said B": a report of its own, no credit
    # a request or a promise with its infinitive, credited by an outlet's "reported" (a body's
    # own "..., the airline said" after "X has asked its pilots to return" is its statement)
    asks = clause.lemma_.lower() in _ASKS and report.lemma_.lower() == "report"
    return (
        clause.lemma_.lower() in SPEECH_VERBS
        and any(c.dep_ == "nsubj" for c in clause.children)
        and any(c.dep_ == "ccomp" or (c.dep_ == "xcomp" and asks) for c in clause.children)
        and report.doc[subject.left_edge.i - 1].text == ","
    )


# Reports whose infinitive is what was said: "X asked a judge to block the ban, Bloomberg
# reported", "X vowed to appeal"; not "X continued to cancel flights" (an act, the outlet's).
_ASKS = CALL_VERBS | COMMISSIVE_VERBS | DIRECTIVE_VERBS | {"tell", "demand", "threaten"}


def a_person(subject: Any) -> bool:
    """A person named or described ("Tom Baker", "the family's lawyer", "a spokesman")."""
    words = {t.lemma_.lower() for t in subject.subtree} | {t.lower_ for t in subject.subtree}
    people = any(t.ent_type_ == "PERSON" for t in subject.subtree)
    return people or bool(words & PERSON_NOUNS)


def quoted_one(cue: Any) -> Any | None:
    """ "State radio quoted Ivo Marek, the fire chief, as saying …", "the paper cited an aide
    as saying …": the one quoted is the speaker, not the outlet that quoted him."""
    if cue.lemma_.lower() in QUOTING and (quoted := quoting_as(cue)) is not None:
        return quoted
    if cue.tag_ != "VBG":
        return None
    if cue.dep_ == "acl" and cue.head.dep_ == "dobj" and cue.head.head.lemma_.lower() in QUOTING:
        return cue.head  # "Reuters quoted a witness saying ...": the witness
    if cue.head.lower_ == "as" and cue.head.head.lemma_.lower() in QUOTING:  # "quoted X as saying"
        return next((c for c in cue.head.head.children if c.dep_ == "dobj"), None)
    # "The paper quoted X, an expert, saying: ...", the participle hung on the verb: an outlet
    # quoting (not "Berg quoted Churchill, saying ...", "Ruiz cited the IMF, saying ...": hers).
    verb = cue.head
    if verb.lemma_.lower() != "quote" or not any(
        _outlet(s) for s in verb.children if s.dep_ == "nsubj"
    ):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i < cue.i), None)


def _outlet(subject: Any) -> bool:
    """Whether a subject is the press: a body the model tagged ("The Kelm Herald", "the BBC")
    or a word of the press ("state television")."""
    return subject.ent_type_ == "ORG" or subject.lemma_.lower() in _PRESS


_PRESS = PRESS_NOUNS | OUTLET_WORDS
