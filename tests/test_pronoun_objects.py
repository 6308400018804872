"""A subject pronoun the parser took for a speech verb's object ("Ana Reyes said she and the
finance minister Tomas Berg raised their concerns", which the parser may cut into two sentences)
opens the report; one who acted with the speaker ("she and X raised concerns") is no target of
hers."""

from __future__ import annotations

from spacy.tokens import Doc

from graph.extract import Extractor
from graph.extract.nlp import load_pipeline
from graph.extract.participles import object_clause
from graph.model import Article
from tests.said import said_texts


def _cut_parse() -> Doc:
    """ "Reyes said she and Minister Tomas Berg raised concerns ." as the parser may cut it: "she"
    the object of "said", "Berg raised concerns" a second sentence."""
    words = ["Reyes", "said", "she", "and", "Minister", "Tomas", "Berg", "raised", "concerns", "."]
    heads = [1, 1, 1, 2, 2, 6, 7, 7, 7, 7]
    deps = ["nsubj", "ROOT", "dobj", "cc", "conj", "compound", "nsubj", "ROOT", "dobj", "punct"]
    tags = ["NNP", "VBD", "PRP", "CC", "NNP", "NNP", "NNP", "VBD", "NNS", "."]
    pos = ["PROPN", "VERB", "PRON", "CCONJ", "PROPN", "PROPN", "PROPN", "VERB", "NOUN", "PUNCT"]
    lemmas = ["Reyes", "say", "she", "and", "Minister", "Tomas", "Berg", "raise", "concern", "."]
    vocab = load_pipeline().nlp.vocab
    return Doc(vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas)


def test_the_report_runs_from_the_pronoun_over_the_cut() -> None:
    doc = _cut_parse()
    assert len(list(doc.sents)) == 2
    found = object_clause(doc[1])
    assert found is not None
    assert doc.text[found[0] : found[1]] == "she and Minister Tomas Berg raised concerns"


def test_a_pronoun_that_is_an_object_reports_nothing(extractor: Extractor) -> None:
    assert said_texts(extractor, "Ana Reyes told him the plan had failed.") == {
        ("Ana Reyes", "the plan had failed")
    }


def test_one_who_acted_with_the_speaker_is_no_target(extractor: Extractor) -> None:
    text = "Ana Reyes said she and the finance minister Tomas Berg raised their concerns with the bank."
    result = extractor(Article("t", text))
    names = {a.id: a.name for a in result.actors}
    assert not [s for s in result.stances if names.get(s.target) == "Tomas Berg"]


def test_a_doer_named_in_the_clause_is_still_the_target(extractor: Extractor) -> None:
    text = "Ana Reyes said Tomas Berg and his allies had carried out a massive attempt at fraud."
    result = extractor(Article("t", text))
    names = {a.id: a.name for a in result.actors}
    assert [(names[s.source], s.polarity, names[s.target]) for s in result.stances] == [
        ("Ana Reyes", "oppose", "Tomas Berg")
    ]
