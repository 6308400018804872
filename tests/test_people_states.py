"""A people named by "the" and its adjective acts as its state (sentences of our own): "The
Dutch barred the minister" is the Netherlands barring him, "the French" in a coordination is
France; a plural people word ("Syrians") stays a group, and a language or a description is no
actor."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article
from tests.rule_stances import stance_triples


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "The Dutch barred Foreign Minister Ana Ruiz of Norland from entering the country.",
            ("Netherlands", "oppose", "Ana Ruiz"),
        ),
        (
            "The Chinese have criticised Norland over the fishing grounds.",
            ("China", "oppose", "Norland"),
        ),
        (
            "The Swiss and the French condemned Norland for the raid.",
            ("France", "oppose", "Norland"),
        ),
    ],
)
def test_the_people_word_acts_as_its_state(
    extractor: Extractor, text: str, stance: tuple[str, str, str]
) -> None:
    found = stance_triples(extractor, text)
    assert stance in found
    assert not any(source in ("Dutch", "Chinese", "French") for source, _, _ in found)


def test_the_swiss_are_switzerland(extractor: Extractor) -> None:
    found = stance_triples(extractor, "The Swiss condemned Norland for the raid.")
    assert ("Switzerland", "oppose", "Norland") in found


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz speaks French and Dutch at home.",
        "Ana Ruiz, who is half Dutch, left for Oslo.",
        "The Dutch in Norland condemned Mayor Ana Ruiz for the raid.",
    ],
)
def test_a_language_or_a_description_is_no_state(extractor: Extractor, text: str) -> None:
    names = {a.name for a in extractor(Article("t", text)).actors}
    assert not names & {"Netherlands", "France"}


@pytest.mark.parametrize("noun", ["nations", "countries", "governments"])
def test_a_bloc_by_its_untagged_adjective_is_a_group(extractor: Extractor, noun: str) -> None:
    # "Western" is no entity to the model: "Western nations" is a group as "European powers" is.
    found = stance_triples(
        extractor, f"Western {noun} have accused Tomas Berg of jailing his critics."
    )
    assert (f"Western {noun}", "oppose", "Tomas Berg") in found
