"""Property tests of extraction on arbitrary text: it never raises, every span slices back to its
text, and the same input gives the same output; long texts parsed in pieces keep every offset.

Kept fast in the suite (a few dozen examples each). The longer fuzzing run, documented in
SECURITY.md, is the same tests with more examples:

    STANCEGRAPH_FUZZ_EXAMPLES=5000 python -m pytest -q tests/test_extract_properties.py -p no:randomly
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.extract import Extractor, nlp
from graph.extract.contract import to_contract
from graph.model import Article, DateValue
from graph.registry import load_registry

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = int(os.environ.get("STANCEGRAPH_FUZZ_EXAMPLES", "30"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Pieces news text is made of, and what breaks naive parsers: marks of every kind, names of the
# registry, reporting verbs, dates, line breaks, odd Unicode (combining marks, RTL, emoji, NUL).
WORDS = st.sampled_from(
    [
        '"',
        "“",
        "”",
        "‘",
        "’",
        "«",
        "»",
        "'",
        " said ",
        " told reporters ",
        ", he added. ",
        "according to ",
        "Ana Lima",
        "Nicolás Maduro",
        "the government",
        "US",
        "UN",
        " on Monday",
        "2024-07-28",
        " (CNE) ",
        "\n",
        "\n\n",
        " -- ",
        "PARIS — ",
        ". ",
        "?",
        "\u0301",
        "\u202e",
        "\U0001f600",
        "\x00",
        "\t",
        "  ",
    ]
)
TEXTS = st.lists(
    st.one_of(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30), WORDS),
    min_size=1,
    max_size=30,
).map("".join)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(load_registry(REPO / "data" / "actors.ttl"))


def _article(text: str) -> Article:
    return Article("p", text, published=DateValue(date(2024, 7, 29), "stated"))


def _spans_slice_back(text: str, result: object) -> None:
    for actor in result.actors:  # type: ignore[attr-defined]
        for span in actor.mentions:
            assert text[span.start : span.end] == span.text
    for record in (*result.quotes, *result.events, *result.stances):  # type: ignore[attr-defined]
        assert text[record.span.start : record.span.end] == record.span.text


@FUZZ
@given(TEXTS)
def test_never_raises_and_every_span_slices_back(extractor: Extractor, text: str) -> None:
    result = extractor(_article(text))
    _spans_slice_back(text, result)
    for quote in result.quotes:
        assert text[quote.span.start : quote.span.end] == quote.text


@FUZZ
@given(TEXTS)
def test_same_input_same_output(extractor: Extractor, text: str) -> None:
    first = to_contract(extractor(_article(text)))
    again = to_contract(extractor(_article(text)))
    assert first == again
    (batched,) = [to_contract(r) for r in extractor.many([_article(text)])]
    assert batched == first


@settings(
    max_examples=max(5, EXAMPLES // 5), deadline=None, suppress_health_check=list(HealthCheck)
)
@given(paragraphs=st.lists(TEXTS, min_size=2, max_size=6))
def test_a_long_text_parsed_in_pieces_keeps_every_offset(
    extractor: Extractor, paragraphs: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "\n".join(paragraphs)
    with monkeypatch.context() as patch:  # pieces of a few dozen characters, not 10,000
        patch.setattr(nlp, "LONG_TEXT", 20)
        patch.setattr(nlp, "PIECE", 25)
        (doc,) = extractor.pipeline.parse([text])
        assert doc.text == text
        assert all(text[t.idx : t.idx + len(t.text)] == t.text for t in doc)
        _spans_slice_back(text, extractor(_article(text)))


@given(st.text(max_size=200), st.integers(min_value=1, max_value=50))
def test_pieces_join_back_to_the_text(text: str, size: int) -> None:
    parts = nlp.pieces(text, size)
    assert "".join(parts) == text
    assert all(p.endswith("\n") for p in parts[:-1])
