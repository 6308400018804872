"""Words addressed to a court ("told court", "said in court") were said on the day of the one
court sitting the story dates (issue 13: dates); the addressee the parser glued to the clause's
first name ("told court Moss had repaid") is not part of what was said. Sentences of our own.
"""

from __future__ import annotations

from datetime import date

from graph.extract import Extractor
from graph.extract.contract import to_contract
from graph.model import Article, DateValue

FRIDAY = date(2025, 3, 14)


def dated(extractor: Extractor, text: str) -> list[tuple[str, str | None]]:
    pub = DateValue(FRIDAY, "stated")
    found = to_contract(extractor(Article("t", text, published=pub)))["quotes"]
    return sorted((q["text"], q["said_on"]) for q in found)


HEARING = (
    "Former accountant Ray Moss will find out Monday how long he will spend in prison for "
    "fraud.\n\nAfter hearing submissions from the Crown and the defence Tuesday, Justice Lena "
    "Park put off her decision until March 24.\n\n"
)


def test_words_told_to_court_take_the_day_of_the_hearing(extractor: Extractor) -> None:
    text = HEARING + '"This was a breach of trust," Crown attorney Omar Haddad told court.'
    assert dated(extractor, text) == [("This was a breach of trust,", "2025-03-11")]


def test_the_addressee_glued_to_a_name_is_not_what_was_said(extractor: Extractor) -> None:
    text = HEARING + "Defence lawyer Jane Wu spoke next. She told court Moss had repaid the money."
    assert dated(extractor, text) == [("Moss had repaid the money", "2025-03-11")]


def test_two_dated_sittings_date_nothing(extractor: Extractor) -> None:
    text = (
        "A murder trial in Red Deer is nearing its end.\n\nThe jury heard testimony on Monday, "
        "and the defence made its arguments on Wednesday.\n\n"
        '"He was never there," defence lawyer Jane Wu told the jury.'
    )
    assert dated(extractor, text) == [("He was never there,", None)]


def test_words_not_addressed_to_a_sitting_stay_undated(extractor: Extractor) -> None:
    text = HEARING + '"We will appeal," defence lawyer Jane Wu said.'
    assert dated(extractor, text) == [("We will appeal,", None)]


def test_words_told_to_council_take_the_day_of_the_council_sitting(extractor: Extractor) -> None:
    text = (
        "Toronto's council spent the day on housing.\n\nIn a series of motions Tuesday, a "
        "majority of councillors urged the province to drop the bill.\n\n"
        "“We are being asked to be complicit,” Coun. Ana Ruiz told council colleagues."
    )
    assert ("We are being asked to be complicit,", "2025-03-11") in dated(extractor, text)
