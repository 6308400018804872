"""Actor detection, issue 12 (own sentences, never corpus text): a capitalised legislature or
cabinet no country anchors; organisations the model labels as things."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.extract.actors import ActorTable
from graph.extract.nlp import load_pipeline
from graph.extract.thing_bodies import thing_bodies
from graph.model import Article

pytestmark = pytest.mark.skipif(not load_pipeline().full, reason="needs the English model")


def names(text: str) -> dict[str, str]:
    """Each mention's words -> the name of its actor, through the whole extractor."""
    extraction = Extractor()(Article("t", text))
    return {m.text: a.name for a in extraction.actors for m in a.mentions}


def stances(text: str) -> set[tuple[str, str, str]]:
    extraction = Extractor()(Article("t", text))
    name = {a.id: a.name for a in extraction.actors}
    return {(name[s.source], s.polarity, name.get(s.target, s.target)) for s in extraction.stances}


# -- a capitalised institution with no country written ------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The governor again accused Congress of starving the clinics of money.", "Congress"),
        ("Marta Quill said the Senate had betrayed the farmers who elected her.", "Senate"),
        ("Parliament rejected the plan that Tom Ardley had drafted.", "Parliament"),
    ],
)
def test_a_lone_capitalised_legislature_is_an_actor(text: str, words: str) -> None:
    assert names(text).get(words) == words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a place's own legislature, a longer name, a group named after it
        ("The Ohio Senate praised Dana Welk for her work.", "Senate"),
        ("Senate Republicans attacked Dana Welk over the budget.", "Senate"),
        ("The Senate Finance Committee questioned Dana Welk on Monday.", "Senate"),
        # a lowercase word is no name
        ("The student senate criticised Dana Welk.", "senate"),
    ],
)
def test_a_legislature_that_is_a_place_s_or_part_of_a_name_is_not_alone(
    text: str, words: str
) -> None:
    assert names(text).get(words) in (None, "Ohio Senate", "Senate Finance Committee")


def test_a_legislature_in_a_story_naming_a_country_is_left_to_the_anchoring() -> None:
    found = names("In Kenya, the opposition said Parliament had betrayed Ruth Anyango.")
    assert found.get("Parliament") != "Parliament"


# -- organisations the model labels as things ---------------------------------------------------


def thing_table(text: str, words: str, label: str) -> ActorTable:
    """The table ``thing_bodies`` leaves when the model labels ``words`` a ``label`` (a thing)."""
    (doc,) = load_pipeline().parse([text])
    start = text.index(words)
    doc.ents = [doc.char_span(start, start + len(words), label=label)]
    table = ActorTable(text)
    thing_bodies(doc, table)
    return table


@pytest.mark.parametrize(
    ("text", "words", "label"),
    [
        ("He admitted arming the Bajo Norte Cartel with rifles.", "Bajo Norte Cartel", "FAC"),
        ("Marlow Communications attacked Orrin Telecom on Monday.", "Marlow Communications",
         "WORK_OF_ART"),
        ("The ABF fined Orrin Telecom on Monday.", "ABF", "WORK_OF_ART"),
    ],
)  # fmt: skip
def test_a_thing_labelled_organisation_name_is_an_organisation(
    text: str, words: str, label: str
) -> None:
    table = thing_table(text, words, label)
    assert [(d.name, d.type) for d in table.drafts.values()] == [(words, "Organization")]


@pytest.mark.parametrize(
    ("text", "words", "label"),
    [
        ("Silver Lantern broke every record in May.", "Silver Lantern", "WORK_OF_ART"),
        ("Crowds filled the Harbour Tower on Monday.", "Harbour Tower", "FAC"),
        ("They praised the Orrin Group hotel's staff.", "Orrin Group", "PRODUCT"),  # a qualifier
        ("He joined the starting XI last week.", "XI", "PRODUCT"),
    ],
)
def test_other_things_stay_things(text: str, words: str, label: str) -> None:
    assert not thing_table(text, words, label).drafts


