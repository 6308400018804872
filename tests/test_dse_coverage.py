"""Actor mentions news sentences name in ways the tagger misses (own sentences)."""

from __future__ import annotations

from graph.extract import Extractor
from graph.extract.actors import ActorTable
from graph.extract.untagged import group_entities
from graph.model import Article, Extraction


def mentions(result: Extraction) -> dict[str, list[str]]:
    return {a.name: [m.text for m in a.mentions] for a in result.actors}


def test_an_outlet_possessive_before_its_reporter_is_an_organisation(
    extractor: Extractor,
) -> None:
    text = "As Morning Gazettes Maria Castellano reported, Dunmore rejected the offer."
    found = mentions(extractor(Article("t", text)))
    assert found["Morning Gazette"] == ["Morning Gazette"]
    assert found["Maria Castellano"] == ["Maria Castellano"]


def test_an_acronym_possessive_before_a_person(extractor: Extractor) -> None:
    found = mentions(extractor(Article("t", "Later, KNTVs Paul Ostrander asked the mayor.")))
    assert found.get("KNTV") == ["KNTV"]


def test_a_title_or_a_day_before_a_name_is_no_organisation(extractor: Extractor) -> None:
    text = (
        "The board heard from Senators Mark Hollis and Jane Arden. On Fridays Ana Ruiz met them."
        " Perhaps Tom Wexler will chair it."
    )
    found = mentions(extractor(Article("t", text)))
    assert not {"Senator", "Friday", "Perhap", "Perhaps"} & set(found)


def test_a_surname_tagged_as_a_plural_with_a_who_clause(extractor: Extractor) -> None:
    text = "Jennings, who leads the budget panel, attacked the governor over the cuts."
    found = mentions(extractor(Article("t", text)))
    assert found.get("Jennings") == ["Jennings"]


def test_plural_roles_with_a_who_clause_stay_no_person(extractor: Extractor) -> None:
    text = "Officials, who asked not to be named, criticised the governor over the cuts."
    result = extractor(Article("t", text))
    assert all(a.type != "Person" or a.name != "Officials" for a in result.actors)


def test_a_nationality_on_a_compound_of_participants(extractor: Extractor) -> None:
    # The parse hangs "Yemeni" on "government", a compound of the soldiers who are targeted.
    text = (
        "Houthi militias continue to stage raids targeting Yemeni government soldiers and "
        "officials in the port city of Mukalla."
    )
    (doc,) = extractor.pipeline.parse([text])
    table = ActorTable(text)
    for ent in doc.ents:
        table.add_entity(ent.start_char, ent.end_char, ent.label_)
    group_entities(doc, table)
    start = text.index("Yemeni")
    key = table.key_at(start, start + len("Yemeni"))
    assert key is not None and table.draft(key).name == "Yemen"


def test_a_nationality_on_one_person_described_stays_none(extractor: Extractor) -> None:
    text = "Police in Oslo arrested an Iranian government official, Jon Berg said."
    assert "Iran" not in mentions(extractor(Article("t", text)))
