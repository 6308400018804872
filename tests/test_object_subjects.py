"""A report ending on a name, then "the X said": X said it, the name is reported (own sentences)."""

from __future__ import annotations

from graph.extract import Extractor
from graph.model import Article


def _quotes(extractor: Extractor, text: str) -> list[tuple[str, str]]:
    result = extractor(Article("t", text))
    names = {a.id: a.name for a in result.actors}
    return [(names.get(q.speaker, q.speaker), q.span.text) for q in result.quotes]


def test_the_apposition_before_the_cue_is_the_speaker(extractor: Extractor) -> None:
    text = (
        "Peru's President Ana Ruiz has beaten her rival Tomas Berg, the National Election Board "
        "(NEB) has said, in a close vote."
    )
    assert _quotes(extractor, text) == [
        ("National Election Board", "Peru's President Ana Ruiz has beaten her rival Tomas Berg")
    ]


def test_a_subject_after_a_comma_speaks(extractor: Extractor) -> None:
    text = "The count was fair, Tomas Berg, the head of the board, said on Monday."
    assert [s for s, _ in _quotes(extractor, text)] == ["Tomas Berg"]
