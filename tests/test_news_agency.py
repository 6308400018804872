"""A wire named by its kind ("the news agency said") is the wire that just reported, never the
story's regulator (an electoral commission is "an agency" of another kind); and Agence
France-Presse, quoted in stories of every country, is one actor whose name mentions no France.
Sentences are our own."""

from __future__ import annotations

from graph.extract import Extractor
from graph.model import Article

TEXT = (
    "The Kelmish electoral commission announced the result on Monday.\n\n"
    "Agence France-Presse reported that one person died in the capital before the result was "
    "announced. Another was killed in the north after the result was released, the news agency "
    "said.\n"
)


def test_the_news_agency_is_the_wire_that_reported(extractor: Extractor) -> None:
    result = extractor(Article("t", TEXT))
    names = {a.id: a.name for a in result.actors}
    assert [names[q.speaker] for q in result.quotes] == ["Agence France-Presse"] * 2


def test_the_wires_name_mentions_no_country(extractor: Extractor) -> None:
    result = extractor(Article("t", TEXT))
    names = {a.name for a in result.actors}
    assert "France" not in names and not any(n.startswith("French") for n in names)


def test_a_regulators_agency_is_still_the_regulator(extractor: Extractor) -> None:
    text = (
        "The Kelm Election Commission announced the result on Monday.\n\n"
        "The agency said turnout was 61 percent.\n"
    )
    result = extractor(Article("t", text))
    names = {a.id: a.name for a in result.actors}
    assert [names[q.speaker] for q in result.quotes] == ["Kelm Election Commission"]
