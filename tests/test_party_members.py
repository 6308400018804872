"""One member of a party, written with a capital and unnamed ("an influential Ohio Republican
said", "a prominent Tory told") speaks as a description (sentences of our own)."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.said import speaker_of


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("An influential Ohio Republican", "influential Ohio Republican"),
        ("A senior Democrat", "senior Democrat"),
        ("A prominent Tory", "prominent Tory"),
        ("One Tory", "One Tory"),
    ],
)
def test_one_party_member_speaks(extractor: Extractor, subject: str, speaker: str) -> None:
    text = f"{subject} said on Sunday that the count should not be delayed."
    assert speaker_of(extractor, text, "the count should not be delayed") == speaker


def test_a_named_member_is_the_person(extractor: Extractor) -> None:
    text = "Republican Ana Lind said on Sunday that the count should not be delayed."
    assert speaker_of(extractor, text, "the count should not be delayed") == "Ana Lind"
