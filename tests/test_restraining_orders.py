"""A court that restrains someone, and whoever obtains the order, act against them (issue 12).

"The High Court has restrained the union from embarking on a strike": the court opposes the
union; "the government obtained an order restraining the union": the government acts against
the union through the order it obtained, as through one it signed. Our own sentences.
"""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import stance_triples as stances


def test_a_court_restraining_a_union_opposes_it(extractor: Extractor) -> None:
    found = stances(
        extractor,
        "The Zambian High Court has restrained the Miners Union from embarking on a strike.",
    )
    assert ("Zambian High Court", "oppose", "Miners Union") in found, found


@pytest.mark.parametrize(
    "order",
    [
        "obtained an order restraining",
        "obtained an order that restrains",
        "secured an order barring",
    ],
)
def test_who_obtains_an_order_against_another_opposes_them(
    extractor: Extractor, order: str
) -> None:
    text = f"The Zambian government {order} the Miners Union from striking."
    assert ("Zambian government", "oppose", "Miners Union") in stances(extractor, text)
