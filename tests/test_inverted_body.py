"""A body named right after a cue that follows the quotation speaks it, where the parser took a
word of the quotation for the cue's subject (sentences of our own)."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article


@pytest.mark.parametrize(
    ("quote", "speaker"),
    [
        ("“The findings disclosed in the report lack factual and legal basis,” responded the "
         "Chinese Trade Ministry.", "chinese-trade-ministry"),
        ("“The claims made in the EU ruling lack factual basis,” replied the Chinese Commerce "
         "Ministry.", "chinese-commerce-ministry"),
    ],
)  # fmt: skip
def test_the_body_after_the_cue_speaks(extractor: Extractor, quote: str, speaker: str) -> None:
    text = "The European Union opened a probe into steel imports.\n\n" + quote + "\n"
    assert [q.speaker for q in extractor(Article("t", text)).quotes] == [speaker]
