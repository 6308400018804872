"""Quote attribution on news no rule was written against (issue 13): constructions, each shown
through the whole extraction on sentences of our own.

A promise or a request reported in an infinitive ("vowed to ...", "appealed to X to ...");
"according to" a document whose owner is named ("the commission's report"), and a report
with a speaker of its own that "according to" only passes on ("X said ..., according to Y").
"""

from __future__ import annotations

from datetime import date

import pytest

from graph.extract import Extractor
from graph.model import Article, DateValue


def statements(extractor: Extractor, text: str) -> list[tuple[str, str]]:
    """(speaker's name, the statement's text) for each statement, in text order."""
    article = Article("t", text, published=DateValue(date(2025, 3, 14), "stated"))
    result = extractor(article)
    quotes = sorted(result.quotes, key=lambda q: q.span.start)
    return [(result.actor(q.speaker).name, q.text) for q in quotes]


# -- a promise or a request in an infinitive ---------------------------------------------------
@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (
            "Opposition leader Tomas Verhaar vowed to keep fighting until every ballot was "
            "counted again.",
            "Tomas Verhaar",
            "keep fighting until every ballot was counted again",
        ),
        (
            "Harbour master Ivo Lund pledged to reopen the channel before the end of the week.",
            "Ivo Lund",
            "reopen the channel before the end of the week",
        ),
        (
            "Mayor Ina Kovac appealed to residents to stay calm while the count goes on.",
            "Ina Kovac",
            "residents to stay calm while the count goes on",
        ),
        (
            "The board chairman, Paul Ndembe, instructed officials to suspend the count in three "
            "districts.",
            "Paul Ndembe",
            "officials to suspend the count in three districts",
        ),
    ],
)
def test_a_promise_or_a_request_in_an_infinitive_is_reported(
    extractor: Extractor, text: str, speaker: str, words: str
) -> None:
    ((who, said),) = statements(extractor, text)
    assert who == speaker
    assert words in said


@pytest.mark.parametrize(
    "text",
    [
        # an act, not words: a threat to act, an agreement, a decision
        "The federation of rowing clubs threatened to take legal action over the new rules.",
        "Marta Olsen agreed to pause the works on the bridge for a month.",
        # a promise of a thing, no infinitive; an appeal in court
        "Marta Olsen promised a full review of the bridge works.",
        "Marta Olsen appealed the ruling on the bridge works.",
    ],
)
def test_an_act_or_a_thing_promised_is_no_report(extractor: Extractor, text: str) -> None:
    assert statements(extractor, text) == []


def test_a_statement_calling_for_a_thing_says_what_it_demanded(extractor: Extractor) -> None:
    text = (
        "The harbour union issued a statement on Thursday, calling for the release "
        "of the survey and an independent audit."
    )
    ((_, said),) = statements(extractor, text)
    assert said.startswith("the release of the survey")


@pytest.mark.parametrize(
    "text",
    [
        # a demand the writer sums up, in a finite verb
        "Marta Olsen called for the release of the survey.",
        # a verb that says the act did not happen
        "The council's motion stopped short of calling for an immediate halt to the works.",
        # a participle of time, not a report's content
        "After calling for talks with the ferry crews, Marta Olsen left for the capital.",
    ],
)
def test_a_demand_summed_up_or_not_made_is_no_report(extractor: Extractor, text: str) -> None:
    assert statements(extractor, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Marta Olsen questioned why the ferry company had not published the survey.",
        "Marta Olsen asked whether the survey of the bridge was finished.",
    ],
)
def test_a_question_asked_states_nothing(extractor: Extractor, text: str) -> None:
    assert statements(extractor, text) == []


def test_a_request_is_still_reported(extractor: Extractor) -> None:
    text = "Marta Olsen asked the ferry company to publish the survey of the bridge."
    ((_, said),) = statements(extractor, text)
    assert "to publish the survey" in said


# -- "according to" a document its owner made --------------------------------------------------
def test_according_to_an_owned_document_is_its_owners_word(extractor: Extractor) -> None:
    text = (
        "The Lorvanian Red Cross sent teams north on Sunday. According to the Red Cross's "
        "latest tally, 14 people were hurt in the floods."
    )
    ((who, said),) = statements(extractor, text)
    assert "Red Cross" in who
    assert said.startswith("14 people were hurt")


def test_according_to_inside_a_relative_clause_gives_what_the_clause_says(
    extractor: Extractor,
) -> None:
    text = (
        "The board fined the ferry company for its new ticket model, which, according to the "
        "regulator, breaks the law on fair prices."
    )
    ((_, said),) = statements(extractor, text)
    assert said == "breaks the law on fair prices"


@pytest.mark.parametrize(
    ("source", "speaker"), [("a police report", "police"), ("media reports", "media")]
)
def test_according_to_a_document_named_by_its_maker(
    extractor: Extractor, source: str, speaker: str
) -> None:
    text = f"Two ferries ran aground in the fog near the harbour, according to {source}."
    ((who, said),) = statements(extractor, text)
    assert who.lower() == speaker
    assert said == "Two ferries ran aground in the fog near the harbour"


@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors said that as head of the ring, Lind ran the largest smuggling network in "
        "the region, according to the Harbour Gazette.",
        "According to the Harbour Gazette, prosecutors said Lind ran the largest smuggling "
        "network in the region.",
    ],
)
def test_a_report_passed_on_by_according_to_is_its_speakers(
    extractor: Extractor, text: str
) -> None:
    ((who, said),) = statements(extractor, text)
    assert who.lower() == "prosecutors"
    assert "Lind ran the largest smuggling network" in said


def test_according_to_a_source_of_plain_words_still_speaks(extractor: Extractor) -> None:
    text = "Nine people were hurt in the blast at the depot, according to rescuers."
    assert statements(extractor, text) == [
        ("rescuers", "Nine people were hurt in the blast at the depot")
    ]
