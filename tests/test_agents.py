"""Generic agents anchored to a country, the gazetteer, and no bare-noun actors (own sentences)."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.extract.agents import agent_role, country_named, is_generic, story_country
from graph.extract.contract import to_contract
from graph.model import Actor, Article

REGISTRY = (
    Actor("lena-varga", "Lena Varga", "Person", speaks_for="government-of-peru"),
    Actor("government-of-peru", "Government of Peru", "GovernmentBody", ("Peruvian government",)),
)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(REGISTRY)


def names(extractor: Extractor, text: str) -> set[str]:
    return {a["name"] for a in to_contract(extractor(Article("t", text)))["actors"]}


def test_gazetteer_names_and_adjectives() -> None:
    assert country_named("Bolivian").name == "Bolivia"
    assert country_named("the United States").name == "United States"
    assert country_named("U.S.").name == "United States"
    assert country_named("US").name == "United States"
    assert country_named("U.K").name == "United Kingdom"  # a name trimmed of its full stop
    assert country_named("us") is None and country_named("chad") is None
    assert country_named("Bolivia's").name == "Bolivia"
    assert country_named("Quito").name == "Ecuador"  # a capital names its government


def test_agent_roles_from_the_dictionary() -> None:
    assert agent_role("the regime") == "GOV"
    assert agent_role("the main opposition") == "OPP"
    assert agent_role("riot police") == "COP"
    assert agent_role("the farmers") is None


def test_bare_collectives_are_generic() -> None:
    assert is_generic("leaders") and is_generic("the regime") and is_generic("two members")
    assert not is_generic("Latin American countries") and not is_generic("Pemex")


def test_story_country_needs_a_clear_lead() -> None:
    assert story_country(
        "Bolivia voted. Bolivian judges met. Bolivia's army stayed calm."
    ).code == ("BOL")
    assert story_country("Peru and Bolivia talked; Bolivia and Peru agreed.") is None
    assert story_country("Nothing about any place.") is None


def test_bare_government_takes_the_story_country(extractor: Extractor) -> None:
    text = (
        "Voters in Bolivia queued for hours. Bolivian monitors counted ballots across Bolivia.\n"
        "The government said the count was clean, but the opposition rejected the result."
    )
    found = names(extractor, text)
    assert {"Bolivian government", "Bolivian opposition"} <= found
    assert not found & {"government", "opposition"}


def test_written_country_beats_the_story(extractor: Extractor) -> None:
    text = (
        "Bolivia held a vote. Bolivia counted it. Bolivia announced it.\n"
        "The Chilean government criticised the count on Monday."
    )
    assert "Chilean government" in names(extractor, text)


def test_top_court_of_the_country(extractor: Extractor) -> None:
    text = (
        "Ecuador votes again. In Ecuador, turnout was high.\n"
        "The top court said the candidate could not run."
    )
    assert "Supreme Court of Ecuador" in names(extractor, text)


def test_high_court_of_the_country(extractor: Extractor) -> None:
    # A court of its own, below the supreme one: not the country's judiciary as a whole.
    text = (
        "Ecuador votes again. In Ecuador, turnout was high.\n"
        "The high court said the candidate could not run."
    )
    found = names(extractor, text)
    assert "High Court of Ecuador" in found
    assert "Ecuadorian judiciary" not in found


def test_the_american_high_court_is_the_supreme_court(extractor: Extractor) -> None:
    text = "Tomas Berg appealed in the United States on Monday. The nation's high court refused it."
    found = names(extractor, text)
    assert "Supreme Court of United States" in found
    assert "High Court of United States" not in found


def test_no_country_no_node(extractor: Extractor) -> None:
    text = "The regime jailed critics, and the leaders of the protest went into hiding."
    found = names(extractor, text)
    assert not found & {"regime", "leaders", "critics", "the regime"}


def test_possessor_speaking_for_a_body(extractor: Extractor) -> None:
    text = "Lena Varga spoke in Lima. Varga's government rejected the claims, Varga said."
    result = to_contract(extractor(Article("t", text)))
    mentioned = {a["name"]: a["mentions"] for a in result["actors"]}
    assert "Government of Peru" in mentioned


def test_registry_form_of_an_anchored_body(extractor: Extractor) -> None:
    text = "Peru goes to the polls. Peru expects calm. The government in Peru said it was ready."
    found = names(extractor, text)
    assert "Government of Peru" in found and "Peruvian government" not in found


def test_a_description_of_no_one_is_no_actor(extractor: Extractor) -> None:
    text = "The monitors said in a statement that Bolivia's elections did not meet the standards."
    found = names(extractor, text)
    assert not any("elections" in n for n in found)


def group_names(extractor: Extractor, text: str) -> set[str]:
    """The group actors group_entities makes of a text's NORP mentions (entities added first)."""
    from graph.extract.actors import ActorTable
    from graph.extract.untagged import group_entities

    (doc,) = extractor.pipeline.parse([text])
    table = ActorTable(text)
    for ent in doc.ents:
        table.add_entity(ent.start_char, ent.end_char, ent.label_)
    before = set(table.drafts)
    group_entities(doc, table)
    return {table.draft(k).name for k in table.drafts if k not in before}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Democrats blocked the bill a week after Republicans had backed it.",
            {"Democrats", "Republicans"},
        ),
        (
            "The mayor thanked Nigerians and Ghanaians for their patience.",
            {"Nigerians", "Ghanaians"},
        ),
        ("Sunni clerics condemned the decree on Friday.", {"Sunni clerics"}),
        ("Lawyers met Venezuelan refugees in the port.", {"Venezuelan refugees"}),
    ],
)
def test_peoples_and_parties_as_participants_are_groups(
    extractor: Extractor, text: str, expected: set[str]
) -> None:
    assert group_names(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Norwegian salmon prices rose sharply in March.",  # an adjective of a thing
        "A Brazilian won the marathon in Berlin.",  # one person by nationality
        "The Danish minister spoke after the vote.",  # an adjective of one person
        "Iranian missiles struck the depot overnight.",  # a plural thing, not people
    ],
)
def test_a_nationality_qualifying_no_people_is_no_actor(extractor: Extractor, text: str) -> None:
    assert group_names(extractor, text) == set()


