"""A country's ministry named by a possessive, the "it" of the clause it reports, a president
described by nationality, and a gathering that is only where words were said (own sentences)."""

from __future__ import annotations

from datetime import date

import pytest

from graph.extract import Extractor
from graph.extract.contract import to_contract
from graph.model import Article, DateValue
from tests.rule_stances import rule_targets


def speakers(extractor: Extractor, text: str) -> list[tuple[str, str]]:
    pub = DateValue(date(2025, 3, 14), "stated")
    found = to_contract(extractor(Article("t", text, published=pub)))["quotes"]
    return sorted((q["speaker"], q["text"][:30]) for q in found)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Norway's foreign ministry summoned the Chilean envoy over the remarks, it said "
            "in a statement.",
            "Norwegian foreign ministry",
        ),
        (
            "Germany's economy ministry blocked the sale of the chipmaker to a Chinese fund, "
            "it said on Monday.",
            "German economy ministry",
        ),
    ],
)
def test_it_after_the_clause_it_reports_is_that_clauses_body(
    extractor: Extractor, text: str, speaker: str
) -> None:
    assert {s for s, _ in speakers(extractor, text)} == {speaker}


def test_the_ministry_named_by_its_country_speaks_again_as_the_ministry(
    extractor: Extractor,
) -> None:
    text = (
        "Chile's foreign ministry summoned the Bolivian ambassador on Friday.\n\n"
        '"These remarks are unacceptable," the foreign ministry said.'
    )
    assert speakers(extractor, text) == [
        ("Chilean foreign ministry", "These remarks are unacceptable")
    ]


def test_a_company_reporting_its_own_act_stays_itself(extractor: Extractor) -> None:
    text = "Nordvik Motors recalled 50,000 vans in Norway, it said in a filing."
    assert {s for s, _ in speakers(extractor, text)} == {"Nordvik Motors"}


def test_the_countrys_president_described_by_adjective_is_the_one_named(
    extractor: Extractor,
) -> None:
    text = (
        "Ghana's Foreign Minister Kofi Mensah flew home on Monday. Ghana's President Ama Owusu "
        'spoke in Accra on Tuesday.\n\n"We need more help," the Ghanaian president said.'
    )
    assert ("Ama Owusu", "We need more help,") in speakers(extractor, text)


def test_a_gathering_where_words_were_said_is_no_target(extractor: Extractor) -> None:
    text = (
        "Peru's foreign ministry protested against statements made by Colombia's President "
        "Ana Rud at the UN General Assembly."
    )
    found = rule_targets(extractor, text)
    assert ("Peruvian foreign ministry", "oppose", "Ana Rud") in found
    assert not {t for _, _, t in found} & {"United Nations", "UN General Assembly"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Nordvik Motors rejected the demands of the Metal Workers Union on Monday. "
            "“The Metal Workers Union has failed its members,” it said.",
            "Nordvik Motors",
        ),
        (
            "Brandt Foods turned down the bid on Monday. “Nordvik Foods confirms that it has made "
            "a proposal to Brandt Foods about combining the two groups,” it said in a statement.",
            "Nordvik Foods",
        ),
    ],
)
def test_it_after_a_quotation_is_its_subject_only_when_that_declares_itself(
    extractor: Extractor, text: str, speaker: str
) -> None:
    assert {s for s, _ in speakers(extractor, text)} == {speaker}


@pytest.mark.parametrize(
    "text",
    [
        '"The deputy minister conveyed our strong protest against the statements made by '
        "President Ana Rud at the summit yesterday, alleging that some NATO members feigned "
        "loyalty while secretly supporting Russia,\" Norway's foreign ministry said.",
    ],
)
def test_what_some_states_are_said_to_do_is_no_stance_of_the_speaker(
    extractor: Extractor, text: str
) -> None:
    assert not {s for s in rule_targets(extractor, text) if s[2] == "Russia"}


def test_a_ministry_named_by_its_country_is_the_source_not_the_country(
    extractor: Extractor,
) -> None:
    text = "Peru's foreign ministry condemned Ana Rud over the remarks on Monday."
    found = rule_targets(extractor, text)
    assert ("Peruvian foreign ministry", "oppose", "Ana Rud") in found
    assert ("Peru", "oppose", "Ana Rud") not in found


def test_the_court_a_fight_is_taken_to_is_no_target(extractor: Extractor) -> None:
    text = (
        "Nigeria held its election on Saturday.\n\n"
        "The Peoples Democratic Party said it would challenge the outcome in court.\n"
    )
    found = rule_targets(extractor, text)
    assert not any(t.endswith("judiciary") or "Court" in t for _, _, t in found)
