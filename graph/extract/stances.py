"""Stances: who supports or opposes whom or what, drawn from statements and events.

A stance needs a source actor, a target (an actor, else the issue or claim named by the
object of a polarity verb), a polarity, and the clause that shows it. Two readers: rules over
the parse (here, with stance_roles and stance_nouns) and the learned pair model (stance_pairs);
``find_stances`` runs either or both.
"""

from __future__ import annotations

from typing import Any

from graph.extract.actors import ActorTable
from graph.extract.claims import affirmed, claim_text
from graph.extract.decided_claims import decided_claims
from graph.extract.election_manner import MANNER_ADVERBS
from graph.extract.lexicon import ACCUSATION_VERBS
from graph.extract.measure_effects import measure_effect
from graph.extract.negation import in_question, is_turned, negated
from graph.extract.ruled_actions import ruled_action
from graph.extract.speakers import SpeakerResolver
from graph.extract.staff_strikes import staff_strike
from graph.extract.stance_actions import action_against
from graph.extract.stance_acts import (
    read_accusation,
    read_court_order,
    read_fault,
    read_merit,
    read_ouster,
    read_partisan,
    read_penalty,
    read_scorn,
    read_win,
)
from graph.extract.stance_aliases import aliases, owned, without_self_stances
from graph.extract.stance_attitudes import read_attitude
from graph.extract.stance_blame import blamed
from graph.extract.stance_checks import consistent
from graph.extract.stance_choices import read_choice
from graph.extract.stance_combine import combine
from graph.extract.stance_congratulations import congratulated_winner
from graph.extract.stance_conjuncts import restates
from graph.extract.stance_contests import contested_decision
from graph.extract.stance_declared import declared_by, declared_winner
from graph.extract.stance_denials import false_charge
from graph.extract.stance_echoes import read_echo
from graph.extract.stance_events import drop_contradicted, event_stances
from graph.extract.stance_fates import (
    called_fate,
    shunned,
    urged_out,
)
from graph.extract.stance_faults import owned_faults
from graph.extract.stance_feelings import feeling_stance
from graph.extract.stance_harms import harm_condemned
from graph.extract.stance_learned import learned_stances, two_voices, unopposed
from graph.extract.stance_measures import (
    DEVOTED,
    MEASURE_FAULTS,
    MEASURE_MERITS,
    faulted_measure,
    measures_named,
    on_measures,
)
from graph.extract.stance_nodes import (
    descriptions,
    happenings,
    in_titles,
    title_holders,
    with_holders,
)
from graph.extract.stance_nouns import noun_stances
from graph.extract.stance_once import once
from graph.extract.stance_ousters import OUSTER_CALLS
from graph.extract.stance_partisan import PREFIXES
from graph.extract.stance_partners import is_crowd, read_partner
from graph.extract.stance_phrases import (
    ACT_FAULTS,
    HARM_VERBS,
    HOSTILE_TO_ACTORS,
    YIELDING,
    aimed,
    committed,
    dissuaded,
    idiom,
    penalised,
    relieved,
)
from graph.extract.stance_propositions import claim_stances
from graph.extract.stance_relations import read_exchange, read_relation
from graph.extract.stance_roles import (
    SCORNFUL,
    story_of,
)
from graph.extract.stance_scope import Scope, fate_stance, stance_of
from graph.extract.stance_threats import read_threat
from graph.extract.stance_ties import tie_stances
from graph.extract.stance_verbs import polar_verb
from graph.extract.verb_polarity import verb_polarity
from graph.model import Article, Claim, Event, Quote, Stance
from graph.text import fold

__all__ = ["PAIR_READER", "STANCE_MODES", "find_stances"]

STANCE_MODES = ("combined", "rules", "model", "encoder", "rules+svm", "rules+encoder", "rules+mean")
"""Which stances extraction keeps: the rules and a learned pair reader together ("combined", the
default, with ``PAIR_READER``; or "rules+svm", "rules+encoder"), the rules alone, or a reader alone
("model" is the linear SVM, "encoder" the fine-tuned transformer; "rules+mean" averages the
two readers' probabilities)."""
PAIR_READER = "svm"
"""The pair reader "combined" uses (benchmarks/stance_dse.py measures both)."""


