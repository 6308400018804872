"""The reason for disputing a thing is no part of the thing disputed (issue 12).

"will dispute the results of the vote over alleged fraud": the results are disputed and the fraud
is why; read whole, the object phrase named the fraud, and opposing the fraud turned into backing
the results. Our own sentences.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from graph.extract import Extractor
from graph.extract.nlp import load_pipeline
from graph.extract.reasons import reason_tokens
from tests.rule_stances import stance_triples as stances


@pytest.mark.parametrize(
    "text",
    [
        "Zambia's opposition Civic Front said on Monday it will dispute the results of the "
        "presidential vote over alleged fraud.",
        "Zambia's opposition Civic Front said on Monday it will contest the results of the "
        "presidential vote amid claims of rigging.",
    ],
)
def test_disputing_results_over_fraud_opposes_the_results(extractor: Extractor, text: str) -> None:
    found = stances(extractor, text)
    assert ("Civic Front", "oppose", "zambia-results-are-valid") in found, found
    assert ("Civic Front", "support", "zambia-results-are-valid") not in found, found


def test_a_concern_over_a_thing_keeps_its_content() -> None:
    """The guard: "the concerns over X" are about X, and without a disputing verb nothing is
    cut; a dispute's reason hung on its object is."""
    words = ["The", "party", "rejected", "the", "concerns", "over", "rigging", "."]
    heads = [1, 2, 2, 4, 2, 4, 5, 2]
    deps = ["det", "nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"]
    doc = Doc(
        load_pipeline().nlp.vocab,
        words=words,
        heads=heads,
        deps=deps,
        lemmas=["the", "party", "reject", "the", "concern", "over", "rigging", "."],
    )
    assert reason_tokens(doc[4], doc[2]) == set()
    tally = Doc(
        load_pipeline().nlp.vocab,
        words=[*words[:4], "tally", *words[5:]],
        heads=heads,
        deps=deps,
        lemmas=["the", "party", "reject", "the", "tally", "over", "rigging", "."],
    )
    assert {tally[i].text for i in reason_tokens(tally[4], tally[2])} == {"over", "rigging"}
    assert reason_tokens(tally[4], tally[1]) == set()  # no disputing verb


def test_a_rift_over_a_thing_keeps_its_content(extractor: Extractor) -> None:
    found = stances(
        extractor, "Zambian Finance Minister Ana Ruiz denied reports of a rift over the budget."
    )
    assert not any(t == "reports-of-a-rift" for _, _, t in found), found


@pytest.mark.parametrize(
    "text",
    [
        # The parser may read the object as the subject of the naming participle after it.
        "Opposition chief Ana Phiri of Zambia Tuesday rejected the vote results terming them "
        "fraudulent.",
        "Zambian opposition leader Ana Phiri rejected the election results, calling them a sham.",
    ],
)
def test_how_the_disputer_names_the_results_is_no_part_of_them(
    extractor: Extractor, text: str
) -> None:
    found = stances(extractor, text)
    assert ("Ana Phiri", "oppose", "zambia-results-are-valid") in found, found
    assert ("Ana Phiri", "support", "zambia-results-are-valid") not in found, found
