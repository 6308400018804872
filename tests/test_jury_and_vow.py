"""A jury speaks as a court does, and a promise made after or because of something else ends
before it (sentences of our own): "X vowed to appeal after a jury ruled that Y" is the jury's
report that Y, not X's."""

from __future__ import annotations

from graph.extract import Extractor
from graph.model import Article


def test_a_jury_reports_its_finding(extractor: Extractor) -> None:
    text = "A federal jury ruled on Monday that Borex had not copied the chip design.\n"
    found = extractor(Article("t", text)).quotes
    assert [(q.speaker, q.span.text) for q in found] == [
        ("federal-jury", "Borex had not copied the chip design")
    ]


def test_a_promise_ends_before_the_clause_it_was_made_after(extractor: Extractor) -> None:
    text = (
        "Acme pledged to keep fighting after a federal jury ruled that Borex had not copied "
        "the chip design.\n"
    )
    found = {q.span.text: q.speaker for q in extractor(Article("t", text)).quotes}
    assert found.get("Borex had not copied the chip design") == "federal-jury"
    assert not [t for t, s in found.items() if s == "acme" and "jury" in t]
