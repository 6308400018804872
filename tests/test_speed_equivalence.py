"""Faster readings give the very numbers of the slower ones they replace.

``StanceModel.probas`` (sentences looked up once, pairs scored together) against ``proba`` one
pair at a time; ``RulerIndex`` against spaCy's ``Matcher`` in the attribute ruler. Bitwise, not
approximately: a stance's confidence is written out, and a threshold may fall between two
roundings. Texts are written for these tests.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import combinations

import numpy as np
import pytest

from graph.extract.nlp import load_pipeline
from graph.extract.ruler_index import RulerIndex
from graph.extract.stance_features import pair_features, read_sentence, with_speaker
from graph.extract.stance_model import load_model
from graph.extract.stance_rows import SentenceRows

TEXTS = [
    "Ana Soto, the mayor of Lisbon, on Monday accused Rui Lopes and the Socialist Party of "
    "blocking the budget, while Prime Minister Luís Costa praised the European Commission.",
    "The United States and China did not condemn Russia's arrest of the journalist, "
    "the Kremlin said, but Germany called for his release.",
    "“We will never back the Green Party,” said Maria Santos, a critic of President Silva.",
    "Iran's foreign ministry rejected the sanctions imposed by Britain , France and 3 others "
    "on Tuesday, saying the European Union had no right to interfere in Tehran's affairs.",
    "He ain't gonna do it, y'all. Nothin' doin'. C'mon, let's go, gotta run.  \n\n It is. "
    "There are two. I am not. Don't do that, you said, and it was done to me.",
]


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    pipeline = load_pipeline()
    if not pipeline.full:
        pytest.skip("the English model is not installed")
    return pipeline.nlp


def _pairs(nlp) -> list[tuple]:  # type: ignore[no-untyped-def]
    """Every two one- or two-token ranges of each sentence, as the pair reader may read them,
    and each range with a speaker before the sentence (``with_speaker``)."""
    out = []
    for doc in nlp.pipe(TEXTS):
        for sent in doc.sents:
            view = read_sentence(sent)
            ranges = [(i, i + 1) for i in range(sent.start, sent.end)]
            ranges += [(i, i + 2) for i in range(sent.start, sent.end - 1, 3)]
            out += [(view, a, b) for a, b in combinations(ranges, 2)]
            out += [(view, b, a) for a, b in combinations(ranges[:8], 2)]
            spoken, speaker = with_speaker(view)
            out += [(spoken, speaker, r) for r in ranges]
    return out


def test_batched_pair_scores_are_bitwise_those_of_one_pair(nlp) -> None:  # type: ignore[no-untyped-def]
    model = load_model()
    pairs = _pairs(nlp)
    assert len(pairs) > 1000
    batched = model.probas(pairs)
    for (view, e1, e2), row in zip(pairs, batched, strict=True):
        assert np.array_equal(row, model.proba(view, e1, e2))


def test_sentence_rows_are_the_known_features(nlp) -> None:  # type: ignore[no-untyped-def]
    model = load_model()
    rows: dict[int, SentenceRows] = {}
    for view, e1, e2 in _pairs(nlp):
        reader = rows.setdefault(id(view), SentenceRows(view, model.index.get))
        found = reader.rows(e1, e2)
        found.discard(-1)
        known = {model.index[f] for f in pair_features(view, e1, e2) if f in model.index}
        assert found == known


def test_overlapping_or_marked_pairs_fall_back_to_the_features(nlp) -> None:  # type: ignore[no-untyped-def]
    model = load_model()
    (doc,) = nlp.pipe(["Ana Soto met the man Rui Lopes in Lisbon."])
    view = read_sentence(doc[:])
    view = replace(view, words=[*view.words[:3], "<e1>", *view.words[4:]])  # a word as a mark
    reader = SentenceRows(view, model.index.get)
    assert not reader.plain
    for e1, e2 in [((0, 2), (1, 3)), ((0, 2), (4, 6)), ((0, 0), (4, 6))]:
        found = reader.rows(e1, e2)
        found.discard(-1)
        assert found == {model.index[f] for f in pair_features(view, e1, e2) if f in model.index}
        assert np.array_equal(model.probas([(view, e1, e2)])[0], model.proba(view, e1, e2))
    assert model.probas([]).shape == (0, 5)


def test_ruler_index_matches_as_the_matcher(nlp) -> None:  # type: ignore[no-untyped-def]
    ruler = nlp.get_pipe("attribute_ruler")
    index = RulerIndex(ruler)
    matcher = type(ruler).match  # the class's own, whether or not the pipeline uses the index
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        docs = list(nlp.pipe(TEXTS))
    for doc in docs:
        assert index.match(doc) == matcher(ruler, doc)
        assert index.match(doc) == matcher(ruler, doc)  # and again from what it remembered


def test_ruler_index_steps_aside_for_rules_added_later(nlp) -> None:  # type: ignore[no-untyped-def]
    from spacy.pipeline import AttributeRuler

    ruler = AttributeRuler(nlp.vocab)
    ruler.add([[{"LOWER": "soto"}]], {"LEMMA": "SOTO"})
    index = RulerIndex(ruler)
    ruler.add([[{"LOWER": "ana", "OP": "+"}]], {"LEMMA": "ANA"})  # one it could not read
    (doc,) = nlp.pipe(["Ana Soto said it."])
    assert index.match(doc) == AttributeRuler.match(ruler, doc)
    assert len(index.match(doc)) == 2
