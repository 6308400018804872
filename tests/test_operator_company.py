""""The operator said" in a business story is the company it is about, as "the airline said"
is (sentences of our own)."""

from __future__ import annotations

from graph.extract import Extractor
from graph.model import Article

_LEAD = "Telecom group Voltacom confirmed on Monday that the regulator had fined it $2 billion.\n\n"


def test_the_operator_is_the_story_s_company(extractor: Extractor) -> None:
    text = _LEAD + (
        "Africa’s largest mobile operator said in a statement that the fine covered 5 million "
        "lines.\n\nThe operator said it would appeal.\n"
    )
    found = {q.span.text: q.speaker for q in extractor(Article("t", text)).quotes}
    assert found.get("the fine covered 5 million lines") == "voltacom"
    assert found.get("it would appeal") == "voltacom"