def find_stances(
    doc: Any,
    article: Article,
    table: ActorTable,
    quotes: tuple[Quote, ...],
    events: tuple[Event, ...] | list[Event],
    resolver: SpeakerResolver,
    mode: str = "combined",
) -> tuple[list[Claim], list[Stance]]:
    """Claims and stances of an article: rules over the parse, the learned model, or both.

    A bare title's stances ("President hits out at ...") are its one holder's (``stance_nodes``:
    read last, for the resolvers add such actors while the stances are read).
    """
    claims, found = _find_stances(doc, article, table, quotes, events, resolver, mode)
    claims, found = affirmed(claims, found)  # "fraud" alleged opposes "the results are valid"
    claims.sort(key=lambda c: c.id)
    # "Zed Vega, whose real name is Carlos Vegamonte": no stance between the two; two readers'
    # readings of the same words are one stance
    found = once(without_self_stances(found, aliases(table, article.text), owned(table)))
    named = measures_named(table, story_of(table))
    if named:
        found = on_measures(found, named)
        used = {s.target for s in found if s.target_kind == "claim"}
        more = [c for c in named.values() if c.id in used]
        claims = sorted({c.id: c for c in [*claims, *more]}.values(), key=lambda c: c.id)
    titled = title_holders(table)
    if not titled:
        return claims, found
    kept: dict[str, Stance] = {}
    for stance in (with_holders(s, titled) for s in found):
        if stance.source != stance.target:
            kept.setdefault(stance.key, stance)
    return claims, list(kept.values())


def _find_stances(
    doc: Any,
    article: Article,
    table: ActorTable,
    quotes: tuple[Quote, ...],
    events: tuple[Event, ...] | list[Event],
    resolver: SpeakerResolver,
    mode: str,
) -> tuple[list[Claim], list[Stance]]:
    text = article.text
    claims: dict[str, Claim] = {}
    stances: dict[str, Stance] = {}

    words = {table.id_of(k): set(fold(d.name).split()) for k, d in table.drafts.items()}
    no_actor = happenings(table) | descriptions(table)

    firm: set[str] = set()  # rule stances no learned reading overrules (``stance_combine``)

    def add(stance: Stance, restating: bool = True, *, firm_rule: bool = False) -> None:
        if firm_rule:
            firm.add(stance.key)
        if stance.source in no_actor or stance.target in no_actor:
            return
        source_words = words.get(stance.source, {stance.source})
        if (
            stance.target_kind == "actor"
            and _part_of(source_words, words.get(stance.target, {stance.target}))
            and not is_crowd(source_words)
        ):
            return  # oneself, or the body one is named after ("EU observers" on the EU)
        if not restating and any(restates(stance, other) for other in stances.values()):
            return  # read already on these words
        stances.setdefault(stance.key, stance)

    for stance in event_stances(events):
        add(stance)

    if doc is None or not getattr(doc, "has_annotation", lambda _: False)("DEP"):
        return sorted(claims.values(), key=lambda c: c.id), _ordered(stances)

    scope = Scope(table, text, resolver, claims, add)
    _read_tokens(doc, quotes, scope)
    if scope.contests:
        names = {table.id_of(k): d.name for k, d in table.drafts.items()}
        for stance in decided_claims(scope.contests, list(stances.values()), names, doc):
            add(stance)  # "welcomed the court's decision": for the win the court upheld
    drop_contradicted(stances, {event.key for event in events})
    if mode == "rules":
        return sorted(claims.values(), key=lambda c: c.id), _ordered(stances)
    learned = learned_stances(doc, table, quotes, no_actor, mode, PAIR_READER)
    learned = in_titles(unopposed(list(stances.values()), learned, table), doc, table)
    learned = two_voices(learned, doc, table)
    if mode in ("model", "encoder"):
        kept = [s for s in stances.values() if s.target_kind == "claim"] + learned
        return sorted(claims.values(), key=lambda c: c.id), _ordered({s.key: s for s in kept})
    rules, learned = consistent(_ordered(stances), learned, table, doc)
    kept = combine(rules, learned, doc, table, frozenset(firm))
    return sorted(claims.values(), key=lambda c: c.id), kept


def _read_tokens(doc: Any, quotes: tuple[Quote, ...], scope: Scope) -> None:
    """The rule stances of every word, as said in each statement holding it (or narrated)."""
    holding = _holders(quotes)
    for token in doc:
        if (
            token.pos_ not in _STANCE_POS
            and token.lower_ not in PREFIXES
            and token.lower_ not in ("with", "between")
            and token.lower_ not in MANNER_ADVERBS  # "the vote was conducted freely"
        ):
            continue  # no stance: _token_stances reads nouns and verbs only
        # Every statement holding the token: the same words may have several speakers.
        holders: list[Quote | None] = [*holding(token.idx)] or [None]
        for quote in holders:
            if token.lower_ in PREFIXES:
                read_partisan(token, quote, scope)
            elif token.lower_ in ("with", "between"):
                read_relation(token, quote, scope)  # "at odds with X", "the rift between X and Y"
            else:
                _token_stances(token, quote, scope)


