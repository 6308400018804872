"""A surname alone is the person the article names in full, not a registry actor who shares it
(sentences of our own): with "Marco Lopes Vidal" in the registry, "Carla Lopes ... Lopes said"
is Carla."""

from __future__ import annotations

from graph.extract import Extractor
from graph.model import Actor, Article

_REGISTRY = (Actor("marco-lopes-vidal", "Marco Lopes Vidal", "Person", ("Lopes", "Marco Lopes")),)


def test_the_article_s_own_person_wins_the_surname() -> None:
    text = (
        "President Tom Vega defeated leftist rival Carla Lopes in Sunday's runoff.\n\n"
        "Lopes has refused to accept the outcome. She said she would seek a recount of the vote.\n"
    )
    found = Extractor(_REGISTRY)(Article("t", text))
    assert [q.speaker for q in found.quotes] == ["carla-lopes"]


def test_the_registry_actor_named_alone_is_still_found() -> None:
    text = "Marco Lopes Vidal spoke on Monday.\n\nLopes said the vote had been fair.\n"
    found = Extractor(_REGISTRY)(Article("t", text))
    assert [q.speaker for q in found.quotes] == ["marco-lopes-vidal"]
