"""Verdicts on an election: the manner of its conduct, decrying or disowning it (own sentences)."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import stance_triples

_FAIR = "chile-election-was-free-and-fair"


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "Chile voted on Sunday. The Andean Observers Network said the ballot took place in "
            "transparency.",
            ("Andean Observers Network", "support", _FAIR),
        ),
        (
            "Chile voted on Sunday. The Andean Observers Network said the vote was held in a calm "
            "and orderly manner.",
            ("Andean Observers Network", "support", _FAIR),
        ),
        (
            "Chile voted on Sunday. The Andean Observers Network said the election was conducted "
            "in an intimidating atmosphere.",
            ("Andean Observers Network", "oppose", _FAIR),
        ),
        (
            "Chile voted on Sunday. The Andean Observers Network said the poll took place amid a "
            "climate of fear.",
            ("Andean Observers Network", "oppose", _FAIR),
        ),
        (
            "Chile voted on Sunday. The Andean Observers Network said the vote lacked credibility.",
            ("Andean Observers Network", "oppose", _FAIR),
        ),
        (
            "Chile voted on Sunday. The Andean Observers Network said the vote fell short of "
            "meeting basic democratic standards.",
            ("Andean Observers Network", "oppose", _FAIR),
        ),
    ],
)
def test_the_manner_of_a_vote_is_a_verdict(
    extractor: Extractor, text: str, stance: tuple[str, str, str]
) -> None:
    assert stance in stance_triples(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # a manner with no judgement in it
        "Chile voted on Sunday. The Andean Observers Network said the vote took place in two "
        "rounds.",
        # the narrator's, no holder's
        "Chile voted on Sunday. The ballot took place in transparency.",
        # wished for, not given
        "Chile voted on Sunday. The Andean Observers Network said the vote must take place in "
        "transparency.",
        # what a body lacked, not the vote
        "Chile voted on Sunday. The Andean Observers Network said it lacked the staff.",
    ],
)
def test_no_judged_manner_no_verdict(extractor: Extractor, text: str) -> None:
    assert not any(t == _FAIR for _, _, t in stance_triples(extractor, text))


_VALID = "chile-results-are-valid"


@pytest.mark.parametrize(
    "text",
    [
        "Chile voted on Sunday. Ana Ruiz decried the vote as rigged.",
        "Chile voted on Sunday. Ana Ruiz decried the results as fraudulent.",
        "Chile voted on Sunday. Ana Ruiz disowned the results.",
        "Chile voted on Sunday. Ana Ruiz repudiated the official results on Monday.",
    ],
)
def test_decrying_or_disowning_the_result_disputes_it(extractor: Extractor, text: str) -> None:
    assert ("Ana Ruiz", "oppose", _VALID) in stance_triples(extractor, text)


def test_disowning_a_person_opposes_them(extractor: Extractor) -> None:
    text = "Senator Ana Ruiz disowned her former aide Tomas Berg on Monday."
    assert ("Ana Ruiz", "oppose", "Tomas Berg") in stance_triples(extractor, text)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            'Chile voted on Sunday. "This was the most fraudulent electoral process in our '
            'history," Ana Ruiz said.',
            ("Ana Ruiz", "oppose", _VALID),
        ),
        (
            "Chile voted on Sunday. The Andean Observers Network said the electoral process was "
            "credible.",
            ("Andean Observers Network", "support", _FAIR),
        ),
    ],
)
def test_an_electoral_process_is_the_election(
    extractor: Extractor, text: str, stance: tuple[str, str, str]
) -> None:
    assert stance in stance_triples(extractor, text)


def test_another_process_is_no_election(extractor: Extractor) -> None:
    text = 'Chile voted on Sunday. "The peace process was a sham," Ana Ruiz said.'
    assert not any(t in (_VALID, _FAIR) for _, _, t in stance_triples(extractor, text))


def test_a_vote_undermined_by_a_lack_of_transparency_was_not_fair(extractor: Extractor) -> None:
    text = (
        "Chile voted on Sunday. The Andean Observers Network said the poll was undermined by a "
        "lack of transparency."
    )
    assert ("Andean Observers Network", "oppose", _FAIR) in stance_triples(extractor, text)
    staff = text.replace("transparency", "staff")
    assert not any(t == _FAIR for _, _, t in stance_triples(extractor, staff))


@pytest.mark.parametrize(
    ("quote", "polarity"),
    [
        ('"The vote was conducted freely and fairly," said Ana Ruiz.', "support"),
        ('"The election went smoothly," said Ana Ruiz.', "support"),
        ('"The ballot was coordinated in a free and peaceful manner," said Ana Ruiz.', "support"),
        ('"The vote was not conducted fairly," said Ana Ruiz.', "oppose"),
        ('"The vote was run fraudulently," said Ana Ruiz.', "oppose"),
    ],
)
def test_an_adverb_of_conduct_is_a_verdict(extractor: Extractor, quote: str, polarity: str) -> None:
    found = stance_triples(extractor, "Chile voted on Sunday.\n\n" + quote)
    assert ("Ana Ruiz", polarity, _FAIR) in found


def test_an_adverb_of_something_else_is_no_verdict(extractor: Extractor) -> None:
    quote = '"The count was published quickly and the staff worked freely," said Ana Ruiz.'
    found = stance_triples(extractor, "Chile voted on Sunday.\n\n" + quote)
    assert not any(t == _FAIR for _, _, t in found)
