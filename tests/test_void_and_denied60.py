"""Verdicts of validity ("null and void", "invalid"), a fault denied as a fact, a second
reporting participle joined by "and", and a finding "determined" (session 60; own sentences)."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import stance_triples as _claims
from tests.said import said_texts as _quotes

# Every story names its election's country several times, as a real report does.
_LEAD = (
    "Peru held a presidential election on Sunday, and Peruvian officials counted the ballots "
    "overnight across Peru. "
)
_VALID = "peru-results-are-valid"


@pytest.mark.parametrize(
    ("sentence", "source", "polarity"),
    [
        ('"These results are null and void," said Tomas Arco, an opposition leader.',
         "Tomas Arco", "oppose"),
        ('"We consider the results null and void," said Lena Bravo, a senator.',
         "Lena Bravo", "oppose"),
        ("Judge Hugo Sarmiento declared the vote null and void on Tuesday.",
         "Hugo Sarmiento", "oppose"),
        ('"The results are invalid," said Pia Olmos, a lawyer for the opposition.',
         "Pia Olmos", "oppose"),
        ('"The result is valid and final," said Dario Puente, the board chairman.',
         "Dario Puente", "support"),
    ],
)  # fmt: skip
def test_a_verdict_of_validity_takes_a_side_on_the_results(
    extractor: Extractor, sentence: str, source: str, polarity: str
) -> None:
    assert (source, polarity, _VALID) in _claims(extractor, _LEAD + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # void things that are not the election or its results
        '"That contract is null and void," said Tomas Arco, an opposition leader.',
        # wished for, not given
        '"The results must be declared null and void," said Lena Bravo, a senator.',
    ],
)
def test_validity_of_something_else_or_wished_for_is_no_verdict(
    extractor: Extractor, sentence: str
) -> None:
    found = {c for c in _claims(extractor, _LEAD + sentence) if c[2] == _VALID}
    assert ("Tomas Arco", "oppose", _VALID) not in found
    assert ("Lena Bravo", "oppose", _VALID) not in found


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ('"I do not accept that there was rigging," said Ivo Carrasco, a minister.',
         "Ivo Carrasco"),
        ('"I do not believe there was fraud," said Nuria Campos, the board chairwoman.',
         "Nuria Campos"),
        ("Ruling party spokesman Elio Ferro denied that there was fraud.", "Elio Ferro"),
    ],
)  # fmt: skip
def test_a_fault_denied_as_a_fact_upholds_the_result(
    extractor: Extractor, sentence: str, source: str
) -> None:
    assert (source, "support", _VALID) in _claims(extractor, _LEAD + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # another's denial, inside the speaker's words
        '"The government denies that there was fraud, but we saw it," said Nuria Campos.',
        # nobody's
        '"Nobody can deny that there was fraud," said Nuria Campos, a senator.',
    ],
)
def test_a_denial_not_the_speakers_own_upholds_nothing(extractor: Extractor, sentence: str) -> None:
    assert ("Nuria Campos", "support", _VALID) not in _claims(extractor, _LEAD + sentence)


def test_a_fault_believed_is_no_denial(extractor: Extractor) -> None:
    found = _claims(extractor, _LEAD + '"I believe there was fraud," said Nuria Campos, a senator.')
    assert ("Nuria Campos", "support", _VALID) not in found


def test_a_second_participle_joined_by_and_is_the_same_speakers_report(
    extractor: Extractor,
) -> None:
    text = (
        "The Andean Labour Party has rejected the re-election of President Rui Lopes, alleging "
        "that the ballot was rigged and saying that any new government would be illegitimate."
    )
    quotes = _quotes(extractor, text)
    assert ("Andean Labour Party", "the ballot was rigged") in quotes
    assert ("Andean Labour Party", "any new government would be illegitimate") in quotes


def test_a_progressive_report_goes_on_with_its_own_participle(extractor: Extractor) -> None:
    text = (
        "The Andean Labour Party rejected the result, alleging that officials were hiding "
        "ballots and denying observers access to the counting rooms."
    )
    quotes = _quotes(extractor, text)
    assert not any(words.startswith("observers access") for _, words in quotes)


def test_a_finding_determined_is_reported_like_a_ruling(extractor: Extractor) -> None:
    quotes = _quotes(extractor, "Judge Marta Ibarra determined that the firm acted recklessly.")
    assert ("Marta Ibarra", "the firm acted recklessly") in quotes


def test_what_is_still_to_be_determined_is_no_report(extractor: Extractor) -> None:
    quotes = _quotes(extractor, "Judge Marta Ibarra will determine whether the merger goes ahead.")
    assert not any(speaker == "Marta Ibarra" for speaker, _ in quotes)


@pytest.mark.parametrize(
    ("sentence", "source", "claim", "polarity"),
    [
        ("Ana Vidal, head of the observer mission, said the election was the cleanest in decades.",
         "Ana Vidal", "peru-election-was-free-and-fair", "support"),
        ('"It was an honest vote," said Nuria Campos, the board chairwoman.',
         "Nuria Campos", "peru-election-was-free-and-fair", "support"),
        ('"The vote was not clean," said Tomas Arco, an opposition leader.',
         "Tomas Arco", "peru-election-was-free-and-fair", "oppose"),
        ('"These elections cannot be considered legitimate," said Lena Bravo, a senator.',
         "Lena Bravo", "peru-election-was-free-and-fair", "oppose"),
        ("Senator Lena Bravo lauded the election as peaceful and successful.",
         "Lena Bravo", "peru-election-was-free-and-fair", "support"),
        # a holder named in narration as the subject of a verb of finding
        ("Observers from the Andean Union reported no major irregularities.",
         "Andean Union", _VALID, "support"),
        ("Observers from the Andean Union did not detect any fraud.",
         "Andean Union", _VALID, "support"),
    ],
)  # fmt: skip
def test_more_verdicts_on_the_election(
    extractor: Extractor, sentence: str, source: str, claim: str, polarity: str
) -> None:
    assert (source, polarity, claim) in _claims(extractor, _LEAD + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # possible, not given
        '"These elections can be considered legitimate," said Lena Bravo, a senator.',
        # the narrator's report of nothing found has no holder
        "No major irregularities were reported.",
    ],
)
def test_a_verdict_supposed_or_without_holder_is_none(extractor: Extractor, sentence: str) -> None:
    found = _claims(extractor, _LEAD + sentence)
    assert not any(source == "Lena Bravo" for source, _, _ in found)
    assert not any(claim == _VALID for _, _, claim in found)
