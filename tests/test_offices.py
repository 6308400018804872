"""A role noun is not given to a person the story gives another office (issue 13, point 3).

"the minister said" after "union president Ann Lee" is some minister, not Ann Lee; a description
("the leader", "the veteran") may still be the person last quoted. Sentences are our own.
"""

from __future__ import annotations

from graph.extract import Extractor
from graph.model import Article


def speakers(extractor: Extractor, text: str) -> list[str]:
    result = extractor(Article("t", text))
    names = {a.id: a.name for a in result.actors}
    return [names[q.speaker] for q in sorted(result.quotes, key=lambda q: q.span.start)]


def test_another_office_is_not_the_president_just_quoted(extractor: Extractor) -> None:
    text = (
        "Union president Ann Lee said members would walk out.\n\n"
        "The minister said the offer was fair."
    )
    assert speakers(extractor, text) == ["Ann Lee", "minister"]


def test_the_same_office_is_the_holder(extractor: Extractor) -> None:
    text = (
        "Labour Minister Raj Patel met union leaders on Monday.\n\n"
        "The minister said the offer was fair."
    )
    assert speakers(extractor, text) == ["Raj Patel"]


def test_a_description_may_still_be_the_person_last_quoted(extractor: Extractor) -> None:
    text = (
        "Union president Ann Lee said members would walk out.\n\n"
        "The veteran organiser said the vote would be close."
    )
    assert speakers(extractor, text) == ["Ann Lee", "Ann Lee"]
