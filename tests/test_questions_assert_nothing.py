"""A question asked asserts nothing (issue 12).

"It is up to the court to rule whether the Civic Front's claim is groundless": neither that the
claim is groundless nor a charge against the one who says it; the rules and the model read no
view of the Civic Front there. Answered, the same words are a judgement. Our own sentences.
"""

from __future__ import annotations

from graph.extract import Extractor
from tests.rule_stances import stance_triples as stances


def test_a_whether_clause_holds_no_stance(extractor: Extractor) -> None:
    text = (
        "According to professor Ana Ruiz, it is up to the court now to rule whether the Civic "
        "Front's claim is groundless or not."
    )
    assert stances(extractor, text) == set()


def test_an_answered_judgement_stands(extractor: Extractor) -> None:
    """The guard: said outright, "the charge against us is absurd" rejects the charge."""
    found = stances(extractor, "“The charge against us is absurd,” Ana Ruiz said.")
    assert ("Ana Ruiz", "oppose", "ana-ruiz-accusations-are-true") in found, found


def test_a_doubt_voiced_as_a_question_is_a_stance(extractor: Extractor) -> None:
    text = "Opposition leader Ana Ruiz questioned whether President Tomas Berg was fit to lead."
    assert ("Ana Ruiz", "oppose", "Tomas Berg") in stances(extractor, text)


def test_not_knowing_if_a_charge_is_false_denies_nothing(extractor: Extractor) -> None:
    text = "“I don't know if the accusations against Tomas Berg are false,” Ana Ruiz said."
    assert not any(t.endswith("accusations-are-true") for _, _, t in stances(extractor, text))


def test_a_condition_on_a_charge_denies_nothing(extractor: Extractor) -> None:
    text = (
        "Ana Ruiz said that if the accusations against Tomas Berg are false, he should be cleared."
    )
    assert not any(t.endswith("accusations-are-true") for _, _, t in stances(extractor, text))
