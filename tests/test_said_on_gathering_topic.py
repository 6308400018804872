"""A gathering talked about is not the gathering words were said at (issue 13).

"On Sunday, X quit in a statement, breaking his silence over his meeting with Y in May": the
meeting is what X spoke of, so other speakers quoted after X are not at a Sunday meeting; the
league's words after it stay on the day of the league's own occasion. Our own sentences; the
publication day is Friday 2025-03-14.
"""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.said import dated_openings as dated

TEXT = (
    "The Lakeside Rowing Club on Monday rejected claims of bias made by Ivo Ruiz when he quit "
    "the national crew.\n\n"
    "On Sunday, Ruiz announced his exit in a statement, breaking his silence {topic} with club "
    "president Hana Berg in January.\n\n"
    "“I was never backed when it mattered,” wrote Ruiz.\n\n"
    "The club said it regretted his decision to leave the crew.\n"
)


@pytest.mark.parametrize("topic", ["over his meeting", "about his meeting"])
def test_a_meeting_spoken_of_is_no_occasion_for_later_speakers(
    extractor: Extractor, topic: str
) -> None:
    found = dated(extractor, TEXT.format(topic=topic))
    assert found["I was never "] == "2025-03-09"  # Ruiz's statement of Sunday
    assert found["it regretted"] != "2025-03-09", found  # not at a Sunday meeting


def test_a_meeting_held_on_the_day_still_dates_the_speakers_after_it(
    extractor: Extractor,
) -> None:
    """The guard: a meeting the dated sentence tells was held that day is the occasion."""
    text = (
        "Ivo Ruiz used a meeting with club officials on Sunday to announce his exit.\n\n"
        "“I was never backed when it mattered,” Ruiz said.\n\n"
        "“We regret his decision,” club president Hana Berg said.\n"
    )
    found = dated(extractor, text)
    assert found == {"I was never ": "2025-03-09", "We regret hi": "2025-03-09"}, found
