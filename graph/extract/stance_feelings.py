"""A feeling about someone's act: "was disappointed by X's decision", "delighted with X's ruling",
"expressed his dismay at X's ruling".

Displeasure (disappointed, dismayed, angered, frustrated, ...) at an actor or at an act of theirs
opposes that actor; pleasure (delighted, pleased, heartened, ...) supports them. The one who
feels is the subject of the feeling; in an indirect report ("the union said it was dismayed")
or in the speaker's own "we" and "I", the speaker. The act's maker is its possessor ("X's
decision"), the name written into it ("the Supreme Court ruling") or its "of" phrase ("the
ruling of the High Court", ``stance_fates.act_of``), else whoever did the act just told ("FIFA
banned him. 'We are disappointed by the decision,' his club said": ``act_antecedent``). A
negated feeling ("not disappointed") is none.

A feeling about an election's outcome is a stance on its official results: "we are satisfied
with the results", "I am very happy about the outcome" back them; "disappointed by the result"
disputes them (``outcome_feeling``).
"""

from __future__ import annotations

from typing import Any

from graph.extract.act_antecedents import act_antecedent
from graph.extract.actors import ActorTable
from graph.extract.claims import evidence_span, vocabulary_stance
from graph.extract.elections import RESULT_NOUNS, election_country, is_election
from graph.extract.owners import owner_of
from graph.extract.speakers import SpeakerResolver
from graph.extract.stance_fates import act_of
from graph.extract.stance_roles import SELF_WORDS, basis_of, date_of, negated
from graph.model import Claim, Quote, Span, Stance

__all__ = ["FEELINGS", "FEELING_NOUNS", "feeling_stance", "feels", "outcome_feeling"]

FEELINGS = {
    **dict.fromkeys(
        ("disappointed", "dismayed", "angered", "angry", "outraged", "frustrated", "furious",
         "upset", "appalled", "incensed", "dissatisfied", "unhappy", "disgusted", "alarmed",
         "troubled", "annoyed", "irritated", "offended", "insulted", "aggrieved"),
        "oppose",
    ),
    **dict.fromkeys(
        ("delighted", "pleased", "heartened", "thrilled", "gratified", "satisfied", "happy"),
        "support",
    ),
}  # fmt: skip
_AT = frozenset({"by", "with", "at", "over", "about"})
# The same feelings as nouns a holder expresses: "expressed his dissent over X's verdict",
# "voiced anger at X" ("concern" is not here: "concern over the health of X" opposes no one).
FEELING_NOUNS = {
    **dict.fromkeys(
        ("dissent", "anger", "dismay", "disappointment", "outrage", "frustration", "fury",
         "displeasure", "dissatisfaction", "indignation", "disgust"),
        "oppose",
    ),
    **dict.fromkeys(("delight", "satisfaction", "gratitude", "appreciation"), "support"),
}  # fmt: skip
_EXPRESSING = frozenset({"express", "voice", "register", "vent", "convey", "show"})


def feeling_stance(
    token: Any, quote: Quote | None, table: ActorTable, text: str, resolver: SpeakerResolver
) -> Stance | None:
    """The stance a feeling word ``token`` shows, or None."""
    if token.lower_ in _OF_A_FACT:
        return _fact_felt(token, quote, table, text)
    polarity = FEELINGS.get(token.lower_)
    copula = token.head if token.dep_ == "acomp" else None
    expressed = polarity is None and token.dep_ == "dobj" and token.head.lemma_ in _EXPRESSING
    if expressed:  # "expressed his dismay at X": the verb holds the feeling, and may its object
        polarity, copula = FEELING_NOUNS.get(token.lemma_.lower()), token.head
    if polarity is None or negated(token):
        return None
    if copula is not None and negated(copula):
        return None
    speaker = quote.speaker if quote is not None else None
    target = _object(token, table, speaker) or (
        _object(copula, table, speaker) if expressed else None
    )
    target = target or _learned_doer(token, copula, table)
    holder = _holder(token, copula, quote, table, resolver)
    if target is None or holder is None or holder == target:
        return None
    start, end = evidence_span(token, quote)
    return Stance(
        holder,
        target,
        "actor",
        polarity,
        Span.of(text, start, end),
        date_of(quote),
        basis_of(quote),
        0.55,
    )


# What a speaker feels about a fact put after "it is ... that": "It is disappointing that the
# union is striking" opposes the union; "it is encouraging that X has agreed" supports X.
_OF_A_FACT = {
    **dict.fromkeys(
        ("disappointing", "regrettable", "unfortunate", "deplorable", "shameful", "outrageous",
         "unacceptable", "disgraceful", "appalling", "sad", "worrying", "alarming", "troubling"),
        "oppose",
    ),
    **dict.fromkeys(("encouraging", "heartening", "welcome", "gratifying"), "support"),
}  # fmt: skip


def _fact_felt(token: Any, quote: Quote | None, table: ActorTable, text: str) -> Stance | None:
    """The speaker's stance on the subject of the "that" clause an extraposed feeling adjective
    judges ("“It is regrettable that the nurses are striking,” she said"); only in a quote,
    with "it" as the copula's subject, not negated."""
    copula = token.head
    if quote is None or token.dep_ != "acomp" or negated(copula) or negated(token):
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in copula.children):
        return None
    sent = token.sent
    that = next((t for t in token.doc[token.i + 1 : sent.end] if t.lower_ == "that"), None)
    if that is None:
        return None
    subject = next(
        (t for t in token.doc[that.i + 1 : sent.end] if t.dep_ in ("nsubj", "nsubjpass")), None
    )
    key = table.key_at(subject.idx, subject.idx + len(subject.text)) if subject else None
    if key is None or not table.is_named(key) or table.id_of(key) == quote.speaker:
        return None
    start, end = evidence_span(token, quote)
    polarity = _OF_A_FACT[token.lower_]
    span = Span.of(text, start, end)
    return Stance(
        quote.speaker,
        table.id_of(key),
        "actor",
        polarity,
        span,
        date_of(quote),
        basis_of(quote),
        0.55,
    )


