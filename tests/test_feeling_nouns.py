"""A feeling expressed as a noun ("expressed his dissent over X's verdict") is a stance on X
(own sentences)."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import rule_targets


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "Nordvik CEO Ana Rud has expressed her dissent over the EU's verdict by issuing a "
            "note to users.",
            ("Ana Rud", "oppose", "EU"),
        ),
        (
            "The Halvor Party voiced anger at Ana Rud on Tuesday.",
            ("Halvor Party", "oppose", "Ana Rud"),
        ),
        (
            "Tomas Berg expressed his satisfaction with the Supreme Court's ruling.",
            ("Tomas Berg", "support", "Supreme Court"),
        ),
    ],
)
def test_a_feeling_expressed_over_an_act_is_a_stance_on_its_maker(
    extractor: Extractor, text: str, stance: tuple[str, str, str]
) -> None:
    assert stance in rule_targets(extractor, text)


def test_a_feeling_not_expressed_is_none(extractor: Extractor) -> None:
    assert not rule_targets(extractor, "Ana Rud did not express anger at Chile.")
