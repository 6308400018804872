"""Hostile acts aimed at an actor, and a hostile act announced to the one it aims at.

Sentences are our own. "warned", "branded", "defied" and their kin oppose their object only
when it is an actor ("warned of delays" is no stance); a quoted act whose subject is someone
else is that someone's, never the speaker's; "X told Y it would retaliate" opposes Y, by X.
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
            "The Harbour Workers Union warned Coastline Ports that its members would walk out.",
            ("Harbour Workers Union", "oppose", "Coastline Ports"),
        ),
        (
            "The Karsten Group defied the Competition Tribunal and kept trading.",
            ("Karsten Group", "oppose", "Competition Tribunal"),
        ),
        (
            'Chancellor Ola Brandt branded Denmark, a fellow EU member, a "rogue state".',
            ("Ola Brandt", "oppose", "Denmark"),
        ),
        (
            "Spain told Morocco on Monday that it would retaliate in the harshest ways.",
            ("Spain", "oppose", "Morocco"),
        ),
        ("Chile warned Peru that it would respond.", ("Chile", "oppose", "Peru")),
    ],
)
def test_a_hostile_act_opposes_the_actor_it_aims_at(
    extractor: Extractor, text: str, stance: tuple[str, str, str]
) -> None:
    assert stance in stance_triples(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Harbour Workers Union warned of long delays at the docks on Monday.",
        "Soldiers of the Northern Brigade fired shots into the air.",
        "Spain told Morocco on Monday that it would welcome the talks.",
        "Spain did not tell Morocco that it would retaliate.",
    ],
)
def test_no_actor_aimed_at_no_stance(extractor: Extractor, text: str) -> None:
    assert not {s for s in stance_triples(extractor, text) if s[1] == "oppose"}


def test_a_quoted_act_of_someone_else_is_not_the_speakers(extractor: Extractor) -> None:
    text = "Lena Park of the Nurses Guild said the ministry had smeared the Guild's members."
    assert not any(
        s[0] == "Lena Park" and s[1] == "oppose" for s in stance_triples(extractor, text)
    )


def test_the_teller_is_the_one_who_would_act(extractor: Extractor) -> None:
    # "it" is the teller's: the resolver's nearest country would be the one told
    found = stance_triples(extractor, "Spain told Morocco that it would retaliate.")
    assert ("Morocco", "oppose", "Spain") not in found
    assert ("Spain", "oppose", "Morocco") in found


def test_an_infinitives_doer_is_not_the_speaker(extractor: Extractor) -> None:
    text = (
        'The Nurses Guild accused Health Minister Tom Abel of spreading "false figures to '
        'malign the Royal Infirmary".'
    )
    assert ("Nurses Guild", "oppose", "Royal Infirmary") not in stance_triples(extractor, text)


def test_we_defy_is_the_speakers_own(extractor: Extractor) -> None:
    text = 'Tom Abel, head of the Nurses Guild, said: "We will defy Governor Ana Ruiz."'
    assert ("Tom Abel", "oppose", "Ana Ruiz") in stance_triples(extractor, text)


def test_prevented_from_opposes_the_one_prevented(extractor: Extractor) -> None:
    text = "Norway prevented Senator Alan Reyes of Iceland from entering the building."
    assert ("Norway", "oppose", "Alan Reyes") in stance_triples(extractor, text)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "The Netherlands barred the minister. Protesters in Lima shouted anti-Dutch slogans.",
            ("Protesters in Lima", "oppose", "Netherlands"),
        ),
        (
            "The Harbour Workers Union staged an anti-Acme rally after Acme Logistics cut jobs.",
            ("Harbour Workers Union", "oppose", "Acme Logistics"),
        ),
        (
            "Senator Ana Ruiz led a pro-Ibarra march after Governor Luis Ibarra was suspended.",
            ("Ana Ruiz", "support", "Luis Ibarra"),
        ),
    ],
)
def test_a_prefix_says_the_doers_stance(
    extractor: Extractor, text: str, stance: tuple[str, str, str]
) -> None:
    assert stance in stance_triples(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Unity Party held an anti-government march in Lima on Friday.",
        "The Unity Party did not hold anti-Acme protests, said Acme Logistics.",
        "The Unity Party visited the anti - Acme camp of Acme Logistics in Lima.",
    ],
)
def test_no_named_actor_after_the_prefix_no_stance(extractor: Extractor, text: str) -> None:
    assert not {s for s in stance_triples(extractor, text) if s[0] == "Unity Party"}


@pytest.mark.parametrize(
    "text",
    [
        "Omar Haddad told Radio Nord that Chile would have been attacked without its army.",
        "Governor Ana Ruiz cannot fire Tom Abel, said the Unity Party.",
    ],
)
def test_no_stance_on_the_one_told_of_a_passive_or_a_negated_act(
    extractor: Extractor, text: str
) -> None:
    found = stance_triples(extractor, text)
    assert not {s for s in found if s[2] in ("Radio Nord", "Tom Abel")}, found


def test_a_reported_crowds_prefix_is_not_the_reporters(extractor: Extractor) -> None:
    text = (
        "Chile closed its border. Crowds in the square shouted anti-Chilean slogans, "
        "according to Radio Nord."
    )
    assert not any(s[0] == "Radio Nord" for s in stance_triples(extractor, text))


def test_a_country_body_takes_the_countrys_adjective() -> None:
    from graph.extract.gazetteer import country_named

    assert [country_named(w).adjective for w in ("Dutch", "France", "Philippines")] == [
        "Dutch",
        "French",
        "Philippine",
    ]


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "Qantas lost its High Court appeal against the Transport Workers Union.",
            ("Qantas", "oppose", "Transport Workers Union"),
        ),
        (
            "The Pilots Association continued its campaign against Skyway Airlines.",
            ("Pilots Association", "oppose", "Skyway Airlines"),
        ),
        (
            'Tom Abel of the Nurses Guild said: "We will file a complaint against Skyway Airlines."',
            ("Tom Abel", "oppose", "Skyway Airlines"),
        ),
        # against what an actor said or did: its maker
        (
            "The Pilots Association lodged a complaint against the decision of Skyway Airlines.",
            ("Pilots Association", "oppose", "Skyway Airlines"),
        ),
        (
            "Norway conveyed the cabinet's strong protest against statements made by Chilean "
            "President Gabriel Boric on Monday.",
            ("Norway", "oppose", "Gabriel Boric"),
        ),
    ],
)
def test_an_action_against_someone_opposes_them(
    extractor: Extractor, text: str, stance: tuple[str, str, str]
) -> None:
    assert stance in stance_triples(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Nurses Guild's appeal to the Supreme Court was rejected.",
        "Skyway Airlines withdrew its case against the Pilots Association.",
        "Skyway Airlines did not file a lawsuit against the Pilots Association.",
        "Senator Ana Ruiz is leading a campaign against groups on Chilean campuses in Peru.",
    ],
)
def test_no_action_against_no_stance(extractor: Extractor, text: str) -> None:
    assert not {s for s in stance_triples(extractor, text) if s[1] == "oppose"}


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "Kenya's High Court heard the case on Monday. The judges ruled against President "
            "William Ruto.",
            ("Kenyan High Court", "oppose", "William Ruto"),
        ),
        (
            "Canada's Supreme Court heard the case on Monday. The justices ruled against the "
            "Canadian government by a majority of six to one.",
            ("Canadian Supreme Court", "oppose", "Canadian government"),
        ),
    ],
)
def test_the_judges_are_the_court_the_story_names(
    extractor: Extractor, text: str, stance: tuple[str, str, str]
) -> None:
    found = stance_triples(extractor, text)
    assert stance in found
    assert not any(s[0] in ("judges", "justices") for s in found)


def test_a_prefixed_group_is_not_its_own_target(extractor: Extractor) -> None:
    text = (
        "Senator Ana Ruiz said the figures posted by the anti-Vega activists on the web "
        "contradict the count."
    )
    assert not any("anti" in s[2].lower() for s in stance_triples(extractor, text))


def test_an_owners_thing_is_not_on_what_it_is_about(extractor: Extractor) -> None:
    text = "The Nurses Guild rejected the Abel Government's $900 million Medicare package."
    found = stance_triples(extractor, text)
    assert ("Nurses Guild", "oppose", "Abel Government") in found
    assert not any(s[2] == "Medicare" for s in found), found


def test_northern_ireland_names_no_ireland() -> None:
    from graph.extract.gazetteer import countries_in

    assert countries_in("Unionists in Northern Ireland and Northern Irish MPs") == frozenset()
    assert countries_in("Ireland and Northern Ireland") == frozenset({"IRL"})


@pytest.mark.parametrize(
    ("text", "verb", "subject"),
    [
        ("The union accused Governor Ruiz of hiding the figures.", "hiding", "Ruiz"),
        ("Prosecutors charged the mayor with taking bribes.", "taking", "mayor"),
        ("Ruiz said she was tired of waiting for the count.", "waiting", "she"),
    ],
)
def test_the_object_does_what_it_is_accused_of(text: str, verb: str, subject: str) -> None:
    from graph.extract.nlp import load_pipeline
    from graph.extract.syntax import subjects_of

    (doc,) = load_pipeline().parse([text])
    token = next(t for t in doc if t.text == verb)
    assert [t.text for t in subjects_of(token)][:1] == [subject]
