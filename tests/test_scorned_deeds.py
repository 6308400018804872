"""A speaker scorning what an actor did, named by its deed or its manner (sentences of our own):
"X made an illegitimate decision", "X is behaving in a predatory way", "the decision by X is
disappointing" oppose X; a fault X only undergoes, or one denied, opposes no one."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import stance_triples

LEAD = "Acme Corp and the Borland City Council are in a dispute over pay.\n\n"


@pytest.mark.parametrize(
    ("quote", "target"),
    [
        ('"The council made an illegitimate decision," Ana Ruiz said.', "Borland City Council"),
        ('"The council took an unacceptable step," Ana Ruiz said.', "Borland City Council"),
        ('"Acme is behaving in a predatory way," said Ana Ruiz.', "Acme Corp"),
        ('"Acme acted in an arbitrary manner," said Ana Ruiz.', "Acme Corp"),
        ('"The decision by the council is deeply disappointing," Ana Ruiz said.',
         "Borland City Council"),
    ],
)  # fmt: skip
def test_a_scorned_deed_opposes_its_doer(extractor: Extractor, quote: str, target: str) -> None:
    assert ("Ana Ruiz", "oppose", target) in stance_triples(extractor, LEAD + quote)


@pytest.mark.parametrize(
    "quote",
    [
        '"Acme faces illegal competition from abroad," said Ana Ruiz.',
        '"The council condemned the illegal arrest," Ana Ruiz said.',
        '"The council\'s decision is not disappointing," Ana Ruiz said.',
        '"Our decision was disappointing," Ana Ruiz said.',
    ],
)
def test_a_fault_undergone_or_denied_opposes_no_one(extractor: Extractor, quote: str) -> None:
    found = stance_triples(extractor, LEAD + quote)
    assert not any(source == "Ana Ruiz" and polarity == "oppose" for source, polarity, _ in found)


def test_a_scornful_deed_denied_names_no_doer_to_oppose(extractor: Extractor) -> None:
    text = (
        "The Supreme Court of Ruritania upheld the result. Five judges to two ruled that Mr Ivo "
        "Marsh did not commit illegal practices either personally or through his agents."
    )
    found = stance_triples(extractor, text)
    assert not {s for s in found if s[2] == "Ivo Marsh" and s[1] == "oppose"}
    done = "Maria Lopez said Ivo Marsh had made an unfair and illegal offer to the workers."
    assert ("Maria Lopez", "oppose", "Ivo Marsh") in stance_triples(extractor, done)
