"""Faults of an election reported as fact, and results said to reflect the voters' will.

"There was massive fraud", "we found irregularities in the voter rolls", "the party alleged
fraud", "made repeated claims of fraud": whoever reports a fault of the vote as a fact supports
"the election in <country> was fraudulent" (which the vocabulary's ``negates`` stores against
the official results). "The outcome reflected the will of the people", "the result is
representative of the will of the voters": whoever says so upholds the official results.
"They were robbed of a win", "we were cheated out of our victory": who says a win was taken
from someone says the vote was rigged.

Only a holder's report counts: a quoted speaker's own words, or the subject of a verb of finding
or alleging in narration ("the observers detected irregularities"). A fault that is denied,
supposed, foretold or asked about is none here ("no fraud was found" is ``stance_cleared``'s,
"if there was fraud" nobody's), and so is one condemned ("denounced the fraud":
``stance_verdicts.denounced_fault``) or disputed ("rejected claims of fraud": the claim, not the
fault, is what is rejected). A fault of something else ("bank fraud", "tax fraud") is no fault
of the vote.
"""

from __future__ import annotations

from typing import Any

from graph.extract.actors import ActorTable
from graph.extract.claims import hypothetical, vocabulary_stance
from graph.extract.elections import WILL_NOUNS, election_country, is_election, vote_fault
from graph.extract.lexicon import DENIAL_VERBS, MODALS, NEG_RAISING_VERBS
from graph.extract.negation import implied_not, modal, negated
from graph.extract.speakers import SpeakerResolver
from graph.extract.stance_roles import source_of
from graph.model import Claim, Quote, Stance

__all__ = ["found_fault", "reflected_will", "robbed_win"]

# Verbs whose object a holder reports as found or alleged: "detected irregularities".
_REPORTING = frozenset(
    {"find", "see", "detect", "observe", "uncover", "discover", "identify", "record", "note",
     "witness", "notice", "document", "allege", "cite", "report", "establish"}
)  # fmt: skip
# Nouns of a report whose "of" is the fault, and the verbs by which a holder makes it their own:
# "made claims of fraud", "presented evidence of rigging" (not "rejected claims of fraud").
_REPORT_NOUNS = frozenset(
    {"claim", "allegation", "accusation", "charge", "evidence", "proof", "sign", "indication",
     "report", "case", "instance"}
)  # fmt: skip
_MAKING = frozenset(
    {"make", "level", "raise", "repeat", "voice", "lodge", "file", "present", "have", "submit",
     "gather", "produce", "show", "provide", "see", "find", "note", "detect", "observe",
     "receive", "document", "record"}
)  # fmt: skip
# Verbs a fault happens by: "fraud took place", "irregularities occurred".
_HAPPENING = frozenset({"occur", "happen", "take", "exist"})
# What a fault of something else is named with: "tax fraud", "financial irregularities".
_OTHER_FAULTS = frozenset(
    {"tax", "bank", "financial", "corporate", "accounting", "wire", "securities", "insurance",
     "benefit", "welfare", "mortgage", "credit", "procurement", "visa", "doping", "academic"}
)  # fmt: skip
_REFLECTING = frozenset({"reflect", "represent", "express", "mirror"})
_REFLECTIVE = frozenset({"representative", "reflective"})
_COUNTS = frozenset({"count", "tally"})  # beside the election words: "the count reflects ..."


def found_fault(
    token: Any, quote: Quote | None, table: ActorTable, text: str, resolver: SpeakerResolver
) -> tuple[Claim, list[Stance]] | None:
    """The holder's support of "the election in <country> was fraudulent" when ``token``, a
    fault of the vote, is reported as fact.

    >>> from graph.extract.nlp import load_pipeline
    >>> (doc,) = load_pipeline().parse(["There was massive fraud in Chile's vote."])
    >>> _reporting_verb(doc[3]).text
    'was'
    """
    if token.pos_ != "NOUN" or not vote_fault(token) or not _of_the_vote(token):
        return None
    verb = _reporting_verb(token)
    if verb is None or _doubted(verb):
        return None
    if verb.lemma_.lower() in ("be", *_HAPPENING):
        if quote is None:
            return None  # "there was fraud" in the narrator's words: nobody's stance
        source: str | None = quote.speaker
    elif quote is None and not _own_subject(verb):
        return None  # "... to protest the results, alleging fraud": whose, the parse cannot tell
    else:
        source = source_of(verb, quote, table, resolver)
    country = election_country(token.doc, text)
    if source is None or country is None:
        return None
    return vocabulary_stance(
        source, "election-was-fraudulent", country, "support", verb, quote, text
    )


def reflected_will(
    token: Any, quote: Quote | None, table: ActorTable, text: str, resolver: SpeakerResolver
) -> tuple[Claim, list[Stance]] | None:
    """The speaker's support of "the official results ... are valid" when ``token`` says the
    vote reflects the voters' will ("the outcome reflected the will of the people")."""
    if quote is None or token.lemma_.lower() not in (_REFLECTING | _REFLECTIVE):
        return None
    if token.pos_ == "VERB":
        wills = [c for c in token.children if c.dep_ == "dobj" and c.lower_ in WILL_NOUNS]
    elif token.pos_ in ("ADJ", "NOUN") and token.dep_ == "acomp":  # the parser's either
        wills = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.lower_ in WILL_NOUNS]  # fmt: skip
    else:
        return None
    if not wills or _doubted(token) or negated(token):
        return None
    holder = token.head if token.dep_ in ("acomp", "xcomp") else token
    if token.dep_ == "xcomp":  # "is likely to represent the will of the voters"
        holder = holder.head if holder.dep_ == "acomp" else holder
    subjects = [c for c in holder.children if c.dep_ == "nsubj"]
    if not subjects or not (is_election(subjects[0]) or subjects[0].lemma_.lower() in _COUNTS):
        return None
    if negated(holder):
        return None
    country = election_country(token.doc, text)
    if country is None:
        return None
    return vocabulary_stance(
        quote.speaker, "results-are-valid", country, "support", token, quote, text
    )


