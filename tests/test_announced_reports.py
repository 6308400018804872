"""A clause that ends in a colon before a reporting clause announces the report that follows.

"That is the view of the industry too: X said costs are ..." reports what X said after the
verb; the clause before the colon is the writer's. Where nothing follows the verb ("Fuel is
cheap: the minister said so"), the clause before is what was said. Sentences of our own.
"""

from __future__ import annotations

from graph.extract import Extractor
from graph.model import Article


def _reports(extractor: Extractor, text: str) -> list[str]:
    return [q.span.text for q in extractor(Article(id="t", text=text)).quotes]


def test_the_report_after_the_colon_is_said_not_the_announcement(extractor: Extractor) -> None:
    text = (
        "Prices will rise. That is the view of the industry too: Jens Holm, secretary of the "
        "North Sea Fleet Council, said costs are out of control."
    )
    assert _reports(extractor, text) == ["costs are out of control"]


def test_with_nothing_after_the_verb_the_clause_before_is_said(extractor: Extractor) -> None:
    assert _reports(extractor, "Fuel is cheap: the minister said so on Monday.") == [
        "Fuel is cheap"
    ]


def test_the_colon_the_parser_hangs_on_the_clause_before_announces_too(
    extractor: Extractor,
) -> None:
    text = (
        "That’s the position the fishing industry is taking, as well: Jens Holm, council "
        "secretary for a trawler owners group called the North Sea Fleet Council, said it’s "
        "“vital” for the treaty to focus on overfishing alone."
    )
    assert _reports(extractor, text) == [
        "it’s “vital” for the treaty to focus on overfishing alone"
    ]
