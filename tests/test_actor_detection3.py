"""Actor detection on news sentences the model under-tags (own sentences, never corpus text):
nationality, faith and party adjectives standing for their people."""

from __future__ import annotations

from typing import Any

import pytest

from graph.extract.actors import ActorTable
from graph.extract.agents import anchor_agents
from graph.extract.nlp import load_pipeline
from graph.extract.possessives import bare_countries, bare_possessives, entity_parts
from graph.extract.surnames import add_surnames
from graph.extract.untagged import group_entities, misread_names, untagged_names

pytestmark = pytest.mark.skipif(not load_pipeline().full, reason="needs the English model")


def table_of(text: str) -> ActorTable:
    """The actor table of ``text`` after the detection steps of the extractor, in its order."""
    (doc,) = load_pipeline().parse([text])
    table = ActorTable(text)
    table.add_registry_mentions()
    bare_countries(doc, table)
    for ent in doc.ents:
        for start, end, label in entity_parts(ent, text):
            table.add_entity(start, end, label)
    untagged_names(doc, table)
    misread_names(doc, table)
    add_surnames(table)
    bare_possessives(doc, table)
    anchor_agents(doc, table, list(doc.noun_chunks))
    group_entities(doc, table)
    return table


def mentions(text: str) -> dict[str, str]:
    """Each mention's words -> the name of its actor."""
    table = table_of(text)
    return {m.text: d.name for d in table.drafts.values() for m in d.mentions}


def actor_of(text: str, words: str) -> Any:
    return mentions(text).get(words)


# -- nationality, faith and party adjectives ----------------------------------------------------


def test_a_country_adjective_of_an_acting_body_is_the_country() -> None:
    text = "The Peruvian monarchy accused Chile of meddling in the vote."
    assert actor_of(text, "Peruvian") == "Peru"
    text = "Maria Lund said the plan depends on American support."
    assert actor_of(text, "American") == "United States"


def test_an_adjective_the_model_left_untagged_is_read_from_the_gazetteer() -> None:
    assert actor_of("The Bahraini monarchy criticised Egypt.", "Bahraini") == "Bahrain"


def test_an_adjective_the_model_took_for_a_person_is_the_country() -> None:
    assert actor_of("Egypt praised the Bahraini monarchy on Tuesday.", "Bahraini") == "Bahrain"


def test_the_adjective_is_no_alias_of_the_country() -> None:
    table = table_of("Ghana thanked donors for Nigerian aid and for the help of Nigeria.")
    nigeria = next(d for d in table.drafts.values() if d.name == "Nigeria")
    assert "Nigerian" not in nigeria.aliases
    assert {m.text for m in nigeria.mentions} == {"Nigerian", "Nigeria"}


def test_a_party_adjective_joins_the_plural_the_article_writes() -> None:
    table = table_of("Republicans praised Tom Reyes. Later Anna Cole mocked the Republican plans.")
    groups = [d for d in table.drafts.values() if d.name == "Republicans"]
    assert len(groups) == 1 and {m.text for m in groups[0].mentions} == {
        "Republicans",
        "Republican",
    }


def test_a_party_document_speaks_for_the_party() -> None:
    text = "The Tory manifesto attacked Ines Duarte over taxes."
    assert actor_of(text, "Tory") == "Tories"


def test_a_party_or_faith_adjective_is_its_people() -> None:
    text = "Senator Ruth Ames condemned the Republican convention's tone."
    assert actor_of(text, "Republican") == "Republicans"
    found = mentions("Hindu cow vigilantes have attacked traders from Karim Textiles.")
    assert found.get("Hindu") == "Hindus"


def test_coordinated_adjectives_each_name_their_own() -> None:
    found = mentions("British and French warplanes struck positions held by Omar Haddad.")
    assert found.get("British") == "United Kingdom" and found.get("French") == "France"


