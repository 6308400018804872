"""Names that are no actor or only part of one: "thank God" takes no side, a company "on the
FTSE 100 share index" is listed there, not allied with it, and "the Attorney-General’s Office"
is no "General’s Office". Sentences are our own."""

from __future__ import annotations

from graph.extract import Extractor
from graph.model import Article


def names(extractor: Extractor, text: str) -> set[str]:
    return {a.name for a in extractor(Article("t", text)).actors}


def test_a_deity_thanked_is_no_actor(extractor: Extractor) -> None:
    text = "Fans of the striker Ana Phiri sang and thanked God after the final whistle."
    result = extractor(Article("t", text))
    ids = {a.id: a.name for a in result.actors}
    assert "God" not in names(extractor, text)
    assert not [s for s in result.stances if ids.get(s.target) == "God"]


def test_a_share_index_is_no_actor(extractor: Extractor) -> None:
    text = (
        "Baltic Mills, among the largest firms on the FTSE 100 share index, said Norfoods "
        "would be back with a higher bid."
    )
    assert not {n for n in names(extractor, text) if n.startswith("FTSE")}


def test_an_exchange_named_as_a_company_stays_one(extractor: Extractor) -> None:
    text = "Nasdaq said on Monday it would buy a Swedish data firm."
    assert "Nasdaq" in names(extractor, text)


def test_the_office_of_a_hyphened_title_keeps_its_whole_name(extractor: Extractor) -> None:
    text = (
        "He has been summoned to the Attorney-General’s Office. The Attorney-General’s Office "
        "said on Monday it had opened an inquiry."
    )
    assert "Attorney-General’s Office" in names(extractor, text)
    assert "General’s Office" not in names(extractor, text)
