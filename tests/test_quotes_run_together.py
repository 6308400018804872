"""Two reports by one speaker run together, where the parser hangs the second one wrongly
(issue 13). Sentences are our own.

"X noted that A but said B": the parser may join "said" to the copula of A, inside the first
report; "X said A and warned that C" may join "warned" to A's verb; and "X rejected the plan,
said B and warned C" may leave "said" unlabelled under "rejected". The second reports are
X's. A conjunct with an agent of its own in the reported clause ("said officials counted the
votes and declared ...") stays that agent's. "..., adding
that ..." is the speaker's next report even when the first is about officers. A programme
named "Today" dates nothing.
"""

from __future__ import annotations

from datetime import date

import pytest

from graph.extract import Extractor
from graph.model import Article, DateValue
from tests.test_quotes_unseen12 import statements


@pytest.mark.parametrize(
    ("text", "speaker", "first", "second"),
    [
        (
            "Monitors from the Nordic Council noted that the tallying was slow but said there "
            "was no sign of organised cheating.",
            "Nordic Council",
            "the tallying was slow",
            "there was no sign of organised cheating",
        ),
        (
            "Governor Lise Achterberg conceded that the roads were flooded and said crews would "
            "work through the night.",
            "Lise Achterberg",
            "the roads were flooded",
            "crews would work through the night",
        ),
        (
            "Pia Sandoval rejected the proposal, said it was unaffordable and warned that it "
            "would raise taxes.",
            "Pia Sandoval",
            "it was unaffordable",
            "it would raise taxes",
        ),
        (
            "Councillor Ferris Obi criticised the merger, said it would cut jobs and warned that "
            "fares would rise.",
            "Ferris Obi",
            "it would cut jobs",
            "fares would rise",
        ),
    ],
)
def test_the_second_of_two_reports_is_the_same_speakers(
    extractor: Extractor, text: str, speaker: str, first: str, second: str
) -> None:
    found = statements(extractor, text)
    assert (first, second) == tuple(words for _, words in found)
    assert all(speaker in name for name, _ in found)


def test_a_conjunct_with_an_agent_in_the_clause_is_not_moved(extractor: Extractor) -> None:
    found = statements(
        extractor,
        "Inspector Mara Okonjo said the clerks counted the ballots and announced the totals at "
        "noon.",
    )
    assert found == [
        ("Mara Okonjo", "the clerks counted the ballots and announced the totals at noon")
    ]


def test_adding_that_is_a_second_report_whoever_the_first_is_about(
    extractor: Extractor,
) -> None:
    found = statements(
        extractor,
        "Police spokesman Tomas Okafor said officers had sealed off the harbour, adding that "
        "nine people had been treated for smoke.",
    )
    assert found == [
        ("Tomas Okafor", "officers had sealed off the harbour"),
        ("Tomas Okafor", "nine people had been treated for smoke"),
    ]


def test_a_programme_named_today_dates_nothing(extractor: Extractor) -> None:
    article = Article(
        "t",
        "Speaking to BBC Radio 4's Today programme, Transport Minister Ola Brandt said the "
        "strike was unjustified.",
        published=DateValue(date(2025, 3, 14), "stated"),
    )
    (quote,) = extractor(article).quotes
    assert quote.said_on.value is None


def test_the_aged_description_speaks_though_parsed_as_a_noun_phrase(
    extractor: Extractor,
) -> None:
    found = statements(
        extractor,
        'Union leader Ines Calder, 61, was arrested on Sunday.\n\n"We will not be '
        'intimidated," the 61-year-old told supporters.',
    )
    assert found == [("Ines Calder", "We will not be intimidated,")]
