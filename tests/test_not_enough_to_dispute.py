"""What is "not enough to challenge" a win leaves it standing (issue 12).

"The judges found problems, but not enough to challenge President X's victory": the judges back
X's win; read as a challenge it was disputed. Our own sentences.
"""

from __future__ import annotations

from graph.extract import Extractor
from graph.extract.negation import not_enough
from graph.extract.nlp import load_pipeline
from tests.rule_stances import stance_triples as stances


def test_not_enough_to_challenge_a_victory_backs_it(extractor: Extractor) -> None:
    text = (
        "The judges found there had been problems but not enough to challenge President Tomas "
        "Berg's victory in Kenya's election."
    )
    found = stances(extractor, text)
    assert any(p == "support" and t == "tomas-berg-won-the-election" for _, p, t in found), found
    assert not any(p == "oppose" and t == "tomas-berg-won-the-election" for _, p, t in found)


def test_enough_to_challenge_is_not_turned(extractor: Extractor) -> None:
    (doc,) = load_pipeline().parse(["They found enough to challenge the count."])
    verb = next(t for t in doc if t.lemma_ == "challenge")
    assert not not_enough(verb)


def test_were_not_enough_to_challenge_backs_the_win(extractor: Extractor) -> None:
    text = (
        "Observer Ana Ruiz said the irregularities were not enough to challenge Tomas Berg's "
        "victory in Kenya's election."
    )
    found = stances(extractor, text)
    assert not any(p == "oppose" and t == "tomas-berg-won-the-election" for _, p, t in found)
