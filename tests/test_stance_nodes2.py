"""No stance node is a bare description ("the government", "officials", "top court"): such words
are anchored to the country the text gives them, else they join no stance (issue 12)."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.extract.agents import bare_description, country_named
from graph.model import Article

TEXTS = (
    # No country anywhere: every description stays unanchored.
    "The top court criticised the government on Tuesday over its handling of the strike. "
    "Police arrested protesters who had denounced the regime. The ministry condemned the "
    "protesters, and leaders of the opposition attacked the authorities.",
    "A Foreign Ministry Spokesman condemned Denmark on Friday. The authorities blamed the "
    "delegation for the failure of the talks, and the government's claims were rejected.",
    "Four opposition candidates have accused President Ana Soto of planning to rig the vote, "
    "and an opposition leader in the small island nation rejected the results.",
    # Adjectives of countries the gazetteer once lacked.
    "The Lao authorities blamed Brazil on Monday for the loss of a rice shipment. The Turkmen "
    "delegation praised Norway for its patience, while Kyrgyz officials criticised Ukraine.",
)


@pytest.mark.parametrize("text", TEXTS)
def test_no_stance_node_is_a_bare_description(extractor: Extractor, text: str) -> None:
    x = extractor(Article("t", text))
    names = {a.id: a.name for a in x.actors}
    nodes = {s.source for s in x.stances} | {
        s.target for s in x.stances if s.target_kind == "actor"
    }
    assert not [names.get(n, n) for n in nodes if bare_description(names.get(n, n))]


def test_a_country_adjective_anchors_the_description(extractor: Extractor) -> None:
    x = extractor(Article("t", TEXTS[3]))
    names = {a.id: a.name for a in x.actors}
    sources = {names.get(s.source, s.source) for s in x.stances}
    assert "Lao authorities" in sources  # the state's people, anchored to it
    assert not any("Brazil" in s for s in sources)  # not the other side's government
    assert next(a for a in x.actors if "Turkmen" in a.name).type != "Person"


def test_bare_descriptions() -> None:
    assert bare_description("the government") and bare_description("top court")
    assert bare_description("senior officials") and bare_description("the Ministry")
    assert bare_description("Foreign Ministry Spokesman") and bare_description("Interior Ministry")
    assert not bare_description("Venezuelan government")
    assert not bare_description("Supreme Court of Chile")
    assert not bare_description("Parliament")  # the story's own, named as such
    assert not bare_description("the Supreme Court") and bare_description("the supreme court")
    assert not bare_description("Electoral Commission") and bare_description("Government")
    assert bare_description("four opposition candidates")
    assert bare_description("an opposition leader in the small island nation")
    assert not bare_description("officials in Lima") and not bare_description("leaders of Peru")
    assert not bare_description("Ministry of Mines and Energy")  # a name, however it reads
    assert country_named("Lao").name == "Laos" and country_named("Uzbek").name == "Uzbekistan"


def test_the_country_an_act_faces_is_not_the_actors_own(extractor: Extractor) -> None:
    # The one country named is the other party of the act: not the court's nor the
    # government's country (it would be the story's country for want of any other).
    text = "The top court rebuked the government on Friday over its long quarrel with Bolivia."
    x = extractor(Article("t", text))
    names = {a.name for a in x.actors}
    assert "Supreme Court of Bolivia" not in names
    assert not {s.source for s in x.stances} - {a.id for a in x.actors if a.type == "Country"}
