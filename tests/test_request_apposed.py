"""A request whose addressee carries a name in apposition ("advised the Minister of Health, Dr.
Peter Lamb, to settle the dispute") is reported speech whatever the parser hangs the name on
(sentences of our own)."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.said import said_texts

_INTRO = "Union leader Ana Soto met the press on Monday.\n"


@pytest.mark.parametrize("verb", ["advised", "urged", "asked"])
def test_a_request_to_an_apposed_addressee_is_said(extractor: Extractor, verb: str) -> None:
    text = _INTRO + (
        f"Soto {verb} the Minister of Health, Dr. Peter Lamb, to settle the dispute with the "
        "nurses rather than issuing threats."
    )
    found = said_texts(extractor, text)
    assert any(name == "Ana Soto" and "to settle the dispute" in words for name, words in found)
