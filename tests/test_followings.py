"""A person's camp speaks as a group of its own; a camp as a place does not (own sentences)."""

from __future__ import annotations

from graph.extract import Extractor
from graph.model import Article
from tests.rule_stances import stance_triples


def _speakers(extractor: Extractor, text: str) -> list[str]:
    result = extractor(Article(id="t", text=text))
    names = {a.id: a.name for a in result.actors}
    return [names.get(q.speaker, q.speaker) for q in result.quotes]


def test_a_persons_camp_speaks(extractor: Extractor) -> None:
    text = "Chile voted on Sunday. Tomas Wekwete's camp said the count was rigged."
    assert _speakers(extractor, text) == ["Tomas Wekwete's camp"]


def test_a_persons_camp_takes_a_side(extractor: Extractor) -> None:
    text = "Kenya voted on Sunday. Juma Odhiambo's camp rejected the self-proclaimed win by Peter Kamau."
    assert ("Juma Odhiambo's camp", "oppose", "Peter Kamau") in stance_triples(extractor, text)


def test_a_camp_as_a_place_is_no_speaker(extractor: Extractor) -> None:
    text = "Aid workers at the Halvor camp said food was short."
    assert "Halvor camp" not in _speakers(extractor, text)


def test_a_countrys_delegation_speaks_not_the_one_quoted_before(extractor: Extractor) -> None:
    # A delegation is its country's (or principal's) people speaking together; before, the
    # direct quotation it reported went to whoever spoke last.
    text = (
        "The fishing talks in Lyon ended without a deal.\n\n"
        "“If it wasn’t for two members we would have a deal,” one French negotiator told "
        "Le Monde.\n\n"
        "Norway’s delegation said on Sunday that “we are not here to end fishing itself.”\n\n"
        "Tomas Wekwete's delegation said the text was weak."
    )
    assert _speakers(extractor, text)[1:] == ["Norway’s delegation", "Tomas Wekwete's delegation"]


def test_the_camp_of_a_person_with_an_apposition_speaks_as_a_group(
    extractor: Extractor,
) -> None:
    # "the camp of X" is X's camp; an apposition on X (with a date in it) is no part of the name,
    # and X keeps the mention the apposition's stance is read from.
    text = (
        "The camp of Albert Ondo Ossa, President Ali Bongo Ondimba’s main rival in Saturday’s "
        "election, reaffirmed on Monday that it had won."
    )
    result = extractor(Article(id="t", text=text))
    names = {a.id: a.name for a in result.actors}
    assert [names[q.speaker] for q in result.quotes] == ["camp of Albert Ondo Ossa"]
    assert ("Albert Ondo Ossa", "oppose", "Ali Bongo Ondimba") in stance_triples(extractor, text)


def test_a_person_s_aide_speaks_on_the_day_the_camp_s_lead_reports(
    extractor: Extractor,
) -> None:
    from datetime import date

    from graph.model import DateValue

    text = (
        "The camp of Albert Ondo Ossa reaffirmed on Monday that it had won.\n\n"
        "“We call on our compatriots to bow before the will of the people,” declared Mike "
        "Jocktane, the director of campaign of Mr. Ondo Ossa, at a press conference.\n\n"
        "“The count is clear,” said Jan Brod, a lawyer in the capital."
    )
    pub = DateValue(date(2025, 3, 15), "stated")
    result = extractor(Article(id="t", text=text, published=pub))
    assert [q.said_on.iso for q in result.quotes] == ["2025-03-10", "2025-03-10", None]
