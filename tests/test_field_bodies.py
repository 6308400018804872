"""A body named for its field is no law, and a trade before a person's full name is a role.

"The Office of Postal Regulation (OPR) said ..." names a body: its name opens with a body's word
and "of" ("Office of ...", "Ministry of Law", "Institute for ... Law"), where a law's name opens
with what it is about ("the Freedom of Information Act"). A kind that is also a person's trade
("regulator", "producer") before a name of two words tells that person's role ("senior regulator
Omar Nadir"); before one word it is the body's kind ("the regulator Ofcom"). Sentences are our
own.
"""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.extract.laws import is_law
from graph.model import Article
from tests.said import said


@pytest.mark.parametrize(
    ("name", "law"),
    [
        ("Office of Postal Regulation", False),
        ("Ministry of Law", False),
        ("Institute for Constitutional Law", False),
        ("Department of Energy Regulation", False),
        ("Freedom of Information Act", True),
        ("Clean Rivers Bill", True),
        ("Prevention of Terrorism Act", True),
    ],
)
def test_a_body_named_for_its_field_is_no_law(name: str, law: bool) -> None:
    assert is_law(name, "") is law


def test_a_regulation_office_speaks_under_its_own_name(extractor: Extractor) -> None:
    text = (
        "The Office of Postal Regulation (OPR) said on Monday that all carriers had complied.\n\n"
        "Officials said the Office of Postal Regulation had acted within its powers.\n"
    )
    found = said(extractor, text)
    assert found[0][0] == "Office of Postal Regulation"
    actors = {a.name: a for a in extractor(Article("t", text)).actors}
    assert "OPR" in actors["Office of Postal Regulation"].aliases
    assert not any("(" in name for name in actors)


def test_a_trade_before_a_full_name_is_a_role(extractor: Extractor) -> None:
    text = (
        "Senior regulator Omar Nadir said the fine would stand. The regulator Ofcom said it "
        "agreed.\n\nFilm producer Lena Marsh said the studio had broken its promise.\n"
    )
    types = {a.name: a.type for a in extractor(Article("t", text)).actors}
    assert types["Omar Nadir"] == "Person"
    assert types["Lena Marsh"] == "Person"
    assert types["Ofcom"] != "Person"
