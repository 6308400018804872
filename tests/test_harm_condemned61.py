"""Condemning a harm done to someone takes their side and is against its doer; the pair
reader's opposition to the one harmed is dropped (session 61; own sentences)."""

from __future__ import annotations

from graph.extract import Extractor
from tests.rule_stances import stance_triples


def test_condemning_a_suspension_supports_the_suspended(extractor: Extractor) -> None:
    text = "Amnesty International condemned the suspension of student leader Ana Ruiz."
    found = stance_triples(extractor, text)
    assert ("Amnesty International", "support", "Ana Ruiz") in found
    assert ("Amnesty International", "oppose", "Ana Ruiz") not in found


def test_the_harm_may_hang_on_a_conjunct_and_an_apposition(extractor: Extractor) -> None:
    text = (
        "The Student Forum at the University of Kelso has condemned the suspension and single "
        "outing of the Student Council President, Aphiwe Mnyamana, and other council members."
    )
    found = stance_triples(extractor, text)
    assert ("Student Forum", "support", "Aphiwe Mnyamana") in found
    assert not any(p == "oppose" and t == "Aphiwe Mnyamana" for _, p, t in found)


def test_in_a_quotation_we_is_the_speaker(extractor: Extractor) -> None:
    text = '"We condemn the arrest of Tom Berg," said Ana Ruiz.'
    assert ("Ana Ruiz", "support", "Tom Berg") in stance_triples(extractor, text)


def test_a_denied_condemnation_takes_no_side_with_them(extractor: Extractor) -> None:
    text = "The Harbour Workers Union did not condemn the dismissal of Tom Berg."
    assert ("Harbour Workers Union", "support", "Tom Berg") not in stance_triples(extractor, text)


def test_a_phrase_of_its_own_after_the_harm_is_no_patient(extractor: Extractor) -> None:
    text = "Ana Ruiz slammed the sackings and the incompetence of Marco Lind."
    found = stance_triples(extractor, text)
    assert ("Ana Ruiz", "support", "Marco Lind") not in found
    assert ("Ana Ruiz", "oppose", "Marco Lind") in found


def test_censorship_of_a_government_is_the_governments(extractor: Extractor) -> None:
    text = "Ana Ruiz denounced the censorship of the Chinese government."
    found = stance_triples(extractor, text)
    assert not any(p == "support" for _, p, _ in found)


def test_objecting_to_a_decision_opposes_its_maker(extractor: Extractor) -> None:
    found = stance_triples(
        extractor, "The Harbour Workers Union objected to the High Court's ruling."
    )
    assert ("Harbour Workers Union", "oppose", "High Court") in found
    text = (
        "One of the club's most successful captains Tom Berg also objected to the FIFA "
        "decision, saying it would hurt the sport."
    )
    assert ("Tom Berg", "oppose", "FIFA") in stance_triples(extractor, text)


def test_not_objecting_opposes_no_one(extractor: Extractor) -> None:
    text = "The Harbour Workers Union did not object to the High Court's ruling."
    assert ("Harbour Workers Union", "oppose", "High Court") not in stance_triples(extractor, text)
