"""An outlet quoting someone takes no side (sentences of our own): "the Valley Courier quoted
Tomas Brandt as saying ..." is no stance of the Courier towards Brandt."""

from __future__ import annotations

from graph.extract import Extractor
from graph.model import Article


def test_the_quoting_outlet_takes_no_side(extractor: Extractor) -> None:
    text = (
        "Kiev - Prime Minister Yelena Brandt launched action on Tuesday to call her rival's "
        "election into question.\n\nI will never recognize the legitimacy of the rival's "
        "victory with such elections, the Ukrainska Pravda quoted the charismatic Brandt as "
        "telling a party meeting on Monday."
    )
    found = extractor(Article("t", text))
    names = {a.id: a.name for a in found.actors}
    assert not any(names.get(s.source) == "Ukrainska Pravda" for s in found.stances)
