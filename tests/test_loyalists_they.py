"""A following named by a plural noun (sentences of our own): "Some Brandt loyalists privately
expressed doubts they could prove fraud" is said by the loyalists (some of them, a group),
and their "they" is not a country named before."""

from __future__ import annotations

from graph.extract import Extractor
from graph.model import Article
from tests.said import said

TEXT = (
    "Russia and the United States on Tuesday congratulated the winner of Moldova's vote.\n\n"
    "Some Brandt loyalists privately voiced fears they would lose the court case over the "
    "count."
)


def test_the_loyalists_say_it(extractor: Extractor) -> None:
    assert [name for name, _ in said(extractor, TEXT)] == ["Some Brandt loyalists"]


def test_their_they_is_no_country(extractor: Extractor) -> None:
    found = extractor(Article("t", TEXT))
    names = {a.id: a.name for a in found.actors}
    doubts = [s for s in found.stances if "fears" in s.span.text]
    assert doubts
    assert not any(names.get(s.source) == "Russia" for s in doubts)
