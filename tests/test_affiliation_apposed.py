"""A person tied to a body by an apposition after the name (sentences of our own): "X, a
candidate for the Unity bloc" is of the bloc, and X speaking of the bloc's demands takes no
stance against it."""

from __future__ import annotations

from graph.extract import Extractor
from graph.extract.affiliations import apposed_body
from graph.model import Article


def test_the_body_in_an_apposition_after_a_name() -> None:
    text = "said Rana Idris, spokeswoman for the Harbour Workers Union, on Monday."
    start, end = apposed_body(text, text.index(",")) or (0, 0)
    assert text[start:end] == "the Harbour Workers Union"
    assert apposed_body("Rana Idris, 54, said", 10) is None


def test_a_member_speaking_of_her_blocs_demand_opposes_no_bloc(extractor: Extractor) -> None:
    text = (
        "Backers of Prime Minister Omar Haddad cried foul after early returns from the March 3 "
        "election in Jordan put him second.\n\n"
        '"Somebody has been tampering with the tallies," said Samir Taleb, a candidate for '
        "Haddad's National Unity bloc. \"National Unity wants every box counted again to make "
        'certain that no tampering took place."'
    )
    found = extractor(Article("t", text))
    names = {a.id: a.name for a in found.actors}
    pairs = {(names[s.source], s.polarity, names.get(s.target, s.target)) for s in found.stances}
    assert ("Samir Taleb", "oppose", "National Unity") not in pairs
    assert not any(p == "support" and "results" in t for s, p, t in pairs if s == "Samir Taleb")


def test_a_boss_announcing_her_body_s_act_takes_no_side_against_it(extractor: Extractor) -> None:
    text = (
        "Netball Nordland boss Tara Quinn said the player had broken the code of conduct. "
        "Quinn announced on Friday that Netball Nordland had ended his contract."
    )
    found = extractor(Article("t", text))
    names = {a.id: a.name for a in found.actors}
    pairs = {(names[s.source], names.get(s.target, s.target)) for s in found.stances}
    assert ("Tara Quinn", "Netball Nordland") not in pairs


def test_the_roles_that_tie_a_person_to_a_body() -> None:
    from graph.extract.affiliations import title_start

    text = "Netball Nordland boss Tara Quinn"
    assert title_start(text, text.index("Tara")) is not None
