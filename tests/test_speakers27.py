"""Speakers named by description, by organ and by a plural pronoun (issue 13: attribution), on
sentences of our own.

Each test states one general pattern: a court or electoral body described ("the court", "the
top electoral court") in a story that names one body of that kind is that body, not the
country's judiciary; an organ of a named body ("the WHO secretariat") speaks for the body; a
plural "they" after a sentence whose main subject is no one ("Marches went on as farmers ...")
is the one people noun subject of a clause in it.
"""

from __future__ import annotations

from datetime import date

from graph.extract import Extractor
from graph.extract.contract import to_contract
from graph.model import Article, DateValue


def speakers(extractor: Extractor, text: str) -> list[tuple[str, str]]:
    pub = DateValue(date(2025, 3, 14), "stated")
    found = to_contract(extractor(Article("t", text, published=pub)))["quotes"]
    return sorted((q["speaker"], q["text"]) for q in found)


def test_the_court_is_the_one_court_the_story_names_before(extractor: Extractor) -> None:
    text = (
        "Farmers marched in the capital of Chile on Tuesday as the count dragged on. The "
        "Electoral Qualifying Tribunal reported it had reviewed 200 complaints. The court said "
        "it found no sign of organised fraud."
    )
    assert speakers(extractor, text) == [
        ("Electoral Qualifying Tribunal", "it found no sign of organised fraud"),
        ("Electoral Qualifying Tribunal", "it had reviewed 200 complaints"),
    ]


def test_a_described_electoral_court_is_the_body_named_after_it(extractor: Extractor) -> None:
    text = (
        "Peru's top electoral court rejected the last appeals on Friday. The National Jury of "
        "Elections said the count was final."
    )
    found = speakers(extractor, text)
    assert found == [("National Jury of Elections", "the count was final")]


def test_with_two_courts_named_the_court_stays_unresolved_to_either(
    extractor: Extractor,
) -> None:
    text = (
        "The Supreme Court of Chile and the Constitutional Tribunal both heard the case in "
        "March. The court said the law was void."
    )
    names = {s for s, _ in speakers(extractor, text)}
    assert not names & {"Supreme Court of Chile", "Constitutional Tribunal"}


def test_an_organ_of_a_named_body_speaks_for_the_body(extractor: Extractor) -> None:
    text = (
        "The World Health Organization secretariat in a statement said it regrets the decision "
        'by the ministry. "We urge a review," the secretariat added.'
    )
    assert speakers(extractor, text) == [
        ("World Health Organization", "We urge a review,"),
        ("World Health Organization", "it regrets the decision by the ministry"),
    ]


def test_they_is_the_people_noun_of_a_clause_when_the_main_subject_is_no_one(
    extractor: Extractor,
) -> None:
    text = (
        "Marches in the Polish capital went on as opposition supporters stepped up their "
        "campaign against the count. They say their candidate, Anna Nowak, was robbed of victory."
    )
    assert speakers(extractor, text) == [
        ("opposition supporters", "their candidate, Anna Nowak, was robbed of victory")
    ]


def test_they_is_not_a_clause_subject_when_the_main_subject_is_an_actor(
    extractor: Extractor,
) -> None:
    text = (
        "Poland's government rejected the appeal as protesters gathered outside. They said the "
        "ruling was final."
    )
    assert all(s != "protesters" for s, _ in speakers(extractor, text))


def test_a_name_before_an_aside_speaks_when_the_parse_leaves_the_verb_without_subject(
    extractor: Extractor,
) -> None:
    text = (
        "The opposition's Paul Marie Kessy said the vote had been \"stolen\".\n\n"
        "“They say they will not accept this result at all,”  the BBC’s Anna Holt, reporting "
        "from the capital Lome, said."
    )
    assert ("Anna Holt", "They say they will not accept this result at all,") in speakers(
        extractor, text
    )


def test_a_place_before_an_aside_is_no_speaker(extractor: Extractor) -> None:
    text = "In Lome, crowds gathered. “We will wait,” the mayor, reporting to the council, said."
    assert all(s != "Lome" for s, _ in speakers(extractor, text))


def test_an_organ_after_a_long_body_name_speaks_for_the_body(extractor: Extractor) -> None:
    text = (
        "In Geneva, the Organization of Petroleum Exporting Countries secretariat in a statement "
        'said it "regrets the decision by the ministry."'
    )
    assert [s for s, _ in speakers(extractor, text)] == [
        "Organization of Petroleum Exporting Countries"
    ]


def test_they_after_a_number_of_unions_is_those_unions(extractor: Extractor) -> None:
    text = (
        "Three of Alberta's five largest nurses' unions are holding strike votes as they "
        "bargain with the province for new contracts. They all said Friday that they were "
        "ready for arbitration."
    )
    assert speakers(extractor, text) == [
        ("Alberta's five largest nurses' unions", "they were ready for arbitration")
    ]


def test_they_inside_a_relative_clause_is_the_main_subject_people(extractor: Extractor) -> None:
    text = (
        "The vote was a test for Chad. But international monitors sharply criticised the conduct "
        "of the poll, which they said was marred by widespread fraud."
    )
    assert [s for s, _ in speakers(extractor, text)] == ["international monitors"]


def test_a_body_relays_what_its_own_people_reported(extractor: Extractor) -> None:
    text = (
        "Meanwhile, the Alberta Nurses' Association says its members have reported that about "
        "30 per cent of shifts go unfilled."
    )
    assert [s for s, _ in speakers(extractor, text)] == ["Alberta Nurses' Association"]


def test_someone_elses_people_inside_a_report_keep_their_words(extractor: Extractor) -> None:
    text = "Ana Ruiz said the union's lawyers told her the case was closed."
    assert "Ana Ruiz" in [s for s, _ in speakers(extractor, text)]


def test_a_leads_indefinite_description_is_the_person_named_next(extractor: Extractor) -> None:
    text = (
        "A Chilean presidential candidate who is likely to lose the runoff against her rival has "
        "led a protest in the capital, calling again for the annulment of votes that do not "
        "favour her.\n\n“If the jury analyses this, the result will be flipped,” Ana Ruiz told "
        "thousands of supporters on Saturday."
    )
    assert {s for s, _ in speakers(extractor, text)} == {"Ana Ruiz"}


def test_a_leads_description_that_reports_is_not_the_person_named_next(
    extractor: Extractor,
) -> None:
    text = "A police officer said Tuesday that a suspect was arrested.\n\nTom Reyes, 45, faces charges."
    assert [s for s, _ in speakers(extractor, text)] == ["police officer"]
