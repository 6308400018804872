"""Reports made in an infinitive: a promise and a request.

Two classes of speech act report what was said through an infinitive rather than a clause
(Searle's commissives and directives; Levin's "promise" and "advise" verbs): the speaker binds
themselves ("vowed to fight on", "pledged to respect the ruling") or asks someone else to act
("appealed to voters to stay calm", "instructed officials to stop the count", "pleaded with
fans to leave", "called for the results to be annulled"). The infinitive, with the one asked,
is the report, as "urged X to ..." is (``complement``). An act with an infinitive
("threatened to sue", "agreed to pause", "decided to appeal") is no such report.
"""

from __future__ import annotations

from typing import Any

from graph.extract.lexicon import CALL_VERBS, COMMISSIVE_VERBS, DIRECTIVE_VERBS
from graph.extract.subordinators import opened_by

__all__ = ["claimed_to", "infinitive_cue", "infinitive_report", "relative_request"]

Token = Any  # spaCy Token

# How a directive names the one asked: "instructed officials", "appealed to voters", "pleaded
# with fans", "called on the board".
_ADDRESSEE_PREPS = frozenset({"to", "with", "on", "upon"})


def infinitive_cue(token: Token) -> bool:
    """Whether ``token`` is a directive verb that reports a request in an infinitive
    ("appealed to voters to stay calm"); the shared reporting verbs are cues already."""
    return (
        token.pos_ == "VERB"
        and token.lemma_.lower() in DIRECTIVE_VERBS
        and infinitive_report(token) is not None
    )


def infinitive_report(cue: Token) -> tuple[int, int] | None:
    """The character span of the promise or request ``cue`` reports, or None."""
    lemma = cue.lemma_.lower()
    if lemma in COMMISSIVE_VERBS:
        # "vowed to keep fighting": the speaker is the one who will act, no one is asked.
        if any(c.dep_ in ("dobj", "dative", "ccomp") for c in cue.children):
            return None
        verb = _infinitive(cue)
        return _span([verb], _occasion(verb)) if verb is not None else None
    if lemma == "call":
        return _for_clause(cue) or _calling_for(cue)
    if lemma not in DIRECTIVE_VERBS:
        return None
    asked = _addressee(cue)
    if asked is None:
        return None
    verb = _infinitive(cue) or _infinitive(asked) or _past_relative(asked)
    return _span([asked, verb]) if verb is not None else None


def relative_request(cue: Token) -> tuple[int, int] | None:
    """ "urged the residents who live near the river to leave": a request whose addressee
    carries a relative clause, the infinitive hung by the parser inside that clause; the one
    asked and what they are asked to do, as ``infinitive_report`` reads a directive."""
    if cue.lemma_.lower() not in CALL_VERBS | DIRECTIVE_VERBS:
        return None
    asked = _addressee(cue)
    verb = _past_relative(asked) if asked is not None else None
    return _span([asked, verb]) if verb is not None else None


def _past_relative(asked: Token) -> Token | None:
    """The last infinitive the parser hung as an adverbial clause on a verb of a relative
    clause on ``asked`` ("the voters who did not back him to stay calm": "to stay" on "back"):
    the request, not the clause's own purpose; the last such, as the request ends the
    sentence's object."""
    relatives = [t for t in asked.subtree if t.dep_ == "relcl" and t.i > asked.i]
    found = [
        t
        for r in relatives
        for t in r.subtree
        if t.dep_ == "advcl"
        and t.pos_ in ("VERB", "AUX")
        and t.i > r.i
        and any(g.dep_ in ("aux", "auxpass") and g.tag_ == "TO" for g in t.children)
        and not any(g.dep_ == "mark" and not _verb_for(g) for g in t.children)
    ]
    return found[-1] if found else None


def _verb_for(mark: Token) -> bool:
    """ "who did not vote for the mayor to stay calm": a "for" the parser made the infinitive's
    marker that is the preposition of the verb right before it."""
    return mark.lower_ == "for" and mark.i > 0 and mark.doc[mark.i - 1].pos_ == "VERB"


