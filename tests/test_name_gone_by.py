"""A name someone goes by is no one's words: 'Ana Silva, also called “the Hammer”, said ...'
quotes her report, not the nickname (sentences of our own); a thing called a name by someone
("called “a disgrace” by X") stays that one's label."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article


@pytest.mark.parametrize("adverb", ["also", "often", "popularly", "commonly"])
def test_a_name_gone_by_is_no_quote(extractor: Extractor, adverb: str) -> None:
    text = f'Ana Silva, {adverb} called "the Hammer", said on Monday the vote was rigged.\n'
    quotes = {q.span.text for q in extractor(Article("t", text)).quotes}
    assert "the Hammer" not in quotes


def test_the_report_of_one_with_a_name_gone_by_is_hers(extractor: Extractor) -> None:
    text = 'Ana Silva, also called "the Hammer", said on Monday the vote was rigged.\n'
    found = extractor(Article("t", text)).quotes
    assert [(q.speaker, q.span.text) for q in found] == [("ana-silva", "the vote was rigged")]


def test_a_label_someone_gives_stays_a_quote(extractor: Extractor) -> None:
    text = 'Union leader Tom Reyes called the plan "a disgrace" on Monday.\n'
    found = extractor(Article("t", text)).quotes
    assert [(q.speaker, q.span.text) for q in found] == [("tom-reyes", "a disgrace")]
