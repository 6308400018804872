"""An honorific with a given name ("Sheikh Tariq", "Princess Amira"), or a wire agency the model
joined to a surname ("seen by AFP Okombi"), is the one person named
before with that given name (issue 12.4, issue 13.1). Sentences are our own."""

from __future__ import annotations

from graph.extract import Extractor
from graph.model import Article
from tests.said import speakers


def test_sheikh_and_a_given_name_is_the_full_name_before(extractor: Extractor) -> None:
    text = (
        "In its first reply, Sheikh Tariq bin Ali Al-Mansour, a government spokesman, said on "
        "Monday that the talks had failed.\n\n"
        "The neighbours issued their list on Thursday.\n\n"
        '"This siege is not aimed at crime but at our independence," said Sheikh Tariq.\n'
    )
    assert speakers(extractor, text) == ["Tariq bin Ali Al-Mansour"] * 2


def test_princess_and_a_given_name_is_the_full_name_before(extractor: Extractor) -> None:
    text = (
        "Princess Amira bint Saud, the envoy, met the mediators on Monday.\n\n"
        '"We want a fair deal," said Princess Amira.\n'
    )
    result = extractor(Article("t", text))
    (quote,) = result.quotes
    speaker = next(a for a in result.actors if a.id == quote.speaker)
    assert text.index("Amira") in {m.start for m in speaker.mentions}  # the envoy named first


def test_two_of_that_given_name_stay_apart(extractor: Extractor) -> None:
    text = (
        "Sheikh Tariq bin Ali Al-Mansour and Sheikh Tariq bin Omar Al-Sabah met on Monday.\n\n"
        '"We want a fair deal," said Sheikh Tariq.\n'
    )
    assert speakers(extractor, text) == ["Sheikh Tariq"]


def test_a_wire_agency_joined_to_a_surname_is_that_person(extractor: Extractor) -> None:
    text = (
        "General Jean-Luc Okombi came in third.\n\n"
        'In a text seen by AFP Okombi wrote: "It is time to stop being afraid."\n'
    )
    assert speakers(extractor, text) == ["Jean-Luc Okombi"]


def test_an_agency_s_own_body_keeps_its_name(extractor: Extractor) -> None:
    assert speakers(extractor, "The Reuters Institute said trust had fallen.") == [
        "Reuters Institute"
    ]