def test_a_roman_numeral_is_no_acronym_of_an_organisation() -> None:
    from graph.extract.acronyms import acronym_name

    assert not acronym_name("XI") and not acronym_name("VIII")
    assert acronym_name("MDC") and acronym_name("GLAAD")


# -- a possessive that lost its apostrophe, opening a sentence ----------------------------------


def test_a_lost_possessive_opening_a_sentence_of_a_text_without_apostrophes_is_a_name() -> None:
    found = names("Halvorsens attack on Dana Welk surprised nobody in the chamber.")
    assert found.get("Halvorsen") == "Halvorsen"


@pytest.mark.parametrize(
    "text",
    [
        # the text keeps its apostrophes: the word is a plural
        "Halvorsens reunion drew a crowd, and Dana Welk's speech closed it.",
        # a noun whose plural qualifies another
        "Rights groups condemned the arrest of Dana Welk.",
        "Teachers unions criticised Dana Welk over the plan.",
    ],
)
def test_other_words_opening_a_sentence_are_no_lost_possessive(text: str) -> None:
    found = names(text)
    assert not {"Halvorsen", "Right", "Teacher"} & set(found.values()), found


# -- a country's dotted acronym written with spaces ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "country"),
    [
        ("The U. S. envoy criticised Dana Welk on Monday.", "U. S.", "United States"),
        ("Officials in the U. K. praised Dana Welk.", "U. K.", "United Kingdom"),
    ],
)
def test_a_spaced_dotted_acronym_of_a_country_is_the_country(
    text: str, words: str, country: str
) -> None:
    assert names(text).get(words) == country


def test_a_person_s_spaced_initials_are_no_country() -> None:
    found = names("J. K. Hale praised the plan, said Dana Welk.")
    assert "United States" not in found.values() and found.get("J. K.") is None


# -- a nationality and a title before a person's name -------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "person"),
    [
        ("Kenyan President Ruth Anyango blamed Tom Hale for the delay.", "Kenyan President",
         "Ruth Anyango"),
        ("Deputy Chilean Foreign Minister Ana Soto praised Tom Hale.",
         "Deputy Chilean Foreign Minister", "Ana Soto"),
    ],
)  # fmt: skip
def test_a_nationality_and_title_before_a_name_are_a_mention_of_the_person(
    text: str, words: str, person: str
) -> None:
    found = names(text)
    assert found.get(words) == person and found.get(person) == person


def test_a_title_without_a_nationality_or_a_country_s_name_is_left_alone() -> None:
    found = names("Foreign Minister Ana Soto praised Tom Hale.")
    assert "Foreign Minister" not in found
    found = names("Chile's President Ana Soto praised Tom Hale.")
    assert "Chile's President" not in found and "President" not in found


def test_the_title_mention_is_no_alias_of_the_person() -> None:
    extraction = Extractor()(Article("t", "Kenyan President Ruth Anyango blamed Tom Hale."))
    person = next(a for a in extraction.actors if a.name == "Ruth Anyango")
    assert not any("Kenyan" in alias for alias in person.aliases)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The Kenyan president has faced sharp criticism from Tom Hale.", "Kenyan president"),
        ("The Chilean leader attacked Tom Hale in a long speech.", "Chilean leader"),
    ],
)
def test_a_nationality_and_office_with_no_name_is_the_person_it_describes(
    text: str, words: str
) -> None:
    assert names(text).get(words) == words


def test_a_nationality_and_office_is_the_person_named_with_that_title() -> None:
    text = "Kenyan President Ruth Anyango met Tom Hale. Later the Kenyan president attacked him."
    assert names(text).get("Kenyan president") == "Ruth Anyango"


def test_someone_unnamed_is_no_office_holder() -> None:
    found = names("A Kenyan diplomat and a Chilean minister criticised Tom Hale.")
    assert "Chilean minister" not in found