def test_a_party_or_faith_adjective_of_one_person_is_no_actor() -> None:
    assert actor_of("A Buddhist monk thanked Ines Duarte for the gift.", "Buddhist") is None


def test_an_adjective_in_a_title_or_a_name_is_no_actor() -> None:
    # a title before a named person: the person acts
    assert actor_of("Republican Senator Dana Whitfield opposed the nominee.", "Republican") is None
    # a state described by its faith is the state, not a people
    assert actor_of("He defended the Jewish state in the debate.", "Jewish") is None
    # one person described by nationality: left to agents and targets
    assert actor_of("Mona Ferri met an Austrian diplomat in Rome.", "Austrian") is None
    # no other actor in the sentence: set against nobody
    assert actor_of("Norwegian salmon exports rose sharply in March.", "Norwegian") is None


# -- acronyms ------------------------------------------------------------------------------------


def test_an_acronym_in_brackets_is_a_mention_of_the_name_before_it() -> None:
    text = "Lea Novak, head of the Baltic Fisheries Board (BFB), criticised the quota."
    table = ActorTable(text)
    start = text.index("Baltic")
    key = table.add_entity(start, start + len("Baltic Fisheries Board"), "ORG")
    acronym = text.index("BFB")
    assert key is not None and table.key_at(acronym, acronym + 3, exact=True) == key
    assert "BFB" in table.draft(key).aliases


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        ("Ivo Marsh said he no longer trusts KVB after the vote.", "KVB"),  # an object
        ("Tom Hale, who works at PNRA, praised the mayor.", "PNRA"),  # object of a preposition
    ],
)
def test_an_untagged_acronym_taking_part_is_an_organisation(text: str, acronym: str) -> None:
    table = table_of(text)
    found = [d for d in table.drafts.values() if any(m.text == acronym for m in d.mentions)]
    assert len(found) == 1 and found[0].type == "Organization"


def test_acronyms_of_things_and_times_are_no_actors() -> None:
    found = mentions("The CEO of Dunmore Mills spoke about GDP at 9 AM ET, Paula Reyes said.")
    assert not {"CEO", "GDP", "AM", "ET"} & set(found)


# -- possessives that lost their apostrophe, of names found nowhere else --------------------------


def test_a_possessive_without_apostrophe_names_its_owner() -> None:
    found = mentions("Critics say Okonkwos proposal is too costly.")
    assert found.get("Okonkwo") == "Okonkwo"
    found = mentions("Tom Hale said that KTVs report misled viewers.")
    assert found.get("KTV") == "KTV"


def test_plurals_and_names_in_s_are_no_possessives() -> None:
    found = mentions("Teachers unions criticised Tom Hale on Friday.")
    assert not {"Teacher", "Teachers"} & set(found)
    found = mentions("Tom Hale said Mondays meeting would be short.")
    assert not {"Monday", "Mondays"} & set(found)
    found = mentions("Ana Ruiz said the Mets fans cheered Tom Hale.")
    assert not {"Met", "Mets"} & set(found) or found.get("Mets") == "Mets"


# -- names the tagger read as common nouns -------------------------------------------------------


def test_a_name_read_as_a_common_noun_is_a_person_where_it_speaks_or_is_acted_on() -> None:
    assert actor_of("Dunnage said the plan would fail.", "Dunnage") == "Dunnage"
    assert actor_of("The mayor thanked Dunnage for the help.", "Dunnage") == "Dunnage"


def test_common_nouns_and_nobody_are_no_names() -> None:
    people = {d.name for d in table_of("Police said the road was closed.").drafts.values()}
    assert "Police" not in people
    assert actor_of("Nobody said the plan would fail, Ana Ruiz said.", "Nobody") is None


def test_a_name_tagged_as_a_verb_is_a_name_where_the_parse_makes_it_a_subject() -> None:
    assert actor_of("Sweep on Monday signed a decree against Ana Ruiz.", "Sweep") == "Sweep"
