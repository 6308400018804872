"""A person named by a common noun is no issue to take a side on, and a place or medium
phrase on that noun names nobody in the group (session 60; own sentences)."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import stance_triples as _stances

_LEAD = "Former hedge fund manager Martin Kell raised the price of the drug by 5,000 percent.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Senator Ana Ruiz condemned the businessman on Twitter.",
        "Senator Ana Ruiz attacked the tycoon on television.",
        "Senator Ana Ruiz praised the entrepreneur in a speech at Harvard.",
    ],
)
def test_an_occupation_is_no_claim_and_its_medium_no_target(
    extractor: Extractor, sentence: str
) -> None:
    found = {s for s in _stances(extractor, _LEAD + sentence) if s[0] == "Ana Ruiz"}
    targets = {target.lower() for _, _, target in found}
    assert not any(w in t for t in targets for w in ("businessman", "tycoon", "entrepreneur"))
    assert not targets & {"twitter", "harvard"}


def test_the_person_named_is_the_target_not_the_platform(extractor: Extractor) -> None:
    found = _stances(extractor, _LEAD + "Senator Ana Ruiz condemned Martin Kell on Twitter.")
    assert ("Ana Ruiz", "oppose", "Martin Kell") in found
    assert not any(target == "Twitter" for _, _, target in found)


def test_what_an_act_is_on_stays_its_target(extractor: Extractor) -> None:
    found = _stances(extractor, "Senator Ana Ruiz cracked down on Telegram on Monday.")
    assert ("Ana Ruiz", "oppose", "Telegram") in found


def test_members_of_a_body_still_name_it(extractor: Extractor) -> None:
    text = "The Civic Front ran in the election.\n\nSenator Ana Ruiz condemned the members of the Civic Front."
    assert ("Ana Ruiz", "oppose", "Civic Front") in _stances(extractor, text)
