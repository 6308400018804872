"""A short given name that is also an Arabic article ("Al Jensen") is a given name.

The surname of a person may be written alone after the full name, and for names such as
"Omar al-Haddad" the surname without its article ("Haddad") too. A given name spelt like the
article ("Al", "An") has no surname joined to it and must not be read as one.
"""

from __future__ import annotations

from datetime import date

from graph.extract import Extractor
from graph.extract.contract import to_contract
from graph.model import Article, DateValue


def said(extractor: Extractor, text: str) -> list[tuple[str, str]]:
    article = Article("t", text, published=DateValue(date(2025, 6, 3), "stated"))
    return [(q["speaker"], q["text"]) for q in to_contract(extractor(article))["quotes"]]


def test_a_given_name_spelt_like_an_article_is_read(extractor: Extractor) -> None:
    text = (
        "Al Jensen, the mayor, lost the vote on Monday. “We will contest the count,” Jensen said."
    )
    assert said(extractor, text) == [("Al Jensen", "We will contest the count,")]


def test_a_surname_without_its_article_is_the_person(extractor: Extractor) -> None:
    text = (
        "Omar al-Haddad met the envoy on Monday. "
        "“We want a ceasefire before the talks,” Haddad said."
    )
    assert said(extractor, text) == [("Omar al-Haddad", "We want a ceasefire before the talks,")]
