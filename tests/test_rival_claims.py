"""Who claims a win disputes the win the story tells, also one told as "X was the winner"; a
count that leaves out some votes is no betrayal of the voters' will (sentences of our own)."""

from __future__ import annotations

from graph.extract import Extractor
from tests.rule_stances import stance_triples

LEAD = (
    "Zambia voted on Sunday. The electoral commission announced on Tuesday that John Banda was "
    "the provisional winner.\n\n"
)
BANDA_WON = "john-banda-won-the-election"


def test_a_win_claimed_against_the_one_told_winner_disputes_it(extractor: Extractor) -> None:
    text = LEAD + "Tomas Berg, an opposition candidate, declared himself winner of the poll."
    assert ("Tomas Berg", "oppose", BANDA_WON) in stance_triples(extractor, text)


def test_votes_left_out_of_a_count_are_no_will_betrayed(extractor: Extractor) -> None:
    text = LEAD + (
        "Observer Ana Ruiz said the count did not reflect votes placed in ballot boxes that had "
        "been destroyed."
    )
    assert ("Ana Ruiz", "oppose", BANDA_WON) not in stance_triples(extractor, text)


def test_results_that_betray_the_voters_votes_dispute_the_win(extractor: Extractor) -> None:
    text = LEAD + "Observer Ana Ruiz said the results did not reflect the votes of Zambians."
    assert ("Ana Ruiz", "oppose", BANDA_WON) in stance_triples(extractor, text)
