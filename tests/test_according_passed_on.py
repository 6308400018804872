"""'According to X, ..., news site Y reported': X's words, which Y passes on (issue 13).

The phrase opening the sentence names the source; the outlet reporting at its end only passes the
words on, as "according to the Gazette" does at the end of "Prosecutors said ...". Our own
sentences.
"""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article


def quotes(extractor: Extractor, text: str) -> list[tuple[str, str]]:
    result = extractor(Article("t", text))
    names = {a.id: a.name for a in result.actors}
    return [(names[q.speaker], q.span.text) for q in result.quotes]


def test_the_source_opening_the_sentence_speaks_not_the_outlet_after(
    extractor: Extractor,
) -> None:
    text = (
        "According to law professor Ana Ruiz, it is up to the court now to rule whether the "
        "claim is groundless, online news provider Kestrel News reported."
    )
    assert quotes(extractor, text) == [
        ("Ana Ruiz", "it is up to the court now to rule whether the claim is groundless")
    ]


def test_a_source_at_the_end_passes_the_report_on(extractor: Extractor) -> None:
    """The guard: "X said ..., according to the Gazette" stays X's."""
    found = quotes(
        extractor, "Prosecutors said that Tom Lind ran the ring, according to the Gazette."
    )
    assert [speaker for speaker, _ in found] == ["Prosecutors"]


def test_according_inside_a_report_stays_the_reporters(extractor: Extractor) -> None:
    text = "Officials said that, according to preliminary data, turnout was about 60 percent."
    assert [speaker for speaker, _ in quotes(extractor, text)] == ["Officials"]


def test_a_person_telling_at_the_end_keeps_the_words(extractor: Extractor) -> None:
    """Only an outlet's "reported" or "wrote" passes words on; a lawyer who told reporters is the
    speaker, and "According to X" a part of what they said."""
    text = (
        "According to the coroner, the victim died of head injuries, the family's lawyer Tom "
        "Hale told reporters."
    )
    assert [speaker for speaker, _ in quotes(extractor, text)] == ["Tom Hale"]


def test_words_after_the_source_are_not_cut_at_a_late_verb(extractor: Extractor) -> None:
    found = quotes(extractor, "According to police, the man fled before his brother called.")
    assert found == [("police", "the man fled before his brother called")]


@pytest.mark.parametrize(
    "tail", ["Xinhua news agency said", "Kestrel News reported, citing a ministry statement"]
)
def test_an_outlet_passing_words_on_leaves_them_to_the_source(
    extractor: Extractor, tail: str
) -> None:
    text = f"According to police, three men were arrested near the border, {tail}."
    assert quotes(extractor, text) == [("police", "three men were arrested near the border")]
