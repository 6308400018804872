"""Claims with identity: the vocabulary, shared keys, and no fragment claims (own sentences)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from graph.extract import Extractor
from graph.extract.claims import (
    affirmed,
    claim_for,
    claim_id,
    issue_claim,
    predicates,
    rekey,
    vocabulary_claim,
)
from graph.extract.contract import to_contract
from graph.model import Actor, Article, Claim, Span, Stance
from tests.rule_stances import stance_triples


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
        ("the legitimacy of Ruritania's election", "election-was-free-and-fair"),
        ("a vote that was peaceful and fair", "election-was-free-and-fair"),
        ("a poll both credible and transparent", "election-was-free-and-fair"),
        ("a vote neither free nor fair", "election-was-not-free-and-fair"),
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


# -- a claim that denies another is that one, opposed ---------------------------------------


def test_every_negation_names_a_predicate_of_its_own_kind() -> None:
    kinds = {p.id: p.subject for p in predicates()}
    negating = [p for p in predicates() if p.negates]
    assert {p.id for p in negating} >= {"election-was-fraudulent", "lost-the-election"}
    assert all(kinds[p.negates] == p.subject for p in negating)
    assert not any(p.negates in {q.id for q in negating} for p in negating)  # no chains


@given(
    polarity=st.sampled_from(["support", "oppose"]),
    predicate=st.sampled_from([p.id for p in predicates()]),
    subject=st.sampled_from(["Ruritania", "Rui Lopes", "Côte d'Ivoire", "Ana Soto-Vela"]),
)
def test_affirmed_turns_exactly_the_stances_on_a_denial(
    polarity: str, predicate: str, subject: str
) -> None:
    claim = vocabulary_claim(predicate, subject)
    stance = Stance("ana-soto", claim.id, "claim", polarity, Span(0, 4, "Text"))  # type: ignore[arg-type]
    claims, (turned,) = affirmed([claim], [stance])
    negates = next(p.negates for p in predicates() if p.id == predicate)
    if negates is None:
        assert claims == [claim] and turned == stance
    else:
        assert claims == [vocabulary_claim(negates, subject)]
        assert turned.target == claims[0].id and turned.polarity != stance.polarity
        assert subject in claims[0].text
    again_claims, (again,) = affirmed(claims, [turned])  # a second pass changes nothing
    assert again_claims == claims and again == turned


def test_both_wordings_of_one_dispute_meet_at_one_claim(extractor: Extractor) -> None:
    text = (
        "ASUNCION - Opposition leader Mara Ilic said the presidential election in Paraguay "
        "was rigged. President Tomas Berg dismissed allegations of fraud on Monday. The "
        "electoral council rejected her allegations of fraud."
    )
    found = stance_triples(extractor, text)
    assert ("Mara Ilic", "oppose", "paraguay-results-are-valid") in found
    assert ("Tomas Berg", "support", "paraguay-results-are-valid") in found
    assert ("Paraguayan electoral council", "support", "paraguay-results-are-valid") in found
    assert not any(t.endswith("election-was-fraudulent") for _, _, t in found)


def test_a_defeat_refused_is_the_win_claimed(extractor: Extractor) -> None:
    text = "Challenger Ana Soto refused to concede defeat in Paraguay's presidential election."
    found = stance_triples(extractor, text)
    assert ("Ana Soto", "support", "ana-soto-won-the-election") in found
    assert not any(t.endswith("lost-the-election") for _, _, t in found)


def test_a_curated_denial_takes_the_denied_claim_and_its_words() -> None:
    lopes = Actor("rui-lopes", "Rui Lopes", "Person", ("Lopes",))
    article = Article("t", "Lopes lost, his rival said.")
    stance = Stance("ana-soto", "lopes-lost", "claim", "support", article.span(0, 11))
    claims, stances = rekey(
        [Claim("lopes-lost", "Lopes lost by 3 points")], [stance], [lopes], article.text
    )
    assert claims == (Claim("rui-lopes-won-the-election", "Rui Lopes won the election"),)
    assert stances[0].target == "rui-lopes-won-the-election" and stances[0].polarity == "oppose"


@pytest.mark.parametrize(
    "sentence",
    [
        "Opposition leader Paul Ndam called on President Omar Biko to concede.",
        "Opposition leader Paul Ndam urged President Omar Biko to concede defeat.",
        "Opposition leader Paul Ndam asked President Omar Biko to concede the race.",
    ],
)
def test_one_told_to_concede_has_not_conceded_nor_has_the_teller(
    extractor: Extractor, sentence: str
) -> None:
    """Who is told to concede concedes nothing yet, and the teller concedes nothing at all."""
    found = stance_triples(extractor, "HARARE - " + sentence)
    assert not [t for t in found if t[2].endswith("-won-the-election")], found


def test_neither_free_nor_fair_opposes_the_free_and_fair_claim(extractor: Extractor) -> None:
    """A denial is stored as the opposite stance on the claim it denies: one node for both."""
    text = (
        "LUSAKA - Zambia held a presidential election on Wednesday. The Civic Front said "
        "the vote was neither free nor fair. Monitors said the poll was credible and transparent."
    )
    found = stance_triples(extractor, text)
    assert ("Civic Front", "oppose", "zambia-election-was-free-and-fair") in found
    assert ("Monitors", "support", "zambia-election-was-free-and-fair") in found
    assert not any(t.endswith("not-free-and-fair") for _, _, t in found)


@pytest.mark.parametrize(
    ("sentence", "triple"),
    [
        (
            "Zambian opposition leader Ana Phiri described the ballot as a rigged election "
            "from start to finish.",
            ("Ana Phiri", "oppose", "zambia-results-are-valid"),
        ),
        (
            "Monitors from the Lusaka Election Watch described the vote as a free and fair "
            "election in Zambia.",
            ("Lusaka Election Watch", "support", "zambia-election-was-free-and-fair"),
        ),
    ],
)
def test_a_verdict_on_the_election_a_judging_verb_names_it_as(
    extractor: Extractor, sentence: str, triple: tuple[str, str, str]
) -> None:
    """ "described the ballot as a rigged election": the verdict is the adjective of
    the election noun the vote is described as."""
    assert triple in stance_triples(extractor, sentence)


def test_a_win_a_ruling_finds_marred_by_faults_is_disputed(extractor: Extractor) -> None:
    text = (
        "LUSAKA - President Tom Banda has denounced the judges of the Constitutional Court.\n\n"
        "Finding that Mr Banda's win in the March poll had been tainted by fraud, the court "
        "ordered a rerun."
    )
    found = stance_triples(extractor, text)
    assert ("Constitutional Court", "oppose", "tom-banda-won-the-election") in found, found
    assert ("Constitutional Court", "support", "tom-banda-won-the-election") not in found, found


def test_a_verdict_celebrated_is_no_issue_of_its_own(extractor: Extractor) -> None:
    text = (
        "LUSAKA - The Constitutional Court annulled Tom Banda's victory on Friday. The Lusaka "
        "Youth League sang in the streets as it celebrated the verdict near the court."
    )
    found = stance_triples(extractor, text)
    assert not [t for t in found if "verdict" in t[2]], found
    assert [t for t in found if t[1:] == ("support", "Constitutional Court")], found
