"""A quoted judgement of "this offer", "the decision" or "these comments": the act's maker is
the one the narration just before says did it (graph/extract/act_antecedents.py).

Sentences are our own. The maker is the named subject of a verb of that act ("offered" for
"this offer", any deed for "this decision", a verb of speech for "these comments") in one of
the two sentences before; never the speaker; an owner written with the noun wins.
"""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import stance_triples


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(registry=())


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "Brightwater Shipping offered its dock workers a 2 percent rise on Monday. "
            '"This offer is an insult to our members," said Ivo Marsh, the leader of the '
            "Dockers Guild.",
            ("Ivo Marsh", "oppose", "Brightwater Shipping"),
        ),
        (
            "The Trade Tribunal blocked Orla Motors' purchase of Kestrel Cars on Tuesday. "
            '"This decision is a travesty," Orla Motors chief executive Lena Dahl said.',
            ("Lena Dahl", "oppose", "Trade Tribunal"),
        ),
        (
            'Transport Minister Ola Brandt said the strikers were "holding the country to '
            'ransom". "These comments are outrageous," said union leader Ivo Marsh.',
            ("Ivo Marsh", "oppose", "Ola Brandt"),
        ),
        (
            "Lena Dahl announced the closure of two plants on Monday. "
            '"This decision is a disgrace," said union leader Ivo Marsh.',
            ("Ivo Marsh", "oppose", "Lena Dahl"),
        ),
    ],
)
def test_a_judged_act_is_its_makers(
    extractor: Extractor, text: str, stance: tuple[str, str, str]
) -> None:
    assert stance in stance_triples(extractor, text)


def test_the_speakers_own_act_is_no_target(extractor: Extractor) -> None:
    text = 'Ivo Marsh led a march on Monday. "This move is a disgrace," he said.'
    assert not {s for s in stance_triples(extractor, text) if s[0] == "Ivo Marsh"}


def test_an_act_of_another_kind_is_not_the_offer(extractor: Extractor) -> None:
    text = (
        "Lena Dahl visited the harbour on Monday. "
        '"This offer is an insult to our members," said union leader Ivo Marsh.'
    )
    assert ("Ivo Marsh", "oppose", "Lena Dahl") not in stance_triples(extractor, text)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # a demonstrative standing alone is judged as "this decision" would be
        (
            "The Harbour Authority banned night shipping on the river on Monday. "
            '"This is disproportionate," said Ivo Marsh, the leader of the Dockers Guild.',
            ("Ivo Marsh", "oppose", "Harbour Authority"),
        ),
        (
            "Lena Dahl vetoed the pay deal for the dock workers on Monday. "
            '"That is a disgrace," said union leader Ivo Marsh.',
            ("Ivo Marsh", "oppose", "Lena Dahl"),
        ),
        # a feeling about "the decision" just told is about its maker
        (
            "The Trade Tribunal blocked Orla Motors' purchase of Kestrel Cars on Tuesday. "
            '"We are deeply disappointed by the decision," said Lena Dahl, its chief executive.',
            ("Lena Dahl", "oppose", "Trade Tribunal"),
        ),
        (
            "The Trade Tribunal blocked Orla Motors' purchase of Kestrel Cars on Tuesday. "
            "Kestrel Cars said it was delighted with the decision.",
            ("Kestrel Cars", "support", "Trade Tribunal"),
        ),
    ],
)
def test_a_bare_this_and_a_feeling_about_the_decision_are_about_its_maker(
    extractor: Extractor, text: str, stance: tuple[str, str, str]
) -> None:
    assert stance in stance_triples(extractor, text)


def test_this_as_a_determiner_of_another_kind_of_noun_is_no_deed(extractor: Extractor) -> None:
    text = (
        "The Harbour Authority banned night shipping on Monday. "
        '"This weather is disproportionate," said Ivo Marsh.'
    )
    assert ("Ivo Marsh", "oppose", "Harbour Authority") not in stance_triples(extractor, text)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # a decision noun a judging verb takes is its maker's act, as a deed noun is
        (
            "The Harbour Authority banned night shipping on the river on Monday. "
            "Ivo Marsh, the leader of the Dockers Guild, described the ban as exaggerated.",
            ("Ivo Marsh", "oppose", "Harbour Authority"),
        ),
        (
            "The Rowing Federation suspended Lena Dahl for two races on Friday. "
            "Her coach Ivo Marsh called the suspension unjust.",
            ("Ivo Marsh", "oppose", "Rowing Federation"),
        ),
        (
            "The Rowing Federation fined Lena Dahl on Friday. "
            'Ivo Marsh, her coach, said: "The fine is unacceptable."',
            ("Ivo Marsh", "oppose", "Rowing Federation"),
        ),
    ],
)
def test_a_judged_decision_noun_is_its_makers(
    extractor: Extractor, text: str, stance: tuple[str, str, str]
) -> None:
    assert stance in stance_triples(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # what someone underwent is no decision of theirs
        'Maria Lopez received a ten-game ban on Monday. "This is unjust," said Tom Bell.',
        'Maria Lopez lost her seat in the election on Sunday. "That is a disgrace," said Tom Bell.',
        # the relative "that" is no demonstrative
        "The Football Association banned Maria Lopez for ten games on Monday. "
        '"She is a player that is reckless," said Tom Bell.',
    ],
)
def test_a_bare_this_points_back_to_a_decision_only(extractor: Extractor, text: str) -> None:
    found = stance_triples(extractor, text)
    assert ("Tom Bell", "oppose", "Maria Lopez") not in found
    assert ("Tom Bell", "oppose", "Football Association") not in found


def test_the_speakers_own_deed_is_no_antecedent_of_this_decision() -> None:
    from graph.extract.act_antecedents import act_antecedent
    from graph.extract.actors import ActorTable
    from graph.extract.nlp import load_pipeline

    text = 'Lena Dahl banned night shipping on Monday. "This decision is right," she said.'
    (doc,) = load_pipeline().parse([text])
    table = ActorTable(text)
    dahl = table.add_agent(0, 9, "Lena Dahl", "Person")
    noun = next(t for t in doc if t.text == "decision")
    assert act_antecedent(noun, table, None) == dahl
    assert act_antecedent(noun, table, table.id_of(dahl)) is None
