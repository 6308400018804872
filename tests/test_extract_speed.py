"""The speed-ups of extraction change nothing: batching, the paragraph breaker, indexed lookups.

Texts are written for these tests.
"""

from __future__ import annotations

import pytest

from graph.extract.events import trigger_type
from graph.extract.lexicon import EVENT_TRIGGERS
from graph.extract.nlp import BATCH_CHARS, batches, load_pipeline

TEXTS = [
    "The council met on Monday.\nMembers voted to delay the plan.\n\nIt was the third delay.",
    "Police detained two men after a clash outside the stadium.\r\nThe club condemned it.",
    "A judge issued an arrest warrant for the mayor. \n The mayor called for calm.",
    "Ministers called on the board to resign; the board called a meeting instead.\u2028Next.",
    "They declared victory before the count ended.\tThe rival party rejected the claim.",
]


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    pipeline = load_pipeline()
    if not pipeline.full:
        pytest.skip("the English model is not installed")
    return pipeline


def _parse(doc) -> list[tuple]:  # type: ignore[no-untyped-def]
    return [(t.i, t.tag_, t.dep_, t.head.i, t.lemma_, t.ent_type_, t.is_sent_start) for t in doc]


def test_batches_keep_order_and_budget() -> None:
    texts = ["a" * 3, "b" * 5, "c" * 2, "d" * 9, "e"]
    groups = list(batches(texts, 8))
    assert [t for g in groups for t in g] == texts
    assert all(sum(map(len, g)) <= 8 or len(g) == 1 for g in groups)
    assert groups == [["aaa", "bbbbb"], ["cc"], ["d" * 9], ["e"]]
    assert list(batches([], 8)) == []


def test_a_batch_parses_like_one_text_at_a_time(nlp) -> None:  # type: ignore[no-untyped-def]
    together = [_parse(d) for d in nlp.parse(TEXTS)]
    alone = [_parse(next(nlp.parse([t]))) for t in TEXTS]
    assert together == alone
    assert len(TEXTS) > 1 and sum(map(len, TEXTS)) < BATCH_CHARS  # one batch above


def test_every_line_break_starts_a_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in TEXTS:
        doc = nlp.nlp.tokenizer(text)
        nlp.nlp.get_pipe("stancegraph_paragraphs")(doc)
        # The rule as first written: a token after one holding a line break starts a sentence.
        expected = [
            t.i for t in doc[1:] if "\n" in doc[t.i - 1].text or "\n" in doc[t.i - 1].whitespace_
        ]
        assert [t.i for t in doc if t.i and t.is_sent_start] == expected
    doc = next(nlp.parse(["Talks failed\nThe union walked out"]))
    assert [s.text.strip() for s in doc.sents] == ["Talks failed", "The union walked out"]


def _trigger_as_first_written(token) -> str | None:  # type: ignore[no-untyped-def]
    """The lexicon read in order, one type after another (the indexed lookup must agree)."""
    lemma = token.lemma_.lower()
    nxt = token.nbor(1).lower_ if token.i + 1 < len(token.doc) else ""
    for event_type, words in EVENT_TRIGGERS:
        if f"{lemma} {nxt}" in words or f"{token.lower_} {nxt}" in words:
            return event_type
        if (lemma in words or token.lower_ in words) and " " not in lemma:
            if event_type == "arrest" and token.head.lemma_.lower() in ("order", "issue", "seek"):
                return "order_arrest"
            if event_type == "consult" and lemma == "call" and token.pos_ == "VERB":
                continue
            return event_type
    return None


def test_indexed_triggers_agree_with_the_lexicon_order(nlp) -> None:  # type: ignore[no-untyped-def]
    found = set()
    for doc in nlp.parse(TEXTS):
        for token in doc:
            assert trigger_type(token) == _trigger_as_first_written(token), token.text
            found.add(trigger_type(token))
    # Two-word triggers, the order of types and the special cases are all exercised.
    assert {"order_arrest", "appeal", "consult", "arrest", "use_force"} <= found
