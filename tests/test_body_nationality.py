"""A body described with a nationality is none the story writes with another (story_bodies):
after "French media company Lumenta", "the Italian media group said" is not Lumenta."""

from __future__ import annotations

from graph.extract import Extractor
from graph.model import Article

_LEAD = (
    "French media company Lumenta on Thursday pulled out of a deal to buy a stake in {other}.\n\n"
    "Lumenta said the deal was too costly. Lumenta later sued.\n\n"
    "The Italian media group said a conflict with the French firm would be settled in court."
)


def _speakers(extractor: Extractor, text: str) -> list[str]:
    x = extractor(Article("t", text))
    names = {a.id: a.name for a in x.actors}
    return [names[q.speaker] for q in x.quotes]


def test_the_described_nationality_picks_the_other_body(extractor: Extractor) -> None:
    assert _speakers(extractor, _LEAD.format(other="Orbis")) == ["Lumenta", "Orbis"]


def test_no_body_of_that_nationality_leaves_the_words_unattributed(extractor: Extractor) -> None:
    assert _speakers(extractor, _LEAD.format(other="a rival")) == ["Lumenta"]
