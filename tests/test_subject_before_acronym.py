"""A subject the parser left behind a bracketed acronym is still the subject (sentences of our
own): in "A won the vote but the Green Front (GF) had alleged fraud", the parser may hang the
second name on the first clause and leave "alleged" with no subject; the noun right before the
acronym, before the verb, is it."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from graph.extract.syntax import subjects_of


def test_the_name_before_a_bracketed_acronym_is_the_subject() -> None:
    # "Lenz won the vote but the Green Front (GF) had alleged fraud", parsed as it was seen:
    # "Front" a conjunct of "vote", "alleged" the root with no subject.
    words = ["Lenz", "won", "the", "vote", "but", "the", "Green", "Front", "(", "GF", ")",
             "had", "alleged", "fraud"]  # fmt: skip
    heads = [1, 12, 3, 1, 3, 7, 7, 3, 7, 7, 7, 12, 12, 12]
    deps = ["nsubj", "ccomp", "det", "dobj", "cc", "det", "compound", "conj", "punct", "appos",
            "punct", "aux", "ROOT", "dobj"]  # fmt: skip
    pos = ["PROPN", "VERB", "DET", "NOUN", "CCONJ", "DET", "PROPN", "PROPN", "PUNCT", "PROPN",
           "PUNCT", "AUX", "VERB", "NOUN"]  # fmt: skip
    tags = ["NNP", "VBD", "DT", "NN", "CC", "DT", "NNP", "NNP", "-LRB-", "NNP", "-RRB-", "VBD",
            "VBN", "NN"]  # fmt: skip
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags)
    assert [t.text for t in subjects_of(doc[12])] == ["Front"]


def test_a_subject_of_its_own_is_kept() -> None:
    words = ["The", "Front", "(", "GF", ")", "alleged", "fraud"]
    heads = [1, 5, 1, 1, 1, 5, 5]
    deps = ["det", "nsubj", "punct", "appos", "punct", "ROOT", "dobj"]
    pos = ["DET", "PROPN", "PUNCT", "PROPN", "PUNCT", "VERB", "NOUN"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert [t.text for t in subjects_of(doc[5])] == ["Front"]
