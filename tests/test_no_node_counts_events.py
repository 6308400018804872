"""No node for an election's name or a count of people (sentences of our own): "the National
Assembly Elections" is an event, "2.4 million voters" are voters nobody names."""

from __future__ import annotations

from graph.extract import Extractor
from graph.extract.agents import is_generic
from graph.extract.claims import claim_for
from graph.model import Article


def _nodes(extractor: Extractor, text: str) -> set[str]:
    found = extractor(Article("t", text))
    return {s.source for s in found.stances} | {
        s.target for s in found.stances if s.target_kind == "actor"
    }


def test_an_election_s_name_is_no_node(extractor: Extractor) -> None:
    text = (
        "Opposition leader Ana Lenz condemned the conduct of the National Assembly Elections "
        "on Monday.\n"
    )
    assert not [n for n in _nodes(extractor, text) if "elections" in n]



def test_a_count_of_people_is_generic() -> None:
    assert is_generic("2.4 million voters") and is_generic("1,200 workers")
    assert not is_generic("Two Million Voices")  # a name written in capitals


def test_the_conduct_of_a_named_election_is_a_verdict_on_it() -> None:
    found = claim_for("the conduct of the 2031 National Assembly Elections", country="Fiji")
    assert found is not None and found.id == "fiji-election-was-free-and-fair"
    assert claim_for("the legitimacy of her win with such a vote", country="Fiji") is None
