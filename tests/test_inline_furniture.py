"""An ad marker left between two sentences of a page flattened to one paragraph is furniture
(sentences of our own): no actor's name takes it in, and a word that only starts with it does
not count."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.extract.furniture import furniture_lines
from graph.model import Article


@pytest.mark.parametrize("marker", ["Advertisement", "ADVERTISEMENT"])
def test_an_ad_marker_between_sentences_is_furniture(marker: str) -> None:
    text = f"“We will appeal,” the club said. {marker} Nora Vale’s agent said she would stay."
    assert [text[s:e] for s, e in furniture_lines(text)] == [marker]


def test_an_ad_marker_inside_a_name_is_kept() -> None:
    assert furniture_lines("The Advertisement Standards Authority said the claim was false.") == []


def test_the_name_after_an_ad_marker_is_whole(extractor: Extractor) -> None:
    text = (
        "The court ruled against the singer on Monday. “We thank the judge,” the paper said. "
        "Advertisement Nora Vale’s lawyer said in the wake of the ruling: “We will appeal.”"
    )
    names = {a.name for a in extractor(Article("t", text)).actors}
    assert not any(name.startswith("Advertisement") for name in names)


def test_a_name_starting_with_the_marker_after_a_stop_is_kept() -> None:
    text = "The ad ran on Monday. Advertisement Standards Authority chief Guy Parker said so."
    assert furniture_lines(text) == []
