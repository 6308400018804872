"""Stances on disputed-election news (session 26): results rejected, annulled, doubted."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import stance_triples

_LEAD = (
    "Ruritania held a presidential election on Sunday. The electoral commission of Ruritania "
    "declared Rui Lopes the winner with 52 percent of the vote. "
)


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        # What the sayer says others should do with the result is the sayer's stance.
        ("Opposition candidate Ana Ruiz said voters should reject the result.", "Ana Ruiz"),
        # The object told through a free relative.
        ("Carlos Vega has rejected what he called the rigged presidential results.", "Carlos Vega"),
        # A relative clause's subject is the noun it hangs on.
        (
            "Second came runner-up Carlos Vega, who had challenged the result and said he "
            "would not recognize it.",
            "Carlos Vega",
        ),
        # Distancing oneself from the results.
        ("Carlos Vega distanced himself from the results on Monday.", "Carlos Vega"),
        # The vote itself refused.
        ('"We don\'t recognize these elections," Carlos Vega told reporters.', "Carlos Vega"),
        # An annulment demanded (subjunctive clause) or sought.
        ("Carlos Vega demanded on Monday that the election be annulled.", "Carlos Vega"),
        ("Carlos Vega vowed to go to court to overturn the outcome.", "Carlos Vega"),
        # Doubt cast on the result; the person, not the state in their title, holds it.
        ("U.S. Vice President Tom Hale cast doubt on the election result.", "Tom Hale"),
        (
            "The Foreign Minister of Freedonia, Tom Hale, cast doubt on the election result.",
            "Tom Hale",
        ),
    ],
)
def test_result_disputed(extractor: Extractor, sentence: str, source: str) -> None:
    found = stance_triples(extractor, _LEAD + sentence)
    assert (source, "oppose", "rui-lopes-won-the-election") in found


@pytest.mark.parametrize(
    "sentence",
    [
        # Subjectless annulments and doubts are what the speaker speaks about, not for.
        '"There are no grounds to annul the result," Carlos Vega said.',
        '"These are attempts to cast doubt on the result," Carlos Vega said.',
        # Whoever is urged, a deontic verb in a negated or hypothetical clause says nothing.
        "Carlos Vega said that even if voters rejected the result, nothing would change.",
        # To contest an election is to run in it.
        "Carlos Vega will contest the next election.",
    ],
)
def test_no_dispute(extractor: Extractor, sentence: str) -> None:
    found = stance_triples(extractor, _LEAD + sentence)
    assert ("Carlos Vega", "oppose", "rui-lopes-won-the-election") not in found


def test_crowd_hailing_a_victory_is_not_the_speaker(extractor: Extractor) -> None:
    text = _LEAD + '"Crowds of farmers hailed the victory of Rui Lopes," Carlos Vega said.'
    found = stance_triples(extractor, text)
    assert ("Carlos Vega", "support", "rui-lopes-won-the-election") not in found
    own = stance_triples(extractor, _LEAD + '"We hail the victory of Rui Lopes," Carlos Vega said.')
    assert ("Carlos Vega", "support", "rui-lopes-won-the-election") in own


def test_no_stance_between_two_names_of_one_person(extractor: Extractor) -> None:
    text = _LEAD + (
        "Zed Vega, whose real name is Carlos Vegamonte, said on Friday he had proof of voting "
        "fraud and would share it soon."
    )
    found = stance_triples(extractor, text)
    assert not any({s, t} == {"Zed Vega", "Carlos Vegamonte"} for s, _, t in found)


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz, who leads the Blue Party, spoke in Lisbon.",
        "Ana Ruiz, founder of the Blue Party, spoke in Lisbon.",
        "The candidate of the opposition Blue Party (BP) Ana Ruiz spoke in Lisbon.",
    ],
)
def test_memberships(text: str) -> None:
    from graph.extract.actors import ActorTable
    from graph.extract.memberships import memberships

    table = ActorTable(text)
    start = text.index("Ana Ruiz")
    ana = table.add_agent(start, start + 8, "Ana Ruiz", "Person")
    start = text.index("Blue Party")
    party = table.add_agent(start, start + 10, "Blue Party", "Organization")
    assert frozenset({table.id_of(ana), table.id_of(party)}) in memberships(table)


def test_no_membership_for_a_mere_neighbour() -> None:
    from graph.extract.actors import ActorTable
    from graph.extract.memberships import memberships

    text = "Ana Ruiz, who criticised the Blue Party, spoke in Lisbon."
    table = ActorTable(text)
    table.add_agent(0, 8, "Ana Ruiz", "Person")
    start = text.index("Blue Party")
    table.add_agent(start, start + 10, "Blue Party", "Organization")
    assert memberships(table) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        '"I invite the outgoing president to organize a peaceful transfer of power," Carlos '
        "Vega told reporters on Monday. Outgoing president Jorge Sampaio has ruled since 1990.",
        "Carlos Vega urged President Jorge Sampaio to hand over power peacefully.",
        # Owning a defeat is giving up the office it was fought for.
        "Carlos Vega urged President Jorge Sampaio to accept defeat.",
        "Speaking in the capital, Carlos Vega pressed Jorge Sampaio to admit his loss.",
    ],
)
def test_call_to_give_up_power(extractor: Extractor, sentence: str) -> None:
    found = stance_triples(extractor, _LEAD + sentence)
    assert ("Carlos Vega", "oppose", "Jorge Sampaio") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Carlos Vega invited President Jorge Sampaio to visit.",
        "Carlos Vega urged President Jorge Sampaio to accept the invitation.",
    ],
)
def test_invitation_is_no_ouster(extractor: Extractor, sentence: str) -> None:
    found = stance_triples(extractor, _LEAD + sentence)
    assert ("Carlos Vega", "oppose", "Jorge Sampaio") not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "The Blue Party called for the release of their leader, Carlos Vega.",
        "The Blue Party has dismissed the results of the election, calling for the release of "
        "their leader, Carlos Vega, who has been under house arrest since polling day.",
    ],
)
def test_release_called_for(extractor: Extractor, sentence: str) -> None:
    assert ("Blue Party", "support", "Carlos Vega") in stance_triples(extractor, _LEAD + sentence)


def test_acceptance_called_for_is_the_callers(extractor: Extractor) -> None:
    text = (
        "Ruritania held a presidential election on Sunday. Rui Lopes won 61 percent of the vote. "
        "Rui Lopes, 73, who will begin his second term in May, called for Carlos Vega to accept "
        "the result."
    )
    found = stance_triples(extractor, text)
    assert not any(s == "Carlos Vega" and p == "support" for s, p, _ in found)


def test_own_reported_win_is_no_story_winner(extractor: Extractor) -> None:
    text = (
        "Moldova held a presidential election on Sunday. Carlos Vega again insisted that the "
        "count was false, and said he had won the Moldovan presidential poll. "
        "Speaking in Chisinau on Friday, Carlos Vega called on his opponent not to accept the "
        "corrupted results."
    )
    found = stance_triples(extractor, text)
    assert any(s == "Carlos Vega" and p == "oppose" for s, p, _ in found)


def test_doubts_about_credibility_are_the_speakers(extractor: Extractor) -> None:
    text = _LEAD + (
        'The Freedonian embassy said that "irregularities raise serious doubts about the '
        'credibility of the results".'
    )
    found = stance_triples(extractor, text)
    assert any(p == "oppose" and t == "rui-lopes-won-the-election" for _, p, t in found)


def test_body_in_a_persons_title_holds_no_stance(extractor: Extractor) -> None:
    text = _LEAD + (
        "But the secretary general of Rui Lopes's Blue Democratic Movement, Labour Minister "
        "Carlos Vega, accused Ana Soto of breaking the law."
    )
    found = stance_triples(extractor, text)
    assert not any(s == "Blue Democratic Movement" and t == "Ana Soto" for s, _, t in found)


def test_celebrated_victory_backs_the_win(extractor: Extractor) -> None:
    text = (
        "Moldova held a parliamentary election on Sunday. The Blue Party won 54 percent of the "
        "vote. While the Blue Party celebrates the victory, the opposition parties decry the "
        "legitimacy of the elections."
    )
    assert ("Blue Party", "support", "blue-party-won-the-election") in stance_triples(
        extractor, text
    )


def test_a_victory_for_a_cause_is_no_win(extractor: Extractor) -> None:
    text = _LEAD + "The Red Party hailed a victory for democracy."
    found = stance_triples(extractor, text)
    assert not any(t.endswith("-won-the-election") for s, _, t in found if s == "Red Party")


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Observers from the African Union broadly approved the vote.", "African Union"),
        (
            "The Southern African Development Community praised the poll.",
            "Southern African Development Community",
        ),
        ("The European Union welcomed the election results.", "European Union"),
    ],
)
def test_a_vote_approved_or_praised_supports_its_results(
    extractor: Extractor, sentence: str, source: str
) -> None:
    """Observers sent by a body speak for it ("observers from the AU": the AU); the results
    are the declared winner's win."""
    found = stance_triples(extractor, _LEAD + sentence)
    assert (source, "support", "rui-lopes-won-the-election") in found, found


def test_a_vote_on_a_measure_is_no_election(extractor: Extractor) -> None:
    found = stance_triples(extractor, _LEAD + "The Blue Party welcomed the vote to ban mining.")
    assert not any(t.endswith(("results-are-valid", "won-the-election")) for _, _, t in found)
