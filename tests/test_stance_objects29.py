"""Objects of a stance verb read for whom they name (issue 12.2, 12.3), sentences of our own:
an object written after its verdict ("rejected as fraudulent the results"), a win "for" its
winner, and an act "of" its maker ("the verdict of the court", "the warnings of X"), but not
the content of a charge ("allegations of X's involvement")."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import stance_triples

_WON = "President Omar Lind won the October 3 election, officials said.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Ruiz rejected as fraudulent the results.",
        "Ana Ruiz rejected as rigged and unfair the official results of the vote.",
        "Ana Ruiz refused to recognise the official victory for President Omar Lind.",
        "Ana Ruiz rejected the win for Omar Lind.",
    ],
)
def test_a_rejected_result_opposes_the_winner_s_claim(extractor: Extractor, sentence: str) -> None:
    found = stance_triples(extractor, _WON + sentence + "\n")
    assert ("Ana Ruiz", "oppose", "omar-lind-won-the-election") in found
    assert not any("victory" in target or "win for" in target for _, _, target in found)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Karl Penn has rejected the verdict of the Supreme Court.",
            ("Karl Penn", "Supreme Court"),
        ),
        (
            "Ana Ruiz dismissed the warnings of the police chief, Tom Bell.",
            ("Ana Ruiz", "Tom Bell"),
        ),
        ("Ana Ruiz denounced the decision of Nordline to cut jobs.", ("Ana Ruiz", "Nordline")),
    ],
)
def test_an_act_of_its_maker_is_aimed_at_the_maker(
    extractor: Extractor, sentence: str, expected: tuple[str, str]
) -> None:
    found = stance_triples(extractor, sentence + "\n")
    assert (expected[0], "oppose", expected[1]) in found
    assert not any(" of " in target for _, _, target in found)


def test_a_charge_of_someone_s_act_is_not_theirs(extractor: Extractor) -> None:
    text = "Ana Ruiz dismissed allegations of Nordline's involvement in the spill.\n"
    assert ("Ana Ruiz", "oppose", "Nordline") not in stance_triples(extractor, text)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Supreme Court ruled in favor of Acme Corp on Tuesday.", "Acme Corp"),
        ("Judge Eva Sun decided in Tom Bell's favour.", "Tom Bell"),
        ("The Court of Arbitration for Sport said it had found in favour of Nordline.", "Nordline"),
    ],
)
def test_a_ruling_in_favour_of_someone_supports_them(
    extractor: Extractor, sentence: str, expected: str
) -> None:
    found = stance_triples(extractor, sentence + "\n")
    assert any(p == "support" and t == expected for _, p, t in found)
    assert not any(t == expected and p == "oppose" for _, p, t in found)


_DISMISSED = "The Supreme Court dismissed the petition of Karl Penn on Monday.\n\n"


def test_a_petition_of_someone_is_theirs(extractor: Extractor) -> None:
    assert ("Supreme Court", "oppose", "Karl Penn") in stance_triples(extractor, _DISMISSED)


@pytest.mark.parametrize(
    "sentence",
    [
        "Karl Penn has rejected the verdict.",
        "Karl Penn condemned the judgement.",
        "Karl Penn said he would not accept the ruling.",
    ],
)
def test_a_decision_rejected_opposes_its_maker(extractor: Extractor, sentence: str) -> None:
    found = stance_triples(extractor, _DISMISSED + sentence + "\n")
    assert ("Karl Penn", "oppose", "Supreme Court") in found


@pytest.mark.parametrize(
    "sentence", ["Karl Penn accepted the ruling.", "Karl Penn said he would not appeal the ruling."]
)
def test_a_decision_accepted_opposes_no_one(extractor: Extractor, sentence: str) -> None:
    found = stance_triples(extractor, _DISMISSED + sentence + "\n")
    assert ("Karl Penn", "oppose", "Supreme Court") not in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Judges dismissed the petition against Nordline by Acme Corp.",
            ("Acme Corp", "oppose", "Nordline"),
        ),
        (
            "The Supreme Court threw out an attempt by Karl Penn to annul the vote.",
            ("Supreme Court", "oppose", "Karl Penn"),
        ),
        ("Mayor Ana Ruiz still stuck by Tom Bell.", ("Ana Ruiz", "support", "Tom Bell")),
    ],
)
def test_phrasal_stances(
    extractor: Extractor, sentence: str, expected: tuple[str, str, str]
) -> None:
    """A petition's taker after "by"; "threw out" what one party puts to another; "stuck by
    X" (whose "by" the parser may label a passive's agent)."""
    assert expected in stance_triples(extractor, sentence + "\n")


def test_rubbish_thrown_out_is_no_stance(extractor: Extractor) -> None:
    assert stance_triples(extractor, "Eva Sun threw out the rubbish from Acme Corp.\n") == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "Mr Penn's favoured candidate, Emil Sorn, came second.",
        "Emil Sorn, the handpicked successor of Karl Penn, came second.",
    ],
)
def test_whom_someone_chose_they_back(extractor: Extractor, sentence: str) -> None:
    found = stance_triples(extractor, "Karl Penn ruled for a decade.\n\n" + sentence + "\n")
    assert ("Karl Penn", "support", "Emil Sorn") in found
    assert ("Emil Sorn", "support", "Karl Penn") not in found


def test_a_plain_candidate_is_no_choice(extractor: Extractor) -> None:
    found = stance_triples(extractor, "Karl Penn's rival candidate, Ivo Dace, lost.\n")
    assert ("Karl Penn", "support", "Ivo Dace") not in found
