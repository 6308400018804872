"""A speaker's verdict on someone's choice (sentences of our own): "X made the right call" is
the speaker's support for X, "X got it wrong" opposition; a negated verdict turns; the
narrator's verdict and a speaker's verdict on their own choice are no stance."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import stance_triples


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("Coach Tom Hale said referee Ana Ruiz made the right call at the end.", "support"),
        (
            "“Ana Ruiz got it wrong in the last minute,” coach Tom Hale said of the referee.",
            "oppose",
        ),
        ("Coach Tom Hale said referee Ana Ruiz did a great job in a hard match.", "support"),
        ("Coach Tom Hale said referee Ana Ruiz did not make the right decision.", "oppose"),
    ],
)
def test_a_verdict_on_a_choice_is_a_stance_on_its_maker(
    extractor: Extractor, text: str, polarity: str
) -> None:
    assert ("Tom Hale", polarity, "Ana Ruiz") in stance_triples(extractor, text)


def test_the_narrators_verdict_is_no_stance(extractor: Extractor) -> None:
    text = "Referee Ana Ruiz made the right call at the end, and coach Tom Hale left early."
    assert not any(target == "Ana Ruiz" for _, _, target in stance_triples(extractor, text))


def test_a_verdict_on_ones_own_side_is_no_stance(extractor: Extractor) -> None:
    text = (
        "Harbour Party leader John Smith left the talks. “We made the right call,” John Smith "
        "said of the party's vote."
    )
    found = stance_triples(extractor, text)
    assert not any(source == "John Smith" and target == "John Smith" for source, _, target in found)


@pytest.mark.parametrize(
    "text",
    [
        "“Did referee Ana Ruiz make the right call?” coach Tom Hale asked.",
        "Coach Tom Hale said he hoped referee Ana Ruiz would make the right call.",
        "“If referee Ana Ruiz gets it wrong again, we will protest,” coach Tom Hale said.",
    ],
)
def test_a_verdict_asked_or_supposed_is_none(extractor: Extractor, text: str) -> None:
    found = stance_triples(extractor, text)
    assert ("Tom Hale", "oppose", "Ana Ruiz") not in found
    assert ("Tom Hale", "support", "Ana Ruiz") not in found
