"""A label the parser hangs on a judged object ("called X's plan a disgrace", "called X's
plan “a model of hypocrisy”") opposes the object's maker; verbs of confronting someone face to
face ("confronted", "grilled") oppose their object (issue 12.1). Sentences are our own."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import stance_triples
from tests.said import speakers


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


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Banda called the Supreme Court's ruling an outright provocation.",
        "Tomas Banda called the ruling by the Supreme Court a disgrace.",
        'Prime Minister Jan Kool called the Supreme Court\'s decision "a crazy remark".',
        "Tomas Banda described the decision of the Supreme Court as politicised.",
    ],
)
def test_a_judged_act_named_by_its_noun_is_its_doers(extractor: Extractor, text: str) -> None:
    # "the ruling" is the court's act: the label judges the court, not a claim
    found = stance_triples(extractor, text)
    assert any(s != "Supreme Court" and p == "oppose" and t == "Supreme Court" for s, p, t in found)


@pytest.mark.parametrize("label", ["a total lie", "a fabrication", "nonsense", "unfair", "absurd"])
def test_words_of_falsehood_and_unfairness_are_labels_of_fault(
    extractor: Extractor, label: str
) -> None:
    rules = Extractor(pipeline=extractor.pipeline, stances="rules")  # the rules' own reading
    text = f"Acme Corp described Tom Berg's decision as {label}."
    assert ("Acme Corp", "oppose", "Tom Berg") in stance_triples(rules, text)


def test_a_noun_the_parser_reads_as_a_verb_after_a_judged_object_is_no_cue(
    extractor: Extractor,
) -> None:
    # "the union claim": "claim" may be parsed as a verb, the union its speaker
    text = 'Transport minister Lena Varga called the union claim "a total lie".'
    assert speakers(extractor, text) == ["Lena Varga"]


@pytest.mark.parametrize(
    "text",
    [
        "The Patriotic Front portrayed Ana Phiri as a sore loser.",
        "The Patriotic Front characterised Ana Phiri as a traitor.",
        "The Patriotic Front dubbed Ana Phiri a puppet.",
    ],
)
def test_every_verb_of_naming_judges_the_one_it_names(extractor: Extractor, text: str) -> None:
    assert ("Patriotic Front", "oppose", "Ana Phiri") in stance_triples(extractor, text)


def test_a_plain_label_of_a_person_takes_no_side(extractor: Extractor) -> None:
    text = "The Patriotic Front portrayed Ana Phiri as a candidate."
    assert not stance_triples(extractor, text)
