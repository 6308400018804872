"""Giving up on fighting charges backs no one (stance_verbs): "will not fight the charges
filed against him by X" is no support of X, though "did not criticise X" still reads as one."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import rule_targets


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Berg said he will not fight the charges filed against him by the Liberty Front.",
        "Tomas Berg will not contest the allegations made by the Liberty Front.",
    ],
)
def test_not_fighting_charges_backs_no_one(extractor: Extractor, text: str) -> None:
    assert ("Tomas Berg", "support", "Liberty Front") not in rule_targets(extractor, text)


def test_not_criticising_someone_still_reads_as_support(extractor: Extractor) -> None:
    edges = rule_targets(extractor, "Tomas Berg did not criticise the Liberty Front.")
    assert ("Tomas Berg", "support", "Liberty Front") in edges