def _part_of(source: set[str], target: set[str]) -> bool:
    """Whether one name holds every word of the other: the same actor or a part named by it."""
    return source <= target or target <= source


def _holders(quotes: tuple[Quote, ...]) -> Any:
    """``offset -> the quotes holding it`` (in quote order), for offsets asked in text order.

    A sweep over the quotes sorted by start, so a long article costs tokens + quotes, not
    tokens x quotes (a 200,000-character article has about a thousand statements).
    """
    order = sorted(range(len(quotes)), key=lambda i: quotes[i].span.start)
    state = {"next": 0, "active": []}

    def at(offset: int) -> list[Quote]:
        while state["next"] < len(order) and quotes[order[state["next"]]].span.start <= offset:
            state["active"].append(order[state["next"]])
            state["next"] += 1
        state["active"] = [i for i in state["active"] if quotes[i].span.end > offset]
        return [quotes[i] for i in sorted(state["active"])]

    return at


_STANCE_POS = frozenset({"ADJ", "NOUN", "VERB", "AUX"})


def _token_stances(token: Any, quote: Quote | None, scope: Scope) -> None:
    """The stances one token shows, as said in ``quote`` (or narrated, when None)."""
    made, whole = claim_stances(token, quote, scope.table, scope.text, scope.resolver)
    for claim, stance in made:  # "X won", "a sham vote", "publish the tallies"
        if claim is not None:
            scope.claims.setdefault(claim.id, claim)
        scope.add(stance, False)  # one read of the words, whichever of its quotes holds them
    if whole or token.pos_ == "ADV":
        return  # "called for the release of the tallies": read as the demand, not an issue
    felt = feeling_stance(token, quote, scope.table, scope.text, scope.resolver)
    if felt is not None:  # "was disappointed by X's decision"
        scope.add(felt)
        return
    if token.pos_ == "ADJ":
        if quote is not None and not in_question(token):  # "whether the claim is groundless"
            _judging_adjective(token, quote, scope)
        return
    if token.pos_ == "NOUN":
        _noun_stances(token, quote, scope)
        return
    if token.pos_ not in ("VERB", "AUX") or token.dep_ in ("csubj", "amod"):
        return
    lemma = token.lemma_.lower()
    if lemma in ("strike", "walk") and (walked := staff_strike(token, scope.table, scope.text)):
        scope.add(walked)  # "Portline workers walked out"
        return
    if quote is not None and read_threat(token, quote, scope):
        return  # "X will pay a heavy price," she said
    contested_decision(token, quote, scope)  # "X appealed to the court": against the decider
    if _judged_actors(token, quote, scope):
        return
    if measure_effect(token, quote, scope):  # "this merger would harm consumers"
        return
    if (lemma in ACCUSATION_VERBS or lemma in HARM_VERBS or committed(token, lemma)) and quote:
        read_accusation(token, quote, scope)
        return
    support, oppose, win = verb_polarity(token, lemma)
    said = idiom(token, lemma)  # "poured scorn on X", "rallied behind X", "stood up to X"
    if said is not None:
        support, oppose = said[0] == "support", said[0] == "oppose"
    if lemma in OUSTER_CALLS and not support and read_ouster(token, quote, scope):
        return
    if not negated(token):
        _fates(token, quote, scope)
    if not (support or oppose or win):
        read_penalty(token, penalised(token, lemma), quote, scope)
        read_penalty(token, relieved(token, lemma), quote, scope, "support")  # "lifted sanctions"
        return
    prep = "at" if aimed(token, lemma) else None
    prep = "to" if lemma in YIELDING else prep
    prep = said[1] if said is not None else prep
    turned = is_turned(token)  # "no basis to question"
    if turned and lemma in HOSTILE_TO_ACTORS:
        return  # "cannot fire him", "did not warn Peru": neither hostile nor friendly
    if win:
        read_win(token, quote, scope, turned)
    else:
        polar_verb(token, quote, scope, "oppose" if support == turned else "support", prep)


