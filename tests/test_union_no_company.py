"""A body written after a word of a union's or a public body's kind is no business: "the
airline said" in a story that names the pilots' union most is the airline, not the union
(sentences of our own)."""

from __future__ import annotations

from graph.extract import Extractor
from graph.model import Article

_TEXT = (
    "Pilots at Skyfar Airlines will walk out on Friday, the cabin crew union Velta said.\n\n"
    '"Talks have failed," Velta said in a statement. Velta wants a 12 percent raise.\n\n'
    "Skyfar has asked its pilots to return to talks, the airline said in a statement.\n"
)


def test_the_airline_is_not_the_union_named_most(extractor: Extractor) -> None:
    found = extractor(Article("t", _TEXT))
    speakers = {q.span.text[:12]: q.speaker for q in found.quotes}
    assert speakers["Skyfar has a"] == "skyfar-airlines"
    assert speakers["Talks have f"] == "velta"
