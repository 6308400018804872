"""A body named by its field and country speaks as itself ("Haulage UK said", not the UK), and
a document a participle says someone sent or signed speaks for them ("a memo sent out by the
editor ... says") rather than for the speaker before (issue 13.1). Sentences are our own."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.said import speakers


@pytest.mark.parametrize("body", ["Haulage UK", "Tennis Australia", "Rowing Canada"])
def test_a_field_and_a_country_name_one_body(extractor: Extractor, body: str) -> None:
    text = (
        "Dock workers at Harwich began an eight-day strike on Tuesday. "
        f'{body} said it was "not expecting massive disruption" from the walkout.\n'
    )
    assert speakers(extractor, text) == [body]


@pytest.mark.parametrize("country", ["North Korea", "New Zealand"])
def test_a_country_of_two_words_stays_the_country(extractor: Extractor, country: str) -> None:
    text = f"{country} said on Monday it would respond to the sanctions.\n"
    assert speakers(extractor, text) == [country]


@pytest.mark.parametrize("verb", ["sent out by", "signed by", "issued by"])
def test_a_document_speaks_for_whoever_sent_it(extractor: Extractor, verb: str) -> None:
    text = (
        'Corvex executive chairman, Dana Holt, said: "We respect the regulator\'s process."\n\n'
        f"A memo to staff {verb} Ledger editor Tom Reyes — obtained by the BBC — defends the "
        'three expelled reporters and says, "Even now, they are doing their jobs."\n'
    )
    assert speakers(extractor, text) == ["Dana Holt", "Tom Reyes"]


@pytest.mark.parametrize("introduced", ["issued by", "signed by", "from"])
def test_the_document_speaks_for_the_author_named_when_it_first_came_up(
    extractor: Extractor, introduced: str
) -> None:
    text = (
        f"The directive {introduced} Interior Minister Ana Lind comes as police investigate "
        "the riots.\n\nAcme Corp said in a statement that it was disappointed by the directive."
        "\n\nThe directive gives firms 30 days to comply.\n\n"
        "“The ministry is concerned about the ties between Acme officials and foreign agents,” "
        "the directive said.\n"
    )
    assert speakers(extractor, text) == ["Acme Corp", "Ana Lind"]


def test_an_earlier_document_of_another_maker_is_another_document(extractor: Extractor) -> None:
    text = (
        "A statement from the Farmers Union on Monday criticised the tariff plan. On Tuesday, "
        "Corvex Mining released a statement. The statement said the tariff plan would protect "
        "jobs.\n"
    )
    assert speakers(extractor, text) == ["Corvex Mining"]
