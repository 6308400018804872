"""A bare agent noun is the body the story wrote in full with it, and a wire photo caption is
no part of the story (sentences of our own)."""

from __future__ import annotations

from graph.extract import Extractor
from graph.extract.agents import agent_role
from graph.extract.furniture import furniture_lines
from tests.rule_stances import rule_targets
from tests.said import speaker_of


def test_an_electoral_tribunal_is_an_electoral_body() -> None:
    assert agent_role("electoral tribunal") == "ELC"
    assert agent_role("tribunal") == "JUD"


def test_the_tribunal_after_the_electoral_tribunal_is_that_body(extractor: Extractor) -> None:
    text = (
        "Protests spread across Peru after the electoral tribunal declared Rosa Quispe the "
        "winner of the runoff.\n\nThe tribunal said that Quispe beat her rival Hugo Salas by "
        "two points after a partial recount."
    )
    assert speaker_of(extractor, text, "beat her rival") == "Peruvian electoral tribunal"


def test_two_full_phrases_leave_the_bare_noun_alone(extractor: Extractor) -> None:
    text = (
        "The supreme court and the electoral court of Peru both heard the case in Lima.\n\n"
        "The court said that the count of the runoff would stand as published."
    )
    assert speaker_of(extractor, text, "would stand") not in (None, "Peruvian electoral court")


def test_a_wire_photo_caption_is_furniture() -> None:
    text = (
        "The vote was close.\n\nCandidate Hugo Salas speaks to reporters in Lima, Peru June 6, "
        "2021. REUTERS/Ana Ruiz\n\nHe said he would appeal."
    )
    assert [text[s:e] for s, e in furniture_lines(text)] == [
        "Candidate Hugo Salas speaks to reporters in Lima, Peru June 6, 2021. REUTERS/Ana Ruiz"
    ]


def test_the_candidate_in_a_caption_is_no_antecedent(extractor: Extractor) -> None:
    text = (
        "Rosa Quispe was declared the winner of the runoff on Sunday.\n\n"
        "President and ruling party candidate Rosa Quispe speaks in Lima, Peru June 6, 2021. "
        "REUTERS/Ana Ruiz\n\n"
        "Her rival Hugo Salas said there had been fraud before, during and after the vote.\n\n"
        "The candidate said he was headed to Washington to meet officials of the OAS."
    )
    assert speaker_of(extractor, text, "headed to Washington") == "Hugo Salas"


def test_the_court_after_a_countrys_constitutional_court_is_it(extractor: Extractor) -> None:
    text = (
        "The Central African Republic’s constitutional court upheld the vote on Sunday after "
        "dismissing a challenge from Ana Dologuele.\n\nThe president of the constitutional "
        "court, Jean Ngaba, called the challenge baseless.\n\nGovernment spokesman Joel Mboli "
        "welcomed the court’s decision."
    )
    court = "Constitutional Court of Central African Republic"
    assert ("Joel Mboli", "support", court) in rule_targets(extractor, text)


def test_an_exiled_government_makes_no_government_an_opposition(extractor: Extractor) -> None:
    text = (
        "Myanmar’s exiled government condemned the air strikes on Monday. The government said "
        "the strikes had targeted rebel fighters."
    )
    assert speaker_of(extractor, text, "targeted rebel") == "Myanmarese government"
