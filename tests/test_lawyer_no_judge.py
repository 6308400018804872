"""A lawyer holds no judge's office (sentences of our own): after "Attorney Tom Reyes argued
...", "the judge said" is not Tom Reyes."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article


@pytest.mark.parametrize("title", ["Attorney", "Lawyer", "Barrister"])
def test_the_judge_is_not_the_lawyer_named_before(extractor: Extractor, title: str) -> None:
    text = (
        f"{title} Tom Reyes told the court on Thursday that the count must be stopped.\n\n"
        '"The request is refused," the judge said on Thursday evening.\n'
    )
    speakers = {q.span.text[:11]: q.speaker for q in extractor(Article("t", text)).quotes}
    assert speakers["The request"] != "tom-reyes"
