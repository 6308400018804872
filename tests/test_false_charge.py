"""A speaker who calls the charges untrue denies them (sentences of our own): "The allegations
against Rui Lopes are false," his lawyer said opposes "the accusations against Rui Lopes are
true"; a charge about the vote is the election's claim, not this one."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article


@pytest.mark.parametrize(
    ("quote", "claim"),
    [
        ("“The allegations against Rui Lopes are false and baseless,” Ana Berg said.",
         "rui-lopes-accusations-are-true"),
        ("“These accusations are completely untrue,” Acme Mining said on Monday.",
         "acme-mining-accusations-are-true"),
    ],
)  # fmt: skip
def test_charges_called_untrue_are_denied(extractor: Extractor, quote: str, claim: str) -> None:
    found = extractor(Article("t", quote + "\n")).stances
    assert (claim, "oppose") in {(s.target, s.polarity) for s in found}


def test_charges_called_true_are_not_denied(extractor: Extractor) -> None:
    quote = "“The allegations against Rui Lopes are serious,” Ana Berg said.\n"
    found = extractor(Article("t", quote)).stances
    assert not [s for s in found if s.target.endswith("accusations-are-true")]
