"""Victories claimed in narration are the claimer's stance (graph/extract/stance_claimed.py).

Sentences of our own; each names a made-up party, candidate or election.
"""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article
from tests.rule_stances import stance_triples


def _stances(extractor: Extractor, text: str) -> set[tuple[str, str, str]]:
    result = extractor(Article("elections", text))
    return {(s.source, s.polarity, s.target) for s in result.stances}


@pytest.mark.parametrize(
    "text",
    [
        "Rui Lopes faced Ana Ruiz in the Ostland election. The Blue Party says that Rui Lopes won"
        " the election.",
        "Rui Lopes faced Ana Ruiz in the Ostland election. The Blue Party says it has collected"
        " most tally sheets, showing that Rui Lopes defeated Ana Ruiz by a wide margin.",
    ],
)
def test_a_party_saying_someone_won_backs_their_win(extractor: Extractor, text: str) -> None:
    found = _stances(extractor, text)
    assert ("blue-party", "support", "rui-lopes-won-the-election") in found


def test_claiming_victory_backs_ones_own_win(extractor: Extractor) -> None:
    text = "Ana Ruiz was declared the winner by the board. Rui Lopes has also claimed victory."
    assert ("rui-lopes", "support", "rui-lopes-won-the-election") in _stances(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # hypothetical
        "Rui Lopes faced Ana Ruiz. The Blue Party says that even if Rui Lopes won the vote, the"
        " board would not accept it.",
        # negated report
        "Rui Lopes faced Ana Ruiz. The Blue Party does not claim that Rui Lopes won the election.",
        # a win of something else
        "Rui Lopes faced Ana Ruiz. The Blue Party says that Rui Lopes won a cooking prize.",
    ],
)
def test_no_claimed_win(extractor: Extractor, text: str) -> None:
    found = _stances(extractor, text)
    assert ("blue-party", "support", "rui-lopes-won-the-election") not in found


@pytest.mark.parametrize(
    "text",
    [
        "The Ostland board declared Ana Ruiz the winner of the vote. The Blue Party has fiercely"
        " disputed the result.",
        "Ana Ruiz won the Ostland election on Sunday. However, the Blue Party was quick to reject"
        " the announced results.",
    ],
)
def test_disputing_the_result_opposes_the_winners_win(extractor: Extractor, text: str) -> None:
    found = _stances(extractor, text)
    assert ("blue-party", "oppose", "ana-ruiz-won-the-election") in found


@pytest.mark.parametrize(
    "text",
    [
        # no one declared or told the winner
        "The Ostland vote was held on Sunday. The Blue Party has disputed the result.",
        # negated
        "The Ostland board declared Ana Ruiz the winner. The Blue Party did not dispute the result.",
    ],
)
def test_no_disputed_win(extractor: Extractor, text: str) -> None:
    found = {t for s, p, t in _stances(extractor, text) if p == "oppose"}
    assert "ana-ruiz-won-the-election" not in found


def test_a_counterpart_is_the_winner_of_that_countrys_presidency(extractor: Extractor) -> None:
    text = (
        "Ana Rojas has won Bolivia's presidential election, the board said on Monday. Peruvian"
        " President Tom Hale congratulated his Bolivian counterpart on Tuesday."
    )
    found = _stances(extractor, text)
    assert ("tom-hale", "support", "ana-rojas") in found


@pytest.mark.parametrize(
    "text",
    [
        "The Lima Institute said that Bolivia's elections did not meet international standards of"
        " integrity.",
        '"Bolivia\'s electoral process failed to meet the basic standards at every stage," the Lima'
        " Institute said.",
    ],
)
def test_an_election_short_of_standards_was_not_free_and_fair(
    extractor: Extractor, text: str
) -> None:
    found = _stances(extractor, text)
    assert ("lima-institute", "oppose", "bolivia-election-was-free-and-fair") in found


def test_an_election_meeting_standards_reads_nothing(extractor: Extractor) -> None:
    text = "The Lima Institute said that Bolivia's elections met international standards."
    found = _stances(extractor, text)
    assert ("lima-institute", "oppose", "bolivia-election-was-free-and-fair") not in found


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "Paraguay held its presidential election on Sunday. The European Union said it could"
            " not recognise the results.",
            ("European Union", "oppose", "paraguay-results-are-valid"),
        ),
        (
            "Paraguay held its presidential election on Sunday. The Colorado Party said it"
            " accepted the results.",
            ("Colorado Party", "support", "paraguay-results-are-valid"),
        ),
    ],
)
def test_a_body_reporting_its_own_verdict_on_the_results_holds_it(
    extractor: Extractor, text: str, stance: tuple[str, str, str]
) -> None:
    assert stance in stance_triples(extractor, text)


def test_it_in_a_quotation_is_another_body(extractor: Extractor) -> None:
    text = (
        'Paraguay held its presidential election on Sunday. "It rejected the results within an'
        ' hour," the Colorado Party said of the opposition.'
    )
    assert ("Colorado Party", "oppose", "paraguay-results-are-valid") not in stance_triples(
        extractor, text
    )