def _of_the_vote(fault: Any) -> bool:
    """Not denied where it is named ("no fraud") and not a fault of something else."""
    if any(c.dep_ == "det" and c.lower_ == "no" for c in fault.children):
        return False
    return not any(
        c.dep_ in ("compound", "amod") and c.lower_ in _OTHER_FAULTS for c in fault.children
    )


def _reporting_verb(fault: Any) -> Any | None:
    """The verb by which a fault is reported as fact: "there was fraud" (the copula), "found
    irregularities", "irregularities occurred", "made claims of fraud"; None for any other use."""
    while fault.dep_ == "conj":
        fault = fault.head  # "fraud and irregularities": as the first
    head = fault.head
    lemma = head.lemma_.lower()
    if fault.dep_ == "attr" and lemma == "be":
        return head if any(c.dep_ == "expl" for c in head.children) else None
    if fault.dep_ == "dobj" and lemma in _REPORTING:
        return head
    if fault.dep_ == "nsubj" and lemma in _HAPPENING:
        return head if lemma != "take" or _takes_place(head) else None
    if fault.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _REPORT_NOUNS:
        report = head.head
        if any(c.dep_ == "det" and c.lower_ == "no" for c in report.children):
            return None
        verb = report.head
        if report.dep_ == "dobj" and verb.lemma_.lower() in _MAKING:
            return verb
    return None


def _own_subject(verb: Any) -> bool:
    """A narrated report names its holder: the verb's subject, or the subject of the verb a
    participle or conjunct hangs on ("Medrek demanded a rerun, alleging vote rigging")."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return True
    head = verb.head
    return verb.dep_ in ("advcl", "conj") and any(c.dep_ == "nsubj" for c in head.children)


def _takes_place(verb: Any) -> bool:
    return any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)


def _doubted(verb: Any) -> bool:
    """Denied, supposed, foretold or asked about: "did not find fraud", "if there was fraud",
    "there may have been fraud", "was there fraud?"."""
    if negated(verb) or any(t.text == "?" for t in verb.sent):
        return True
    head = verb
    for _ in range(3):
        if hypothetical(head):
            return True
        if modal(head, MODALS):
            return True
        if head.head.i == head.i or head.dep_ not in ("ccomp", "xcomp", "conj"):
            break
        head = head.head
        if head.lemma_.lower() in DENIAL_VERBS:
            return True  # "denied that there was fraud": ``stance_cleared``'s kind of report
        if negated(head) and head.lemma_.lower() in _DOUBTING:
            return True
        if head.lemma_.lower() in _PROVING and _unproven(head):
            return True  # "had not been able to prove that fraud had taken place"
    return False


# Verbs whose negation doubts the fault their clause reports: "did not say there was fraud",
# "I do not accept that there was fraud" (``stance_cleared`` reads the denial).
_DOUBTING = NEG_RAISING_VERBS | {"say", "claim"}
# Verbs of showing a fact: what one failed to prove is no fact ("could not prove fraud").
_PROVING = frozenset({"prove", "show", "demonstrate", "establish", "substantiate"})


def _unproven(verb: Any) -> bool:
    """Whether a verb of proving is denied: "could not prove", "failed to show", "had not been
    able to demonstrate", "was unable to establish"."""
    if negated(verb) or implied_not(verb):
        return True
    able = verb.head if verb.dep_ == "xcomp" else None  # "(not) able to prove"
    if able is None or able.lower_ not in ("able", "unable"):
        return False
    return able.lower_ == "unable" or negated(able) or negated(able.head)


_ROBBING = frozenset({"rob", "cheat", "deprive", "steal"})
_WINS = frozenset({"win", "victory", "election", "vote", "presidency", "seat", "mandate"})


def robbed_win(
    token: Any, quote: Quote | None, table: ActorTable, text: str, resolver: SpeakerResolver
) -> tuple[Claim, list[Stance]] | None:
    """The holder's support of "the election ... was fraudulent" when ``token`` says a win was
    taken from someone ("they were robbed of a win", "was cheated out of victory", "our victory
    was stolen")."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _ROBBING or _doubted(token):
        return None
    passives = [c for c in token.children if c.dep_ == "nsubjpass"]
    if not passives:
        return None
    taken = [g for p in token.subtree if p.dep_ == "prep" and p.lower_ in ("of", "out")
             for g in p.subtree if g.dep_ == "pobj"]  # fmt: skip
    # "our victory was stolen": the win itself is what was taken
    taken += [p for p in passives if token.lemma_.lower() == "steal"]
    if not any(g.lemma_.lower() in _WINS for g in taken):
        return None
    if quote is not None:
        source: str | None = quote.speaker
    else:
        head = token.head if token.dep_ == "ccomp" else None
        source = source_of(head, None, table, resolver) if head is not None else None
    country = election_country(token.doc, text)
    if source is None or country is None:
        return None
    return vocabulary_stance(
        source, "election-was-fraudulent", country, "support", token, quote, text
    )
