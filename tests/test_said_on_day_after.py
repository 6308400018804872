"""'the day after' an event told in a clause is counted from that event, not from the last day
the text named (issue 13: never invent a date). Our own sentences; published Friday 2025-03-14.
"""

from __future__ import annotations

from graph.extract import Extractor
from graph.extract.dates import find_dates
from tests.said import dated_openings as dated


def test_the_day_after_a_clause_is_not_counted_from_today(extractor: Extractor) -> None:
    text = (
        "The mayor's spokesman said today that the march was lawful.\n\n"
        "“Nobody was hurt,” Ana Ruiz said the day after thousands marched through the capital."
    )
    assert dated(extractor, text).get("Nobody was h") != "2025-03-15"


def test_the_day_after_standing_alone_is_counted() -> None:
    found = find_dates("Ana Ruiz sued on March 3. The day after, she spoke.", None, year=2025)
    assert [(m.text, m.value.iso) for m in found][-1] == ("The day after", "2025-03-04")


def test_the_day_after_that_is_counted() -> None:
    found = find_dates(
        "The court ruled on March 3. The day after that, she spoke.", None, year=2025
    )
    assert [(m.text, m.value.iso) for m in found][-1] == ("The day after", "2025-03-04")
