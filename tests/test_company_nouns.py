""""The company" and "the tech giant" stand for a business, never a public body (own sentences)."""

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
