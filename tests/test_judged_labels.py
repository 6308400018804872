"""A label the parser hangs on a judged object ("called X's plan a disgrace", "called X's
plan “a model of hypocrisy”") opposes the object's maker; verbs of confronting someone face to
face ("confronted", "grilled") oppose their object (issue 12.1). Sentences are our own."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article


def stances(extractor: Extractor, text: str) -> set[tuple[str, str, str]]:
    result = extractor(Article("t", text))
    names = {a.id: a.name for a in result.actors}
    return {
        (names.get(s.source, s.source), s.polarity, names.get(s.target, s.target))
        for s in result.stances
    }


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
    assert ("Acme Corp", "oppose", "Tom Berg") in stances(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        'Acme Corp called Tom Berg "a killer, a gangster".',
        "Acme Corp called Tom Berg a warmonger.",
    ],
)
def test_a_label_of_a_wrongdoer_opposes_the_one_named(
    extractor: Extractor, text: str
) -> None:
    assert ("Acme Corp", "oppose", "Tom Berg") in stances(extractor, text)


def test_a_neutral_label_takes_no_side(extractor: Extractor) -> None:
    found = stances(extractor, "Acme Corp called Tom Berg's plan a first step.")
    assert not any(t == "Tom Berg" for _, _, t in found)


@pytest.mark.parametrize("verb", ["confronted", "grilled", "heckled"])
def test_confronting_someone_opposes_them(extractor: Extractor, verb: str) -> None:
    text = f"Senator Ana Ruiz {verb} Tom Berg over the leaked emails."
    assert ("Ana Ruiz", "oppose", "Tom Berg") in stances(extractor, text)


def test_confronting_a_problem_is_no_stance(extractor: Extractor) -> None:
    assert stances(extractor, "Senator Ana Ruiz confronted the housing crisis head on.") == set()
