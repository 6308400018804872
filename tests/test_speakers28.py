"""Speakers the parser loses in long subjects (issue 13: attribution), on sentences of our own.

Each test states one general pattern: a name whose apposition and relative clause leave the
parser with no main verb still speaks the past-tense verb after them; a second "which" clause
of a body ("which held a news conference to reiterate ...") speaks for that body; a "which"
with a subject of its own after it ("which he said ...") is what was spoken of; a title the
parser reads as the subject, with its name as apposition, still lets the name conjoined to that
name speak ("both President A and French President B had released statements ..., asking");
a plural that is no speaker of its own ("some cities, including X, said") speaks through the
examples it names; a noun after the cue that "that" introduces is no speaker.
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


def test_a_root_name_speaks_the_verb_after_its_long_apposition(extractor: Extractor) -> None:
    text = (
        "Marlon Okafor was declared the winner of the vote on Sunday.\n\n"
        "Okafor, a former protege of ousted President Jean Dumas who enjoys wide support among "
        "the poor, called on followers to remove all roadblocks so people can get to work."
    )
    assert speakers(extractor, text) == [
        ("Marlon Okafor", "followers to remove all roadblocks so people can get to work"),
    ]


def test_a_second_which_clause_speaks_for_its_body(extractor: Extractor) -> None:
    text = (
        "The Arbor Council announced the count on Friday.\n\n"
        "The results were quickly rejected by the Arbor Council, which is responsible for "
        "certifying the results and which held a news conference to reiterate that Dana Vell "
        "had won."
    )
    assert ("Arbor Council", "Dana Vell had won") in speakers(extractor, text)


def test_who_clause_still_speaks_for_its_person(extractor: Extractor) -> None:
    text = "Ana Ruiz, who had questioned the judges and said she would never accept it, left."
    assert speakers(extractor, text) == [("Ana Ruiz", "she would never accept it")]


def test_which_before_another_subject_is_what_was_spoken_of(extractor: Extractor) -> None:
    text = (
        "Ivo Marek, 58, greeted his voters and mocked the Civic Bloc, which he said \"sees "
        "plots\" at every vote."
    )
    assert all(speaker != "Civic Bloc" for speaker, _ in speakers(extractor, text))


def test_a_second_titled_name_on_a_title_read_as_subject_speaks(extractor: Extractor) -> None:
    text = (
        "Nor did state television make any mention of the fact that both President Joe Biden "
        "and French President Emmanuel Macron had released statements hailing the winner, and "
        "asking Marek to concede."
    )
    assert [s for s, _ in speakers(extractor, text)] == ["Emmanuel Macron", "Joe Biden"]


def test_one_person_with_two_offices_is_one_speaker(extractor: Extractor) -> None:
    text = "Lina Sorel, chairman of Vexa and president of Orma, said the merger would go ahead."
    assert speakers(extractor, text) == [("Lina Sorel", "the merger would go ahead")]


def test_a_plural_of_places_speaks_through_its_named_examples(extractor: Extractor) -> None:
    text = "Several regions, including Kasora, said they would boycott the vote."
    assert speakers(extractor, text) == [("Kasora", "they would boycott the vote")]


def test_a_plural_of_people_speaks_for_its_examples(extractor: Extractor) -> None:
    text = "Monitors (including Canada and Chile) said the vote was unfair."
    assert speakers(extractor, text) == [("Monitors", "the vote was unfair")]


def test_a_that_clause_subject_after_the_cue_is_no_speaker(extractor: Extractor) -> None:
    text = (
        "Dr. Lina Sorel, an emergency doctor and Liberal MPP for Don Valley East, says that 13 "
        "different emergency departments in the"
    )
    assert [s for s, _ in speakers(extractor, text)] == ["Lina Sorel"]
