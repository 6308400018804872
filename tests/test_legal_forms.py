"""A company's legal form written after a comma ("Acme Holdings, Inc.") is no sign that the
model ran across two names: the company keeps its name (comma_names.name_after_comma)."""

from __future__ import annotations

from graph.extract import Extractor
from graph.model import Article


def test_a_legal_form_after_a_comma_keeps_the_company(extractor: Extractor) -> None:
    text = "Orbis Inc. turned down an offer from Veltrana Pharmaceuticals International, Inc."
    x = extractor(Article("t", text))
    names = {a.id: (a.name, a.type) for a in x.actors}
    assert ("Veltrana Pharmaceuticals International", "Organization") in names.values()
    assert not any(name == "Inc." for name, _ in names.values())
    edges = {(names[s.source][0], names[s.target][0], s.polarity) for s in x.stances}
    assert ("Orbis Inc", "Veltrana Pharmaceuticals International", "oppose") in edges
