"""An election cleared of fraud: who says none was found upholds its result.

"No evidence of fraud was found", "we saw no irregularities", "the observers did not detect any
manipulation": a speaker who reports a fault of the vote absent holds that its official result
is valid, the claim a dispute of the result opposes (``stance_claimed``, ``stance_disputes``:
"rejected the results"), so both sides of a dispute stand on one claim. The fault must be the
election's own (fraud, rigging, irregularities, manipulation) and denied where it is named: by
"no" before it or before the word of evidence it is the "of" of ("no sign of fraud"), or by a
negated verb whose object it is ("did not find any fraud"). Only a speaker's words count: the
narrator reporting no fraud takes no side (a holder named as the subject of a verb of finding
does: "observers reported no major irregularities"), and a denial asked about or supposed ("if
there was no fraud", "was there no fraud?") is none.
"""

from __future__ import annotations

from typing import Any

from graph.extract.actors import ActorTable
from graph.extract.claims import hypothetical, vocabulary_stance
from graph.extract.elections import VOTE_FAULTS, election_country
from graph.extract.lexicon import DENIAL_VERBS, NEG_RAISING_VERBS
from graph.extract.speakers import SpeakerResolver
from graph.extract.stance_roles import negated, source_of
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
    if not _fault_noun(token) or _supposed(token):
        return None
    if not (_denied(token) or (quote is not None and _denied_fact(token, quote))):
        return None
    country = election_country(token.doc, text)
    if country is None:
        return None
    verb = token
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if quote is not None:
        source: str | None = quote.speaker
    elif _found_by_subject(token, verb, table):  # "observers reported no major irregularities"
        source = source_of(verb, None, table, resolver)
    else:
        return None
    if source is None:
        return None
    return vocabulary_stance(source, "results-are-valid", country, "support", verb, quote, text)


def _found_by_subject(fault: Any, verb: Any, table: ActorTable) -> bool:
    """In narration, "no" fault as the object of a verb of finding or reporting whose subject
    is named, not a country's record ("observers reported no major irregularities", not "Peru
    has seen no fraud in decades", nor a report still to come: "have not yet reported any")."""
    if fault.dep_ != "dobj" or fault.head.i != verb.i:
        return False
    lemma, no = verb.lemma_.lower(), _with_no(fault)
    if lemma == "report":  # "reported no irregularities"; "did not report any" may be barred
        found = no and not negated(verb)
    else:  # "did not detect any fraud", not "have not yet found any"
        found = lemma in _FINDING and (no or not any(c.lower_ == "yet" for c in verb.children))
    if not found:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
    if subject is None:
        return False
    key = table.key_at(subject.idx, subject.idx + len(subject.text))
    return key is None or table.draft(key).type != "Country"


def _with_no(noun: Any) -> bool:
    """Whether ``noun`` takes "no" ("no sign of fraud", "reported no irregularities")."""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def _fault_noun(token: Any) -> bool:
    """A fault of the vote named as a thing: "fraud", "irregularities", and a gerund the tagger
    reads as a verb where it stands as a noun ("there was rigging")."""
    noun = token.pos_ == "NOUN" or (token.tag_ == "VBG" and token.dep_ in ("attr", "dobj", "nsubj"))
    return noun and (token.lemma_.lower() in VOTE_FAULTS or token.lower_ in VOTE_FAULTS)


def _denied(fault: Any) -> bool:
    """ "no fraud", "no evidence of fraud", "did not find any fraud", "denied that there was
    fraud", "I do not believe fraud took place"."""
    if _with_no(fault):
        return True
    head = fault.head
    if fault.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _EVIDENCE:
        evidence = head.head
        if _with_no(evidence):
            return True
        fault = evidence  # "did not find evidence of fraud": the verb's object
        head = fault.head
    return fault.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in _FINDING and negated(head)


def _denied_fact(fault: Any, quote: Quote) -> bool:
    """A fault told as a fact ("there was fraud", "fraud took place") in a clause the speaker
    denies: "denied that there was fraud", "I do not accept that there was rigging"."""
    verb = fault.head
    told = (
        fault.dep_ == "attr"
        and verb.lemma_ == "be"
        and any(c.dep_ == "expl" for c in verb.children)
    )
    happened = fault.dep_ == "nsubj" and verb.lemma_.lower() in ("occur", "happen", "exist", "take")
    if verb.lemma_.lower() == "take" and not any(c.lower_ == "place" for c in verb.children):
        happened = False  # "fraud took place", not "took hold"
    if not (told or happened) or verb.dep_ != "ccomp":
        return False
    head = verb.head
    if not _own_denial(head, quote):
        return False
    lemma = head.lemma_.lower()
    if lemma in DENIAL_VERBS:
        return not negated(head)
    return lemma in NEG_RAISING_VERBS and negated(head)


# Subjects that deny for nobody in particular: "nobody can deny that there was fraud".
_NOBODY = frozenset({"nobody", "none", "noone", "one"})


def _own_denial(verb: Any, quote: Quote) -> bool:
    """Whether the denying verb is the speaker's own: its subject "I" or "we", or a subject
    outside the words (narration: "X denied that there was fraud", the quote the clause); not
    another's inside them ("the government denies that there was fraud, but we saw it") nor
    nobody's ("nobody can deny that there was fraud")."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return True
    if subject.lower_ in _NOBODY or any(c.lower_ == "no" for c in subject.children):
        return False  # "nobody", "no one"
    outside = not quote.span.start <= subject.idx < quote.span.end
    return outside or subject.lower_ in ("i", "we")


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
