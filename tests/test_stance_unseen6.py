"""Stances on unseen election news: readings the article's other stances contradict are dropped."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.extract.stance_checks import same_actor
from tests.rule_stances import stance_triples

# Every story names its election's country several times, as a real report does.
_LEAD = (
    "Moldova held a presidential election on Sunday, and Moldovan officials counted the ballots "
    "overnight across Moldova. "
)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Marina Corina Machado", "María Corina Machado", True),
        ("Lukashenka", "Alexander Lukashenko", True),
        ("Kahn", "Ana Khan", False),
        ("Soto", "Ana Soto", True),
        ("Ana Soto", "Rui Soto", False),
        ("Moldovan opposition", "Moldovan government", False),
        ("Ion Popescu", "Ion Popescu", True),
    ],
)
def test_same_actor(a: str, b: str, same: bool) -> None:
    assert same_actor(a, b) is same


def test_a_loser_does_not_back_the_winner(extractor: Extractor) -> None:
    found = stance_triples(
        extractor,
        _LEAD + "Ana Soto said she won the election. Rui Lopes was declared the winner by the "
        "opposition-run electoral commission on Monday.",
    )
    assert ("Moldovan opposition", "support", "Rui Lopes") not in found


def test_a_concession_backs_the_winner(extractor: Extractor) -> None:
    found = stance_triples(
        extractor,
        _LEAD + "The electoral commission declared Rui Lopes the winner. Ana Soto conceded "
        "defeat and congratulated Rui Lopes on his victory.",
    )
    assert ("Ana Soto", "support", "Rui Lopes") in found


def test_a_party_s_stance_is_not_its_leader_s(extractor: Extractor) -> None:
    found = stance_triples(
        extractor,
        _LEAD + "Opposition candidate Ana Soto said she won. President Rui Lopes's party "
        "condemned Ana Soto on Monday.",
    )
    assert ("Rui Lopes", "oppose", "Ana Soto") not in found


_DECLARED = (
    "Moldova held a presidential election on Sunday, and the electoral commission declared "
    "Rui Lopes the winner with 54 percent of the vote. "
)


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ('"We reject these results," Ana Soto told reporters.', "Ana Soto"),
        ('"We will not accept this outcome," opposition leader Ana Soto said.', "Ana Soto"),
        ("Ana Soto said the opposition rejects the results.", "Moldovan opposition"),
        ('"We will never concede," said Ana Soto, the opposition candidate.', "Ana Soto"),
    ],
)
def test_a_result_rejected_in_a_statement(extractor: Extractor, sentence: str, source: str) -> None:
    found = stance_triples(extractor, _DECLARED + sentence)
    assert (source, "oppose", "rui-lopes-won-the-election") in found


def test_a_politician_does_not_oppose_his_own_country(extractor: Extractor) -> None:
    found = stance_triples(
        extractor,
        _LEAD + "In his reply on Thursday, opposition leader Ion Popescu accused the government "
        "of plunging Moldova into further debt.",
    )
    assert ("Ion Popescu", "oppose", "Moldova") not in found
    assert ("Ion Popescu", "oppose", "Moldovan government") in found


def test_a_foreigner_may_oppose_the_story_s_country(extractor: Extractor) -> None:
    found = stance_triples(
        extractor, _LEAD + "US Secretary of State Jane Roe condemned Moldova on Friday."
    )
    assert ("Jane Roe", "oppose", "Moldova") in found


def test_a_politician_s_criticism_is_not_of_his_country_as_a_whole(extractor: Extractor) -> None:
    found = stance_triples(extractor, _LEAD + "Ion Popescu criticised Moldova for its slow count.")
    assert ("Ion Popescu", "oppose", "Moldova") not in found


def test_a_body_of_the_state_does_not_oppose_its_country(extractor: Extractor) -> None:
    found = stance_triples(
        extractor, _LEAD + "The Moldovan Interior Ministry criticised Moldova's neighbours."
    )
    assert ("Moldovan Interior Ministry", "oppose", "Moldova") not in found


# -- a country named as the owner of its opposition takes no stance ------------------------------


@pytest.mark.parametrize(
    ("text", "not_there"),
    [
        (
            "NAIROBI - Kenya's opposition leader Tomas Wekwete rejected the results announced "
            "by the commission chairman Ivo Mumba.",
            ("Kenya", "oppose", "Ivo Mumba"),
        ),
        (
            "Kenya criticised Tanzania's opposition leader Ana Ruiz for her remarks.",
            ("Kenya", "oppose", "Tanzania"),
        ),
    ],
)
def test_a_country_owning_its_opposition_is_no_side(
    extractor: Extractor, text: str, not_there: tuple[str, str, str]
) -> None:
    assert not_there not in stance_triples(extractor, text)


def test_a_country_acting_itself_keeps_its_stance(extractor: Extractor) -> None:
    assert ("Kenya", "oppose", "Tanzania") in stance_triples(
        extractor, "Kenya criticised Tanzania for its crackdown on protesters."
    )


# -- a result disputed or conceded with no winner told ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "LIMA - Opposition candidate Ana Ruiz rejected the results of Peru's election.",
            ("Ana Ruiz", "oppose", "peru-results-are-valid"),
        ),
        (
            "LIMA - Opposition candidate Ana Ruiz said she did not accept the results of "
            "Peru's presidential election.",
            ("Ana Ruiz", "oppose", "peru-results-are-valid"),
        ),
        (
            "Russia recognised the results of the election in Peru.",
            ("Russia", "support", "peru-results-are-valid"),
        ),
        (
            "LIMA - Opposition candidate Ana Ruiz refused to concede in Peru's presidential "
            "election.",
            ("Ana Ruiz", "support", "ana-ruiz-won-the-election"),
        ),
    ],
)
def test_a_result_disputed_with_no_winner_told_is_a_stance_on_the_official_results(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    found = stance_triples(extractor, text)
    assert expected in found
    # one stance on those words: no second reading under a noun-phrase claim
    assert not [s for s in found if s[:2] == expected[:2] and "results-of" in s[2]]


def test_with_a_winner_told_the_dispute_is_of_his_win(extractor: Extractor) -> None:
    text = (
        "LIMA - Ivo Lang won Peru's presidential election on Sunday, official results showed. "
        "Opposition candidate Ana Ruiz rejected the results."
    )
    assert ("Ana Ruiz", "oppose", "ivo-lang-won-the-election") in stance_triples(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "LIMA - Opposition candidate Ana Ruiz declared herself the winner of Peru's election.",
        "LIMA - Ana Ruiz considers herself the true winner of the election in Peru.",
    ],
)
def test_declaring_oneself_the_winner_backs_ones_own_win(extractor: Extractor, text: str) -> None:
    assert ("Ana Ruiz", "support", "ana-ruiz-won-the-election") in stance_triples(extractor, text)


def test_oneself_without_a_winners_title_claims_nothing(extractor: Extractor) -> None:
    text = "LIMA - Ana Ruiz considers herself a loser in Peru's election."
    assert not [s for s in stance_triples(extractor, text) if s[2].endswith("won-the-election")]
