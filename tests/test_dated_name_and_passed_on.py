"""Two misreadings mended (sentences of our own): a name the parser ran into the day before it
("and on Thursday Tom Reyes, the chief executive, made his feelings clear, writing: “…”") is
the subject; in "She had said X, but has not made a request, according to Y" the report is
hers and only the clause joined to it is Y's."""

from __future__ import annotations

from graph.extract import Extractor
from graph.model import Article


def test_a_name_run_into_the_day_before_it_is_the_subject(extractor: Extractor) -> None:
    text = (
        "It is the first time workers at the firm have gone on strike, and on Thursday Tom "
        "Reyes, the chief executive, made his feelings clear, writing on his blog: “This is "
        "absurd.”\n"
    )
    assert [q.speaker for q in extractor(Article("t", text)).quotes] == ["tom-reyes"]


def test_a_clause_joined_to_a_report_is_the_source_s_alone(extractor: Extractor) -> None:
    text = (
        "Ana Ruiz has refused to accept the outcome of the runoff. She had said she would seek "
        "a recount, but has not yet made a formal request, according to the election council.\n"
    )
    found = extractor(Article("t", text)).quotes
    assert [(q.speaker, q.span.text) for q in found] == [
        ("ana-ruiz", "she would seek a recount"),
        ("election-council", "has not yet made a formal request"),
    ]