def test_a_group_is_drawn_only_when_it_takes_part(extractor: Extractor) -> None:
    text = "Unions praised the Socialists. The vote split Catholics and Protestants."
    drawn = {a.name for a in extractor(Article("t", text)).actors}
    assert "Socialists" in drawn
    # Named, but neither speaks, acts nor is a target: not drawn.
    assert not {"Catholics", "Protestants"} & drawn


def untagged(extractor: Extractor, text: str) -> set[str]:
    """The people untagged_names adds to a text's named entities."""
    from graph.extract.actors import ActorTable
    from graph.extract.untagged import untagged_names

    (doc,) = extractor.pipeline.parse([text])
    table = ActorTable(text)
    for ent in doc.ents:
        table.add_entity(ent.start_char, ent.end_char, ent.label_)
    before = set(table.drafts)
    untagged_names(doc, table)
    return {table.draft(k).name for k in table.drafts if k not in before}


def test_an_untagged_surname_acting_in_a_clause_is_a_person(extractor: Extractor) -> None:
    # The small model leaves these one-word names untagged.
    assert untagged(extractor, "Yesterday Ocampo accused the governor of lying.") == {"Ocampo"}
    assert untagged(extractor, "Trump attacked the judge.") == {"Trump"}


@pytest.mark.parametrize(
    "text",
    [
        "On Friday Brexit dominated the talks.",  # tagged by the model: not ours to retype
        "Kenya beat Uganda in the final.",  # countries
        "In March officials met in the capital.",  # a month
    ],
)
def test_no_untagged_person_from_other_words(extractor: Extractor, text: str) -> None:
    assert untagged(extractor, text) == set()


def test_people_of_a_party_or_faith_are_their_own_group(extractor: Extractor) -> None:
    # Not bare collectives ("lawmakers"), and not the story country's parliament either.
    text = (
        "Peru votes on Sunday. Peru is tense.\n"
        "Republican lawmakers accused the Lima Electoral Board of bias on Monday."
    )
    result = extractor(Article("t", text))
    named = {a.id: a.name for a in result.actors}
    assert "Republican lawmakers" in named.values()
    assert "Peruvian parliament" not in named.values()
    sources = {named[s.source] for s in result.stances}
    assert "Republican lawmakers" in sources
    groups = group_names(extractor, "Hindu nationalists and Western powers condemned the raid.")
    assert groups == {"Hindu nationalists", "Western powers"}


def test_a_government_named_after_its_leader(extractor: Extractor) -> None:
    text = "The Dorval administration rejected the ruling, said Anna Dorval, the president."
    found = names(extractor, "Anna Dorval spoke on Monday. " + text)
    assert "Dorval administration" in found


def test_a_demonstrative_collective_is_generic() -> None:
    # "Those protesters were supporting X": people, no node of the network
    assert is_generic("Those protesters") and is_generic("these voters")
    assert not is_generic("These Andean Unionists")  # a capital inside names someone


def test_his_government_of_the_countrys_own_head_is_that_countrys(extractor: Extractor) -> None:
    text = (
        "Peruvian President Tom Bell said his government strongly condemned Chile. "
        "The Peruvian government also recalled its ambassador from Santiago."
    )
    x = extractor(Article("t", text))
    found = {a.name for a in x.actors}
    assert found & {"Peruvian government", "Government of Peru"}  # the registry's name, if any
    assert "Tom Bell's government" not in found
