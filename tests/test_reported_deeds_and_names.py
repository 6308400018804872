"""Names the model leaves untagged at a sentence's start, and deeds a speaker reports.

Sentences are our own.
- "Human Dignity Watch said ...": a speaker's name of three capitalised words whose first word
  the parser hangs on the second is the whole name; a name ending in an organisation's word
  ("Watch", "International") is an organisation.
- "the group's Americas director": no possessive follows another, so "Americas" is no country.
- "X said security forces had detained 40 people": the forces' deed, not X's stance; a deed
  the speaker's own side does ("we decided to suspend him") stays the speaker's.
- A name ending in a business word ("... Shipping") is an organisation, and "the company" in a
  quotation is the business the story names, never a state body; "the court's decision" is
  the decision of the court the story names.
- "a charge Berg denied": the claim denied is never the words of the clause that denies it.
"""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article
from tests.rule_stances import stance_triples


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(registry=())


def test_a_three_word_organisation_opening_a_sentence_is_whole(extractor: Extractor) -> None:
    x = extractor(Article("t", "Human Dignity Watch said the arrests of students were unlawful."))
    names = {a.name: a.type for a in x.actors}
    assert names.get("Human Dignity Watch") == "Organization"
    assert "Dignity Watch" not in names
    assert [x.actor(q.speaker).name for q in x.quotes] == ["Human Dignity Watch"]


def test_a_region_after_a_possessive_is_no_country(extractor: Extractor) -> None:
    x = extractor(
        Article(
            "t",
            '"The arrests must stop," said Ines Calder, the group\'s Americas director.',
        )
    )
    assert "United States" not in {a.name for a in x.actors}


@pytest.mark.parametrize(
    "text",
    [
        "The Lantern Institute said security forces had detained at least 40 students.",
        "The Lantern Institute said riot police had arrested dozens of marchers.",
    ],
)
def test_a_deed_reported_by_a_speaker_is_not_the_speakers_stance(
    extractor: Extractor, text: str
) -> None:
    assert not {s for s in stance_triples(extractor, text) if s[0] == "Lantern Institute"}


def test_a_deed_of_the_speakers_own_side_stays_theirs(extractor: Extractor) -> None:
    text = (
        'The Coastal Football League said: "We have decided to suspend Mr. Arno Vidal from all '
        'football activity."'
    )
    assert ("Coastal Football League", "oppose", "Arno Vidal") in stance_triples(extractor, text)


def test_a_name_ending_in_a_business_word_is_an_organisation(extractor: Extractor) -> None:
    x = extractor(Article("t", "Brightwater Shipping cut wages by ten percent on Monday."))
    assert {a.name: a.type for a in x.actors}.get("Brightwater Shipping") == "Organization"


def test_the_company_in_a_quotation_is_the_business_the_story_names(
    extractor: Extractor,
) -> None:
    text = (
        'Brightwater Shipping cut wages by ten percent on Monday. "The company has betrayed '
        'its workers," said Ivo Marsh, the leader of the Dockers Guild.'
    )
    assert ("Ivo Marsh", "oppose", "Brightwater Shipping") in stance_triples(extractor, text)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "Nordline Shipping cut 300 jobs on Monday. The European Commission has accused the "
            "shipping giant of abusing its dominance.",
            ("European Commission", "oppose", "Nordline Shipping"),
        ),
        (
            "Nordline Shipping cut 300 jobs on Monday. Piet Vos attacked the tech giant.",
            ("Piet Vos", "oppose", "Nordline Shipping"),
        ),
    ],
)
def test_the_trade_giant_is_the_business_the_story_names(
    extractor: Extractor, text: str, stance: tuple[str, str, str]
) -> None:
    assert stance in stance_triples(extractor, text)


def test_a_described_company_of_a_country_is_not_the_storys(extractor: Extractor) -> None:
    text = "Nordline Shipping cut 300 jobs on Monday. Piet Vos criticised a Chinese firm."
    assert ("Piet Vos", "oppose", "Nordline Shipping") not in stance_triples(extractor, text)


def test_the_company_is_never_a_state_body(extractor: Extractor) -> None:
    text = (
        'The Trade Commission opened an inquiry on Monday. "The company has misled '
        'regulators for years," said Ivo Marsh.'
    )
    assert ("Ivo Marsh", "oppose", "Trade Commission") not in stance_triples(extractor, text)


def test_the_court_owning_a_decision_is_the_court_the_story_names(
    extractor: Extractor,
) -> None:
    text = (
        "The Federal Court ruled against Orla Airways on Friday. Orla said it would challenge "
        "the court's decision."
    )
    assert ("Orla Airways", "oppose", "Federal Court") in stance_triples(extractor, text)


def test_a_charge_denied_in_a_relative_clause_is_no_claim(extractor: Extractor) -> None:
    text = "Ines Calder accused Tomas Berg of rigging the vote, a charge Berg denied."
    found = stance_triples(extractor, text)
    assert ("Ines Calder", "oppose", "Tomas Berg") in found
    assert not {s for s in found if "denied" in s[2]}


def test_a_fault_in_a_report_is_not_charged_to_the_speakers_own_principal(
    extractor: Extractor,
) -> None:
    text = (
        "Tomas Berg's campaign manager said the party had evidence of fraud at 600 polling "
        "stations."
    )
    assert not {s for s in stance_triples(extractor, text) if s[2] == "Tomas Berg"}
