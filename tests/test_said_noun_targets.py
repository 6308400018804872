"""Rejecting or welcoming words said by someone ("criticism from X", "the remarks by X") is a
stance on the one who said them, not a claim named after the words (sentences of our own); a
call "for" a thing stays a stance on that thing."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import stance_triples


@pytest.mark.parametrize(
    "phrase",
    ["rejected criticism from opposition leader Raila Odinga",
     "dismissed the remarks by opposition leader Raila Odinga",
     "brushed aside the criticism from opposition leader Raila Odinga"],
)  # fmt: skip
def test_rejecting_someones_words_opposes_them(extractor: Extractor, phrase: str) -> None:
    text = f"Kenyan President William Ruto {phrase} on Monday."
    found = stance_triples(extractor, text)
    assert ("William Ruto", "oppose", "Raila Odinga") in found
    assert not any(t.startswith(("criticism-", "remarks-", "the-criticism")) for _, _, t in found)


def test_a_call_for_a_recount_stays_about_the_recount(extractor: Extractor) -> None:
    text = (
        "Kenyan President William Ruto rejected calls from opposition leader Raila Odinga for "
        "a recount of the vote."
    )
    found = stance_triples(extractor, text)
    assert ("William Ruto", "oppose", "kenya-results-should-be-verified") in found


@pytest.mark.parametrize(
    "phrase", ["rejected criticism from Ana Soto", "dismissed the remarks by Ana Soto"]
)
def test_words_of_no_actor_make_no_fragment_claim(extractor: Extractor, phrase: str) -> None:
    found = stance_triples(extractor, f"President Omar Dialo {phrase}.")
    assert not any(t.startswith(("criticism-", "remarks-")) for _, _, t in found)
