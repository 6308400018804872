"""A speaker calling an actor's deed a disgrace opposes its doer (``stance_faults``)."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import stance_triples

_LEAD = "Rui Lopes leads the Blue Party in Lima. "


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        (
            '"The Blue Party\'s decision to close the hospital is a disgrace," Ana Vidal said.',
            "Blue Party",
        ),
        (
            '"What we saw on Monday was a blatant disregard of the law by Rui Lopes," Ana Vidal said.',
            "Rui Lopes",
        ),
        ('"The ruling by the Blue Party is a mockery," Ana Vidal said.', "Blue Party"),
    ],
)
def test_a_deed_called_a_fault_opposes_its_doer(
    extractor: Extractor, sentence: str, target: str
) -> None:
    assert ("Ana Vidal", "oppose", target) in stance_triples(extractor, _LEAD + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        '"Rui Lopes is not a traitor," Ana Vidal said.',  # denied
        '"This ruling is a miscarriage of justice," Ana Vidal said.',  # no doer named
        "The Blue Party's decision to close the hospital is a disgrace.",  # the narrator's
    ],
)
def test_a_fault_denied_ownerless_or_narrated_is_none(extractor: Extractor, sentence: str) -> None:
    found = stance_triples(extractor, _LEAD + sentence)
    assert not {t for t in found if t[0] == "Ana Vidal" and t[1] == "oppose"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Vidal has claimed she won the vote, alleging electoral fraud and manipulation in "
        "favour of the Blue Party.",
        '"There was massive rigging in favor of the Blue Party," Ana Vidal said.',
        '"They won through fraud in favour of the Blue Party," Ana Vidal said.',
    ],
)
def test_a_fraud_alleged_in_favour_of_someone_opposes_them(
    extractor: Extractor, sentence: str
) -> None:
    text = "Peru held an election on Sunday. " + _LEAD + sentence
    found = stance_triples(extractor, text)
    assert any(s.endswith("Vidal") and (p, t) == ("oppose", "Blue Party") for s, p, t in found)


@pytest.mark.parametrize(
    "sentence",
    [
        '"There was no rigging in favor of the Blue Party," Ana Vidal said.',
        '"The judge ruled in favour of the Blue Party," Ana Vidal said.',
        '"We campaigned through the night in favour of the Blue Party," Ana Vidal said.',
    ],
)
def test_no_fraud_or_no_fraud_word_is_none(extractor: Extractor, sentence: str) -> None:
    text = "Peru held an election on Sunday. " + _LEAD + sentence
    found = stance_triples(extractor, text)
    assert not any(s.endswith("Vidal") and (p, t) == ("oppose", "Blue Party") for s, p, t in found)
