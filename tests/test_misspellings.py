"""A surname written once with a letter wrong is the person named in full before."""

from __future__ import annotations

from graph.extract import Extractor
from graph.extract.contract import to_contract
from graph.model import Article


def _speakers(extractor: Extractor, text: str) -> list[str]:
    return [q["speaker"] for q in to_contract(extractor(Article("t", text)))["quotes"]]


def test_a_surname_misspelt_by_one_letter_is_the_person_named_before(
    extractor: Extractor,
) -> None:
    text = (
        'Deputy Minister Carla Whitfield said the port would reopen on Monday. "We have '
        'cleared the channel," she said.\n\n'
        '"Nobody should expect miracles," Whitfeld added.'
    )
    assert set(_speakers(extractor, text)) == {"Carla Whitfield"}


def test_a_short_name_one_letter_away_stays_its_own_person(extractor: Extractor) -> None:
    text = (
        'Judge Omar Kahn said the trial would resume. "The court has heard enough," Khan said.'
    )
    assert "Omar Kahn" in _speakers(extractor, text)
    assert "Khan" in _speakers(extractor, text)
