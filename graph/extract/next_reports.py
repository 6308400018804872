"""A speaker's next report, which the parser hung on the clause of the first one.

"said the cuts would hurt, and added, “…”", "said the count was wrong, alleging that ...",
"alleging that the ballot was rigged and saying that ...": the second reporting verb is the same
speaker's next act (its own quote), not part of what the first one reports; ``complement`` cuts
the first report before it and ``cue_speakers`` gives it the first one's speaker.
"""

from __future__ import annotations

from typing import Any

from graph.extract.agents import agent_nouns
from graph.extract.lexicon import GROUP_NOUNS, INDIRECT_VERBS, ROLE_NOUNS

__all__ = ["NEXT_ACTS", "next_report", "participle_of", "reporting_participle"]

Token = Any  # spaCy Token

# Verbs of a speaker going on: "said ... and added", "said ..., she told reporters".
NEXT_ACTS = frozenset({"add", "say", "tell", "insist", "warn", "note", "stress", "argue", "vow"})


def next_report(cue: Token, comp: Token) -> Token | None:
    """The next reporting verb the parser hung on ``cue``'s reported clause ``comp``, or None."""
    return _next_act(cue, comp) or _participle_act(cue, comp) or _parallel_participle(cue, comp)


def _next_act(cue: Token, comp: Token) -> Token | None:
    """ "said the cuts would hurt, and added, “…”": a second reporting verb the parser hung on
    the reported clause is the speaker's next act, not part of what the first one reports. Not
    in a report that comes before its cue ("The envoy was summoned and told that ..., the
    ministry said"): there the second verb is part of what is reported."""
    return next(
        (
            c
            for c in comp.children
            if comp.i > cue.i
            and c.dep_ == "conj"
            and c.lemma_.lower() in NEXT_ACTS
            and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        ),
        None,
    )


def reporting_participle(token: Token) -> bool:
    """Whether ``token`` is a reporting participle with no subject of its own ("..., alleging
    that ...", "and saying that ..."): the words of whoever the verb it hangs near reports."""
    return (
        token.tag_ == "VBG"
        and token.lemma_.lower() in INDIRECT_VERBS
        and not any(g.dep_ in ("nsubj", "nsubjpass") for g in token.children)
    )


def _after_comma(token: Token) -> bool:
    return token.i > 0 and token.doc[token.i - 1].text == ","


def _participle_act(cue: Token, comp: Token) -> Token | None:
    """ "said the count was wrong, alleging that officials changed it": a reporting participle
    after a comma, hung by the parser on the reported clause, is the speaker's next report
    (its own quote), not part of the first one."""
    return next(
        (
            c
            for c in comp.children
            if comp.i > cue.i
            and c.dep_ == "advcl"
            and _after_comma(c)
            and reporting_participle(c)
            # "adding that ..." goes on with the speaker's words, whoever the clause is about
            and (c.lemma_.lower() == "add" or not _agent_subject(comp))
        ),
        None,
    )


def _parallel_participle(cue: Token, comp: Token) -> Token | None:
    """ "rejected the vote, alleging that the ballot was rigged and saying that ...": a second
    reporting participle joined by "and" to the first one's report, where the parser hung it
    on the reported clause, is the same speaker's next report, not part of the first."""
    if cue.tag_ != "VBG" or comp.i < cue.i or comp.tag_ == "VBG":
        return None  # "alleging that officials were hiding ballots and denying access": one act
    return next(
        (
            c
            for c in comp.children
            if c.dep_ == "conj"
            and reporting_participle(c)
            and any(g.dep_ == "cc" and g.i < c.i for g in comp.children)
            and any(g.dep_ == "ccomp" for g in c.children)  # "and saying that ...", a report
        ),
        None,
    )


def _agent_subject(clause: Token) -> bool:
    """Whether the reported clause's subject is an agent named as such ("said a court has issued
    a warrant, accusing him ..."): the participle is then that agent's act, not a second report
    of the speaker's. A pronoun or a thing ("the count was wrong") leaves it the speaker's."""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ == "PRON":
        return False
    lemma = subject.lemma_.lower()
    return subject.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or lemma in _AGENTS


_AGENTS = ROLE_NOUNS | GROUP_NOUNS | agent_nouns()


def participle_of(cue: Token) -> Token | None:
    """The cue whose report ``cue`` follows ("X said ..., alleging ..."): one speaker."""
    if cue.dep_ not in ("advcl", "conj") or cue.head.dep_ != "ccomp":
        return None
    first = cue.head.head
    act = _participle_act(first, cue.head) or _parallel_participle(first, cue.head)
    return first if act is not None and act.i == cue.i else None
