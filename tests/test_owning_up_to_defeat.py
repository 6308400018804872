"""Owning up to defeat is conceding it; doubting a body opposes it (sentences of our own).

"refuses to admit its defeat" disputes the winner's win as "refused to concede" does, and
"accepted defeat" backs it as "conceded defeat" does; "admitted mistakes" concedes nothing.
"""

from __future__ import annotations

from graph.extract import Extractor
from tests.rule_stances import stance_triples

LEAD = (
    "Malawi held a presidential election on Tuesday. The Electoral Commission declared "
    "President Peter Mutharika the winner.\n\n"
)
WIN = "peter-mutharika-won-the-election"


def test_refusing_to_admit_defeat_disputes_the_win(extractor: Extractor) -> None:
    found = stance_triples(extractor, LEAD + "The opposition refuses to admit its defeat.")
    assert ("Malawian opposition", "oppose", WIN) in found


def test_accepting_defeat_backs_the_win(extractor: Extractor) -> None:
    found = stance_triples(extractor, LEAD + "Saulos Chilima accepted defeat on Thursday.")
    assert ("Saulos Chilima", "support", WIN) in found


def test_admitting_mistakes_or_a_loss_of_life_concedes_nothing(extractor: Extractor) -> None:
    text = LEAD + (
        "Lazarus Chakwera admitted mistakes in the campaign. Saulos Chilima acknowledged the "
        "loss of life during the protests. The opposition refuses to admit its defeat."
    )
    found = stance_triples(extractor, text)
    assert ("Malawian opposition", "oppose", WIN) in found  # the text is read
    assert not any(s in ("Lazarus Chakwera", "Saulos Chilima") for s, _, _ in found)


def test_doubting_a_body_opposes_it(extractor: Extractor) -> None:
    text = "Saulos Chilima doubted the Constitutional Court on Monday."
    assert ("Saulos Chilima", "oppose", "Constitutional Court") in stance_triples(extractor, text)
