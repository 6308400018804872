"""'According to X, ..., news site Y reported': X's words, which Y passes on (issue 13).

The phrase opening the sentence names the source; the outlet reporting at its end only passes the
words on, as "according to the Gazette" does at the end of "Prosecutors said ...". Our own
sentences.
"""

from __future__ import annotations

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
