"""A capital stands for its country's government ("Beijing said"), but "Brussels" in the news is
the European Union, not Belgium: the gazetteer gives Belgium no capital and the registry's
European Union takes "Brussels" as a name. Sentences are our own.
"""

from __future__ import annotations

from graph.extract import Extractor
from graph.model import Article
from graph.registry import load_registry
from tests.said import speakers

_REGISTRY = load_registry("data/actors.ttl")


def test_brussels_speaks_for_the_european_union() -> None:
    extractor = Extractor(_REGISTRY)
    text = (
        "Last year, Brussels opened a probe into Norland imports, concluding that Norland cars "
        'benefit from "unfair subsidies."\n\n"We will appeal," Beijing said.\n'
    )
    assert speakers(extractor, text) == ["European Union", "China"]
    names = {a.name for a in extractor(Article("t", text)).actors}
    assert "Belgium" not in names
