"""A lead's rival ("the outcome was rejected by his challenger") is the one other person the
story names next who acts, when it has named nobody but the one he stands against; with another
person named before, "his rival" stays a description (sentences are our own)."""

from __future__ import annotations

from graph.extract import Extractor
from graph.model import Article

LEAD = (
    "President Ivan Petrov has been declared the winner of the presidential poll but the "
    "outcome was immediately rejected by his challenger.\n\n"
)


def _sources(extractor: Extractor, text: str) -> set[str]:
    found = extractor(Article("t", text))
    names = {a.id: a.name for a in found.actors}
    return {names[s.source] for s in found.stances if s.target == "ivan-petrov-won-the-election"}


def test_a_leads_challenger_is_the_person_named_next(extractor: Extractor) -> None:
    text = LEAD + "Gen Boris Kalin promised a legal challenge to the outcome of the ballot.\n"
    assert any("Boris Kalin" in name for name in _sources(extractor, text))


def test_with_another_person_named_before_the_rival_is_no_guess(extractor: Extractor) -> None:
    text = (
        "Ana Ruiz, the head of the observer mission, said the count was calm.\n\n"
        + LEAD
        + "Gen Boris Kalin promised a legal challenge to the outcome of the ballot.\n"
    )
    assert not any("Boris Kalin" in name for name in _sources(extractor, text))
