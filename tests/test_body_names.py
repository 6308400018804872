"""Bodies under their short names, and names that are no actor (sentences of our own).

An article writes a body as its acronym or its last word as well as in full ("the AU", "the
Commission", "the African Union", "the European Commission"): one actor, whichever comes
first. A law's name ("the Clean Rivers Act", "the CRA") and a quantity ("2C") are no actor,
a word in brackets after a name ("the Trade (Tariffs) Bill") is no acronym of it, and a name
printed in capitals ("MARTA VIDAL") is written as a name.
"""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Actor, Article, Extraction
from graph.reconcile import reconcile


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(registry=())


def _names(extractor: Extractor, text: str) -> dict[str, tuple[str, ...]]:
    return {a.name: a.aliases for a in extractor(Article("t", text)).actors}


@pytest.mark.parametrize(
    ("text", "full", "short"),
    [
        (
            "The AU condemned the coup on Monday. The African Union said elections must be held.",
            "African Union",
            "AU",
        ),
        (
            "The Commission fined Zentra on Monday. The European Commission said Zentra broke "
            "competition rules.",
            "European Commission",
            "Commission",
        ),
    ],
)
def test_a_body_and_its_short_name_are_one_actor(
    extractor: Extractor, text: str, full: str, short: str
) -> None:
    names = _names(extractor, text)
    assert full in names and short not in names, names
    assert short in names[full]


def test_a_law_and_its_acronym_are_no_actor(extractor: Extractor) -> None:
    text = (
        "Senator Mia Chen opposed the Clean Rivers Act on Thursday. Greenwatch said the CRA "
        "would protect farmers, and the Farmers Union criticised the CRA."
    )
    names = _names(extractor, text)
    assert "Clean Rivers Act" not in names and "CRA" not in names, names
    assert {"Mia Chen", "Greenwatch"} <= set(names), names


def test_a_quantity_is_no_actor(extractor: Extractor) -> None:
    names = _names(extractor, "Delegates said the 2C goal was slipping away, Greenwatch said.")
    assert not any(name[:1].isdigit() for name in names), names


def test_a_word_in_brackets_is_no_acronym(extractor: Extractor) -> None:
    text = "The EU (Withdrawal) Bill passed on Monday, the European Union said."
    aliases = [alias for a in extractor(Article("w", text)).actors for alias in a.aliases]
    assert "Withdrawal" not in aliases


def test_a_name_in_capitals_is_written_as_a_name(extractor: Extractor) -> None:
    text = "“We will not give up,” said the statement. — MARTA VIDAL, opposition leader"
    names = _names(extractor, text)
    assert "MARTA VIDAL" not in names


def test_an_acronym_joins_the_body_an_earlier_article_named() -> None:
    article = Article("a2", "The AU met.")
    short = Actor("au", "AU", "Organization", mentions=(article.span(4, 6),))
    known = Actor("african-union", "African Union", "Organization")
    merged = reconcile(Extraction(article, actors=(short,)), {known.id: known})
    assert [(a.id, a.name) for a in merged.actors] == [("african-union", "African Union")]


def test_a_label_given_to_someone_is_no_group(extractor: Extractor) -> None:
    text = 'Prime Minister Lena Ortiz branded Portugal a "failed state" on Sunday.'
    extraction = extractor(Article("s", text))
    assert {a.name for a in extraction.actors} == {"Lena Ortiz", "Portugal"}
    assert not any('"' in a.name or "state" in a.name for a in extraction.actors)

