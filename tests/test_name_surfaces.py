"""Names out of marked spans: title phrases, figures, countries read as people (own sentences)."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.extract.actors import ActorTable
from graph.extract.contract import to_contract
from graph.extract.surfaces import after_titles, trim_span
from graph.model import Article


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(())


def actors(extractor: Extractor, text: str) -> dict[str, str]:
    """Actor name -> type."""
    return {a["name"]: a["type"] for a in to_contract(extractor(Article("t", text)))["actors"]}


def span(text: str, phrase: str, label: str) -> str:
    start = text.index(phrase)
    s, e = trim_span(text, start, start + len(phrase), label)
    return text[s:e]


@pytest.mark.parametrize(
    ("surface", "name"),
    [
        ("Senior Manager of Logistics at the NTA Rosa Imbert", "Rosa Imbert"),
        ("Grand Chief Tessa Whitebird", "Tessa Whitebird"),
        ("Vice President Omar Duchene", "Omar Duchene"),
        ("Maria de la Cruz", "Maria de la Cruz"),  # particles belong to the name
        ("Harold King", "Harold King"),  # a title word as a surname
        ("Nadia Chief", "Nadia Chief"),
    ],
)
def test_a_person_is_the_name_after_the_title(surface: str, name: str) -> None:
    assert surface[after_titles(surface) :] == name


def test_the_first_name_the_model_stopped_at_takes_the_surname() -> None:
    text = "Chief of Staff at the PRA Inez Tolliver told the council on Monday."
    assert span(text, "Chief of Staff at the PRA Inez", "PERSON") == "Inez Tolliver"
    # Without a title phrase the model's span is left as it is.
    text = "Inez Tolliver told the council."
    assert span(text, "Inez", "PERSON") == "Inez"


def test_an_organisation_leaves_the_title_that_follows_it() -> None:
    text = "Coastal Fishers Alliance Grand Chief Rhea Tamsin said the quota was unfair."
    assert span(text, "Coastal Fishers Alliance Grand", "ORG") == "Coastal Fishers Alliance"
    text = "The Office of the President Monday statement was brief."
    assert span(text, "Office of the President", "ORG") == "Office of the President"


def test_a_figure_is_no_part_of_a_name() -> None:
    text = "The watchdog fined Harrow Daily Post 2 million pounds for the breach."
    assert span(text, "Harrow Daily Post 2 million", "ORG") == "Harrow Daily Post"
    text = "Shares of Quill Partners rose 12 percent."
    assert span(text, "Quill Partners", "ORG") == "Quill Partners"


def test_a_described_person_is_the_name_after_the_description() -> None:
    text = "Director of Parks at the CPD Jonah Feld said the trail would close."
    table = ActorTable(text)
    key = table.add_description(0, text.index(" Feld"), text[: text.index(" Feld")], "Person")
    assert key is not None and table.draft(key).name == "Jonah Feld"


def test_a_surname_tagged_as_an_organisation_joins_the_full_name() -> None:
    text = "Reyes spoke first. Later Paola Reyes said more."
    table = ActorTable(text)
    first = table.add_entity(0, 5, "ORG")
    full = table.add_entity(text.index("Paola"), text.index(" said"), "PERSON")
    assert first == full and table.draft(full).type == "Person"


def test_a_country_the_model_calls_a_person_is_a_country() -> None:
    text = "Malawi said it would reopen the border crossing next month."
    table = ActorTable(text)
    key = table.add_entity(0, 6, "PERSON")
    assert key is not None and table.draft(key).type == "Country"
    # Part of a person's fuller name elsewhere: a person.
    text = "Jordan said he was tired. Mike Jordan scored twelve."
    table = ActorTable(text)
    key = table.add_entity(0, 6, "PERSON")
    assert key is not None and table.draft(key).type == "Person"


def test_subnational_officials_are_not_the_national_government(extractor: Extractor) -> None:
    text = (
        "The Chilean government said it would send planes. Regional officials said the fire "
        "had reached the coast, and municipal officials said shelters were full."
    )
    found = actors(extractor, text)
    assert "Chilean government" in found
    assert not any("officials" in n.lower() and t == "GovernmentBody" for n, t in found.items())
    assert {"regional officials", "municipal officials"} <= {n.lower() for n in found}


def test_a_title_phrase_speaker_is_the_named_person(extractor: Extractor) -> None:
    text = (
        "Deputy Director of Operations at the HFD Rosalind Okafor told reporters the dam held. "
        "Okafor said crews would stay overnight."
    )
    found = actors(extractor, text)
    assert found.get("Rosalind Okafor") == "Person"
    assert not any(n.startswith("Deputy") for n in found)


def test_an_acronym_employer_run_into_a_name_is_split() -> None:
    text = "Senior Inspector of Bridges at the QRA Tomasz Weir told the inquiry it was unsafe."
    table = ActorTable(text)
    start = text.index("QRA")
    key = table.add_entity(start, text.index(" told"), "ORG")
    assert key is not None and table.draft(key).name == "Tomasz Weir"
    assert table.draft(key).type == "Person"
    assert table.draft(table.key_at(start, start + 3)).name == "QRA"
    # No title before it, or a body's own words: one organisation.
    for text, org in (
        ("Viewers of the KTV Morning Show wrote in.", "KTV Morning Show"),
        ("Analysts at the BBC World Service said little.", "BBC World Service"),
    ):
        table = ActorTable(text)
        start = text.index(org)
        key = table.add_entity(start, start + len(org), "ORG")
        assert key is not None and table.draft(key).name == org


def test_a_two_word_country_adjective_anchors_its_own_government(extractor: Extractor) -> None:
    text = (
        "Canadian officials said the talks went well. "
        "The South Korean government said it would respond within a week."
    )
    found = actors(extractor, text)
    assert found.get("South Korean government") == "GovernmentBody"


def test_officials_of_a_narrower_body_are_not_the_government(extractor: Extractor) -> None:
    text = "Norway's senior fisheries officials said the cod quota would fall next year."
    found = actors(extractor, text)
    assert "Norwegian government" not in found
    text = "Norwegian government officials said the cod quota would fall next year."
    assert actors(extractor, text).get("Norwegian government officials") == "Group"


@pytest.mark.parametrize(
    "text",
    [
        # the model may stop a body's name at "of": the name runs on through the next name
        "Ruiz said the Electoral Commission of Zambia had cheated her. Zambia is calm.",
        # the country of a body's name, named alone, is the country, not the body
        "The Zambia Electoral Commission said the count was over. Zambia held its vote in August.",
    ],
)
def test_a_country_in_a_bodys_name_stays_the_country(extractor: Extractor, text: str) -> None:
    found = actors(extractor, text)
    assert found.get("Zambia") == "Country"
    assert not any(name.endswith(" of") for name in found)


def test_a_name_cut_after_of_runs_on() -> None:
    text = "Ruiz said the Electoral Commission of Zambia had cheated her."
    table = ActorTable(text, ())
    start = text.index("Electoral")
    key = table.add_entity(start - 4, text.index(" Zambia"), "ORG")
    assert key is not None and table.draft(key).name == "Electoral Commission of Zambia"


@pytest.mark.parametrize(
    ("text", "marked", "name"),
    [
        (
            "with Minister Marie-Claire Le Brun describing it",
            "Marie-Claire Le",
            "Marie-Claire Le Brun",
        ),
        ("said Ana de Souza on Monday", "Ana de", "Ana de Souza"),
        ("said Ana de on Monday", "Ana de", "Ana de"),  # no name after it: as marked
    ],
)
def test_a_person_marked_to_a_particle_takes_the_next_name(
    text: str, marked: str, name: str
) -> None:
    assert span(text, marked, "PERSON") == name


def test_an_acronym_after_a_name_opening_a_sentence_is_its_alias(extractor: Extractor) -> None:
    from graph.model import Article

    text = "The Andean Electoral Council (AEC) said the count was over. The AEC closed the polls."
    result = extractor(Article("t", text))
    council = next(a for a in result.actors if a.name == "Andean Electoral Council")
    assert "AEC" in council.aliases
