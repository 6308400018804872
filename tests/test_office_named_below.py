"""A lead's office that the next lines name: "Ohio's attorney general is suing X, claiming ..."
then "Attorney General Dana Reeve said ..." (issue 13.3). Sentences are our own."""

from __future__ import annotations

from graph.extract import Extractor
from tests.said import said

LEAD = (
    "{owner} attorney general is suing Acme Chemicals, claiming the chemicals giant misled "
    "investors about the risks of its plants.\n\n"
    "Attorney General Dana Reeve said Wednesday that Acme had hidden the costs.\n\n"
    "Earlier this year, {owner_city} Mayor Tom Hale sued Acme and other firms for pollution, "
    "but the suit was dismissed.\n"
)


def test_the_office_is_the_person_named_below_with_its_title(extractor: Extractor) -> None:
    text = LEAD.format(owner="New York's", owner_city="New York City")
    assert [name for name, _ in said(extractor, text)] == ["Dana Reeve", "Dana Reeve"]


def test_another_office_of_the_same_place_is_not_it(extractor: Extractor) -> None:
    text = LEAD.format(owner="New York's", owner_city="New York City")
    assert "Tom Hale" not in [name for name, _ in said(extractor, text)]


def test_two_people_with_the_title_leave_the_office_unnamed(extractor: Extractor) -> None:
    text = LEAD.format(owner="Ohio's", owner_city="Columbus") + (
        "Former Attorney General Sam Ortiz said the case was weak.\n"
    )
    text = text.replace("Former Attorney General", "Attorney General", 1)
    first = said(extractor, text)[0][0]
    assert first not in ("Dana Reeve", "Sam Ortiz")
