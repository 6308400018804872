"""A poll or survey is no one's words unless its maker is named (sentences of our own):
"..., according to the exit poll" gives no speaker (not the last person named); "according
to a survey by the Lima Institute" is the institute's."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.said import speakers


def _said(extractor: Extractor, text: str) -> set[str]:
    return set(speakers(extractor, text))


@pytest.mark.parametrize("record", ["the exit poll", "a new survey", "the census"])
def test_an_unmade_record_has_no_speaker(extractor: Extractor, record: str) -> None:
    text = (
        "Former premier Ana Lenz was on course for 3 percent, as was veteran dissident Tomas "
        f"Ferro, according to {record}."
    )
    assert _said(extractor, text) == set()


def test_a_record_by_a_named_maker_is_the_makers(extractor: Extractor) -> None:
    text = (
        "Ana Lenz was on course for 3 percent of the vote, according to a survey by the Lima "
        "Polling Institute."
    )
    assert _said(extractor, text) == {"Lima Polling Institute"}


def test_a_poll_named_by_its_maker_is_the_makers(extractor: Extractor) -> None:
    text = "Ana Lenz was on course for 40 percent of the vote, according to a Gallup poll."
    assert _said(extractor, text) == {"Gallup"}
