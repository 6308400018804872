"""A pronoun opening reported speech is its speaker's when it fits them (own sentences)."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import stance_triples


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Chile voted on Sunday. Three of the five board members said they rejected the "
            "appointment of Tomas Wekwete.",
            "Three of the five board members",
        ),
        (
            "Chile voted on Sunday. The Dockers Guild said it would back Governor Tom Abel.",
            "Dockers Guild",
        ),
        (
            "Chile voted on Sunday. Senator Ana Ruiz said she would back Governor Tom Abel.",
            "Ana Ruiz",
        ),
    ],
)
def test_the_speakers_own_pronoun_holds_the_stance(
    extractor: Extractor, text: str, source: str
) -> None:
    sources = {s for s, _, _ in stance_triples(extractor, text)}
    assert source in sources
    assert "Chile" not in sources


def test_a_pronoun_that_does_not_fit_the_speaker_is_someone_else(extractor: Extractor) -> None:
    text = (
        "The Halvor Dockers Union met Peter Kamau on Monday. The union said he would back Tom Abel."
    )
    found = stance_triples(extractor, text)
    assert ("Peter Kamau", "support", "Tom Abel") in found
    assert ("Halvor Dockers Union", "support", "Tom Abel") not in found
