""" "The re-election of X" is X's win, one word ("re-election" kept whole by the tokenizer), and
a bloc named by an untagged adjective ("Western nations") is a group that takes sides."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.extract.nlp import load_pipeline
from graph.model import Article


def _stances(extractor: Extractor, text: str) -> set[tuple[str, str, str]]:
    x = extractor(Article("t", text))
    names = {a.id: a.name for a in x.actors} | {c.id: c.text for c in x.claims}
    return {(names[s.source], names[s.target], s.polarity) for s in x.stances}


@pytest.mark.parametrize("word", ["re-election", "Re-election", "re-elected", "re-elect"])
def test_reelection_is_one_token(word: str) -> None:
    (doc,) = load_pipeline().parse([f"Ana Soto spoke of {word} today."])
    assert word in [t.text for t in doc]


@pytest.mark.parametrize("spelt", ["re-election", "reelection"])
def test_backing_the_reelection_of_a_person_backs_their_win(
    extractor: Extractor, spelt: str
) -> None:
    found = _stances(extractor, f"Island states warmly backed the {spelt} of Tomas Berg.")
    assert ("Island states", "Tomas Berg", "support") in found
    assert ("Island states", "Tomas Berg won the election", "support") in found
    assert not any(spelt in target for _, target, _ in found)  # no noun-phrase claim


@pytest.mark.parametrize("noun", ["nations", "countries", "governments"])
def test_western_nations_are_a_group_that_takes_sides(extractor: Extractor, noun: str) -> None:
    found = _stances(extractor, f"Western {noun} have accused Tomas Berg of jailing his critics.")
    assert (f"Western {noun}", "Tomas Berg", "oppose") in found
