"""Acts the stance rules read word by word, each adding its stance to the article's scope.

A speaker scorning someone's act or faulting a measure, an accusation, a call to step down, a
penalty laid on someone, a quoted win, a court's order, and a stance written as a prefix
("anti-Dutch slogans"). ``stances._token_stances`` decides which a token shows.
"""

from __future__ import annotations

from typing import Any

from graph.extract.act_antecedents import act_antecedent
from graph.extract.claims import win_claim
from graph.extract.lexicon import DENIAL_VERBS, SPEECH_VERBS
from graph.extract.negation import nobody_does
from graph.extract.owners import owner_of, penalised_actor
from graph.extract.parse_links import deed_doer
from graph.extract.stance_fates import ACTS, act_of, court_order
from graph.extract.stance_measures import DEVOTED, measure_claim
from graph.extract.stance_ousters import ousted
from graph.extract.stance_partisan import partisan
from graph.extract.stance_phrases import ACT_FAULTS
from graph.extract.stance_rivals import rival_win
from graph.extract.stance_roles import (
    SCORNFUL,
    SELF_WORDS,
    basis_of,
    date_of,
    doer_of,
    implied_not,
    negated,
    source_of,
    story_of,
)
from graph.extract.stance_scope import Scope, fate_stance, stance_of
from graph.extract.syntax import subjects_of
from graph.model import Quote, Stance

__all__ = [
    "by_speaker",
    "pronoun_agent",
    "read_accusation",
    "read_court_order",
    "read_fault",
    "read_ouster",
    "read_partisan",
    "read_penalty",
    "read_scorn",
    "read_win",
]