def _fates(token: Any, quote: Quote | None, scope: Scope) -> None:
    """The stances of a verb that calls for, orders, deals or declares someone's fate: "called
    for X's arrest", "ordered X to pay", "declared X persona non grata", "urged X not to block
    the budget", "severed ties with X", "declared X the winner"."""
    fate_stance(token, called_fate(token, scope.table), quote, scope)
    read_court_order(token, quote, scope)
    fate_stance(token, _oppose(shunned(token, scope.table)), quote, scope)
    fate_stance(token, _oppose(dissuaded(token, scope.table)), quote, scope)  # "not to"
    for tie in tie_stances(token, scope.table):  # "severed ties with X", "sent aid to X"
        fate_stance(token, tie, quote, scope)
    if quote is not None:  # "X should step down," she said
        fate_stance(token, _oppose(urged_out(token, scope.table)), quote, scope, quote.speaker)
    won = declared_winner(token, scope.table)  # "declared X the winner"
    fate_stance(token, won, quote, scope, won and declared_by(token, scope.table))


def _judging_adjective(token: Any, quote: Quote, scope: Scope) -> None:
    """A speaker's judgement in an adjective: scorn of an act or a measure ("the proposal is
    opportunistic", "this draft is disappointing"), merit of a measure ("the offer is fair")."""
    word = token.lower_
    if (untrue := false_charge(token, quote.speaker, scope.table)) is not None:
        scope.claims.setdefault(untrue[0], Claim(*untrue))  # "the charge against us is absurd"
        scope.add(stance_of(quote.speaker, untrue[0], "oppose", token, quote, scope, 0.6, "claim"))
    elif word in SCORNFUL or word in MEASURE_FAULTS or word in ACT_FAULTS:
        read_scorn(token, quote, scope)
    elif word in MEASURE_MERITS or word in DEVOTED:
        read_merit(token, quote, scope)


def _judged_actors(token: Any, quote: Quote | None, scope: Scope) -> bool:
    """Blame, verdicts on choices, echoes and exchanges of hostility; whether the verb is read."""
    if _blamed(token, quote, scope):  # "X is to blame," she said; "held X responsible"
        return True
    if read_choice(token, quote, scope):  # "X made the right call," she said
        return True
    read_echo(token, quote, scope)  # "echoed X's criticism of Y": with X
    return read_exchange(token, quote, scope)  # "X and Y traded accusations"


def _blamed(token: Any, quote: Quote | None, scope: Scope) -> bool:
    """Blame laid on actors (``stance_blame``), as stances against them; whether any was."""
    at_fault, speaker = blamed(token, quote.speaker if quote is not None else None, scope.table)
    for key in at_fault:
        fate_stance(token, (key, "oppose"), quote, scope, speaker)
    return bool(at_fault)


def _noun_stances(token: Any, quote: Quote | None, scope: Scope) -> None:
    """The stances a noun shows: "support for X", "X's ruling is a mockery", "its appeal
    against X", a measure faulted in a quotation."""
    faulted = faulted_measure(token) if quote is not None else None
    if faulted is not None and quote is not None:
        read_fault(faulted, token.head, quote, scope)
    read_attitude(token, quote, scope)  # "confidence in X", "contempt for X"
    read_partner(token, quote, scope)  # "X, a close ally of Y", "X is a rival of Y"
    contested_decision(token, quote, scope)  # "will appeal the decision": against its maker
    made = noun_stances(token, quote, scope.table, scope.text, scope.resolver)
    if not made and quote is None:  # "X offered his congratulations": to the winner named
        made = congratulated_winner(token, scope.table, scope.text)
    made += owned_faults(token, quote, scope.table, scope.text)
    made += harm_condemned(token, quote, scope.table, scope.text)  # "condemned the arrest of X"
    against = action_against(token, quote, scope.table, scope.text)
    against = against or staff_strike(token, scope.table, scope.text)  # "X workers held strikes"
    # "rejected X's appeal against Y", "the court's decision to reject her case against Y"
    ruled = ruled_action(token, quote, scope.table, scope.text, scope.resolver)
    firm = {stance.key for stance in ruled}
    for stance in [*made, *([against] if against is not None else []), *ruled]:
        if stance.target_kind == "claim":
            text = claim_text(stance.target, scope.table)
            scope.claims.setdefault(stance.target, Claim(stance.target, text))
        scope.add(stance, firm_rule=stance.key in firm)


def _oppose(key: str | None) -> tuple[str, str] | None:
    return (key, "oppose") if key is not None else None


def _ordered(stances: dict[str, Stance]) -> list[Stance]:
    return sorted(stances.values(), key=lambda s: (s.span.start, s.key))
