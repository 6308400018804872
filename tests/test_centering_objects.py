"""A "he" or "she" reporting after a sentence whose subject is no person continues the person
the sentence's object is, when a "who" clause goes on to tell that person acting: "X's remarks
puzzled Y, who leapt to Z's defence. “…,” he told reporters" is Y, not the speaker before.
Sentences are our own.
"""

from __future__ import annotations

from graph.extract import Extractor
from tests.said import speakers

_BEFORE = (
    "A finance ministry official, Lars Berg, told reporters the government opposed the bid. "
    '"We do not back it," the official added.\n\n'
)


def test_the_object_a_who_clause_tells_acting_speaks_next(extractor: Extractor) -> None:
    text = _BEFORE + (
        "Weber's remarks puzzled Foreign Minister Luca Bellini, who leapt to Kestrel Bank's "
        'defence. "These are legitimate moves," he told reporters in Rome.\n'
    )
    assert speakers(extractor, text) == ["Lars Berg", "Lars Berg", "Luca Bellini"]


def test_a_ruling_that_angered_her_before_her_words(extractor: Extractor) -> None:
    text = _BEFORE + (
        "The court's ruling angered Mayor Ana Soto, who vowed to appeal on Tuesday. "
        '"This is not over," she said.\n'
    )
    assert speakers(extractor, text) == ["Lars Berg", "Lars Berg", "Ana Soto", "Ana Soto"]
