"""A bare "the spokesperson" speaks for the body the last spokesperson written with one spoke
for ("a foreign ministry spokesperson said ... the spokesperson said"), not for the next person
the article names."""

from __future__ import annotations

from graph.extract import Extractor
from tests.said import speakers


def test_the_spokesperson_is_the_earlier_bodys(extractor: Extractor) -> None:
    text = (
        "The Chinese government has decided to recall its ambassador to Norway, a foreign "
        "ministry spokesperson said on Tuesday.\n\nIn remarks on the ministry's website, the "
        'spokesperson stressed that the decision "violates the spirit" of the communique.\n\n'
        '"We urge the Norwegian side to rectify its mistaken decision," the spokesperson said.'
        '\n\nAnd Norwegian trade minister Ane Holm added: "We aspire to relations as equals."\n'
    )
    assert speakers(extractor, text) == ["foreign ministry"] * 3 + ["Ane Holm"]


def test_a_spokesperson_for_a_body_still_speaks_for_it(extractor: Extractor) -> None:
    text = (
        "The Halden Rail Company cancelled 200 trains on Monday. A spokesperson for the Halden "
        'Rail Company said the strike was "deeply regrettable".'
    )
    assert speakers(extractor, text) == ["Halden Rail Company"]
