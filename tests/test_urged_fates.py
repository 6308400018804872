"""A fate urged on someone, as the object of a call, is a stance on them (issue 12).

"urged the disqualification of X", "urging a rerun and disqualification of X" (the parser hangs
"of X" on the first noun), "demanded the release of X": the caller opposes whom a harm would
befall and backs whom a boon would. A call denied ("did not demand the arrest of X") is none.
Our own sentences.
"""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import stance_triples as stances


@pytest.mark.parametrize(
    ("call", "polarity"),
    [
        ("urged the disqualification of", "oppose"),
        ("urged a rerun and disqualification of", "oppose"),
        ("demanded the release of", "support"),
    ],
)
def test_a_fate_called_for_is_a_stance_on_whom_it_befalls(
    extractor: Extractor, call: str, polarity: str
) -> None:
    text = f"Kenya's opposition leader Ana Ruiz {call} Tomas Berg."
    assert ("Ana Ruiz", polarity, "Tomas Berg") in stances(extractor, text)


def test_a_call_denied_is_no_stance_on_its_target(extractor: Extractor) -> None:
    text = "Kenya's opposition leader Ana Ruiz did not demand the arrest of Tomas Berg."
    assert ("Ana Ruiz", "oppose", "Tomas Berg") not in stances(extractor, text)


@pytest.mark.parametrize("call", ["demanded the release of", "called for the disqualification of"])
def test_a_fate_called_for_is_no_issue_of_its_own(extractor: Extractor, call: str) -> None:
    """ "the release of X" is a stance on X; no claim node "release of X" beside it."""
    text = f"Kenya's opposition leader Ana Ruiz {call} Tomas Berg."
    assert {t for _, _, t in stances(extractor, text)} == {"Tomas Berg"}


def test_naming_a_fate_is_no_call_for_it(extractor: Extractor) -> None:
    text = "Prime Minister Ana Ruiz called the release of Tomas Berg a betrayal of the victims."
    assert ("Ana Ruiz", "support", "Tomas Berg") not in stances(extractor, text)


def test_every_fate_coordinated_in_a_call_is_read(extractor: Extractor) -> None:
    text = "Ana Ruiz demanded the release of Tomas Berg and the arrest of Carlos Mendez."
    found = stances(extractor, text)
    assert {("Ana Ruiz", "support", "Tomas Berg"), ("Ana Ruiz", "oppose", "Carlos Mendez")} <= found
    assert {t for _, _, t in found} == {"Tomas Berg", "Carlos Mendez"}


def test_a_fate_sought_is_called_for(extractor: Extractor) -> None:
    text = "Kenya's opposition leader Ana Ruiz sought the release of Tomas Berg."
    assert ("Ana Ruiz", "support", "Tomas Berg") in stances(extractor, text)
