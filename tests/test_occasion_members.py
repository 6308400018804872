"""A body's own spokesperson, speaking right after the body's dated words, speaks on that day,
not on the day the story leads with. Sentences are our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from graph.extract import Extractor
from graph.model import DateValue
from tests.said import said

_THURSDAY = DateValue(date(2025, 10, 16), "stated")
_LEAD = (
    "Opposition leader Tom Reed on Monday declared himself the winner of the presidential "
    'election, saying "our victory is clear."\n\n'
    "Without naming Reed, the ruling Civic Front (CF) on Tuesday condemned the self-declared "
    'victory as a "grotesque hoax," adding that only the court could proclaim results.\n\n'
)


@pytest.mark.parametrize("title", ["CF spokesperson", "Civic Front chairman"])
def test_the_spokesperson_after_the_body_speaks_on_its_day(
    extractor: Extractor, title: str
) -> None:
    text = _LEAD + f'It is "an inadmissible act," {title} Ana Soto said in a statement.\n'
    found = said(extractor, text, published=_THURSDAY)
    assert found[-1][0] == "Ana Soto"
    assert found[-1][1].said_on.iso == "2025-10-14"


def test_someone_of_no_title_keeps_the_usual_rules(extractor: Extractor) -> None:
    text = _LEAD + 'It is "an inadmissible act," analyst Ana Soto said in a statement.\n'
    found = said(extractor, text, published=_THURSDAY)
    assert found[-1][1].said_on.iso != "2025-10-14"
