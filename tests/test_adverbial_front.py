"""A clause of time or reason before the cue says when or why, never what is reported (sentences
of our own): "At a briefing hours before the union marched, X lamented the plan" quotes nothing;
"The count was rigged, X said" still reports its fronted clause."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article


@pytest.mark.parametrize(
    "sentence",
    [
        "In a hastily called briefing at the party office hours before the union launched a "
        "march to protest the cuts, Lia Moreno lamented the ministry’s plan to close schools.",
        "At a rally in the capital long after the crowd had gone home, Lia Moreno regretted "
        "the ministry’s plan to close schools.",
    ],
)
def test_an_adverbial_clause_before_the_cue_is_no_report(
    extractor: Extractor, sentence: str
) -> None:
    assert not extractor(Article("t", sentence + "\n")).quotes


def test_a_fronted_report_is_still_one(extractor: Extractor) -> None:
    found = extractor(Article("t", "The count was rigged, Lia Moreno said on Monday.\n")).quotes
    assert [(q.speaker, q.span.text) for q in found] == [("lia-moreno", "The count was rigged")]
