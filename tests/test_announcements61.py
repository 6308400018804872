"""A dated "the announcement was made ..." dates the statements reported before it in its
paragraph; an announcement still to come dates nothing (session 61; own sentences)."""

from __future__ import annotations

from graph.extract import Extractor
from tests.said import dated_openings as _days  # published Friday 2025-03-14


def test_the_announcement_dates_the_words_before_it(extractor: Extractor) -> None:
    text = (
        "The dockers' union said the strike would go on, but added that it was open to talks. "
        "The announcement was made by the union's secretary on Tuesday.\n"
    )
    days = _days(extractor, text)
    assert days["the strike w"] == "2025-03-11"
    assert days["it was open "] == "2025-03-11"


def test_the_comments_came_on_a_day(extractor: Extractor) -> None:
    text = (
        "Mayor Ana Ruiz said the bridge would close for repairs. The comments came on Wednesday "
        "during a visit to the harbour.\n"
    )
    assert _days(extractor, text)["the bridge w"] == "2025-03-12"


def test_an_announcement_to_come_dates_nothing(extractor: Extractor) -> None:
    text = (
        "Premier Tom Berg has hinted for weeks that he would soon make a transport announcement. "
        "He will make that announcement later this morning at the party conference.\n"
    )
    days = _days(extractor, text)
    assert days["he would soo"] != "2025-03-14"


def test_another_statement_dates_nothing_before_it(extractor: Extractor) -> None:
    text = (
        "The dockers' union said the strike would go on. A statement was issued by the port "
        "authority on Tuesday.\n"
    )
    assert _days(extractor, text)["the strike w"] != "2025-03-11"
