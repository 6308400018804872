"""An act named as what there is no ground for is turned: "there is no basis to question the
legality of the vote" upholds it (sentences of our own). The legality, validity or fairness of
an election is a verdict on it, as its legitimacy is."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article

_LEAD = "Zambia held a general election in August, and Zambian voters queued for hours.\n\n"


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        ('"We find no legal basis to dispute the validity of the vote," judge Mary Tembo said.',
         "support"),
        ('"There is no justification to question the fairness of the poll," Mary Tembo said.',
         "support"),
        ('"We question the legality of this election," Mary Tembo said.', "oppose"),
    ],
)  # fmt: skip
def test_no_ground_for_an_act_turns_it(extractor: Extractor, sentence: str, polarity: str) -> None:
    found = extractor(Article("t", _LEAD + sentence))
    ((source, target, said),) = {(s.source, s.target, s.polarity) for s in found.stances}
    assert (source, said) == ("mary-tembo", polarity)
    assert target in ("zambia-election-was-free-and-fair", "zambia-results-are-valid")
