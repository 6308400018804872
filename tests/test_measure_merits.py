"""A merger, takeover or offer is a measure a stance can be on, named by its fullest mention
("a planned merger between A and B", "a 7% pay offer from X"); a speaker who calls a measure
fair, good or acceptable backs it, one who calls it not acceptable opposes it."""

from __future__ import annotations

from graph.extract import Extractor
from tests.rule_stances import stance_triples

_MERGER = "planned-merger-between-telco-one-and-vista-mobile"
_OFFER = "7-pay-offer-from-harbour-ports"
_PORTS = "SYDNEY (Reuters) - The Dockworkers Union rejected a 7% pay offer from Harbour Ports. "


def test_a_merger_named_once_in_full_is_one_claim(extractor: Extractor) -> None:
    found = stance_triples(
        extractor,
        "SYDNEY (Reuters) - A planned merger between Telco One and Vista Mobile faces scrutiny. "
        "The Australian Competition Authority said it opposes the proposed merger.",
    )
    assert ("Australian Competition Authority", "oppose", _MERGER) in found


def test_a_measure_called_fair_or_not_acceptable(extractor: Extractor) -> None:
    found = stance_triples(
        extractor,
        _PORTS + '"I think that\'s a very fair offer indeed," said Harbour Ports spokesman Tim '
        'Reed. "The offer is not acceptable," said union leader Ana Kerr.',
    )
    assert ("Tim Reed", "support", _OFFER) in found
    assert ("Ana Kerr", "oppose", _OFFER) in found


def test_acceptable_to_others_is_their_judgement(extractor: Extractor) -> None:
    found = stance_triples(
        extractor,
        _PORTS + '"The message was clear that the offer was not acceptable to the members," '
        "said Harbour Ports spokesman Tim Reed.",
    )
    assert not {t for t in found if t[0] == "Tim Reed" and t[2] == _OFFER}


def test_an_offer_named_by_praise_alone_is_no_claim(extractor: Extractor) -> None:
    found = stance_triples(
        extractor,
        "SYDNEY (Reuters) - Talks broke down on Tuesday. \"I think that's a very fair offer "
        'indeed," said Harbour Ports spokesman Tim Reed.',
    )
    assert not {t for t in found if t[0] == "Tim Reed"}


def test_commitment_to_a_named_measure_backs_it(extractor: Extractor) -> None:
    found = stance_triples(
        extractor,
        "SYDNEY (Reuters) - A planned merger between Telco One and Vista Mobile faces scrutiny. "
        "Vista Mobile said it remained fully committed to the merger.",
    )
    assert ("Vista Mobile", "support", _MERGER) in found
