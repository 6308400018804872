"""The day of words a dated document holds, where the parse hangs the date on its author.

"according to a statement by the Grain Traders Association released on Wednesday": the parser
hangs "released" on the association (the nearest noun), but what was released is the statement,
so Wednesday is the day of the words, and of what "the statement" says further down. Only verbs
of issuing carry the day over ("a letter by a farmer arrested on Monday" dates the arrest).
Sentences of our own; the publication day is Friday 2025-03-14.
"""

from __future__ import annotations

from datetime import date

from graph.extract import Extractor
from graph.extract.contract import to_contract
from graph.model import Article, DateValue


def dated(extractor: Extractor, text: str) -> list[tuple[str, str | None]]:
    pub = DateValue(date(2025, 3, 14), "stated")
    result = to_contract(extractor(Article("t", text, published=pub)))
    return [(q["text"][:20], q["said_on"]) for q in result["quotes"]]


LEAD = (
    "Farmers were able to sell their grain freely, but the largest buyer enjoyed an "
    '"unfair advantage," according to a statement by the Grain Traders Association released '
    "on Wednesday."
)


def test_a_statement_released_by_its_author_on_a_day_dates_the_words(
    extractor: Extractor,
) -> None:
    assert dated(extractor, LEAD) == [("Farmers were able to", "2025-03-12")]


def test_what_the_statement_says_further_down_is_of_its_day(extractor: Extractor) -> None:
    text = (
        f"{LEAD}\n\nThe association said in the statement that prices had doubled. "
        '"Small growers cannot compete," the statement said.\n\n'
        "Smaller buyers also faced pressure, according to the statement."
    )
    assert [day for _, day in dated(extractor, text)] == ["2025-03-12"] * 4


def test_a_report_published_on_a_day_the_tagger_read_as_a_past_tense(
    extractor: Extractor,
) -> None:
    text = (
        "Exports grew strongly, according to a report by the Federal Trade Office published "
        "on Tuesday."
    )
    assert dated(extractor, text) == [("Exports grew strongl", "2025-03-11")]


def test_the_day_of_what_befell_the_author_is_not_the_day_of_the_words(
    extractor: Extractor,
) -> None:
    text = "Prices rose sharply, according to a letter by a Bremen farmer arrested on Monday."
    assert [day for _, day in dated(extractor, text)] == [None]


def test_a_person_sent_somewhere_on_a_day_dates_no_document(extractor: Extractor) -> None:
    # only verbs of putting a document out carry the day over: "posted", "sent", "signed" tell
    # of people as often
    text = "According to a statement by a diplomat posted to Lilongwe on Thursday, the talks failed."
    assert [day for _, day in dated(extractor, text)] == [None]
