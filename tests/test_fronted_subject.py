"""A subject set off from its reporting verb by an inserted clause (sentences of our own): "The
guild, after the studios said they would talk, said it was ready" is the guild speaking, even
when the parser hands "guild" to the verb inside the insertion; the insertion is no report."""

from __future__ import annotations

from graph.extract import Extractor
from tests.said import said_texts, speaker_of


def test_a_subject_before_an_inserted_clause_speaks(extractor: Extractor) -> None:
    text = (
        "The NFTU, after the Teachers Council of Ireland revealed earlier on Monday it had been "
        "meeting individual schools in an effort to end the dispute, said the union is "
        "“united and bargaining as one to reach a settlement.”"
    )
    assert speaker_of(extractor, text, "bargaining as one") == "NFTU"
    assert not any(words.startswith("The NFTU") for _, words in said_texts(extractor, text))


def test_a_named_subject_before_a_while_clause_speaks(extractor: Extractor) -> None:
    text = "Tom Hale, while his rival Ann Berry was speaking in the capital, said the vote had been rigged."
    assert speaker_of(extractor, text, "the vote had been rigged") == "Tom Hale"


def test_a_report_before_its_speaker_keeps_its_insertion(extractor: Extractor) -> None:
    text = "The count, after the polls closed in the north, was slow and chaotic, Ann Berry said."
    assert (
        "Ann Berry",
        "The count, after the polls closed in the north, was slow and chaotic",
    ) in (said_texts(extractor, text))


def test_an_inverted_report_after_an_insertion_is_kept(extractor: Extractor) -> None:
    text = "The deal, after months of talks, is dead, said Ana Ruiz, the union's lawyer."
    assert speaker_of(extractor, text, "is dead") == "Ana Ruiz"
