"""Two name forms read as the actor they are (sentences of our own): a surname written without
its Arabic article ("Haddad" after "Omar al-Haddad") is that person; an acronym the model took for a
person ("observers from SADC") is a body."""

from __future__ import annotations

from graph.extract import Extractor
from graph.model import Article
from tests.said import said


def test_a_surname_without_its_article_is_the_person(extractor: Extractor) -> None:
    text = (
        "Omar al-Haddad, an ally of Prime Minister Karim al-Jabouri, asked for a recount.\n\n"
        '"The tallies were doctored," said Haddad. Jabouri did not comment.'
    )
    names = {a.name for a in extractor(Article("t", text)).actors}
    assert "Haddad" not in names and "Jabouri" not in names
    assert [name for name, _ in said(extractor, text)] == ["Omar al-Haddad"]


def test_an_acronym_is_no_person(extractor: Extractor) -> None:
    text = (
        "Observers from the regional bloc SADC endorsed the vote, while the opposition MDC "
        "rejected it."
    )
    people = {a.name for a in extractor(Article("t", text)).actors if a.type == "Person"}
    assert "SADC" not in people
