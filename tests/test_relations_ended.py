"""A relation a noun ends states no stance: "the end of the coalition of X with Y", "the collapse
of X's alliance with Y"; the relation itself still does ("X's coalition with Y"). Sentences are
our own (issue 12)."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import stance_triples

_PARTIES = "The Unity Party and the Freedom Front are Norland's two largest parties.\n\n"


def _stances(extractor: Extractor, text: str) -> set[tuple[str, str, str]]:
    return stance_triples(extractor, _PARTIES + text)


def test_a_coalition_with_a_party_supports_it(extractor: Extractor) -> None:
    text = "The Unity Party's coalition with the Freedom Front won a vote of confidence.\n"
    assert ("Unity Party", "support", "Freedom Front") in _stances(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "The scandal meant the end of the Unity Party's coalition with the Freedom Front.\n",
        "The scandal brought the collapse of the Unity Party's coalition with the Freedom Front.\n",
        "The call for a new vote signaled the end of the ruling coalition of the Unity Party "
        "with the Freedom Front.\n",
    ],
)
def test_a_coalition_that_ended_supports_no_one(extractor: Extractor, text: str) -> None:
    assert ("Unity Party", "support", "Freedom Front") not in _stances(extractor, text)
