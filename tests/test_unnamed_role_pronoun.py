"""A "he" or "she" opening the sentence after one whose subject is an unnamed holder of a role
who spoke ("A spokesman for the Green Alliance said ... . He said ...") speaks for the same
body, not for the person quoted before; a "she" is no spokesman (issue 13.2). Sentences are our
own."""

from __future__ import annotations

from graph.extract import Extractor
from tests.said import speaker_of

_BEFORE = (
    "Interior Minister Tomas Berg said early results showed the ruling party ahead in "
    "Sunday's vote.\n\n"
)


def test_he_after_an_unnamed_spokesman_speaks_for_his_body(extractor: Extractor) -> None:
    text = _BEFORE + (
        "A spokesman for the Green Alliance said the count was rigged. He said turnout "
        "figures had been inflated in three provinces.\n"
    )
    assert speaker_of(extractor, text, "turnout figures") == "Green Alliance"


def test_she_after_a_spokesman_is_not_his_body(extractor: Extractor) -> None:
    text = (
        "Interior Minister Ana Ruiz said early results showed the ruling party ahead in "
        "Sunday's vote.\n\n"
        "A spokesman for the Green Alliance said the count was rigged. She said turnout "
        "figures were normal in three provinces.\n"
    )
    assert speaker_of(extractor, text, "turnout figures") != "Green Alliance"
