"""A union named by its employer and its members' trade is one organisation (own sentences)."""

from __future__ import annotations

from graph.extract import Extractor
from graph.extract.contract import to_contract
from graph.model import Article
from tests.rule_stances import rule_targets


def test_the_employers_trade_union_acts_and_speaks_as_one_body(extractor: Extractor) -> None:
    text = (
        "Halvor Health runs six hospitals. The Halvor nurses union rejected the company's "
        'latest pay offer on Tuesday. "We remain on strike," the union said.'
    )
    assert ("Halvor nurses union", "oppose", "Halvor Health") in rule_targets(extractor, text)
    quotes = to_contract(extractor(Article("t", text)))["quotes"]
    assert [q["speaker"] for q in quotes] == ["Halvor nurses union"]


def test_a_trade_union_without_a_named_employer_is_no_actor(extractor: Extractor) -> None:
    text = "The nurses union rejected the offer on Tuesday."
    names = {a.name for a in extractor(Article("t", text)).actors}
    assert not any("union" in n.lower() for n in names)
