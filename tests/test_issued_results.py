"""Results that name a winner are the stance of the body that issued them (issue 12).

"Final results issued by the electoral commission indicated that X has won 50.3% of the vote",
"Data released by the commission gives X an outright win", "the commission declared that X had
secured 80 percent of the vote": the commission holds that X won. A share under half, a count
not yet over, or results with no named issuer hold no one's claim. Our own sentences.
"""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import stance_triples as stances

WON = ("Zambian Electoral Commission", "support", "tomas-berg-won-the-election")


@pytest.mark.parametrize(
    "text",
    [
        "Final results issued by the Zambian Electoral Commission indicated that incumbent Tomas "
        "Berg has won 50.3% of the vote.",
        "Data released by the Zambian Electoral Commission gives Tomas Berg an outright win in "
        "the presidential election.",
        "Results from the Zambian Electoral Commission show Tomas Berg won the election.",
        "The Zambian Electoral Commission declared on Monday that Tomas Berg had secured nearly "
        "80 percent of the vote.",
    ],
)
def test_results_issued_by_a_body_are_its_support_of_the_win(
    extractor: Extractor, text: str
) -> None:
    assert WON in stances(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Final results issued by the Zambian Electoral Commission indicated that incumbent Tomas "
        "Berg has won 30% of the vote.",
        "The Zambian Electoral Commission said on Monday that Tomas Berg had secured 51 percent "
        "of the vote with 60 percent of the ballots counted.",
        "Data released by the Zambian Electoral Commission gives Tomas Berg an outright lead in "
        "the count.",
    ],
)
def test_a_minor_share_or_an_unfinished_count_is_no_win(extractor: Extractor, text: str) -> None:
    assert not any(t == WON[2] and p == "support" for _, p, t in stances(extractor, text))


@pytest.mark.parametrize(
    "text",
    [
        "Results from the Zambian Electoral Commission did not show that Tomas Berg had won the "
        "election.",
        "Results from the Zambian Electoral Commission could show that Tomas Berg won the "
        "election, analysts said.",
        "Data from Ipsos show Tomas Berg won the presidential election in Zambia.",
        "Opposition leader Ana Ruiz said Tomas Berg had secured 80 percent of the vote through "
        "massive rigging in the Zambian election.",
        "Ana Ruiz said Tomas Berg had secured 62 percent of the vote in his home province in the "
        "Zambian election.",
    ],
)
def test_results_denied_doubted_polled_or_partial_back_no_win(
    extractor: Extractor, text: str
) -> None:
    assert not any(t == WON[2] and p == "support" for _, p, t in stances(extractor, text))


@pytest.mark.parametrize(
    ("ending", "won"),
    [
        ("58 percent of the vote in Zambia.", True),
        ("61 percent of the vote, rejecting opposition claims of fraud.", True),
        ("55 percent of the vote with 95 percent of the polling stations counted.", False),
        ("55 percent of the vote with all ballots counted.", True),
    ],
)
def test_a_majority_of_the_whole_vote_once_counted_is_a_win(
    extractor: Extractor, ending: str, won: bool
) -> None:
    text = f"The Zambian Electoral Commission said Tomas Berg had secured {ending}"
    assert (WON in stances(extractor, text)) == won


def test_an_electoral_body_known_by_its_acronym_issues_results(extractor: Extractor) -> None:
    text = (
        "Zambia's electoral commission, the ZEC, counted the ballots. Results released by the "
        "ZEC showed that Tomas Berg had won the election."
    )
    assert any(p == "support" and t == WON[2] for _, p, t in stances(extractor, text))
