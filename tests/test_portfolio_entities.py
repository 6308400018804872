"""A portfolio the model tags as an organisation right before a minister's title ("Health
Minister Tomas Berg", "Trade Secretary Ana Ruiz") is part of the title: no body "Health" or
"Trade" is made; a body before another title ("UN Secretary-General") stays (own sentences)."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article


@pytest.mark.parametrize("portfolio", ["Health", "Interior", "Agriculture", "Trade"])
def test_a_portfolio_before_a_title_is_no_body(extractor: Extractor, portfolio: str) -> None:
    text = (
        f"Doctors accused {portfolio} Minister Tomas Berg of misleading the public. The "
        f'{portfolio} Minister said the plan was "sound".\n'
    )
    names = {a.name for a in extractor(Article("t", text)).actors}
    assert portfolio not in names
    assert "Tomas Berg" in names


def test_a_body_before_its_officers_title_stays(extractor: Extractor) -> None:
    text = "UN Secretary-General Ana Ruiz said the UN would send observers.\n"
    assert {"UN", "United Nations"} & {a.name for a in extractor(Article("t", text)).actors}
