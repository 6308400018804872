"""A lead's description of a body named below; a day after "said" is the saying's (own sentences)."""

from __future__ import annotations

from datetime import date

from graph.extract import Extractor
from graph.model import Article, DateValue

_STRIKE = (
    "A workers' union at carmaker Halvor Motors in Norway said on Wednesday it would continue "
    "to strike indefinitely.\n\n"
    "The Halvor Motors Workers Union (HMWU), whose 20,000 members make up a third of the "
    "workforce, said it had decided to continue striking because management had refused talks."
)


def _quotes(extractor: Extractor, text: str) -> list[tuple[str, str, date | None]]:
    published = DateValue(date(2025, 3, 5), "stated")  # a Wednesday
    result = extractor(Article("t", text, published=published))
    names = {a.id: a.name for a in result.actors}
    return [(names.get(q.speaker, q.speaker), q.span.text, q.said_on.value) for q in result.quotes]


def test_a_leads_description_of_a_body_is_the_body_named_below(extractor: Extractor) -> None:
    speakers = {s for s, _, _ in _quotes(extractor, _STRIKE)}
    assert speakers == {"Halvor Motors Workers Union"}


def test_a_day_after_said_dates_the_saying(extractor: Extractor) -> None:
    first = _quotes(extractor, _STRIKE)[0]
    assert first[1] == "it would continue to strike indefinitely"
    assert first[2] == date(2025, 3, 5)


def test_a_day_after_said_that_is_reported(extractor: Extractor) -> None:
    text = "Ana Ruiz said that on Monday the plan would fail."
    assert _quotes(extractor, text)[0][1] == "on Monday the plan would fail"


def test_a_lead_naming_the_body_keeps_it(extractor: Extractor) -> None:
    text = (
        "A union at carmaker Halvor Motors, the Halvor Motors Workers Union, said on Wednesday "
        "it would strike.\n\nThe Fjord Drivers Union said it would join."
    )
    assert _quotes(extractor, text)[0][0] == "Halvor Motors Workers Union"


def test_a_countrys_body_described_in_the_lead_is_the_one_named_below(
    extractor: Extractor,
) -> None:
    text = (
        "Nigeria's main opposition party on Sunday rejected the results of the presidential "
        "election, saying the vote had been marred by widespread irregularities.\n\n"
        "The Peoples Democratic Party (PDP) said it would challenge the outcome in court.\n"
    )
    speakers = {s for s, _, _ in _quotes(extractor, text)}
    assert speakers == {"Peoples Democratic Party"}
