"""A pronoun for the person whose people are its clause's subject (owner_pronouns): "Berg's
rivals accuse him of ..." is against Berg, not against the last man named before; and a
person's foes named after them may oppose them (stance_aliases.owned)."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article

_BEFORE = "Ana Ruiz met Tomas Berg on Monday. Paul Lenk spoke later. "


def _stances(extractor: Extractor, text: str) -> set[tuple[str, str, str]]:
    x = extractor(Article("t", text))
    names = {a.id: a.name for a in x.actors} | {c.id: c.text for c in x.claims}
    return {(names[s.source], names[s.target], s.polarity) for s in x.stances}


@pytest.mark.parametrize(
    ("sentence", "group"),
    [
        ("Berg’s rivals accuse him of rigging the vote.", "Berg’s rivals"),
        ("Tomas Berg's critics accused him of lying to parliament.", "Tomas Berg's critics"),
    ],
)
def test_him_is_the_owner_of_the_subject(extractor: Extractor, sentence: str, group: str) -> None:
    found = _stances(extractor, _BEFORE + sentence)
    assert (group, "Tomas Berg", "oppose") in found
    assert not any(target == "Paul Lenk" for _, target, _ in found)


def test_he_is_the_owner_of_the_subject_in_what_they_say(extractor: Extractor) -> None:
    found = _stances(extractor, "Paul Lenk spoke on Monday. Tomas Berg’s supporters say he won.")
    assert ("Tomas Berg supporters", "Tomas Berg won the election", "support") in found
    assert "Paul Lenk won the election" not in {target for _, target, _ in found}


def test_things_of_the_owner_do_not_make_him_the_pronoun(extractor: Extractor) -> None:
    found = _stances(extractor, _BEFORE + "Berg’s remarks angered him, Ana Ruiz said.")
    assert not any(target == "Tomas Berg" for _, target, _ in found)


def test_a_pronoun_with_a_clause_of_its_own_is_not_the_owner(extractor: Extractor) -> None:
    text = "Tomas Berg's supporters booed Ana Ruiz, and she said they had been paid to do it."
    x = extractor(Article("t", text))
    names = {a.id: a.name for a in x.actors}
    assert [names[q.speaker] for q in x.quotes] == ["Ana Ruiz"]
