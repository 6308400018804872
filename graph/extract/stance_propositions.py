"""Stances on the propositions of the claim vocabulary, read off one word of the parse.

Each reader knows one way a stance on a claim of ``graph/data/claims.yaml`` is told: a win
reported as someone's claim or a result disputed (``stance_claimed``), an election said to fall
short of standards (``stance_standards``) or not to reflect the voters' will, a verdict on an election ("called the vote a sham",
``stance_verdicts``, with a fault condemned: "denounced the fraud"; or reported absent, "no
evidence of fraud was found", ``stance_cleared``) and a demand about its results ("urged the council to publish the tallies",
``stance_demands``), a fault of the vote reported as fact ("there was massive fraud"), results
said to reflect the voters' will or a win said robbed (``stance_findings``), and a legal
challenge to the outcome (``stance_challenges``). ``claim_stances`` asks them all about one
token; a win claimed for oneself also disputes the win the story tells, and actors coordinated
with a holder as the verb's subject take the same stance.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from graph.extract.actors import ActorTable
from graph.extract.claims import evidence_span, vocabulary_claim
from graph.extract.results_will import unreflected_will
from graph.extract.speakers import SpeakerResolver
from graph.extract.stance_challenges import challenged_result
from graph.extract.stance_claimed import claimed_stance
from graph.extract.stance_cleared import cleared_fault
from graph.extract.stance_conjuncts import co_holders
from graph.extract.stance_demands import demanded_claim
from graph.extract.stance_feelings import outcome_feeling
from graph.extract.stance_findings import found_fault, reflected_will, robbed_win
from graph.extract.stance_results import issued_results
from graph.extract.stance_rivals import rerun_disputes, rival_win
from graph.extract.stance_roles import basis_of, date_of
from graph.extract.stance_standards import short_of_standards, unmet_standards
from graph.extract.stance_verdicts import denounced_fault, election_verdict, judges_election
from graph.model import Claim, Quote, Span, Stance

__all__ = ["claim_stances"]


def claim_stances(
    token: Any, quote: Quote | None, table: ActorTable, text: str, resolver: SpeakerResolver
) -> tuple[list[tuple[Claim | None, Stance]], bool]:
    """The (claim, stance) pairs ``token`` tells, said in ``quote`` (or narrated, when None;
    the claim None for a stance on an actor),
    and whether they are all the token tells: a demand or a condemned fault is no issue of its
    own ("called for the release of the tallies", "denounced the fraud")."""
    out: list[tuple[Claim | None, Stance]] = []
    if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("csubj", "amod"):
        # "the party says X won", "the vote did not meet standards"
        claimed = claimed_stance(token, table, text, quote, resolver)
        claimed = claimed or unmet_standards(token, quote, text)
        if claimed is not None:
            out.append(claimed)
            out += rival_win(*claimed, token, table)
        if quote is not None:
            out += _unreflected(token, quote, table, text)
        short = short_of_standards(token, quote, table)  # "the council fell short of standards"
        if short is not None:
            out.append((None, short))
    whole = judges_election(token)  # "rejected the election as illegitimate": the verdict
    readers = (
        election_verdict, demanded_claim, denounced_fault, cleared_fault, found_fault,
        outcome_feeling,  # "we are satisfied with the results"
        issued_results,  # "results issued by the commission show X won"
    )  # fmt: skip
    for read in (*readers, reflected_will, challenged_result, robbed_win):
        made = read(token, quote, table, text, resolver)
        if made is not None:
            out += [(made[0], stance) for stance in made[1]]
            out += [p for s in made[1] for p in rerun_disputes(made[0], s, token, table)]
            whole = whole or read is not election_verdict
    return out + _coordinated(token, out, table), whole


def _coordinated(
    token: Any, found: list[tuple[Claim | None, Stance]], table: ActorTable
) -> list[tuple[Claim | None, Stance]]:
    """ "The president and the opposition parties decry the legitimacy of the elections": the
    same stance on the claim for each actor coordinated with its holder as the verb's subject."""
    if not found:
        return []
    verb = token
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return [
        (claim, replace(stance, source=other))
        for claim, stance in found
        if claim is not None
        for other in co_holders(verb, stance.source, table)
    ]


def _unreflected(
    token: Any, quote: Quote, table: ActorTable, text: str
) -> list[tuple[Claim, Stance]]:
    """ "The results (announced by X) do not reflect the will of the people," the speaker says:
    against the win they tell, and against X (paired with the same claim)."""
    found = unreflected_will(token, table)
    if found is None:
        return []
    name = table.draft(found[0]).name
    claim = vocabulary_claim("won-the-election", name)
    span = Span.of(text, *evidence_span(token, quote))
    on = [(claim.id, "claim", "oppose")]
    for key, polarity in ((found[1], "oppose"), (found[2], "support")):
        if key is not None and table.id_of(key) != quote.speaker:
            on.append((table.id_of(key), "actor", polarity))
    return [
        (claim, Stance(quote.speaker, t, k, p, span, date_of(quote), basis_of(quote), 0.55))
        for t, k, p in on
    ]
