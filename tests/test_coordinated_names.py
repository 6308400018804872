"""Two names the model tags as one ("Brantwell and Osterby said ...") are two actors where the
article writes each alone; a plural ("the companies said") far from the pair named together
is that pair when the sentences before it name them one by one (issue 13.1). Sentences are our
own."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.extract.coordinated_names import coordinated_parts
from graph.extract.nlp import load_pipeline
from graph.model import Article
from tests.said import speakers

_MERGER = (
    "A federal judge on Tuesday blocked the planned purchase of Osterby by Brantwell, saying "
    "the deal would raise prices for shoppers.\n\n"
    "In statements sent to reporters, Brantwell and Osterby said they were disappointed by "
    "the ruling.\n\n"
    "Brantwell said the evidence showed the deal would cut prices.\n\n"
    '"We showed the court how the merger would protect jobs," the statement from Osterby '
    "said.\n\n"
    "Analysts said shares of both firms fell in early trading.\n\n"
    "The companies said they were weighing an appeal.\n"
)


def test_a_pair_the_article_also_names_apart_is_two_actors(extractor: Extractor) -> None:
    result = extractor(Article("t", _MERGER))
    names = {a.name for a in result.actors}
    assert {"Brantwell", "Osterby"} <= names
    assert not any(" and " in n for n in names)


def test_the_pair_speaks_as_two_and_the_companies_are_the_pair(extractor: Extractor) -> None:
    said = speakers(extractor, _MERGER)
    assert said.count("Brantwell") == 3 and said.count("Osterby") == 3


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("Bosnia and Herzegovina said on Monday it would join the talks. Bosnia voted.\n",
         "Bosnia and Herzegovina"),
        ("Harlow and Finch said profits rose. Harlow and Finch has 300 shops.\n",
         "Harlow and Finch"),
    ],
)  # fmt: skip
def test_a_name_whose_halves_never_stand_alone_stays_whole(text: str, whole: str) -> None:
    doc = load_pipeline().nlp(text)
    ent = doc.char_span(0, len(whole), label="ORG")
    span = (0, len(whole), "ORG")
    assert coordinated_parts(ent, span, text) == [span]


def test_a_name_whose_halves_both_stand_alone_is_two() -> None:
    text = "Harlow and Finch said profits rose. Harlow fell. Finch rose.\n"
    doc = load_pipeline().nlp(text)
    ent = doc.char_span(0, 16, label="ORG")
    assert coordinated_parts(ent, (0, 16, "ORG"), text) == [(0, 6, "ORG"), (11, 16, "ORG")]
