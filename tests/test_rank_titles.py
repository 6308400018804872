"""A rank's abbreviation written without its stop, as British style writes it ("Gen Boris Kalin",
"Lt Col Ana Soto"), is a title, not part of the name; "Gen Z" is no rank (own sentences)."""

from __future__ import annotations

from graph.extract import Extractor
from graph.model import Article


def test_a_rank_without_its_stop_is_no_part_of_the_name(extractor: Extractor) -> None:
    text = (
        "Gen Boris Kalin promised a legal challenge to the outcome of the ballot. "
        '"The count was rigged," Gen Kalin said.\n'
    )
    found = extractor(Article("t", text))
    people = [a for a in found.actors if a.type == "Person"]
    assert [a.name for a in people] == ["Boris Kalin"]
    assert {q.speaker for q in found.quotes} == {people[0].id}
