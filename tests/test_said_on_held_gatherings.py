"""Words of someone who held a dated gathering are said there (issue 13: statements on one
occasion share its date).

"On Wednesday, lawyer Ana Ruiz held a news conference ..." and then her undated words: that
day, until another speaker is quoted or she is dated otherwise. Our own sentences; published
Friday 2025-03-14.
"""

from __future__ import annotations

from graph.extract import Extractor
from tests.said import dated_openings as dated

TEXT = (
    "The council plans to close the depot.\n\n"
    "On Wednesday, city lawyer and former mayor Ana Ruiz held a news conference at city hall "
    "laying out the case against the closure.\n\n"
    "“The vote ignores the workers,” Ruiz said.\n\n"
    "Council officials have said the depot loses money.\n\n"
    "“Nobody asked us,” depot manager Tom Hale said.\n\n"
    "“We will keep fighting,” Ruiz said.\n"
)


def test_the_holders_words_after_a_dated_gathering_are_of_that_day(
    extractor: Extractor,
) -> None:
    assert dated(extractor, TEXT)["The vote ign"] == "2025-03-12"


def test_after_another_speaker_the_gathering_is_over(extractor: Extractor) -> None:
    found = dated(extractor, TEXT)
    assert found["We will keep"] is None, found
    assert found["Nobody asked"] is None, found


def test_a_day_of_another_clause_is_not_the_gatherings(extractor: Extractor) -> None:
    """ "held a news conference to announce that the vote would be on April 20": no day of it."""
    text = (
        "The council plans to close the depot.\n\n"
        "Mayor Ana Ruiz held a news conference to announce that the vote would take place on "
        "April 20.\n\n"
        "“The vote ignores the workers,” Ruiz said.\n"
    )
    assert dated(extractor, text)["The vote ign"] is None
