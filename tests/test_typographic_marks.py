"""Typographic double quotation marks read as straight ones: the parser, trained on straight
ones, parses in and around a quotation the better for it. An article reads the same either way
(same speakers, spans and stances); single marks and apostrophes stay as written, a straight
"'" being both. Sentences are our own."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article

TEXTS = [
    "Trade minister Ana Ruiz also said that Kelmia’s retaliatory measures against Voss Group’s "
    "exports were unjust.\n\n"
    "“Our dispute is with Kelmia’s government, not with its farmers,” Ruiz said on Monday.\n",
    "Tomas Berg’s lawyers said the ruling was wrong.\n\n"
    "‘We will appeal,’ the firm’s chairman, Jan Vik, told reporters on Monday.\n\n"
    "“The court got it wrong,” Vik said, “and the appeal will show it.” Berg’s rivals praised "
    "the court.\n",
]


def _read(
    extractor: Extractor, text: str
) -> tuple[list[tuple[str, int, int]], list[tuple[str, str, str]]]:
    result = extractor(Article("t", text))
    names = {a.id: a.name for a in result.actors}
    quotes = sorted((names[q.speaker], q.span.start, q.span.end) for q in result.quotes)
    stances = sorted(
        (names.get(s.source, s.source), s.polarity, names.get(s.target, s.target))
        for s in result.stances
    )
    return quotes, stances


@pytest.mark.parametrize("text", TEXTS)
def test_curly_and_straight_marks_read_the_same(extractor: Extractor, text: str) -> None:
    straight = text.translate(str.maketrans({"“": '"', "”": '"'}))
    assert _read(extractor, text) == _read(extractor, straight)


def test_the_parser_sees_double_marks_straight_and_nothing_else_moved() -> None:
    from graph.extract.extractor import _parse_text

    text = "“We will appeal,” said Kelmia’s envoy, ‘and win.’ The end."
    parsed = _parse_text(text)
    assert len(parsed) == len(text)
    assert parsed == text.replace("“", '"').replace("”", '"')
