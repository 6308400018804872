"""A word of a quotation is not the subject of the verb reporting it (issue 13).

'“Cheating took place in hundreds, thousands of villages,” she said': the parser may hang
"thousands" on "said" as a second subject; the speaker is "she", after the closing mark, and
the participle's report ("claiming ...") is hers too. Our own sentences.
"""

from __future__ import annotations

from spacy.tokens import Doc

from graph.extract import Extractor
from graph.extract.nlp import load_pipeline
from graph.extract.subject_children import own_subjects
from graph.model import Article


def test_the_speaker_after_the_quotation_reports_it(extractor: Extractor) -> None:
    text = (
        "Ana Ruiz spoke on Monday. “Cheating took place in hundreds, thousands of villages,” "
        "she said in a radio interview, claiming the count was rigged."
    )
    result = extractor(Article("t", text))
    names = {a.id: a.name for a in result.actors}
    found = {(names[q.speaker], q.cue) for q in result.quotes}
    assert found == {("Ana Ruiz", "said"), ("Ana Ruiz", "claiming")}, found


def test_a_subject_inside_the_quotation_is_dropped_beside_one_after_it() -> None:
    words = ["“", "Cheating", "spread", ",", "thousands", "of", "them", ",", "”", "she", "said"]
    heads = [10, 2, 10, 10, 10, 4, 5, 10, 10, 10, 10]
    deps = ["punct", "nsubj", "ccomp", "punct", "nsubj", "prep", "pobj", "punct", "punct",
            "nsubj", "ROOT"]  # fmt: skip
    doc = Doc(load_pipeline().nlp.vocab, words=words, heads=heads, deps=deps)
    assert [t.text for t in own_subjects(doc[10])] == ["she"]
    alone = Doc(load_pipeline().nlp.vocab, words=[*words[:9], "Ruiz", "said"], heads=heads,
                deps=deps)  # fmt: skip
    assert [t.text for t in own_subjects(alone[10])] == ["Ruiz"]


def test_a_mark_closed_before_its_comma_ends_the_quotation() -> None:
    """British punctuation: '“Cheating spread, thousands of them”, she said'."""
    words = ["“", "Cheating", "spread", ",", "thousands", "of", "them", "”", ",", "she", "said"]
    heads = [10, 2, 10, 10, 10, 4, 5, 10, 10, 10, 10]
    deps = ["punct", "nsubj", "ccomp", "punct", "nsubj", "prep", "pobj", "punct", "punct",
            "nsubj", "ROOT"]  # fmt: skip
    doc = Doc(load_pipeline().nlp.vocab, words=words, heads=heads, deps=deps)
    assert [t.text for t in own_subjects(doc[10])] == ["she"]
