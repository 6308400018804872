"""A demand a quoted speaker makes in their own words: "X must release the results"."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import stance_triples

_LEAD = "Peru held an election on Sunday. The National Jury of Elections counted the votes. "
_BODY = "National Jury of Elections"


def test_a_body_told_to_release_the_results_is_pressed(extractor: Extractor) -> None:
    text = _LEAD + f'"The {_BODY} must release the full results now," Ana Vidal said.'
    found = stance_triples(extractor, text)
    assert ("Ana Vidal", "oppose", _BODY) in found
    assert ("Ana Vidal", "support", "peru-results-should-be-published") in found


@pytest.mark.parametrize(
    "sentence",
    [
        f'"The {_BODY} should not publish the results yet," Ana Vidal said.',
        f'"The {_BODY} must stay calm," Ana Vidal said.',
        f"The {_BODY} must release the full results now.",  # the narrator's
    ],
)
def test_no_demand_no_results_or_no_speaker_is_none(extractor: Extractor, sentence: str) -> None:
    found = stance_triples(extractor, _LEAD + sentence)
    assert not {t for t in found if t[2] in (_BODY, "peru-results-should-be-published")}
