"""Condemning a harm done to someone takes their side, and is against whoever did it.

"Amnesty condemned the suspension of student leader Ana Ruiz": Amnesty supports Ruiz;
"the union denounced the army's detention of X" also opposes the army (the harm's doer, its
possessor or "by" agent). The pair reader sees an opposition word next to the patient's name
and reads it against them (``stance_victims`` drops that reading); this reader gives the
stance the words tell. Not when the condemning is denied ("did not condemn the arrest of X").
"""

from __future__ import annotations

from typing import Any

from graph.extract.actors import ActorTable
from graph.extract.claims import evidence_span
from graph.extract.lexicon import CONDEMNING_VERBS, HARM_NOUNS
from graph.extract.negation import negated
from graph.extract.stance_roles import basis_of, date_of
from graph.model import Quote, Span, Stance

__all__ = ["harm_condemned"]

_CONDEMNING = CONDEMNING_VERBS | {"protest", "oppose"}
_SPEAKING = frozenset({"we", "i"})


def harm_condemned(token: Any, quote: Quote | None, table: ActorTable, text: str) -> list[Stance]:
    """The stances of a condemned harm noun ``token``: for its patient ("of X"), against its
    doer, from the condemning verb's subject (in a quotation, "we" and "I" are its speaker)."""
    verb = token.head
    if token.lemma_.lower() not in HARM_NOUNS or token.dep_ != "dobj" or token.pos_ != "NOUN":
        return []
    if verb.lemma_.lower() not in _CONDEMNING or verb.pos_ != "VERB" or negated(verb):
        return []
    source = _source(verb, quote, table)
    # "the suspension and single outing of X": the "of" may hang on the last conjunct
    nouns = [token, *(c for c in token.children if _shares_article(c))]
    ofs = [c for n in nouns for c in n.children if c.dep_ == "prep" and c.lower_ == "of"]
    named = next((g for g in ofs[0].children if g.dep_ == "pobj"), None) if ofs else None
    patient = _actor(named, table)
    if patient is None and named is not None:  # "of the SRC President, Aphiwe Mnyamana"
        patient = _actor(next((c for c in named.children if c.dep_ == "appos"), None), table)
    if source is None or patient is None or patient == source:
        return []
    doers = [c for c in token.children if c.dep_ == "poss"]
    doers += [g for c in token.children if c.lower_ == "by" for g in c.children if g.dep_ == "pobj"]
    start, end = evidence_span(verb, quote)
    span = Span.of(text, start, end)
    when, basis = date_of(quote), basis_of(quote)
    out = [Stance(source, patient, "actor", "support", span, when, basis, 0.6)]
    for doer in (d for d in map(lambda t: _actor(t, table), doers) if d not in (None, source)):
        out.append(Stance(source, doer, "actor", "oppose", span, when, basis, 0.6))
    return out


def _shares_article(noun: Any) -> bool:
    """Whether a conjunct noun is one phrase with the harm noun before it, under its article
    ("the suspension and single outing of X"), not a phrase of its own ("the sackings and the
    incompetence of X")."""
    return (
        noun.dep_ == "conj"
        and noun.pos_ == "NOUN"
        and not any(c.dep_ in ("det", "poss") for c in noun.children)
    )


def _source(verb: Any, quote: Quote | None, table: ActorTable) -> str | None:
    """Who condemns: the verb's subject actor; "we" or "I" in a quotation, its speaker."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    if subject.lower_ in _SPEAKING:
        return quote.speaker if quote is not None else None
    return _actor(subject, table)


def _actor(token: Any | None, table: ActorTable) -> str | None:
    """The actor id the token's phrase names at its head, else None."""
    if token is None:
        return None
    key = table.key_at(token.idx, token.idx + len(token.text))
    return table.id_of(key) if key is not None else None
