"""A label the parser hangs on a judged object ("called X's plan a disgrace", "called X's
plan “a model of hypocrisy”") opposes the object's maker; verbs of confronting someone face to
face ("confronted", "grilled") oppose their object (issue 12.1). Sentences are our own."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import stance_triples


@pytest.mark.parametrize(
    "text",
    [
        "Acme Corp called Tom Berg's plan a disgrace.",
        'Acme Corp called Tom Berg\'s exit plan "a model of hypocrisy".',
        "Acme Corp called Tom Berg's proposal an act of cowardice.",
    ],
)
def test_a_label_hung_on_the_judged_object_opposes_its_maker(
    extractor: Extractor, text: str
) -> None:
    assert ("Acme Corp", "oppose", "Tom Berg") in stance_triples(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        'Acme Corp called Tom Berg "a killer, a gangster".',
        "Acme Corp called Tom Berg a warmonger.",
    ],
)
def test_a_label_of_a_wrongdoer_opposes_the_one_named(extractor: Extractor, text: str) -> None:
    assert ("Acme Corp", "oppose", "Tom Berg") in stance_triples(extractor, text)


def test_a_neutral_label_takes_no_side(extractor: Extractor) -> None:
    found = stance_triples(extractor, "Acme Corp called Tom Berg's plan a first step.")
    assert not any(t == "Tom Berg" for _, _, t in found)


@pytest.mark.parametrize("verb", ["confronted", "grilled", "heckled"])
def test_confronting_someone_opposes_them(extractor: Extractor, verb: str) -> None:
    text = f"Senator Ana Ruiz {verb} Tom Berg over the leaked emails."
    assert ("Ana Ruiz", "oppose", "Tom Berg") in stance_triples(extractor, text)


def test_confronting_a_problem_is_no_stance(extractor: Extractor) -> None:
    assert (
        stance_triples(extractor, "Senator Ana Ruiz confronted the housing crisis head on.")
        == set()
    )
