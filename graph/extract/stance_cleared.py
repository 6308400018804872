"""An election cleared of fraud: who says none was found upholds its result.

"No evidence of fraud was found", "we saw no irregularities", "the observers did not detect any
manipulation": a speaker who reports a fault of the vote absent holds that its official result
is valid, the claim a dispute of the result opposes (``stance_claimed``, ``stance_disputes``:
"rejected the results"), so both sides of a dispute stand on one claim. The fault must be the
election's own (fraud, rigging, irregularities, manipulation) and denied where it is named: by
"no" before it or before the word of evidence it is the "of" of ("no sign of fraud"), or by a
negated verb whose object it is ("did not find any fraud"). Only a speaker's words count: the
narrator reporting no fraud takes no side, and a denial asked about or supposed ("if there was
no fraud", "was there no fraud?") is none.
"""

from __future__ import annotations

from typing import Any

from graph.extract.actors import ActorTable
from graph.extract.claims import hypothetical, vocabulary_stance
from graph.extract.elections import VOTE_FAULTS, election_country
from graph.extract.speakers import SpeakerResolver
from graph.extract.stance_roles import negated
from graph.model import Claim, Quote, Stance

__all__ = ["cleared_fault"]

# Words of finding a fault: "no evidence of fraud", "no sign of irregularities".
_EVIDENCE = frozenset({"evidence", "sign", "proof", "indication", "trace", "case", "instance"})
# Verbs of finding, whose negation reports a fault absent ("did not see any fraud"); "do not
# endorse fraud" says nothing of whether there was any.
_FINDING = frozenset(
    {"find", "see", "detect", "observe", "uncover", "discover", "identify", "record", "note",
     "register", "witness", "notice", "establish", "show", "reveal", "encounter"}
)  # fmt: skip


def cleared_fault(
    token: Any, quote: Quote | None, table: ActorTable, text: str, resolver: SpeakerResolver
) -> tuple[Claim, list[Stance]] | None:
    """The speaker's support of "the official results of the election ... are valid" when
    ``token``, a fault of the vote, is said to be absent.

    >>> from graph.extract.nlp import load_pipeline
    >>> (doc,) = load_pipeline().parse(["No evidence of fraud was found in Chile's vote."])
    >>> _denied(doc[3])
    True
    """
    if quote is None or token.pos_ != "NOUN" or token.lemma_.lower() not in VOTE_FAULTS:
        return None
    if not _denied(token) or _supposed(token):
        return None
    country = election_country(token.doc, text)
    if country is None:
        return None
    verb = token
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return vocabulary_stance(
        quote.speaker, "results-are-valid", country, "support", verb, quote, text
    )


def _denied(fault: Any) -> bool:
    """ "no fraud", "no evidence of fraud", "did not find any fraud"."""
    if any(c.dep_ == "det" and c.lower_ == "no" for c in fault.children):
        return True
    head = fault.head
    if fault.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _EVIDENCE:
        evidence = head.head
        if any(c.dep_ == "det" and c.lower_ == "no" for c in evidence.children):
            return True
        fault = evidence  # "did not find evidence of fraud": the verb's object
        head = fault.head
    return fault.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in _FINDING and negated(head)


# Words of making sure: in an infinitive of purpose ("to be sure that", "to ensure that", "to
# verify that"), what follows is to be checked, not found.
_VERIFYING = frozenset({"sure", "certain", "ensure", "verify", "check", "guarantee"})


def _to_verify(word: Any) -> bool:
    """ "to be sure that ...", "to make certain that ...", "to verify that ...", "only an audit
    can verify that ...": a word of making sure in an infinitive or under a modal."""
    if word.lemma_.lower() not in _VERIFYING:
        return False
    verb = word.head if word.pos_ == "ADJ" else word
    return any(c.dep_ == "aux" and (c.lower_ == "to" or c.tag_ == "MD") for c in verb.children)


def _supposed(fault: Any) -> bool:
    """A denial asked, supposed or to be checked: "if there was no fraud", "was there no
    fraud?", "a recount to be sure there was no fraud"."""
    if any(t.text == "?" for t in fault.sent):
        return True
    if any(_to_verify(a) for a in fault.ancestors):
        return True  # "demands a recount to be sure that there has been no manipulation"
    return any(hypothetical(a) for a in fault.ancestors)