def _object(token: Any, table: ActorTable, speaker: str | None) -> str | None:
    """The actor the feeling is about, or whose act it is about (never ``speaker``'s act)."""
    for prep in token.children:
        if prep.dep_ not in ("prep", "agent") or prep.lower_ not in _AT:
            continue
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            key = table.key_at(pobj.idx, pobj.idx + len(pobj.text))
            if key is None and pobj.pos_ == "NOUN":
                key = owner_of(pobj, table) or act_of(pobj, table)
            if key is not None and table.is_named(key):
                return table.id_of(key)
            if pobj.pos_ == "NOUN" and (key := act_antecedent(pobj, table, speaker)) is not None:
                return table.id_of(key)  # the doer told just before, as a judgement takes it
    return None


# Verbs of coming to know, after a feeling: "alarmed to learn that X had arrested Y".
_LEARNING = frozenset({"learn", "hear", "see", "read", "discover"})
# Verbs whose subject undergoes what their object names: "had suffered a heart attack".
_UNDERGOING = frozenset({"suffer", "receive", "lose", "get", "undergo", "face", "sustain"})


def _learned_doer(token: Any, copula: Any, table: ActorTable) -> str | None:
    """The named doer of what the holder was displeased or pleased to learn ("Canada was very
    alarmed to learn Saudi authorities have arrested X": the authorities; "pleased to hear that
    X has agreed": X), the subject of the clause "learn" takes when it did something to
    someone or something (not a passive one's, nor "had died", "had suffered ..."), or None."""
    heads = [token, *([copula] if copula is not None else [])]
    for learn in (c for h in heads for c in h.children if c.dep_ in ("xcomp", "advcl")):
        if learn.lemma_.lower() not in _LEARNING:
            continue
        for clause in (c for c in learn.children if c.dep_ == "ccomp"):
            if clause.lemma_.lower() in _UNDERGOING or not any(
                c.dep_ == "dobj" for c in clause.children
            ):
                continue  # "had died", "had suffered a heart attack": nothing done to anyone
            doer = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            key = table.named_at(doer.idx, doer.idx + len(doer.text)) if doer is not None else None
            if key is not None:
                return table.id_of(key)
    return None


def _holder(
    token: Any, copula: Any, quote: Quote | None, table: ActorTable, resolver: SpeakerResolver
) -> str | None:
    """Who feels it: the subject of the feeling (or of its copula)."""
    verb = copula if copula is not None else token
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    if quote is not None and subject.pos_ == "PRON":
        # "the union said it was dismayed", "we are disappointed": the speaker's own feeling
        own = subject.lower_ in SELF_WORDS or quote.kind == "indirect"
        return quote.speaker if own else None
    key = table.key_at(subject.idx, subject.idx + len(subject.text))
    if key is None and quote is None:
        key = resolver.resolve(subject)
    return table.id_of(key) if key is not None else None


_OUTCOMES = RESULT_NOUNS | {"verdict"}  # "the verdict of the voters"


def outcome_feeling(
    token: Any, quote: Quote | None, table: ActorTable, text: str, resolver: SpeakerResolver
) -> tuple[Claim, list[Stance]] | None:
    """A holder's feeling about an election's outcome, as a stance on its official results."""
    polarity = FEELINGS.get(token.lower_)
    passive = token.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in token.children)
    if polarity is None or not (token.dep_ == "acomp" or passive) or negated(token):
        return None
    copula = token.head if token.dep_ == "acomp" else None
    if copula is not None and negated(copula):
        return None
    outcomes = [
        g
        for prep in token.children
        if prep.dep_ in ("prep", "agent") and prep.lower_ in _AT
        for g in prep.children
        if g.dep_ == "pobj" and _outcome(g, table)
    ]
    country = election_country(token.doc, text) if outcomes else None
    holder = _holder(token, copula, quote, table, resolver) if country else None
    if holder is None or country is None:
        return None
    return vocabulary_stance(holder, "results-are-valid", country, polarity, token, quote, text)


def _outcome(noun: Any, table: ActorTable) -> bool:
    """An election's outcome: "the results", "the outcome of the vote"; not someone's results
    nor the results of a study."""
    if noun.lemma_.lower() not in _OUTCOMES or owner_of(noun, table) is not None:
        return False
    of = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    return all(is_election(g) for g in of)


# Feelings one may be told to have about a third: "Canada was very alarmed to learn that ...".
_FELT = frozenset(FEELINGS) | {"concerned", "worried", "saddened", "shocked", "surprised"}


def feels(token: Any) -> bool:
    """Whether ``token`` is the subject of a feeling: of a copula whose complement is one ("was
    alarmed to learn"), or of one read as a passive ("was disappointed by the ruling")."""
    verb = token.head
    if token.dep_ == "nsubjpass":
        return verb.lower_ in _FELT
    return token.dep_ == "nsubj" and any(
        c.dep_ == "acomp" and c.lower_ in _FELT for c in verb.children
    )
