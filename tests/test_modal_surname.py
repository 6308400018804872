"""A surname the parser reads as a modal is still the speaker (sentences of our own): "In a
statement, May accused the envoys of spying and said ..." is Theresa May speaking; a real
modal at a sentence's start ("May I add ...") is not a name."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from graph.extract import Extractor
from graph.extract.syntax import subjects_of
from graph.model import Article


def test_a_surname_read_as_a_modal_speaks(extractor: Extractor) -> None:
    text = (
        "Prime Minister Ruth May announced the move on Wednesday. In a statement to parliament, "
        "May accused the envoys of spying and said it would be the largest expulsion in decades."
    )
    x = extractor(Article("t", text))
    names = {a.id: a.name for a in x.actors}
    said = {(names[q.speaker], q.span.text) for q in x.quotes}
    assert ("Ruth May", "it would be the largest expulsion in decades") in said



def test_a_modal_tagged_as_one_is_no_subject() -> None:
    words = ["Then", ",", "May", "accused", "them"]
    heads = [3, 3, 3, 3, 3]
    deps = ["advmod", "punct", "aux", "ROOT", "dobj"]
    for tag, found in (("NNP", ["May"]), ("MD", [])):
        tags = ["RB", ",", tag, "VBD", "PRP"]
        doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags)
        assert [t.text for t in subjects_of(doc[3])] == found
