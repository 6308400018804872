"""An act done "in solidarity with X" supports X, even when the act is staying away
(sentences of our own); solidarity denied ("no solidarity with X") opposes; unnamed doers
("other presenters") are no one's node."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import rule_targets


@pytest.mark.parametrize(
    "sentence",
    [
        "Tom Hale refused to work in solidarity with Ana Lenz.",
        "Tom Hale said he would not appear on the show in solidarity with Ana Lenz.",
        "Tom Hale walked out in solidarity with Ana Lenz on Friday.",
    ],
)
def test_an_act_in_solidarity_supports(extractor: Extractor, sentence: str) -> None:
    found = rule_targets(extractor, sentence)
    assert ("Tom Hale", "support", "Ana Lenz") in found
    assert ("Tom Hale", "oppose", "Ana Lenz") not in found


def test_unnamed_doers_in_solidarity_lend_it_to_no_one(extractor: Extractor) -> None:
    text = "The BBC dropped the show after other presenters refused to work in solidarity with Ana Lenz."
    assert not any(target == "Ana Lenz" for _, _, target in rule_targets(extractor, text))


def test_an_act_not_done_in_solidarity_tells_no_stance(extractor: Extractor) -> None:
    found = rule_targets(extractor, "Tom Hale did not march in solidarity with Ana Lenz.")
    assert not any(target == "Ana Lenz" for _, _, target in found)
