"""A name the model cut at a little word is whole up to the acronym that spells it out
(own sentences)."""

from __future__ import annotations

from graph.extract import Extractor
from graph.model import Article


def test_a_party_name_runs_to_its_acronym(extractor: Extractor) -> None:
    text = (
        "Ana Rud of the United Party for National Progress (UPNP) won 47 percent. The UPNP "
        "rejected the result."
    )
    found = extractor(Article("t", text))
    names = {a.name for a in found.actors}
    assert "United Party for National Progress" in names
    assert not names & {"United Party", "National Progress"}
