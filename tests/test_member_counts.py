"""A count of members is no part of a body's name ("the 15-member UN Security Council" is the
UN Security Council), nor is the account a person wrote on ("Mnangagwa's Twitter")."""

from __future__ import annotations

from graph.extract import Extractor
from graph.model import Article


def test_a_member_count_is_left_out_of_the_name(extractor: Extractor) -> None:
    text = (
        "BANJUL (AP) - In a unanimous statement, the 15-member UN Security Council called on "
        "Yahya Jammeh to step down."
    )
    names = {a.name for a in extractor(Article("t", text)).actors}
    assert "UN Security Council" in names
    assert not [n for n in names if n[:1].isdigit()]


def test_a_persons_account_is_the_person(extractor: Extractor) -> None:
    text = (
        "HARARE (Reuters) - President Emmerson Mnangagwa won the vote.\n\nResponding to "
        "Mnangagwa\u2019s Twitter comments that his door and arms were open to Chamisa, the "
        "opposition leader said any talks could only be about the president's legitimacy."
    )
    names = {a.name for a in extractor(Article("t", text)).actors}
    assert not [n for n in names if "Twitter" in n]
