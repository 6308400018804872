"""A passive participle with its agent takes no stance of the clause's subject on the agent.

"Questioned several times by AFP, the board refused to give figures": AFP asked, the board
declined to answer; the board did not question AFP. Sentences of our own.
"""

from __future__ import annotations

from graph.extract import Extractor
from tests.rule_stances import stance_triples


def test_the_agent_of_a_participle_is_no_target_of_the_subject(extractor: Extractor) -> None:
    text = (
        "Questioned several times by AFP on Sunday, the Gabonese Elections Center refused to "
        "give any figures."
    )
    assert ("Gabonese Elections Center", "oppose", "AFP") not in stance_triples(extractor, text)


def test_a_participle_set_off_after_its_subject_is_the_agent_s_stance(
    extractor: Extractor,
) -> None:
    text = "Mayor Ana Ruiz, condemned by the Green Party, resigned on Monday."
    found = stance_triples(extractor, text)
    assert ("Green Party", "oppose", "Ana Ruiz") in found
    assert ("Ana Ruiz", "oppose", "Green Party") not in found


def test_an_active_verb_of_the_same_kind_still_takes_a_stance(extractor: Extractor) -> None:
    text = "The Gabonese Elections Center questioned the figures of the Ondo Ossa campaign."
    assert any(
        s == "Gabonese Elections Center" and p == "oppose"
        for s, p, _ in stance_triples(extractor, text)
    )
