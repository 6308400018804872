"""A crowd named after the one it stands with or against, acting: "Abara supporters marched"
(own sentences)."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import stance_triples


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        (
            "Ibrahim Abara won the runoff. As Abara supporters celebrated on Friday, the "
            "streets filled.",
            ("Ibrahim Abara supporters", "support", "Ibrahim Abara"),
        ),
        (
            "Musa Nweke lost the vote. Supporters of Musa Nweke blocked roads in the north.",
            ("Musa Nweke supporters", "support", "Musa Nweke"),
        ),
        (
            "Musa Nweke lost the vote. Nweke's backers blocked the main road.",
            ("Musa Nweke supporters", "support", "Musa Nweke"),
        ),
        (
            "Opponents of President Lina Varga clashed with police in the capital.",
            ("Lina Varga opponents", "oppose", "Lina Varga"),
        ),
    ],
)
def test_a_crowd_that_acts_stands_with_whom_it_is_named_after(
    extractor: Extractor, text: str, edge: tuple[str, str, str]
) -> None:
    assert edge in stance_triples(extractor, text)


def test_a_counted_crowd_names_its_leader(extractor: Extractor) -> None:
    text = "Thousands of Morales supporters marched on Sunday. Morales said the vote was stolen."
    found = stance_triples(extractor, text)
    assert any(s.endswith("Morales supporters") and t == "Morales" for s, _, t in found)


@pytest.mark.parametrize(
    "text",
    [
        "Supporters blocked the main road on Friday.",  # whose crowd is not said
        "Former supporters of Lina Varga joined the protest.",  # a stance no longer held
        "Supporters of Lina Varga and Musa Nweke blocked the road.",  # two: whose is unclear
        "Police arrested supporters of Lina Varga.",  # not acting: acted on
    ],
)
def test_no_crowd_stance(extractor: Extractor, text: str) -> None:
    assert not any(
        name.endswith(("supporters", "opponents")) for name, _, _ in stance_triples(extractor, text)
    )
