"""A speaker who reports no fraud in the vote upholds its result (``stance_cleared``)."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article

# Every story names its election's country several times, as a real report does.
_LEAD = (
    "Peru held a presidential election on Sunday, and Peruvian officials counted the ballots "
    "overnight across Peru. "
)
_VALID = "peru-results-are-valid"


def _claims(extractor: Extractor, text: str) -> set[tuple[str, str, str]]:
    """(source name, polarity, claim id) of the claim stances extracted from ``text``."""
    x = extractor(Article("t", text))
    names = {a.id: a.name for a in x.actors}
    return {(names[s.source], s.polarity, s.target) for s in x.stances if s.target_kind == "claim"}


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Observer mission head Ana Vidal said no evidence of fraud was found.", "Ana Vidal"),
        (
            '"We did not see any irregularities in the count," Marco Tal said on Monday.',
            "Marco Tal",
        ),
        (
            '"There was no fraud in this election," Interior Minister Rui Lopes told reporters.',
            "Rui Lopes",
        ),
        ("Peru's electoral board said it did not detect any manipulation of the tallies.", None),
    ],
)
def test_a_fault_reported_absent_upholds_the_result(
    extractor: Extractor, sentence: str, source: str | None
) -> None:
    found = {c for c in _claims(extractor, _LEAD + sentence) if c[2] == _VALID}
    assert {p for _, p, _ in found} == {"support"}
    if source is not None:
        assert any(s == source for s, _, _ in found)


@pytest.mark.parametrize(
    "sentence",
    [
        # a fault not endorsed says nothing of whether there was one
        '"The people do not endorse fraud," Ana Vidal said.',
        # supposed or asked, not reported
        '"If there was no fraud, why hide the tallies?" Ana Vidal said.',
        "Ana Vidal asked whether the observers had found no fraud at all.",
        # to be made sure of, not found
        '"Every ballot must be checked again to be certain that nobody faked a tally: we want '
        'to be sure there was no rigging," Ana Vidal said.',
        '"Only an outside audit can verify that there was no fraud," Ana Vidal said.',
        # the narrator's own report is nobody's stance
        "No evidence of fraud was found in the count.",
    ],
)
def test_a_denial_wished_asked_or_narrated_is_none(extractor: Extractor, sentence: str) -> None:
    found = _claims(extractor, _LEAD + sentence)
    assert not {c for c in found if c[2] == _VALID and c[1] == "support"}
