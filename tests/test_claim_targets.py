"""What a stance is on: the country whose election a claim is about, and people as actors.

Sentences are our own. A report from Washington about a vote abroad names the United States
most, but the tallies it wants published are the other country's; "Latin American" names no
American; a phrase of people ("members of the Democratic Alliance who ...") is the actor it
names, never a claim.
"""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.extract.gazetteer import countries_in
from graph.model import Article, Extraction


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(registry=())


def _claims(extraction: Extraction) -> list[str]:
    return [c.text for c in extraction.claims]


def test_the_tallies_wanted_are_those_of_the_country_that_voted(extractor: Extractor) -> None:
    text = (
        "The United States said on Monday it was worried. U.S. officials met American envoys "
        "in Washington. Secretary of State Ana Soto called for the publication of the full "
        "tallies of Peru's election."
    )
    claims = _claims(extractor(Article("p", text)))
    assert "the full results of the election in Peru should be published" in claims, claims
    assert not any("United States" in c for c in claims), claims


def test_latin_american_is_no_american() -> None:
    assert countries_in("Latin American ministers met Central American envoys") == frozenset()


def test_people_of_a_party_are_the_party(extractor: Extractor) -> None:
    text = (
        "The Democratic Alliance said it would march on Friday. Interior Minister Hugo Ramos "
        "condemned members of the Democratic Alliance who organised the march."
    )
    extraction = extractor(Article("d", text))
    names = {a.id: a.name for a in extraction.actors}
    ramos = [s for s in extraction.stances if names.get(s.source) == "Hugo Ramos"]
    assert [(names.get(s.target), s.polarity) for s in ramos] == [("Democratic Alliance", "oppose")]
    assert not any("members" in c for c in _claims(extraction))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # refusing to accept a fault takes it as fact: the fraud claim, supported
        (
            '"The voters do not accept fraud," opposition leader Ana Ruiz said of Peru\'s election.',
            [("ana-ruiz", "oppose", "peru-results-are-valid")],
        ),
        (
            "Opposition leader Ana Ruiz condemned the fraud in Peru's election on Monday.",
            [("ana-ruiz", "oppose", "peru-results-are-valid")],
        ),
        # a warning about what may come says nothing of the vote held
        ('"We will not tolerate vote-rigging in Peru\'s election," Ana Ruiz said on Monday.', []),
    ],
)
def test_a_fault_refused_is_a_fault_asserted(
    extractor: Extractor, text: str, expected: list[tuple[str, str, str]]
) -> None:
    stances = extractor(Article("f", text)).stances
    assert [
        (s.source, s.polarity, s.target) for s in stances if s.target_kind == "claim"
    ] == expected
