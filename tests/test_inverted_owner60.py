"""A name with "'s" after an inverted cue owns the speaker, and does not speak (session 60)."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.said import said

_LEAD = "Tomas Arco lost the vote in Peru on Sunday.\n\n"


def _speakers(extractor: Extractor, text: str) -> dict[str, str]:
    """The speaker's name of each quote, by the first word of its words."""
    return {q.span.text.split()[0]: name for name, q in said(extractor, text)}


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('"Nothing was counted twice," said Arco\'s deputy, Lena Bravo.', "Lena Bravo"),
        ("\u201cNothing was counted twice,\u201d said Arco\u2019s lawyer, Ivo Carrasco, on Monday.",
         "Ivo Carrasco"),
        # a name without "'s" still speaks, whatever follows it
        ('"Nothing was counted twice," said Lena Bravo, Arco\'s deputy.', "Lena Bravo"),
    ],
)  # fmt: skip
def test_the_owner_named_after_an_inverted_cue_does_not_speak(
    extractor: Extractor, sentence: str, speaker: str
) -> None:
    assert _speakers(extractor, _LEAD + sentence)["Nothing"] == speaker
