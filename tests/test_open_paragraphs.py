"""A quotation left open at a paragraph's end, going on in the next paragraph, is the words of
the speaker named where it ends below, even when the paragraph before reported someone else
(issue 13.1); a report in the present perfect takes no day of a verb it is joined to ("came
third on October 10 and has alleged", issue 13.2). Sentences are our own."""

from __future__ import annotations

from datetime import date

from graph.extract import Extractor
from graph.model import Article, DateValue
from tests.said import said


def speakers(extractor: Extractor, text: str) -> list[tuple[str, str]]:
    return [(name, q.span.text[:12]) for name, q in said(extractor, text)]


def test_an_open_paragraph_is_the_one_named_below(extractor: Extractor) -> None:
    text = (
        "The case was brought by Green Party leader Ana Ruiz, who has alleged that ballots "
        "were stuffed.\n\n"
        '"The party has rested its case and we, the commission, will now answer.\n\n'
        '"So within days we hope there can be a ruling," Tom Berg, a lawyer for the '
        "commission, said.\n"
    )
    assert speakers(extractor, text) == [
        ("Ana Ruiz", "ballots were"),
        ("Tom Berg", "The party ha"),
        ("Tom Berg", "So within da"),
    ]


def test_an_open_paragraph_with_no_one_named_below_goes_on(extractor: Extractor) -> None:
    text = (
        'Ana Ruiz, the Green Party leader, said: "We have rested our case.\n\n'
        '"A ruling will come within days."\n'
    )
    assert [s for s, _ in speakers(extractor, text)] == ["Ana Ruiz", "Ana Ruiz"]


def _dates(extractor: Extractor, text: str) -> list[date | None]:
    published = DateValue(date(2024, 11, 2), "stated")
    return [q.said_on.value for q in extractor(Article("t", text, published=published)).quotes]


def test_a_present_perfect_report_takes_no_day_of_a_joined_verb(extractor: Extractor) -> None:
    text = (
        "The count is not over yet.\n\n"
        "The complaint was filed by Ana Ruiz, who came third on October 10 and has alleged that "
        "ballots were stuffed.\n"
    )
    assert _dates(extractor, text) == [None]


def test_a_past_report_shares_the_day_of_a_joined_verb(extractor: Extractor) -> None:
    text = (
        "The count is not over yet.\n\n"
        "Ana Ruiz came third on October 10 and said that ballots were stuffed.\n"
    )
    assert _dates(extractor, text) == [date(2024, 10, 10)]


def test_a_present_perfect_lead_keeps_the_day_of_its_occasion(extractor: Extractor) -> None:
    text = (
        "Norland's president Ivo Marek has won re-election with 70% of the vote, final results "
        "from the supreme court showed on Tuesday.\n\n"
        '"This ruling is final," the head of the court, Tom Berg, said at a press conference.\n'
    )
    assert _dates(extractor, text) == [date(2024, 10, 29)]
