"""An organisation named by an office's possessive keeps the office's title (issue 12: one
actor per real actor, named as written).

"Kenya's Attorney General's Office": the model may tag "General's Office" alone; the title word
the parser joins to it ("Attorney") is part of the name. Our own sentences.
"""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article


@pytest.mark.parametrize("owner", ["Kenya's", "The"])
def test_the_offices_title_is_part_of_its_name(extractor: Extractor, owner: str) -> None:
    text = f"{owner} Attorney General's Office issued an arrest warrant for Tomas Berg on Monday."
    names = {a.name for a in extractor(Article("t", text)).actors}
    # "Kenya's ...": the Kenyan office, named with its country's adjective
    assert any(n.endswith("Attorney General's Office") for n in names), names
    assert "General's Office" not in names, names


def test_a_persons_name_is_not_pulled_into_the_office(extractor: Extractor) -> None:
    text = "Health Secretary Ana Ruiz's Department of Health said the plan was fair."
    names = {a.name for a in extractor(Article("t", text)).actors}
    assert not any(n.startswith(("Secretary", "Health Secretary Ana")) for n in names), names