def _infinitive(head: Token) -> Token | None:
    """A verb after ``head`` marked by "to" that hangs on it (the parser's xcomp, or an advcl
    or acl when it misreads the purpose)."""
    return next(
        (
            c
            for c in head.children
            if c.i > head.i
            and c.dep_ in ("xcomp", "advcl", "acl")
            and c.pos_ in ("VERB", "AUX")
            and any(g.dep_ in ("aux", "auxpass") and g.tag_ == "TO" for g in c.children)
            and not any(g.dep_ == "mark" for g in c.children)
        ),
        None,
    )


def _addressee(cue: Token) -> Token | None:
    """The one a directive asks: its object, or the noun after "to"/"with"/"on"."""
    for child in cue.children:
        if child.i < cue.i:
            continue
        if child.dep_ == "dobj":
            return child
        if child.dep_ == "prep" and child.lower_ in _ADDRESSEE_PREPS:
            noun = next((g for g in child.children if g.dep_ == "pobj"), None)
            if noun is not None:
                return noun
    return None


def _for_clause(cue: Token) -> tuple[int, int] | None:
    """ "called for the results to be annulled", which the parser may read as a clause that
    "for" marks: the clause after "for", with its own subject, is the request."""
    for child in cue.children:
        if child.i < cue.i or child.dep_ not in ("advcl", "xcomp", "ccomp"):
            continue
        marks = [g for g in child.children if g.dep_ == "mark" and g.lower_ == "for"]
        subject = any(g.dep_ in ("nsubj", "nsubjpass") for g in child.children)
        to = any(g.dep_ in ("aux", "auxpass") and g.tag_ == "TO" for g in child.children)
        if marks and subject and to and marks[0].i == cue.i + 1:
            toks = [t for t in child.subtree if t.i > marks[0].i]
            return _span(toks)
    return None


def _calling_for(cue: Token) -> tuple[int, int] | None:
    """ "issued a joint statement, calling for the release of the tallies": a participle that
    goes on from a statement or a report says what it demanded, a thing as well as an act. A
    finite "called for the release ..." names a demand the writer sums up, and is no report."""
    if cue.tag_ != "VBG" or cue.dep_ not in ("advcl", "acl", "xcomp", "conj"):
        return None
    prep = next((c for c in cue.children if c.dep_ == "prep" and c.lower_ == "for"), None)
    noun = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep else None
    return _span([noun]) if noun is not None else None


# What says why or after what a promise was made, not what was promised: "vowed to appeal after
# a jury ruled that ...", "pledged to fight on because the vote was stolen".
_OCCASIONS = frozenset({"after", "since", "because", "as"})


def _occasion(verb: Token) -> int | None:
    """Where the first clause hung on ``verb`` that says after what or why it was promised
    begins (its first word), or None."""
    verbs = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]  # "to keep fighting after"
    starts = [
        c.left_edge.i
        for v in verbs
        for c in v.children
        if (c.dep_ == "prep" and c.lower_ in ("after", "since"))
        or (c.dep_ == "advcl" and opened_by(c, _OCCASIONS))
    ]
    return min(starts, default=None)


def _span(heads: list[Token], cut: int | None = None) -> tuple[int, int] | None:
    """From the first to the last word of the heads' subtrees, edge punctuation left out; the
    word ``cut`` and all after it left out (a clause cut off ends the promise)."""
    toks = sorted({t.i: t for h in heads for t in h.subtree}.values(), key=lambda t: t.i)
    if cut is not None:
        toks = [t for t in toks if t.i < cut]
    while toks and (toks[-1].is_punct or toks[-1].is_space):
        toks = toks[:-1]
    while toks and (toks[0].is_punct or toks[0].is_space):
        toks = toks[1:]
    if len(toks) < 2:
        return None
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


# Verbs whose infinitive is a claim about the subject itself: "claimed to have won", "professes
# to be neutral".
_SELF_CLAIMS = frozenset({"claim", "profess", "purport"})


def claimed_to(cue: Any) -> tuple[int, int] | None:
    """ "claimed to have arrived first": the infinitive is what was claimed."""
    if cue.lemma_.lower() not in _SELF_CLAIMS:
        return None
    verb = next((c for c in cue.children if c.dep_ == "xcomp" and c.i > cue.i), None)
    if verb is None or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    toks = [t for t in verb.subtree if not t.is_space]
    while toks and toks[-1].is_punct:
        toks = toks[:-1]
    return (toks[0].idx, toks[-1].idx + len(toks[-1].text)) if toks else None
