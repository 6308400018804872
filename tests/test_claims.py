"""Claims with identity: the vocabulary, shared keys, and no fragment claims (own sentences)."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.extract.claims import claim_for, claim_id, issue_claim, predicates, rekey
from graph.extract.contract import to_contract
from graph.model import Actor, Article, Claim, Stance


def test_vocabulary_ids_are_slugs_and_unique() -> None:
    ids = [p.id for p in predicates()]
    assert len(ids) == len(set(ids)) and all(claim_id("x", i).startswith("x-") for i in ids)
    assert {"won-the-election", "election-was-fraudulent", "new-election-should-be-held"} <= set(
        ids
    )


@pytest.mark.parametrize(
    ("phrase", "predicate"),
    [
        ("the release of the polling-station tallies", "results-should-be-published"),
        ("an independent audit of the count", "results-should-be-verified"),
        ("massive irregularities", "election-was-fraudulent"),
        ("fresh elections", "new-election-should-be-held"),
    ],
)
def test_phrases_map_to_the_country_election(phrase: str, predicate: str) -> None:
    claim = claim_for(phrase, country="Ruritania")
    assert claim is not None and claim.id == f"ruritania-{predicate}"


def test_curated_and_extracted_wordings_share_a_key() -> None:
    curated = claim_for("Rui Lopes won with 52 percent of the vote", actor="Rui Lopes")
    extracted = claim_for("Rui Lopes's victory", actor="Rui Lopes")
    assert curated is not None and extracted is not None and curated.id == extracted.id
    assert curated.id == "rui-lopes-won-the-election"


def test_fragments_are_no_claims() -> None:
    for fragment in ("laws", "the result", "other illegalities", "false assertion", "it"):
        assert claim_for(fragment, country="Ruritania") is None
        assert issue_claim(fragment) is None
    assert issue_claim("the ban on foreign observers").id == "ban-on-foreign-observers"


def test_no_fragment_claim_from_a_sentence(extractor: Extractor) -> None:
    text = (
        "Ruritania voted on Sunday. Ruritania's count was slow.\n"
        "“We reject the laws,” said Mara Ilic. "
        "“We demand the publication of the tallies,” Ilic added."
    )
    result = to_contract(extractor(Article("t", text)))
    targets = {s["target"] for s in result["stances"]}
    assert "laws" not in targets
    assert not any(t.lower() in ("laws", "the laws") for t in targets)


def test_who_was_defeated_lost() -> None:
    assert (
        claim_for("Rui Lopes was defeated", actor="Rui Lopes").id == "rui-lopes-lost-the-election"
    )
    assert claim_for("Rui Lopes defeated Ana Soto", actor="Rui Lopes").id == (
        "rui-lopes-won-the-election"
    )


def test_curated_wording_takes_the_vocabulary_key() -> None:
    lopes = Actor("rui-lopes", "Rui Lopes", "Person", ("Lopes",))
    article = Article("t", "Lopes won, his camp said.")
    stance = Stance("rui-lopes", "lopes-52", "claim", "support", article.span(0, 10))
    claims, stances = rekey(
        [Claim("lopes-52", "Lopes won with 52 percent"), Claim("calm", "calm must return")],
        [stance],
        [lopes],
        article.text,
    )
    assert [c.id for c in claims] == ["rui-lopes-won-the-election", "calm"]
    assert claims[0].text == "Lopes won with 52 percent"
    assert stances[0].target == "rui-lopes-won-the-election"
