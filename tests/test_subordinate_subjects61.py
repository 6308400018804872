"""A report after "after", "before" or "since" whose subject the parser took for the
preposition's object, a time phrase between them, is still the subject's (session 61; own
sentences)."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.said import said_texts


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (
            "The ruling came after Chile last week said it had withdrawn from the treaty.",
            "Chile",
            "it had withdrawn from the treaty",
        ),
        (
            "Shares fell sharply after Acme Corp late on Friday said its profits would halve.",
            "Acme Corp",
            "its profits would halve",
        ),
    ],
)
def test_the_object_of_after_speaks(
    extractor: Extractor, text: str, speaker: str, words: str
) -> None:
    assert (speaker, words) in said_texts(extractor, text)


def test_a_plain_after_phrase_speaks_for_nobody(extractor: Extractor) -> None:
    text = "After the vote, officials from the board said the count was complete."
    assert all(speaker != "vote" for speaker, _ in said_texts(extractor, text))


def test_an_aside_between_dashes_after_the_reported_subject(extractor: Extractor) -> None:
    text = (
        "The Northern League fined Ana Ruiz on Thursday. The league said Ana Ruiz — who, as "
        "mayor of the city, is the club's owner — violated rules on criticism of referees."
    )
    found = said_texts(extractor, text)
    assert {speaker for speaker, _ in found} == {"Northern League"}
    assert any(words.startswith("Ana Ruiz — who") and "violated" in words for _, words in found)


@pytest.mark.parametrize(
    "text",
    [
        "Protesters decried the cuts as an assault on the poor and said the cuts were unfair.",
        "Protesters, mostly from the Harbour Workers Union, marched to the office and said the "
        "cuts were unfair.",
    ],
)
def test_people_who_act_and_then_say_speak(extractor: Extractor, text: str) -> None:
    assert ("Protesters", "the cuts were unfair") in said_texts(extractor, text)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Marco Lind stepped down as party leader on Monday saying he wanted to rest.",
         "Marco Lind"),
        ("Ana Ruiz quit as coach after the defeat saying she had no regrets.", "Ana Ruiz"),
    ],
)  # fmt: skip
def test_a_participle_after_as_or_after_is_the_subjects(
    extractor: Extractor, text: str, speaker: str
) -> None:
    assert {name for name, _ in said_texts(extractor, text)} == {speaker}


def test_a_report_with_a_subject_of_its_own_is_not_the_first_subjects(
    extractor: Extractor,
) -> None:
    text = "Farmers blocked the roads, and police said the protest was illegal."
    assert {name for name, _ in said_texts(extractor, text)} == {"police"}