def read_scorn(token: Any, quote: Quote, scope: Scope) -> None:
    """A speaker judging someone's act or thing: "The BHP proposal is opportunistic," X said."""
    # else a fault only a measure has ("disappointing")
    scornful = token.lower_ in SCORNFUL or token.lower_ in ACT_FAULTS
    while token.dep_ == "conj" and token.head.pos_ == "ADJ":
        token = token.head  # "absurd and motivated": the first adjective is the predicate
    if token.dep_ == "amod" and token.head.dep_ == "appos":
        # "Hamas, a genocidal terror organisation": the label is the speaker's.
        subject, token = token.head.head, token.head
    elif token.dep_ == "amod" and _denied_copula(token.head):
        return  # "It is not an unfair decision by X", "nobody thinks this is an unfair one"
    elif token.dep_ == "amod" and scornful and (judged := _copula_subject(token.head)):
        subject = judged  # "This action by X is a reprehensible breach of faith"
    elif (
        token.dep_ == "amod"
        and token.head.pos_ == "NOUN"
        and (scornful or token.head.lemma_.lower() in ACTS)
    ):
        # "the council's arbitrary decisions": its owner's act; "a disappointing decision by
        # X": a fault of a measure, said of someone's act
        subject = token.head
    elif token.dep_ != "acomp" or negated(token) or negated(token.head):
        return
    else:
        subject = next((c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return
    key = scope.table.key_at(subject.idx, subject.idx + len(subject.text))
    if key is None or not scope.table.is_named(key):
        key = owner_of(subject, scope.table) or act_of(subject, scope.table)
        key = key or act_antecedent(subject, scope.table, quote.speaker)
        doer = deed_doer(subject) if key is None and token.dep_ == "amod" else None
        if doer is not None and not negated(doer.head):  # "did not commit illegal practices"
            key = scope.table.key_at(doer.idx, doer.idx + len(doer.text))  # "X made an unfair ..."
            key = key if key is not None and scope.table.is_named(key) else None
    if key is None and token.dep_ == "amod" and subject.i != token.head.i:
        # "It is an unfair decision by X": the act the adjective judges has a maker named
        key = owner_of(token.head, scope.table) or act_of(token.head, scope.table)
    # "X's decision is disappointing": a fault of a measure, said of someone's act
    scornful = scornful or (key is not None and subject.lemma_.lower() in ACTS)
    if key is None or not scornful:
        # "This draft is disappointing": a measure the article names, no one's act.
        if key is None:
            read_fault(subject, token.head, quote, scope)
        return
    if scope.table.id_of(key) != quote.speaker:
        target = scope.table.id_of(key)
        scope.add(stance_of(quote.speaker, target, "oppose", token.head, quote, scope, 0.5))


def _denied_copula(noun: Any) -> bool:
    """Whether ``noun`` is what a denied copula says something is: "It is not an unfair
    decision", "Nobody thinks this is an unfair decision" (a negated or nobody's verb above)."""
    if noun.dep_ != "attr":
        return False
    copula = noun.head
    above = copula.head if copula.dep_ == "ccomp" else None
    denied_above = above is not None and (negated(above) or nobody_does(above))
    return negated(copula) or denied_above


def _copula_subject(noun: Any) -> Any | None:
    """The subject a copula says ``noun`` is ("X is a reprehensible breach": X), not a
    relative word ("what he said was an unjust ruling": the ruling is judged)."""
    if noun.pos_ != "NOUN" or noun.dep_ != "attr" or noun.head.lemma_.lower() != "be":
        return None
    subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and subject.tag_ not in ("WP", "WDT") else None


def read_merit(token: Any, quote: Quote, scope: Scope) -> None:
    """A speaker judging a measure the article names good ("The offer is very fair", "that's a
    good deal", "the plan is not acceptable": against it), or committed to it ("we remain
    fully committed to the merger")."""
    while token.dep_ == "conj" and token.head.pos_ == "ADJ":
        token = token.head
    if token.dep_ == "acomp" and token.lower_ in DEVOTED:  # "remains committed to the deal"
        verb = token.head
        measure = next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "to"
                        for g in c.children if g.dep_ == "pobj"), None)  # fmt: skip
    elif token.dep_ == "acomp":
        verb = token.head
        measure = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    elif token.dep_ == "amod" and token.head.dep_ == "attr":
        measure, verb = token.head, token.head.head  # "that's a very fair offer"
    else:
        return
    if measure is None or verb.lemma_.lower() not in ("be", "seem", "look", "remain"):
        return
    if token.lower_ not in DEVOTED and any(
        c.dep_ == "prep" and c.lower_ == "to" for c in token.children
    ):
        return  # "not acceptable to the members": the members' judgement, not the speaker's
    claim = measure_claim(measure, story_of(scope.table), referring=token.dep_ == "amod")
    if claim is None or any(c.lower_ in ("if", "whether") for c in verb.children):
        return
    polarity = "oppose" if negated(token) or negated(verb) else "support"
    scope.claims.setdefault(claim.id, claim)
    scope.add(stance_of(quote.speaker, claim.id, polarity, verb, quote, scope, 0.5, "claim"))


def read_fault(measure: Any, token: Any, quote: Quote, scope: Scope) -> None:
    """A speaker faulting a measure ("This draft is disappointing", "the budget is a disaster")."""
    claim = measure_claim(measure, story_of(scope.table))
    if claim is not None:
        scope.claims.setdefault(claim.id, claim)
        scope.add(stance_of(quote.speaker, claim.id, "oppose", token, quote, scope, 0.5, "claim"))


def read_accusation(token: Any, quote: Quote, scope: Scope) -> None:
    """The speaker charges the doer: "They stole this election," the opposition said (not
    "they did not steal it", nor a charge denied: "denied that X lied", "rejected claims that
    X rigged the vote")."""
    if (
        negated(token)
        or implied_not(token)
        or any(_denied_by_speaker(a, quote) for a in token.ancestors)
    ):
        return
    doer = doer_of(token, quote, scope.table, scope.resolver)
    if doer is not None and doer != quote.speaker:
        scope.add(stance_of(quote.speaker, doer, "oppose", token, quote, scope, 0.5))


def _denied_by_speaker(verb: Any, quote: Quote) -> bool:
    """Whether ``verb`` denies and is the quotation's own cue ("Ruiz denied that X lied"); one
    who rejects another's claim ("rejected a claim from Y that X lied") leaves Y's charge."""
    return verb.lemma_.lower() in DENIAL_VERBS and (quote.cue or "").lower() == verb.lower_


