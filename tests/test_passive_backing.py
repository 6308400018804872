"""A passive stance verb whose agent is no actor is the agent's stance, not the speaker's:
"argued that Berg was backed by just 17 percent of voters" is no backing of Berg by the one
who argues it (issue 12.2). An active verb with no actor for subject still voices the
speaker. Sentences are our own."""

from __future__ import annotations

from graph.extract import Extractor
from tests.rule_stances import stance_triples


def test_a_reported_passive_backing_is_not_the_speakers(extractor: Extractor) -> None:
    text = (
        "Tomas Berg won the presidential election in Zambia with 54 percent of the vote.\n\n"
        "The opposition leader Ana Ruiz argued that Berg was backed by just 17 percent of "
        "registered voters.\n"
    )
    assert ("Ana Ruiz", "support", "Tomas Berg") not in stance_triples(extractor, text)


def test_a_reported_active_verb_with_no_actor_subject_is_still_the_speakers(
    extractor: Extractor,
) -> None:
    text = 'Ana Ruiz said: "Such measures undermine Tomas Berg and his government."\n'
    assert ("Ana Ruiz", "oppose", "Tomas Berg") in stance_triples(extractor, text)
