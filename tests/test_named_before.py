"""A name set off before a role the parser took for the subject is who speaks (own sentences)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from graph.extract.actors import ActorTable
from graph.extract.title_phrases import named_before

# "Speaking in Accra, Ana Sofia Mendes, the Union's head of mission, said ..." as the parser
# may read it: the name hung on the opening phrase, the role the subject of "said".
_WORDS = ["Speaking", "in", "Accra", ",", "Ana", "Mendes", ",", "the", "Union", "'s", "head",
          "of", "mission", ",", "said", "so", "."]  # fmt: skip
_HEADS = [14, 0, 1, 2, 5, 2, 14, 8, 10, 8, 14, 10, 11, 10, 14, 14, 14]
_DEPS = ["advcl", "prep", "pobj", "punct", "compound", "conj", "punct", "det", "poss", "case",
         "nsubj", "prep", "pobj", "punct", "ROOT", "advmod", "punct"]  # fmt: skip


def _parsed() -> tuple[Doc, ActorTable]:
    spaces = [True] * len(_WORDS)
    for i, word in enumerate(_WORDS[1:], 1):
        if word in (",", "'s", "."):
            spaces[i - 1] = False
    lemmas = [w.lower() for w in _WORDS]
    doc = Doc(
        spacy.blank("en").vocab,
        words=_WORDS,
        spaces=spaces,
        heads=_HEADS,
        deps=_DEPS,
        lemmas=lemmas,
    )
    table = ActorTable(doc.text, ())
    start = doc[4].idx
    table.add_agent(start, doc[5].idx + len("Mendes"), "Ana Mendes", "Person")
    return doc, table


def test_the_name_before_the_role_speaks() -> None:
    doc, table = _parsed()
    key = named_before(table, doc[10])
    assert key is not None and table.draft(key).name == "Ana Mendes"


def test_a_role_not_set_off_by_commas_is_no_ones() -> None:
    doc, table = _parsed()
    assert named_before(table, doc[12]) is None  # "mission": no one-person role subject