def read_ouster(token: Any, quote: Quote | None, scope: Scope) -> bool:
    """A call to step down ("called on X to resign") opposes X; True when it names someone."""
    target = ousted(token, scope.table, scope.resolver)
    if target is None:
        return False
    source = source_of(token, quote, scope.table, scope.resolver)
    if source is not None and source != target:
        scope.add(stance_of(source, target, "oppose", token, quote, scope, 0.55))
    return True


def read_penalty(
    token: Any, goods: Any, quote: Quote | None, scope: Scope, polarity: str = "oppose"
) -> None:
    """A penalty laid on someone or their goods ("slapped tariffs on Chinese steel") opposes them;
    one lifted ("lifted sanctions on X", ``polarity`` "support") favours them."""
    if goods is None or negated(token) or implied_not(token):
        return
    if token.dep_ == "advcl" and token.head.lemma_.lower() in SPEECH_VERBS:
        return  # "X said of Y's move Thursday to slap tariffs": the parse lost whose move
    target = penalised_actor(goods, scope.table)
    source = source_of(token, quote, scope.table, scope.resolver)
    if target is not None and source is not None:
        target = scope.table.id_of(target)
        if target != source:
            scope.add(stance_of(source, target, polarity, token, quote, scope, 0.55))


def read_win(token: Any, quote: Quote | None, scope: Scope, turned: bool) -> None:
    """Who won is asserted by whoever is quoted saying so."""
    made = win_claim(token, scope.table, scope.text, quote, scope.resolver) if quote else None
    if quote is None or made is None:
        return
    claim, span = made
    scope.claims.setdefault(claim.id, claim)
    polarity = "oppose" if turned else "support"
    stance = Stance(
        quote.speaker, claim.id, "claim", polarity, span, date_of(quote), basis_of(quote), 0.55
    )
    scope.add(stance)
    # "We won," the candidate says, in a story that tells the rival won: against the rival too.
    for rival, against in rival_win(claim, stance, token, scope.table):
        if rival is not None:
            scope.claims.setdefault(rival.id, rival)
        scope.add(against)


def read_court_order(token: Any, quote: Quote | None, scope: Scope) -> None:
    """A court's order against a party: "the tribunal ordered X to pay damages"."""
    if token.lemma_.lower() != "order":
        return
    source = source_of(token, quote, scope.table, scope.resolver)
    target = court_order(token, scope.table, source) if source is not None else None
    if source is not None and target is not None:
        fate_stance(token, (target, "oppose"), quote, scope, source)


def read_partisan(token: Any, quote: Quote | None, scope: Scope) -> None:
    """ "shouted anti-Dutch slogans": the doer's stance on the actor after the prefix."""
    found = partisan(token, scope.table)
    if found is None:
        return
    key, polarity, noun = found
    holder = scope.table.key_at(noun.idx, noun.idx + len(noun.text))  # "pro-Rivera deputies"
    if holder is not None and holder != key:
        fate_stance(noun, (key, polarity), quote, scope, scope.table.id_of(holder))
        return
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.dep_ not in ("dobj", "pobj") or verb.pos_ != "VERB" or negated(verb):
        return
    # The one who shouts, stages or leads it; in a report ("..., according to TRT"), the one
    # the report says did it, never the reporter.
    doer = (
        source_of(verb, None, scope.table, scope.resolver)
        if quote is None
        else doer_of(verb, quote, scope.table, scope.resolver)
        or (quote.speaker if by_speaker(verb) else None)
    )
    if doer is not None:
        fate_stance(verb, (key, polarity), quote, scope, doer)


def pronoun_agent(token: Any) -> bool:
    """Whether a pronoun does the act ("it would retaliate"; not "it would be attacked")."""
    found = subjects_of(token)
    return bool(found) and found[0].pos_ == "PRON" and found[0].dep_ == "nsubj"


def by_speaker(token: Any) -> bool:
    """Whether a quoted act is the speaker's own: its subject is "we" or "I" (an infinitive's
    unstated doer, "using lies to smear the guild", is whoever uses them)."""
    found = subjects_of(token)
    return bool(found) and found[0].lower_ in SELF_WORDS
