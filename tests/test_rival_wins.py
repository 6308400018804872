"""A win claimed against the one the story tells won disputes that win; the winner named by an
upheld re-election; a minor share of the vote is no win; victory declared to someone is theirs."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import stance_triples

_LEAD = (
    "Togo's constitutional court on Monday confirmed the re-election of President Kofi Amevor "
    "with 71 percent of the vote. "
)


def test_claiming_victory_disputes_the_told_winner(extractor: Extractor) -> None:
    found = stance_triples(
        extractor,
        _LEAD + "His challenger Yawo Mensah, who won 19 percent, had also claimed victory.",
    )
    assert ("Yawo Mensah", "support", "yawo-mensah-won-the-election") in found
    assert ("Yawo Mensah", "oppose", "kofi-amevor-won-the-election") in found


def test_a_self_declared_winner_disputes_the_told_winner(extractor: Extractor) -> None:
    found = stance_triples(
        extractor, _LEAD + "Opposition candidate Afi Dossou declared herself the winner on Tuesday."
    )
    assert ("Afi Dossou", "oppose", "kofi-amevor-won-the-election") in found


def test_an_upheld_re_election_names_its_winner(extractor: Extractor) -> None:
    found = stance_triples(
        extractor,
        _LEAD + "His challenger Yawo Mensah, who won 19 percent, had also claimed victory.",
    )
    assert ("Constitutional Court of Togo", "support", "kofi-amevor-won-the-election") in found
    assert not {t for t in found if t[1] == "support" and t[2] == "yawo-mensah-won-the-election"
                and t[0] != "Yawo Mensah"}  # fmt: skip


def test_no_rival_when_the_story_tells_no_winner(extractor: Extractor) -> None:
    found = stance_triples(
        extractor,
        "Togo voted on Sunday. Opposition candidate Afi Dossou claimed victory on Tuesday.",
    )
    assert {t for t in found if t[0] == "Afi Dossou"} == {
        ("Afi Dossou", "support", "afi-dossou-won-the-election")
    }


def test_victory_claimed_contrary_to_results_is_claimed(extractor: Extractor) -> None:
    found = stance_triples(
        extractor,
        "Togo voted on Sunday. The count has slid into dispute after the opposition candidate "
        "Afi Dossou claimed victory, contrary to early results.",
    )
    assert ("Afi Dossou", "support", "afi-dossou-won-the-election") in found


def test_victory_declared_to_another_is_not_the_declarers(extractor: Extractor) -> None:
    found = stance_triples(
        extractor,
        "Togo voted on Sunday. The National Electoral Commission declared victory to President "
        "Kofi Amevor in the early hours of Monday.",
    )
    assert not {t for t in found if t[2] == "national-electoral-commission-won-the-election"}


def test_a_challenger_named_later_in_apposition_is_that_person(extractor: Extractor) -> None:
    found = stance_triples(
        extractor,
        "LUSAKA, Zambia (AP) - President Rui Lopes has been declared the winner of Zambia's "
        "presidential poll, but the outcome was immediately rejected by his challenger. His "
        "main challenger, retired general Ana Vidal, said she would go to court.",
    )
    assert ("Ana Vidal", "oppose", "rui-lopes-won-the-election") in found
    assert not {t for t in found if "challenger" in t[0]}


@pytest.mark.parametrize(
    ("share", "won"),
    [("3 million votes or 34 percent", False), ("5.1 million votes, or 58 percent,", True),
     ("34% of the votes", False)],
)  # fmt: skip
def test_a_share_of_the_vote_told_by_the_commission_is_a_win_only_above_half(
    extractor: Extractor, share: str, won: bool
) -> None:
    # the percentage decides, not the first number of the phrase ("3 million")
    text = (
        "LUSAKA (Reuters) - Voters in Zambia elected a president on Thursday.\n\n"
        f"Opposition candidate Tomas Berg won {share} of the total, the electoral commission "
        "said.\n"
    )
    found = stance_triples(extractor, text)
    assert (("Zambian electoral commission", "support", "tomas-berg-won-the-election") in found) is won


def test_results_overturned_by_the_body_declaring_another_winner_are_the_others_win(
    extractor: Extractor,
) -> None:
    text = (
        "LUSAKA (AFP) - Zambia's Constitutional Council has overturned earlier poll results and "
        "declared President Tomas Berg the winner of Sunday's run-off.\n\n"
        "The electoral commission head had said opposition candidate Ana Ruiz had defeated "
        "Mr Berg.\n"
    )
    found = stance_triples(extractor, text)
    assert ("Zambian Constitutional Council", "oppose", "ana-ruiz-won-the-election") in found
    assert ("Zambian Constitutional Council", "oppose", "tomas-berg-won-the-election") not in found


def test_a_winner_declared_in_the_passive_is_the_one_a_rival_disputes(
    extractor: Extractor,
) -> None:
    text = (
        "President Tomas Berg has been declared the winner of Zambia's presidential poll but "
        "the outcome was immediately rejected by his challenger, Ana Ruiz.\n"
    )
    assert ("Ana Ruiz", "oppose", "tomas-berg-won-the-election") in stance_triples(extractor, text)
