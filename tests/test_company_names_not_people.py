"""A body's name shaped like a person's but ending in a word for a body ("Nordic Parcel
Service") stays a body when a "he" or "she" looks for a person, so a later "it said" finds it
(sentences of our own)."""

from __future__ import annotations

from graph.extract import Extractor
from graph.model import Article
from tests.said import speaker_of

_STORY = (
    "OSLO - The head of the union representing 40,000 Nordic Parcel Service workers on Friday "
    "said he is ready to keep talking with the company.\n\n"
    "Talks between the Dockers Federation and NPS broke down last week.\n\n"
    "Earlier in the day, NPS said it remained focused on reaching a deal. At the same time, it "
    "said it would begin training temporary staff in case of a strike."
)


def test_the_company_stays_a_body(extractor: Extractor) -> None:
    types = {a.name: a.type for a in extractor(Article("t", _STORY)).actors}
    assert types["Nordic Parcel Service"] == "Organization"


def test_it_said_is_the_company(extractor: Extractor) -> None:
    assert speaker_of(extractor, _STORY, "it would begin training") == "Nordic Parcel Service"


def test_a_surname_like_a_trade_stays_a_person(extractor: Extractor) -> None:
    text = "Kofi Mills arrived in Tarvo on Monday. He said the strike would go on."
    types = {a.name: a.type for a in extractor(Article("t", text)).actors}
    assert types["Kofi Mills"] == "Person"
    assert speaker_of(extractor, text, "the strike would go on") == "Kofi Mills"
