"""Two name forms read as the actor they are (sentences of our own): a surname written without
its Arabic article ("Adeeb" after "Ali al-Adeeb") is that person; an acronym the model took for a
person ("observers from SADC") is a body."""

from __future__ import annotations

from graph.extract import Extractor
from graph.model import Article
from tests.said import said


def test_a_surname_without_its_article_is_the_person(extractor: Extractor) -> None:
    text = (
        "Ali al-Adeeb, an ally of Prime Minister Nuri al-Maliki, demanded a recount.\n\n"
        '"There has been clear manipulation," said Adeeb. Maliki did not comment.'
    )
    names = {a.name for a in extractor(Article("t", text)).actors}
    assert "Adeeb" not in names and "Maliki" not in names
    assert [name for name, _ in said(extractor, text)] == ["Ali al-Adeeb"]


def test_an_acronym_is_no_person(extractor: Extractor) -> None:
    text = (
        "Observers from the regional bloc SADC endorsed the vote, while the opposition MDC "
        "rejected it."
    )
    people = {a.name for a in extractor(Article("t", text)).actors if a.type == "Person"}
    assert "SADC" not in people
