"""A description written with a hyphen ("the ex-Soviet state of 46 million", sentences of our
own) is as generic as any lower-case description: no actor node of its own."""

from __future__ import annotations

from graph.extract import Extractor
from graph.model import Article


def test_a_hyphenated_description_is_no_actor(extractor: Extractor) -> None:
    text = (
        "Moldova's opposition leader Ion Rusu challenged the result on Monday. A court fight "
        "over the president's narrow win could deny the ex-Soviet state of 3 million the calm "
        "it needs."
    )
    names = {a.name.lower() for a in extractor(Article("t", text)).actors}
    assert not any("soviet" in name for name in names)
