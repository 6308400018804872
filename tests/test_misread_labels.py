"""Names the model takes for a product, a work or a place, read as actors (own sentences)."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article


def test_a_name_taken_for_a_product_is_praised(extractor: Extractor) -> None:
    result = extractor(Article("t", "Coach Bielsa praised Cespedes after the match."))
    (stance,) = result.stances
    assert result.actor(stance.source).name == "Bielsa"
    assert result.actor(stance.target).name == "Cespedes"
    assert result.actor(stance.target).type == "Person"


@pytest.mark.parametrize(
    "text",
    [
        "Fans bought the Galaxy Fold in Seoul.",  # a product, bought: no stance verb
        "Coach Bielsa sold Cespedes after the match.",  # a name, but nobody praised or attacked
    ],
)
def test_no_actor_without_a_stance_or_speech(extractor: Extractor, text: str) -> None:
    names = {a.name for a in extractor(Article("t", text)).actors}
    assert not names & {"Galaxy Fold", "Cespedes"}


def test_a_titled_name_taken_for_a_work_is_the_person_after_the_title(
    extractor: Extractor,
) -> None:
    # The small model reads "Transport Commissioner Ilse Brandt" as a work of art.
    text = '"We will fight this," Transport Commissioner Ilse Brandt wrote.'
    result = extractor(Article("t", text))
    (quote,) = result.quotes
    speaker = result.actor(quote.speaker)
    assert (speaker.name, speaker.type) == ("Ilse Brandt", "Person")


@pytest.mark.parametrize(
    ("text", "author"),
    [
        (
            "Acme chief executive Tomas Okafor criticised the ruling on Monday. "
            "His blogpost said the fine would hurt buyers.",
            "Tomas Okafor",
        ),
        (
            "Union leader Mara Ilic rejected the offer. "
            '"This is an insult," her letter to members said.',
            "Mara Ilic",
        ),
        (
            "The Dockers Guild rejected the offer. Its statement said the offer was an insult.",
            "Dockers Guild",
        ),
    ],
)
def test_a_document_owned_by_a_pronoun_is_its_antecedents(
    extractor: Extractor, text: str, author: str
) -> None:
    result = extractor(Article("t", text))
    assert [result.actor(q.speaker).name for q in result.quotes] == [author]
