""" "The company" and "the tech giant" stand for a business, never a public body (own sentences)."""

from __future__ import annotations

from graph.extract import Extractor
from graph.extract.contract import to_contract
from graph.model import Article
from tests.rule_stances import rule_targets


def test_the_tech_giant_is_the_business_not_the_union_named_most(extractor: Extractor) -> None:
    text = (
        "The European Union fined Orbit Systems 2 billion euros on Tuesday. The EU said the fine "
        "was fair. The European Commission has accused the tech giant of abusing its dominance "
        "of Android in the European Union."
    )
    found = rule_targets(extractor, text)
    assert ("European Commission", "oppose", "Orbit Systems") in found
    assert ("European Commission", "oppose", "European Union") not in found


def test_the_company_said_is_no_commission(extractor: Extractor) -> None:
    text = (
        "The Competition Commission on Monday blocked the purchase of a rival by Orbit Systems. "
        "The Competition Commission said prices would rise. The Competition Commission also "
        'said the market was small. "We will appeal," the company said.'
    )
    quotes = to_contract(extractor(Article("t", text)))["quotes"]
    assert [q["speaker"] for q in quotes if "appeal" in q["text"]] == ["Orbit Systems"]


def test_a_bare_possessive_leaves_the_named_body_speaking(extractor: Extractor) -> None:
    # "X and their union, Y,": Y is "the union" further down (only kin words such as
    # "parent" or "rival" make the noun another's)
    text = (
        "Nurses at Kamuzu Central Hospital and their union, the Nurses and Midwives Council, "
        "rejected the pay offer on Monday. The offer was an insult, the union said."
    )
    quotes = to_contract(extractor(Article("t", text)))["quotes"]
    assert [q["speaker"] for q in quotes] == ["Nurses and Midwives Council"]


def test_the_company_is_not_the_one_named_as_its_parent(extractor: Extractor) -> None:
    # "X and its parent company, Y,": Y is X's parent; "the company said" further down is the
    # business the story is about (a relation's noun names no referent for "the company").
    text = (
        "Harbor Mills Corp. asked a federal judge on Friday to block the new tariff on flour.\n\n"
        "Harbor Mills and its parent company, Grainco Holdings Ltd., filed a complaint late "
        "Friday night. The lawsuit marks the second time Harbor Mills has challenged the tariff "
        "in court.\n\nThe tariff exceeded the law, the company said."
    )
    quotes = to_contract(extractor(Article("t", text)))["quotes"]
    assert [q["speaker"] for q in quotes if "exceeded" in q["text"]] == ["Harbor Mills Corp"]
