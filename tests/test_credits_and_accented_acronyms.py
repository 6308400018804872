"""A wire credit run into the first word ("Oslo, Norway (CNN)Norwegian ...") is no acronym of
the place before it, and an acronym with an accented capital in brackets ("Unity Front (ÉFU)")
is the name's alias like any other (issue 13.1). Sentences are our own."""

from __future__ import annotations

from graph.extract import Extractor
from graph.model import Article


def _actors(extractor: Extractor, text: str) -> dict[str, tuple[str, ...]]:
    return {a.name: a.aliases for a in extractor(Article("t", text)).actors}


def test_a_credit_run_into_the_first_word_is_no_alias_of_the_place(extractor: Extractor) -> None:
    text = (
        "Oslo, Norway (CNN)Norwegian Prime Minister Ola Brekke said on Monday that Norway "
        "would send aid, and Norway's foreign minister agreed.\n\n"
        'Protesters told CNN they were angry. "We want answers," said Kari Holm.\n'
    )
    actors = _actors(extractor, text)
    assert "CNN" not in actors.get("Norway", ())
    assert "CNN" in actors


def test_an_accented_acronym_in_brackets_is_the_names_alias(extractor: Extractor) -> None:
    text = (
        "The far-right Freedom Union (FÖU) said it would leave the government.\n\n"
        "The FÖU said its ministers would resign on Friday, and the FÖU leader agreed.\n"
    )
    actors = _actors(extractor, text)
    assert "FÖU" in actors.get("Freedom Union", ())
    assert "FÖU" not in actors
