"""An outlet quoting someone takes no side (sentences of our own): in "S, the Valley Herald
quoted the fiery Brandt as telling a rally", the pair of the Herald and Brandt is one the pair
model must not read as a stance; "the Valley Herald praised Brandt" is one."""

from __future__ import annotations

import pytest

from graph.extract.nlp import load_pipeline
from graph.extract.stance_pairs import _quoting


def _ranges(text: str, *names: str) -> tuple[object, list[tuple[int, int]]]:
    (doc,) = load_pipeline().parse([text])
    spans = [doc.char_span(text.index(n), text.index(n) + len(n)) for n in names]
    return doc, [(s.start, s.end) for s in spans if s is not None]


@pytest.mark.parametrize(
    ("text", "quoting"),
    [
        ("I shall not accept this result while the count stays secret, the Valley Herald "
         "quoted the fiery Brandt as telling a rally on Monday.", True),
        ("The Valley Herald praised Brandt for her courage on Monday.", False),
    ],
)  # fmt: skip
def test_the_quoting_outlet_and_the_one_quoted(text: str, quoting: bool) -> None:
    doc, (herald, brandt) = _ranges(text, "Valley Herald", "Brandt")
    assert _quoting(doc, herald, brandt) is quoting
    assert _quoting(doc, brandt, herald) is quoting
