"""Stances against the win a story tells, taken by claiming or demanding something else.

A candidate who claims the win ("Kodjo had also claimed victory", "“We won,” X said") in a
story that tells a rival won disputes the rival's win and stands against the rival (a victory
claimed "over" someone opposes them); who calls for the election to be held again after it
was held ("Renamo is demanding a fresh poll") disputes its outcome: the win the story tells,
else its results. Each is a second stance on the same words as the claim or demand.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from graph.extract.actors import ActorTable
from graph.extract.claims import vocabulary_claim
from graph.extract.elections import election_country, results_told
from graph.extract.nlp import text_of
from graph.extract.stance_claimed import story_winner
from graph.extract.syntax import prep_objects
from graph.model import Claim, Stance

__all__ = ["rerun_disputes", "rival_win"]

_EARLY = re.compile(r"\b(?:snap|early)\b", re.I)


def rival_win(
    claim: Claim, stance: Stance, token: Any, table: ActorTable
) -> list[tuple[Claim | None, Stance]]:
    """ "Kodjo had also claimed victory" in a story that tells Gnassingbe won: who claims the
    win for themselves disputes the win of the one the story tells won and opposes that winner
    (the same words, two more stances); a victory claimed "over" someone opposes them."""
    if stance.polarity != "support" or not claim.id.endswith("-won-the-election"):
        return []
    claimer = table.key_of(stance.source)
    if claimer is None:
        return []
    if claim.id != vocabulary_claim("won-the-election", table.draft(claimer).name).id:
        return []  # a win claimed for another ("the party says Lopes won")
    beaten = _beaten(token, table)  # "claimed victory over incumbent X": against X
    if beaten is not None and table.id_of(beaten) != stance.source:
        return [(None, replace(stance, target=table.id_of(beaten), target_kind="actor",
                               polarity="oppose"))]  # fmt: skip
    winner = story_winner(token.doc, table)
    if winner is None or table.id_of(winner) == stance.source:
        return []
    rival = vocabulary_claim("won-the-election", table.draft(winner).name)
    against = replace(stance, target=table.id_of(winner), target_kind="actor", polarity="oppose")
    return [(rival, replace(stance, target=rival.id, polarity="oppose")), (None, against)]


def _beaten(token: Any, table: ActorTable) -> str | None:
    """The actor a claimed victory is "over" ("claimed victory on Monday over X"), else None."""
    victories = [token, *(c for c in token.children if c.dep_ == "dobj")]
    for word in victories:
        for obj in prep_objects(word, "over"):
            key = table.key_at(obj.idx, obj.idx + len(obj.text))
            if key is not None and table.is_named(key):
                return key
    return None


def rerun_disputes(
    claim: Claim | None, stance: Stance, token: Any, table: ActorTable
) -> list[tuple[Claim, Stance]]:
    """ "Renamo is demanding a fresh poll", in a story that tells Nyusi won: who calls for the
    election to be held again disputes the win the story tells (a second stance on the same
    words); with no winner told (a snap election called), only the demand."""
    if claim is None or stance.polarity != "support":
        return []
    if not claim.id.endswith("-new-election-should-be-held"):
        return []
    if _EARLY.search(stance.span.text):
        return []  # "called for early elections": a vote brought forward, no result disputed
    winner = story_winner(token.doc, table)
    if winner is not None and table.id_of(winner) != stance.source:
        disputed = vocabulary_claim("won-the-election", table.draft(winner).name)
    elif winner is None and results_told(token.doc):  # results told, no one named winning
        country = election_country(token.doc, text_of(token.doc))
        if country is None:
            return []
        disputed = vocabulary_claim("results-are-valid", country)
    else:
        return []
    return [(disputed, replace(stance, target=disputed.id, polarity="oppose"))]
