""" "The Zambian leader" is the one the story writes as Zambia's president or prime minister
(coref.titled_person): "leader" meets any title of a country's leader; a minister is none."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article


def _targets(extractor: Extractor, text: str) -> set[str]:
    x = extractor(Article("t", text))
    names = {a.id: a.name for a in x.actors}
    return {names[s.target] for s in x.stances if s.target in names}


@pytest.mark.parametrize("title", ["President", "Prime Minister"])
def test_the_leader_of_a_country_is_its_president_or_premier(
    extractor: Extractor, title: str
) -> None:
    text = (
        f"Zambian {title} Tomas Berg won a third term on Sunday. On Monday, Ana Ruiz hit out "
        "at the Zambian leader for jailing critics."
    )
    assert "Tomas Berg" in _targets(extractor, text)


def test_a_minister_is_not_the_leader(extractor: Extractor) -> None:
    text = (
        "Zambian Foreign Minister Tomas Berg spoke on Sunday. On Monday, Ana Ruiz hit out at "
        "the Zambian leader for jailing critics."
    )
    assert "Tomas Berg" not in _targets(extractor, text)


@pytest.mark.parametrize("title", ["Vice President", "Deputy Prime Minister"])
def test_a_second_in_office_is_not_the_leader(extractor: Extractor, title: str) -> None:
    text = (
        f"Zambian {title} Tomas Berg spoke on Sunday. On Monday, Ana Ruiz hit out at the "
        "Zambian leader for jailing critics."
    )
    assert "Tomas Berg" not in _targets(extractor, text)
