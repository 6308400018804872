"""A view a speaker reports of others, with the quoted words as its object ("She said the union
felt the “whole process was unfair”"), is the speaker's statement: she says it, as with "She
said the union believed ..." (sentences are our own)."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.said import said


@pytest.mark.parametrize("view", ["felt", "thought", "believed"])
def test_a_reported_view_in_quotation_marks_is_the_reporters(
    extractor: Extractor, view: str
) -> None:
    text = (
        "Ana Ruiz, the head of the Harbour Workers Union, spoke on Monday. She said the union "
        f'{view} the "whole process has been unfair."\n'
    )
    assert [name for name, _ in said(extractor, text)] == ["Ana Ruiz"]


def test_a_view_of_ones_own_stays_the_holders(extractor: Extractor) -> None:
    text = 'The Harbour Workers Union felt the "whole process has been unfair."\n'
    assert [name for name, _ in said(extractor, text)] == ["Harbour Workers Union"]
