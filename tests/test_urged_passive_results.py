"""What someone says should (not) be done to the results, in the passive, is their verdict on
them: "said the tally must not be certified" disputes it, "said the results should be confirmed"
upholds it (sentences of our own). A passive told as a fact ("the results were certified") is
no sayer's verdict."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article

_LEAD = "Malawi voted for a new president on Tuesday.\n\n"


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        ("Opposition lawyer Ruth Banda argued that the results must not be certified.", "oppose"),
        ("Ruth Banda told reporters the results should not be recognised by any court.", "oppose"),
        ("Ruth Banda said on Monday that the results should be confirmed without delay.",
         "support"),
    ],
)  # fmt: skip
def test_a_passive_urged_on_the_results_is_the_sayers_verdict(
    extractor: Extractor, sentence: str, polarity: str
) -> None:
    found = extractor(Article("t", _LEAD + sentence))
    assert {(s.source, s.target, s.polarity) for s in found.stances} == {
        ("ruth-banda", "malawi-results-are-valid", polarity)
    }


def test_a_passive_told_as_a_fact_is_no_verdict(extractor: Extractor) -> None:
    found = extractor(Article("t", _LEAD + "Ruth Banda said the results were certified on Friday."))
    assert not [s for s in found.stances if s.source == "ruth-banda"]
