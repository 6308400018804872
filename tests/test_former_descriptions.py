"""A former office with a place ("the former Jakarta governor said") describes someone the story
has already shown acting, as "the diplomat" does: the place names the old office, not another
person's. The office held now ("the Jakarta governor said") stays a description of its own.
Sentences are our own.
"""

from __future__ import annotations

from graph.extract import Extractor
from tests.said import speakers

_LEAD = (
    "JAKARTA - Indonesia's losing presidential candidate Budi Santoso laid out his challenge in "
    "court on Wednesday, urging a rerun of the vote won by Agus Wirawan.\n\n"
)


def test_the_former_office_is_the_one_who_acted(extractor: Extractor) -> None:
    text = _LEAD + "The former Jakarta governor said the vote had been rigged.\n"
    assert speakers(extractor, text) == ["Budi Santoso"]


def test_the_office_held_now_is_no_one_named_before(extractor: Extractor) -> None:
    text = _LEAD + "The Jakarta governor said the vote had been fair.\n"
    assert speakers(extractor, text) != ["Budi Santoso"]
